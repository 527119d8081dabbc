"""Demo book listings: picture books, children's books, novels and non-fiction.

Plain data, no Django imports. Two works (the-little-elephant-who-would-not-sleep,
grandmother-weaver-of-sumba) deliberately have no English title or synopsis so the
site shows its translation-fallback note.
"""

WORKS = [
    {
        "slug": "the-lantern-river",
        "kind": "book",
        "subtype": "picture_book",
        "title": {
            "zh_hans": "灯笼河",
            "en": "The Lantern River",
            "vi": "Dòng sông đèn lồng",
            "th": "แม่น้ำโคมไฟ",
            "km": "ទន្លេគោមភ្លើង",
        },
        "synopsis": {
            "zh_hans": "会安的月圆之夜，小梅帮外婆折纸灯笼，准备放进河里。每盏灯笼都载着一个心愿，"
                       "可小梅怎么也想不好自己的心愿是什么。她追着顺流而下的灯光，终于明白：最好的心愿，是为别人许下的。",
            "en": "On the night of the full moon in Hội An, little Mai helps her grandmother fold paper "
                  "lanterns for the river. Each lantern carries a wish, and Mai cannot decide what hers "
                  "should be. Following the lights downstream, she discovers that the best wishes are "
                  "the ones made for someone else.",
            "vi": "Vào đêm rằm ở Hội An, bé Mai giúp bà gấp những chiếc đèn lồng giấy để thả xuống sông. "
                  "Mỗi chiếc đèn mang theo một điều ước, nhưng Mai mãi không biết mình nên ước gì. "
                  "Đi theo những đốm sáng trôi xuôi dòng, em nhận ra rằng điều ước đẹp nhất là điều ước "
                  "dành cho người khác.",
            "th": "ในคืนวันเพ็ญที่เมืองฮอยอัน หนูไมช่วยคุณยายพับโคมกระดาษเพื่อลอยลงแม่น้ำ "
                  "โคมแต่ละดวงนำพาคำอธิษฐานหนึ่งข้อ แต่ไมยังคิดไม่ออกว่าจะอธิษฐานอะไรดี "
                  "เมื่อเดินตามแสงไฟที่ลอยไปตามกระแสน้ำ เธอจึงได้รู้ว่าคำอธิษฐานที่งดงามที่สุดคือคำอธิษฐานเพื่อคนอื่น",
            "km": "នៅយប់ពេញបូណ៌មីនៅទីក្រុងហូយអាន ក្មេងស្រីម៉ៃជួយជីដូនបត់គោមក្រដាសដើម្បីបណ្តែតលើទន្លេ។ "
                  "គោមនីមួយៗផ្ទុកនូវបំណងប្រាថ្នាមួយ ប៉ុន្តែម៉ៃនៅតែមិនដឹងថាខ្លួនគួរប្រាថ្នាអ្វី។ "
                  "ពេលដើរតាមពន្លឺដែលរសាត់តាមខ្សែទឹក នាងបានយល់ថា បំណងប្រាថ្នាដ៏ល្អបំផុត "
                  "គឺជាបំណងប្រាថ្នាសម្រាប់អ្នកដទៃ។",
        },
        "original_title": "Dòng sông đèn lồng",
        "original_language": "vi",
        "year": 2019,
        "isbn": "9786042134583",
        "holder": "kim-dong-publishing",
        "agency": "silk-road-rights-agency",
        "subjects": ["childhood", "family", "heritage"],
        "creators": [
            {"name": {"en": "Nguyen Thu Ha", "zh_hans": "阮秋霞"}, "name_original": "Nguyễn Thu Hà",
             "country": "VN", "role": "author"},
            {"name": {"en": "Tran Minh Khoi", "zh_hans": "陈明魁"}, "name_original": "Trần Minh Khôi",
             "country": "VN", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding VN",
                "languages": "th, km, lo, zh-Hans, en",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,800; royalty 6% of list price. Print-ready colour files supplied.",
                    "zh_hans": "预付金1,800美元起；版税为定价的6%。提供可直接付印的彩色文件。",
                    "vi": "Tiền ứng trước từ 1.800 USD; nhuận bản 6% giá bìa. Cung cấp file màu sẵn sàng để in.",
                },
            },
            {
                "right_type": "ebook",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 900, or 25% of net receipts.",
                    "zh_hans": "一次性授权费900美元，或净收入的25%。",
                },
            },
        ],
    },
    {
        "slug": "grandmas-rice-cake-moon",
        "kind": "book",
        "subtype": "picture_book",
        "title": {
            "zh_hans": "奶奶的糍粑月亮",
            "en": "Grandma's Rice-Cake Moon",
            "th": "ขนมข้าวเหนียวพระจันทร์ของย่า",
            "vi": "Bánh giầy mặt trăng của bà",
            "lo": "ເຂົ້າໜົມພະຈັນຂອງແມ່ຕູ້",
        },
        "synopsis": {
            "zh_hans": "每年中秋，奶奶都会在壮家小院里舂糯米，把糍粑捏成又圆又白的月亮。今年阿宁搬进了城里，"
                       "节日变得冷冷清清——直到一个包裹寄来，里面装着奶奶的木槌。这是一个关于把家乡带在身边的温暖故事，"
                       "环衬上还附有糍粑的做法。",
            "en": "Every Mid-Autumn, Grandma pounds sticky rice in the yard of her Zhuang village house and "
                  "shapes it into a round, white moon. This year A-Ning has moved to the city and the festival "
                  "feels empty — until a parcel arrives with Grandma's wooden mallet inside. A warm story about "
                  "carrying home with you, with the recipe on the endpapers.",
            "th": "ทุกเทศกาลไหว้พระจันทร์ ย่าจะตำข้าวเหนียวที่ลานบ้านในหมู่บ้านชาวจ้วง แล้วปั้นเป็นพระจันทร์ดวงกลมสีขาว "
                  "ปีนี้อาหนิงย้ายเข้าไปอยู่ในเมือง เทศกาลจึงดูเงียบเหงา จนกระทั่งมีพัสดุกล่องหนึ่งส่งมาถึง "
                  "ข้างในคือสากไม้ของย่า นิทานอบอุ่นว่าด้วยการพกบ้านเกิดติดตัวไปด้วย พร้อมสูตรขนมที่ปกใน",
            "vi": "Mỗi dịp Trung thu, bà lại giã xôi trong sân ngôi nhà ở bản người Choang và nặn thành vầng "
                  "trăng tròn trắng muốt. Năm nay A Ninh đã chuyển lên thành phố, ngày hội bỗng trở nên trống "
                  "vắng — cho đến khi một bưu kiện được gửi tới, bên trong là chiếc chày gỗ của bà. Một câu "
                  "chuyện ấm áp về việc mang theo quê hương bên mình, kèm công thức làm bánh ở trang lót.",
            "lo": "ທຸກໆບຸນໄຫວ້ພະຈັນ ແມ່ຕູ້ຈະຕຳເຂົ້າໜຽວຢູ່ເດີ່ນເຮືອນໃນບ້ານຊາວຈ້ວງ ແລ້ວປັ້ນເປັນພະຈັນໜ່ວຍມົນສີຂາວ. "
                  "ປີນີ້ອາໜິງຍ້າຍເຂົ້າໄປຢູ່ໃນເມືອງ ບຸນຈຶ່ງເບິ່ງຄືເຫງົາ ຈົນກະທັ່ງມີຫໍ່ເຄື່ອງສົ່ງມາຮອດ "
                  "ເຊິ່ງຂ້າງໃນແມ່ນສາກໄມ້ຂອງແມ່ຕູ້. ນິທານອົບອຸ່ນກ່ຽວກັບການນຳເອົາບ້ານເກີດໄປນຳຕົວ.",
        },
        "original_title": "奶奶的糍粑月亮",
        "original_language": "zh-Hans",
        "year": 2021,
        "holder": "jieli-press",
        "agency": "silk-road-rights-agency",
        "subjects": ["family", "food", "childhood"],
        "creators": [
            {"name": {"en": "Liang Xiaolan", "zh_hans": "梁晓岚"}, "name_original": "梁晓岚",
             "country": "CN", "role": "author"},
            {"name": {"en": "Wei Yiming", "zh_hans": "韦一鸣"}, "name_original": "韦一鸣",
             "country": "CN", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN",
                "languages": "th, vi, lo, km, my, ms, id, fil",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,500 per language; royalty 6% to 5,000 copies, 8% after.",
                    "zh_hans": "每个语种预付金1,500美元起；5,000册以内版税6%，超出部分8%。",
                    "th": "เงินล่วงหน้าเริ่มต้น 1,500 ดอลลาร์สหรัฐต่อภาษา ค่าลิขสิทธิ์ 6% สำหรับ 5,000 เล่มแรก "
                          "และ 8% หลังจากนั้น",
                },
            },
            {
                "right_type": "translation",
                "territories": "Greater China excluding CN",
                "languages": "zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance from USD 2,000; royalty 7% of list price.",
                    "zh_hans": "预付金2,000美元起；版税为定价的7%。",
                },
            },
        ],
    },
    {
        "slug": "the-drum-tower-beyond-the-mountain",
        "kind": "book",
        "subtype": "childrens",
        "title": {
            "zh_hans": "山那边的鼓楼",
            "en": "The Drum Tower Beyond the Mountain",
            "th": "หอกลองหลังภูเขา",
            "my": "တောင်တစ်ဖက်က စည်မျှော်စင်",
        },
        "synopsis": {
            "zh_hans": "十一岁的银花是广西侗寨里唯一不会唱歌的孩子。一场夏季暴雨损坏了寨子里的老鼓楼，"
                       "村民们决定像祖先那样不用一颗铁钉把它重建起来，银花的任务是在木匠和歌队之间来回传话。"
                       "这个夏天，她懂得了：侗族大歌就像鼓楼，每一部分都相互依靠，才能立得稳。",
            "en": "Eleven-year-old Yinhua is the only child in her Dong village in Guangxi who cannot sing. "
                  "When a summer storm damages the old drum tower, the village decides to rebuild it without "
                  "a single nail, as their ancestors did, and Yinhua is sent to carry messages between the "
                  "carpenters and the choir. Over one summer she learns that a grand song, like a tower, "
                  "holds together because every part leans on the others.",
            "th": "อิ๋นฮวาวัยสิบเอ็ดขวบเป็นเด็กคนเดียวในหมู่บ้านชาวต้งในกวางสีที่ร้องเพลงไม่เป็น "
                  "เมื่อพายุฤดูร้อนทำให้หอกลองเก่าของหมู่บ้านเสียหาย ชาวบ้านตัดสินใจสร้างขึ้นใหม่โดยไม่ใช้ตะปูแม้แต่ตัวเดียว"
                  "เหมือนที่บรรพบุรุษเคยทำ และอิ๋นฮวาได้รับหน้าที่ส่งข่าวระหว่างช่างไม้กับคณะนักร้อง "
                  "ตลอดฤดูร้อนนั้นเธอได้เรียนรู้ว่าบทเพลงใหญ่ก็เหมือนหอกลอง ที่ตั้งมั่นอยู่ได้เพราะทุกส่วนพึ่งพากัน",
            "my": "အသက်ဆယ့်တစ်နှစ်အရွယ် ယင်ဟွာသည် ကွမ်ရှီးရှိ တုံလူမျိုးရွာတွင် သီချင်းမဆိုတတ်သော "
                  "တစ်ဦးတည်းသောကလေး ဖြစ်သည်။ နွေရာသီမုန်တိုင်းကြောင့် ရွာ၏ စည်မျှော်စင်ဟောင်း ပျက်စီးသွားသောအခါ "
                  "ရွာသားများက ဘိုးဘွားများကဲ့သို့ သံမှိုတစ်ချောင်းမှ မသုံးဘဲ ပြန်လည်တည်ဆောက်ရန် ဆုံးဖြတ်ကြပြီး "
                  "ယင်ဟွာကို လက်သမားများနှင့် သီချင်းအဖွဲ့ကြား သတင်းပို့ရန် တာဝန်ပေးကြသည်။ ထိုနွေရာသီတွင် "
                  "သီချင်းကြီးတစ်ပုဒ်သည်လည်း မျှော်စင်ကဲ့သို့ အစိတ်အပိုင်းတိုင်း အချင်းချင်း မှီခိုနေ၍သာ "
                  "ခိုင်မြဲကြောင်း သူမ သင်ယူခဲ့သည်။",
        },
        "original_title": "山那边的鼓楼",
        "original_language": "zh-Hans",
        "year": 2018,
        "isbn": "9787539581279",
        "holder": "jieli-press",
        "agency": "silk-road-rights-agency",
        "subjects": ["heritage", "childhood", "friendship"],
        "creators": [
            {"name": {"en": "Wu Nianqiu", "zh_hans": "吴念秋"}, "name_original": "吴念秋",
             "country": "CN", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "th, vi, id, ms, my, en",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 2,500; royalty 6% to 5,000 copies, 8% after.",
                    "zh_hans": "预付金2,500美元起；5,000册以内版税6%，超出部分8%。",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 8,
                "asking_terms": {
                    "en": "Option fee USD 10,000 for 18 months; purchase price on application.",
                    "zh_hans": "选择权费用1万美元，期限18个月；购买价格面议。",
                },
            },
            {
                "right_type": "audio",
                "territories": "World",
                "languages": "en, th",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 1,200 per language.",
                    "zh_hans": "每个语种一次性授权费1,200美元。",
                    "th": "ค่าลิขสิทธิ์เหมาจ่าย 1,200 ดอลลาร์สหรัฐต่อภาษา",
                },
            },
        ],
    },
    {
        "slug": "children-of-the-gulf",
        "kind": "book",
        "subtype": "novel",
        "title": {
            "zh_hans": "北部湾的孩子",
            "en": "Children of the Gulf",
            "vi": "Những đứa trẻ vùng Vịnh Bắc Bộ",
            "th": "เด็กแห่งอ่าวตังเกี๋ย",
        },
        "synopsis": {
            "zh_hans": "在北海附近的渔村，十二岁的海生和表妹阿兰整个台风季都在帮爷爷补渔网、守护家里的蚝排。"
                       "一艘越南渔船被风浪刮上了岸，两家人不得不挤在一间小屋里，等待大海平静下来。"
                       "这是一部关于潮汐、边界以及海那边的邻居的小说。",
            "en": "In a fishing village near Beihai, twelve-year-old Haisheng and his cousin Lan spend the "
                  "typhoon season helping their grandfather mend nets and guard the family's oyster rafts. "
                  "When a Vietnamese fishing boat is blown ashore, the two families must share one small "
                  "house until the sea calms. A novel about tides, borders and the neighbours on the other "
                  "side of the water.",
            "vi": "Ở một làng chài gần Bắc Hải, cậu bé mười hai tuổi Hải Sinh và cô em họ Lan suốt mùa bão "
                  "giúp ông nội vá lưới và canh bè hàu của gia đình. Khi một chiếc thuyền đánh cá Việt Nam bị "
                  "gió đánh dạt vào bờ, hai gia đình phải ở chung một căn nhà nhỏ cho đến khi biển lặng. "
                  "Một cuốn tiểu thuyết về thủy triều, biên giới và những người láng giềng bên kia mặt nước.",
            "th": "ในหมู่บ้านชาวประมงใกล้เมืองเป๋ยไห่ ไห่เซิงวัยสิบสองขวบกับอาหลานลูกพี่ลูกน้องของเขา "
                  "ใช้เวลาตลอดฤดูไต้ฝุ่นช่วยคุณปู่ซ่อมอวนและเฝ้าแพหอยนางรมของครอบครัว "
                  "เมื่อเรือประมงเวียดนามลำหนึ่งถูกลมพัดเกยฝั่ง สองครอบครัวต้องอาศัยอยู่ร่วมกันในบ้านหลังเล็กจนกว่าทะเลจะสงบ "
                  "นวนิยายว่าด้วยกระแสน้ำ พรมแดน และเพื่อนบ้านที่อยู่อีกฟากหนึ่งของทะเล",
        },
        "original_title": "北部湾的孩子",
        "original_language": "zh-Hans",
        "year": 2016,
        "holder": "jieli-press",
        "agency": None,
        "subjects": ["family", "nature", "adventure", "childhood"],
        "creators": [
            {"name": {"en": "Huang Haichao", "zh_hans": "黄海潮"}, "name_original": "黄海潮",
             "country": "CN", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "VN, TH, KH, LA",
                "languages": "vi, th, km, lo",
                "exclusivity": "exclusive",
                "term_years": 6,
                "asking_terms": {
                    "en": "Advance from USD 2,000; royalty 7% of list price.",
                    "zh_hans": "预付金2,000美元起；版税为定价的7%。",
                    "vi": "Tiền ứng trước từ 2.000 USD; nhuận bản 7% giá bìa.",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "zh-Hans, vi, en",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Sino-Vietnamese co-productions welcome; option terms negotiable.",
                    "zh_hans": "欢迎中越合拍；选择权条款可议。",
                },
            },
        ],
    },
    {
        "slug": "my-mothers-kitchen-by-the-canal",
        "kind": "book",
        "subtype": "nonfiction",
        "title": {
            "zh_hans": "运河边妈妈的厨房",
            "en": "My Mother's Kitchen by the Canal",
            "th": "ครัวของแม่ริมคลอง",
            "ms": "Dapur Emak di Tepi Terusan",
        },
        "synopsis": {
            "zh_hans": "碧差诺在吞武里运河边、妈妈的咖喱小店楼上长大，那里的一天从凌晨四点的椰奶开始，以归家的小船结束。"
                       "书中四十道食谱——从青咖喱到芭蕉叶甜点——与邻里、水灾和节庆的回忆交织在一起，讲述了塑造这个家庭的一切。"
                       "一半是食谱，一半是回忆录，配有作者亲自拍摄的照片。",
            "en": "Pimchanok grew up above her mother's curry shop on a Thonburi canal, where the day began at "
                  "four with coconut milk and ended with the boats going home. Forty recipes — from green curry "
                  "to sweets wrapped in banana leaf — are woven together with memories of the neighbours, floods "
                  "and temple fairs that shaped the family. Part cookbook, part memoir, illustrated with the "
                  "author's own photographs.",
            "th": "พิมพ์ชนกเติบโตขึ้นบนชั้นสองของร้านแกงของแม่ริมคลองฝั่งธนบุรี ที่ซึ่งวันใหม่เริ่มต้นตอนตีสี่ด้วยกะทิ "
                  "และจบลงเมื่อเรือทยอยกลับบ้าน สี่สิบสูตรอาหารตั้งแต่แกงเขียวหวานไปจนถึงขนมห่อใบตอง "
                  "ถักทอไปกับความทรงจำถึงเพื่อนบ้าน น้ำท่วม และงานวัดที่หล่อหลอมครอบครัวนี้ "
                  "ครึ่งหนึ่งเป็นตำราอาหาร อีกครึ่งเป็นบันทึกความทรงจำ พร้อมภาพถ่ายฝีมือผู้เขียนเอง",
            "ms": "Pimchanok membesar di tingkat atas kedai kari ibunya di tepi terusan Thonburi, tempat hari "
                  "bermula pada pukul empat pagi dengan santan dan berakhir apabila perahu pulang. Empat puluh "
                  "resipi — daripada kari hijau hingga kuih berbungkus daun pisang — dijalin bersama kenangan "
                  "tentang jiran, banjir dan pesta kuil yang membentuk keluarga itu. Separuh buku masakan, "
                  "separuh memoir, dihiasi gambar-gambar yang dirakam sendiri oleh penulis.",
        },
        "original_title": "ครัวของแม่ริมคลอง",
        "original_language": "th",
        "year": 2020,
        "isbn": "9786160437214",
        "holder": "nanmee-books",
        "agency": "silk-road-rights-agency",
        "subjects": ["food", "family", "biography", "city-life"],
        "creators": [
            {"name": {"en": "Pimchanok Saengthong", "zh_hans": "碧差诺·盛通"},
             "name_original": "พิมพ์ชนก แสงทอง", "country": "TH", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding TH",
                "languages": "en, zh-Hans, zh-Hant, ms, vi, ja",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 3,000; royalty 7% to 10,000 copies, 9% after. Photographs included.",
                    "zh_hans": "预付金3,000美元起；1万册以内版税7%，超出部分9%。含全部照片使用权。",
                    "th": "เงินล่วงหน้าเริ่มต้น 3,000 ดอลลาร์สหรัฐ ค่าลิขสิทธิ์ 7% สำหรับ 10,000 เล่มแรก "
                          "และ 9% หลังจากนั้น รวมสิทธิ์ใช้ภาพถ่ายทั้งหมด",
                },
            },
            {
                "right_type": "ebook",
                "territories": "Greater China",
                "languages": "zh-Hans, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "No advance; 25% of net receipts.",
                    "zh_hans": "无预付金；按净收入的25%分成。",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "th, en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Documentary or cookery-series option: USD 5,000 for 12 months.",
                    "zh_hans": "纪录片或美食节目选择权：12个月5,000美元。",
                    "th": "สิทธิ์เลือกสำหรับสารคดีหรือรายการทำอาหาร 5,000 ดอลลาร์สหรัฐ ระยะเวลา 12 เดือน",
                },
            },
        ],
    },
    {
        "slug": "the-little-elephant-who-would-not-sleep",
        "kind": "book",
        "subtype": "picture_book",
        # Deliberately no English: the site shows its fallback note.
        "title": {
            "zh_hans": "不想睡觉的小象",
            "th": "ช้างน้อยไม่อยากนอน",
            "lo": "ຊ້າງນ້ອຍບໍ່ຢາກນອນ",
            "km": "កូនដំរីមិនចង់គេង",
        },
        "synopsis": {
            "zh_hans": "天黑了，森林里的动物们都要睡觉了，可小象波波一点也不困。它跑去问犀鸟、长臂猿和萤火虫为什么要睡觉，"
                       "每个朋友都给了它不一样的答案。一本节奏明快、适合睡前朗读的图画书。",
            "th": "เมื่อฟ้ามืด สัตว์ทุกตัวในป่าต่างเตรียมเข้านอน แต่ช้างน้อยโบโบ้ยังไม่ง่วงเลยสักนิด "
                  "มันจึงออกไปถามนกเงือก ชะนี และหิ่งห้อยว่าทำไมต้องนอน เพื่อนแต่ละตัวก็ให้คำตอบที่ไม่เหมือนกัน "
                  "นิทานภาพจังหวะสนุกสำหรับอ่านออกเสียงก่อนนอน",
            "lo": "ເມື່ອທ້ອງຟ້າມືດ ສັດທຸກໂຕໃນປ່າກໍກຽມເຂົ້ານອນ ແຕ່ຊ້າງນ້ອຍໂບໂບ້ຍັງບໍ່ງ່ວງຈັກໜ້ອຍ. "
                  "ມັນຈຶ່ງອອກໄປຖາມນົກເງືອກ, ລິງ ແລະ ແມງໄຟວ່າເປັນຫຍັງຕ້ອງນອນ ແລະ ໝູ່ແຕ່ລະໂຕກໍໃຫ້ຄຳຕອບທີ່ບໍ່ຄືກັນ. "
                  "ປຶ້ມນິທານຮູບພາບທີ່ມີຈັງຫວະມ່ວນ ສຳລັບອ່ານອອກສຽງກ່ອນນອນ.",
            "km": "ពេលមេឃងងឹត សត្វទាំងអស់ក្នុងព្រៃត្រៀមចូលគេង ប៉ុន្តែកូនដំរីបូបូមិនងងុយគេងសោះ។ "
                  "វាក៏ចេញទៅសួរសត្វកេងកង សត្វទោច និងអំពិលអំពែកថា ហេតុអ្វីបានជាត្រូវគេង "
                  "ហើយមិត្តភក្តិម្នាក់ៗបានផ្តល់ចម្លើយខុសៗគ្នា។ "
                  "សៀវភៅរូបភាពដែលមានចង្វាក់សប្បាយ សម្រាប់អានឮៗមុនពេលចូលគេង។",
        },
        "original_title": "ช้างน้อยไม่อยากนอน",
        "original_language": "th",
        "year": 2017,
        "holder": "nanmee-books",
        "agency": None,
        "subjects": ["nature", "childhood", "friendship"],
        "creators": [
            {"name": {"en": "Arunee Srisuk", "zh_hans": "阿鲁妮·西素"}, "name_original": "อรุณี ศรีสุข",
             "country": "TH", "role": "author"},
            {"name": {"en": "Kittipong Chaiyarat", "zh_hans": "吉迪蓬·猜亚拉"},
             "name_original": "กิตติพงษ์ ชัยรัตน์", "country": "TH", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN excluding TH",
                "languages": "lo, km, my, vi, ms, id, fil",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance from USD 1,000 per language; royalty 6% of list price.",
                    "zh_hans": "每个语种预付金1,000美元起；版税为定价的6%。",
                    "th": "เงินล่วงหน้าเริ่มต้น 1,000 ดอลลาร์สหรัฐต่อภาษา ค่าลิขสิทธิ์ 6% ของราคาปก",
                },
            },
            {
                "right_type": "translation",
                "territories": "Greater China",
                "languages": "zh-Hans, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,500; royalty 6% to 8,000 copies, 7% after.",
                    "zh_hans": "预付金1,500美元起；8,000册以内版税6%，超出部分7%。",
                },
            },
            {
                "right_type": "audio",
                "territories": "World",
                "languages": "th, lo, km",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 600 per language, covering read-aloud recordings and app use.",
                    "zh_hans": "每个语种一次性授权费600美元，含朗读录音及应用程序使用。",
                },
            },
        ],
    },
    {
        "slug": "stories-of-the-first-rains",
        "kind": "book",
        "subtype": "novel",
        "title": {
            "zh_hans": "初雨：仰光短篇小说集",
            "en": "Stories of the First Rains",
            "my": "မိုးဦးကျ ဝတ္ထုတိုများ",
            "th": "เรื่องสั้นแห่งฝนแรก",
        },
        "synopsis": {
            "zh_hans": "十二篇短篇小说，背景都设在季风初临时的仰光：在暴雨中等雨停的三轮车夫，写了信却从不寄出的女教师，"
                       "给整条街朗读报纸的茶馆少年。文字安静、精准，时常令人会心一笑，这本小说集跟随普通人走过一个变化中的季节。",
            "en": "Twelve short stories set in Yangon in the weeks when the monsoon first breaks: a trishaw "
                  "driver waiting out a downpour, a schoolteacher writing letters she never sends, a tea-shop "
                  "boy who reads the newspaper aloud to the whole street. Quiet, precise and often funny, the "
                  "collection follows ordinary people through one changing season.",
            "my": "မိုးဦးကျချိန် ရန်ကုန်မြို့ကို နောက်ခံထားသည့် ဝတ္ထုတိုဆယ့်နှစ်ပုဒ် ဖြစ်သည်။ "
                  "မိုးသည်းထဲတွင် မိုးတိတ်ရန်စောင့်နေသော ဆိုက်ကားသမား၊ ဘယ်တော့မှ မပို့ဖြစ်သည့် စာများကို ရေးနေသော "
                  "ကျောင်းဆရာမ၊ လမ်းတစ်လမ်းလုံးကို သတင်းစာဖတ်ပြသော လက်ဖက်ရည်ဆိုင်က ကောင်လေး စသည်တို့ ပါဝင်သည်။ "
                  "တိတ်ဆိတ်၊ တိကျပြီး မကြာခဏ ပြုံးစရာကောင်းသော ဤဝတ္ထုတိုပေါင်းချုပ်သည် ပြောင်းလဲနေသော "
                  "ရာသီတစ်ခုအတွင်း သာမန်လူများ၏ ဘဝကို လိုက်လံဖော်ပြထားသည်။",
            "th": "เรื่องสั้นสิบสองเรื่องที่เกิดขึ้นในย่างกุ้งช่วงสัปดาห์แรกของฤดูมรสุม ทั้งคนถีบสามล้อที่รอให้ฝนหยุด "
                  "ครูสาวที่เขียนจดหมายแต่ไม่เคยส่ง และเด็กหนุ่มร้านน้ำชาที่อ่านหนังสือพิมพ์ให้คนทั้งถนนฟัง "
                  "รวมเรื่องสั้นที่เงียบงัน แม่นยำ และหลายครั้งชวนให้อมยิ้ม ติดตามผู้คนธรรมดาผ่านฤดูกาลที่กำลังเปลี่ยนไป",
        },
        "original_title": "မိုးဦးကျ ဝတ္ထုတိုများ",
        "original_language": "my",
        "year": 2015,
        "holder": "yangon-pen-house",
        "agency": "silk-road-rights-agency",
        "subjects": ["city-life", "family", "nature"],
        "creators": [
            {"name": {"en": "Khin Myat Noe", "zh_hans": "钦妙诺"}, "name_original": "ခင်မြတ်နိုး",
             "country": "MM", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding MM",
                "languages": "en, zh-Hans, th, ja",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,200; royalty 6% to 3,000 copies, 8% after. "
                          "We can help with translation-grant applications.",
                    "zh_hans": "预付金1,200美元起；3,000册以内版税6%，超出部分8%。可协助申请翻译资助。",
                    "my": "ကြိုတင်ငွေ အမေရိကန်ဒေါ်လာ ၁,၂၀၀ မှစ၍၊ ပထမ ၃,၀၀၀ အုပ်အတွက် မူပိုင်ခ ၆%၊ "
                          "ထို့နောက် ၈%။ ဘာသာပြန်ထောက်ပံ့ငွေ လျှောက်ထားရာတွင် ကူညီပေးနိုင်သည်။",
                },
            },
            {
                "right_type": "ebook",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "No advance; 25% of net receipts.",
                    "zh_hans": "无预付金；按净收入的25%分成。",
                },
            },
        ],
    },
    {
        "slug": "the-tea-shop-boy-of-yangon",
        "kind": "book",
        "subtype": "childrens",
        "title": {
            "zh_hans": "仰光茶馆男孩",
            "en": "The Tea-Shop Boy of Yangon",
            "my": "ရန်ကုန်လက်ဖက်ရည်ဆိုင်က ကောင်လေး",
            "km": "ក្មេងប្រុសហាងតែនៅយ៉ាំងហ្គោន",
        },
        "synopsis": {
            "zh_hans": "十岁的哥佐每天天不亮就在仰光一家热闹的茶馆里倒茶、端萨莫萨三角饺。他没法上学，可茶馆的常客——"
                       "退休的老水手、法律系学生、算命先生——每个人都教会了他一些新东西。当茶馆面临关门时，"
                       "哥佐想出了一个拯救它的计划。本书由《初雨》中的一篇短篇小说扩写而成。",
            "en": "Ten-year-old Ko Zaw pours tea and carries plates of samosas from dawn in a busy Yangon "
                  "tea shop. He can't go to school, but the regulars — a retired sailor, a law student, a "
                  "fortune-teller — each teach him something new. When the shop is about to close, Ko Zaw "
                  "has a plan to save it. Expanded from a story in Stories of the First Rains.",
            "my": "အသက်ဆယ်နှစ်အရွယ် ကိုဇော်သည် ရန်ကုန်မြို့ရှိ လူစည်ကားသော လက်ဖက်ရည်ဆိုင်တစ်ဆိုင်တွင် "
                  "မိုးလင်းကတည်းက လက်ဖက်ရည်ငှဲ့ပြီး စမူဆာပန်းကန်များ သယ်ရသည်။ သူ ကျောင်းမတက်နိုင်သော်လည်း "
                  "ဆိုင်၏ ပုံမှန်ဧည့်သည်များဖြစ်သော အငြိမ်းစား သင်္ဘောသား၊ ဥပဒေကျောင်းသားနှင့် ဗေဒင်ဆရာတို့က "
                  "သူ့ကို အသစ်အသစ်သော အရာများ သင်ပေးကြသည်။ ဆိုင်ပိတ်တော့မည်ဖြစ်သောအခါ ကိုဇော်တွင် "
                  "ဆိုင်ကို ကယ်တင်မည့် အစီအစဉ်တစ်ခု ရှိလာသည်။",
            "km": "ក្មេងប្រុសកូហ្សោ អាយុដប់ឆ្នាំ ចាក់តែ និងលីចានសាម៉ូសាតាំងពីព្រលឹម "
                  "នៅហាងតែដ៏អ៊ូអរមួយក្នុងទីក្រុងយ៉ាំងហ្គោន។ គេមិនអាចទៅសាលារៀនបានទេ "
                  "ប៉ុន្តែភ្ញៀវប្រចាំហាង ដូចជានាវិកចូលនិវត្តន៍ និស្សិតច្បាប់ និងគ្រូទាយម្នាក់ "
                  "បានបង្រៀនគេនូវរឿងថ្មីៗជាច្រើន។ ពេលហាងជិតត្រូវបិទ កូហ្សោមានផែនការមួយដើម្បីសង្គ្រោះវា។",
        },
        "original_title": "ရန်ကုန်လက်ဖက်ရည်ဆိုင်က ကောင်လေး",
        "original_language": "my",
        "year": 2022,
        "holder": "yangon-pen-house",
        "agency": "silk-road-rights-agency",
        "subjects": ["city-life", "friendship", "childhood"],
        "creators": [
            {"name": {"en": "Khin Myat Noe", "zh_hans": "钦妙诺"}, "name_original": "ခင်မြတ်နိုး",
             "country": "MM", "role": "author"},
            {"name": {"en": "Min Thu", "zh_hans": "敏杜"}, "name_original": "မင်းသူ",
             "country": "MM", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN excluding MM",
                "languages": "th, km, lo, vi, ms, id, fil, en",
                "exclusivity": "exclusive",
                "term_years": 6,
                "asking_terms": {
                    "en": "Advance from USD 1,000 per language; royalty 6% of list price.",
                    "zh_hans": "每个语种预付金1,000美元起；版税为定价的6%。",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "my, en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Animated series preferred; option USD 4,000 for 18 months.",
                    "zh_hans": "优先考虑动画剧集；选择权18个月4,000美元。",
                },
            },
        ],
    },
    {
        "slug": "sang-kancil-and-friends",
        "kind": "book",
        "subtype": "childrens",
        "title": {
            "zh_hans": "小鼷鹿和朋友们：马来半岛民间故事",
            "en": "Sang Kancil and Friends: Folk Tales of the Malay Peninsula",
            "ms": "Hikayat Sang Kancil dan Sahabat",
            "ind": "Kisah Si Kancil dan Sahabat",
            "th": "กระจงน้อยกับผองเพื่อน: นิทานพื้นบ้านคาบสมุทรมลายู",
        },
        "synopsis": {
            "zh_hans": "二十则关于聪明的小鼷鹿以及被它智胜的鳄鱼、老虎和大象的故事，采集自吉兰丹、霹雳和柔佛的民间说书人。"
                       "每则故事后都附有一段说明，介绍它在哪里被讲述，以及它在不同村落里如何变化。插画风格取自马来皮影戏。",
            "en": "Twenty tales of Sang Kancil, the clever mouse-deer, and the crocodiles, tigers and elephants "
                  "he outwits, gathered from storytellers in Kelantan, Perak and Johor. Each tale ends with a "
                  "note on where it was told and how it changes from village to village. Illustrated in a style "
                  "inspired by wayang kulit shadow puppets.",
            "ms": "Dua puluh kisah Sang Kancil yang bijak serta buaya, harimau dan gajah yang diperdayakannya, "
                  "dikumpul daripada penglipur lara di Kelantan, Perak dan Johor. Setiap kisah diakhiri dengan "
                  "catatan tentang tempat ia diceritakan dan bagaimana ia berubah dari kampung ke kampung. "
                  "Ilustrasinya diilhamkan oleh wayang kulit.",
            "ind": "Dua puluh kisah Si Kancil yang cerdik serta buaya, harimau, dan gajah yang berhasil "
                   "diakalinya, dihimpun dari para pendongeng di Kelantan, Perak, dan Johor. Setiap kisah "
                   "ditutup dengan catatan tentang asal daerahnya dan bagaimana cerita itu berubah dari satu "
                   "kampung ke kampung lain. Ilustrasinya terinspirasi wayang kulit.",
            "th": "นิทานยี่สิบเรื่องของกระจงน้อยเจ้าปัญญากับจระเข้ เสือ และช้างที่ถูกมันหลอกจนหลงกล "
                  "รวบรวมจากนักเล่านิทานในรัฐกลันตัน เประ และยะโฮร์ "
                  "นิทานแต่ละเรื่องปิดท้ายด้วยบันทึกว่าเล่ากันที่ไหนและเปลี่ยนไปอย่างไรในแต่ละหมู่บ้าน "
                  "ภาพประกอบได้แรงบันดาลใจจากหนังตะลุง",
        },
        "original_title": "Hikayat Sang Kancil dan Sahabat",
        "original_language": "ms",
        "year": 2014,
        "isbn": "9789675032196",
        "holder": "dewan-kreatif",
        "agency": None,
        "subjects": ["mythology", "nature", "friendship"],
        "creators": [
            {"name": {"en": "Nurul Aina Hassan", "zh_hans": "努鲁·艾娜·哈山"},
             "name_original": "Nurul Aina binti Hassan", "country": "MY", "role": "author"},
            {"name": {"en": "Lim Wei Ling", "zh_hans": "林慧玲"}, "name_original": "林慧玲",
             "country": "MY", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding MY, SG, BN",
                "languages": "en, zh-Hans, th, id, vi",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,500; royalty 6% to 5,000 copies, 8% after.",
                    "zh_hans": "预付金1,500美元起；5,000册以内版税6%，超出部分8%。",
                    "ms": "Pendahuluan daripada USD 1,500; royalti 6% hingga 5,000 naskhah, 8% selepas itu.",
                },
            },
            {
                "right_type": "audio",
                "territories": "World",
                "languages": "ms, en",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 800 for the full collection.",
                    "zh_hans": "全书一次性授权费800美元。",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "ms, en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 10,
                "asking_terms": {
                    "en": "Animation option USD 6,000 for 24 months; character sheets and series outline available.",
                    "zh_hans": "动画改编选择权24个月6,000美元；可提供角色设定和剧集大纲。",
                    "ms": "Opsyen animasi USD 6,000 untuk 24 bulan; lakaran watak dan rangka siri disediakan.",
                },
            },
        ],
    },
    {
        "slug": "laras-and-the-paper-boat",
        "kind": "book",
        "subtype": "picture_book",
        "title": {
            "zh_hans": "拉拉丝的纸船",
            "en": "Laras and the Paper Boat",
            "ind": "Kapal Kertas Laras",
            "ms": "Perahu Kertas Laras",
            "fil": "Ang Bangkang Papel ni Laras",
        },
        "synopsis": {
            "zh_hans": "雨水淹没了北雅加达的街道，拉拉丝用课程表折了一只纸船，放它漂走。纸船漂过鱼市、清真寺，"
                       "还有爷爷养鸽子的屋顶，带着一封写给拾到它的人的信。一本温柔的图画书，讲述在沿海大城市里与水共处的生活。",
            "en": "When the rains flood her street in North Jakarta, Laras folds a paper boat from her school "
                  "timetable and sets it sailing. The boat drifts past the fish market, the mosque and the "
                  "rooftop where her grandfather keeps pigeons, carrying a message for whoever finds it. "
                  "A gentle picture book about living with water in a big coastal city.",
            "ind": "Saat hujan membanjiri jalan rumahnya di Jakarta Utara, Laras melipat perahu kertas dari "
                   "jadwal pelajarannya dan melayarkannya. Perahu itu hanyut melewati pasar ikan, masjid, dan "
                   "atap tempat kakeknya memelihara merpati, membawa pesan untuk siapa pun yang menemukannya. "
                   "Buku bergambar yang lembut tentang hidup berdampingan dengan air di kota pesisir yang besar.",
            "ms": "Apabila hujan membanjiri jalan rumahnya di Jakarta Utara, Laras melipat sebuah perahu kertas "
                  "daripada jadual waktu sekolahnya lalu melepaskannya. Perahu itu hanyut melalui pasar ikan, "
                  "masjid dan bumbung tempat datuknya memelihara burung merpati, membawa pesanan untuk sesiapa "
                  "yang menjumpainya. Buku bergambar yang lembut tentang hidup bersama air di sebuah bandar "
                  "pesisir yang besar.",
            "fil": "Nang bahain ng ulan ang kanilang kalye sa Hilagang Jakarta, tumupi si Laras ng bangkang "
                   "papel mula sa kanyang iskedyul sa paaralan at pinalutang ito. Inanod ang bangka lampas sa "
                   "palengke ng isda, sa moske, at sa bubungan kung saan nag-aalaga ng kalapati ang kanyang lolo, "
                   "dala ang isang mensahe para sa sinumang makapulot nito. Isang magiliw na aklat-larawan "
                   "tungkol sa pamumuhay kasama ng tubig sa isang malaking lungsod sa baybayin.",
        },
        "original_title": "Kapal Kertas Laras",
        "original_language": "id",
        "year": 2023,
        "isbn": "9786020651484",
        "holder": "gramedia-kids",
        "agency": "silk-road-rights-agency",
        "subjects": ["city-life", "family", "nature"],
        "creators": [
            {"name": {"en": "Dewi Anggraini", "zh_hans": "黛薇·安格莱尼"}, "name_original": "Dewi Anggraini",
             "country": "ID", "role": "author"},
            {"name": {"en": "Rizky Pratama", "zh_hans": "里兹基·普拉塔马"}, "name_original": "Rizky Pratama",
             "country": "ID", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding ID",
                "languages": "en, ms, fil, th, vi, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,200; royalty 6% to 5,000 copies, 8% after.",
                    "zh_hans": "预付金1,200美元起；5,000册以内版税6%，超出部分8%。",
                    "ind": "Uang muka mulai USD 1.200; royalti 6% hingga 5.000 eksemplar, 8% sesudahnya.",
                },
            },
            {
                "right_type": "print",
                "territories": "MY, SG, BN",
                "languages": "ms",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Co-edition print runs from 3,000 copies; unit price on request.",
                    "zh_hans": "合作版起印量3,000册；单价另议。",
                },
            },
        ],
    },
    {
        "slug": "grandmother-weaver-of-sumba",
        "kind": "book",
        "subtype": "picture_book",
        # Deliberately no English: the site shows its fallback note.
        "title": {
            "zh_hans": "松巴岛的织布奶奶",
            "ind": "Nenek Penenun dari Sumba",
            "ms": "Nenek Penenun dari Sumba",
            "th": "คุณยายช่างทอแห่งเกาะซุมบา",
        },
        "synopsis": {
            "zh_hans": "在东松巴岛，丽娜每天放学后都坐在奶奶的织布机旁。奶奶用树根和叶子把纱线染成红色和靛蓝，"
                       "再把马、鳄鱼和祖先的故事织进一块块伊卡特布里。当奶奶的眼睛渐渐看不清时，丽娜决定接过梭子。",
            "ind": "Di Sumba Timur, setiap pulang sekolah Rina duduk di samping alat tenun neneknya. Nenek "
                   "mencelup benang merah dan biru nila dengan akar dan daun, lalu menenun kisah kuda, buaya, "
                   "dan leluhur ke dalam kain ikat. Ketika mata Nenek mulai kabur, Rina memutuskan untuk "
                   "melanjutkan tenunannya.",
            "ms": "Di Sumba Timur, setiap kali pulang dari sekolah Rina duduk di sisi alat tenun neneknya. "
                  "Nenek mencelup benang merah dan biru nila dengan akar dan daun, kemudian menenun kisah kuda, "
                  "buaya dan nenek moyang ke dalam kain ikat. Apabila penglihatan Nenek semakin kabur, Rina "
                  "memutuskan untuk menyambung tenunan itu.",
            "th": "ที่เกาะซุมบาตะวันออก ทุกวันหลังเลิกเรียนรีนาจะนั่งอยู่ข้างกี่ทอผ้าของคุณยาย "
                  "คุณยายย้อมด้ายสีแดงและสีครามด้วยรากไม้และใบไม้ แล้วทอเรื่องราวของม้า จระเข้ และบรรพบุรุษลงบนผ้ามัดหมี่ "
                  "เมื่อสายตาของคุณยายเริ่มพร่ามัว รีนาจึงตัดสินใจสืบสานงานทอต่อ",
        },
        "original_title": "Nenek Penenun dari Sumba",
        "original_language": "id",
        "year": 2024,
        "holder": "gramedia-kids",
        "agency": None,
        "subjects": ["textiles", "family", "heritage", "craft"],
        "creators": [
            {"name": {"en": "Yuliana Rambu Kahi", "zh_hans": "尤利安娜·兰布·卡希"},
             "name_original": "Yuliana Rambu Kahi", "country": "ID", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN excluding ID",
                "languages": "ms, th, fil, vi, lo, km",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance from USD 1,000; royalty 6% of list price.",
                    "zh_hans": "预付金1,000美元起；版税为定价的6%。",
                    "ind": "Uang muka mulai USD 1.000; royalti 6% dari harga jual.",
                },
            },
            {
                "right_type": "translation",
                "territories": "Greater China",
                "languages": "zh-Hans, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 1,500; royalty 7% of list price.",
                    "zh_hans": "预付金1,500美元起；版税为定价的7%。",
                },
            },
        ],
    },
    {
        "slug": "the-last-jeepney-to-cubao",
        "kind": "book",
        "subtype": "novel",
        "title": {
            "zh_hans": "开往库宝的末班吉普尼",
            "en": "The Last Jeepney to Cubao",
            "fil": "Ang Huling Jeep Pa-Cubao",
            "ind": "Jeepney Terakhir ke Cubao",
        },
        "synopsis": {
            "zh_hans": "十七岁的碧雅开着亡父留下的吉普尼跑开往库宝的夜班线路，撑起一家人的生活——而就在此时，"
                       "市政府宣布旧式吉普尼将被逐步淘汰。在一个多雨的学期里，她的乘客——呼叫中心的接线员、"
                       "卖茉莉花串的老奶奶、离家出走的少年——成了她从来没时间结交的朋友。"
                       "一部既好笑又令人心疼的青少年小说，写的是入夜后的马尼拉。",
            "en": "Seventeen-year-old Bea drives her late father's jeepney on the night route to Cubao to keep "
                  "the family afloat, just as the city announces that the old jeepneys will be phased out. "
                  "Over one rainy semester her passengers — a call-centre agent, a lola selling sampaguita, "
                  "a boy running away from home — become the friends she never had time to make. A funny, "
                  "aching young-adult novel about Manila after dark.",
            "fil": "Si Bea, labimpitong taong gulang, ang nagmamaneho ng jeep ng yumao niyang ama sa "
                   "panggabing biyahe papuntang Cubao para maitawid ang pamilya — kasabay ng anunsiyo ng "
                   "lungsod na unti-unting aalisin ang mga lumang jeep. Sa loob ng isang maulang semestre, "
                   "ang mga pasahero niya — isang call center agent, isang lolang nagtitinda ng sampaguita, "
                   "isang batang naglayas — ang naging mga kaibigang hindi niya kailanman nagkaroon ng panahong "
                   "makilala. Isang nakakatawa at masakit na nobelang pangkabataan tungkol sa Maynila sa gabi.",
            "ind": "Bea, tujuh belas tahun, mengemudikan jeepney peninggalan mendiang ayahnya di rute malam "
                   "menuju Cubao demi menghidupi keluarga, tepat ketika kota mengumumkan bahwa jeepney tua akan "
                   "dihapus secara bertahap. Selama satu semester yang penuh hujan, para penumpangnya — seorang "
                   "pegawai call center, seorang nenek penjual sampaguita, seorang anak yang kabur dari rumah — "
                   "menjadi sahabat yang tak pernah sempat ia cari. Novel remaja yang lucu sekaligus pedih "
                   "tentang Manila di malam hari.",
        },
        "original_title": "Ang Huling Jeep Pa-Cubao",
        "original_language": "fil",
        "year": 2022,
        "holder": "adarna-komiks",
        "agency": "silk-road-rights-agency",
        "subjects": ["city-life", "friendship", "family"],
        "creators": [
            {"name": {"en": "Andrea Mae Santos", "zh_hans": "安德烈娅·梅·桑托斯"},
             "name_original": "Andrea Mae Santos", "country": "PH", "role": "author"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding PH",
                "languages": "en, id, ms, th, vi, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 2,000; royalty 7% to 5,000 copies, 9% after.",
                    "zh_hans": "预付金2,000美元起；5,000册以内版税7%，超出部分9%。",
                    "fil": "Paunang bayad mula USD 2,000; royalty na 7% hanggang 5,000 kopya, 9% pagkatapos.",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "fil, en",
                "exclusivity": "exclusive",
                "term_years": 8,
                "asking_terms": {
                    "en": "Series or feature option USD 8,000 for 18 months; the author asks to be consulted on the script.",
                    "zh_hans": "剧集或电影选择权18个月8,000美元；作者希望参与剧本咨询。",
                },
            },
        ],
    },
    {
        "slug": "the-girl-and-the-loom",
        "kind": "book",
        "subtype": "childrens",
        "title": {
            "zh_hans": "小女孩与织布机",
            "en": "The Girl and the Loom",
            "lo": "ນາງນ້ອຍກັບກີ່ທໍຜ້າ",
            "th": "เด็กหญิงกับกี่ทอผ้า",
        },
        "synopsis": {
            "zh_hans": "在琅勃拉邦郊外的村子里，小侬终于长到可以坐上妈妈织布机的年纪了。她织的第一个纹样是守护湄公河的那伽神蛇，"
                       "可怎么织都是歪的。在阿姨们和耐心的外婆帮助下，小侬学会了十二种传统纹样的名字和它们背后的故事。"
                       "书末附有与织工合作社共同编写的老挝织物纹样图鉴。",
            "en": "In a village outside Luang Prabang, Noy is finally old enough to sit at her mother's loom. "
                  "Her first pattern is the naga, the serpent who guards the Mekong, and it keeps coming out "
                  "crooked. With help from her aunties and a patient grandmother, Noy learns the names of twelve "
                  "traditional motifs and the stories they carry. Includes a guide to Lao textile patterns "
                  "prepared with the weavers' cooperative.",
            "lo": "ຢູ່ບ້ານແຫ່ງໜຶ່ງນອກເມືອງຫຼວງພະບາງ ນ້ອຍໃຫຍ່ພໍທີ່ຈະໄດ້ນັ່ງກີ່ທໍຜ້າຂອງແມ່ແລ້ວ. "
                  "ລາຍທຳອິດຂອງນາງແມ່ນລາຍນາກ ຜູ້ປົກປັກຮັກສາແມ່ນ້ຳຂອງ ແຕ່ທໍອອກມາບໍ່ຊື່ຈັກເທື່ອ. "
                  "ດ້ວຍການຊ່ວຍເຫຼືອຈາກບັນດາປ້າ ແລະ ແມ່ຕູ້ຜູ້ໃຈເຢັນ ນ້ອຍໄດ້ຮຽນຮູ້ຊື່ຂອງລາຍຜ້າພື້ນເມືອງສິບສອງລາຍ "
                  "ແລະ ເລື່ອງລາວທີ່ແຝງຢູ່ໃນນັ້ນ.",
            "th": "ในหมู่บ้านแห่งหนึ่งนอกเมืองหลวงพระบาง น้อยโตพอที่จะได้นั่งกี่ทอผ้าของแม่เสียที "
                  "ลายแรกของเธอคือลายนาค ผู้พิทักษ์แม่น้ำโขง แต่ทอออกมาทีไรก็เบี้ยวทุกที "
                  "ด้วยความช่วยเหลือจากบรรดาป้าๆ และคุณยายผู้ใจเย็น "
                  "น้อยได้เรียนรู้ชื่อลายผ้าดั้งเดิมสิบสองลายและเรื่องเล่าที่ซ่อนอยู่ในนั้น",
        },
        "original_title": "ນາງນ້ອຍກັບກີ່ທໍຜ້າ",
        "original_language": "lo",
        "year": 2019,
        "isbn": "9789932012879",
        "holder": "lao-heritage-weavers",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "craft", "heritage", "childhood"],
        "creators": [
            {"name": {"en": "Souksavanh Phommachanh", "zh_hans": "苏萨万·蓬玛占"},
             "name_original": "ສຸກສະຫວັນ ພົມມະຈັນ", "country": "LA", "role": "author"},
            {"name": {"en": "Vanida Sisouphanh", "zh_hans": "婉妮达·西苏潘"},
             "name_original": "ວັນນິດາ ສີສຸພັນ", "country": "LA", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding LA",
                "languages": "th, en, zh-Hans, vi, km, ja, fr",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 800; royalty 6%. Part of every advance goes to the weavers' cooperative.",
                    "zh_hans": "预付金800美元起；版税6%。每笔预付金的一部分将拨给织工合作社。",
                    "lo": "ເງິນລ່ວງໜ້າເລີ່ມຕົ້ນ 800 ໂດລາສະຫະລັດ; ຄ່າລິຂະສິດ 6%. "
                          "ສ່ວນໜຶ່ງຂອງເງິນລ່ວງໜ້າທຸກຄັ້ງຈະມອບໃຫ້ສະຫະກອນຊ່າງທໍຜ້າ.",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Motif-guide pages licensed separately for educational weaving kits; fee on application.",
                    "zh_hans": "纹样图鉴页可单独授权用于教育类织布套装；费用面议。",
                },
            },
        ],
    },
    {
        "slug": "journey-to-angkor",
        "kind": "book",
        "subtype": "nonfiction",
        "title": {
            "zh_hans": "吴哥之旅：写给孩子的高棉历史",
            "en": "Journey to Angkor: A History for Young Readers",
            "km": "ដំណើរទៅកាន់អង្គរ៖ ប្រវត្តិសាស្ត្រសម្រាប់កុមារ",
            "th": "เดินทางสู่นครวัดนครธม: ประวัติศาสตร์สำหรับเยาวชน",
            "vi": "Hành trình đến Angkor: Lịch sử dành cho bạn đọc nhỏ",
        },
        "synopsis": {
            "zh_hans": "两个柬埔寨孩子跟着做过吴哥导游的爷爷，从金边出发前往暹粒，一路穿越九个世纪的历史。"
                       "书中讲述吴哥的国王们如何修建水库、道路和寺庙，普通百姓如何生活和吃饭，以及这座城市为何从未真正被遗弃。"
                       "配有丰富的地图、剖面图和年表。",
            "en": "Two Cambodian children and their grandfather, a retired temple guide, travel from Phnom Penh "
                  "to Siem Reap and back through nine centuries. Chapters explain how the kings of Angkor built "
                  "reservoirs, roads and temples, how ordinary people lived and ate, and why the city was never "
                  "truly abandoned. Richly illustrated with maps, cut-away drawings and a timeline.",
            "km": "ក្មេងកម្ពុជាពីរនាក់ និងជីតារបស់ពួកគេ ដែលធ្លាប់ជាមគ្គុទ្ទេសក៍ប្រាសាទ ធ្វើដំណើរពីភ្នំពេញទៅសៀមរាប "
                  "ឆ្លងកាត់ប្រវត្តិសាស្ត្រប្រាំបួនសតវត្ស។ ជំពូកនីមួយៗពន្យល់ពីរបៀបដែលព្រះមហាក្សត្រអង្គរបានកសាងបារាយណ៍ "
                  "ផ្លូវថ្នល់ និងប្រាសាទ របៀបរស់នៅ និងហូបចុករបស់ប្រជាជនសាមញ្ញ "
                  "និងមូលហេតុដែលទីក្រុងនេះមិនដែលត្រូវបានបោះបង់ចោលទាំងស្រុង។ "
                  "សៀវភៅនេះមានផែនទី គំនូរបង្ហាញផ្នែកខាងក្នុង និងកាលប្បវត្តិយ៉ាងសម្បូរបែប។",
            "th": "เด็กกัมพูชาสองคนกับคุณตาซึ่งเคยเป็นมัคคุเทศก์นำชมปราสาท ออกเดินทางจากพนมเปญไปเสียมราฐ "
                  "ย้อนผ่านประวัติศาสตร์เก้าศตวรรษ แต่ละบทอธิบายว่ากษัตริย์แห่งพระนครสร้างบาราย ถนน "
                  "และปราสาทขึ้นมาได้อย่างไร ผู้คนธรรมดากินอยู่อย่างไร และเหตุใดเมืองนี้จึงไม่เคยถูกทิ้งร้างไปจริงๆ "
                  "พร้อมแผนที่ ภาพตัดขวาง และเส้นเวลาประกอบอย่างจุใจ",
            "vi": "Hai đứa trẻ Campuchia cùng ông nội, một hướng dẫn viên đền đài đã nghỉ hưu, đi từ Phnôm Pênh "
                  "đến Xiêm Riệp, xuyên qua chín thế kỷ lịch sử. Mỗi chương giải thích các vị vua Angkor đã xây "
                  "hồ chứa nước, đường sá và đền đài ra sao, người dân thường sống và ăn uống thế nào, và vì sao "
                  "thành phố này chưa bao giờ thật sự bị bỏ hoang. Sách có nhiều bản đồ, hình vẽ mặt cắt và "
                  "dòng thời gian.",
        },
        "original_title": "ដំណើរទៅកាន់អង្គរ៖ ប្រវត្តិសាស្ត្រសម្រាប់កុមារ",
        "original_language": "km",
        "year": 2018,
        "isbn": "9789924031659",
        "holder": "silk-road-rights-agency",
        "agency": None,
        "subjects": ["history", "heritage", "adventure"],
        "creators": [
            {"name": {"en": "Sok Chanthy", "zh_hans": "索·占蒂"}, "name_original": "សុខ ចាន់ធី",
             "country": "KH", "role": "author"},
            {"name": {"en": "Chea Vannak", "zh_hans": "谢·万纳"}, "name_original": "ជា វណ្ណៈ",
             "country": "KH", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding KH",
                "languages": "en, th, vi, lo, zh-Hans, fr, ja",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 2,000; royalty 7%. Maps and drawings supplied as layered files.",
                    "zh_hans": "预付金2,000美元起；版税7%。地图和插图提供分层文件。",
                    "km": "ប្រាក់កក់ចាប់ពី ២.០០០ ដុល្លារអាមេរិក សួយសារ ៧%។ "
                          "ផែនទី និងគំនូរនឹងផ្តល់ជូនជាឯកសារដែលបំបែកជាស្រទាប់។",
                },
            },
            {
                "right_type": "print",
                "territories": "KH",
                "languages": "en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "English edition for the Siem Reap visitor market; print runs from 5,000 copies.",
                    "zh_hans": "面向暹粒游客市场的英文版；起印量5,000册。",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en, km",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Illustrations for museum screens and site interpretation; from USD 500 per venue.",
                    "zh_hans": "插图可用于博物馆屏幕和遗址解说展示；每个场馆500美元起。",
                },
            },
        ],
    },
    {
        "slug": "stories-stitched-in-miao-embroidery",
        "kind": "book",
        "subtype": "nonfiction",
        "title": {
            "zh_hans": "苗绣里的故事",
            "en": "Stories Stitched in Miao Embroidery",
            "th": "เรื่องเล่าในลายปักม้ง",
            "lo": "ເລື່ອງເລົ່າໃນລາຍປັກຂອງຊາວມົ້ງ",
            "my": "မြောင်ပန်းထိုးထဲက ပုံပြင်များ",
            "vi": "Những câu chuyện trong tranh thêu của người Miêu",
        },
        "synopsis": {
            "zh_hans": "蝴蝶妈妈、枫树、洪水和向西的大迁徙——苗族的创世神话没有写在纸上，而是绣在衣襟、背带和节日的衣领上。"
                       "本书依托博物馆馆藏的两百余件绣品，逐一解读各种纹样，并介绍至今仍在刺绣的黔东南苗族妇女。"
                       "配有全彩照片和纹样线描图。",
            "en": "Butterfly Mother, the maple tree, the great flood and the long migration west: the founding "
                  "myths of the Miao are not written on paper but stitched onto jackets, baby carriers and "
                  "festival collars. Drawing on more than two hundred pieces in the museum's collection, this "
                  "book reads the embroidery motif by motif and introduces the women of Qiandongnan who still "
                  "make it. With full-colour photographs and pattern diagrams.",
            "th": "แม่ผีเสื้อ ต้นเมเปิล น้ำท่วมโลก และการอพยพครั้งใหญ่สู่ทิศตะวันตก "
                  "ตำนานกำเนิดของชาวม้งไม่ได้ถูกจารึกลงบนกระดาษ แต่ถูกปักไว้บนเสื้อ ผ้าอุ้มเด็ก และปกเสื้อในวันเทศกาล "
                  "หนังสือเล่มนี้อาศัยผ้าปักกว่าสองร้อยชิ้นจากคลังสะสมของพิพิธภัณฑ์ อ่านความหมายของลวดลายทีละลาย "
                  "และแนะนำสตรีชาวม้งแห่งเฉียนตงหนานที่ยังคงปักผ้าอยู่จนถึงทุกวันนี้ พร้อมภาพถ่ายสีและแผนภาพลายปัก",
            "lo": "ແມ່ກະເບື້ອ, ຕົ້ນເມເປິ້ນ, ນ້ຳຖ້ວມໂລກ ແລະ ການອົບພະຍົບຄັ້ງໃຫຍ່ໄປທາງທິດຕາເວັນຕົກ: "
                  "ນິທານກຳເນີດຂອງຊາວມົ້ງບໍ່ໄດ້ຂຽນໄວ້ໃນເຈ້ຍ ແຕ່ປັກໄວ້ເທິງເສື້ອ, ຜ້າອູ້ມເດັກ ແລະ ຄໍເສື້ອໃນງານບຸນ. "
                  "ປຶ້ມຫົວນີ້ອີງໃສ່ຜ້າປັກຫຼາຍກວ່າສອງຮ້ອຍຜືນຈາກຫໍພິພິທະພັນ ເພື່ອອະທິບາຍຄວາມໝາຍຂອງລວດລາຍແຕ່ລະລາຍ "
                  "ແລະ ແນະນຳແມ່ຍິງຊາວມົ້ງທີ່ຍັງປັກຜ້າຢູ່ຈົນເຖິງທຸກມື້ນີ້.",
            "my": "လိပ်ပြာမိခင်၊ မေပယ်ပင်၊ ရေလွှမ်းမိုးမှုကြီးနှင့် အနောက်ဘက်သို့ ရွှေ့ပြောင်းခဲ့သော ခရီးရှည် — "
                  "မြောင်လူမျိုးတို့၏ ကမ္ဘာဦးဒဏ္ဍာရီများကို စာရွက်ပေါ်တွင် မရေးဘဲ အင်္ကျီ၊ ကလေးပိုးအိတ်နှင့် "
                  "ပွဲတော်အင်္ကျီကော်လာများပေါ်တွင် ပန်းထိုးထားကြသည်။ ဤစာအုပ်သည် ပြတိုက်၏ စုဆောင်းမှုထဲမှ "
                  "ပန်းထိုးလက်ရာ နှစ်ရာကျော်ကို အခြေခံ၍ ပုံစံတစ်ခုချင်းစီ၏ အဓိပ္ပာယ်ကို ရှင်းပြထားပြီး "
                  "ယနေ့တိုင် ပန်းထိုးနေဆဲဖြစ်သော အမျိုးသမီးများကို မိတ်ဆက်ပေးထားသည်။",
            "vi": "Mẹ Bướm, cây phong, trận đại hồng thủy và cuộc thiên di dài về phương tây — những thần thoại "
                  "khai thiên của người Miêu không được viết trên giấy mà được thêu lên áo, địu em bé và cổ áo "
                  "ngày hội. Dựa trên hơn hai trăm hiện vật trong bộ sưu tập của bảo tàng, cuốn sách giải mã "
                  "từng họa tiết và giới thiệu những người phụ nữ Miêu ở Kiềm Đông Nam vẫn đang thêu đến ngày "
                  "nay. Kèm ảnh màu và sơ đồ họa tiết.",
        },
        "original_title": "苗绣里的故事",
        "original_language": "zh-Hans",
        "year": 2021,
        "isbn": "9787535640826",
        "holder": "guizhou-folk-art-museum",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "heritage", "mythology", "craft"],
        "creators": [
            {"name": {"en": "Long Xiuying", "zh_hans": "龙秀英"}, "name_original": "龙秀英",
             "country": "CN", "role": "author"},
            {"name": {"en": "Pan Xiaohong", "zh_hans": "潘晓红"}, "name_original": "潘晓红",
             "country": "CN", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN",
                "languages": "en, th, vi, lo, my, ja, fr",
                "exclusivity": "exclusive",
                "term_years": 8,
                "asking_terms": {
                    "en": "Advance from USD 3,500; royalty 7%. Museum photographs included; captions checked by our curators.",
                    "zh_hans": "预付金3,500美元起；版税7%。含博物馆照片使用权，图注由本馆研究人员审定。",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Text and photographs for touring exhibitions; from USD 2,000 per venue.",
                    "zh_hans": "文字和照片可用于巡回展览；每个场馆2,000美元起。",
                },
            },
            {
                "right_type": "ebook",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "No advance; 30% of net receipts.",
                    "zh_hans": "无预付金；按净收入的30%分成。",
                },
            },
        ],
    },
    {
        "slug": "the-buffalo-boy-and-the-flute-kite",
        "kind": "book",
        "subtype": "picture_book",
        "title": {
            "zh_hans": "放牛娃和笛子风筝",
            "en": "The Buffalo Boy and the Flute Kite",
            "vi": "Cậu bé chăn trâu và cánh diều sáo",
            "km": "ក្មេងឃ្វាលក្របី និងខ្លែងអក",
        },
        "synopsis": {
            "zh_hans": "每天下午，阿底都骑着水牛来到河堤上，看大孩子们放装着竹笛的风筝，风筝在风里呜呜地唱歌。"
                       "他用边角料做了一只自己的风筝，可它怎么也飞不起来——直到水牛阿墨决定帮他一把。"
                       "一本关于耐心和红河三角洲夏日天空的图画书，画风取自东湖木版年画。",
            "en": "Every afternoon Tí rides his buffalo up to the dike and watches the older boys fly kites "
                  "fitted with bamboo flutes that sing in the wind. He builds one of his own from scraps, but "
                  "it will not rise — until the buffalo, Mực, decides to help. A picture book about patience "
                  "and summer skies in the Red River Delta, painted in the manner of Đông Hồ woodblock prints.",
            "vi": "Chiều nào Tí cũng cưỡi trâu ra đê, ngắm các anh lớn thả những cánh diều gắn sáo trúc vi vu "
                  "trong gió. Cậu tự làm một chiếc diều từ những mảnh vụn, nhưng nó mãi không chịu bay lên — "
                  "cho đến khi chú trâu Mực quyết định giúp một tay. Một cuốn sách tranh về sự kiên nhẫn và bầu "
                  "trời mùa hè đồng bằng sông Hồng, được vẽ theo phong cách tranh khắc gỗ Đông Hồ.",
            "km": "រៀងរាល់រសៀល ទីជិះក្របីឡើងទៅលើទំនប់ ហើយមើលក្មេងធំៗបង្ហោះខ្លែងដែលមានខ្លុយឫស្សី "
                  "បន្លឺសំឡេងតាមខ្យល់។ គេធ្វើខ្លែងមួយដោយខ្លួនឯងពីសំណល់សម្ភារៈ ប៉ុន្តែវាមិនព្រមហើរឡើងសោះ "
                  "រហូតដល់ក្របីឈ្មោះមឹកសម្រេចចិត្តជួយ។ សៀវភៅរូបភាពអំពីការអត់ធ្មត់ "
                  "និងមេឃរដូវក្តៅនៅតំបន់ដីសណ្តទន្លេក្រហម ដែលគូរតាមរចនាបថគំនូរពុម្ពឈើដុងហូ។",
        },
        "original_title": "Cậu bé chăn trâu và cánh diều sáo",
        "original_language": "vi",
        "year": 2013,
        "holder": "kim-dong-publishing",
        "agency": None,
        "subjects": ["childhood", "nature", "friendship"],
        "creators": [
            {"name": {"en": "Le Phuong Thao", "zh_hans": "黎芳草"}, "name_original": "Lê Phương Thảo",
             "country": "VN", "role": "author"},
            {"name": {"en": "Do Quang Huy", "zh_hans": "杜光辉"}, "name_original": "Đỗ Quang Huy",
             "country": "VN", "role": "illustrator"},
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding VN",
                "languages": "en, zh-Hans, km, lo, th, ko",
                "exclusivity": "exclusive",
                "term_years": 6,
                "asking_terms": {
                    "en": "Advance from USD 1,000; royalty 6% of list price.",
                    "zh_hans": "预付金1,000美元起；版税为定价的6%。",
                    "vi": "Tiền ứng trước từ 1.000 USD; nhuận bản 6% giá bìa.",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "VN, KH, LA",
                "languages": "vi",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Character licensing for kites and stationery; 8% of wholesale price.",
                    "zh_hans": "角色形象授权用于风筝和文具；按批发价的8%计费。",
                },
            },
        ],
    },
]
