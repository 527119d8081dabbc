"""Demo editorial content: the home-page introduction, zone introductions,
showcases and news. Plain data, no Django imports.

HOME_INTRO: {lang: text} for all ten site languages.
ZONE_INTROS: {kind: {lang: text}} for book, comic, film_tv and folk_art.
SHOWCASES: dicts with slug, title {lang}, summary {lang}, work_slugs [work slugs;
    unknown slugs are skipped by the builder] and body {lang: [blocks]}.
NEWS: dicts with slug, date (ISO), title {lang}, intro {lang} and body {lang: [blocks]}.

Body blocks are (type, value) tuples:
    ("paragraph", "<p>html</p>")
    ("works", {"heading": "..."})          the builder fills in the showcase's works
    ("quote", {"text": "...", "attribution": "..."})
"""

HOME_INTRO = {
    "zh_hans": "RightsBridge 连接中国与东南亚的出版社、影视动漫工作室、博物馆和民间工艺作坊，"
               "以及为其图书、漫画、影视作品和非遗纹样寻求授权的海外代理与品牌。"
               "每条挂牌都清楚列明权利类型、地域与条件，非遗纹样还附有向来源社区分享收益的承诺。",
    "en": "RightsBridge connects publishers, studios, museums and folk-art workshops in China and "
          "Southeast Asia with the agents and brands who license their books, comics, films and "
          "heritage designs. Every listing shows its rights, territories and terms up front, and "
          "heritage designs carry a promise to share the proceeds with their source community.",
    "vi": "RightsBridge kết nối các nhà xuất bản, hãng phim, bảo tàng và xưởng thủ công dân gian "
          "ở Trung Quốc và Đông Nam Á với những đại lý và thương hiệu muốn mua bản quyền sách, "
          "truyện tranh, phim và hoa văn di sản của họ. Mỗi danh mục đều ghi rõ loại quyền, lãnh "
          "thổ và điều khoản, còn hoa văn di sản luôn đi kèm cam kết chia sẻ lợi ích với cộng đồng gốc.",
    "th": "RightsBridge เชื่อมสำนักพิมพ์ สตูดิโอ พิพิธภัณฑ์ และกลุ่มช่างศิลปะพื้นบ้านในจีนและเอเชียตะวันออกเฉียงใต้ "
          "เข้ากับตัวแทนและแบรนด์ที่ต้องการซื้อลิขสิทธิ์หนังสือ การ์ตูน ภาพยนตร์ และลวดลายมรดกวัฒนธรรม "
          "ทุกรายการแสดงประเภทสิทธิ์ อาณาเขต และเงื่อนไขไว้อย่างชัดเจน "
          "และลวดลายมรดกทุกชิ้นมาพร้อมพันธะแบ่งปันผลประโยชน์ให้ชุมชนต้นทาง",
    "ms": "RightsBridge menghubungkan penerbit, studio, muzium dan bengkel seni rakyat di China dan "
          "Asia Tenggara dengan ejen serta jenama yang ingin melesenkan buku, komik, filem dan reka "
          "bentuk warisan mereka. Setiap senarai memaparkan jenis hak, wilayah dan syarat dengan "
          "jelas, dan reka bentuk warisan disertakan komitmen berkongsi manfaat dengan komuniti asalnya.",
    "ind": "RightsBridge mempertemukan penerbit, studio, museum, dan bengkel seni rakyat di Tiongkok "
           "dan Asia Tenggara dengan agen serta merek yang ingin melisensikan buku, komik, film, dan "
           "desain warisan mereka. Setiap daftar menampilkan jenis hak, wilayah, dan ketentuan secara "
           "jelas, dan desain warisan selalu disertai komitmen berbagi manfaat dengan komunitas asalnya.",
    "my": "RightsBridge သည် တရုတ်နှင့် အရှေ့တောင်အာရှရှိ ထုတ်ဝေသူများ၊ စတူဒီယိုများ၊ ပြတိုက်များနှင့် "
          "ရိုးရာလက်မှုအလုပ်ရုံများကို ၎င်းတို့၏ စာအုပ်၊ ကာတွန်း၊ ရုပ်ရှင်နှင့် အမွေအနှစ်ဒီဇိုင်းများအတွက် "
          "လိုင်စင်ရယူလိုသော ကိုယ်စားလှယ်များ၊ အမှတ်တံဆိပ်များနှင့် ချိတ်ဆက်ပေးသည်။ "
          "စာရင်းတိုင်းတွင် မူပိုင်ခွင့်အမျိုးအစား၊ နယ်မြေနှင့် စည်းကမ်းချက်များကို ရှင်းလင်းစွာ ဖော်ပြထားပြီး "
          "အမွေအနှစ်ဒီဇိုင်းတိုင်းတွင် မူလရပ်ရွာနှင့် အကျိုးအမြတ် ခွဲဝေမည့် ကတိကဝတ် ပါရှိသည်။",
    "lo": "RightsBridge ເຊື່ອມຕໍ່ສຳນັກພິມ, ສະຕູດິໂອ, ຫໍພິພິທະພັນ ແລະ ກຸ່ມຊ່າງສິລະປະພື້ນເມືອງ "
          "ໃນຈີນ ແລະ ອາຊີຕາເວັນອອກສ່ຽງໃຕ້ ກັບຕົວແທນ ແລະ ຍີ່ຫໍ້ ທີ່ຕ້ອງການຊື້ລິຂະສິດປຶ້ມ, ກາຕູນ, "
          "ຮູບເງົາ ແລະ ລວດລາຍມໍລະດົກ. ທຸກລາຍການສະແດງປະເພດສິດ, ອານາເຂດ ແລະ ເງື່ອນໄຂຢ່າງຊັດເຈນ "
          "ແລະ ລວດລາຍມໍລະດົກທຸກຊິ້ນ ມາພ້ອມຄຳໝັ້ນສັນຍາແບ່ງປັນຜົນປະໂຫຍດໃຫ້ຊຸມຊົນເຈົ້າຂອງ.",
    "fil": "Pinag-uugnay ng RightsBridge ang mga publisher, studio, museo at pagawaan ng katutubong "
           "sining sa China at Timog-Silangang Asya sa mga ahente at brand na nais maglisensiya ng "
           "kanilang mga aklat, komiks, pelikula at disenyong pamana. Malinaw na nakasaad sa bawat "
           "listahan ang uri ng karapatan, teritoryo at kondisyon, at may kasamang pangakong "
           "pagbabahagi ng pakinabang sa pinagmulang komunidad ang bawat disenyong pamana.",
    "km": "RightsBridge ភ្ជាប់គ្រឹះស្ថានបោះពុម្ព ស្ទូឌីយោ សារមន្ទីរ និងរោងជាងសិល្បៈប្រជាប្រិយ "
          "នៅប្រទេសចិន និងអាស៊ីអាគ្នេយ៍ ជាមួយភ្នាក់ងារ និងម៉ាកយីហោ ដែលចង់ទិញអាជ្ញាប័ណ្ណសៀវភៅ "
          "រឿងគំនូរ ខ្សែភាពយន្ត និងក្បាច់បេតិកភណ្ឌរបស់ពួកគេ។ បញ្ជីនីមួយៗបង្ហាញប្រភេទសិទ្ធិ ដែនដី "
          "និងលក្ខខណ្ឌយ៉ាងច្បាស់ ហើយក្បាច់បេតិកភណ្ឌទាំងអស់ភ្ជាប់មកជាមួយការប្តេជ្ញាចែករំលែកផលប្រយោជន៍"
          "ជាមួយសហគមន៍ម្ចាស់ដើម។",
}

