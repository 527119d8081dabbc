"""Demo film and TV: documentaries, feature films, drama series and animated features.

Plain data only; see marketplace/demo/data/__init__.py for the schema. ISANs are format examples only.
"""

WORKS = [
    {
        "slug": "hmong-embroidery-one-needle",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "th": "ผ้าปักม้ง: เข็มเดียวเล่าชีวิต",
            "en": "One Needle, a Whole Life: Hmong Embroidery",
            "zh_hans": "一针一世界：泰北赫蒙族刺绣",
            "lo": "ເຂັມດຽວເລົ່າຊີວິດ: ຜ້າປັກມົ້ງ",
            "vi": "Một cây kim, cả một đời: Nghề thêu của người H'Mông",
        },
        "synopsis": {
            "th": (
                "ในหมู่บ้านบนดอยแห่งหนึ่งของจังหวัดน่าน หญิงชาวม้งสามรุ่นนั่งปักผ้าด้วยกันทุกเย็นหลังกลับจากไร่ "
                "ผ้าปักม้งแต่ละผืนบันทึกเรื่องราวการอพยพ ความเชื่อ และความรัก ที่ไม่เคยมีใครเขียนไว้เป็นตัวอักษร "
                "สารคดีความยาว 52 นาทีเรื่องนี้ติดตามครอบครัวหนึ่งตลอดปีแห่งการเตรียมชุดสำหรับปีใหม่ม้ง"
            ),
            "en": (
                "In a hill village in Nan province, three generations of Hmong women sit down to embroider together "
                "every evening after coming back from the fields. Each piece of needlework records migrations, beliefs "
                "and loves that were never written down. This 52-minute documentary follows one family through a year "
                "of preparing clothes for Hmong New Year."
            ),
            "zh_hans": (
                "在泰国难府的山村里，三代赫蒙族女性每天从田里回来后便围坐在一起刺绣。"
                "每一块绣片都记录着迁徙、信仰与爱情——这些从未被文字写下的故事。"
                "这部52分钟的纪录片跟随一个家庭，用一整年时间为赫蒙新年准备盛装。"
            ),
            "lo": (
                "ຢູ່ບ້ານເທິງພູແຫ່ງໜຶ່ງໃນແຂວງນ່ານ ປະເທດໄທ, ແມ່ຍິງມົ້ງສາມລຸ້ນນັ່ງປັກຜ້ານຳກັນທຸກແລງ ຫຼັງຈາກກັບມາຈາກໄຮ່. "
                "ຜ້າປັກແຕ່ລະຜືນບັນທຶກເລື່ອງການອົບພະຍົບ, ຄວາມເຊື່ອ ແລະ ຄວາມຮັກ ທີ່ບໍ່ເຄີຍຖືກຂຽນໄວ້ເປັນຕົວໜັງສື. "
                "ສາລະຄະດີຄວາມຍາວ 52 ນາທີເລື່ອງນີ້ ຕິດຕາມຄອບຄົວໜຶ່ງກະກຽມຊຸດສຳລັບບຸນປີໃໝ່ມົ້ງຕະຫຼອດໜຶ່ງປີ."
            ),
            "vi": (
                "Tại một bản làng trên núi ở tỉnh Nan, Thái Lan, ba thế hệ phụ nữ H'Mông ngồi thêu cùng nhau mỗi tối "
                "sau khi đi nương về. Mỗi tấm thêu ghi lại những cuộc thiên di, tín ngưỡng và tình yêu chưa từng được "
                "viết thành chữ. Bộ phim tài liệu dài 52 phút này theo chân một gia đình suốt một năm chuẩn bị trang phục "
                "cho Tết của người H'Mông."
            ),
        },
        "original_title": "ผ้าปักม้ง: เข็มเดียวเล่าชีวิต",
        "original_language": "th",
        "year": 2020,
        "isan": "0000-0001-8947-0000-8-0000-0000-D",
        "holder": "thai-pbs-docs",
        "agency": None,
        "subjects": ["textiles", "heritage", "family"],
        "creators": [
            {
                "name": {"en": "Supaporn Kaewdee", "zh_hans": "素帕蓬·乔迪", "th": "สุภาภรณ์ แก้วดี"},
                "name_original": "สุภาภรณ์ แก้วดี",
                "country": "TH",
                "role": "director",
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
                    "en": "USD 1,500 per territory for 3 runs over 3 years",
                    "zh_hans": "每地区1,500美元，3年内播出3次",
                    "th": "ประเทศละ 1,500 ดอลลาร์สหรัฐ ออกอากาศได้ 3 ครั้งภายใน 3 ปี",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Licence fee from USD 4,000 per platform; English subtitles supplied",
                    "zh_hans": "每平台授权费4,000美元起；提供英文字幕",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China",
                "languages": "zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 6,000 for the region; traditional-Chinese subtitles by licensee",
                    "zh_hans": "全区域6,000美元；繁体中文字幕由被许可方制作",
                },
            },
        ],
    },
    {
        "slug": "fishers-of-the-mekong",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "th": "คนหาปลาแห่งแม่น้ำโขง",
            "en": "Fishers of the Mekong",
            "zh_hans": "湄公河上的渔人",
            "lo": "ຄົນຫາປາແມ່ນ້ຳຂອງ",
            "km": "អ្នកនេសាទទន្លេមេគង្គ",
            "vi": "Những người đánh cá trên sông Mê Kông",
        },
        "synopsis": {
            "th": (
                "จากเชียงของถึงโตนเลสาบ สารคดีเรื่องนี้ติดตามครอบครัวชาวประมงพื้นบ้านสี่ครอบครัวในสามประเทศ "
                "ขณะที่เขื่อนและสภาพอากาศที่เปลี่ยนไปทำให้ปลาในแม่น้ำโขงลดลงทุกปี "
                "ภาพใต้น้ำและเสียงของผู้คนริมฝั่งเล่าถึงวิถีชีวิตที่ผูกพันกับสายน้ำมาหลายร้อยปี"
            ),
            "en": (
                "From Chiang Khong to the Tonle Sap, this documentary follows four fishing families in three countries "
                "as dams and a changing climate shrink the Mekong's catch year after year. Underwater footage and the "
                "voices of riverbank communities describe a way of life bound to the river for centuries."
            ),
            "zh_hans": (
                "从泰国清孔到柬埔寨洞里萨湖，这部纪录片跟随三个国家的四个渔民家庭。"
                "水坝和气候变化让湄公河的渔获一年比一年少。"
                "水下影像与河岸居民的讲述，呈现出一种与大河相依数百年的生活方式。"
            ),
            "lo": (
                "ຈາກຊຽງຂອງຮອດທະເລສາບ, ສາລະຄະດີເລື່ອງນີ້ຕິດຕາມຄອບຄົວຊາວປະມົງສີ່ຄອບຄົວໃນສາມປະເທດ "
                "ໃນຂະນະທີ່ເຂື່ອນ ແລະ ສະພາບອາກາດທີ່ປ່ຽນແປງ ເຮັດໃຫ້ປາໃນແມ່ນ້ຳຂອງຫຼຸດລົງທຸກປີ. "
                "ພາບໃຕ້ນ້ຳ ແລະ ສຽງຂອງຜູ້ຄົນລຽບຝັ່ງ ເລົ່າເຖິງວິຖີຊີວິດທີ່ຜູກພັນກັບສາຍນ້ຳມາຫຼາຍຮ້ອຍປີ."
            ),
            "km": (
                "ចាប់ពីឈៀងខុងរហូតដល់បឹងទន្លេសាប ភាពយន្តឯកសារនេះតាមដានគ្រួសារអ្នកនេសាទចំនួនបួនក្នុងប្រទេសបី "
                "ខណៈដែលទំនប់វារីអគ្គិសនី និងអាកាសធាតុដែលប្រែប្រួល ធ្វើឱ្យត្រីក្នុងទន្លេមេគង្គថយចុះពីមួយឆ្នាំទៅមួយឆ្នាំ។ "
                "រូបភាពក្រោមទឹក និងសំឡេងរបស់អ្នកភូមិតាមមាត់ទន្លេ រៀបរាប់ពីរបៀបរស់នៅដែលជាប់ទាក់ទងនឹងទន្លេអស់ជាច្រើនសតវត្សមកហើយ។"
            ),
            "vi": (
                "Từ Chiang Khong đến Biển Hồ Tonle Sap, bộ phim tài liệu theo chân bốn gia đình ngư dân ở ba quốc gia "
                "trong lúc các con đập và khí hậu biến đổi khiến sản lượng cá trên sông Mê Kông giảm dần qua từng năm. "
                "Những thước phim dưới nước và tiếng nói của cư dân ven sông kể về một lối sống gắn bó với dòng sông "
                "suốt hàng trăm năm."
            ),
        },
        "original_title": "คนหาปลาแห่งแม่น้ำโขง",
        "original_language": "th",
        "year": 2018,
        "isan": "0000-0002-3C71-0000-F-0000-0000-7",
        "holder": "thai-pbs-docs",
        "agency": "silk-road-rights-agency",
        "subjects": ["nature", "food", "family"],
        "creators": [
            {
                "name": {"en": "Thanawat Inthong", "zh_hans": "塔纳瓦·因通", "th": "ธนวัฒน์ อินทอง"},
                "name_original": "ธนวัฒน์ อินทอง",
                "country": "TH",
                "role": "director",
            },
            {
                "name": {"en": "Nattaya Chaiwong", "zh_hans": "娜塔雅·猜旺", "th": "ณัฐยา ชัยวงศ์"},
                "name_original": "ณัฐยา ชัยวงศ์",
                "country": "TH",
                "role": "producer",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN",
                "languages": "th, vi, km, lo, my",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "USD 2,500 per territory; unlimited runs over 5 years",
                    "zh_hans": "每地区2,500美元；5年内不限播出次数",
                    "km": "២៥០០ ដុល្លារអាមេរិកក្នុងមួយប្រទេស ចាក់ផ្សាយមិនកំណត់ចំនួនក្នុងរយៈពេល ៥ ឆ្នាំ",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 8,000 per territory; 3-year window",
                    "zh_hans": "每地区授权费8,000美元起；授权期3年",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China",
                "languages": "zh-Hant, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 5,000 for the region; Chinese subtitles available",
                    "zh_hans": "全区域5,000美元；可提供中文字幕",
                },
            },
        ],
    },
    {
        "slug": "surin-silk-mulberry-to-loom",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "th": "ไหมสุรินทร์ จากใบหม่อนถึงกี่ทอ",
            "en": "Surin Silk: From Mulberry Leaf to Loom",
            "zh_hans": "素林丝绸：从桑叶到织机",
            "km": "សូត្រសុរិន្ទ៖ ពីស្លឹកមនដល់កីត្បាញ",
        },
        "synopsis": {
            "th": (
                "ที่จังหวัดสุรินทร์ ช่างทอผ้าเชื้อสายเขมรยังคงทอผ้าไหมลายโบราณอย่างผ้าโฮลและผ้าอัมปรม "
                "สารคดีเรื่องนี้บันทึกทุกขั้นตอน ตั้งแต่การเลี้ยงไหม สาวไหม มัดหมี่ ย้อมสีจากเปลือกไม้ จนถึงการทอบนกี่พื้นบ้าน "
                "และพาผู้ชมไปพบคนรุ่นใหม่ที่กลับบ้านมาสืบสานงานของแม่"
            ),
            "en": (
                "In Surin province, weavers of Khmer descent still make silks in old patterns such as hol and amprom. "
                "This documentary records every stage, from raising silkworms, reeling and tying the ikat to dyeing "
                "with bark and weaving on village looms, and meets young people who have come home to carry on their "
                "mothers' work."
            ),
            "zh_hans": (
                "在泰国素林府，高棉族裔的织工仍在织造“霍尔”“安蓬”等古老纹样的丝绸。"
                "这部纪录片记录了从养蚕、缫丝、扎经、树皮染色到在传统织机上织造的每一道工序，"
                "并走近回到家乡继承母亲手艺的年轻一代。"
            ),
            "km": (
                "នៅខេត្តសុរិន្ទ ប្រទេសថៃ អ្នកត្បាញដែលមានដើមកំណើតខ្មែរនៅតែត្បាញសូត្រតាមក្បាច់បុរាណ ដូចជាសំពត់ហូល និងសំពត់អំព្រំ។ "
                "ភាពយន្តឯកសារនេះកត់ត្រារាល់ដំណាក់កាល ចាប់ពីការចិញ្ចឹមនាងនាង ការទាញសរសៃសូត្រ ការចងក្បាច់ "
                "ការជ្រលក់ពណ៌ពីសំបកឈើ រហូតដល់ការត្បាញនៅលើកីប្រពៃណី "
                "ហើយណែនាំយុវជនដែលត្រឡប់មកស្រុកកំណើតវិញ ដើម្បីបន្តការងាររបស់ម្ដាយ។"
            ),
        },
        "original_title": "ไหมสุรินทร์ จากใบหม่อนถึงกี่ทอ",
        "original_language": "th",
        "year": 2022,
        "isan": "0000-0004-12AB-0000-2-0000-0000-Q",
        "holder": "thai-pbs-docs",
        "agency": None,
        "subjects": ["textiles", "craft", "heritage"],
        "creators": [
            {
                "name": {"en": "Sirinya Chanpen", "zh_hans": "西琳雅·詹彭", "th": "ศิรินญา จันทร์เพ็ญ"},
                "name_original": "ศิรินญา จันทร์เพ็ญ",
                "country": "TH",
                "role": "director",
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
                    "en": "USD 1,200 per territory; 48- and 26-minute versions available",
                    "zh_hans": "每地区1,200美元；提供48分钟和26分钟两个版本",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 3,000 per platform; 3-year window",
                    "zh_hans": "每平台授权费3,000美元起；授权期3年",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en, th",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Museums and textile exhibitions: USD 500 per venue per year",
                    "zh_hans": "博物馆及纺织品展览：每场馆每年500美元",
                    "th": "พิพิธภัณฑ์และนิทรรศการผ้า ปีละ 500 ดอลลาร์สหรัฐต่อสถานที่",
                },
            },
        ],
    },
    {
        # Deliberately without English: the site shows its "not available in English" note.
        "slug": "mekong-kitchens",
        "kind": "film_tv",
        "subtype": "series",
        "title": {
            "th": "ครัวริมโขง",
            "zh_hans": "湄公河畔的厨房",
            "lo": "ເຮືອນຄົວແຄມຂອງ",
            "vi": "Gian bếp bên dòng Mê Kông",
            "my": "မဲခေါင်မြစ်ကမ်းမှ မီးဖိုချောင်များ",
        },
        "synopsis": {
            "th": (
                "สารคดีชุดแปดตอนที่พาผู้ชมล่องไปตามแม่น้ำโขง ตั้งแต่ยูนนานจนถึงปากแม่น้ำในเวียดนาม "
                "แต่ละตอนเข้าไปในครัวของครอบครัวหนึ่ง เพื่อเรียนรู้อาหารประจำถิ่น เช่น ปลาแดกของลาว ปลาฮอกของกัมพูชา "
                "และก๋วยเตี๋ยวของชาวสามเหลี่ยมปากแม่น้ำ พร้อมฟังเรื่องเล่าของผู้คนที่หากินจากสายน้ำเดียวกัน"
            ),
            "zh_hans": (
                "这部八集纪录片系列沿湄公河而下，从云南一直走到越南的入海口。"
                "每一集走进一户人家的厨房，学习老挝鱼酱、柬埔寨发酵鱼酱和湄公河三角洲粿条等地方美食，"
                "倾听靠同一条河生活的人们的故事。"
            ),
            "lo": (
                "ສາລະຄະດີຊຸດແປດຕອນນີ້ພາຜູ້ຊົມລ່ອງໄປຕາມແມ່ນ້ຳຂອງ ແຕ່ຢູນນານຮອດປາກແມ່ນ້ຳໃນຫວຽດນາມ. "
                "ແຕ່ລະຕອນເຂົ້າໄປໃນເຮືອນຄົວຂອງຄອບຄົວໜຶ່ງ ເພື່ອຮຽນຮູ້ອາຫານທ້ອງຖິ່ນ ເຊັ່ນ ປາແດກຂອງລາວ, "
                "ປາຮອກຂອງກຳປູເຈຍ ແລະ ກ໋ວຍຕຽວຂອງສາມຫຼ່ຽມປາກແມ່ນ້ຳ, ພ້ອມທັງຟັງເລື່ອງລາວຂອງຜູ້ຄົນທີ່ຫາກິນຈາກສາຍນ້ຳດຽວກັນ."
            ),
            "vi": (
                "Loạt phim tài liệu tám tập đưa khán giả xuôi theo dòng Mê Kông từ Vân Nam đến cửa sông ở Việt Nam. "
                "Mỗi tập bước vào gian bếp của một gia đình để tìm hiểu các món ăn địa phương như mắm padek của Lào, "
                "mắm bò hóc của Campuchia và hủ tiếu miền Tây, đồng thời lắng nghe câu chuyện của những con người "
                "cùng sống nhờ một dòng sông."
            ),
            "my": (
                "ဤအပိုင်းရှစ်ပိုင်းပါ မှတ်တမ်းရုပ်ရှင်စီးရီးသည် ယူနန်မှ ဗီယက်နမ်ရှိ မြစ်ဝကျွန်းပေါ်အထိ "
                "မဲခေါင်မြစ်တစ်လျှောက် ကြည့်ရှုသူများကို ခေါ်ဆောင်သွားသည်။ "
                "အပိုင်းတိုင်းတွင် မိသားစုတစ်စု၏ မီးဖိုချောင်ထဲသို့ ဝင်ရောက်ကာ လာအိုငါးပိ၊ ကမ္ဘောဒီးယား ပရာဟောက်နှင့် "
                "မြစ်ဝကျွန်းပေါ် ခေါက်ဆွဲ စသည့် ဒေသအစားအစာများကို လေ့လာပြီး "
                "မြစ်တစ်စင်းတည်းကို မှီခိုနေထိုင်ကြသူများ၏ ဇာတ်လမ်းများကို နားထောင်သည်။"
            ),
        },
        "original_title": "ครัวริมโขง",
        "original_language": "th",
        "year": 2024,
        "holder": "thai-pbs-docs",
        "agency": None,
        "subjects": ["food", "nature", "family"],
        "creators": [
            {
                "name": {"en": "Nattaya Chaiwong", "zh_hans": "娜塔雅·猜旺", "th": "ณัฐยา ชัยวงศ์"},
                "name_original": "ณัฐยา ชัยวงศ์",
                "country": "TH",
                "role": "producer",
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
                    "en": "USD 600 per episode per territory; 8 episodes of 26 minutes",
                    "zh_hans": "每地区每集600美元；共8集，每集26分钟",
                    "th": "ตอนละ 600 ดอลลาร์สหรัฐต่อประเทศ รวม 8 ตอน ตอนละ 26 นาที",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 8,000 per territory for the full series; 3-year window",
                    "zh_hans": "全系列每地区授权费8,000美元起；授权期3年",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China",
                "languages": "zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "USD 9,000 for the region; format notes and recipes supplied",
                    "zh_hans": "全区域9,000美元；提供节目制作说明及食谱",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "little-kiln-spirit",
        "kind": "film_tv",
        "subtype": "animation",
        "title": {
            "zh_hans": "窑火小精灵",
            "en": "The Little Kiln Spirit",
            "th": "ภูตน้อยแห่งเตาเผา",
            "vi": "Tinh linh lò gốm",
            "ms": "Roh Kecil Tanur",
        },
        "synopsis": {
            "zh_hans": (
                "景德镇一座老柴窑即将熄火拆除，住在窑里守护火焰的小精灵“焰焰”只好跟着烧窑师傅的孙女小禾踏上旅程，"
                "寻找让窑火重燃的理由。"
                "这部90分钟的三维动画电影融合了青花瓷的视觉元素和中国民间传说，讲述传统与现代如何共存。"
            ),
            "en": (
                "An old wood-fired kiln in Jingdezhen is about to be put out and torn down, so Yanyan, the little spirit "
                "who guards its flames, sets off with the kiln master's granddaughter Xiaohe to find a reason for the "
                "fire to burn again. This 90-minute 3D animated feature blends the look of blue-and-white porcelain "
                "with Chinese folk legend in a story about tradition and modern life making room for each other."
            ),
            "th": (
                "เตาเผาฟืนเก่าแก่ในเมืองจิ่งเต๋อเจิ้นกำลังจะถูกดับไฟและรื้อถอน "
                "ภูตน้อยเยี่ยนเยี่ยนผู้เฝ้าเปลวไฟจึงต้องออกเดินทางไปกับเสี่ยวเหอ หลานสาวของช่างเผาเตา "
                "เพื่อตามหาเหตุผลที่จะทำให้ไฟในเตาลุกโชนอีกครั้ง "
                "ภาพยนตร์แอนิเมชันสามมิติความยาว 90 นาทีเรื่องนี้ผสานศิลปะเครื่องลายครามเข้ากับตำนานพื้นบ้านจีน"
            ),
            "vi": (
                "Chiếc lò củi cổ ở Cảnh Đức Trấn sắp bị tắt lửa và phá bỏ, nên Diễm Diễm, tinh linh nhỏ canh giữ "
                "ngọn lửa, phải lên đường cùng Tiểu Hòa, cháu gái của người thợ đốt lò, để tìm lý do khiến lửa lò "
                "bùng cháy trở lại. Bộ phim hoạt hình 3D dài 90 phút kết hợp vẻ đẹp của gốm sứ hoa lam với truyền thuyết "
                "dân gian Trung Hoa, kể về cách truyền thống và hiện đại cùng tồn tại."
            ),
            "ms": (
                "Sebuah tanur kayu lama di Jingdezhen bakal dipadamkan dan dirobohkan, lalu Yanyan, roh kecil yang "
                "menjaga apinya, mengembara bersama Xiaohe, cucu tukang tanur, untuk mencari sebab supaya api itu "
                "menyala semula. Filem animasi 3D berdurasi 90 minit ini menggabungkan keindahan porselin biru putih "
                "dengan legenda rakyat China."
            ),
        },
        "original_title": "窑火小精灵",
        "original_language": "zh-Hans",
        "year": 2023,
        "isan": "0000-0005-9E20-0000-K-0000-0000-3",
        "holder": "mountain-sea-comics",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "fantasy", "family"],
        "creators": [
            {
                "name": {"en": "Liu Chang", "zh_hans": "刘畅"},
                "name_original": "刘畅",
                "country": "CN",
                "role": "director",
            },
            {
                "name": {"en": "He Xiaozhou", "zh_hans": "何小舟"},
                "name_original": "何小舟",
                "country": "CN",
                "role": "screenwriter",
            },
        ],
        "offers": [
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Minimum guarantee USD 60,000 for worldwide SVOD; 5-year window",
                    "zh_hans": "全球订阅点播保底金60,000美元；授权期5年",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "ASEAN",
                "languages": "th, vi, km, lo, my",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 7,000 per territory; dubbed Thai and Vietnamese versions available",
                    "zh_hans": "每地区7,000美元；可提供泰语、越南语配音版",
                    "vi": "7.000 USD mỗi quốc gia; có sẵn bản lồng tiếng Thái và tiếng Việt",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China excluding CN",
                "languages": "zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 15,000 for Hong Kong, Macao and Taiwan combined",
                    "zh_hans": "港澳台地区合计15,000美元",
                },
            },
        ],
    },
    {
        "slug": "shoulder-pole-old-quarter",
        "kind": "film_tv",
        "subtype": "series",
        "title": {
            "vi": "Gánh hàng rong phố cổ",
            "en": "Shoulder Poles of the Old Quarter",
            "zh_hans": "老街的扁担",
            "th": "หาบเร่แห่งย่านเมืองเก่า",
            "km": "ដងរែកនៅផ្លូវចាស់",
        },
        "synopsis": {
            "vi": (
                "Bộ phim truyền hình 30 tập xoay quanh ba người phụ nữ từ một làng quê ngoại thành lên Hà Nội "
                "gánh hàng rong để nuôi con ăn học. Qua hai mươi năm đổi thay của thành phố, tình bạn giữa họ trải qua "
                "nợ nần, hiểu lầm và những niềm vui giản dị. Phim được chuyển thể từ tiểu thuyết ăn khách cùng tên "
                "do Nhà xuất bản Kim Đồng phát hành."
            ),
            "en": (
                "This 30-episode drama follows three women from a village outside Hanoi who carry goods through the "
                "city on shoulder poles to pay for their children's schooling. Across twenty years of change in the "
                "capital, their friendship survives debts, misunderstandings and simple joys. The series is adapted "
                "from the bestselling novel of the same name published by Kim Dong."
            ),
            "zh_hans": (
                "这部30集电视剧讲述三位来自河内郊区农村的女性，挑着扁担在城里走街串巷，供孩子读书。"
                "在首都二十年的变迁中，她们的友情经历了债务与误会，也收获了简单的快乐。"
                "该剧改编自金童出版社出版的同名畅销小说。"
            ),
            "th": (
                "ละครชุด 30 ตอนเรื่องนี้เล่าถึงผู้หญิงสามคนจากหมู่บ้านชานกรุงฮานอยที่หาบของเร่ขายในเมืองเพื่อส่งลูกเรียนหนังสือ "
                "ตลอดยี่สิบปีแห่งความเปลี่ยนแปลงของเมืองหลวง มิตรภาพของพวกเธอต้องผ่านทั้งหนี้สิน ความเข้าใจผิด และความสุขเรียบง่าย "
                "ละครเรื่องนี้ดัดแปลงจากนวนิยายขายดีชื่อเดียวกันของสำนักพิมพ์กิมดง"
            ),
            "km": (
                "រឿងភាគចំនួន ៣០ ភាគនេះ និយាយអំពីស្ត្រីបីនាក់មកពីភូមិមួយនៅជាយក្រុងហាណូយ "
                "ដែលរែកទំនិញដើរលក់ក្នុងទីក្រុង ដើម្បីរកប្រាក់បញ្ជូនកូនទៅរៀន។ "
                "ក្នុងរយៈពេលម្ភៃឆ្នាំនៃការផ្លាស់ប្ដូររបស់រដ្ឋធានី មិត្តភាពរបស់ពួកនាងបានឆ្លងកាត់បំណុល ការយល់ច្រឡំ "
                "និងសេចក្ដីសុខដ៏សាមញ្ញ។ រឿងនេះកែសម្រួលចេញពីប្រលោមលោកដ៏ល្បីដែលមានចំណងជើងដូចគ្នា។"
            ),
        },
        "original_title": "Gánh hàng rong phố cổ",
        "original_language": "vi",
        "year": 2021,
        "isan": "0000-0003-6B4D-0000-1-0000-0000-V",
        "holder": "kim-dong-publishing",
        "agency": "silk-road-rights-agency",
        "subjects": ["family", "city-life", "friendship"],
        "creators": [
            {
                "name": {"en": "Tran Minh Duc", "zh_hans": "陈明德", "vi": "Trần Minh Đức"},
                "name_original": "Trần Minh Đức",
                "country": "VN",
                "role": "director",
            },
            {
                "name": {"en": "Le Phuong Thao", "zh_hans": "黎芳草", "vi": "Lê Phương Thảo"},
                "name_original": "Lê Phương Thảo",
                "country": "VN",
                "role": "screenwriter",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN excluding VN",
                "languages": "th, km, lo, my",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "USD 800 per episode per territory; 30 episodes of 45 minutes",
                    "zh_hans": "每地区每集800美元；共30集，每集45分钟",
                    "vi": "800 USD mỗi tập mỗi quốc gia; 30 tập, mỗi tập 45 phút",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding VN",
                "languages": "en, zh-Hans, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 20,000 per platform for the full season",
                    "zh_hans": "整季每平台授权费20,000美元起",
                },
            },
        ],
    },
    {
        "slug": "silver-hands-of-angkor",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "km": "ដៃជាងប្រាក់អង្គរ",
            "en": "Silver Hands of Angkor",
            "zh_hans": "吴哥银匠之手",
            "th": "มือช่างเงินแห่งนครวัด",
            "vi": "Đôi tay thợ bạc Angkor",
        },
        "synopsis": {
            "km": (
                "នៅភូមិកោះចិន ជាងប្រាក់ខ្មែរនៅតែវាយ និងឆ្លាក់ប្រាក់តាមក្បាច់ដែលឃើញនៅលើជញ្ជាំងប្រាសាទអង្គរ។ "
                "ភាពយន្តឯកសារនេះតាមដានជាងចាស់ម្នាក់ និងសិស្សវ័យក្មេងរបស់គាត់ ក្នុងការធ្វើប្រអប់ប្រាក់រាងដំរីមួយ "
                "ចាប់ពីការរំលាយប្រាក់ រហូតដល់ការឆ្លាក់ក្បាច់ចុងក្រោយ។ "
                "រឿងនេះក៏បង្ហាញពីការស្ដារសិប្បកម្មនេះឡើងវិញ ក្រោយឆ្នាំដ៏លំបាកនៃសង្គ្រាម។"
            ),
            "en": (
                "In Koh Chen village, Khmer silversmiths still hammer and chase silver in patterns found on the walls of "
                "the Angkor temples. This documentary follows an old master and his young apprentice as they make an "
                "elephant-shaped silver box, from melting the metal to the last engraved line. "
                "It also tells how the craft was revived after the hard years of war."
            ),
            "zh_hans": (
                "在柬埔寨戈清村，高棉银匠至今仍按吴哥寺庙壁上的纹样锤揲、錾刻银器。"
                "这部纪录片跟随一位老师傅和他的年轻学徒，从熔银到最后一道錾刻，完成一只大象造型的银盒，"
                "也讲述了这门手艺如何在战乱的艰难岁月后重获新生。"
            ),
            "th": (
                "ที่หมู่บ้านเกาะเจิน ช่างเงินชาวเขมรยังคงตีและสลักเงินตามลวดลายบนผนังปราสาทนครวัด "
                "สารคดีเรื่องนี้ติดตามช่างอาวุโสและลูกศิษย์หนุ่มขณะสร้างตลับเงินรูปช้างหนึ่งใบ "
                "ตั้งแต่การหลอมเงินจนถึงเส้นสลักสุดท้าย และเล่าถึงการฟื้นฟูงานช่างแขนงนี้หลังปีแห่งสงครามอันยากลำบาก"
            ),
            "vi": (
                "Ở làng Koh Chen, những người thợ bạc Khmer vẫn gò và chạm bạc theo những hoa văn trên tường các đền Angkor. "
                "Bộ phim tài liệu theo chân một nghệ nhân lớn tuổi và người học trò trẻ làm một chiếc hộp bạc hình con voi, "
                "từ lúc nung chảy bạc đến nét chạm cuối cùng, đồng thời kể lại hành trình hồi sinh nghề thủ công này "
                "sau những năm chiến tranh gian khó."
            ),
        },
        "original_title": "ដៃជាងប្រាក់អង្គរ",
        "original_language": "km",
        "year": 2019,
        "isan": "0000-0001-F0C2-0000-6-0000-0000-B",
        "holder": "angkor-silver-guild",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "heritage", "history"],
        "creators": [
            {
                "name": {"en": "Heng Sophal", "zh_hans": "亨·索帕"},
                "name_original": "ហេង សុផល",
                "country": "KH",
                "role": "director",
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
                    "en": "USD 1,000 per territory; 3 runs",
                    "zh_hans": "每地区1,000美元；可播出3次",
                    "km": "១០០០ ដុល្លារអាមេរិកក្នុងមួយប្រទេស ចាក់ផ្សាយបាន ៣ ដង",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 2,500 per platform; 3-year window",
                    "zh_hans": "每平台授权费2,500美元起；授权期3年",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "World",
                "languages": "en, km, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Museum screenings USD 400 per exhibition; silver pieces from the film can be loaned",
                    "zh_hans": "博物馆放映每个展览400美元；片中银器可商借展出",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "layers-of-bagan-lacquer",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "my": "ပုဂံယွန်းထည် အလွှာများ",
            "en": "Layers of Lacquer: The Craftspeople of Bagan",
            "zh_hans": "一层一层的漆：蒲甘漆器匠人",
            "th": "ชั้นแล้วชั้นเล่าของเครื่องเขินพุกาม",
            "km": "ស្រទាប់ម្រ័ក្សណ៍នៃបាហ្គាន",
        },
        "synopsis": {
            "my": (
                "ယွန်းထည်တစ်ခု ပြီးစီးရန် လပေါင်းများစွာ ကြာမြင့်တတ်သည်။ "
                "ဤမှတ်တမ်းရုပ်ရှင်သည် ပုဂံမြို့သစ်ရှိ မိသားစု အလုပ်ရုံတစ်ခုတွင် ဝါးနှီးဖြင့် ပုံသွင်းခြင်း၊ "
                "သစ်စေးကို အလွှာပေါင်းများစွာ သုတ်လိမ်းခြင်းနှင့် လက်ဖြင့် ပန်းထွင်းခြင်းတို့ကို အသေးစိတ် မှတ်တမ်းတင်ထားသည်။ "
                "ကမ္ဘာ့အမွေအနှစ် ပုဂံ၏ နောက်ကွယ်ရှိ လက်မှုပညာရှင်များ၏ ဘဝကိုလည်း ဖော်ပြထားသည်။"
            ),
            "en": (
                "A single piece of lacquerware can take months to finish. In a family workshop in New Bagan, this "
                "documentary records each stage in detail: shaping the form from woven bamboo, brushing on layer after "
                "layer of tree sap, and engraving the designs by hand. It also shows the lives of the craftspeople behind "
                "the World Heritage site of Bagan."
            ),
            "zh_hans": (
                "一件漆器往往要花数月才能完成。"
                "这部纪录片走进新蒲甘的一个家庭作坊，细致记录了以竹篾编胎、一层层髹涂树漆、再以手工刻绘纹样的全过程，"
                "也呈现了世界遗产蒲甘背后手艺人的生活。"
            ),
            "th": (
                "เครื่องเขินหนึ่งชิ้นอาจใช้เวลาหลายเดือนกว่าจะเสร็จ "
                "สารคดีเรื่องนี้บันทึกทุกขั้นตอนในโรงงานของครอบครัวหนึ่งที่พุกามใหม่ ตั้งแต่การสานโครงด้วยตอกไม้ไผ่ "
                "การทายางรักทีละชั้น ไปจนถึงการขูดลายด้วยมือ "
                "พร้อมถ่ายทอดชีวิตของช่างฝีมือเบื้องหลังมรดกโลกพุกาม"
            ),
            "km": (
                "គ្រឿងម្រ័ក្សណ៍មួយអាចចំណាយពេលច្រើនខែទើបរួចរាល់។ "
                "ភាពយន្តឯកសារនេះកត់ត្រាគ្រប់ដំណាក់កាលនៅក្នុងរោងជាងរបស់គ្រួសារមួយនៅបាហ្គានថ្មី "
                "ចាប់ពីការត្បាញតួពីបន្ទះឫស្សី ការលាបជ័រឈើម្ដងមួយស្រទាប់ៗ រហូតដល់ការឆ្លាក់ក្បាច់ដោយដៃ "
                "ហើយក៏បង្ហាញពីជីវិតរបស់សិប្បករនៅពីក្រោយបេតិកភណ្ឌពិភពលោកបាហ្គាន។"
            ),
        },
        "original_title": "ပုဂံယွန်းထည် အလွှာများ",
        "original_language": "my",
        "year": 2020,
        "holder": "yangon-pen-house",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "heritage", "history"],
        "creators": [
            {
                "name": {"en": "Thiha Aung", "zh_hans": "蒂哈·昂"},
                "name_original": "သီဟအောင်",
                "country": "MM",
                "role": "director",
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
                    "en": "USD 900 per territory; 3 runs over 3 years",
                    "zh_hans": "每地区900美元；3年内播出3次",
                    "my": "နိုင်ငံတစ်ခုလျှင် အမေရိကန်ဒေါ်လာ ၉၀၀၊ သုံးနှစ်အတွင်း သုံးကြိမ် ထုတ်လွှင့်ခွင့်",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 2,000 per platform; 3-year window",
                    "zh_hans": "每平台授权费2,000美元起；授权期3年",
                },
            },
        ],
    },
    {
        "slug": "indigo-blue-of-laos",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "lo": "ສີຄາມ: ສີຟ້າຂອງແຜ່ນດິນລາວ",
            "en": "Indigo: The Blue of Laos",
            "zh_hans": "蓝靛：老挝的蓝",
            "th": "คราม: สีน้ำเงินแห่งแผ่นดินลาว",
            "vi": "Chàm: Sắc xanh của đất Lào",
            "my": "မဲနယ်: လာအိုမြေ၏ အပြာရောင်",
        },
        "synopsis": {
            "lo": (
                "ຢູ່ບ້ານນ້ອຍແຫ່ງໜຶ່ງໃນແຂວງຫົວພັນ, ແມ່ຍິງໄທແດງຍັງໝັກສີຄາມໃນໄຫດິນ ຕາມວິທີທີ່ສືບທອດມາຫຼາຍລຸ້ນ. "
                "ສາລະຄະດີເລື່ອງນີ້ຕິດຕາມການປູກຕົ້ນຄາມ, ການໝັກ ແລະ ການຍ້ອມເສັ້ນໄໝຕະຫຼອດໜຶ່ງລະດູ "
                "ພ້ອມທັງເລົ່າເຖິງຄວາມຝັນຂອງແມ່ຍິງທີ່ຢາກໃຫ້ຜ້າຂອງບ້ານຕົນເປັນທີ່ຮູ້ຈັກໃນໂລກ."
            ),
            "en": (
                "In a small village in Houaphanh province, Tai Daeng women still ferment indigo in clay jars using "
                "methods handed down over generations. This documentary follows one season of growing the plants, "
                "fermenting the dye and colouring silk thread, and shares the women's hope that their village's cloth "
                "will become known around the world."
            ),
            "zh_hans": (
                "在老挝华潘省的一个小村庄里，红泰族妇女仍用世代相传的方法在陶缸中发酵蓝靛。"
                "这部纪录片跟随一整个季节的种植、发酵和丝线染色，"
                "也讲述了她们希望村里的布料走向世界的梦想。"
            ),
            "th": (
                "ในหมู่บ้านเล็กๆ แห่งหนึ่งในแขวงหัวพัน ผู้หญิงชาวไทแดงยังคงหมักครามในไหดินตามวิธีที่สืบทอดกันมาหลายชั่วคน "
                "สารคดีเรื่องนี้ติดตามการปลูกต้นคราม การหมัก และการย้อมเส้นไหมตลอดหนึ่งฤดูกาล "
                "พร้อมเล่าถึงความฝันของผู้หญิงที่อยากให้ผ้าจากหมู่บ้านของตนเป็นที่รู้จักไปทั่วโลก"
            ),
            "vi": (
                "Tại một ngôi làng nhỏ ở tỉnh Hủa Phăn, phụ nữ người Thái Đỏ vẫn ủ chàm trong những chum đất theo cách "
                "thức được truyền lại qua nhiều thế hệ. Bộ phim tài liệu theo dõi trọn một mùa trồng cây chàm, ủ chàm "
                "và nhuộm sợi tơ, đồng thời kể về ước mơ của những người phụ nữ muốn đưa vải của làng mình ra thế giới."
            ),
            "my": (
                "လာအိုနိုင်ငံ ဟွာဖန်ခရိုင်ရှိ ရွာငယ်လေးတစ်ရွာတွင် ဒေသခံ အမျိုးသမီးများသည် "
                "မျိုးဆက်များစွာ လက်ဆင့်ကမ်းလာသော နည်းလမ်းအတိုင်း မြေအိုးများထဲတွင် မဲနယ်ကို ယနေ့တိုင် နှပ်နေကြဆဲ ဖြစ်သည်။ "
                "ဤမှတ်တမ်းရုပ်ရှင်သည် မဲနယ်ပင် စိုက်ပျိုးခြင်း၊ နှပ်ခြင်းနှင့် ပိုးချည်များ ဆိုးခြင်းကို ရာသီတစ်ခုလုံး "
                "လိုက်လံ မှတ်တမ်းတင်ထားပြီး မိမိတို့ရွာ၏ အထည်များကို ကမ္ဘာက သိစေလိုသော အမျိုးသမီးများ၏ အိပ်မက်ကိုလည်း ပြောပြထားသည်။"
            ),
        },
        "original_title": "ສີຄາມ: ສີຟ້າຂອງແຜ່ນດິນລາວ",
        "original_language": "lo",
        "year": 2021,
        "isan": "0000-0006-2D58-0000-4-0000-0000-H",
        "holder": "lao-heritage-weavers",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "craft", "nature"],
        "creators": [
            {
                "name": {"en": "Phetsamone Vongsa", "zh_hans": "佩萨蒙·翁萨"},
                "name_original": "ເພັດສະໝອນ ວົງສາ",
                "country": "LA",
                "role": "director",
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
                    "en": "USD 800 per territory; 3 runs",
                    "zh_hans": "每地区800美元；可播出3次",
                    "lo": "800 ໂດລາສະຫະລັດຕໍ່ປະເທດ, ອອກອາກາດໄດ້ 3 ຄັ້ງ",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 2,000 per platform; 3-year window",
                    "zh_hans": "每平台授权费2,000美元起；授权期3年",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en, lo, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Museum and gallery loops: USD 400 per venue per year; proceeds shared with the weaving village",
                    "zh_hans": "博物馆及展馆循环播放：每场馆每年400美元；收益与织造村共享",
                },
            },
        ],
    },
    {
        "slug": "silversmiths-of-the-miao-hills",
        "kind": "film_tv",
        "subtype": "documentary",
        "title": {
            "zh_hans": "苗岭银匠",
            "en": "Silversmiths of the Miao Hills",
            "th": "ช่างเงินแห่งขุนเขาเหมียว",
            "vi": "Thợ bạc vùng núi Miêu",
            "my": "မြောင်တောင်တန်းမှ ငွေပန်းထိမ်ဆရာများ",
            "lo": "ຊ່າງເງິນແຫ່ງພູດອຍມຽວ",
        },
        "synopsis": {
            "zh_hans": (
                "贵州雷山县的控拜村被称为“银匠村”，几乎家家户户都会打银。"
                "一套苗族盛装银饰重达数公斤，往往要一位银匠耗时近一年。"
                "这部纪录片跟随村中三代银匠为一位新娘打造全套银饰，也探讨年轻人外出打工后这门手艺的未来。"
            ),
            "en": (
                "Kongbai, in Leishan county, Guizhou, is known as the silversmiths' village: almost every household "
                "works silver. A full set of Miao festival silver can weigh several kilos and take a smith the best "
                "part of a year. This documentary follows three generations of smiths as they make a complete set for "
                "a bride, and asks what future the craft has now that so many young people leave for work in the cities."
            ),
            "th": (
                "หมู่บ้านคงไป๋ในอำเภอเหลยซาน มณฑลกุ้ยโจว ได้ชื่อว่าเป็น “หมู่บ้านช่างเงิน” เพราะแทบทุกครัวเรือนตีเครื่องเงินเป็น "
                "เครื่องประดับเงินชุดใหญ่ของชาวเหมียวหนึ่งชุดหนักหลายกิโลกรัมและใช้เวลาทำเกือบหนึ่งปี "
                "สารคดีเรื่องนี้ติดตามช่างเงินสามรุ่นขณะสร้างเครื่องประดับครบชุดให้เจ้าสาวคนหนึ่ง "
                "และตั้งคำถามถึงอนาคตของงานช่างนี้เมื่อคนหนุ่มสาวพากันออกไปทำงานในเมือง"
            ),
            "vi": (
                "Làng Khống Bái ở huyện Lôi Sơn, Quý Châu được gọi là “làng thợ bạc”, gần như nhà nào cũng biết chế tác bạc. "
                "Một bộ trang sức bạc lễ hội của người Miêu có thể nặng vài ký và mất gần một năm mới làm xong. "
                "Bộ phim tài liệu theo chân ba thế hệ thợ bạc khi họ làm trọn bộ trang sức cho một cô dâu, đồng thời "
                "đặt câu hỏi về tương lai của nghề khi lớp trẻ rời làng đi làm ăn xa."
            ),
            "my": (
                "ကွေကျိုးပြည်နယ် လေရှန်ခရိုင်ရှိ ခုံပိုင်ရွာကို “ငွေပန်းထိမ်ရွာ” ဟု ခေါ်ကြပြီး အိမ်တိုင်းနီးပါး ငွေထည် လုပ်တတ်ကြသည်။ "
                "မြောင်လူမျိုး ပွဲတော်ဝတ် ငွေထည်တစ်စုံသည် ကီလိုဂရမ် အတော်များများ လေးပြီး ပြုလုပ်ရန် တစ်နှစ်နီးပါး ကြာသည်။ "
                "ဤမှတ်တမ်းရုပ်ရှင်သည် သတို့သမီးတစ်ဦးအတွက် ငွေထည်အစုံ ပြုလုပ်ပေးနေသော ငွေပန်းထိမ်ဆရာ သုံးမျိုးဆက်ကို "
                "လိုက်လံ မှတ်တမ်းတင်ထားသည်။"
            ),
            "lo": (
                "ບ້ານຄົງໄປ ໃນເມືອງເລີຍຊານ ແຂວງກຸ້ຍໂຈ ໄດ້ຊື່ວ່າ “ບ້ານຊ່າງເງິນ” ເພາະເກືອບທຸກຄອບຄົວຕີເງິນເປັນ. "
                "ເຄື່ອງປະດັບເງິນຊຸດໃຫຍ່ຂອງຊາວມຽວໜຶ່ງຊຸດ ໜັກຫຼາຍກິໂລ ແລະ ໃຊ້ເວລາເຮັດເກືອບໜຶ່ງປີ. "
                "ສາລະຄະດີເລື່ອງນີ້ຕິດຕາມຊ່າງເງິນສາມລຸ້ນ ໃນຂະນະທີ່ເຂົາເຈົ້າເຮັດເຄື່ອງປະດັບຄົບຊຸດໃຫ້ເຈົ້າສາວຄົນໜຶ່ງ."
            ),
        },
        "original_title": "苗岭银匠",
        "original_language": "zh-Hans",
        "year": 2017,
        "holder": "guizhou-folk-art-museum",
        "agency": None,
        "subjects": ["craft", "heritage", "family"],
        "creators": [
            {
                "name": {"en": "Wu Xiaolan", "zh_hans": "吴晓岚"},
                "name_original": "吴晓岚",
                "country": "CN",
                "role": "director",
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
                    "en": "USD 1,000 per territory; 3 runs over 3 years",
                    "zh_hans": "每地区1,000美元；3年内播出3次",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Licence fee from USD 3,000 per platform; 5-year window",
                    "zh_hans": "每平台授权费3,000美元起；授权期5年",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Touring exhibition package with screening rights: from USD 5,000 per venue",
                    "zh_hans": "巡回展览套餐（含放映权）：每场馆5,000美元起",
                },
            },
        ],
    },
    {
        "slug": "thousand-years-of-kiln-fire",
        "kind": "film_tv",
        "subtype": "series",
        "title": {
            "zh_hans": "千年窑火",
            "en": "A Thousand Years of Kiln Fire",
            "vi": "Lửa lò nghìn năm",
            "km": "ភ្លើងឡដុតមួយពាន់ឆ្នាំ",
            "ind": "Api Tungku Seribu Tahun",
        },
        "synopsis": {
            "zh_hans": (
                "这部六集纪录片系列讲述景德镇一千多年的制瓷历史，从宋代青白瓷、元代青花到当代陶艺家的工作室。"
                "每一集聚焦一种釉色或一道工序，由工作室的匠人现场演示。"
                "片中大量运用微距与高速摄影，呈现泥与火的细节之美。"
            ),
            "en": (
                "This six-part documentary series tells the story of more than a thousand years of porcelain-making in "
                "Jingdezhen, from Song-dynasty qingbai and Yuan blue-and-white to the studios of today's ceramic artists. "
                "Each episode focuses on one glaze or one step of the process, demonstrated by the studio's own "
                "craftspeople. Macro and high-speed photography reveal the beauty of clay and fire in close detail."
            ),
            "vi": (
                "Loạt phim tài liệu sáu tập kể về hơn một nghìn năm lịch sử làm sứ ở Cảnh Đức Trấn, từ sứ thanh bạch "
                "thời Tống, sứ hoa lam thời Nguyên đến xưởng của các nghệ sĩ gốm đương đại. Mỗi tập tập trung vào một "
                "loại men hoặc một công đoạn, do chính các nghệ nhân của xưởng trình diễn. Kỹ thuật quay cận cảnh và "
                "quay tốc độ cao làm hiện rõ vẻ đẹp tinh tế của đất và lửa."
            ),
            "km": (
                "ភាពយន្តឯកសារចំនួនប្រាំមួយភាគនេះ រៀបរាប់អំពីប្រវត្តិនៃការផលិតគ្រឿងស្មូនជាងមួយពាន់ឆ្នាំនៅទីក្រុងជីងដឺចិន "
                "ចាប់ពីសម័យរាជវង្សសុង និងយាន់ រហូតដល់ស្ទូឌីយោរបស់សិល្បករសេរ៉ាមិចសម័យបច្ចុប្បន្ន។ "
                "ភាគនីមួយៗផ្ដោតលើថ្នាំលាបមួយប្រភេទ ឬដំណាក់កាលមួយនៃការផលិត ដែលបង្ហាញផ្ទាល់ដោយជាងរបស់ស្ទូឌីយោ។"
            ),
            "ind": (
                "Serial dokumenter enam episode ini mengisahkan lebih dari seribu tahun sejarah pembuatan porselen di "
                "Jingdezhen, dari qingbai Dinasti Song dan porselen biru-putih Dinasti Yuan hingga studio para seniman "
                "keramik masa kini. Setiap episode berfokus pada satu jenis glasir atau satu tahap pembuatan, yang "
                "diperagakan langsung oleh para perajin studio. Pengambilan gambar makro dan berkecepatan tinggi "
                "menampilkan keindahan tanah liat dan api secara detail."
            ),
        },
        "original_title": "千年窑火",
        "original_language": "zh-Hans",
        "year": 2019,
        "holder": "jingdezhen-ceramics-studio",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "history", "heritage"],
        "creators": [
            {
                "name": {"en": "Hu Yanqiu", "zh_hans": "胡砚秋"},
                "name_original": "胡砚秋",
                "country": "CN",
                "role": "director",
            },
            {
                "name": {"en": "Cheng Li", "zh_hans": "程立"},
                "name_original": "程立",
                "country": "CN",
                "role": "producer",
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
                    "en": "USD 700 per episode per territory; 6 episodes of 50 minutes",
                    "zh_hans": "每地区每集700美元；共6集，每集50分钟",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Licence fee from USD 12,000 per territory for the series; 4K masters available",
                    "zh_hans": "全系列每地区授权费12,000美元起；可提供4K母版",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China excluding CN",
                "languages": "zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 8,000 for Hong Kong, Macao and Taiwan combined",
                    "zh_hans": "港澳台地区合计8,000美元",
                },
            },
        ],
    },
]

