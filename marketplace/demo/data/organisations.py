"""Demo organisations (rights holders and agencies) and subjects.

Plain data, no Django imports. Names are fictional or fictionalised; websites
use the reserved .example domain.
"""

ORGANISATIONS = [
    {
        "slug": "jieli-press",
        "kind": "publisher",
        "country": "CN",
        "city": "Nanning",
        "website": "https://jieli-press.example",
        "verified": True,
        "name": {
            "en": "Jieli Children's Press",
            "zh_hans": "接力童书出版社",
        },
        "description": {
            "en": "A Nanning publisher of children's novels and picture books, with a long list of "
                  "stories set in Guangxi and along the Beibu Gulf. It licenses translation rights "
                  "across Southeast Asia every year.",
            "zh_hans": "总部位于南宁的少儿出版社，出版儿童小说与图画书，大量作品以广西和北部湾为背景，"
                       "每年向东南亚各国输出翻译版权。",
        },
    },
    {
        "slug": "mountain-sea-comics",
        "kind": "studio",
        "country": "CN",
        "city": "Hangzhou",
        "website": "https://mountain-sea-comics.example",
        "verified": True,
        "name": {
            "en": "Mountain & Sea Comics Studio",
            "zh_hans": "山海漫画工作室",
        },
        "description": {
            "en": "A Hangzhou studio making manhua and short animation drawn from Chinese myth, "
                  "from the Classic of Mountains and Seas to river-town ghost stories.",
            "zh_hans": "杭州的漫画与动画工作室，从《山海经》到江南水乡怪谈，专注改编中国神话题材的漫画和短篇动画。",
        },
    },
    {
        "slug": "kim-dong-publishing",
        "kind": "publisher",
        "country": "VN",
        "city": "Hanoi",
        "website": "https://kim-dong-publishing.example",
        "verified": True,
        "name": {
            "en": "Kim Dong Picture Book House",
            "zh_hans": "金童绘本出版社",
            "vi": "Nhà Sách Tranh Kim Đồng",
        },
        "description": {
            "en": "A Hanoi publisher of picture books and stories for children, known for "
                  "retelling Vietnamese folk tales in contemporary illustration.",
            "zh_hans": "河内的图画书与少儿读物出版社，以当代插画重新讲述越南民间故事而闻名。",
            "vi": "Nhà xuất bản sách tranh và truyện thiếu nhi tại Hà Nội, nổi tiếng với những "
                  "truyện cổ tích Việt Nam được kể lại bằng tranh minh họa đương đại.",
        },
    },
    {
        "slug": "nanmee-books",
        "kind": "publisher",
        "country": "TH",
        "city": "Bangkok",
        "website": "https://nanmee-books.example",
        "verified": True,
        "name": {
            "en": "Nanmee Story House",
            "zh_hans": "楠美故事出版社",
            "th": "สำนักพิมพ์บ้านนิทานนานมี",
        },
        "description": {
            "en": "A Bangkok house publishing picture books, family non-fiction and cookery "
                  "memoirs, with a growing list translated into Chinese and Vietnamese.",
            "zh_hans": "曼谷的出版社，出版图画书、家庭类非虚构作品和美食回忆录，已有越来越多的作品被译成中文和越南文。",
            "th": "สำนักพิมพ์ในกรุงเทพฯ ที่จัดพิมพ์นิทานภาพ สารคดีสำหรับครอบครัว และบันทึกความทรงจำเกี่ยวกับอาหาร "
                  "ผลงานหลายเล่มได้รับการแปลเป็นภาษาจีนและภาษาเวียดนามแล้ว",
        },
    },
    {
        "slug": "thai-pbs-docs",
        "kind": "studio",
        "country": "TH",
        "city": "Bangkok",
        "website": "https://thai-pbs-docs.example",
        "verified": True,
        "name": {
            "en": "Thai Public Docs Studio",
            "zh_hans": "泰国公共纪录片工作室",
            "th": "สตูดิโอสารคดีสาธารณะไทย",
        },
        "description": {
            "en": "A Bangkok documentary studio filming rivers, food and community life across "
                  "the Mekong region, for broadcast and streaming.",
            "zh_hans": "曼谷的纪录片工作室，拍摄湄公河流域的河流、饮食与社区生活，供电视播出和流媒体发行。",
            "th": "สตูดิโอสารคดีในกรุงเทพฯ ที่ถ่ายทำเรื่องราวของแม่น้ำ อาหาร และชีวิตชุมชนในภูมิภาคลุ่มน้ำโขง "
                  "เพื่อออกอากาศทางโทรทัศน์และสตรีมมิง",
        },
    },
    {
        "slug": "lao-heritage-weavers",
        "kind": "workshop",
        "country": "LA",
        "city": "Luang Prabang",
        "website": "https://lao-heritage-weavers.example",
        "verified": False,
        "name": {
            "en": "Lao Heritage Weavers Cooperative",
            "zh_hans": "老挝传统织造合作社",
            "lo": "ສະຫະກອນຊ່າງທໍຜ້າມໍລະດົກລາວ",
        },
        "description": {
            "en": "A weavers' cooperative in Luang Prabang that records the silk patterns of Lao, "
                  "Tai Lue and Hmong villages and licenses them on fair terms.",
            "zh_hans": "琅勃拉邦的织工合作社，记录老族、傣泐族和苗族村寨的丝织纹样，并以公平的条件授权使用。",
            "lo": "ສະຫະກອນຊ່າງທໍຜ້າຢູ່ຫຼວງພະບາງ ທີ່ບັນທຶກລາຍຜ້າໄໝຂອງບ້ານລາວ, ໄທລື້ ແລະ ມົ້ງ "
                  "ແລະ ອະນຸຍາດໃຫ້ນຳໃຊ້ລາຍເຫຼົ່ານັ້ນຢ່າງເປັນທຳ.",
        },
    },
    {
        "slug": "angkor-silver-guild",
        "kind": "workshop",
        "country": "KH",
        "city": "Phnom Penh",
        "website": "https://angkor-silver-guild.example",
        "verified": False,
        "name": {
            "en": "Angkor Silversmiths' Guild",
            "zh_hans": "吴哥银匠行会",
            "km": "សមាគមជាងប្រាក់អង្គរ",
        },
        "description": {
            "en": "A guild of Phnom Penh silversmiths keeping the old Khmer repoussé motifs alive "
                  "and licensing their designs to jewellers, designers and museums.",
            "zh_hans": "金边银匠组成的行会，传承高棉传统银器锤揲纹样，并向珠宝商、设计师和博物馆授权其设计。",
            "km": "សមាគមជាងប្រាក់នៅភ្នំពេញ ដែលថែរក្សាក្បាច់រចនាប្រាក់បុរាណខ្មែរ "
                  "និងផ្តល់អាជ្ញាប័ណ្ណលំនាំរចនាដល់ជាងគ្រឿងអលង្ការ អ្នករចនាម៉ូដ និងសារមន្ទីរ។",
        },
    },
    {
        "slug": "yangon-pen-house",
        "kind": "publisher",
        "country": "MM",
        "city": "Yangon",
        "website": "https://yangon-pen-house.example",
        "verified": False,
        "name": {
            "en": "Yangon Pen House",
            "zh_hans": "仰光笔舍出版社",
            "my": "ရန်ကုန်ကလောင်တိုက်",
        },
        "description": {
            "en": "A small literary publisher in Yangon printing Myanmar short stories, poetry and "
                  "children's books.",
            "zh_hans": "仰光的一家小型文学出版社，出版缅甸短篇小说、诗歌和儿童读物。",
            "my": "ရန်ကုန်မြို့ရှိ စာပေထုတ်ဝေရေးတိုက်ငယ်တစ်ခုဖြစ်ပြီး မြန်မာဝတ္ထုတိုများ၊ ကဗျာများနှင့် "
                  "ကလေးစာအုပ်များကို ထုတ်ဝေသည်။",
        },
    },
    {
        "slug": "dewan-kreatif",
        "kind": "publisher",
        "country": "MY",
        "city": "Kuala Lumpur",
        "website": "https://dewan-kreatif.example",
        "verified": True,
        "name": {
            "en": "Dewan Kreatif Publishing",
            "zh_hans": "创意书坊出版社",
            "ms": "Penerbitan Dewan Kreatif",
        },
        "description": {
            "en": "A Kuala Lumpur publisher of Malay fiction and children's books that gathers "
                  "folk tales from across the peninsula and retells them for today's readers.",
            "zh_hans": "吉隆坡的马来文小说和少儿读物出版社，搜集马来半岛各地的民间故事，并为当代读者重新讲述。",
            "ms": "Penerbit fiksyen Melayu dan buku kanak-kanak di Kuala Lumpur yang mengumpul cerita "
                  "rakyat dari seluruh semenanjung dan menceritakannya semula untuk pembaca masa kini.",
        },
    },
    {
        "slug": "gramedia-kids",
        "kind": "publisher",
        "country": "ID",
        "city": "Jakarta",
        "website": "https://gramedia-kids.example",
        "verified": True,
        "name": {
            "en": "Grama Kids Books",
            "zh_hans": "格拉玛童书",
            "ind": "Penerbit Buku Anak Grama",
        },
        "description": {
            "en": "A Jakarta children's publisher whose picture books follow families, islands "
                  "and city neighbourhoods across the archipelago.",
            "zh_hans": "雅加达的童书出版社，其图画书讲述印度尼西亚群岛各地的家庭、海岛和城市街区的故事。",
            "ind": "Penerbit buku anak di Jakarta yang buku bergambarnya bercerita tentang keluarga, "
                   "pulau-pulau, dan kampung kota di seluruh Nusantara.",
        },
    },
    {
        "slug": "adarna-komiks",
        "kind": "publisher",
        "country": "PH",
        "city": "Quezon City",
        "website": "https://adarna-komiks.example",
        "verified": False,
        "name": {
            "en": "Ibong Adarna Komiks Press",
            "zh_hans": "神鸟阿达尔纳漫画出版社",
            "fil": "Limbagang Komiks Ibong Adarna",
        },
        "description": {
            "en": "A Quezon City press for komiks and young-adult novels, drawing on Philippine "
                  "legends and the life of Metro Manila.",
            "zh_hans": "奎松城的漫画与青少年小说出版社，作品取材于菲律宾传说和马尼拉都会区的日常生活。",
            "fil": "Palimbagan ng komiks at nobelang pangkabataan sa Lungsod Quezon, na humahango "
                   "sa mga alamat ng Pilipinas at sa buhay sa Kamaynilaan.",
        },
    },
    {
        "slug": "guizhou-folk-art-museum",
        "kind": "institution",
        "country": "CN",
        "city": "Guiyang",
        "website": "https://guizhou-folk-art-museum.example",
        "verified": True,
        "name": {
            "en": "Guizhou Folk Art Museum",
            "zh_hans": "贵州民间艺术博物馆",
        },
        "description": {
            "en": "A museum in Guiyang holding more than 20,000 pieces of Miao embroidery, Buyi and "
                  "Miao batik and silverwork, and licensing its pattern archive for books, "
                  "exhibitions and design.",
            "zh_hans": "位于贵阳的博物馆，收藏苗绣、布依族和苗族蜡染及银饰两万余件，"
                       "并将其纹样档案授权用于出版、展览和设计。",
        },
    },
    {
        "slug": "jingdezhen-ceramics-studio",
        "kind": "workshop",
        "country": "CN",
        "city": "Jingdezhen",
        "website": "https://jingdezhen-ceramics-studio.example",
        "verified": False,
        "name": {
            "en": "Jingdezhen Kiln Lane Ceramics Studio",
            "zh_hans": "景德镇窑巷陶瓷工作室",
        },
        "description": {
            "en": "A family workshop in Jingdezhen making hand-thrown blue-and-white porcelain, "
                  "whose painted motifs are available for design licensing.",
            "zh_hans": "景德镇的家庭作坊，手工拉坯烧制青花瓷，其手绘纹样可供设计授权。",
        },
    },
    {
        "slug": "silk-road-rights-agency",
        "kind": "agency",
        "country": "SG",
        "city": "Singapore",
        "website": "https://silk-road-rights-agency.example",
        "verified": True,
        "name": {
            "en": "Silk Road Rights Agency",
            "zh_hans": "丝路版权代理公司",
            "ms": "Agensi Hak Cipta Jalan Sutera",
        },
        "description": {
            "en": "A Singapore agency representing publishers, studios and heritage workshops from "
                  "China and Southeast Asia in translation, screen and design deals.",
            "zh_hans": "新加坡的版权代理公司，代表中国和东南亚的出版社、影视工作室及非遗工坊洽谈翻译、影视和设计授权。",
            "ms": "Agensi di Singapura yang mewakili penerbit, studio dan bengkel warisan dari China "
                  "dan Asia Tenggara dalam urusan hak terjemahan, filem dan reka bentuk.",
        },
    },
    # Agents who buy: they hold no listings and send the inquiries.
    {
        "slug": "chao-phraya-rights",
        "kind": "agency",
        "country": "TH",
        "city": "Bangkok",
        "website": "https://chao-phraya-rights.example",
        "verified": True,
        "name": {
            "en": "Chao Phraya Rights Agency",
            "th": "เจ้าพระยา ไรต์ส เอเจนซี",
            "zh_hans": "湄南河版权代理",
        },
        "description": {
            "en": "A Bangkok agency buying translation and screen rights for Thai publishers and producers.",
            "th": "เอเจนซีในกรุงเทพฯ ที่ซื้อลิขสิทธิ์การแปลและลิขสิทธิ์ภาพยนตร์ให้สำนักพิมพ์และผู้ผลิตไทย",
            "zh_hans": "曼谷的版权代理公司，为泰国出版社和制片方购买翻译及影视改编权。",
        },
    },
    {
        "slug": "hanoi-lotus-agency",
        "kind": "agency",
        "country": "VN",
        "city": "Hà Nội",
        "website": "https://hanoi-lotus-agency.example",
        "verified": True,
        "name": {
            "en": "Hanoi Lotus Literary Agency",
            "vi": "Công ty Đại diện Văn học Sen Hà Nội",
            "zh_hans": "河内莲花文学代理",
        },
        "description": {
            "en": "A Hanoi agency licensing Chinese and Southeast Asian picture books and comics for Vietnam.",
            "vi": "Công ty tại Hà Nội mua bản quyền sách tranh và truyện tranh Trung Quốc, Đông Nam Á cho thị trường "
                  "Việt Nam.",
            "zh_hans": "河内的代理公司，为越南市场引进中国和东南亚的绘本与漫画版权。",
        },
    },
    {
        "slug": "mekong-story-agency",
        "kind": "agency",
        "country": "KH",
        "city": "Phnom Penh",
        "website": "https://mekong-story-agency.example",
        "verified": False,
        "name": {
            "en": "Mekong Story Agency",
            "km": "ភ្នាក់ងាររឿងមេគង្គ",
            "zh_hans": "湄公故事代理",
        },
        "description": {
            "en": "A young Phnom Penh agency looking for children's books and animation for Cambodian readers.",
            "km": "ភ្នាក់ងារថ្មីនៅភ្នំពេញ ដែលស្វែងរកសៀវភៅកុមារ និងគំនូរជីវចលសម្រាប់អ្នកអានកម្ពុជា។",
            "zh_hans": "金边的新兴代理公司，为柬埔寨读者寻找童书和动画。",
        },
    },
]