ZONE_INTROS = {
    "book": {
        "zh_hans": "来自中国与东南亚出版社的小说、非虚构与绘本，按语种和地域开放翻译、纸书、电子书与有声书版权。",
        "en": "Novels, non-fiction and picture books from Chinese and Southeast Asian publishers, "
              "with translation, print, e-book and audio rights open by language and territory.",
        "vi": "Tiểu thuyết, sách phi hư cấu và sách tranh từ các nhà xuất bản Trung Quốc và Đông Nam Á, "
              "với quyền dịch, in, sách điện tử và sách nói theo từng ngôn ngữ và lãnh thổ.",
        "th": "นวนิยาย สารคดี และหนังสือภาพจากสำนักพิมพ์จีนและเอเชียตะวันออกเฉียงใต้ "
              "พร้อมสิทธิ์แปล สิทธิ์พิมพ์ อีบุ๊ก และหนังสือเสียง แยกตามภาษาและอาณาเขต",
        "ms": "Novel, buku bukan fiksyen dan buku bergambar daripada penerbit China dan Asia Tenggara, "
              "dengan hak terjemahan, cetakan, e-buku dan audio ditawarkan mengikut bahasa dan wilayah.",
        "ind": "Novel, buku nonfiksi, dan buku bergambar dari penerbit Tiongkok dan Asia Tenggara, "
               "dengan hak terjemahan, cetak, buku elektronik, dan audio yang ditawarkan per bahasa dan wilayah.",
        "my": "တရုတ်နှင့် အရှေ့တောင်အာရှ ထုတ်ဝေသူများထံမှ ဝတ္ထု၊ သုတစာပေနှင့် ရုပ်ပုံစာအုပ်များကို "
              "ဘာသာပြန်၊ ပုံနှိပ်၊ အီးဘုတ်နှင့် အသံစာအုပ် မူပိုင်ခွင့်များဖြင့် ဘာသာစကားနှင့် နယ်မြေအလိုက် ကမ်းလှမ်းထားသည်။",
        "lo": "ນະວະນິຍາຍ, ປຶ້ມສາລະຄະດີ ແລະ ປຶ້ມຮູບພາບ ຈາກສຳນັກພິມຈີນ ແລະ ອາຊີຕາເວັນອອກສ່ຽງໃຕ້ "
              "ພ້ອມສິດແປ, ສິດພິມ, ປຶ້ມອີເລັກໂຕຣນິກ ແລະ ປຶ້ມສຽງ ແຍກຕາມພາສາ ແລະ ອານາເຂດ.",
        "fil": "Mga nobela, aklat na di-piksiyon at picture book mula sa mga publisher sa China at "
               "Timog-Silangang Asya, na may karapatan sa salin, print, e-book at audio ayon sa wika at teritoryo.",
        "km": "ប្រលោមលោក សៀវភៅចំណេះដឹង និងសៀវភៅរូបភាព ពីគ្រឹះស្ថានបោះពុម្ពចិន និងអាស៊ីអាគ្នេយ៍ "
              "ជាមួយសិទ្ធិបកប្រែ បោះពុម្ព សៀវភៅអេឡិចត្រូនិក និងសៀវភៅសំឡេង តាមភាសា និងដែនដី។",
    },
    "comic": {
        "zh_hans": "来自区域各地工作室的漫画、条漫与动画，可洽谈翻译、流媒体与衍生品授权。",
        "en": "Manhua, webcomics and animation from studios across the region, ready for "
              "translation, streaming and merchandise deals.",
        "vi": "Manhua, truyện tranh mạng và phim hoạt hình từ các xưởng sáng tác khắp khu vực, "
              "sẵn sàng cho các hợp đồng dịch, phát trực tuyến và sản phẩm ăn theo.",
        "th": "การ์ตูนจีน เว็บคอมมิก และแอนิเมชันจากสตูดิโอทั่วภูมิภาค "
              "พร้อมเปิดดีลแปล สตรีมมิง และสินค้าลิขสิทธิ์",
        "ms": "Manhua, komik web dan animasi daripada studio di seluruh rantau, sedia untuk "
              "perjanjian terjemahan, penstriman dan barangan.",
        "ind": "Manhua, komik daring, dan animasi dari studio di seluruh kawasan, siap untuk "
               "kesepakatan terjemahan, streaming, dan merchandise.",
        "my": "ဒေသတစ်ဝှမ်းရှိ စတူဒီယိုများမှ တရုတ်ကာတွန်း၊ ဝဘ်ကာတွန်းနှင့် ကာတွန်းရုပ်ရှင်များကို "
              "ဘာသာပြန်၊ အွန်လိုင်းထုတ်လွှင့်မှုနှင့် ကုန်ပစ္စည်း သဘောတူညီချက်များအတွက် အသင့်ပြင်ဆင်ထားသည်။",
        "lo": "ກາຕູນຈີນ, ເວັບຄອມມິກ ແລະ ອານິເມຊັນ ຈາກສະຕູດິໂອທົ່ວພາກພື້ນ "
              "ພ້ອມສຳລັບສັນຍາແປ, ສະຕຣີມມິງ ແລະ ສິນຄ້າລິຂະສິດ.",
        "fil": "Manhua, webcomics at animation mula sa mga studio sa buong rehiyon, handa para sa "
               "mga kasunduan sa salin, streaming at merchandise.",
        "km": "រឿងគំនូរចិន វេបខមិក និងគំនូរជីវចល ពីស្ទូឌីយោទូទាំងតំបន់ ដែលត្រៀមរួចសម្រាប់"
              "កិច្ចព្រមព្រៀងបកប្រែ ការផ្សាយតាមអ៊ីនធឺណិត និងទំនិញ។",
    },
    "film_tv": {
        "zh_hans": "故事片、纪录片与剧集，开放翻拍、播映与流媒体权利，并列明尚未售出的地域。",
        "en": "Feature films, documentaries and series with remake, broadcast and streaming rights, "
              "listed with the territories still open.",
        "vi": "Phim truyện, phim tài liệu và phim bộ với quyền làm lại, phát sóng và phát trực tuyến, "
              "kèm danh sách các lãnh thổ còn để ngỏ.",
        "th": "ภาพยนตร์ สารคดี และซีรีส์ พร้อมสิทธิ์รีเมก สิทธิ์ออกอากาศ และสตรีมมิง "
              "โดยระบุอาณาเขตที่ยังว่างอยู่",
        "ms": "Filem cereka, dokumentari dan siri dengan hak pembikinan semula, siaran dan "
              "penstriman, disenaraikan bersama wilayah yang masih terbuka.",
        "ind": "Film cerita, dokumenter, dan serial dengan hak pembuatan ulang, siaran, dan "
               "streaming, lengkap dengan wilayah yang masih terbuka.",
        "my": "ဇာတ်ကား၊ မှတ်တမ်းရုပ်ရှင်နှင့် ဇာတ်လမ်းတွဲများကို ပြန်လည်ရိုက်ကူးခွင့်၊ ထုတ်လွှင့်ခွင့်နှင့် "
              "အွန်လိုင်းပြသခွင့်များဖြင့် ကျန်ရှိနေသေးသော နယ်မြေများနှင့်အတူ ဖော်ပြထားသည်။",
        "lo": "ຮູບເງົາ, ສາລະຄະດີ ແລະ ລະຄອນຊຸດ ພ້ອມສິດສ້າງໃໝ່, ສິດອອກອາກາດ ແລະ ສະຕຣີມມິງ "
              "ໂດຍລະບຸອານາເຂດທີ່ຍັງວ່າງຢູ່.",
        "fil": "Mga pelikula, dokumentaryo at serye na may karapatan sa remake, broadcast at "
               "streaming, kasama ang mga teritoryong bukas pa.",
        "km": "ខ្សែភាពយន្ត ភាពយន្តឯកសារ និងរឿងភាគ ជាមួយសិទ្ធិថតឡើងវិញ ចាក់ផ្សាយ "
              "និងផ្សាយតាមអ៊ីនធឺណិត ព្រមទាំងដែនដីដែលនៅទំនេរ។",
    },
    "folk_art": {
        "zh_hans": "刺绣、蜡染、陶瓷、织锦、银饰与剪纸纹样，与来源社区共同授权，每笔版税社区皆有份。",
        "en": "Embroidery, batik, ceramics, weaving, silverwork and paper-cut designs licensed "
              "together with their source communities, who share in every royalty.",
        "vi": "Hoa văn thêu, batik, gốm, dệt, đồ bạc và cắt giấy được cấp phép cùng cộng đồng gốc, "
              "những người được chia phần trong mọi khoản tiền bản quyền.",
        "th": "ลวดลายผ้าปัก บาติก เครื่องปั้นดินเผา ผ้าทอ เครื่องเงิน และงานตัดกระดาษ "
              "ที่อนุญาตร่วมกับชุมชนต้นทาง ซึ่งได้รับส่วนแบ่งจากค่าลิขสิทธิ์ทุกครั้ง",
        "ms": "Reka bentuk sulaman, batik, seramik, tenunan, barangan perak dan potongan kertas yang "
              "dilesenkan bersama komuniti asalnya, yang menerima bahagian daripada setiap royalti.",
        "ind": "Desain sulaman, batik, keramik, tenun, kerajinan perak, dan guntingan kertas yang "
               "dilisensikan bersama komunitas asalnya, yang mendapat bagian dari setiap royalti.",
        "my": "ပန်းထိုး၊ ဘာတိတ်၊ ကြွေထည်၊ ရက်ကန်း၊ ငွေထည်နှင့် စက္ကူညှပ် ဒီဇိုင်းများကို "
              "မူလရပ်ရွာများနှင့်အတူ လိုင်စင်ပေးပြီး မူပိုင်ခတိုင်းမှ ဝေစုကို ၎င်းတို့အား ခွဲဝေပေးသည်။",
        "lo": "ລວດລາຍແສ່ວປັກ, ບາຕິກ, ເຄື່ອງປັ້ນດິນເຜົາ, ຜ້າທໍ, ເຄື່ອງເງິນ ແລະ ງານຕັດເຈ້ຍ "
              "ທີ່ອະນຸຍາດຮ່ວມກັບຊຸມຊົນເຈົ້າຂອງ ເຊິ່ງໄດ້ຮັບສ່ວນແບ່ງຈາກຄ່າລິຂະສິດທຸກຄັ້ງ.",
        "fil": "Mga disenyong burda, batik, keramika, habi, pilak at ginupit na papel na "
               "nilisensiyahan kasama ng kanilang pinagmulang komunidad, na may bahagi sa bawat royalty.",
        "km": "ក្បាច់ប៉ាក់ បាទិក សេរ៉ាមិច តម្បាញ គ្រឿងប្រាក់ និងការកាត់ក្រដាស "
              "ដែលផ្ដល់អាជ្ញាប័ណ្ណរួមជាមួយសហគមន៍ម្ចាស់ដើម ដែលទទួលបានចំណែកពីកម្រៃសិទ្ធិគ្រប់ពេល។",
    },
}

