"""Demo folk-art and heritage-design listings.

Plain data, no Django imports; see the package docstring for the schema.
Artisan names are fictional. Every listing names its source community and
states how royalties are shared with it.
"""

WORKS = [
    # ------------------------------------------------------------------
    # Guizhou: Miao embroidery, batik and silver
    # ------------------------------------------------------------------
    {
        "slug": "miao-butterfly-mother-embroidery",
        "kind": "folk_art",
        "subtype": "embroidery",
        "title": {
            "zh_hans": "蝴蝶妈妈：台江苗绣纹样集",
            "en": "Butterfly Mother: Miao Embroidery Patterns of Taijiang",
            "th": "แม่ผีเสื้อ: ลวดลายผ้าปักชาวเมี่ยวแห่งไถเจียง",
            "vi": "Mẹ Bướm: Bộ hoa văn thêu Miêu vùng Đài Giang",
            "lo": "ແມ່ກະເບື້ອ: ລາຍປັກຂອງຊາວມຽວ ເມືອງໄທ່ຈຽງ",
        },
        "synopsis": {
            "zh_hans": "从贵州民间艺术博物馆所藏节日盛装上重新描绘的42幅纹样，以苗族古歌中万物之母"
                       "“妹榜妹留”（蝴蝶妈妈）为中心，兼有龙、鹡宇鸟与枫树纹。每一纹样都经台江县绣娘审定，"
                       "每笔版税的10%进入村寨刺绣基金。",
            "en": "Forty-two pattern sheets redrawn from festival jackets in the Guizhou Folk Art "
                  "Museum, centred on Mais Bangx, the Butterfly Mother from whom all people were born "
                  "in the Miao creation songs, with dragons, the Jiyu bird and maple leaves around her. "
                  "Every motif was reviewed with the embroiderers of Taijiang County, and 10% of each "
                  "royalty goes to the village embroidery fund.",
            "th": "ลวดลาย 42 แผ่นที่คัดลอกใหม่จากชุดเทศกาลในคลังของพิพิธภัณฑ์ศิลปะพื้นบ้านกุ้ยโจว "
                  "โดยมีแม่ผีเสื้อ ผู้ให้กำเนิดมนุษย์ในบทเพลงกำเนิดโลกของชาวเมี่ยว เป็นศูนย์กลาง "
                  "ทุกลวดลายผ่านการตรวจทานโดยช่างปักในอำเภอไถเจียง "
                  "และร้อยละ 10 ของค่าลิขสิทธิ์ทุกครั้งจะเข้ากองทุนงานปักของหมู่บ้าน",
            "vi": "42 tấm hoa văn được vẽ lại từ những bộ áo lễ hội trong bộ sưu tập của Bảo tàng "
                  "Nghệ thuật Dân gian Quý Châu, xoay quanh Mẹ Bướm – người đã sinh ra loài người "
                  "trong những bài ca sáng thế của người Miêu. Mỗi họa tiết đều được các thợ thêu "
                  "huyện Đài Giang duyệt lại, và 10% tiền bản quyền được chuyển vào quỹ thêu của bản.",
            "lo": "ລາຍປັກ 42 ແຜ່ນ ທີ່ແຕ້ມຄືນໃໝ່ຈາກຊຸດບຸນປະເພນີ ໃນຄັງສະສົມຂອງຫໍພິພິທະພັນສິລະປະພື້ນເມືອງກຸ້ຍໂຈ່ວ "
                  "ໂດຍມີແມ່ກະເບື້ອ ຜູ້ໃຫ້ກຳເນີດມະນຸດໃນບົດເພງກຳເນີດໂລກຂອງຊາວມຽວ ເປັນໃຈກາງ. "
                  "ທຸກລາຍໄດ້ຜ່ານການກວດກາຂອງຊ່າງປັກໃນເມືອງໄທ່ຈຽງ "
                  "ແລະ 10% ຂອງຄ່າລິຂະສິດ ຈະເຂົ້າກອງທຶນງານປັກຂອງບ້ານ.",
        },
        "original_title": "蝴蝶妈妈：台江苗绣纹样集",
        "original_language": "zh-Hans",
        "year": 2023,
        "holder": "guizhou-folk-art-museum",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "mythology", "heritage"],
        "creators": [
            {"name": {"en": "Pan Yumei", "zh_hans": "潘玉梅"}, "name_original": "潘玉梅",
             "country": "CN", "role": "artisan"},
            {"name": {"en": "Zhang Laoying", "zh_hans": "张老英"}, "name_original": "张老英",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Miao (Hmong) communities of Taijiang County, Qiandongnan",
        "region": "Qiandongnan, Guizhou, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World excluding CN",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 5,000; "
                          "10% to the community fund",
                    "zh_hans": "按净销售额8%计提版税；保底5,000美元；其中10%进入社区基金",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "EU",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 3,000 per venue; 10% to the community fund",
                    "zh_hans": "每个展馆一次性收费3,000美元；其中10%进入社区基金",
                },
            },
        ],
    },
    {
        "slug": "shidong-dragon-embroidery",
        "kind": "folk_art",
        "subtype": "embroidery",
        "title": {
            "zh_hans": "施洞龙舟：苗族破线绣纹样",
            "en": "Shidong Dragons: Miao Split-Thread Embroidery",
            "th": "มังกรแห่งซือต้ง: ลายปักด้ายแยกของชาวเมี่ยว",
            "my": "ရှီတုံ နဂါးလှေ - မြောင်လူမျိုး ပန်းထိုးဒီဇိုင်းများ",
        },
        "synopsis": {
            "zh_hans": "清水江畔施洞的36幅纹样：苗族绣娘将丝线劈得细如发丝，绣出独木龙舟节上的牛角龙、"
                       "鱼与星辰。纹样由绣娘本人挑选授权，版税的10%进入村寨刺绣基金。",
            "en": "Thirty-six patterns from Shidong on the Qingshui River, where Miao embroiderers "
                  "split silk floss as fine as hair to stitch the buffalo-horned dragons, fish and "
                  "stars of the canoe dragon-boat festival. The embroiderers chose which patterns to "
                  "release, and 10% of royalties go to the village embroidery fund.",
            "th": "ลายปัก 36 แบบจากหมู่บ้านซือต้งริมแม่น้ำชิงสุ่ย ที่ช่างปักชาวเมี่ยวแยกเส้นไหมให้บางเท่าเส้นผม "
                  "เพื่อปักมังกรเขาควาย ปลา และดวงดาวจากเทศกาลเรือมังกร "
                  "ช่างปักเป็นผู้เลือกเองว่าลายใดจะเปิดให้ใช้ "
                  "และร้อยละ 10 ของค่าลิขสิทธิ์เข้ากองทุนงานปักของหมู่บ้าน",
            "my": "ချင်းရှွေ့မြစ်ကမ်းရှိ ရှီတုံရွာမှ ပန်းထိုးဒီဇိုင်း ၃၆ မျိုး ပါဝင်သည်။ "
                  "မြောင်လူမျိုး ပန်းထိုးသူများသည် ပိုးချည်ကို ဆံပင်မျှ သေးငယ်အောင် ခွဲ၍ "
                  "နဂါးလှေပွဲတော်မှ ကျွဲချိုနဂါး၊ ငါး နှင့် ကြယ်ပုံများကို ထိုးထားသည်။ "
                  "မူပိုင်ခ၏ ၁၀ ရာခိုင်နှုန်းကို ရွာ၏ ပန်းထိုးရန်ပုံငွေသို့ ပေးအပ်သည်။",
        },
        "original_title": "施洞龙舟：苗族破线绣纹样",
        "original_language": "zh-Hans",
        "year": 2022,
        "holder": "guizhou-folk-art-museum",
        "agency": None,
        "subjects": ["textiles", "mythology", "craft"],
        "creators": [
            {"name": {"en": "Wu Jinhua", "zh_hans": "吴金花"}, "name_original": "吴金花",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Miao (Hmong) embroiderers of Shidong, Taijiang County",
        "region": "Qiandongnan, Guizhou, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 4,000; "
                          "10% to the community fund",
                    "zh_hans": "按净销售额7%计提版税；保底4,000美元；其中10%进入社区基金",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "instant_price": ("2400.00", "USD"),
                "asking_terms": {
                    "en": "Flat fee USD 1,200 per year; 10% to the community fund",
                    "zh_hans": "每年一次性收费1,200美元；其中10%进入社区基金",
                },
            },
        ],
    },
    {
        "slug": "danzhai-batik-bronze-drum",
        "kind": "folk_art",
        "subtype": "batik",
        "title": {
            "zh_hans": "铜鼓与漩涡：丹寨蜡染纹样",
            "en": "Drums and Whirlpools: Danzhai Batik Patterns",
            "th": "กลองมโหระทึกและวังน้ำวน: ลายผ้าบาติกต้านไจ้",
            "km": "ស្គរសំរិទ្ធ និងទឹកវិល៖ ក្បាច់បាទិកដាន់ចៃ",
            "ind": "Nekara dan Pusaran: Motif Batik Danzhai",
        },
        "synopsis": {
            "zh_hans": "丹寨县苗族妇女以蜂蜡绘制、用自种蓝靛浸染的30幅蜡染纹样：漩涡、鸟纹与星纹，"
                       "皆承自古代铜鼓鼓面。作品与丹寨蜡染合作社共同整理，每笔版税的10%归合作社所有。",
            "en": "Thirty batik patterns drawn in beeswax by Miao (Hmong) women of Danzhai County and "
                  "dyed in home-grown indigo: whirlpools, birds and stars handed down from the faces "
                  "of ancient bronze drums. Compiled with the Danzhai batik cooperative, which "
                  "receives 10% of every royalty.",
            "th": "ลวดลายบาติก 30 แบบที่สตรีชาวเมี่ยว (ม้ง) ในอำเภอต้านไจ้เขียนด้วยขี้ผึ้งแล้วย้อมครามที่ปลูกเอง "
                  "ทั้งลายวังน้ำวน นก และดวงดาว ซึ่งสืบทอดมาจากหน้ากลองมโหระทึกโบราณ "
                  "รวบรวมร่วมกับกลุ่มสหกรณ์บาติกต้านไจ้ ซึ่งได้รับร้อยละ 10 ของค่าลิขสิทธิ์ทุกครั้ง",
            "km": "ក្បាច់បាទិកចំនួន ៣០ ដែលស្ត្រីជនជាតិម៉ៀវ (ម៉ុង) នៅស្រុកដាន់ចៃ គូរដោយក្រមួនឃ្មុំ "
                  "ហើយជ្រលក់ពណ៌ខៀវពីរុក្ខជាតិដែលខ្លួនដាំ។ ក្បាច់ទាំងនេះរួមមានទឹកវិល បក្សី និងផ្កាយ "
                  "ដែលបន្តមកពីផ្ទៃស្គរសំរិទ្ធបុរាណ។ សហករណ៍បាទិកដាន់ចៃ ទទួលបាន ១០% នៃកម្រៃសិទ្ធិគ្រប់ពេល។",
            "ind": "Tiga puluh motif batik yang dilukis dengan lilin lebah oleh perempuan Miao (Hmong) "
                   "di Kabupaten Danzhai lalu dicelup nila tanaman sendiri: pusaran air, burung, dan "
                   "bintang yang diwariskan dari permukaan nekara perunggu kuno. Koperasi batik Danzhai "
                   "menerima 10% dari setiap royalti.",
        },
        "original_title": "铜鼓与漩涡：丹寨蜡染纹样",
        "original_language": "zh-Hans",
        "year": 2024,
        "holder": "guizhou-folk-art-museum",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "history", "heritage"],
        "creators": [
            {"name": {"en": "Yang Xiuzhen", "zh_hans": "杨秀珍"}, "name_original": "杨秀珍",
             "country": "CN", "role": "artisan"},
            {"name": {"en": "Wang Meiying", "zh_hans": "王美英"}, "name_original": "王美英",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Miao (Hmong) communities of Danzhai County",
        "region": "Qiandongnan, Guizhou, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World excluding CN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 5,000; "
                          "10% to the community fund",
                    "zh_hans": "按净销售额8%计提版税；保底5,000美元；其中10%进入社区基金",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en, zh-Hans",
                "exclusivity": "exclusive",
                "term_years": 4,
                "asking_terms": {
                    "en": "Royalty 10% of wholesale price; minimum guarantee USD 8,000; "
                          "10% to the community fund",
                    "zh_hans": "按批发价10%计提版税；保底8,000美元；其中10%进入社区基金",
                },
            },
        ],
    },
    {
        "slug": "xijiang-miao-silver-horns",
        "kind": "folk_art",
        "subtype": "silverwork",
        "title": {
            "zh_hans": "西江银角：雷山苗族银饰图样",
            "en": "Silver Horns of Xijiang: Miao Silver Ornament Designs",
            "ms": "Tanduk Perak Xijiang: Reka Bentuk Perhiasan Perak Miao",
        },
        "synopsis": {
            "zh_hans": "雷山县22件苗族银饰的图样与测绘照片——西江节日盛装中的大银角、项圈，以及蝴蝶、"
                       "鱼形吊饰——用于首饰与配饰授权。打制原件的雷山银匠获得版税的10%。",
            "en": "Drawings and measured photographs of twenty-two Miao silver pieces from Leishan "
                  "County — the great horned headdress worn at Xijiang festivals, neck rings, and "
                  "butterfly and fish pendants — for jewellery and accessory licensing. The Leishan "
                  "silversmiths who forged the originals receive 10% of royalties.",
            "ms": "Lukisan dan foto berukuran bagi dua puluh dua perhiasan perak Miao dari Daerah "
                  "Leishan – hiasan kepala bertanduk besar yang dipakai semasa perayaan di Xijiang, "
                  "gelang leher serta loket rama-rama dan ikan – untuk pelesenan barang kemas dan "
                  "aksesori. Tukang perak Leishan yang menempa karya asal menerima 10% daripada royalti.",
        },
        "original_title": "西江银角：雷山苗族银饰图样",
        "original_language": "zh-Hans",
        "year": 2021,
        "holder": "guizhou-folk-art-museum",
        "agency": None,
        "subjects": ["craft", "heritage", "family"],
        "creators": [
            {"name": {"en": "Long Zhenghai", "zh_hans": "龙正海"}, "name_original": "龙正海",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Miao (Hmong) silversmiths of Leishan County",
        "region": "Qiandongnan, Guizhou, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 6% of net sales; minimum guarantee USD 6,000; "
                          "10% to the silversmiths' fund",
                    "zh_hans": "按净销售额6%计提版税；保底6,000美元；其中10%进入银匠基金",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Jiangxi and Jiangsu: porcelain and clay
    # ------------------------------------------------------------------
    {
        "slug": "jingdezhen-entwined-lotus",
        "kind": "folk_art",
        "subtype": "ceramics",
        "title": {
            "zh_hans": "缠枝莲：景德镇青花纹样",
            "en": "Entwined Lotus: Jingdezhen Blue-and-White Designs",
            "th": "บัวเกี้ยว: ลายครามแห่งจิ่งเต๋อเจิ้น",
            "vi": "Sen dây: Họa tiết lam trắng Cảnh Đức Trấn",
            "ms": "Teratai Berjalin: Reka Bentuk Biru-Putih Jingdezhen",
        },
        "synopsis": {
            "zh_hans": "工作室匠师徒手绘制的50幅青花纹样——缠枝莲、牡丹卷草、海水与云肩——提供高清扫描"
                       "及矢量描稿，适用于餐具、纺织品与包装。授权的是图稿而非“景德镇”之名："
                       "非景德镇烧制的产品不得标注产地为景德镇。",
            "en": "Fifty cobalt designs painted freehand by the studio's masters — entwined lotus, "
                  "peony scrolls, sea waves and cloud collars — supplied as high-resolution scans and "
                  "vector tracings for tableware, textiles and packaging. The licence covers the "
                  "drawings, not the Jingdezhen name: products fired elsewhere may not claim it.",
            "th": "ลายครามโคบอลต์ 50 แบบที่ช่างฝีมือของสตูดิโอวาดด้วยมือเปล่า ทั้งลายบัวเกี้ยว ลายโบตั๋น "
                  "ลายคลื่นทะเล และลายเมฆ พร้อมไฟล์สแกนความละเอียดสูงและไฟล์เวกเตอร์ "
                  "สำหรับเครื่องใช้บนโต๊ะอาหาร สิ่งทอ และบรรจุภัณฑ์ "
                  "สิทธิ์ครอบคลุมเฉพาะลวดลาย ไม่รวมชื่อจิ่งเต๋อเจิ้น",
            "vi": "Năm mươi họa tiết lam cobalt do các nghệ nhân của xưởng vẽ tay – sen dây, mẫu đơn "
                  "cuốn, sóng biển và vân mây – kèm bản quét độ phân giải cao và bản vector dùng cho "
                  "đồ ăn, vải vóc và bao bì. Giấy phép chỉ bao gồm hình vẽ, không bao gồm tên gọi "
                  "Cảnh Đức Trấn.",
            "ms": "Lima puluh reka bentuk biru kobalt yang dilukis tangan oleh tukang mahir studio – "
                  "teratai berjalin, skrol peoni, ombak laut dan awan – dibekalkan sebagai imbasan "
                  "resolusi tinggi dan fail vektor untuk pinggan mangkuk, tekstil dan pembungkusan. "
                  "Lesen meliputi lukisan sahaja, bukan nama Jingdezhen.",
        },
        "original_title": "缠枝莲：景德镇青花纹样",
        "original_language": "zh-Hans",
        "year": 2024,
        "holder": "jingdezhen-ceramics-studio",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "nature", "heritage"],
        "creators": [
            {"name": {"en": "Yu Qingshan", "zh_hans": "余青山"}, "name_original": "余青山",
             "country": "CN", "role": "artisan"},
            {"name": {"en": "Yu Xiaowen", "zh_hans": "余晓雯"}, "name_original": "余晓雯",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Hand-painting workshops of Jingdezhen's old kiln lanes",
        "region": "Jingdezhen, Jiangxi, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 5,
                "asking_terms": {
                    "en": "Royalty 6% of net sales; minimum guarantee USD 10,000",
                    "zh_hans": "按净销售额6%计提版税；保底10,000美元",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 9% of wholesale price; minimum guarantee USD 7,500",
                    "zh_hans": "按批发价9%计提版税；保底7,500美元",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 900 per year",
                    "zh_hans": "每年一次性收费900美元",
                },
            },
        ],
    },
    {
        "slug": "jingdezhen-linglong-rice-grain",
        "kind": "folk_art",
        "subtype": "ceramics",
        "title": {
            "zh_hans": "玲珑：景德镇米通瓷纹样",
            "en": "Rice-Grain Light: Jingdezhen Linglong Porcelain Patterns",
            "km": "ពន្លឺគ្រាប់អង្ករ៖ ក្បាច់សេរ៉ាមិចលីងឡុង នៃក្រុងជីងដឺចិន",
        },
        "synopsis": {
            "zh_hans": "24款玲珑纹样：在未烧坯体上镂出米粒状孔洞，再以透明釉填平，烧成后光线可透过器壁。"
                       "适用于灯具、窗屏与首饰设计，附工作室烧制笔记。",
            "en": "Twenty-four linglong designs, in which rice-shaped openings are pierced through "
                  "the unfired body and filled with clear glaze so that light shines through the "
                  "finished bowl. Offered for lighting, window screens and jewellery, with the "
                  "studio's firing notes.",
            "km": "ក្បាច់ចំនួន ២៤ ដែលឆ្លាក់ជាប្រហោងតូចៗដូចគ្រាប់អង្ករ លើតួដីមុនពេលដុត "
                  "រួចបំពេញដោយស្រទាប់ថ្លា ដើម្បីឲ្យពន្លឺជ្រាបកាត់ចានគោម។ "
                  "សាកសមសម្រាប់ចង្កៀង ការរចនាបង្អួច និងគ្រឿងអលង្ការ "
                  "ព្រមទាំងមានកំណត់ត្រាការដុតរបស់ស្ទូឌីយោ។",
        },
        "original_title": "玲珑：景德镇米通瓷纹样",
        "original_language": "zh-Hans",
        "year": 2025,
        "holder": "jingdezhen-ceramics-studio",
        "agency": None,
        "subjects": ["craft", "heritage"],
        "creators": [
            {"name": {"en": "Yu Qingshan", "zh_hans": "余青山"}, "name_original": "余青山",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Linglong porcelain makers of Jingdezhen",
        "region": "Jingdezhen, Jiangxi, China",
        "heritage": "provincial",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World excluding CN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 4,000",
                    "zh_hans": "按净销售额7%计提版税；保底4,000美元",
                },
            },
        ],
    },
    {
        "slug": "huishan-clay-figures-afu",
        "kind": "folk_art",
        "subtype": "clay_figure",
        "title": {
            "zh_hans": "大阿福和他的朋友们：惠山泥人造型集",
            "en": "A-Fu and Friends: Huishan Clay Figures",
            "vi": "A Phúc và những người bạn: Tượng đất sét Huệ Sơn",
        },
        "synopsis": {
            "zh_hans": "无锡惠山黑泥捏塑的大阿福——怀抱青狮、圆脸福相的护佑童子——以及二十个戏文与丰收人物，"
                       "每件从八个角度拍摄，可供三维扫描。造型由接力童书出版社与惠山作坊为绘本合作创作，"
                       "设计版税的一半归作坊所有。",
            "en": "Round-cheeked A-Fu, the lion-cradling guardian child of Wuxi, and twenty opera and "
                  "harvest characters modelled in Huishan black clay, each photographed from eight "
                  "angles and ready for 3D scanning. The figures were made for a Jieli picture book "
                  "with a Huishan workshop, which receives half of all design royalties.",
            "vi": "A Phúc má tròn – cậu bé hộ mệnh ôm sư tử của Vô Tích – cùng hai mươi nhân vật "
                  "tuồng tích và mùa màng nặn bằng đất sét đen Huệ Sơn, mỗi tượng được chụp từ tám "
                  "góc, sẵn sàng để quét 3D. Một nửa tiền bản quyền thiết kế thuộc về xưởng nặn "
                  "ở Huệ Sơn.",
        },
        "original_title": "大阿福和他的朋友们：惠山泥人造型集",
        "original_language": "zh-Hans",
        "year": 2023,
        "holder": "jieli-press",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "childhood", "heritage"],
        "creators": [
            {"name": {"en": "Qian Xiaoyun", "zh_hans": "钱晓云"}, "name_original": "钱晓云",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Clay-figure workshops at the foot of Huishan, Wuxi",
        "region": "Wuxi, Jiangsu, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "merchandise",
                "territories": "World excluding CN",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of wholesale price; minimum guarantee USD 5,000; "
                          "50% of royalties to the Huishan workshop",
                    "zh_hans": "按批发价8%计提版税；保底5,000美元；版税的50%归惠山作坊",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 800 per year; 50% to the Huishan workshop",
                    "zh_hans": "每年一次性收费800美元；其中50%归惠山作坊",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Sichuan, Yunnan and Guangdong: embroidery and paper cuts
    # ------------------------------------------------------------------
    {
        "slug": "qiang-cloud-embroidery",
        "kind": "folk_art",
        "subtype": "embroidery",
        "title": {
            "zh_hans": "云云鞋与羊角花：川西羌藏刺绣纹样",
            "en": "Cloud Shoes and Sheep-Horn Flowers: Qiang and Tibetan Embroidery of Western Sichuan",
            "my": "မိုးတိမ်ဖိနပ်နှင့် တောင်ပန်း - စီချွမ်အနောက်ပိုင်းမှ ချန်နှင့် တိဗက် ပန်းထိုးလက်ရာများ",
        },
        "synopsis": {
            "zh_hans": "汶川、茂县羌族与藏族妇女绣制的40幅纹样：云云鞋、羊角花，以及围腰与头帕上的挑花边饰。"
                       "其中许多纹样记录于2008年地震之后——彼时刺绣成为重建村寨的生计。"
                       "纹样由贵州民间艺术博物馆西南纺织项目与汶川刺绣合作社共同整理，版税的10%归合作社。",
            "en": "Forty patterns stitched by Qiang and Tibetan women of Wenchuan and Maoxian: "
                  "cloud-toed shoes, sheep-horn rhododendrons and the cross-stitch borders of aprons "
                  "and headcloths. Many were recorded after the 2008 earthquake, when embroidery "
                  "became a livelihood for rebuilt villages. Documented by the Guizhou Folk Art "
                  "Museum's south-west textiles programme with the Wenchuan embroidery cooperative, "
                  "which receives 10% of royalties.",
            "my": "ဝန်ချွမ်နှင့် မောက်ရှန် ဒေသရှိ ချန်နှင့် တိဗက် အမျိုးသမီးများ၏ ပန်းထိုးဒီဇိုင်း ၄၀ ပါဝင်သည်။ "
                  "မိုးတိမ်ပုံ ဖိနပ်များ၊ တောင်ပေါ်ပန်းများနှင့် ခါးစည်းအဝတ်၊ ခေါင်းပေါင်းတို့၏ "
                  "ကြက်ခြေခတ် အနားကွပ်ပုံများ ဖြစ်သည်။ ၂၀၀၈ ငလျင်ပြီးနောက် ရွာများ ပြန်လည်တည်ဆောက်ချိန်တွင် "
                  "ပန်းထိုးသည် အသက်မွေးဝမ်းကျောင်းလုပ်ငန်း ဖြစ်လာခဲ့သည်။ "
                  "မူပိုင်ခ၏ ၁၀ ရာခိုင်နှုန်းကို ဝန်ချွမ် ပန်းထိုးအသင်းသို့ ပေးအပ်သည်။",
        },
        "original_title": "云云鞋与羊角花：川西羌藏刺绣纹样",
        "original_language": "zh-Hans",
        "year": 2022,
        "holder": "guizhou-folk-art-museum",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "nature", "heritage"],
        "creators": [
            {"name": {"en": "Yu Shuqin", "zh_hans": "余淑琴"}, "name_original": "余淑琴",
             "country": "CN", "role": "artisan"},
            {"name": {"en": "Tsering Drolma", "zh_hans": "泽仁卓玛"}, "name_original": "ཚེ་རིང་སྒྲོལ་མ",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Qiang and Tibetan communities of Wenchuan and Maoxian counties",
        "region": "Ngawa (Aba), Sichuan, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 3,000; "
                          "10% to the community fund",
                    "zh_hans": "按净销售额7%计提版税；保底3,000美元；其中10%进入社区基金",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "EU",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 2,500 per venue; 10% to the community fund",
                    "zh_hans": "每个展馆一次性收费2,500美元；其中10%进入社区基金",
                },
            },
        ],
    },
    {
        "slug": "dai-paper-cuts-mangshi",
        "kind": "folk_art",
        "subtype": "paper_cut",
        "title": {
            "zh_hans": "佛幡与孔雀：云南芒市傣族剪纸",
            "en": "Temple Flags and Peacocks: Dai Paper Cuts from Yunnan",
            "th": "ตุงและนกยูง: ศิลปะตัดกระดาษของชาวไตแห่งยูนนาน",
            "lo": "ທຸງ ແລະ ນົກຍູງ: ສິລະປະຕັດເຈ້ຍຂອງຊາວໄຕ ແຂວງຢຸນນານ",
            "my": "ဘုရားတံခွန်နှင့် ဒေါင်း - ယူနန်ပြည်နယ်မှ ဒိုင်လူမျိုး၏ စက္ကူညှပ်လက်ရာ",
        },
        "synopsis": {
            "zh_hans": "芒市傣族艺人为装点佛寺、佛幡与节日灯笼而剪的48幅纹样：孔雀、大象、莲花与佛塔。"
                       "本套纹样与当地剪纸协会共同授权，版税的10%归协会。",
            "en": "Forty-eight cut-paper designs from Mangshi, where Dai artisans cut peacocks, "
                  "elephants, lotuses and stupas to decorate temples, prayer flags and festival "
                  "lanterns. Licensed jointly with the local paper-cut association, which receives "
                  "10% of royalties.",
            "th": "ลายตัดกระดาษ 48 แบบจากเมืองมังซือ ที่ช่างชาวไตใช้ประดับวัด ตุง และโคมไฟในงานบุญ "
                  "ทั้งนกยูง ช้าง ดอกบัว และเจดีย์ อนุญาตร่วมกับสมาคมช่างตัดกระดาษท้องถิ่น "
                  "ซึ่งได้รับร้อยละ 10 ของค่าลิขสิทธิ์",
            "lo": "ລາຍຕັດເຈ້ຍ 48 ແບບ ຈາກເມືອງມັງຊື ທີ່ຊ່າງຊາວໄຕ ໃຊ້ປະດັບວັດ, ທຸງ ແລະ ໂຄມໄຟ ໃນງານບຸນ: "
                  "ນົກຍູງ, ຊ້າງ, ດອກບົວ ແລະ ພະທາດ. ອະນຸຍາດຮ່ວມກັບສະມາຄົມຊ່າງຕັດເຈ້ຍທ້ອງຖິ່ນ "
                  "ເຊິ່ງໄດ້ຮັບ 10% ຂອງຄ່າລິຂະສິດ.",
            "my": "မန်ရှီမြို့မှ ဒိုင်လူမျိုး လက်မှုပညာသည်များ ဘုရားကျောင်း၊ တံခွန်နှင့် ပွဲတော်မီးအိမ်များကို "
                  "အလှဆင်ရန် ညှပ်သော စက္ကူဒီဇိုင်း ၄၈ မျိုး ပါဝင်သည်။ ဒေါင်း၊ ဆင်၊ ကြာပန်းနှင့် စေတီပုံများ "
                  "ဖြစ်သည်။ ဒေသခံ စက္ကူညှပ်အသင်းသည် မူပိုင်ခ၏ ၁၀ ရာခိုင်နှုန်းကို ရရှိသည်။",
        },
        "original_title": "佛幡与孔雀：云南芒市傣族剪纸",
        "original_language": "zh-Hans",
        "year": 2021,
        "holder": "jieli-press",
        "agency": None,
        "subjects": ["craft", "nature", "heritage"],
        "creators": [
            {"name": {"en": "Yue Xianghan", "zh_hans": "岳相罕"}, "name_original": "岳相罕",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Dai (Tai Nuea) paper-cut artisans of Mangshi, Dehong",
        "region": "Dehong, Yunnan, China",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 2,500; "
                          "10% to the paper-cut association",
                    "zh_hans": "按净销售额7%计提版税；保底2,500美元；其中10%归剪纸协会",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 600 per year; 10% to the paper-cut association",
                    "zh_hans": "每年一次性收费600美元；其中10%归剪纸协会",
                },
            },
        ],
    },
    {
        "slug": "foshan-copper-foil-paper-cuts",
        "kind": "folk_art",
        "subtype": "paper_cut",
        "title": {
            "zh_hans": "铜与红：佛山铜衬剪纸",
            "en": "Copper and Red: Foshan Foil Paper Cuts",
            "vi": "Đồng và đỏ: Tranh cắt giấy lót đồng Phật Sơn",
            "fil": "Tanso at Pula: Mga Ginupit na Papel ng Foshan",
        },
        "synopsis": {
            "zh_hans": "32幅佛山剪纸：在薄铜箔上衬以红纸剪刻，再以手工填色——麒麟、仙鹤、舞狮与岭南年宵花市。"
                       "原为山海漫画工作室一部漫画的扉页而剪，现单独授权用于包装与节庆商品，"
                       "版税的10%归佛山剪纸艺人。",
            "en": "Thirty-two Foshan paper cuts in which red paper is cut over thin copper foil and "
                  "coloured by hand: qilin, cranes, lion dancers and the Cantonese New Year flower "
                  "market. First cut for the title pages of a Mountain & Sea manhua, now offered on "
                  "their own for packaging and festive merchandise, with 10% of royalties to the "
                  "Foshan paper-cut artists.",
            "vi": "Ba mươi hai tranh cắt giấy Phật Sơn, trong đó giấy đỏ được cắt trên nền lá đồng "
                  "mỏng rồi tô màu bằng tay: kỳ lân, hạc trắng, múa lân và chợ hoa Tết Quảng Đông. "
                  "10% tiền bản quyền thuộc về các nghệ nhân cắt giấy Phật Sơn.",
            "fil": "Tatlumpu't dalawang ginupit na papel mula sa Foshan, kung saan pinuputol ang "
                   "pulang papel sa ibabaw ng manipis na tansong foil at kinukulayan sa kamay: qilin, "
                   "tagak, sayaw ng leon at ang pamilihan ng bulaklak tuwing Bagong Taon. Napupunta "
                   "ang 10% ng royalty sa mga manggugupit ng papel sa Foshan.",
        },
        "original_title": "铜与红：佛山铜衬剪纸",
        "original_language": "zh-Hans",
        "year": 2024,
        "holder": "mountain-sea-comics",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "mythology", "city-life"],
        "creators": [
            {"name": {"en": "Liang Weiqiang", "zh_hans": "梁伟强"}, "name_original": "梁伟强",
             "country": "CN", "role": "artisan"},
            {"name": {"en": "He Yanling", "zh_hans": "何燕玲"}, "name_original": "何燕玲",
             "country": "CN", "role": "artisan"},
        ],
        "source_community": "Paper-cut artists of Foshan's old town workshops",
        "region": "Foshan, Guangdong, China",
        "heritage": "unesco",
        "offers": [
            {
                "right_type": "merchandise",
                "territories": "World excluding CN",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of wholesale price; minimum guarantee USD 4,000; "
                          "10% to the artists",
                    "zh_hans": "按批发价8%计提版税；保底4,000美元；其中10%归剪纸艺人",
                },
            },
            {
                "right_type": "design_licensing",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 2,000; "
                          "10% to the artists",
                    "zh_hans": "按净销售额7%计提版税；保底2,000美元；其中10%归剪纸艺人",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Laos and Cambodia: silk and silver
    # ------------------------------------------------------------------
    {
        "slug": "luang-prabang-sinh-naga",
        "kind": "folk_art",
        "subtype": "weaving",
        "title": {
            "lo": "ສາຍນ້ຳແຫ່ງນາກ: ລາຍຕີນສິ້ນ ຫຼວງພະບາງ",
            "zh_hans": "那伽之河：琅勃拉邦筒裙裙脚纹样",
            "en": "Rivers of the Naga: Sinh Hem Patterns of Luang Prabang",
            "th": "สายน้ำแห่งนาค: ลายตีนซิ่นหลวงพระบาง",
        },
        "synopsis": {
            "lo": "ລາຍຕີນສິ້ນ 26 ລາຍ ທີ່ແມ່ຍິງຊ່າງຕ່ຳຫູກ ໃນບ້ານຜານົມ ແລະ ຫຼວງພະບາງ ສືບທອດກັນມາ: "
                  "ນາກ, ດອກຈຳປາ, ນົກຫົງ ແລະ ຂັ້ນໄດສູ່ສະຫວັນ. ທຸກລາຍໄດ້ຮັບການບັນທຶກ ພ້ອມຊື່ຊ່າງທໍ "
                  "ແລະ 15% ຂອງຄ່າລິຂະສິດ ເຂົ້າກອງທຶນຂອງສະຫະກອນ.",
            "zh_hans": "班帕侬与琅勃拉邦女织工世代相传的26种筒裙裙脚纹样：那伽、占芭花、神鸟与天梯。"
                       "每一纹样都记录了织工姓名，版税的15%进入合作社基金。",
            "en": "Twenty-six sinh hem patterns handed down among the women weavers of Ban Phanom "
                  "and Luang Prabang: naga, frangipani, hong birds and the stairway to heaven. Each "
                  "pattern is recorded with its weaver's name, and 15% of royalties go to the "
                  "cooperative's fund.",
            "th": "ลายตีนซิ่น 26 ลายที่ช่างทอหญิงบ้านผานมและหลวงพระบางสืบทอดกันมา "
                  "ทั้งนาค ดอกจำปา นกหงส์ และขั้นบันไดสู่สวรรค์ ทุกลายบันทึกไว้พร้อมชื่อช่างทอ "
                  "และร้อยละ 15 ของค่าลิขสิทธิ์เข้ากองทุนของสหกรณ์",
        },
        "original_title": "ສາຍນ້ຳແຫ່ງນາກ: ລາຍຕີນສິ້ນ ຫຼວງພະບາງ",
        "original_language": "lo",
        "year": 2024,
        "holder": "lao-heritage-weavers",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "mythology", "heritage"],
        "creators": [
            {"name": {"en": "Khamphet Phommachanh", "zh_hans": "坎佩·蓬玛占"},
             "name_original": "ຄຳເພັດ ພົມມະຈັນ", "country": "LA", "role": "artisan"},
            {"name": {"en": "Vanh Sisouphanh", "zh_hans": "婉·西苏潘"},
             "name_original": "ວັນ ສີສຸພັນ", "country": "LA", "role": "artisan"},
        ],
        "source_community": "Lao women weavers of Ban Phanom and Luang Prabang",
        "region": "Luang Prabang, Laos",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 3,000; "
                          "15% to the cooperative fund",
                    "zh_hans": "按净销售额8%计提版税；保底3,000美元；其中15%进入合作社基金",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "EU",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 2,000 per venue; 15% to the cooperative fund",
                    "zh_hans": "每个展馆一次性收费2,000美元；其中15%进入合作社基金",
                },
            },
        ],
    },
    {
        # Deliberately without English: the site shows its fallback note.
        "slug": "houaphan-tai-daeng-shoulder-cloths",
        "kind": "folk_art",
        "subtype": "weaving",
        "title": {
            "lo": "ລາຍຜ້າເບ່ຍ ຊາວໄຕແດງ ແຂວງຫົວພັນ",
            "zh_hans": "华潘红傣肩巾纹样",
            "th": "ลายผ้าเบี่ยงไทแดงแห่งหัวพัน",
        },
        "synopsis": {
            "lo": "ລາຍຜ້າເບ່ຍ 20 ລາຍ ຂອງແມ່ຍິງໄຕແດງ ໃນເມືອງຊຳເໜືອ ແລະ ເມືອງຊຳໃຕ້ ແຂວງຫົວພັນ: "
                  "ນາກສອງຫົວ, ຊ້າງ, ນົກ ແລະ ດາວແປດແຈ ທີ່ທໍດ້ວຍໄໝທຳມະຊາດ ຍ້ອມສີຈາກຄັ່ງ ແລະ ຄາມ. "
                  "ອະນຸຍາດສະເພາະໃນອາຊຽນ ແລະ 15% ຂອງຄ່າລິຂະສິດ ເຂົ້າກອງທຶນບ້ານ.",
            "zh_hans": "华潘省桑怒、桑代两县红傣妇女的20种肩巾纹样：双头那伽、大象、飞鸟与八角星，"
                       "以天然蚕丝织就，用紫胶与蓝靛染色。仅在东盟范围内授权，版税的15%进入村寨基金。",
            "th": "ลายผ้าเบี่ยง 20 ลายของสตรีไทแดงในเมืองซำเหนือและซำใต้ แขวงหัวพัน "
                  "ทั้งนาคสองหัว ช้าง นก และดาวแปดแฉก ทอด้วยไหมธรรมชาติย้อมครั่งและคราม "
                  "อนุญาตเฉพาะในภูมิภาคอาเซียน และร้อยละ 15 ของค่าลิขสิทธิ์เข้ากองทุนหมู่บ้าน",
        },
        "original_title": "ລາຍຜ້າເບ່ຍ ຊາວໄຕແດງ ແຂວງຫົວພັນ",
        "original_language": "lo",
        "year": 2025,
        "holder": "lao-heritage-weavers",
        "agency": None,
        "subjects": ["textiles", "heritage", "mythology"],
        "creators": [
            {"name": {"en": "Bouachanh Vongsa", "zh_hans": "布阿占·翁萨"},
             "name_original": "ບົວຈັນ ວົງສາ", "country": "LA", "role": "artisan"},
        ],
        "source_community": "Tai Daeng (Red Tai) weaving villages of Xam Neua and Xam Tai",
        "region": "Houaphan, Laos",
        "heritage": "community",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 2,000; "
                          "15% to the village fund",
                    "zh_hans": "按净销售额8%计提版税；保底2,000美元；其中15%进入村寨基金",
                },
            },
        ],
    },
    {
        "slug": "kampong-luong-silver-boxes",
        "kind": "folk_art",
        "subtype": "silverwork",
        "title": {
            "km": "ប្រអប់ស្លាប្រាក់ និងក្បាច់ផ្កាឈូក នៃកំពង់លួង",
            "zh_hans": "磅銮银槟榔盒与莲花纹",
            "en": "Silver Betel Boxes and Lotus Borders of Kampong Luong",
            "th": "ตลับหมากเงินและลายบัวแห่งกำปงหลวง",
        },
        "synopsis": {
            "km": "ការរចនាចំនួន ៣៥ របស់ជាងប្រាក់ភូមិកំពង់លួង ខេត្តកណ្ដាល រួមមានប្រអប់ស្លារាងទន្សាយ "
                  "អណ្ដើក និងផ្លែមង្ឃុត ព្រមទាំងក្បាច់ផ្កាឈូក ដែលដំដោយដៃតាមបច្ចេកទេសបុរាណ។ "
                  "១០% នៃកម្រៃសិទ្ធិ ចូលមូលនិធិសមាគមជាងប្រាក់ ដើម្បីបង្រៀនជាងវ័យក្មេង។",
            "zh_hans": "干丹省磅銮村银匠的35款设计：兔子、乌龟与山竹造型的槟榔盒，以及依古法手工锤揲的"
                       "莲花边饰。版税的10%进入银匠行会基金，用于培养年轻匠人。",
            "en": "Thirty-five designs by the silversmiths of Kampong Luong in Kandal Province: "
                  "betel boxes shaped as rabbits, turtles and mangosteens, and repoussé lotus borders "
                  "chased by hand in the old way. 10% of royalties go to the guild's fund for "
                  "training young smiths.",
            "th": "แบบลาย 35 แบบของช่างเงินหมู่บ้านกำปงหลวง จังหวัดกันดาล ทั้งตลับหมากรูปกระต่าย เต่า "
                  "และมังคุด และลายขอบดอกบัวที่ดุนด้วยมือตามกรรมวิธีโบราณ "
                  "ร้อยละ 10 ของค่าลิขสิทธิ์เข้ากองทุนของสมาคมช่างเงินเพื่อฝึกช่างรุ่นใหม่",
        },
        "original_title": "ប្រអប់ស្លាប្រាក់ និងក្បាច់ផ្កាឈូក នៃកំពង់លួង",
        "original_language": "km",
        "year": 2023,
        "holder": "angkor-silver-guild",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "heritage", "nature"],
        "creators": [
            {"name": {"en": "Chea Sokhom", "zh_hans": "谢·索贡"},
             "name_original": "ជា សុខុម", "country": "KH", "role": "artisan"},
            {"name": {"en": "Mao Sarin", "zh_hans": "毛·萨林"},
             "name_original": "ម៉ៅ សារិន", "country": "KH", "role": "artisan"},
        ],
        "source_community": "Silversmith families of Kampong Luong, Ponhea Leu District",
        "region": "Kandal, Cambodia",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 4,000; "
                          "10% to the guild's training fund",
                    "zh_hans": "按净销售额8%计提版税；保底4,000美元；其中10%进入行会培训基金",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "EU",
                "languages": "en",
                "exclusivity": "exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 6,000 for a touring show; 10% to the guild's training fund",
                    "zh_hans": "巡回展一次性收费6,000美元；其中10%进入行会培训基金",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 700 per year; 10% to the guild's training fund",
                    "zh_hans": "每年一次性收费700美元；其中10%进入行会培训基金",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Malaysia: batik
    # ------------------------------------------------------------------
    {
        "slug": "kelantan-batik-pucuk-rebung",
        "kind": "folk_art",
        "subtype": "batik",
        "title": {
            "ms": "Pucuk Rebung dan Awan Larat: Motif Batik Kelantan",
            "zh_hans": "竹笋与卷云：吉兰丹峇迪纹样",
            "en": "Bamboo Shoots and Trailing Clouds: Kelantan Batik Motifs",
            "ind": "Pucuk Rebung dan Awan Larat: Ragam Hias Batik Kelantan",
        },
        "synopsis": {
            "ms": "Empat puluh motif batik blok dan batik canting dari bengkel di Kota Bharu dan "
                  "sepanjang jalan ke Pantai Cahaya Bulan: pucuk rebung, awan larat, bunga cengkih "
                  "dan wau bulan. Setiap motif disertakan nota warna dan sejarah ringkas; 10% royalti "
                  "disalurkan kepada tabung tukang batik.",
            "zh_hans": "来自哥打巴鲁及月光海滩沿线作坊的40款印花与手绘峇迪纹样：竹笋、卷云、丁香花与月亮风筝。"
                       "每款附色彩说明与简史，版税的10%归峇迪匠人基金。",
            "en": "Forty block-printed and canting-drawn motifs from workshops in Kota Bharu and "
                  "along the road to Pantai Cahaya Bulan: bamboo shoots, trailing clouds, clove "
                  "flowers and the moon kite. Each comes with colour notes and a short history; 10% "
                  "of royalties go to the batik makers' fund.",
            "ind": "Empat puluh motif batik cap dan batik tulis dari bengkel-bengkel di Kota Bharu dan "
                   "sepanjang jalan menuju Pantai Cahaya Bulan: pucuk rebung, awan larat, bunga "
                   "cengkih, dan wau bulan. Setiap motif dilengkapi catatan warna dan sejarah singkat; "
                   "10% royalti disalurkan ke dana perajin batik.",
        },
        "original_title": "Pucuk Rebung dan Awan Larat: Motif Batik Kelantan",
        "original_language": "ms",
        "year": 2022,
        "holder": "dewan-kreatif",
        "agency": None,
        "subjects": ["textiles", "nature", "craft"],
        "creators": [
            {"name": {"en": "Rohana binti Ismail", "zh_hans": "罗哈娜·伊斯迈"},
             "name_original": "Rohana binti Ismail", "country": "MY", "role": "artisan"},
            {"name": {"en": "Wan Zulkifli bin Wan Ahmad", "zh_hans": "万·祖基菲里"},
             "name_original": "Wan Zulkifli bin Wan Ahmad", "country": "MY", "role": "artisan"},
        ],
        "source_community": "Malay batik makers of Kota Bharu, Kelantan",
        "region": "Kelantan, Malaysia",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 4,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 3,500; "
                          "10% to the batik makers' fund",
                    "zh_hans": "按净销售额7%计提版税；保底3,500美元；其中10%进入峇迪匠人基金",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "World excluding CN",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 9% of wholesale price; minimum guarantee USD 5,000; "
                          "10% to the batik makers' fund",
                    "zh_hans": "按批发价9%计提版税；保底5,000美元；其中10%进入峇迪匠人基金",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Thailand, Myanmar, the Philippines and Vietnam
    # ------------------------------------------------------------------
    {
        "slug": "doi-pui-hmong-embroidery",
        "kind": "folk_art",
        "subtype": "embroidery",
        "title": {
            "th": "ลายผ้าปักม้งดอยปุย",
            "zh_hans": "清迈普伊山赫蒙族刺绣纹样",
            "en": "Doi Pui Hmong Embroidery Patterns",
            "lo": "ລາຍປັກຜ້າມົ້ງ ດອຍປຸຍ",
        },
        "synopsis": {
            "th": "ลายปักครอสติชและลายผ้าปะ 30 ลายจากช่างปักหญิงชาวม้งบ้านดอยปุย จังหวัดเชียงใหม่ "
                  "ทั้งลายก้นหอย ลายตีนช้าง และลายดอกฟักทอง ซึ่งบันทึกไว้ระหว่างการถ่ายทำสารคดี "
                  "ร้อยละ 12 ของค่าลิขสิทธิ์มอบให้กลุ่มแม่บ้านผู้ปักผ้าโดยตรง",
            "zh_hans": "清迈普伊山赫蒙族妇女的30幅十字挑花与反贴布纹样——蜗牛纹、象脚纹与南瓜花——"
                       "记录于一部纪录片拍摄期间。版税的12%直接支付给村中妇女刺绣小组。",
            "en": "Thirty cross-stitch and reverse-appliqué patterns by Hmong women of Doi Pui "
                  "village above Chiang Mai — snail shells, elephant's feet and pumpkin flowers — "
                  "recorded while Thai Public Docs Studio was filming there. 12% of royalties are "
                  "paid directly to the village women's embroidery group.",
            "lo": "ລາຍປັກ ແລະ ລາຍຜ້າປະ 30 ລາຍ ຈາກແມ່ຍິງຊ່າງປັກຊາວມົ້ງ ບ້ານດອຍປຸຍ ຈັງຫວັດຊຽງໃໝ່ "
                  "ປະເທດໄທ: ລາຍຫອຍ, ລາຍຕີນຊ້າງ ແລະ ລາຍດອກໝາກອຶ. "
                  "12% ຂອງຄ່າລິຂະສິດ ມອບໃຫ້ກຸ່ມແມ່ຍິງຊ່າງປັກໂດຍກົງ.",
        },
        "original_title": "ลายผ้าปักม้งดอยปุย",
        "original_language": "th",
        "year": 2025,
        "holder": "thai-pbs-docs",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "nature", "family"],
        "creators": [
            {"name": {"en": "Mai Sae Yang", "zh_hans": "梅·杨"},
             "name_original": "หมัย แซ่ย่าง", "country": "TH", "role": "artisan"},
            {"name": {"en": "Ying Sae Vang", "zh_hans": "英·王"},
             "name_original": "ยิ่ง แซ่ว่าง", "country": "TH", "role": "artisan"},
        ],
        "source_community": "Hmong women's embroidery group of Doi Pui village",
        "region": "Chiang Mai, Thailand",
        "heritage": "community",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 3,000; "
                          "12% to the embroidery group",
                    "zh_hans": "按净销售额8%计提版税；保底3,000美元；其中12%归刺绣小组",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "ASEAN",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Royalty 10% of wholesale price; minimum guarantee USD 2,000; "
                          "12% to the embroidery group",
                    "zh_hans": "按批发价10%计提版税；保底2,000美元；其中12%归刺绣小组",
                },
            },
        ],
    },
    {
        "slug": "inle-lotus-silk-weaving",
        "kind": "folk_art",
        "subtype": "weaving",
        "title": {
            "my": "အင်းလေး ကြာချည် - အင်းသား ရက်ကန်းဒီဇိုင်းများ",
            "zh_hans": "茵莱莲丝：茵达族织锦纹样",
            "en": "Lotus Thread of Inle: Intha Weaving Patterns",
            "th": "ใยบัวแห่งอินเล: ลายผ้าทอชาวอินทา",
        },
        "synopsis": {
            "my": "အင်းလေးကန် ကျိုင်းခမ်းရွာမှ အင်းသားနှင့် ရှမ်း ရက်ကန်းသည်များ၏ ဒီဇိုင်း ၂၈ မျိုး ပါဝင်သည်။ "
                  "ကြာရိုးမှ လက်ဖြင့် ဆွဲထုတ်သော ကြာချည်ကို ပိုးချည်နှင့် ရောစပ်၍ ရက်လုပ်ထားပြီး "
                  "ရေလှိုင်း၊ ကြာပန်းနှင့် ပွဲတော်ဖောင်ပေါ်မှ ကရဝိက်ငှက်ပုံများ ပါရှိသည်။ "
                  "မူပိုင်ခ၏ ၁၅ ရာခိုင်နှုန်းကို ရက်ကန်းသည်အဖွဲ့သို့ ပေးအပ်သည်။",
            "zh_hans": "茵莱湖景康村茵达族与掸族织工的28种纹样，以手工从莲茎抽取的纤维混合蚕丝织成："
                       "水波、莲花与节日御舟上的迦陵频伽鸟。版税的15%归织工小组。",
            "en": "Twenty-eight patterns from the Intha and Shan weavers of Kyaing Khan village on "
                  "Inle Lake, woven from fibre drawn by hand from lotus stems and blended with silk: "
                  "ripples, lotus blossoms and the karaweik bird of the festival barges. 15% of "
                  "royalties go to the weavers' group.",
            "th": "ลายผ้าทอ 28 แบบของช่างทอชาวอินทาและไทใหญ่ในหมู่บ้านจ่ายขั่น ทะเลสาบอินเล "
                  "ทอจากเส้นใยที่ดึงด้วยมือจากก้านบัวผสมไหม เป็นลายคลื่นน้ำ ดอกบัว "
                  "และนกการเวกบนเรือพระที่นั่งในงานเทศกาล ร้อยละ 15 ของค่าลิขสิทธิ์มอบให้กลุ่มช่างทอ",
        },
        "original_title": "အင်းလေး ကြာချည် - အင်းသား ရက်ကန်းဒီဇိုင်းများ",
        "original_language": "my",
        "year": 2024,
        "holder": "yangon-pen-house",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "nature", "craft"],
        "creators": [
            {"name": {"en": "Daw Khin Hla", "zh_hans": "杜钦拉"},
             "name_original": "ဒေါ်ခင်လှ", "country": "MM", "role": "artisan"},
            {"name": {"en": "Nang Seng", "zh_hans": "南森"},
             "name_original": "နန်းစိန်", "country": "MM", "role": "artisan"},
        ],
        "source_community": "Intha and Shan weavers of Kyaing Khan village, Inle Lake",
        "region": "Shan State, Myanmar",
        "heritage": "community",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 8% of net sales; minimum guarantee USD 2,500; "
                          "15% to the weavers' group",
                    "zh_hans": "按净销售额8%计提版税；保底2,500美元；其中15%归织工小组",
                },
            },
            {
                "right_type": "digital_display",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 500 per year; 15% to the weavers' group",
                    "zh_hans": "每年一次性收费500美元；其中15%归织工小组",
                },
            },
        ],
    },
    {
        "slug": "lake-sebu-tnalak",
        "kind": "folk_art",
        "subtype": "weaving",
        "title": {
            "fil": "Mga Habing T'nalak ng Lawa ng Sebu",
            "zh_hans": "塞布湖的梦织：T'boli族t'nalak纹样",
            "en": "Dreamweavers of Lake Sebu: T'nalak Designs",
        },
        "synopsis": {
            "fil": "Labingwalong disenyong t'nalak na hinabi ng mga T'boli na dreamweaver ng Lawa ng "
                   "Sebu mula sa tinaling-tininang hibla ng abaka – buwaya, paa ng palaka at kidlat – "
                   "na inilabas nang may pahintulot ng mga nakatatandang manghahabi. Hindi iniaalok "
                   "ang mga disenyong itinuturing na sagrado, at 15% ng royalty ay napupunta sa "
                   "School of Living Traditions ng mga T'boli.",
            "zh_hans": "塞布湖畔T'boli族“梦织者”以扎染马尼拉麻纤维织成的18款t'nalak纹样——鳄鱼、蛙腿与闪电纹——"
                       "经织工长老同意后授权。被视为神圣的纹样不在授权之列，版税的15%归T'boli传统文化学校。",
            "en": "Eighteen t'nalak designs woven by the T'boli dreamweavers of Lake Sebu from "
                  "tie-dyed abacá fibre — crocodiles, frogs' legs and lightning — released with the "
                  "consent of the weavers' elders. Designs held to be sacred are not offered, and 15% "
                  "of royalties go to the T'boli School of Living Traditions.",
        },
        "original_title": "Mga Habing T'nalak ng Lawa ng Sebu",
        "original_language": "fil",
        "year": 2023,
        "holder": "adarna-komiks",
        "agency": "silk-road-rights-agency",
        "subjects": ["textiles", "mythology", "heritage"],
        "creators": [
            {"name": {"en": "Yedeng Sulan", "zh_hans": "叶登·苏兰"},
             "name_original": "Yedeng Sulan", "country": "PH", "role": "artisan"},
        ],
        "source_community": "T'boli weavers of Lake Sebu, South Cotabato",
        "region": "South Cotabato, Philippines",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 9% of net sales; minimum guarantee USD 3,000; "
                          "15% to the School of Living Traditions",
                    "zh_hans": "按净销售额9%计提版税；保底3,000美元；其中15%归传统文化学校",
                },
            },
            {
                "right_type": "exhibition",
                "territories": "EU",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 2,
                "asking_terms": {
                    "en": "Flat fee USD 2,500 per venue; 15% to the School of Living Traditions",
                    "zh_hans": "每个展馆一次性收费2,500美元；其中15%归传统文化学校",
                },
            },
        ],
    },
    {
        "slug": "bat-trang-dong-ho-ceramics",
        "kind": "folk_art",
        "subtype": "ceramics",
        "title": {
            "vi": "Tranh Đông Hồ trên gốm Bát Tràng",
            "zh_hans": "钵场陶上的东湖年画",
            "en": "Đông Hồ on Bát Tràng: Folk-Print Motifs on Glazed Pottery",
            "km": "គំនូរដុងហូ លើគ្រឿងស្មូនបាត់ត្រាង",
        },
        "synopsis": {
            "vi": "Hai mươi bốn mẫu trang trí chuyển thể từ tranh khắc gỗ Đông Hồ – Đám cưới chuột, "
                  "Lợn đàn, Gà đàn, Vinh hoa phú quý – được nghệ nhân làng gốm Bát Tràng vẽ lại bằng "
                  "men lam trên bát, đĩa và bình. Bộ mẫu do Nhà Sách Tranh Kim Đồng thực hiện cùng "
                  "hai làng nghề, và 10% tiền bản quyền được chia đều cho quỹ của hai làng.",
            "zh_hans": "取材自东湖木版年画的24款纹样——《老鼠娶亲》《群猪》《群鸡》《荣华富贵》——"
                       "由钵场陶瓷村的匠人以青花釉重绘于碗、盘与瓶上。本套纹样由金童绘本出版社与两座"
                       "手艺村共同开发，版税的10%由两村基金平分。",
            "en": "Twenty-four motifs adapted from Đông Hồ woodblock prints — the Mouse Wedding, the "
                  "Sow and Piglets, the Hen and Chicks, Glory and Wealth — repainted in cobalt on "
                  "bowls, plates and vases by potters of Bát Tràng village. Developed by Kim Dong "
                  "Picture Book House with both craft villages; 10% of royalties are split equally "
                  "between their village funds.",
            "km": "ក្បាច់ចំនួន ២៤ ដែលកែសម្រួលពីគំនូរពុម្ពឈើដុងហូ ដូចជា អាពាហ៍ពិពាហ៍កណ្ដុរ "
                  "ជ្រូកមេ និងកូន មាន់មេ និងកូន ត្រូវបានជាងស្មូនភូមិបាត់ត្រាង គូរឡើងវិញដោយពណ៌ខៀវ "
                  "លើចាន ចានគោម និងថូ។ ១០% នៃកម្រៃសិទ្ធិ ចែកស្មើគ្នាទៅមូលនិធិភូមិទាំងពីរ។",
        },
        "original_title": "Tranh Đông Hồ trên gốm Bát Tràng",
        "original_language": "vi",
        "year": 2025,
        "holder": "kim-dong-publishing",
        "agency": "silk-road-rights-agency",
        "subjects": ["craft", "family", "heritage"],
        "creators": [
            {"name": {"en": "Nguyễn Văn Hùng", "zh_hans": "阮文雄"},
             "name_original": "Nguyễn Văn Hùng", "country": "VN", "role": "artisan"},
            {"name": {"en": "Trần Thị Lan", "zh_hans": "陈氏兰"},
             "name_original": "Trần Thị Lan", "country": "VN", "role": "artisan"},
        ],
        "source_community": "Potters of Bát Tràng and woodblock printers of Đông Hồ village",
        "region": "Hanoi and Bắc Ninh, Vietnam",
        "heritage": "national",
        "offers": [
            {
                "right_type": "design_licensing",
                "territories": "World",
                "languages": "en",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 7% of net sales; minimum guarantee USD 4,000; "
                          "10% split between the two village funds",
                    "zh_hans": "按净销售额7%计提版税；保底4,000美元；其中10%由两村基金平分",
                },
            },
            {
                "right_type": "merchandise",
                "territories": "World excluding CN",
                "languages": "en, zh-Hans",
                "exclusivity": "non_exclusive",
                "term_years": 3,
                "asking_terms": {
                    "en": "Royalty 9% of wholesale price; minimum guarantee USD 5,000; "
                          "10% split between the two village funds",
                    "zh_hans": "按批发价9%计提版税；保底5,000美元；其中10%由两村基金平分",
                },
            },
        ],
    },
]