WORKS += [
    {
        "slug": "grandmas-rice-noodle-shop",
        "kind": "film_tv",
        "subtype": "feature_film",
        "title": {
            "zh_hans": "外婆的米粉店",
            "en": "Grandma's Rice Noodle Shop",
            "th": "ร้านเส้นหมี่ของยาย",
            "vi": "Quán bún của bà ngoại",
            "ms": "Kedai Mihun Nenek",
        },
        "synopsis": {
            "zh_hans": (
                "在深圳做程序员的林夏被裁员后，回到广西桂林，接手外婆即将关门的米粉店。"
                "她想用短视频和外卖平台拯救小店，却渐渐明白外婆那锅熬了四十年的卤水真正的分量。"
                "这部温情喜剧电影改编自接力出版社出版的同名小说。"
            ),
            "en": (
                "After losing her programming job in Shenzhen, Lin Xia goes home to Guilin and takes over her "
                "grandmother's rice noodle shop just before it closes for good. She tries to save it with short videos "
                "and delivery apps, but slowly learns what the broth her grandmother has kept simmering for forty years "
                "really means. This warm comedy-drama is adapted from the novel of the same name published by Jieli."
            ),
            "th": (
                "หลังถูกเลิกจ้างจากงานโปรแกรมเมอร์ในเซินเจิ้น หลินเซี่ยกลับบ้านเกิดที่กุ้ยหลินเพื่อรับช่วงร้านเส้นหมี่ของยายที่กำลังจะปิดตัว "
                "เธอพยายามกอบกู้ร้านด้วยคลิปวิดีโอสั้นและแอปส่งอาหาร แต่ค่อยๆ เข้าใจว่าน้ำพะโล้ที่ยายเคี่ยวมาสี่สิบปีมีความหมายเพียงใด "
                "ภาพยนตร์ดราม่าคอมเมดี้อบอุ่นหัวใจเรื่องนี้ดัดแปลงจากนวนิยายชื่อเดียวกัน"
            ),
            "vi": (
                "Sau khi bị cắt giảm khỏi công việc lập trình viên ở Thâm Quyến, Lâm Hạ trở về Quế Lâm, tiếp quản quán bún "
                "sắp đóng cửa của bà ngoại. Cô cố cứu quán bằng video ngắn và ứng dụng giao đồ ăn, nhưng dần hiểu ra ý nghĩa "
                "thật sự của nồi nước dùng bà đã ninh suốt bốn mươi năm. Bộ phim hài tình cảm ấm áp này được chuyển thể "
                "từ tiểu thuyết cùng tên."
            ),
            "ms": (
                "Selepas diberhentikan daripada kerja pengaturcara di Shenzhen, Lin Xia pulang ke Guilin untuk mengambil "
                "alih kedai mihun neneknya yang hampir ditutup. Dia cuba menyelamatkan kedai itu dengan video pendek dan "
                "aplikasi penghantaran makanan, tetapi perlahan-lahan memahami erti sebenar kuah yang direneh neneknya "
                "selama empat puluh tahun. Filem drama komedi yang menyentuh hati ini diadaptasi daripada novel dengan "
                "judul yang sama."
            ),
        },
        "original_title": "外婆的米粉店",
        "original_language": "zh-Hans",
        "year": 2024,
        "isan": "0000-0007-A813-0000-9-0000-0000-R",
        "holder": "jieli-press",
        "agency": "silk-road-rights-agency",
        "subjects": ["food", "family", "city-life"],
        "creators": [
            {
                "name": {"en": "Deng Jia", "zh_hans": "邓佳"},
                "name_original": "邓佳",
                "country": "CN",
                "role": "director",
            },
            {
                "name": {"en": "Wei Li", "zh_hans": "韦丽"},
                "name_original": "韦丽",
                "country": "CN",
                "role": "screenwriter",
            },
        ],
        "offers": [
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Minimum guarantee USD 40,000; 5-year window after local theatrical release",
                    "zh_hans": "保底金40,000美元；院线上映后授权期5年",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "ASEAN",
                "languages": "th, vi, km, lo, my",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 5,000 per territory; 4 runs",
                    "zh_hans": "每地区5,000美元；可播出4次",
                    "th": "ประเทศละ 5,000 ดอลลาร์สหรัฐ ออกอากาศได้ 4 ครั้ง",
                },
            },
            {
                "right_type": "film_tv_adaptation",
                "territories": "ASEAN",
                "languages": "th, vi, id, ms",
                "exclusivity": "exclusive",
                "term_years": 7,
                "asking_terms": {
                    "en": "Local remake rights: USD 35,000 per country, script and format bible supplied",
                    "zh_hans": "本地翻拍权：每国35,000美元，提供剧本及制作手册",
                },
            },
        ],
    },
    {
        "slug": "the-last-moon-kite",
        "kind": "film_tv",
        "subtype": "feature_film",
        "title": {
            "ms": "Wau Bulan Terakhir",
            "en": "The Last Moon Kite",
            "zh_hans": "最后的月亮风筝",
            "th": "ว่าววาบูลันตัวสุดท้าย",
            "ind": "Layang-Layang Bulan Terakhir",
        },
        "synopsis": {
            "ms": (
                "Pak Derus, pembuat wau bulan terakhir di kampungnya di Kelantan, enggan menurunkan ilmunya kepada sesiapa. "
                "Apabila cucunya Aisyah pulang dari Kuala Lumpur dengan hasrat menyertai pesta wau antarabangsa, "
                "kedua-duanya terpaksa belajar memahami satu sama lain. Filem keluarga ini dirakam sepenuhnya di pantai "
                "timur Semenanjung Malaysia."
            ),
            "en": (
                "Pak Derus, the last maker of moon kites in his Kelantan village, refuses to pass his knowledge on to anyone. "
                "When his granddaughter Aisyah comes back from Kuala Lumpur determined to enter an international kite "
                "festival, the two of them have to learn to understand each other. This family film was shot entirely on "
                "the east coast of Peninsular Malaysia."
            ),
            "zh_hans": (
                "德鲁斯伯伯是吉兰丹一个村子里最后一位会做月亮风筝的老人，他不肯把手艺传给任何人。"
                "孙女艾莎从吉隆坡回来，一心要参加国际风筝节，祖孙俩不得不学着理解彼此。"
                "这部家庭电影全部在马来西亚半岛东海岸拍摄。"
            ),
            "th": (
                "ปะเดรุส ช่างทำว่าววาบูลันคนสุดท้ายในหมู่บ้านแห่งหนึ่งของรัฐกลันตัน ไม่ยอมถ่ายทอดวิชาให้ใคร "
                "เมื่อไอชาห์ หลานสาว กลับมาจากกัวลาลัมเปอร์พร้อมความตั้งใจจะเข้าร่วมเทศกาลว่าวนานาชาติ "
                "ทั้งสองจึงต้องเรียนรู้ที่จะเข้าใจกัน ภาพยนตร์ครอบครัวเรื่องนี้ถ่ายทำทั้งหมดที่ชายฝั่งตะวันออกของคาบสมุทรมลายู"
            ),
            "ind": (
                "Pak Derus, pembuat layang-layang wau bulan terakhir di kampungnya di Kelantan, menolak mewariskan "
                "ilmunya kepada siapa pun. Ketika cucunya, Aisyah, pulang dari Kuala Lumpur dengan tekad mengikuti "
                "festival layang-layang internasional, keduanya harus belajar saling memahami. Film keluarga ini "
                "seluruhnya direkam di pesisir timur Semenanjung Malaysia."
            ),
        },
        "original_title": "Wau Bulan Terakhir",
        "original_language": "ms",
        "year": 2018,
        "holder": "dewan-kreatif",
        "agency": None,
        "subjects": ["craft", "family", "heritage"],
        "creators": [
            {
                "name": {"en": "Syafiq Othman", "zh_hans": "沙菲克·奥斯曼"},
                "name_original": "Syafiq Othman",
                "country": "MY",
                "role": "director",
            },
            {
                "name": {"en": "Farah Idris", "zh_hans": "法拉·伊德里斯"},
                "name_original": "Farah Idris",
                "country": "MY",
                "role": "screenwriter",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN excluding MY",
                "languages": "th, vi, km, lo, my, id",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 3,000 per territory; 3 runs over 3 years",
                    "zh_hans": "每地区3,000美元；3年内播出3次",
                    "ms": "USD 3,000 bagi setiap wilayah; 3 tayangan dalam tempoh 3 tahun",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding CN",
                "languages": "en, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Licence fee from USD 6,000 per territory; 3-year window",
                    "zh_hans": "每地区授权费6,000美元起；授权期3年",
                },
            },
            {
                "right_type": "broadcast",
                "territories": "Greater China",
                "languages": "zh-Hant",
                "exclusivity": "exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "USD 10,000 for the region; Chinese subtitle files supplied",
                    "zh_hans": "全区域10,000美元；提供中文字幕文件",
                },
            },
        ],
    },
    {
        "slug": "tikbalang-of-tondo-animated-series",
        "kind": "film_tv",
        "subtype": "animation",
        "title": {
            "fil": "Tikbalang sa Tondo: Ang Serye",
            "en": "The Tikbalang of Tondo: The Series",
            "zh_hans": "马尼拉街头的马头精（动画剧集）",
            "ms": "Tikbalang di Tondo: Siri Animasi",
            "my": "တွန်ဒိုမှ တစ်ဘလန်း: ကာတွန်းစီးရီး",
        },
        "synopsis": {
            "fil": (
                "Batay sa sikat na komiks ng Adarna, sinusundan ng seryeng ito ang magkaibigang Jun-jun at Tikbo habang "
                "hinaharap nila ang mga engkanto, aswang at iba pang nilalang na napadpad sa Maynila. Bawat isa sa 26 na "
                "episode ay labing-isang minuto at nagtatampok ng isang nilalang mula sa mitolohiyang Pilipino."
            ),
            "en": (
                "Based on Adarna's hit komiks, this series follows best friends Jun-jun and Tikbo as they deal with the "
                "engkanto, aswang and other creatures who have drifted into Manila. Each of the 26 eleven-minute "
                "episodes features a creature from Philippine mythology."
            ),
            "zh_hans": (
                "本剧改编自阿达纳的人气漫画，讲述好朋友俊俊和马头精提克波应对流落马尼拉的精灵、阿斯旺等各路神怪的故事。"
                "全剧26集，每集11分钟，每集介绍一种菲律宾神话生物。"
            ),
            "ms": (
                "Berdasarkan komik popular terbitan Adarna, siri ini mengikuti sahabat karib Jun-jun dan Tikbo yang "
                "berdepan dengan engkanto, aswang dan makhluk lain yang tersesat ke Manila. Setiap satu daripada 26 "
                "episod berdurasi sebelas minit memaparkan satu makhluk daripada mitologi Filipina."
            ),
            "my": (
                "အဒါနာ၏ ရေပန်းစားသော ကာတွန်းစာအုပ်ကို အခြေခံထားသည့် ဤစီးရီးသည် မနီလာမြို့ထဲသို့ ရောက်ရှိလာသော "
                "နတ်ဆိုး၊ သရဲနှင့် အခြားသတ္တဝါများကို ရင်ဆိုင်ရသည့် ချစ်သူငယ်ချင်း ဂျွန်ဂျွန်နှင့် တစ်ကဘိုတို့၏ ဇာတ်လမ်း ဖြစ်သည်။ "
                "၁၁ မိနစ်စီကြာသော အပိုင်း ၂၆ ပိုင်းတွင် အပိုင်းတိုင်း၌ ဖိလစ်ပိုင် ဒဏ္ဍာရီမှ သတ္တဝါတစ်မျိုးစီ ပါဝင်သည်။"
            ),
        },
        "original_title": "Tikbalang sa Tondo: Ang Serye",
        "original_language": "fil",
        "year": 2024,
        "holder": "adarna-komiks",
        "agency": "silk-road-rights-agency",
        "subjects": ["mythology", "friendship", "fantasy"],
        "creators": [
            {
                "name": {"en": "Carlo Mendoza", "zh_hans": "卡洛·门多萨"},
                "name_original": "Carlo Mendoza",
                "country": "PH",
                "role": "director",
            },
            {
                "name": {"en": "Paolo Dizon", "zh_hans": "保罗·迪松"},
                "name_original": "Paolo Dizon",
                "country": "PH",
                "role": "screenwriter",
            },
        ],
        "offers": [
            {
                "right_type": "broadcast",
                "territories": "ASEAN excluding PH",
                "languages": "th, vi, km, lo, my, ms, id",
                "exclusivity": "exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "USD 300 per episode per territory; M&E tracks supplied for dubbing",
                    "zh_hans": "每地区每集300美元；提供音乐音效分轨供配音",
                    "fil": "USD 300 bawat episode bawat teritoryo; may M&E track para sa dubbing",
                },
            },
            {
                "right_type": "streaming",
                "territories": "World excluding PH",
                "languages": "en, zh-Hans, zh-Hant",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Licence fee from USD 10,000 per territory for the season; 5-year window",
                    "zh_hans": "整季每地区授权费10,000美元起；授权期5年",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Minimum guarantee USD 5,000; 10% royalty on wholesale",
                    "zh_hans": "保底金5,000美元；按批发价收取10%版税",
                },
            },
        ],
    },
]