SHOWCASES = [
    {
        "slug": "threads-of-the-mountains",
        "title": {
            "en": "Threads of the Mountains: Miao and Hmong embroidery",
            "zh_hans": "山之丝线：苗族与赫蒙族刺绣",
            "th": "ด้ายแห่งขุนเขา: ผ้าปักเมี่ยวและม้ง",
            "vi": "Sợi chỉ của núi: thêu Miêu và H'Mông",
            "km": "ខ្សែអំបោះនៃភ្នំ៖ ស្នាដៃប៉ាក់របស់ជនជាតិម៉ៀវ និងម៉ុង",
            "my": "တောင်တန်းများ၏ ချည်မျှင် - မြောင်နှင့် မုံ လူမျိုးတို့၏ ပန်းထိုးလက်ရာ",
            "lo": "ສາຍໄໝແຫ່ງພູເຂົາ: ລາຍປັກຂອງຊາວມຽວ ແລະ ມົ້ງ",
        },
        "summary": {
            "en": "From the Butterfly Mother of Guizhou to the snail-shell squares of Doi Pui, the "
                  "same needlework has crossed borders with the Miao and Hmong peoples.",
            "zh_hans": "从贵州的蝴蝶妈妈到普伊山的蜗牛纹方块，同一种针法随苗族与赫蒙族人跨越了国界。",
            "th": "จากแม่ผีเสื้อแห่งกุ้ยโจวถึงลายก้นหอยของดอยปุย "
                  "งานเข็มแบบเดียวกันได้เดินทางข้ามพรมแดนไปพร้อมกับชาวเมี่ยวและชาวม้ง",
            "vi": "Từ Mẹ Bướm ở Quý Châu đến hoa văn vỏ ốc ở Doi Pui, cùng một đường kim mũi chỉ "
                  "đã theo người Miêu và người H'Mông vượt qua biên giới.",
            "km": "ចាប់ពីម្ដាយមេអំបៅនៃខេត្តកុយចូវ រហូតដល់ក្បាច់សំបកខ្យងនៃភូមិដយពុយ "
                  "ស្នាដៃម្ជុលតែមួយបានឆ្លងព្រំដែនជាមួយជនជាតិម៉ៀវ និងម៉ុង។",
            "my": "ကွေ့ကျိုးမှ လိပ်ပြာမိခင်မှသည် ဒွိုင်ပွိုင်ရွာ၏ ခရုခွံပုံ အကွက်များအထိ တူညီသော "
                  "အပ်ချည်လက်ရာသည် မြောင်နှင့် မုံ လူမျိုးတို့နှင့်အတူ နယ်စပ်များကို ဖြတ်ကျော်ခဲ့သည်။",
            "lo": "ຈາກແມ່ກະເບື້ອແຫ່ງກຸ້ຍໂຈ່ວ ເຖິງລາຍຫອຍຂອງດອຍປຸຍ ງານເຂັມແບບດຽວກັນ "
                  "ໄດ້ເດີນທາງຂ້າມຊາຍແດນໄປພ້ອມກັບຊາວມຽວ ແລະ ມົ້ງ.",
        },
        "work_slugs": [
            "miao-butterfly-mother-embroidery",
            "shidong-dragon-embroidery",
            "danzhai-batik-bronze-drum",
            "xijiang-miao-silver-horns",
            "doi-pui-hmong-embroidery",
            "qiang-cloud-embroidery",
        ],
        "body": {
            "en": [
                ("paragraph", "<p>The Miao of Guizhou and the Hmong of Laos, Thailand and Vietnam "
                              "tell the same story in thread. Their ancestors moved south over "
                              "centuries and the patterns went with them: the butterfly, the snail "
                              "shell, the buffalo-horned dragon. A festival jacket from Taijiang and "
                              "a collar from Doi Pui are two dialects of one language.</p>"),
                ("works", {"heading": "Patterns in this showcase"}),
                ("paragraph", "<p>Every listing here was prepared with the women who stitch the "
                              "patterns. They chose which designs to release and which to keep for "
                              "their own families, and each licence sends a fixed share of the "
                              "royalty back to a village or cooperative fund.</p>"),
                ("quote", {"text": "We do not sell the story. We let people borrow it, and the "
                                   "borrowing pays for our daughters to learn it.",
                           "attribution": "Pan Yumei, embroiderer, Taijiang County"}),
                ("paragraph", "<p>Licensees receive a short guide to each motif, so that a "
                              "butterfly is not printed upside down on a beach towel and a pattern "
                              "made for mourning does not end up on a wedding gift.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>贵州的苗族与老挝、泰国、越南的赫蒙族，用丝线讲述着同一个故事。"
                              "他们的先人历经数百年向南迁徙，纹样也随之远行：蝴蝶、蜗牛、牛角龙。"
                              "台江的节日盛装与普伊山的衣领，是同一种语言的两种方言。</p>"),
                ("works", {"heading": "本专题收录的纹样"}),
                ("paragraph", "<p>这里的每一条挂牌，都是与绣制这些纹样的妇女共同准备的。"
                              "哪些纹样可以授权、哪些留给自家，由她们自己决定；每一份授权都会把固定比例的版税"
                              "返还给村寨或合作社基金。</p>"),
                ("quote", {"text": "我们不卖故事，只是把它借给别人；借出去的钱，供我们的女儿学会它。",
                           "attribution": "潘玉梅，台江县绣娘"}),
                ("paragraph", "<p>被授权方会收到每个纹样的简要说明，以免蝴蝶被倒印在沙滩巾上，"
                              "也免得丧葬用的纹样出现在婚礼礼品上。</p>"),
            ],
            "th": [
                ("paragraph", "<p>ชาวเมี่ยวในกุ้ยโจวและชาวม้งในลาว ไทย และเวียดนาม "
                              "เล่าเรื่องเดียวกันผ่านเส้นด้าย บรรพบุรุษของพวกเขาอพยพลงใต้มาหลายศตวรรษ "
                              "และลวดลายก็เดินทางตามมาด้วย ทั้งผีเสื้อ ก้นหอย และมังกรเขาควาย "
                              "เสื้อเทศกาลจากไถเจียงกับคอเสื้อจากดอยปุยจึงเป็นเหมือนสองสำเนียงของภาษาเดียวกัน</p>"),
                ("works", {"heading": "ลวดลายในชุดนี้"}),
                ("paragraph", "<p>ทุกรายการในชุดนี้จัดทำร่วมกับช่างปักหญิงผู้สร้างลวดลาย "
                              "พวกเธอเป็นผู้เลือกเองว่าลายใดจะเปิดให้ใช้และลายใดจะเก็บไว้ในครอบครัว "
                              "และทุกสัญญาอนุญาตจะส่งส่วนแบ่งค่าลิขสิทธิ์ที่กำหนดไว้กลับไปยังกองทุนของหมู่บ้านหรือสหกรณ์</p>"),
                ("quote", {"text": "เราไม่ได้ขายเรื่องราวของเรา เราแค่ให้คนอื่นยืม "
                                   "และเงินจากการยืมนั้นช่วยให้ลูกสาวของเราได้เรียนรู้มันต่อไป",
                           "attribution": "พาน อวี้เหมย ช่างปักผ้า อำเภอไถเจียง"}),
                ("paragraph", "<p>ผู้รับอนุญาตจะได้รับคู่มือสั้นๆ ของแต่ละลวดลาย "
                              "เพื่อไม่ให้ผีเสื้อถูกพิมพ์กลับหัวบนผ้าเช็ดตัว "
                              "และไม่ให้ลายที่ใช้ในงานศพไปปรากฏบนของขวัญงานแต่งงาน</p>"),
            ],
        },
    },
    {
        "slug": "blue-and-white",
        "title": {
            "en": "Blue and White: ceramics from Jingdezhen to Bát Tràng",
            "zh_hans": "青与白：从景德镇到钵场的陶瓷",
            "th": "ครามและขาว: เครื่องปั้นดินเผาจากจิ่งเต๋อเจิ้นถึงบัตจ่าง",
            "vi": "Lam và trắng: gốm sứ từ Cảnh Đức Trấn đến Bát Tràng",
            "km": "ខៀវ និងស៖ សេរ៉ាមិចពីជីងដឺចិន ដល់បាត់ត្រាង",
            "my": "အပြာနှင့် အဖြူ - ကျင်းဒယ်ကျန်မှ ဘတ်ချန်အထိ ကြွေထည်များ",
            "lo": "ຄາມ ແລະ ຂາວ: ເຄື່ອງປັ້ນດິນເຜົາ ຈາກຈິ່ງເຕີ້ເຈີ້ນ ເຖິງບາດຈ່າງ",
        },
        "summary": {
            "en": "Cobalt sailed south for six centuries: designs from the kilns of Jingdezhen and "
                  "Bát Tràng, with the indigo of Danzhai batik alongside.",
            "zh_hans": "青花沿海路南下六百年：景德镇与钵场窑口的纹样，并有丹寨蜡染的靛蓝相伴。",
            "th": "ครามโคบอลต์ล่องลงใต้มาหกศตวรรษ ลวดลายจากเตาเผาจิ่งเต๋อเจิ้นและบัตจ่าง "
                  "พร้อมสีครามของบาติกต้านไจ้",
            "vi": "Sắc lam cobalt xuôi về phương Nam suốt sáu thế kỷ: hoa văn từ lò gốm Cảnh Đức Trấn "
                  "và Bát Tràng, bên cạnh sắc chàm của batik Đan Trại.",
            "km": "ពណ៌ខៀវកូបាល់បានធ្វើដំណើរទៅទិសខាងត្បូងអស់ប្រាំមួយសតវត្ស៖ ក្បាច់ពីឡដុតជីងដឺចិន "
                  "និងបាត់ត្រាង រួមជាមួយពណ៌ខៀវចាស់នៃបាទិកដាន់ចៃ។",
            "my": "ကိုဘော့အပြာရောင်သည် ရာစုနှစ်ခြောက်ခုကြာ တောင်ဘက်သို့ ရွက်လွှင့်ခဲ့သည် - "
                  "ကျင်းဒယ်ကျန်နှင့် ဘတ်ချန် မီးဖိုများမှ ဒီဇိုင်းများကို ဒန်ကျိုင် ဘာတိတ်၏ "
                  "မဲနယ်အပြာနှင့်အတူ တင်ဆက်ထားသည်။",
            "lo": "ສີຄາມໂຄບອນ ໄດ້ລ່ອງລົງໃຕ້ມາຫົກສະຕະວັດ: ລວດລາຍຈາກເຕົາເຜົາຈິ່ງເຕີ້ເຈີ້ນ ແລະ ບາດຈ່າງ "
                  "ພ້ອມສີຄາມຂອງບາຕິກດານໄຈ້.",
        },
        "work_slugs": [
            "jingdezhen-entwined-lotus",
            "jingdezhen-linglong-rice-grain",
            "bat-trang-dong-ho-ceramics",
            "danzhai-batik-bronze-drum",
            "huishan-clay-figures-afu",
        ],
        "body": {
            "en": [
                ("paragraph", "<p>For six centuries cobalt-painted porcelain left Jingdezhen on "
                              "junks bound for the southern seas, and the potters of Bát Tràng on "
                              "the Red River answered with a blue of their own. The two villages "
                              "have been rivals and trading partners ever since; on RightsBridge "
                              "they are also neighbours.</p>"),
                ("works", {"heading": "Designs from the kilns"}),
                ("paragraph", "<p>Blue and white is not only porcelain. We have added Danzhai "
                              "batik, where indigo does the work that cobalt does on a plate, and "
                              "the clay figures of Huishan, made in the same spirit of everyday "
                              "good luck.</p>"),
                ("quote", {"text": "A pattern is only alive while someone is painting it. A licence "
                                   "that brings orders back to the kiln keeps it alive.",
                           "attribution": "Yu Qingshan, Jingdezhen Kiln Lane Ceramics Studio"}),
                ("paragraph", "<p>These licences cover the drawings. Place names such as "
                              "Jingdezhen and Bát Tràng may only appear on products that were "
                              "actually made there.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>六百年来，青花瓷从景德镇装上帆船驶向南洋，红河畔钵场的陶工则以自己的蓝色回应。"
                              "两座陶瓷村从此既是对手，也是贸易伙伴；在 RightsBridge 上，它们还是邻居。</p>"),
                ("works", {"heading": "来自窑口的纹样"}),
                ("paragraph", "<p>青与白不只属于瓷器。我们同时收录了丹寨蜡染——靛蓝在布上做的，"
                              "正是钴料在盘上做的事；还有惠山泥人，寄托着同样寻常百姓的好彩头。</p>"),
                ("quote", {"text": "纹样只有在有人画它的时候才是活的。能把订单带回窑口的授权，才能让它活下去。",
                           "attribution": "余青山，景德镇窑巷陶瓷工作室"}),
                ("paragraph", "<p>授权范围仅限图稿。“景德镇”“钵场”等地名，只能用于确实在当地制作的产品。</p>"),
            ],
            "th": [
                ("paragraph", "<p>ตลอดหกศตวรรษ เครื่องลายครามจากจิ่งเต๋อเจิ้นถูกบรรทุกลงสำเภามุ่งสู่ทะเลใต้ "
                              "และช่างปั้นแห่งบัตจ่างริมแม่น้ำแดงก็ตอบรับด้วยสีครามในแบบของตนเอง "
                              "สองหมู่บ้านนี้เป็นทั้งคู่แข่งและคู่ค้ากันมาโดยตลอด "
                              "และบน RightsBridge ทั้งสองยังเป็นเพื่อนบ้านกันด้วย</p>"),
                ("works", {"heading": "ลวดลายจากเตาเผา"}),
                ("paragraph", "<p>ครามและขาวไม่ได้มีแค่เครื่องกระเบื้อง เราจึงรวมบาติกต้านไจ้ "
                              "ที่สีครามบนผืนผ้าทำหน้าที่เดียวกับโคบอลต์บนจาน "
                              "และตุ๊กตาดินเหนียวฮุ่ยซานที่ปั้นขึ้นด้วยความหวังถึงโชคดีในชีวิตประจำวันเช่นกัน</p>"),
                ("quote", {"text": "ลวดลายจะมีชีวิตอยู่ก็ต่อเมื่อยังมีคนวาดมัน "
                                   "สัญญาอนุญาตที่นำคำสั่งซื้อกลับมาสู่เตาเผาคือสิ่งที่ทำให้มันยังมีชีวิต",
                           "attribution": "อวี๋ ชิงซาน สตูดิโอเซรามิกตรอกเตาเผา จิ่งเต๋อเจิ้น"}),
                ("paragraph", "<p>สิทธิ์ที่อนุญาตครอบคลุมเฉพาะตัวลวดลาย ชื่อสถานที่อย่างจิ่งเต๋อเจิ้นและบัตจ่าง "
                              "ใช้ได้เฉพาะกับสินค้าที่ผลิตในที่นั้นจริงเท่านั้น</p>"),
            ],
        },
    },
    {
        "slug": "myths-on-paper",
        "title": {
            "en": "Myths on paper: manhua and picture books for ASEAN readers",
            "zh_hans": "纸上神话：面向东盟读者的漫画与绘本",
            "th": "ตำนานบนกระดาษ: การ์ตูนจีนและหนังสือภาพสำหรับผู้อ่านอาเซียน",
            "vi": "Thần thoại trên giấy: manhua và sách tranh cho bạn đọc ASEAN",
            "km": "ទេវកថាលើក្រដាស៖ រឿងគំនូរចិន និងសៀវភៅរូបភាពសម្រាប់អ្នកអានអាស៊ាន",
            "my": "စက္ကူပေါ်က ဒဏ္ဍာရီများ - အာဆီယံ စာဖတ်သူများအတွက် တရုတ်ကာတွန်းနှင့် ရုပ်ပုံစာအုပ်များ",
            "lo": "ເທບນິຍາຍເທິງເຈ້ຍ: ກາຕູນຈີນ ແລະ ປຶ້ມຮູບພາບ ສຳລັບຜູ້ອ່ານອາຊຽນ",
        },
        "summary": {
            "en": "Manhua drawn from the Classic of Mountains and Seas, set beside the paper cuts, "
                  "prints and textiles that tell myths across the region: a reading list for ASEAN "
                  "publishers.",
            "zh_hans": "取材自《山海经》的漫画，与讲述区域神话的剪纸、年画和织锦并列——一份写给东盟出版人的书单。",
            "th": "การ์ตูนจีนที่ได้แรงบันดาลใจจากซานไห่จิง วางเคียงงานตัดกระดาษ ภาพพิมพ์ "
                  "และผ้าทอที่เล่าตำนานของภูมิภาค เป็นรายชื่อแนะนำสำหรับสำนักพิมพ์อาเซียน",
            "vi": "Manhua lấy cảm hứng từ Sơn Hải Kinh, đặt cạnh tranh cắt giấy, tranh in và vải dệt "
                  "kể thần thoại khắp khu vực – một danh sách gợi ý cho các nhà xuất bản ASEAN.",
            "km": "រឿងគំនូរចិនដែលផ្អែកលើគម្ពីរភ្នំ និងសមុទ្រ ដាក់ជាមួយការកាត់ក្រដាស គំនូរពុម្ព "
                  "និងតម្បាញ ដែលនិទានទេវកថាទូទាំងតំបន់ ជាបញ្ជីណែនាំសម្រាប់គ្រឹះស្ថានបោះពុម្ពអាស៊ាន។",
            "my": "တောင်နှင့်ပင်လယ်ကျမ်း (ရှန်ဟိုင်ကျင်း) မှ ဆင်းသက်လာသော တရုတ်ကာတွန်းများကို "
                  "ဒေသတစ်ဝှမ်း ဒဏ္ဍာရီများကို ပြောပြသော စက္ကူညှပ်၊ ပုံနှိပ်ပန်းချီနှင့် ရက်ကန်းထည်များနှင့်အတူ "
                  "စုစည်းထားသည် - အာဆီယံ ထုတ်ဝေသူများအတွက် စာရင်းတစ်ခု ဖြစ်သည်။",
            "lo": "ກາຕູນຈີນທີ່ອີງໃສ່ຄຳພີພູເຂົາ ແລະ ທະເລ (ຊານໄຫ່ຈິງ) ວາງຄຽງຄູ່ກັບງານຕັດເຈ້ຍ, ພາບພິມ "
                  "ແລະ ຜ້າທໍ ທີ່ເລົ່າເທບນິຍາຍທົ່ວພາກພື້ນ: ລາຍຊື່ແນະນຳສຳລັບສຳນັກພິມອາຊຽນ.",
        },
        "work_slugs": [
            "shanhai-battle",
            "foshan-copper-foil-paper-cuts",
            "dai-paper-cuts-mangshi",
            "bat-trang-dong-ho-ceramics",
            "miao-butterfly-mother-embroidery",
            "lake-sebu-tnalak",
        ],
        "body": {
            "en": [
                ("paragraph", "<p>Thai and Vietnamese readers grew up with the Monkey King on "
                              "television, so the beasts and gods of the Classic of Mountains and "
                              "Seas arrive as distant relatives rather than strangers. Translation "
                              "deals for myth-based manhua into Thai and Vietnamese have doubled "
                              "on RightsBridge this year.</p>"),
                ("works", {"heading": "Comics and designs to read together"}),
                ("paragraph", "<p>Myths were on paper long before comics. Foshan paper cuts, Dai "
                              "temple flags and Đông Hồ prints told the same stories in a single "
                              "frame, and publishers are licensing them for endpapers, covers and "
                              "picture-book spreads alongside the manhua.</p>"),
                ("quote", {"text": "Our readers already know the Monkey King. A manhua from the "
                                   "Classic of Mountains and Seas feels like meeting his older "
                                   "cousins.",
                           "attribution": "Rights editor, Nanmee Story House, Bangkok"}),
            ],
            "zh_hans": [
                ("paragraph", "<p>泰国和越南的读者是看着电视里的孙悟空长大的，"
                              "因此《山海经》里的异兽与神祇对他们来说更像远亲而非陌生人。"
                              "今年，RightsBridge 上神话题材漫画的泰文与越南文翻译授权数量翻了一番。</p>"),
                ("works", {"heading": "适合对照阅读的漫画与纹样"}),
                ("paragraph", "<p>神话早在漫画出现之前就已经在纸上了。佛山剪纸、傣族佛幡与东湖年画"
                              "都在一幅画面里讲述同样的故事；出版社正把它们与漫画一起授权，"
                              "用于环衬、封面和绘本跨页。</p>"),
                ("quote", {"text": "我们的读者早就认识孙悟空了。读《山海经》漫画，就像见到了他的几位老表亲。",
                           "attribution": "楠美故事出版社（曼谷）版权编辑"}),
            ],
            "th": [
                ("paragraph", "<p>ผู้อ่านชาวไทยและเวียดนามโตมากับซุนหงอคงในจอโทรทัศน์ "
                              "สัตว์ประหลาดและเทพเจ้าจากซานไห่จิงจึงเหมือนญาติห่างๆ มากกว่าคนแปลกหน้า "
                              "ปีนี้ดีลแปลการ์ตูนจีนแนวตำนานเป็นภาษาไทยและเวียดนามบน RightsBridge เพิ่มขึ้นเป็นสองเท่า</p>"),
                ("works", {"heading": "การ์ตูนและลวดลายที่ควรอ่านคู่กัน"}),
                ("paragraph", "<p>ตำนานอยู่บนกระดาษมานานก่อนจะมีการ์ตูน งานตัดกระดาษฝอซาน "
                              "ตุงของชาวไต และภาพพิมพ์ดงโห่ ล้วนเล่าเรื่องเดียวกันในภาพเดียว "
                              "สำนักพิมพ์จึงขอสิทธิ์นำไปใช้ทำใบรองปก ปกหนังสือ และภาพหน้าคู่ในหนังสือภาพ "
                              "ควบคู่กับการ์ตูนจีน</p>"),
                ("quote", {"text": "ผู้อ่านของเรารู้จักซุนหงอคงอยู่แล้ว การอ่านการ์ตูนจากซานไห่จิง "
                                   "ก็เหมือนได้พบญาติผู้ใหญ่ของเขา",
                           "attribution": "บรรณาธิการฝ่ายลิขสิทธิ์ สำนักพิมพ์บ้านนิทานนานมี กรุงเทพฯ"}),
            ],
        },
    },
]