SUBJECTS = [
    {"slug": "mythology", "name": {
        "zh_hans": "神话传说", "en": "Mythology", "vi": "Thần thoại", "th": "ตำนานและเทพนิยาย",
        "ms": "Mitos dan legenda", "ind": "Mitologi", "my": "ဒဏ္ဍာရီ", "lo": "ເທບນິຍາຍ",
        "fil": "Mitolohiya", "km": "ទេវកថា",
    }},
    {"slug": "childhood", "name": {
        "zh_hans": "童年", "en": "Childhood", "vi": "Tuổi thơ", "th": "วัยเด็ก",
        "ms": "Zaman kanak-kanak", "ind": "Masa kecil", "my": "ကလေးဘဝ", "lo": "ໄວເດັກ",
        "fil": "Pagkabata", "km": "កុមារភាព",
    }},
    {"slug": "family", "name": {
        "zh_hans": "家庭", "en": "Family", "vi": "Gia đình", "th": "ครอบครัว",
        "ms": "Keluarga", "ind": "Keluarga", "my": "မိသားစု", "lo": "ຄອບຄົວ",
        "fil": "Pamilya", "km": "គ្រួសារ",
    }},
    {"slug": "history", "name": {
        "zh_hans": "历史", "en": "History", "vi": "Lịch sử", "th": "ประวัติศาสตร์",
        "ms": "Sejarah", "ind": "Sejarah", "my": "သမိုင်း", "lo": "ປະຫວັດສາດ",
        "fil": "Kasaysayan", "km": "ប្រវត្តិសាស្ត្រ",
    }},
    {"slug": "nature", "name": {
        "zh_hans": "自然", "en": "Nature", "vi": "Thiên nhiên", "th": "ธรรมชาติ",
        "ms": "Alam semula jadi", "ind": "Alam", "my": "သဘာဝ", "lo": "ທຳມະຊາດ",
        "fil": "Kalikasan", "km": "ធម្មជាតិ",
    }},
    {"slug": "adventure", "name": {
        "zh_hans": "冒险", "en": "Adventure", "vi": "Phiêu lưu", "th": "การผจญภัย",
        "ms": "Pengembaraan", "ind": "Petualangan", "my": "စွန့်စားခန်း", "lo": "ການຜະຈົນໄພ",
        "fil": "Pakikipagsapalaran", "km": "ការផ្សងព្រេង",
    }},
    {"slug": "food", "name": {
        "zh_hans": "饮食", "en": "Food", "vi": "Ẩm thực", "th": "อาหาร",
        "ms": "Makanan", "ind": "Kuliner", "my": "အစားအစာ", "lo": "ອາຫານ",
        "fil": "Pagkain", "km": "ម្ហូបអាហារ",
    }},
    {"slug": "craft", "name": {
        "zh_hans": "手工艺", "en": "Crafts", "vi": "Thủ công", "th": "งานหัตถกรรม",
        "ms": "Kraf tangan", "ind": "Kerajinan", "my": "လက်မှုပညာ", "lo": "ຫັດຖະກຳ",
        "fil": "Gawaing-kamay", "km": "សិប្បកម្ម",
    }},
    {"slug": "textiles", "name": {
        "zh_hans": "织物与刺绣", "en": "Textiles", "vi": "Hàng dệt", "th": "สิ่งทอ",
        "ms": "Tekstil", "ind": "Tekstil", "my": "အထည်အလိပ်", "lo": "ສິ່ງທໍ",
        "fil": "Habi at tela", "km": "វាយនភណ្ឌ",
    }},
    {"slug": "heritage", "name": {
        "zh_hans": "文化遗产", "en": "Cultural heritage", "vi": "Di sản văn hóa",
        "th": "มรดกทางวัฒนธรรม", "ms": "Warisan budaya", "ind": "Warisan budaya",
        "my": "ယဉ်ကျေးမှုအမွေအနှစ်", "lo": "ມໍລະດົກທາງວັດທະນະທຳ", "fil": "Pamanang kultural",
        "km": "បេតិកភណ្ឌវប្បធម៌",
    }},
    {"slug": "city-life", "name": {
        "zh_hans": "城市生活", "en": "City life", "vi": "Cuộc sống đô thị", "th": "ชีวิตในเมือง",
        "ms": "Kehidupan bandar", "ind": "Kehidupan kota", "my": "မြို့ပြဘဝ", "lo": "ຊີວິດໃນເມືອງ",
        "fil": "Buhay-lungsod", "km": "ជីវិតទីក្រុង",
    }},
    {"slug": "friendship", "name": {
        "zh_hans": "友谊", "en": "Friendship", "vi": "Tình bạn", "th": "มิตรภาพ",
        "ms": "Persahabatan", "ind": "Persahabatan", "my": "မိတ်ဆွေဖွဲ့ခြင်း", "lo": "ມິດຕະພາບ",
        "fil": "Pagkakaibigan", "km": "មិត្តភាព",
    }},
    {"slug": "fantasy", "name": {
        "zh_hans": "奇幻", "en": "Fantasy", "vi": "Kỳ ảo", "th": "แฟนตาซี",
        "ms": "Fantasi", "ind": "Fantasi", "my": "စိတ်ကူးယဉ်ဇာတ်လမ်း", "lo": "ແຟນຕາຊີ",
        "fil": "Pantasya", "km": "រឿងស្រមើស្រមៃ",
    }},
    {"slug": "biography", "name": {
        "zh_hans": "传记", "en": "Biography", "vi": "Tiểu sử", "th": "ชีวประวัติ",
        "ms": "Biografi", "ind": "Biografi", "my": "အတ္ထုပ္ပတ္တိ", "lo": "ຊີວະປະຫວັດ",
        "fil": "Talambuhay", "km": "ជីវប្រវត្តិ",
    }},
]
