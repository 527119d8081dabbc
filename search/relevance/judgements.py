"""Judged queries for measuring catalogue-search relevance on the demo catalogue.

Each entry: the query a rights buyer types, the interface language they type it in,
the demo works (by slug) they would expect at the top, most relevant first, and a
short note on why. Judged by reading marketplace/demo/data/*.py; a work is relevant only
when its title, synopsis, creators, original title or source community supports the
match (in any language), not merely because a substring happens to occur.
"""

JUDGEMENTS = [
    # ------------------------------------------------------------------
    # Chinese (zh-hans)
    # ------------------------------------------------------------------
    {
        "query": "山海",
        "ui_language": "zh-hans",
        "relevant": ["shanhai-battle", "my-classic-of-mountains-and-seas"],
        "note": "Two-character word inside 山海逆战 and 我的山海经. Trap: the holder name "
                "山海漫画工作室 is on five other works and also appears in the Foshan paper-cut synopsis.",
    },
    {
        "query": "苗族刺绣",
        "ui_language": "zh-hans",
        "relevant": [
            "miao-butterfly-mother-embroidery",
            "shidong-dragon-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Miao embroidery: the Taijiang 苗绣 pattern set, the Shidong 苗族破线绣 set and the "
                "book 苗绣里的故事. Traps: 赫蒙族刺绣 (Thai Hmong) and 羌藏刺绣 match 刺绣 only.",
    },
    {
        "query": "蜡染",
        "ui_language": "zh-hans",
        "relevant": ["danzhai-batik-bronze-drum", "kelantan-batik-pucuk-rebung"],
        "note": "Danzhai title says 蜡染; the Kelantan set is batik too, but its Chinese text "
                "uses the Malaysian transliteration 峇迪, so it can only be found through meaning.",
    },
    {
        "query": "景德镇",
        "ui_language": "zh-hans",
        "relevant": [
            "jingdezhen-entwined-lotus",
            "jingdezhen-linglong-rice-grain",
            "thousand-years-of-kiln-fire",
            "porcelain-apprentice",
            "little-kiln-spirit",
        ],
        "note": "Two design sets with 景德镇 in the title, then the documentary series, manhua and "
                "animated film whose synopses are set in Jingdezhen.",
    },
    {
        "query": "剪纸",
        "ui_language": "zh-hans",
        "relevant": ["dai-paper-cuts-mangshi", "foshan-copper-foil-paper-cuts"],
        "note": "Two-character word at the end of 傣族剪纸 and 铜衬剪纸.",
    },
    {
        "query": "筒裙",
        "ui_language": "zh-hans",
        "relevant": ["noys-first-sinh", "luang-prabang-sinh-naga"],
        "note": "Lao sinh skirt: 小诺的第一条筒裙 and the 琅勃拉邦筒裙裙脚纹样 hem patterns.",
    },
    {
        "query": "窑火",
        "ui_language": "zh-hans",
        "relevant": ["thousand-years-of-kiln-fire", "little-kiln-spirit"],
        "note": "Inside 千年窑火 and 窑火小精灵; 御窑厂 in the porcelain manhua is not 窑火.",
    },
    {
        "query": "米粉",
        "ui_language": "zh-hans",
        "relevant": ["grandmas-rice-noodle-shop", "ma-mas-mohinga-stall"],
        "note": "Inside 外婆的米粉店 and 玛玛的鱼汤米粉摊.",
    },
    {
        "query": "吴哥",
        "ui_language": "zh-hans",
        "relevant": ["journey-to-angkor", "silver-hands-of-angkor"],
        "note": "Angkor: 吴哥之旅 (children's history) and 吴哥银匠之手 (documentary).",
    },
    {
        "query": "灯笼",
        "ui_language": "zh-hans",
        "relevant": ["the-lantern-river", "lantern-town-night-market"],
        "note": "Inside 灯笼河 and 灯笼镇夜市; the Dai paper-cut synopsis mentions festival lanterns "
                "only in passing.",
    },
    {
        "query": "赫蒙族",
        "ui_language": "zh-hans",
        "relevant": ["hmong-embroidery-one-needle", "doi-pui-hmong-embroidery"],
        "note": "Thai Hmong works, written 赫蒙族 in Chinese (Guizhou works say 苗族 instead).",
    },
    {
        "query": "银饰",
        "ui_language": "zh-hans",
        "relevant": ["xijiang-miao-silver-horns", "silversmiths-of-the-miao-hills"],
        "note": "Miao silver ornaments: the 西江银角 design set and the 苗岭银匠 documentary about a "
                "full set of bridal silver. The Khmer works make silver boxes, not ornaments.",
    },
    {
        "query": "湄公河",
        "ui_language": "zh-hans",
        "relevant": ["fishers-of-the-mekong", "mekong-kitchens", "naga-legends-of-the-mekong"],
        "note": "Three Chinese titles start with 湄公河; the loom book mentions it only in passing.",
    },
    {
        "query": "黎芳草",
        "ui_language": "zh-hans",
        "relevant": ["the-buffalo-boy-and-the-flute-kite", "shoulder-pole-old-quarter"],
        "note": "Creator search: Le Phuong Thao, author of the picture book and screenwriter of the series.",
    },
    # ------------------------------------------------------------------
    # English
    # ------------------------------------------------------------------
    {
        "query": "Miao embroideries",
        "ui_language": "en",
        "relevant": [
            "miao-butterfly-mother-embroidery",
            "shidong-dragon-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Plural needs stemming to embroidery. The Thai Hmong embroidery works and Qiang "
                "embroidery match only one of the two words.",
    },
    {
        "query": "T'boli weavers",
        "ui_language": "en",
        "relevant": ["lake-sebu-tnalak"],
        "note": "Only T'boli work; title has 'Dreamweavers', synopsis 'weavers' elders'. Apostrophe "
                "handling matters.",
    },
    {
        "query": "documentary about silver",
        "ui_language": "en",
        "relevant": ["silver-hands-of-angkor", "silversmiths-of-the-miao-hills"],
        "note": "The two silversmithing documentaries. Other documentaries (silk, indigo, lacquer) "
                "and silver design sets match only half the query.",
    },
    {
        "query": "Khmer silversmiths",
        "ui_language": "en",
        "relevant": ["silver-hands-of-angkor", "kampong-luong-silver-boxes", "silversmiths-daughter"],
        "note": "Cambodian silversmithing in Kandal province; only the documentary says 'Khmer' in "
                "English, but the other two are Khmer originals about Kandal silversmiths.",
    },
    {
        "query": "kilns",
        "ui_language": "en",
        "relevant": ["little-kiln-spirit", "thousand-years-of-kiln-fire", "porcelain-apprentice"],
        "note": "Stemming kilns -> kiln: two titles plus the manhua set at the imperial kilns.",
    },
    {
        "query": "mouse deer",
        "ui_language": "en",
        "relevant": ["sang-kancil-and-friends", "kancil-anak-jakarta"],
        "note": "Kancil works; one synopsis writes 'mouse-deer', the other 'mouse deer'.",
    },
    {
        "query": "Khin Myat Noe",
        "ui_language": "en",
        "relevant": ["stories-of-the-first-rains", "the-tea-shop-boy-of-yangon", "ma-mas-mohinga-stall"],
        "note": "Creator search: author of all three Yangon works.",
    },
    {
        "query": "Mekong documentary",
        "ui_language": "en",
        "relevant": ["fishers-of-the-mekong", "mekong-kitchens"],
        "note": "Fishers of the Mekong, and the documentary series Mekong Kitchens, which has no "
                "English title or synopsis. The naga manga is fiction.",
    },
    {
        "query": "Hmong New Year",
        "ui_language": "en",
        "relevant": ["hmong-embroidery-one-needle"],
        "note": "The documentary follows a family preparing clothes for Hmong New Year.",
    },
    {
        "query": "lacquerware",
        "ui_language": "en",
        "relevant": ["layers-of-bagan-lacquer"],
        "note": "Only lacquer work (title says 'Lacquer', synopsis 'lacquerware').",
    },
    {
        "query": "Sok Chanthy",
        "ui_language": "en",
        "relevant": ["journey-to-angkor", "silversmiths-daughter"],
        "note": "Creator search; same English name on both, though the Khmer originals are spelled "
                "differently (សុខ ចាន់ធី vs សុខ ចន្ធី).",
    },
    {
        "query": "paper cuts",
        "ui_language": "en",
        "relevant": ["dai-paper-cuts-mangshi", "foshan-copper-foil-paper-cuts"],
        "note": "Both paper-cut design sets ('Paper Cuts' in both titles).",
    },
    {
        "query": "kites",
        "ui_language": "en",
        "relevant": ["the-last-moon-kite", "the-buffalo-boy-and-the-flute-kite"],
        "note": "Stemming kites -> kite. The Kelantan batik set lists a moon-kite motif only in passing.",
    },
    # ------------------------------------------------------------------
    # Thai
    # ------------------------------------------------------------------
    {
        "query": "ผ้าปักม้ง",
        "ui_language": "th",
        "relevant": [
            "hmong-embroidery-one-needle",
            "doi-pui-hmong-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Hmong embroidered cloth: title of the documentary, inside unsegmented "
                "ลายผ้าปักม้งดอยปุย, and the Miao book whose Thai title is เรื่องเล่าในลายปักม้ง.",
    },
    {
        "query": "โขง",
        "ui_language": "th",
        "relevant": ["fishers-of-the-mekong", "mekong-kitchens", "naga-legends-of-the-mekong"],
        "note": "Mekong, at the end of unsegmented titles: ...แม่น้ำโขง, ครัวริมโขง, ...สองฝั่งโขง.",
    },
    {
        "query": "พญานาค",
        "ui_language": "th",
        "relevant": ["naga-legends-of-the-mekong"],
        "note": "Inside ตำนานพญานาคสองฝั่งโขง; other naga works use plain นาค for a weaving motif.",
    },
    {
        "query": "ผ้าซิ่น",
        "ui_language": "th",
        "relevant": ["noys-first-sinh", "luang-prabang-sinh-naga"],
        "note": "Sinh skirt: ผ้าซิ่นผืนแรกของน้อย, and ลายตีนซิ่นหลวงพระบาง (sinh-hem patterns), where "
                "ซิ่น sits inside a longer run.",
    },
    {
        "query": "ช่างเงิน",
        "ui_language": "th",
        "relevant": [
            "silversmiths-daughter",
            "silver-hands-of-angkor",
            "silversmiths-of-the-miao-hills",
            "kampong-luong-silver-boxes",
        ],
        "note": "Silversmith: inside three Thai titles (ลูกสาวช่างเงิน, มือช่างเงินแห่งนครวัด, "
                "ช่างเงินแห่งขุนเขาเหมียว); the Kampong Luong set says it in the synopsis.",
    },
    {
        "query": "เครื่องเขิน",
        "ui_language": "th",
        "relevant": ["layers-of-bagan-lacquer"],
        "note": "Lacquerware, inside ชั้นแล้วชั้นเล่าของเครื่องเขินพุกาม.",
    },
    {
        "query": "กระจง",
        "ui_language": "th",
        "relevant": ["sang-kancil-and-friends", "kancil-anak-jakarta"],
        "note": "Mouse deer, at the start of กระจงน้อยกับผองเพื่อน and กระจงน้อยแห่งจาการ์ตา.",
    },
    {
        "query": "โคมไฟ",
        "ui_language": "th",
        "relevant": ["the-lantern-river", "lantern-town-night-market"],
        "note": "Lantern, inside แม่น้ำโคมไฟ and ตลาดกลางคืนเมืองโคมไฟ.",
    },
    {
        "query": "ครัว",
        "ui_language": "th",
        "relevant": ["my-mothers-kitchen-by-the-canal", "mekong-kitchens", "kitchen-god-diary"],
        "note": "Kitchen: ครัวของแม่ริมคลอง, ครัวริมโขง, then The Kitchen God's Diary (no Thai text). "
                "Trap: ครัว is also inside ครอบครัว 'family' in many synopses.",
    },
    {
        "query": "อนุชา บุญมี",
        "ui_language": "th",
        "relevant": ["naga-legends-of-the-mekong"],
        "note": "Creator search in Thai script.",
    },
    # ------------------------------------------------------------------
    # Vietnamese
    # ------------------------------------------------------------------
    {
        "query": "tranh dong ho",
        "ui_language": "vi",
        "relevant": ["bat-trang-dong-ho-ceramics", "the-buffalo-boy-and-the-flute-kite"],
        "note": "Typed without diacritics for 'Tranh Đông Hồ' (title of the Bát Tràng set); the "
                "picture book is painted in the Đông Hồ woodblock style.",
    },
    {
        "query": "pho co",
        "ui_language": "vi",
        "relevant": ["muop-old-quarter-cat", "shoulder-pole-old-quarter"],
        "note": "Typed without diacritics for 'phố cổ' (Old Quarter), in both Vietnamese titles.",
    },
    {
        "query": "thợ bạc",
        "ui_language": "vi",
        "relevant": ["silver-hands-of-angkor", "silversmiths-of-the-miao-hills"],
        "note": "Silversmith, in 'Đôi tay thợ bạc Angkor' and 'Thợ bạc vùng núi Miêu'.",
    },
    {
        "query": "Mẹ Bướm",
        "ui_language": "vi",
        "relevant": [
            "butterfly-mother-animated-shorts",
            "miao-butterfly-mother-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Butterfly Mother: two Vietnamese titles, then the Miao embroidery book whose "
                "synopsis opens with her.",
    },
    {
        "query": "Mê Kông",
        "ui_language": "vi",
        "relevant": ["fishers-of-the-mekong", "mekong-kitchens"],
        "note": "Both Vietnamese titles contain 'Mê Kông'; the naga manga has no Vietnamese text.",
    },
    {
        "query": "Nguyễn Thu Hà",
        "ui_language": "vi",
        "relevant": ["the-lantern-river", "muop-old-quarter-cat"],
        "note": "Creator search; author of both.",
    },
    {
        "query": "Táo Quân",
        "ui_language": "vi",
        "relevant": ["kitchen-god-diary"],
        "note": "Vietnamese title 'Nhật ký Táo Quân'.",
    },
    # ------------------------------------------------------------------
    # Khmer
    # ------------------------------------------------------------------
    {
        "query": "អង្គរ",
        "ui_language": "km",
        "relevant": ["journey-to-angkor", "silver-hands-of-angkor"],
        "note": "Angkor, inside the unsegmented Khmer titles of both works.",
    },
    {
        "query": "ជាងប្រាក់",
        "ui_language": "km",
        "relevant": ["silversmiths-daughter", "silver-hands-of-angkor", "kampong-luong-silver-boxes"],
        "note": "Silversmith: in two Khmer titles, and in the Kampong Luong synopsis.",
    },
    {
        "query": "ទន្លេមេគង្គ",
        "ui_language": "km",
        "relevant": ["fishers-of-the-mekong", "naga-legends-of-the-mekong"],
        "note": "Mekong River, in both Khmer titles; Mekong Kitchens has no Khmer text.",
    },
    {
        "query": "កូនដំរី",
        "ui_language": "km",
        "relevant": ["the-little-elephant-who-would-not-sleep"],
        "note": "Little elephant, title កូនដំរីមិនចង់គេង; ដំរី alone also occurs in the silver documentary.",
    },
    # ------------------------------------------------------------------
    # Burmese
    # ------------------------------------------------------------------
    {
        "query": "မုန့်ဟင်းခါး",
        "ui_language": "my",
        "relevant": ["ma-mas-mohinga-stall"],
        "note": "Mohinga, inside the unsegmented Burmese title.",
    },
    {
        "query": "ရန်ကုန်",
        "ui_language": "my",
        "relevant": ["the-tea-shop-boy-of-yangon", "stories-of-the-first-rains", "ma-mas-mohinga-stall"],
        "note": "Yangon: in the tea-shop book's title, in the synopses of the other two.",
    },
    {
        "query": "မဲခေါင်",
        "ui_language": "my",
        "relevant": ["naga-legends-of-the-mekong", "mekong-kitchens", "fishers-of-the-mekong"],
        "note": "Mekong: two Burmese titles; Fishers of the Mekong has no Burmese text but is the "
                "Mekong documentary.",
    },
    {
        "query": "ယွန်းထည်",
        "ui_language": "my",
        "relevant": ["layers-of-bagan-lacquer"],
        "note": "Lacquerware, inside ပုဂံယွန်းထည်.",
    },
    {
        "query": "ခင်မြတ်နိုး",
        "ui_language": "my",
        "relevant": ["stories-of-the-first-rains", "the-tea-shop-boy-of-yangon", "ma-mas-mohinga-stall"],
        "note": "Creator search on the Burmese original name of Khin Myat Noe.",
    },
    # ------------------------------------------------------------------
    # Lao
    # ------------------------------------------------------------------
    {
        "query": "ສິ້ນ",
        "ui_language": "lo",
        "relevant": ["noys-first-sinh", "luang-prabang-sinh-naga"],
        "note": "Sinh, inside ສິ້ນຜືນທຳອິດຂອງນ້ອຍ and ລາຍຕີນສິ້ນ.",
    },
    {
        "query": "ຜ້າປັກມົ້ງ",
        "ui_language": "lo",
        "relevant": [
            "hmong-embroidery-one-needle",
            "doi-pui-hmong-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Hmong embroidery: exact in the documentary title; Doi Pui's Lao title has the words "
                "in another order (ລາຍປັກຜ້າມົ້ງ); the Miao book's Lao title says ລາຍປັກຂອງຊາວມົ້ງ.",
    },
    {
        "query": "ໄຕແດງ",
        "ui_language": "lo",
        "relevant": ["houaphan-tai-daeng-shoulder-cloths", "indigo-blue-of-laos"],
        "note": "Tai Daeng: title of the Houaphan set; the indigo documentary spells it ໄທແດງ.",
    },
    {
        "query": "ຫຼວງພະບາງ",
        "ui_language": "lo",
        "relevant": ["luang-prabang-sinh-naga", "the-girl-and-the-loom"],
        "note": "Luang Prabang: in the sinh-hem title, and where the loom book is set.",
    },
    # ------------------------------------------------------------------
    # Malay, Indonesian, Filipino
    # ------------------------------------------------------------------
    {
        "query": "wau bulan",
        "ui_language": "ms",
        "relevant": ["the-last-moon-kite", "kelantan-batik-pucuk-rebung"],
        "note": "Original title 'Wau Bulan Terakhir'; the Kelantan batik set includes a wau bulan motif.",
    },
    {
        "query": "Sang Kancil",
        "ui_language": "ms",
        "relevant": ["sang-kancil-and-friends", "kancil-anak-jakarta"],
        "note": "Hikayat Sang Kancil first; the Jakarta webcomic is the same fable figure.",
    },
    {
        "query": "tenun ikat Sumba",
        "ui_language": "id",
        "relevant": ["grandmother-weaver-of-sumba"],
        "note": "'Nenek Penenun dari Sumba' (no English). 'ikat' is also a substring of 'pengikat' "
                "in other synopses.",
    },
    {
        "query": "tikbalang",
        "ui_language": "fil",
        "relevant": ["tikbalang-sa-tondo", "tikbalang-of-tondo-animated-series"],
        "note": "The original komiks, then its animated series.",
    },
    {
        "query": "T'nalak",
        "ui_language": "fil",
        "relevant": ["lake-sebu-tnalak"],
        "note": "'Mga Habing T'nalak ng Lawa ng Sebu'.",
    },
    # ------------------------------------------------------------------
    # Cross-language
    # ------------------------------------------------------------------
    {
        "query": "batik",
        "ui_language": "th",
        "relevant": ["danzhai-batik-bronze-drum", "kelantan-batik-pucuk-rebung"],
        "note": "Latin-script query in the Thai interface; only Danzhai has a Thai title (บาติก).",
    },
    {
        "query": "Jingdezhen",
        "ui_language": "vi",
        "relevant": [
            "jingdezhen-entwined-lotus",
            "jingdezhen-linglong-rice-grain",
            "thousand-years-of-kiln-fire",
            "porcelain-apprentice",
            "little-kiln-spirit",
        ],
        "note": "English name in the Vietnamese interface, where the texts say Cảnh Đức Trấn.",
    },
    {
        "query": "山海经",
        "ui_language": "th",
        "relevant": ["my-classic-of-mountains-and-seas", "shanhai-battle"],
        "note": "Chinese query in the Thai interface: 我的山海经, and the manhua built on 《山海经》.",
    },
    {
        "query": "蝴蝶妈妈",
        "ui_language": "vi",
        "relevant": [
            "butterfly-mother-animated-shorts",
            "miao-butterfly-mother-embroidery",
            "stories-stitched-in-miao-embroidery",
        ],
        "note": "Chinese query in the Vietnamese interface: two Chinese titles, then the book's synopsis.",
    },
    {
        "query": "ครัวริมโขง",
        "ui_language": "en",
        "relevant": ["mekong-kitchens"],
        "note": "Thai title typed in the English interface; the series has no English title.",
    },
    {
        "query": "ช้างน้อย",
        "ui_language": "en",
        "relevant": ["the-little-elephant-who-would-not-sleep"],
        "note": "Thai word inside ช้างน้อยไม่อยากนอน, typed in the English interface; the book has "
                "no English text.",
    },
]