NEWS = [
    {
        "slug": "bangkok-book-fair-rights-report",
        "date": "2026-05-12",
        "title": {
            "en": "Bangkok book fair: children's rights set a record",
            "zh_hans": "曼谷书展：少儿版权交易创纪录",
            "th": "งานหนังสือกรุงเทพฯ: ลิขสิทธิ์หนังสือเด็กทำสถิติใหม่",
            "vi": "Hội sách Bangkok: bản quyền sách thiếu nhi lập kỷ lục",
            "km": "ពិព័រណ៍សៀវភៅបាងកក៖ សិទ្ធិសៀវភៅកុមារបំបែកកំណត់ត្រា",
        },
        "intro": {
            "en": "Members signed 46 term sheets at this year's Bangkok book fair, more than half "
                  "of them for picture books moving between Chinese and Thai.",
            "zh_hans": "会员在今年曼谷书展上签署了46份意向书，其中过半是中泰之间的绘本版权。",
            "th": "สมาชิกลงนามในข้อตกลงเบื้องต้น 46 ฉบับในงานหนังสือกรุงเทพฯ ปีนี้ "
                  "กว่าครึ่งเป็นหนังสือภาพที่แลกเปลี่ยนระหว่างภาษาจีนและภาษาไทย",
            "vi": "Các thành viên đã ký 46 bản thỏa thuận sơ bộ tại hội sách Bangkok năm nay, hơn "
                  "một nửa là sách tranh chuyển nhượng giữa tiếng Trung và tiếng Thái.",
            "km": "សមាជិកបានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងបឋមចំនួន ៤៦ នៅពិព័រណ៍សៀវភៅបាងកកឆ្នាំនេះ "
                  "ដែលជាងពាក់កណ្ដាលជាសៀវភៅរូបភាពរវាងភាសាចិន និងភាសាថៃ។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The rights centre in Bangkok was busier than ever this year. "
                              "RightsBridge members from six countries met in person after months "
                              "of talks on the platform, and 46 term sheets were signed before the "
                              "fair closed.</p>"),
                ("paragraph", "<p>Picture books led the way, followed by family non-fiction and "
                              "cookery. Thai publishers also bought Vietnamese and Malay titles "
                              "through the platform for the first time, a sign that rights are "
                              "starting to move across Southeast Asia and not only to and from "
                              "China.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>今年曼谷书展的版权中心比以往任何一年都热闹。来自六个国家的 RightsBridge "
                              "会员在平台上洽谈数月之后终于见面，书展闭幕前共签署了46份意向书。</p>"),
                ("paragraph", "<p>绘本领跑，家庭类非虚构与美食图书紧随其后。泰国出版社还首次通过平台"
                              "引进了越南文和马来文图书——这表明版权不再只是进出中国，"
                              "也开始在东南亚各国之间流动。</p>"),
            ],
            "th": [
                ("paragraph", "<p>ศูนย์ซื้อขายลิขสิทธิ์ในงานหนังสือกรุงเทพฯ ปีนี้คึกคักกว่าทุกปี "
                              "สมาชิก RightsBridge จากหกประเทศได้พบกันตัวจริงหลังเจรจาผ่านแพลตฟอร์มมาหลายเดือน "
                              "และลงนามในข้อตกลงเบื้องต้น 46 ฉบับก่อนงานปิด</p>"),
                ("paragraph", "<p>หนังสือภาพนำโด่ง ตามมาด้วยสารคดีครอบครัวและตำราอาหาร "
                              "สำนักพิมพ์ไทยยังซื้อลิขสิทธิ์หนังสือภาษาเวียดนามและภาษามลายูผ่านแพลตฟอร์มเป็นครั้งแรก "
                              "เป็นสัญญาณว่าลิขสิทธิ์เริ่มเดินทางระหว่างประเทศในเอเชียตะวันออกเฉียงใต้ "
                              "ไม่ใช่แค่เข้าออกจีนเท่านั้น</p>"),
            ],
        },
    },
    {
        "slug": "benefit-sharing-guidelines-heritage-designs",
        "date": "2026-06-18",
        "title": {
            "en": "New benefit-sharing guidelines for heritage designs",
            "zh_hans": "非遗纹样收益分享新规发布",
            "th": "แนวปฏิบัติใหม่ว่าด้วยการแบ่งปันผลประโยชน์จากลวดลายมรดกวัฒนธรรม",
            "vi": "Hướng dẫn mới về chia sẻ lợi ích cho hoa văn di sản",
            "km": "គោលការណ៍ណែនាំថ្មីស្ដីពីការចែករំលែកផលប្រយោជន៍ពីក្បាច់បេតិកភណ្ឌ",
        },
        "intro": {
            "en": "From 1 July, every folk-art listing must name its source community, state the "
                  "share of royalties it receives and show who gave consent.",
            "zh_hans": "自7月1日起，每条民间艺术挂牌须写明来源社区、社区所得版税比例以及授权同意人。",
            "th": "ตั้งแต่วันที่ 1 กรกฎาคม ทุกรายการศิลปะพื้นบ้านต้องระบุชุมชนต้นทาง "
                  "สัดส่วนค่าลิขสิทธิ์ที่ชุมชนได้รับ และผู้ให้ความยินยอม",
            "vi": "Từ ngày 1 tháng 7, mọi danh mục nghệ thuật dân gian phải ghi rõ cộng đồng gốc, tỷ "
                  "lệ tiền bản quyền cộng đồng được hưởng và người đã đồng ý cấp phép.",
            "km": "ចាប់ពីថ្ងៃទី ១ ខែកក្កដា បញ្ជីសិល្បៈប្រជាប្រិយនីមួយៗ ត្រូវបញ្ជាក់ឈ្មោះសហគមន៍ម្ចាស់ដើម "
                  "ភាគរយនៃកម្រៃសិទ្ធិដែលសហគមន៍ទទួលបាន និងអ្នកដែលបានផ្ដល់ការយល់ព្រម។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The guidelines were drafted over six months with museums, "
                              "cooperatives and workshops from Guizhou to Lake Sebu. A listing now "
                              "needs three things before it goes live: the community the design "
                              "comes from, the percentage of each royalty that returns to it, and "
                              "the person or body that agreed to the licence.</p>"),
                ("paragraph", "<p>Communities may also mark designs as not for licence. Those "
                              "designs can still appear in a listing's story, but no offer can be "
                              "made on them. Existing listings have until the end of September to "
                              "comply.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>这份指引历时六个月，与从贵州到塞布湖的博物馆、合作社和作坊共同起草。"
                              "如今一条挂牌上线前须具备三项内容：纹样的来源社区、每笔版税返还社区的比例，"
                              "以及同意授权的个人或机构。</p>"),
                ("paragraph", "<p>社区也可以将某些纹样标记为“不授权”。这些纹样仍可出现在挂牌的介绍中，"
                              "但不能针对其发出报价。现有挂牌须在9月底前完成调整。</p>"),
            ],
            "th": [
                ("paragraph", "<p>แนวปฏิบัตินี้ใช้เวลาร่างหกเดือน ร่วมกับพิพิธภัณฑ์ สหกรณ์ "
                              "และกลุ่มช่างตั้งแต่กุ้ยโจวจนถึงทะเลสาบเซบู "
                              "ก่อนเผยแพร่ รายการหนึ่งๆ ต้องมีสามสิ่ง ได้แก่ ชุมชนที่เป็นต้นทางของลวดลาย "
                              "สัดส่วนค่าลิขสิทธิ์ที่ส่งกลับให้ชุมชน และบุคคลหรือองค์กรที่ยินยอมให้อนุญาต</p>"),
                ("paragraph", "<p>ชุมชนยังสามารถกำหนดให้ลวดลายบางแบบไม่เปิดให้อนุญาตได้ "
                              "ลวดลายเหล่านั้นยังปรากฏในเรื่องเล่าของรายการได้ แต่ไม่สามารถยื่นข้อเสนอขอใช้ได้ "
                              "รายการเดิมมีเวลาปรับปรุงจนถึงสิ้นเดือนกันยายน</p>"),
            ],
        },
    },
    {
        "slug": "lao-heritage-weavers-join",
        "date": "2026-07-08",
        "title": {
            "en": "Lao Heritage Weavers Cooperative joins RightsBridge",
            "zh_hans": "老挝传统织造合作社加入 RightsBridge",
            "th": "สหกรณ์ช่างทอผ้ามรดกลาวเข้าร่วม RightsBridge",
            "vi": "Hợp tác xã Dệt Di sản Lào gia nhập RightsBridge",
            "km": "សហករណ៍ត្បាញបេតិកភណ្ឌឡាវ ចូលរួមជាមួយ RightsBridge",
        },
        "intro": {
            "en": "The Luang Prabang cooperative brings sinh patterns from Lao, Tai Lue, Tai Daeng "
                  "and Hmong villages, each recorded with the name of its weaver.",
            "zh_hans": "这家琅勃拉邦合作社带来了老族、傣泐族、红傣族和苗族村寨的筒裙纹样，每一种都记录了织工的名字。",
            "th": "สหกรณ์จากหลวงพระบางนำลายซิ่นจากหมู่บ้านลาว ไทลื้อ ไทแดง และม้ง มาสู่แพลตฟอร์ม "
                  "ทุกลายบันทึกไว้พร้อมชื่อช่างทอ",
            "vi": "Hợp tác xã ở Luang Prabang mang đến các hoa văn váy sinh từ những bản làng Lào, "
                  "Lự, Thái Đỏ và H'Mông, mỗi mẫu đều ghi tên người dệt.",
            "km": "សហករណ៍មកពីលួងប្រាបាងនេះ នាំមកនូវក្បាច់សំពត់ស៊ិនពីភូមិឡាវ តៃលឺ តៃដែង និងម៉ុង "
                  "ដែលក្បាច់នីមួយៗមានកត់ត្រាឈ្មោះអ្នកត្បាញ។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The cooperative has spent ten years photographing and charting "
                              "the hems, shoulder cloths and ceremonial textiles of northern Laos. "
                              "Its first two listings, the naga sinh patterns of Ban Phanom and the "
                              "Tai Daeng shoulder cloths of Houaphan, send 15% of every royalty to "
                              "the weavers' own funds.</p>"),
                ("paragraph", "<p>At the request of the villages that weave them, the Houaphan "
                              "patterns will be licensed only within ASEAN. That listing is also "
                              "our first without an English description: the cooperative wrote it "
                              "in Lao, Thai and Chinese, and an English version will follow once "
                              "the weavers have approved it.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>十年来，合作社一直在拍摄、绘制老挝北部的裙脚、肩巾与礼仪织物。"
                              "首批两条挂牌——班帕侬的那伽筒裙纹样与华潘省的红傣肩巾——"
                              "每笔版税的15%都将进入织工自己的基金。</p>"),
                ("paragraph", "<p>应织造这些纹样的村寨要求，华潘纹样仅在东盟范围内授权。"
                              "这也是平台上第一条没有英文介绍的挂牌：合作社用老挝文、泰文和中文撰写，"
                              "英文版本将在织工审定后补上。</p>"),
            ],
            "th": [
                ("paragraph", "<p>สหกรณ์ใช้เวลาสิบปีถ่ายภาพและทำแผนผังลายตีนซิ่น ผ้าเบี่ยง "
                              "และผ้าในพิธีกรรมของภาคเหนือของลาว สองรายการแรก ได้แก่ ลายซิ่นนาคของบ้านผานม "
                              "และผ้าเบี่ยงไทแดงแห่งหัวพัน จะส่งร้อยละ 15 ของค่าลิขสิทธิ์ทุกครั้งเข้ากองทุนของช่างทอเอง</p>"),
                ("paragraph", "<p>ตามคำขอของหมู่บ้านผู้ทอ ลายจากหัวพันจะอนุญาตเฉพาะในอาเซียนเท่านั้น "
                              "รายการนี้ยังเป็นรายการแรกที่ไม่มีคำอธิบายภาษาอังกฤษ "
                              "สหกรณ์เขียนไว้เป็นภาษาลาว ไทย และจีน "
                              "ส่วนฉบับภาษาอังกฤษจะตามมาเมื่อช่างทอตรวจทานแล้ว</p>"),
            ],
        },
    },
    {
        "slug": "manhua-translation-deals-thai-vietnamese",
        "date": "2026-08-26",
        "title": {
            "en": "Manhua translation deals into Thai and Vietnamese reach a record",
            "zh_hans": "漫画泰文、越南文翻译授权创新高",
            "th": "ดีลแปลการ์ตูนจีนเป็นภาษาไทยและเวียดนามทำสถิติสูงสุด",
            "vi": "Bản quyền dịch manhua sang tiếng Thái và tiếng Việt đạt kỷ lục",
            "km": "កិច្ចព្រមព្រៀងបកប្រែរឿងគំនូរចិនជាភាសាថៃ និងវៀតណាម បំបែកកំណត់ត្រា",
        },
        "intro": {
            "en": "Sixty-three manhua translation licences into Thai and Vietnamese were agreed "
                  "between January and August, more than in the whole of last year.",
            "zh_hans": "1月至8月间，共有63份漫画泰文与越南文翻译授权达成，已超过去年全年。",
            "th": "ระหว่างเดือนมกราคมถึงสิงหาคม มีการตกลงสิทธิ์แปลการ์ตูนจีนเป็นภาษาไทยและเวียดนามแล้ว "
                  "63 รายการ มากกว่าทั้งปีที่แล้ว",
            "vi": "Từ tháng 1 đến tháng 8, đã có 63 hợp đồng dịch manhua sang tiếng Thái và tiếng "
                  "Việt được ký kết, nhiều hơn cả năm ngoái.",
            "km": "ចាប់ពីខែមករា ដល់ខែសីហា អាជ្ញាប័ណ្ណបកប្រែរឿងគំនូរចិនជាភាសាថៃ និងវៀតណាមចំនួន ៦៣ "
                  "ត្រូវបានព្រមព្រៀង ច្រើនជាងឆ្នាំមុនទាំងមូល។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>Myth and fantasy titles led the list, and Mountain &amp; Sea "
                              "Comics Studio's Battle of Mountains and Seas was licensed into both languages in "
                              "the same week. Vietnamese publishers increasingly ask for print and "
                              "e-book rights together, while Thai deals more often start with "
                              "webcomic serialisation and add print later.</p>"),
                ("paragraph", "<p>Advances rose modestly, and more contracts now include "
                              "merchandise options for the characters: welcome news for rights "
                              "holders, but a reason to draft territories with care.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>神话与奇幻题材居首，山海漫画工作室的《山海逆战》在同一周内售出泰文和越南文版权。"
                              "越南出版社越来越多地同时购买纸书与电子书版权，泰国的交易则更常先做条漫连载、"
                              "再追加纸书。</p>"),
                ("paragraph", "<p>预付金小幅上涨，越来越多的合同附带角色衍生品选择权——"
                              "这对版权方是好消息，但也要求在地域条款上更加谨慎。</p>"),
            ],
            "th": [
                ("paragraph", "<p>การ์ตูนแนวตำนานและแฟนตาซีครองอันดับต้น "
                              "โดยเรื่องศึกขุนเขาและท้องทะเลของสตูดิโอการ์ตูนภูผาทะเลขายลิขสิทธิ์ได้ทั้งสองภาษาในสัปดาห์เดียวกัน "
                              "สำนักพิมพ์เวียดนามนิยมขอสิทธิ์ฉบับพิมพ์และอีบุ๊กพร้อมกัน "
                              "ส่วนดีลฝั่งไทยมักเริ่มจากการลงเว็บคอมมิกก่อนแล้วจึงตามด้วยฉบับพิมพ์</p>"),
                ("paragraph", "<p>เงินล่วงหน้าเพิ่มขึ้นเล็กน้อย และสัญญาจำนวนมากขึ้นมีสิทธิ์เลือกทำสินค้าจากตัวละคร "
                              "ซึ่งเป็นข่าวดีสำหรับเจ้าของลิขสิทธิ์ แต่ก็ต้องร่างเงื่อนไขเรื่องอาณาเขตอย่างรอบคอบ</p>"),
            ],
        },
    },
    {
        "slug": "china-asean-copyright-week-nanning",
        "date": "2026-09-21",
        "title": {
            "en": "China–ASEAN copyright week in Nanning",
            "zh_hans": "南宁中国—东盟版权周",
            "th": "สัปดาห์ลิขสิทธิ์จีน–อาเซียนที่หนานหนิง",
            "vi": "Tuần lễ bản quyền Trung Quốc – ASEAN tại Nam Ninh",
            "km": "សប្ដាហ៍សិទ្ធិអ្នកនិពន្ធចិន–អាស៊ាន នៅណាននីង",
        },
        "intro": {
            "en": "During the China–ASEAN Expo week in Nanning, RightsBridge hosted a rights table "
                  "for heritage designs with museums and workshops from nine countries.",
            "zh_hans": "中国—东盟博览会期间，RightsBridge 在南宁设立非遗纹样版权洽谈桌，来自九个国家的博物馆与作坊参加。",
            "th": "ระหว่างสัปดาห์มหกรรมจีน–อาเซียนที่หนานหนิง RightsBridge "
                  "จัดโต๊ะเจรจาลิขสิทธิ์ลวดลายมรดกวัฒนธรรม โดยมีพิพิธภัณฑ์และกลุ่มช่างจากเก้าประเทศเข้าร่วม",
            "vi": "Trong tuần Hội chợ Trung Quốc – ASEAN ở Nam Ninh, RightsBridge tổ chức bàn giao "
                  "dịch bản quyền hoa văn di sản với các bảo tàng và xưởng thủ công từ chín quốc gia.",
            "km": "ក្នុងសប្ដាហ៍ពិព័រណ៍ចិន–អាស៊ាន នៅទីក្រុងណាននីង RightsBridge បានរៀបចំតុចរចាសិទ្ធិ"
                  "ក្បាច់បេតិកភណ្ឌ ដោយមានសារមន្ទីរ និងរោងជាងមកពីប្រាំបួនប្រទេសចូលរួម។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>Alongside the book and film sessions, the heritage-design table "
                              "brought the Guizhou Folk Art Museum, the Angkor Silversmiths' Guild "
                              "and weavers from Laos and Myanmar together with brands from "
                              "Singapore, Bangkok and Shanghai. Most conversations turned on one "
                              "question: how do you license a pattern fairly when it belongs to a "
                              "whole village?</p>"),
                ("paragraph", "<p>Jieli Children's Press, our host in Nanning, also presented its "
                              "autumn list of picture books to Southeast Asian partners.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>在图书与影视洽谈之外，非遗纹样洽谈桌把贵州民间艺术博物馆、吴哥银匠行会"
                              "以及来自老挝和缅甸的织工，与新加坡、曼谷和上海的品牌聚到了一起。"
                              "大多数讨论都围绕同一个问题：当一个纹样属于整个村寨时，怎样授权才算公平？</p>"),
                ("paragraph", "<p>作为南宁的东道主，接力童书出版社还向东南亚合作伙伴推介了秋季绘本书单。</p>"),
            ],
            "th": [
                ("paragraph", "<p>นอกจากการเจรจาด้านหนังสือและภาพยนตร์แล้ว โต๊ะลวดลายมรดกวัฒนธรรม "
                              "ยังพาพิพิธภัณฑ์ศิลปะพื้นบ้านกุ้ยโจว สมาคมช่างเงินอังกอร์ "
                              "และช่างทอจากลาวและเมียนมา มาพบกับแบรนด์จากสิงคโปร์ กรุงเทพฯ และเซี่ยงไฮ้ "
                              "บทสนทนาส่วนใหญ่วนอยู่ที่คำถามเดียว คือจะอนุญาตให้ใช้ลวดลายอย่างเป็นธรรมได้อย่างไร "
                              "เมื่อลวดลายนั้นเป็นของทั้งหมู่บ้าน</p>"),
                ("paragraph", "<p>สำนักพิมพ์หนังสือเด็กเจี๋ยลี่ เจ้าภาพของเราที่หนานหนิง "
                              "ยังได้นำเสนอรายชื่อหนังสือภาพฤดูใบไม้ร่วงแก่พันธมิตรในเอเชียตะวันออกเฉียงใต้ด้วย</p>"),
            ],
        },
    },
    {
        "slug": "khmer-silverwork-eu-exhibition",
        "date": "2026-11-04",
        "title": {
            "en": "Khmer silverwork heads to Europe",
            "zh_hans": "高棉银器将赴欧洲展出",
            "th": "เครื่องเงินเขมรเตรียมเดินทางสู่ยุโรป",
            "vi": "Nghề bạc Khmer đến châu Âu",
            "km": "គ្រឿងប្រាក់ខ្មែរឆ្ពោះទៅកាន់អឺរ៉ុប",
        },
        "intro": {
            "en": "The Angkor Silversmiths' Guild has licensed its Kampong Luong designs to a "
                  "touring exhibition that opens in three EU cities next spring.",
            "zh_hans": "吴哥银匠行会已将其磅銮设计授权给一项巡回展，明年春天将在欧盟三座城市开幕。",
            "th": "สมาคมช่างเงินอังกอร์อนุญาตให้นำแบบลายจากกำปงหลวงไปจัดนิทรรศการสัญจร "
                  "ซึ่งจะเปิดในสามเมืองของสหภาพยุโรปในฤดูใบไม้ผลิปีหน้า",
            "vi": "Hội Thợ bạc Angkor đã cấp phép các mẫu thiết kế Kampong Luong cho một triển lãm "
                  "lưu động sẽ khai mạc tại ba thành phố của EU vào mùa xuân năm sau.",
            "km": "សមាគមជាងប្រាក់អង្គរ បានផ្ដល់អាជ្ញាប័ណ្ណក្បាច់រចនាពីកំពង់លួង ដល់ពិព័រណ៍ចល័តមួយ "
                  "ដែលនឹងបើកនៅទីក្រុងបីនៃសហភាពអឺរ៉ុប នៅរដូវផ្ការីកឆ្នាំក្រោយ។",
        },
        "body": {
            "en": [
                ("paragraph", "<p>The exclusive two-year exhibition licence covers photographs, "
                              "drawings and a short film of the Kampong Luong smiths at work. Ten "
                              "per cent of the fee goes to the guild's training fund, which pays "
                              "for apprentices to spend a year with a master smith.</p>"),
                ("paragraph", "<p>It is the first exhibition licence agreed on RightsBridge for a "
                              "Cambodian workshop, and the guild hopes the tour will bring design "
                              "commissions as well as visitors.</p>"),
            ],
            "zh_hans": [
                ("paragraph", "<p>这份为期两年的独家展览授权涵盖照片、图稿，以及一部记录磅銮银匠工作的短片。"
                              "授权费的10%进入行会培训基金，资助学徒跟随师傅学艺一年。</p>"),
                ("paragraph", "<p>这是 RightsBridge 上首份为柬埔寨作坊达成的展览授权。"
                              "行会希望巡展不仅带来观众，也能带来设计委托。</p>"),
            ],
            "th": [
                ("paragraph", "<p>สิทธิ์จัดนิทรรศการแบบผูกขาดระยะสองปีนี้ครอบคลุมภาพถ่าย แบบร่าง "
                              "และภาพยนตร์สั้นที่บันทึกการทำงานของช่างเงินกำปงหลวง "
                              "ร้อยละ 10 ของค่าธรรมเนียมเข้ากองทุนฝึกอบรมของสมาคม "
                              "เพื่อให้ช่างฝึกหัดได้เรียนกับครูช่างเป็นเวลาหนึ่งปี</p>"),
                ("paragraph", "<p>นี่เป็นสิทธิ์จัดนิทรรศการครั้งแรกบน RightsBridge สำหรับกลุ่มช่างจากกัมพูชา "
                              "และสมาคมหวังว่านิทรรศการสัญจรจะนำมาทั้งผู้ชมและงานออกแบบตามสั่ง</p>"),
            ],
        },
    },
]
