"""Demo comics and animation: manhua, manga-style comics, webcomics, animated series, picture books.

Plain data only; see marketplace/demo/data/__init__.py for the schema.
"""

WORKS = [
    {
        "slug": "shanhai-battle",
        "kind": "comic",
        "subtype": "manhua",
        "title": {
            "zh_hans": "山海逆战",
            "en": "Battle of Mountains and Seas",
            "th": "ศึกขุนเขาและท้องทะเล",
            "vi": "Nghịch chiến Sơn Hải",
            "ms": "Pertempuran Gunung dan Lautan",
        },
        "synopsis": {
            "zh_hans": (
                "上古神兽从《山海经》的书页中苏醒，少年巫师阿衡必须走遍九座大山与四片海域，追回失散的镇兽图。"
                "这部热血漫画以现代笔触重述中国最古老的神话地理志，每一话都对应原典中的一种异兽。"
                "连载五年，单行本已出版十二卷。"
            ),
            "en": (
                "When the ancient beasts of the Classic of Mountains and Seas wake from its pages, the young shaman "
                "A-Heng must recover the scattered beast-binding charts across nine mountains and four seas. "
                "This high-energy manhua retells China's oldest mythological geography in a contemporary style, "
                "with each chapter built around a creature from the original text. "
                "After five years of serialisation it is collected in twelve volumes."
            ),
            "th": (
                "เมื่อสัตว์เทพโบราณในคัมภีร์ซานไห่จิงตื่นขึ้นจากหน้ากระดาษ หมอผีหนุ่มอาเหิงต้องออกตามหาแผนที่ผนึกอสูร"
                "ที่กระจัดกระจายไปทั่วขุนเขาเก้าลูกและทะเลสี่แห่ง "
                "การ์ตูนแอ็กชันเรื่องนี้เล่าตำนานภูมิศาสตร์เทพนิยายที่เก่าแก่ที่สุดของจีนใหม่ด้วยลายเส้นร่วมสมัย "
                "โดยแต่ละตอนอิงสัตว์ประหลาดหนึ่งตัวจากต้นฉบับ ปัจจุบันรวมเล่มแล้วสิบสองเล่ม"
            ),
            "vi": (
                "Khi những thần thú thượng cổ trong “Sơn Hải Kinh” thức giấc từ trang sách, chàng pháp sư trẻ A Hành "
                "phải đi khắp chín ngọn núi và bốn vùng biển để tìm lại những tấm bản đồ trấn thú bị thất lạc. "
                "Bộ manhua đầy nhiệt huyết này kể lại bộ địa lý thần thoại cổ xưa nhất của Trung Quốc bằng nét vẽ "
                "đương đại, mỗi chương gắn với một dị thú trong nguyên tác. "
                "Sau năm năm đăng tải, truyện đã được tập hợp thành mười hai tập."
            ),
            "ms": (
                "Apabila makhluk purba dari Kitab Gunung dan Lautan terjaga daripada halaman-halamannya, bomoh muda "
                "A-Heng perlu mendapatkan semula peta pengikat makhluk yang bertaburan di sembilan gunung dan empat lautan. "
                "Manhua penuh aksi ini menceritakan semula geografi mitos tertua China dengan gaya kontemporari, "
                "setiap bab berpaksikan satu makhluk daripada teks asal. Siri ini telah dibukukan dalam dua belas jilid."
            ),
        },
        "original_title": "山海逆战",
        "original_language": "zh-Hans",
        "year": 2019,
        "holder": "mountain-sea-comics",
        "agency": "silk-road-rights-agency",
        "subjects": ["mythology", "fantasy", "adventure"],
        "creators": [
            {
                "name": {"en": "Chen Yue", "zh_hans": "陈岳"},
                "name_original": "陈岳",
                "country": "CN",
                "role": "author",
            },
            {
                "name": {"en": "Lin Xiaohe", "zh_hans": "林小荷"},
                "name_original": "林小荷",
                "country": "CN",
                "role": "illustrator",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "th, vi, id, ms, en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance from USD 6,000 per language against an 8% royalty; 5-year licence",
                    "zh_hans": "每语种预付金6,000美元起，版税8%；授权期5年",
                    "th": "เงินล่วงหน้าตั้งแต่ 6,000 ดอลลาร์สหรัฐต่อภาษา ค่าลิขสิทธิ์ 8% อายุสัญญา 5 ปี",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Option fee USD 30,000 for 18 months; purchase price on application",
                    "zh_hans": "优先权费30,000美元（18个月）；购买价格面议",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 5,000; 10% royalty on wholesale price",
                    "zh_hans": "保底金5,000美元；按批发价收取10%版税",
                },
            },
        ],
    },
    {
        "slug": "my-classic-of-mountains-and-seas",
        "kind": "comic",
        "subtype": "picture_book",
        "title": {
            "zh_hans": "我的山海经",
            "en": "My Classic of Mountains and Seas",
            "th": "ซานไห่จิงของฉัน",
            "km": "គម្ពីរភ្នំនិងសមុទ្ររបស់ខ្ញុំ",
        },
        "synopsis": {
            "zh_hans": (
                "七岁的朵朵在外公的书架上发现了一本旧《山海经》，从此每晚都有一只神兽来到她的梦里做客。"
                "这本图画书用温暖的水彩介绍了二十种神兽，并附有适合亲子共读的小问题。"
            ),
            "en": (
                "Seven-year-old Duoduo finds an old copy of the Classic of Mountains and Seas on her grandfather's "
                "shelf, and from then on a different mythical beast visits her dreams each night. "
                "Warm watercolours introduce twenty creatures, with simple questions for parents and children "
                "to talk over together."
            ),
            "th": (
                "ตั่วตั่ว เด็กหญิงวัยเจ็ดขวบ พบหนังสือซานไห่จิงเล่มเก่าบนชั้นหนังสือของคุณตา "
                "นับแต่นั้นทุกคืนจะมีสัตว์เทพตัวใหม่มาเยี่ยมเธอในความฝัน "
                "ภาพสีน้ำอันอบอุ่นแนะนำสัตว์ในตำนานยี่สิบชนิด พร้อมคำถามง่ายๆ ให้พ่อแม่และลูกได้คุยกัน"
            ),
            "km": (
                "ឌួឌួ ក្មេងស្រីអាយុប្រាំពីរឆ្នាំ បានរកឃើញសៀវភៅគម្ពីរភ្នំនិងសមុទ្រចាស់មួយក្បាលនៅលើធ្នើសៀវភៅរបស់លោកតា។ "
                "ចាប់ពីពេលនោះមក រៀងរាល់យប់ មានសត្វក្នុងទេវកថាមួយមកលេងនាងក្នុងសុបិន។ "
                "គំនូរពណ៌ទឹកដ៏កក់ក្ដៅណែនាំសត្វក្នុងទេវកថាចំនួនម្ភៃ ព្រមទាំងសំណួរងាយៗសម្រាប់ឪពុកម្ដាយ និងកូនពិភាក្សាជាមួយគ្នា។"
            ),
        },
        "original_title": "我的山海经",
        "original_language": "zh-Hans",
        "year": 2020,
        "holder": "jieli-press",
        "agency": None,
        "subjects": ["mythology", "childhood", "family"],
        "creators": [
            {
                "name": {"en": "Wang Ruoxi", "zh_hans": "王若溪"},
                "name_original": "王若溪",
                "country": "CN",
                "role": "author",
            },
            {
                "name": {"en": "Zhou Mo", "zh_hans": "周墨"},
                "name_original": "周墨",
                "country": "CN",
                "role": "illustrator",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN",
                "languages": "th, lo, km, my",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 2,500 per language for a first print run of up to 5,000 copies",
                    "zh_hans": "每语种一次性授权费2,500美元，首印不超过5,000册",
                    "km": "ថ្លៃអាជ្ញាប័ណ្ណ ២៥០០ ដុល្លារអាមេរិកក្នុងមួយភាសា សម្រាប់ការបោះពុម្ពលើកដំបូងមិនលើសពី ៥០០០ ក្បាល",
                },
            },
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "en, vi, id, ms",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Advance from USD 4,000 against a 7% royalty; 7-year term",
                    "zh_hans": "预付金4,000美元起，版税7%；授权期7年",
                },
            },
        ],
    },
    {
        "slug": "lantern-town-night-market",
        "kind": "comic",
        "subtype": "animation",
        "title": {
            "zh_hans": "灯笼镇夜市",
            "en": "Lantern Town Night Market",
            "th": "ตลาดกลางคืนเมืองโคมไฟ",
            "lo": "ຕະຫຼາດກາງຄືນເມືອງໂຄມໄຟ",
        },
        "synopsis": {
            "zh_hans": (
                "每到月圆之夜，灯笼镇的夜市便会向妖怪们开放。"
                "小摊主阿宝和她会说话的灯笼，要用一碗碗家常小吃化解人与妖之间的误会。"
                "这部二维动画系列共52集，每集11分钟，适合6至10岁的观众。"
            ),
            "en": (
                "On every full-moon night, the market in Lantern Town opens its stalls to spirits. "
                "Young stallholder Abao and her talking lantern smooth over misunderstandings between humans and "
                "spirits, one bowl of home-style street food at a time. "
                "The 2D series runs to 52 episodes of 11 minutes, for viewers aged 6 to 10."
            ),
            "th": (
                "ทุกคืนวันเพ็ญ ตลาดกลางคืนของเมืองโคมไฟจะเปิดต้อนรับเหล่าภูตผี "
                "อาเป่า แม่ค้าตัวน้อย กับโคมไฟพูดได้ของเธอ ใช้อาหารริมทางรสมือแม่ทีละชามคลี่คลายความเข้าใจผิดระหว่างคนกับภูต "
                "แอนิเมชันสองมิติชุดนี้มี 52 ตอน ตอนละ 11 นาที เหมาะสำหรับผู้ชมอายุ 6 ถึง 10 ปี"
            ),
            "lo": (
                "ທຸກຄືນວັນເພັງ ຕະຫຼາດກາງຄືນຂອງເມືອງໂຄມໄຟຈະເປີດຕ້ອນຮັບບັນດາຜີ. "
                "ອາເປົ່າ ແມ່ຄ້ານ້ອຍ ກັບໂຄມໄຟທີ່ເວົ້າໄດ້ຂອງນາງ ໃຊ້ອາຫານພື້ນບ້ານທີລະຖ້ວຍ "
                "ເພື່ອແກ້ໄຂຄວາມເຂົ້າໃຈຜິດລະຫວ່າງຄົນກັບຜີ. "
                "ກາຕູນສອງມິຕິຊຸດນີ້ມີ 52 ຕອນ, ຕອນລະ 11 ນາທີ, ເໝາະສຳລັບເດັກອາຍຸ 6 ຫາ 10 ປີ."
            ),
        },
        "original_title": "灯笼镇夜市",
        "original_language": "zh-Hans",
        "year": 2022,
        "holder": "mountain-sea-comics",
        "agency": None,
        "subjects": ["food", "fantasy", "city-life"],
        "creators": [
            {
                "name": {"en": "Zhao Yiming", "zh_hans": "赵一鸣"},
                "name_original": "赵一鸣",
                "country": "CN",
                "role": "director",
            },
            {
                "name": {"en": "Gu Xiaoyu", "zh_hans": "顾小雨"},
                "name_original": "顾小雨",
                "country": "CN",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN",
                "languages": "th, vi, km, lo, my",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 350 per episode per territory; dubbing by licensee",
                    "zh_hans": "每地区每集350美元；配音由被许可方负责",
                    "th": "ตอนละ 350 ดอลลาร์สหรัฐต่อประเทศ ผู้รับอนุญาตเป็นผู้พากย์เสียงเอง",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Minimum guarantee USD 12,000; 8% royalty on wholesale; style guide supplied",
                    "zh_hans": "保底金12,000美元；按批发价收取8%版税；提供形象使用规范",
                },
            },
        ],
    },
    {
        "slug": "kitchen-god-diary",
        "kind": "comic",
        "subtype": "webcomic",
        "title": {
            "zh_hans": "灶王爷日记",
            "en": "The Kitchen God's Diary",
            "vi": "Nhật ký Táo Quân",
            "ind": "Buku Harian Dewa Dapur",
        },
        "synopsis": {
            "zh_hans": (
                "灶王爷每年腊月二十三都要上天汇报人间家事，可今年他被困在了上海一间合租公寓的电磁炉里。"
                "这部轻松的条漫以四个年轻租客共用的厨房为舞台，讲述现代城市生活中的孤独、友情和家的味道。"
            ),
            "en": (
                "Every year on the twenty-third day of the twelfth lunar month, the Kitchen God reports to heaven on "
                "the family he watches over, but this year he is stuck inside the induction hob of a shared Shanghai flat. "
                "This light-hearted vertical-scroll webcomic is set in the kitchen of four young flatmates, and finds "
                "loneliness, friendship and the taste of home in modern city life."
            ),
            "vi": (
                "Hằng năm vào ngày hai mươi ba tháng Chạp, Táo Quân lại lên trời báo cáo chuyện nhà dưới trần gian, "
                "nhưng năm nay ông bị mắc kẹt trong chiếc bếp từ của một căn hộ ở ghép tại Thượng Hải. "
                "Bộ truyện tranh cuộn dọc nhẹ nhàng này lấy căn bếp chung của bốn người thuê nhà trẻ tuổi làm sân khấu, "
                "kể về nỗi cô đơn, tình bạn và hương vị gia đình giữa đời sống đô thị hiện đại."
            ),
            "ind": (
                "Setiap tahun pada hari kedua puluh tiga bulan kedua belas penanggalan Imlek, Dewa Dapur naik ke langit "
                "untuk melaporkan urusan keluarga, tetapi tahun ini ia terjebak di dalam kompor induksi sebuah apartemen "
                "bersama di Shanghai. Webkomik gulir vertikal yang ringan ini berlatar dapur empat penyewa muda, "
                "bercerita tentang kesepian, persahabatan, dan rasa rumah di tengah kehidupan kota modern."
            ),
        },
        "original_title": "灶王爷日记",
        "original_language": "zh-Hans",
        "year": 2021,
        "holder": "mountain-sea-comics",
        "agency": None,
        "subjects": ["city-life", "friendship", "food", "mythology"],
        "creators": [
            {
                "name": {"en": "Su Qing", "zh_hans": "苏晴"},
                "name_original": "苏晴",
                "country": "CN",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "th, vi, id, ms, en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Revenue share 50/50 on platform income; no advance for webcomic platforms",
                    "zh_hans": "平台收入五五分成；网络漫画平台无需预付金",
                    "vi": "Chia sẻ doanh thu 50/50 từ nền tảng; không yêu cầu tiền ứng trước",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Option fee USD 15,000 for 12 months, renewable once",
                    "zh_hans": "优先权费15,000美元（12个月），可续期一次",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "muop-old-quarter-cat",
        "kind": "comic",
        "subtype": "webcomic",
        "title": {
            "vi": "Mèo Mướp phố cổ",
            "en": "Muop, the Old Quarter Cat",
            "zh_hans": "老街花猫阿木",
            "th": "แมวลายแห่งย่านเมืองเก่า",
            "lo": "ແມວລາຍແຫ່ງເຂດເມືອງເກົ່າ",
        },
        "synopsis": {
            "vi": (
                "Mướp là một chú mèo mướp sống trên mái ngói của một ngôi nhà ống ở phố cổ Hà Nội. "
                "Mỗi tập truyện, Mướp theo chân một người hàng xóm: bà bán xôi sáng sớm, chú sửa xe đạp, "
                "cô bé tập đàn trên gác. Bộ webcomic nhiều màu sắc này là bức thư tình gửi đến những con phố "
                "đang đổi thay từng ngày."
            ),
            "en": (
                "Muop is a tabby cat who lives on the tiled roof of a tube house in Hanoi's Old Quarter. "
                "In each episode he tags along with a different neighbour: the early-morning sticky-rice seller, "
                "the bicycle repairman, the girl practising piano upstairs. "
                "This colourful webcomic is a love letter to streets that change a little more every day."
            ),
            "zh_hans": (
                "阿木是一只住在河内老城区竹筒屋瓦顶上的花猫。"
                "每一话里，它都会跟着一位邻居过上一天：清晨卖糯米饭的阿婆、修自行车的大叔、在阁楼上练琴的小女孩。"
                "这部色彩缤纷的网络漫画，是写给日日变化的老街的一封情书。"
            ),
            "th": (
                "เหมือบเป็นแมวลายที่อาศัยอยู่บนหลังคากระเบื้องของบ้านห้องแถวในย่านเมืองเก่าของฮานอย "
                "ในแต่ละตอน เหมือบจะติดตามเพื่อนบ้านคนหนึ่งไปตลอดวัน ไม่ว่าจะเป็นยายขายข้าวเหนียวตอนเช้ามืด "
                "ลุงช่างซ่อมจักรยาน หรือเด็กหญิงที่ซ้อมเปียโนอยู่ชั้นบน "
                "เว็บคอมิกสีสันสดใสเรื่องนี้คือจดหมายรักถึงถนนที่เปลี่ยนแปลงไปทุกวัน"
            ),
            "lo": (
                "ເມືອບເປັນແມວລາຍທີ່ອາໄສຢູ່ເທິງຫຼັງຄາດິນຂໍຂອງເຮືອນແຖວໃນເຂດເມືອງເກົ່າຮ່າໂນ້ຍ. "
                "ໃນແຕ່ລະຕອນ, ເມືອບຈະຕິດຕາມເພື່ອນບ້ານຄົນໜຶ່ງ: ແມ່ເຖົ້າຂາຍເຂົ້າໜຽວຕອນເຊົ້າ, ລຸງສ້ອມລົດຖີບ "
                "ແລະ ເດັກຍິງທີ່ຝຶກຫຼິ້ນເປຍໂນຢູ່ຊັ້ນເທິງ. "
                "ກາຕູນອອນລາຍທີ່ມີສີສັນສົດໃສເລື່ອງນີ້ ຄືຈົດໝາຍຮັກເຖິງຖະໜົນທີ່ປ່ຽນແປງໄປທຸກມື້."
            ),
        },
        "original_title": "Mèo Mướp phố cổ",
        "original_language": "vi",
        "year": 2020,
        "holder": "kim-dong-publishing",
        "agency": None,
        "subjects": ["city-life", "friendship"],
        "creators": [
            {
                "name": {"en": "Nguyen Thu Ha", "zh_hans": "阮秋河", "vi": "Nguyễn Thu Hà"},
                "name_original": "Nguyễn Thu Hà",
                "country": "VN",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding VN",
                "languages": "zh-Hans, th, lo, en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 3,000 per language against a 7% royalty; 5-year licence",
                    "zh_hans": "每语种预付金3,000美元，版税7%；授权期5年",
                    "vi": "Tiền ứng trước 3.000 USD mỗi ngôn ngữ, tiền bản quyền 7%; thời hạn 5 năm",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 3,000 per product category; 8% royalty",
                    "zh_hans": "每个品类保底金3,000美元；版税8%",
                },
            },
        ],
    },
    {
        "slug": "tikbalang-sa-tondo",
        "kind": "comic",
        "subtype": "webcomic",
        "title": {
            "fil": "Tikbalang sa Tondo",
            "en": "The Tikbalang of Tondo",
            "zh_hans": "马尼拉街头的马头精",
            "ms": "Tikbalang di Tondo",
        },
        "synopsis": {
            "fil": (
                "Si Jun-jun, isang batang naglalako ng pandesal sa Tondo, ay nakatagpo ng isang tikbalang na naligaw "
                "sa lungsod matapos putulin ang mga puno sa kanyang gubat. Magkasama nilang hinahanap ang daan pauwi "
                "sa gitna ng mga eskinita, jeepney at pista. Isang nakakatawa at nakakaantig na komiks tungkol sa "
                "pagkakaibigan at sa kalikasang nawala sa lungsod."
            ),
            "en": (
                "Jun-jun, a boy who delivers pandesal in Tondo, meets a tikbalang who has wandered into Manila "
                "after the trees of his forest were cut down. Together they look for the way home through alleys, "
                "jeepneys and fiestas. A funny, touching komiks about friendship and the nature the city has lost."
            ),
            "zh_hans": (
                "在马尼拉通多区送早餐面包的男孩俊俊，遇到了一只因森林被砍伐而误入城市的马头精“迪巴朗”。"
                "他们一起穿过小巷、吉普尼和节庆游行，寻找回家的路。"
                "这是一部关于友情和城市中消失的自然、既好笑又动人的菲律宾漫画。"
            ),
            "ms": (
                "Jun-jun, budak penghantar roti pandesal di Tondo, bertemu seekor tikbalang yang tersesat ke kota "
                "selepas pokok-pokok di hutannya ditebang. Bersama-sama mereka mencari jalan pulang melalui lorong "
                "sempit, jeepney dan pesta jalanan. Komik yang lucu dan menyentuh tentang persahabatan dan alam "
                "yang hilang dari kota."
            ),
        },
        "original_title": "Tikbalang sa Tondo",
        "original_language": "fil",
        "year": 2021,
        "holder": "adarna-komiks",
        "agency": None,
        "subjects": ["mythology", "friendship", "city-life", "nature"],
        "creators": [
            {
                "name": {"en": "Paolo Dizon", "zh_hans": "保罗·迪松"},
                "name_original": "Paolo Dizon",
                "country": "PH",
                "role": "author",
            },
            {
                "name": {"en": "Mara Villanueva", "zh_hans": "玛拉·维拉努埃瓦"},
                "name_original": "Mara Villanueva",
                "country": "PH",
                "role": "illustrator",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding PH",
                "languages": "en, zh-Hans, ms, id",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 2,000 per language against an 8% royalty",
                    "zh_hans": "每语种预付金2,000美元，版税8%",
                    "fil": "Paunang bayad na USD 2,000 bawat wika at 8% na royalty",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 4,000; 10% royalty on wholesale",
                    "zh_hans": "保底金4,000美元；按批发价收取10%版税",
                },
            },
        ],
    },
    {
        "slug": "kancil-anak-jakarta",
        "kind": "comic",
        "subtype": "webcomic",
        "title": {
            "ind": "Kancil Anak Jakarta",
            "en": "Kancil, Kid of Jakarta",
            "zh_hans": "雅加达小鼷鹿",
            "ms": "Kancil Budak Jakarta",
            "th": "กระจงน้อยแห่งจาการ์ตา",
        },
        "synopsis": {
            "ind": (
                "Kancil si pencuri timun yang cerdik kini tinggal di Jakarta dan bersekolah di SD dekat stasiun KRL. "
                "Dengan akal yang sama licinnya seperti dalam dongeng lama, ia menghadapi macet, banjir musiman, "
                "dan teman sekelas yang suka pamer. Setiap episode menyisipkan satu fabel Nusantara ke dalam "
                "suasana kota masa kini."
            ),
            "en": (
                "Kancil, the clever cucumber-stealing mouse deer of Indonesian fables, now lives in Jakarta and goes "
                "to a primary school near the commuter-rail station. With wits as sharp as in the old tales, he takes "
                "on traffic jams, seasonal floods and a show-off classmate. "
                "Each episode slips a traditional Nusantara fable into present-day city life."
            ),
            "zh_hans": (
                "印尼寓言里偷黄瓜的机灵小鼷鹿坎吉尔，如今住在雅加达，在通勤火车站旁的小学上学。"
                "他用和老故事里一样灵活的头脑，对付堵车、季节性洪水和爱炫耀的同学。"
                "每一话都把一则努山塔拉传统寓言融进当代城市生活。"
            ),
            "ms": (
                "Kancil yang bijak, pencuri timun dalam cerita rakyat, kini tinggal di Jakarta dan bersekolah rendah "
                "berhampiran stesen kereta api komuter. Dengan akal yang sama tajamnya seperti dalam hikayat lama, "
                "dia berdepan dengan kesesakan lalu lintas, banjir bermusim dan rakan sekelas yang suka menunjuk-nunjuk. "
                "Setiap episod menyelitkan satu fabel Nusantara ke dalam kehidupan bandar masa kini."
            ),
            "th": (
                "กระจงเจ้าปัญญาผู้ขโมยแตงกวาในนิทานพื้นบ้านอินโดนีเซีย วันนี้ย้ายมาอยู่จาการ์ตาและเรียนชั้นประถมใกล้สถานีรถไฟชานเมือง "
                "ด้วยไหวพริบเฉียบแหลมไม่แพ้ในนิทานเก่า มันต้องรับมือกับรถติด น้ำท่วมตามฤดูกาล และเพื่อนร่วมชั้นขี้อวด "
                "ทุกตอนสอดแทรกนิทานสอนใจจากหมู่เกาะนูซันตาราไว้ในชีวิตเมืองยุคปัจจุบัน"
            ),
        },
        "original_title": "Kancil Anak Jakarta",
        "original_language": "id",
        "year": 2022,
        "holder": "gramedia-kids",
        "agency": None,
        "subjects": ["childhood", "city-life", "mythology"],
        "creators": [
            {
                "name": {"en": "Rina Hapsari", "zh_hans": "丽娜·哈普萨丽"},
                "name_original": "Rina Hapsari",
                "country": "ID",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding ID",
                "languages": "en, zh-Hans, ms, th",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 2,500 per language against a 7% royalty; print and digital editions",
                    "zh_hans": "每语种预付金2,500美元，版税7%；含纸质版与电子版",
                    "ms": "Pendahuluan USD 2,500 bagi setiap bahasa dengan royalti 7%; edisi cetak dan digital",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 3,500; 9% royalty on wholesale",
                    "zh_hans": "保底金3,500美元；按批发价收取9%版税",
                },
            },
        ],
    },
    {
        "slug": "sticky-rice-and-mango",
        "kind": "comic",
        "subtype": "animation",
        "title": {
            "th": "ข้าวเหนียวกับมะม่วง",
            "en": "Sticky Rice & Mango",
            "zh_hans": "糯米饭和芒果",
            "lo": "ເຂົ້າໜຽວກັບໝາກມ່ວງ",
            "km": "បាយដំណើបនិងស្វាយ",
        },
        "synopsis": {
            "th": (
                "ข้าวเหนียวเป็นเด็กชายขี้อายจากอีสาน ส่วนมะม่วงเป็นลูกพี่ลูกน้องจอมซนจากกรุงเทพฯ "
                "ทั้งคู่ต้องใช้ช่วงปิดเทอมหน้าร้อนด้วยกันที่สวนมะม่วงของยาย "
                "การ์ตูนชุดนี้เล่าเรื่องครอบครัว อาหาร และความต่างระหว่างเมืองกับชนบทอย่างอบอุ่นและตลกขบขัน"
            ),
            "en": (
                "Khao Niao is a shy boy from Isan; his cousin Mamuang is a mischievous Bangkok girl. "
                "The two must spend the summer holidays together on their grandmother's mango orchard. "
                "This cartoon series looks at family, food and the gap between city and countryside with warmth "
                "and plenty of laughs."
            ),
            "zh_hans": (
                "糯米饭是来自泰国东北部伊善地区的害羞男孩，他的表妹芒果则是曼谷来的调皮鬼。"
                "两人要在外婆的芒果园里一起度过整个暑假。"
                "这部动画系列以温暖幽默的方式讲述家庭、美食以及城乡之间的差异。"
            ),
            "lo": (
                "ເຂົ້າໜຽວເປັນເດັກຊາຍຂີ້ອາຍຈາກພາກອີສານ, ສ່ວນໝາກມ່ວງເປັນລູກພີ່ລູກນ້ອງທີ່ຊົນຈາກບາງກອກ. "
                "ທັງສອງຕ້ອງໃຊ້ເວລາພັກຮຽນລະດູຮ້ອນນຳກັນຢູ່ສວນໝາກມ່ວງຂອງແມ່ຕູ້. "
                "ກາຕູນຊຸດນີ້ເລົ່າເລື່ອງຄອບຄົວ, ອາຫານ ແລະ ຄວາມແຕກຕ່າງລະຫວ່າງເມືອງກັບຊົນນະບົດ ຢ່າງອົບອຸ່ນ ແລະ ຕະຫຼົກ."
            ),
            "km": (
                "បាយដំណើបជាក្មេងប្រុសខ្មាស់អៀនម្នាក់មកពីតំបន់អ៊ីសាន ឯស្វាយជាប្អូនជីដូនមួយដ៏រពិសមកពីទីក្រុងបាងកក។ "
                "អ្នកទាំងពីរត្រូវចំណាយពេលវិស្សមកាលរដូវក្ដៅជាមួយគ្នានៅចម្ការស្វាយរបស់លោកយាយ។ "
                "រឿងគំនូរជីវចលនេះនិយាយអំពីគ្រួសារ ម្ហូបអាហារ និងភាពខុសគ្នារវាងទីក្រុងនិងជនបទ ប្រកបដោយភាពកក់ក្ដៅ និងសំណើច។"
            ),
        },
        "original_title": "ข้าวเหนียวกับมะม่วง",
        "original_language": "th",
        "year": 2023,
        "holder": "nanmee-books",
        "agency": "silk-road-rights-agency",
        "subjects": ["family", "food", "childhood"],
        "creators": [
            {
                "name": {"en": "Pimchanok Wongsa", "zh_hans": "萍查诺·翁萨", "th": "พิมพ์ชนก วงศ์สา"},
                "name_original": "พิมพ์ชนก วงศ์สา",
                "country": "TH",
                "role": "author",
            },
            {
                "name": {"en": "Kittipong Srisuk", "zh_hans": "吉蒂蓬·西素", "th": "กิตติพงษ์ ศรีสุข"},
                "name_original": "กิตติพงษ์ ศรีสุข",
                "country": "TH",
                "role": "director",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN excluding TH",
                "languages": "vi, km, lo, my, ms",
                "exclusivity": "exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 400 per episode per territory; 39 episodes of 11 minutes",
                    "zh_hans": "每地区每集400美元；共39集，每集11分钟",
                    "th": "ตอนละ 400 ดอลลาร์สหรัฐต่อประเทศ รวม 39 ตอน ตอนละ 11 นาที",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding TH",
                "languages": "en, zh-Hans, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Licence fee from USD 8,000 per territory; 5-year window, renewable",
                    "zh_hans": "每地区授权费8,000美元起；授权期5年，可续约",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "monsoon-in-kampung-batu-lapan",
        "kind": "comic",
        "subtype": "manga",
        "title": {
            "ms": "Musim Hujan di Kampung Batu Lapan",
            "en": "Monsoon in Kampung Batu Lapan",
            "zh_hans": "巴都拉班村的雨季",
            "th": "ฤดูฝนที่หมู่บ้านบาตูลาปัน",
        },
        "synopsis": {
            "ms": (
                "Pada tahun 1980-an, Amin yang berumur sembilan tahun menghabiskan musim tengkujuh di kampung "
                "datuknya di Terengganu. Dia belajar menangkap ikan di sawah, membantu nenek membuat keropok lekor "
                "dan mendengar cerita hantu di beranda rumah kayu. Komik separa autobiografi ini merakam zaman "
                "kanak-kanak di kampung yang kian dilupakan."
            ),
            "en": (
                "In the 1980s, nine-year-old Amin spends the monsoon season at his grandfather's kampung in Terengganu. "
                "He learns to catch fish in the flooded paddies, helps his grandmother make keropok lekor and listens "
                "to ghost stories on the veranda of the wooden house. This semi-autobiographical comic captures a "
                "kampung childhood that is fast being forgotten."
            ),
            "zh_hans": (
                "上世纪八十年代，九岁的阿明在登嘉楼外公的甘榜度过了整个季风季节。"
                "他学会在稻田里抓鱼，帮外婆做鱼饼条，还在高脚木屋的走廊上听鬼故事。"
                "这部半自传体漫画记录了一段正在被遗忘的甘榜童年。"
            ),
            "th": (
                "ในทศวรรษ 1980 อามีนวัยเก้าขวบใช้ช่วงฤดูมรสุมที่หมู่บ้านของคุณตาในรัฐตรังกานู "
                "เขาหัดจับปลาในนาข้าวที่น้ำท่วม ช่วยคุณยายทำข้าวเกรียบปลา และนั่งฟังเรื่องผีบนระเบียงบ้านไม้ "
                "การ์ตูนกึ่งอัตชีวประวัติเรื่องนี้บันทึกวัยเด็กในชนบทที่กำลังถูกลืมเลือน"
            ),
        },
        "original_title": "Musim Hujan di Kampung Batu Lapan",
        "original_language": "ms",
        "year": 2016,
        "holder": "dewan-kreatif",
        "agency": None,
        "subjects": ["childhood", "family", "nature"],
        "creators": [
            {
                "name": {"en": "Hafiz Ramli", "zh_hans": "哈菲兹·兰利"},
                "name_original": "Hafiz Ramli",
                "country": "MY",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding MY, SG, BN",
                "languages": "en, zh-Hans, th, id",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 2,000 per language against a 7% royalty",
                    "zh_hans": "每语种预付金2,000美元，版税7%",
                    "ms": "Pendahuluan USD 2,000 bagi setiap bahasa dengan royalti 7%",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Option fee USD 10,000 for 18 months; author to be consulted on the script",
                    "zh_hans": "优先权费10,000美元（18个月）；剧本需征询作者意见",
                },
            },
        ],
    },
    {
        "slug": "ma-mas-mohinga-stall",
        "kind": "comic",
        "subtype": "webcomic",
        "title": {
            "my": "မမရဲ့ မုန့်ဟင်းခါးဆိုင်",
            "en": "Ma Ma's Mohinga Stall",
            "zh_hans": "玛玛的鱼汤米粉摊",
            "th": "ร้านโมฮิงกาของมะมะ",
        },
        "synopsis": {
            "my": (
                "ရန်ကုန်မြို့လယ်က လမ်းဘေး မုန့်ဟင်းခါးဆိုင်လေးကို မနက်တိုင်း ဧည့်သည်အမျိုးမျိုး ရောက်လာကြတယ်။ "
                "ဆိုင်ရှင် မမနဲ့ သူ့တူမလေး သီတာတို့က ဧည့်သည်တစ်ယောက်ချင်းစီရဲ့ ဘဝဇာတ်လမ်းကို "
                "မုန့်ဟင်းခါးတစ်ပွဲနဲ့အတူ နားထောင်ပေးကြတယ်။ "
                "ဒီကာတွန်းဟာ ရန်ကုန်မြို့ရဲ့ နေ့စဉ်ဘဝကို နွေးထွေးစွာ ပုံဖော်ထားပါတယ်။"
            ),
            "en": (
                "Every morning, all kinds of customers stop at a small roadside mohinga stall in downtown Yangon. "
                "Stall owner Ma Ma and her niece Thida listen to each one's story over a bowl of fish noodle soup. "
                "This webcomic paints everyday Yangon life with great warmth."
            ),
            "zh_hans": (
                "每天清晨，仰光市中心一个路边鱼汤米粉摊都会迎来形形色色的客人。"
                "摊主玛玛和侄女蒂达一边端上热腾腾的鱼汤米粉，一边倾听每位客人的人生故事。"
                "这部网络漫画温暖地描绘了仰光的日常生活。"
            ),
            "th": (
                "ทุกเช้า ลูกค้าหลากหลายแวะมาที่ร้านโมฮิงการิมทางเล็กๆ กลางเมืองย่างกุ้ง "
                "มะมะ เจ้าของร้าน และธีดา หลานสาวของเธอ คอยรับฟังเรื่องราวชีวิตของลูกค้าแต่ละคนพร้อมโมฮิงการ้อนๆ หนึ่งชาม "
                "เว็บคอมิกเรื่องนี้ถ่ายทอดชีวิตประจำวันของย่างกุ้งได้อย่างอบอุ่น"
            ),
        },
        "original_title": "မမရဲ့ မုန့်ဟင်းခါးဆိုင်",
        "original_language": "my",
        "year": 2021,
        "holder": "yangon-pen-house",
        "agency": "silk-road-rights-agency",
        "subjects": ["food", "city-life", "family"],
        "creators": [
            {
                "name": {"en": "Khin Myat Noe", "zh_hans": "钦妙诺"},
                "name_original": "ခင်မြတ်နိုး",
                "country": "MM",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding MM",
                "languages": "en, th, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Flat fee USD 1,500 per language; 3-year licence",
                    "zh_hans": "每语种一次性授权费1,500美元；授权期3年",
                    "my": "ဘာသာစကားတစ်ခုလျှင် အမေရိကန်ဒေါ်လာ ၁,၅၀၀၊ သုံးနှစ် လိုင်စင်",
                },
            },
        ],
    },
    {
        "slug": "silversmiths-daughter",
        "kind": "comic",
        "subtype": "picture_book",
        "title": {
            "km": "កូនស្រីជាងប្រាក់",
            "en": "The Silversmith's Daughter",
            "zh_hans": "银匠的女儿",
            "th": "ลูกสาวช่างเงิน",
        },
        "synopsis": {
            "km": (
                "ស្រីពៅ ជាកូនស្រីរបស់ជាងប្រាក់ម្នាក់នៅភូមិកោះចិន ខេត្តកណ្ដាល។ "
                "នាងចង់ឆ្លាក់ប្រអប់ស្លាប្រាក់ដូចឪពុក ប៉ុន្តែអ្នកភូមិនិយាយថា ការងារនេះមិនមែនសម្រាប់ក្មេងស្រីទេ។ "
                "សៀវភៅរូបភាពនេះនិយាយអំពីភាពក្លាហាន និងការបន្តជំនាញប្រពៃណីពីជំនាន់មួយទៅជំនាន់មួយ។"
            ),
            "en": (
                "Srey Pov is the daughter of a silversmith in Koh Chen, a village in Kandal province. "
                "She longs to engrave silver betel boxes like her father, but the neighbours say it is no work for a girl. "
                "This picture book is about courage, and about handing a traditional craft down from one generation "
                "to the next."
            ),
            "zh_hans": (
                "斯雷波是干丹省戈清村一位银匠的女儿。"
                "她想像父亲一样雕刻槟榔银盒，可村里人说这不是女孩子该做的活儿。"
                "这本图画书讲述了勇气，以及传统手艺如何一代代传承下去。"
            ),
            "th": (
                "ศรีเปาเป็นลูกสาวของช่างเงินในหมู่บ้านเกาะเจิน จังหวัดกันดาล "
                "เธออยากแกะสลักตลับหมากเงินเหมือนพ่อ แต่เพื่อนบ้านต่างพูดว่างานนี้ไม่ใช่งานของเด็กผู้หญิง "
                "หนังสือภาพเล่มนี้เล่าถึงความกล้าหาญและการสืบทอดงานช่างดั้งเดิมจากรุ่นสู่รุ่น"
            ),
        },
        "original_title": "កូនស្រីជាងប្រាក់",
        "original_language": "km",
        "year": 2018,
        "holder": "angkor-silver-guild",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "childhood", "heritage"],
        "creators": [
            {
                "name": {"en": "Sok Chanthy", "zh_hans": "索·占蒂"},
                "name_original": "សុខ ចន្ធី",
                "country": "KH",
                "role": "author",
            },
            {
                "name": {"en": "Mao Sopheap", "zh_hans": "毛·索皮"},
                "name_original": "ម៉ៅ សុភាព",
                "country": "KH",
                "role": "illustrator",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding KH",
                "languages": "en, zh-Hans, th, vi",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 1,800 per language for up to 3,000 copies; 5-year licence",
                    "zh_hans": "每语种一次性授权费1,800美元，印数不超过3,000册；授权期5年",
                    "km": "ថ្លៃអាជ្ញាប័ណ្ណ ១៨០០ ដុល្លារអាមេរិកក្នុងមួយភាសា សម្រាប់ការបោះពុម្ពមិនលើសពី ៣០០០ ក្បាល",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "6% royalty on wholesale; part of proceeds supports the Koh Chen apprentice fund",
                    "zh_hans": "按批发价收取6%版税；部分收益用于戈清村学徒基金",
                },
            },
        ],
    },
    {
        "slug": "noys-first-sinh",
        "kind": "comic",
        "subtype": "picture_book",
        "title": {
            "lo": "ສິ້ນຜືນທຳອິດຂອງນ້ອຍ",
            "en": "Noy's First Sinh",
            "zh_hans": "小诺的第一条筒裙",
            "th": "ผ้าซิ่นผืนแรกของน้อย",
        },
        "synopsis": {
            "lo": (
                "ນ້ອຍ ອາຍຸສິບປີ ຢາກນຸ່ງສິ້ນທີ່ຕົນເອງຕ່ຳໄປງານບຸນທາດຫຼວງ. "
                "ແມ່ຕູ້ສອນນາງທຸກຂັ້ນຕອນ ຕັ້ງແຕ່ການລ້ຽງໄໝ, ການຍ້ອມສີທຳມະຊາດ ຈົນເຖິງການຕ່ຳລາຍນາກ. "
                "ປຶ້ມພາບເລື່ອງນີ້ເລົ່າເຖິງຄວາມອົດທົນ ແລະ ຄວາມພາກພູມໃຈໃນມໍລະດົກຂອງຄອບຄົວ."
            ),
            "en": (
                "Ten-year-old Noy wants to wear a sinh she has woven herself to the That Luang festival. "
                "Her grandmother teaches her every step, from raising silkworms and dyeing with plants to weaving "
                "the naga pattern. A picture book about patience and pride in a family's heritage."
            ),
            "zh_hans": (
                "十岁的小诺想穿着自己织的筒裙去参加塔銮节。"
                "外婆从养蚕、植物染色一直教到织出那伽纹样。"
                "这本图画书讲述了耐心，以及对家族传统的自豪。"
            ),
            "th": (
                "น้อยวัยสิบขวบอยากนุ่งผ้าซิ่นที่ทอเองไปงานบุญพระธาตุหลวง "
                "คุณยายสอนเธอทุกขั้นตอน ตั้งแต่การเลี้ยงไหม การย้อมสีธรรมชาติ ไปจนถึงการทอลายนาค "
                "หนังสือภาพเล่มนี้เล่าถึงความอดทนและความภาคภูมิใจในมรดกของครอบครัว"
            ),
        },
        "original_title": "ສິ້ນຜືນທຳອິດຂອງນ້ອຍ",
        "original_language": "lo",
        "year": 2019,
        "holder": "lao-heritage-weavers",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "childhood", "heritage", "family"],
        "creators": [
            {
                "name": {"en": "Manivone Phommachanh", "zh_hans": "玛尼冯·蓬玛占"},
                "name_original": "ມະນີວອນ ພົມມະຈັນ",
                "country": "LA",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding LA",
                "languages": "en, zh-Hans, th, vi",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Flat fee USD 1,500 per language; co-editions with the original art files welcome",
                    "zh_hans": "每语种一次性授权费1,500美元；欢迎使用原版图像文件合作出版",
                    "lo": "ຄ່າລິຂະສິດ 1.500 ໂດລາສະຫະລັດຕໍ່ພາສາ",
                },
            },
            {
                "right_type": "translation",
                "territories": "ASEAN excluding LA",
                "languages": "km, my",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Reduced fee USD 800 per language for non-profit school editions",
                    "zh_hans": "非营利校园版每语种优惠授权费800美元",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "butterfly-mother-animated-shorts",
        "kind": "comic",
        "subtype": "animation",
        "title": {
            "zh_hans": "蝴蝶妈妈",
            "en": "Butterfly Mother",
            "th": "แม่ผีเสื้อ",
            "vi": "Mẹ Bướm",
            "my": "လိပ်ပြာမိခင်",
        },
        "synopsis": {
            "zh_hans": (
                "在苗族古歌里，蝴蝶妈妈从枫树心里诞生，生下了人类和万物。"
                "这组十二集动画短片以苗绣纹样为造型灵感，让绣片上的鸟、鱼、龙和蝴蝶一一活过来，讲述苗族的创世神话。"
                "每集七分钟，由贵州民间艺术博物馆与苗族绣娘共同创作。"
            ),
            "en": (
                "In the ancient songs of the Miao, Butterfly Mother is born from the heart of a maple tree and gives "
                "birth to people and all living things. These twelve animated shorts take their look from Miao "
                "embroidery, bringing the birds, fish, dragons and butterflies of the embroidered panels to life to "
                "tell the Miao creation myth. Each seven-minute episode was made by the Guizhou Folk Art Museum "
                "together with Miao embroiderers."
            ),
            "th": (
                "ในเพลงโบราณของชาวเหมียว แม่ผีเสื้อถือกำเนิดจากแก่นของต้นเมเปิล และให้กำเนิดมนุษย์กับสรรพสิ่ง "
                "แอนิเมชันขนาดสั้นสิบสองตอนชุดนี้ได้แรงบันดาลใจจากลายปักของชาวเหมียว "
                "ทำให้นก ปลา มังกร และผีเสื้อบนผืนผ้าปักมีชีวิตขึ้นมาเล่าตำนานการสร้างโลก "
                "แต่ละตอนยาวเจ็ดนาที สร้างโดยพิพิธภัณฑ์ศิลปะพื้นบ้านกุ้ยโจวร่วมกับช่างปักชาวเหมียว"
            ),
            "vi": (
                "Trong những bài ca cổ của người Miêu, Mẹ Bướm sinh ra từ lõi cây phong rồi sinh ra loài người cùng muôn loài. "
                "Loạt mười hai phim hoạt hình ngắn này lấy cảm hứng tạo hình từ hoa văn thêu của người Miêu, làm cho chim, "
                "cá, rồng và bướm trên những tấm thêu sống dậy để kể lại thần thoại sáng thế. "
                "Mỗi tập dài bảy phút, do Bảo tàng Nghệ thuật Dân gian Quý Châu thực hiện cùng các nghệ nhân thêu người Miêu."
            ),
            "my": (
                "မြောင်လူမျိုးတို့၏ ရှေးဟောင်းသီချင်းများတွင် လိပ်ပြာမိခင်သည် မေပယ်ပင်၏ အနှစ်မှ မွေးဖွားလာပြီး "
                "လူသားများနှင့် သက်ရှိအားလုံးကို မွေးဖွားပေးခဲ့သည်။ "
                "ဤကာတွန်းရုပ်ရှင်တို ဆယ့်နှစ်ကားသည် မြောင်ပန်းထိုးလက်ရာများမှ ပုံစံကို ယူထားပြီး "
                "ပန်းထိုးထည်ပေါ်ရှိ ငှက်၊ ငါး၊ နဂါးနှင့် လိပ်ပြာများကို အသက်ဝင်စေကာ ကမ္ဘာဦးဒဏ္ဍာရီကို ပြောပြသည်။ "
                "အပိုင်းတစ်ပိုင်းလျှင် ခုနစ်မိနစ် ကြာသည်။"
            ),
        },
        "original_title": "蝴蝶妈妈",
        "original_language": "zh-Hans",
        "year": 2022,
        "holder": "guizhou-folk-art-museum",
        "agency": None,
        "subjects": ["mythology", "textiles", "heritage"],
        "creators": [
            {
                "name": {"en": "Yang Xiumei", "zh_hans": "杨秀梅"},
                "name_original": "杨秀梅",
                "country": "CN",
                "role": "director",
            },
            {
                "name": {"en": "Long Chunhua", "zh_hans": "龙春花"},
                "name_original": "龙春花",
                "country": "CN",
                "role": "artisan",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN",
                "languages": "th, vi, km, lo, my",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 1,200 for the full set of 12 shorts per territory; educational channels at half price",
                    "zh_hans": "每地区全套12集1,200美元；教育频道半价",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Museum and gallery screens: USD 600 per venue per year",
                    "zh_hans": "博物馆及展馆屏幕播放：每场馆每年600美元",
                    "th": "การฉายในพิพิธภัณฑ์และหอศิลป์ ปีละ 600 ดอลลาร์สหรัฐต่อสถานที่",
                },
            },
        ],
    },
    {
        "slug": "porcelain-apprentice",
        "kind": "comic",
        "subtype": "manhua",
        "title": {
            "zh_hans": "瓷都小学徒",
            "en": "The Porcelain Apprentice",
            "vi": "Cậu học việc ở kinh đô đồ sứ",
            "km": "កូនសិស្សជាងស្មូននៅជីងដឺចិន",
            "ms": "Perantis Kota Porselin",
        },
        "synopsis": {
            "zh_hans": (
                "明朝万历年间，十二岁的孤儿小满被送进景德镇御窑厂当学徒。"
                "他从揉泥、拉坯学起，却意外卷入一桩御用瓷器失窃案。"
                "景德镇陶瓷工作室的老师傅参与了考证，书中七十二道制瓷工序都有据可查。"
            ),
            "en": (
                "In the Wanli reign of the Ming dynasty, twelve-year-old orphan Xiaoman is sent to the imperial kilns "
                "at Jingdezhen as an apprentice. While learning to wedge clay and throw pots, he is drawn into the theft "
                "of a batch of imperial porcelain. Master potters from the Jingdezhen Ceramics Studio checked every "
                "detail, so all seventy-two steps of porcelain-making are shown accurately."
            ),
            "vi": (
                "Dưới triều Vạn Lịch nhà Minh, cậu bé mồ côi mười hai tuổi Tiểu Mãn được gửi vào ngự diêu Cảnh Đức Trấn "
                "làm học việc. Đang học nhào đất, vuốt gốm thì cậu vô tình bị cuốn vào một vụ trộm đồ sứ ngự dụng. "
                "Các nghệ nhân lão luyện của Xưởng gốm Cảnh Đức Trấn đã tham gia khảo cứu, nên bảy mươi hai công đoạn "
                "làm sứ đều được thể hiện chính xác."
            ),
            "km": (
                "នៅរជ្ជកាលវ៉ាន់លីនៃរាជវង្សមីង ក្មេងកំព្រាអាយុដប់ពីរឆ្នាំឈ្មោះ ស៊ាវម៉ាន "
                "ត្រូវបានបញ្ជូនទៅរៀនធ្វើការនៅឡដុតរបស់រាជវាំងក្នុងទីក្រុងជីងដឺចិន។ "
                "ខណៈកំពុងរៀនច្របាច់ដី និងបង្វិលកង់ធ្វើចាន ក្មេងប្រុសរូបនេះបែរជាជាប់ពាក់ព័ន្ធក្នុងរឿងលួចចានគោមរបស់រាជវាំង។ "
                "ជាងស្មូនជំនាញនៃស្ទូឌីយោគ្រឿងស្មូនជីងដឺចិនបានជួយពិនិត្យរាល់ព័ត៌មានលម្អិត។"
            ),
            "ms": (
                "Pada zaman pemerintahan Wanli dinasti Ming, Xiaoman, anak yatim piatu berusia dua belas tahun, dihantar "
                "ke tanur diraja Jingdezhen sebagai perantis. Sambil belajar menguli tanah liat dan membentuk tembikar "
                "di atas roda, dia terjebak dalam kes kecurian porselin diraja. Tukang-tukang mahir dari Studio Seramik "
                "Jingdezhen menyemak setiap butiran, jadi kesemua tujuh puluh dua langkah pembuatan porselin "
                "digambarkan dengan tepat."
            ),
        },
        "original_title": "瓷都小学徒",
        "original_language": "zh-Hans",
        "year": 2023,
        "holder": "jingdezhen-ceramics-studio",
        "agency": "silk-road-rights-agency",
        "subjects": ["history", "craft", "adventure"],
        "creators": [
            {
                "name": {"en": "Xu Qing", "zh_hans": "许青"},
                "name_original": "许青",
                "country": "CN",
                "role": "author",
            },
            {
                "name": {"en": "Cheng Yan", "zh_hans": "程砚"},
                "name_original": "程砚",
                "country": "CN",
                "role": "illustrator",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "th, vi, id, ms, en",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance from USD 5,000 per language against an 8% royalty; 5-year licence",
                    "zh_hans": "每语种预付金5,000美元起，版税8%；授权期5年",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Option fee USD 20,000 for 18 months; studio to act as craft consultant",
                    "zh_hans": "优先权费20,000美元（18个月）；工作室担任工艺顾问",
                },
            },
        ],
    },
    {
        "slug": "changan-food-diary",
        "kind": "comic",
        "subtype": "manhua",
        "title": {
            "zh_hans": "长安食记",
            "en": "Chang'an Food Diary",
            "th": "บันทึกอาหารเมืองฉางอาน",
            "vi": "Trường An thực ký",
            "my": "ချန်အန်း အစားအသောက် မှတ်တမ်း",
        },
        "synopsis": {
            "zh_hans": (
                "唐朝开元年间，来自岭南的年轻厨娘苏十一在长安西市开了一家小食铺。"
                "胡饼、馎饦、樱桃毕罗……每一道菜背后都有一个来自丝绸之路的故事。"
                "这部美食漫画考据严谨、画风清新，深受年轻读者喜爱。"
            ),
            "en": (
                "In the Kaiyuan years of the Tang dynasty, Su Shiyi, a young cook from the far south, opens a small "
                "eatery in the West Market of Chang'an. Sesame flatbreads, hand-torn noodles, cherry pastries: every "
                "dish carries a story from the Silk Road. Carefully researched and fresh in style, this food manhua "
                "is a favourite with young readers."
            ),
            "th": (
                "ในรัชศกไคหยวนแห่งราชวงศ์ถัง ซูสือยี แม่ครัวสาวจากแดนใต้ เปิดร้านอาหารเล็กๆ ในตลาดตะวันตกของนครฉางอาน "
                "แผ่นแป้งงา บะหมี่ฉีกมือ ขนมไส้เชอร์รี ทุกจานล้วนมีเรื่องเล่าจากเส้นทางสายไหม "
                "การ์ตูนอาหารเรื่องนี้ค้นคว้าอย่างละเอียดและมีลายเส้นสดใส จึงเป็นที่รักของผู้อ่านรุ่นใหม่"
            ),
            "vi": (
                "Những năm Khai Nguyên đời Đường, cô đầu bếp trẻ Tô Thập Nhất từ Lĩnh Nam mở một quán ăn nhỏ ở Tây Thị "
                "thành Trường An. Bánh hồ, mì bác thác, bánh anh đào tất la… mỗi món ăn đều mang một câu chuyện từ "
                "Con đường Tơ lụa. Bộ manhua ẩm thực được khảo cứu kỹ lưỡng, nét vẽ tươi sáng này rất được bạn đọc trẻ yêu thích."
            ),
            "my": (
                "တန်မင်းဆက် ခိုင်ယွမ်ခေတ်တွင် တောင်ပိုင်းဒေသမှ စားဖိုမှူးမလေး ဆူရှီယီသည် "
                "ချန်အန်းမြို့ အနောက်ဈေးတွင် စားသောက်ဆိုင်လေးတစ်ဆိုင် ဖွင့်သည်။ "
                "နှမ်းပေါင်မုန့်၊ လက်ဆွဲခေါက်ဆွဲ၊ ချယ်ရီမုန့် စသည့် ဟင်းလျာတိုင်းတွင် ပိုးလမ်းမကြီးမှ ဇာတ်လမ်းတစ်ပုဒ်စီ ရှိသည်။ "
                "သေချာစွာ သုတေသနပြုထားပြီး လတ်ဆတ်သော ရေးဟန်ရှိသည့် ဤကာတွန်းကို လူငယ်စာဖတ်သူများ အလွန်နှစ်သက်ကြသည်။"
            ),
        },
        "original_title": "长安食记",
        "original_language": "zh-Hans",
        "year": 2018,
        "holder": "mountain-sea-comics",
        "agency": "silk-road-rights-agency",
        "subjects": ["food", "history"],
        "creators": [
            {
                "name": {"en": "Ye Zhen", "zh_hans": "叶蓁"},
                "name_original": "叶蓁",
                "country": "CN",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "World excluding CN, TW",
                "languages": "th, vi, id, ms, en",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 4,000 per language against an 8% royalty",
                    "zh_hans": "每语种预付金4,000美元，版税8%",
                    "vi": "Tiền ứng trước 4.000 USD mỗi ngôn ngữ, tiền bản quyền 8%",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Option fee USD 25,000 for 18 months; series adaptations preferred",
                    "zh_hans": "优先权费25,000美元（18个月）；优先考虑剧集改编",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 6,000; 10% royalty; recipe-book tie-ins welcome",
                    "zh_hans": "保底金6,000美元；版税10%；欢迎推出联名食谱书",
                },
            },
        ],
    },
    {
        # Deliberately without English: the site shows its "not available in English" note.
        "slug": "naga-legends-of-the-mekong",
        "kind": "comic",
        "subtype": "manga",
        "title": {
            "th": "ตำนานพญานาคสองฝั่งโขง",
            "zh_hans": "湄公河两岸的那伽传说",
            "lo": "ຕຳນານພະຍານາກສອງຝັ່ງຂອງ",
            "km": "រឿងព្រេងនាគរាជនៃទន្លេមេគង្គ",
            "my": "မဲခေါင်မြစ် နှစ်ဖက်ကမ်းမှ နဂါးဒဏ္ဍာရီ",
        },
        "synopsis": {
            "th": (
                "ทุกปีในคืนออกพรรษา ลูกไฟปริศนาจะลอยขึ้นจากลำน้ำโขง "
                "แพรว เด็กสาวชาวหนองคาย เชื่อว่ามันคือบั้งไฟพญานาค และออกเดินทางข้ามฝั่งไปยังลาวเพื่อตามหาความจริง "
                "การ์ตูนแฟนตาซีผจญภัยเรื่องนี้ร้อยเรียงตำนานนาคของไทยและลาวเข้าด้วยกัน"
            ),
            "zh_hans": (
                "每年出夏节之夜，湄公河面上都会升起神秘的火球。"
                "廊开少女帕瑞相信那是那伽火球，于是渡河前往老挝寻找真相。"
                "这部奇幻冒险漫画把泰国与老挝两岸的那伽传说编织在了一起。"
            ),
            "lo": (
                "ທຸກປີໃນຄືນອອກພັນສາ ລູກໄຟປິດສະໜາຈະລອຍຂຶ້ນຈາກແມ່ນ້ຳຂອງ. "
                "ແພວ ສາວນ້ອຍຈາກໜອງຄາຍ ເຊື່ອວ່າມັນແມ່ນບັ້ງໄຟພະຍານາກ ແລະ ອອກເດີນທາງຂ້າມຝັ່ງມາລາວ ເພື່ອຊອກຫາຄວາມຈິງ. "
                "ກາຕູນແນວແຟນຕາຊີຜະຈົນໄພເລື່ອງນີ້ ຖັກທໍຕຳນານພະຍານາກຂອງໄທ ແລະ ລາວເຂົ້າກັນ."
            ),
            "km": (
                "រៀងរាល់ឆ្នាំ នៅយប់ចេញព្រះវស្សា មានគ្រាប់ភ្លើងអាថ៌កំបាំងអណ្ដែតឡើងពីទន្លេមេគង្គ។ "
                "ប្រែវ ក្មេងស្រីមកពីខេត្តណុងខៃ ជឿថាវាជាគ្រាប់ភ្លើងរបស់នាគរាជ "
                "ហើយនាងបានធ្វើដំណើរឆ្លងទន្លេទៅប្រទេសឡាវ ដើម្បីស្វែងរកការពិត។ "
                "រឿងគំនូរផ្សងព្រេងបែបអាថ៌កំបាំងនេះ ផ្សារភ្ជាប់រឿងព្រេងនាគរបស់ថៃ និងឡាវចូលគ្នា។"
            ),
            "my": (
                "နှစ်စဉ် သီတင်းကျွတ်ညတွင် မဲခေါင်မြစ်ထဲမှ ထူးဆန်းသော မီးလုံးများ ပေါ်ထွက်လာသည်။ "
                "နောင်ခိုင်မြို့မှ မိန်းကလေး ပရဲဝ်က ၎င်းတို့သည် နဂါးမီးလုံးများ ဖြစ်သည်ဟု ယုံကြည်ပြီး "
                "အမှန်တရားကို ရှာဖွေရန် မြစ်ကိုဖြတ်ကာ လာအိုနိုင်ငံသို့ ခရီးထွက်သည်။ "
                "ဤစွန့်စားခန်း ကာတွန်းသည် ထိုင်းနှင့် လာအို နှစ်နိုင်ငံ၏ နဂါးဒဏ္ဍာရီများကို ပေါင်းစပ်ထားသည်။"
            ),
        },
        "original_title": "ตำนานพญานาคสองฝั่งโขง",
        "original_language": "th",
        "year": 2024,
        "holder": "nanmee-books",
        "agency": None,
        "subjects": ["mythology", "adventure", "fantasy"],
        "creators": [
            {
                "name": {"en": "Anucha Boonmee", "zh_hans": "阿努查·汶米", "th": "อนุชา บุญมี"},
                "name_original": "อนุชา บุญมี",
                "country": "TH",
                "role": "author",
            },
        ],
        "offers": [
            {
                "right_type": "translation",
                "territories": "ASEAN excluding TH",
                "languages": "lo, km, my, vi",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 1,500 per language against a 7% royalty",
                    "zh_hans": "每语种预付金1,500美元，版税7%",
                    "th": "เงินล่วงหน้า 1,500 ดอลลาร์สหรัฐต่อภาษา ค่าลิขสิทธิ์ 7%",
                },
            },
            {
                "right_type": "translation",
                "territories": "Greater China",
                "languages": "zh-Hans, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Advance USD 3,000 per script edition against an 8% royalty",
                    "zh_hans": "简体、繁体版各预付金3,000美元，版税8%",
                    "th": "เงินล่วงหน้า 3,000 ดอลลาร์สหรัฐต่อฉบับอักษร ค่าลิขสิทธิ์ 8%",
                },
            },
        ],
    },
]
