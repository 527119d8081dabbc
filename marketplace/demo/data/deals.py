"""Demo deals at every stage, written as the people would write them.

Each step: ("say", side, language, text), ("offer", side, terms),
("accept", side), ("decline", side), ("withdraw", side), ("mediation", side,
reason), ("expire",). "contract": the accepted deal's contract is made,
and signed where the demo password works. Sides are "buyer" and "seller"; the scope asks for the
buyer's country and language where the line offers them."""

DEALS = [
    {   # Thai agency, Vietnamese picture book: accepted after one counter-offer
        "buyer": "chao-phraya-rights", "work": "the-lantern-river", "line": 0, "country": "TH", "language": "th",
        "details": {"print_run": 3000, "book_format": "paperback"}, "contract": True,
        "steps": [
            ("say", "buyer", "th", "สวัสดีค่ะ เราสนใจลิขสิทธิ์แปลภาษาไทยของ “แม่น้ำโคมไฟ” สำหรับตลาดหนังสือเด็กในประเทศไทย "
                                   "พิมพ์ครั้งแรก 3,000 เล่ม ปกอ่อน"),
            ("say", "seller", "vi", "Cảm ơn quý công ty đã quan tâm. Chúng tôi gửi đề nghị dưới đây, kèm file màu sẵn sàng để in."),
            ("offer", "seller", {"advance": "1800", "currency": "USD", "tiers": [("paperback", "6", "0"), ("paperback", "8", "5000")],
                                 "release_deadline_months": 18}),
            ("say", "buyer", "th", "ขอบคุณค่ะ สำหรับตลาดไทย เราขอเสนอเงินล่วงหน้า 1,500 ดอลลาร์ และอัตราเดิมค่ะ"),
            ("offer", "buyer", {"advance": "1500", "currency": "USD", "tiers": [("paperback", "6", "0"), ("paperback", "8", "5000")],
                                "release_deadline_months": 18}),
            ("accept", "seller"),
            ("say", "seller", "vi", "Chúng tôi đồng ý. Hợp đồng sẽ được gửi trong tuần này."),
        ],
    },
    {   # Vietnamese agency, Chinese picture book: an offer is open and expires soon
        "buyer": "hanoi-lotus-agency", "work": "grandmas-rice-cake-moon", "line": 0, "country": "VN", "language": "vi",
        "details": {"print_run": 5000, "book_format": "hardback"},
        "steps": [
            ("say", "buyer", "vi", "Kính gửi quý nhà xuất bản, chúng tôi muốn mua bản quyền dịch tiếng Việt cho cuốn sách "
                                   "tranh này, bản in đầu 5.000 cuốn bìa cứng."),
            ("say", "seller", "zh-hans", "感谢您的询价。我们很高兴这本书能与越南的小读者见面，请查看以下报价。"),
            ("offer", "seller", {"advance": "12000", "currency": "CNY", "days_open": 2,
                                 "tiers": [("hardback", "7", "0"), ("hardback", "9", "10000")],
                                 "payment_schedule": "on_publication", "release_deadline_months": 18}),
        ],
    },
    {   # Cambodian agency, not yet verified: a new inquiry in Khmer
        "buyer": "mekong-story-agency", "work": "the-lantern-river", "line": 0, "country": "KH", "language": "km",
        "details": {"print_run": 1500, "book_format": "paperback"},
        "steps": [
            ("say", "buyer", "km", "ជម្រាបសួរ យើងចាប់អារម្មណ៍សិទ្ធិបកប្រែជាភាសាខ្មែរ សម្រាប់អ្នកអានកុមារនៅកម្ពុជា។"),
        ],
    },
    {   # Indonesian publisher, Thai picture book: in negotiation, mediation asked for
        "buyer": "gramedia-kids", "work": "the-little-elephant-who-would-not-sleep", "line": 0, "country": "ID",
        "language": "id", "details": {"print_run": 4000, "book_format": "paperback"},
        "steps": [
            ("say", "buyer", "id", "Selamat siang. Kami tertarik dengan hak terjemahan bahasa Indonesia untuk buku ini, "
                                   "cetakan pertama 4.000 eksemplar."),
            ("say", "seller", "th", "ยินดีค่ะ ขอทราบแผนการจัดจำหน่ายและกำหนดวางแผงก่อนเสนอเงื่อนไขนะคะ"),
            ("say", "buyer", "id", "Kami berencana terbit dalam 12 bulan. Namun syarat pembayaran di muka perlu kami "
                                   "diskusikan; mohon bantuan mediator platform."),
            ("mediation", "buyer", "Kami belum sepakat tentang jadwal pembayaran uang muka."),
        ],
    },
    {   # Malaysian studio, Thai documentary: declined
        "buyer": "dewan-kreatif", "work": "fishers-of-the-mekong", "line": 0, "country": "MY",
        "language": "en", "details": {"channel": "free_tv", "episodes": 4},
        "steps": [
            ("say", "buyer", "en", "We represent a regional broadcaster and would like free-TV rights for the series "
                                   "in ASEAN, four episodes."),
            ("say", "seller", "th", "ขอบคุณค่ะ ขณะนี้เรากำลังเจรจากับผู้ซื้อรายอื่นในภูมิภาคนี้อยู่"),
            ("decline", "seller"),
        ],
    },
    {   # Thai agency, Chinese embroidery designs: withdrawn
        "buyer": "chao-phraya-rights", "work": "miao-butterfly-mother-embroidery", "line": 0, "country": "TH",
        "language": "en", "details": {"product_categories": "scarves, tote bags"},
        "steps": [
            ("say", "buyer", "th", "เราต้องการใช้ลวดลายผีเสื้อแม่สำหรับผ้าพันคอและกระเป๋าผ้า"),
            ("say", "seller", "zh-hans", "欢迎。请注意每件产品须注明苗族社区来源，并经我馆审批样品。"),
            ("offer", "seller", {"advance": "2000", "currency": "USD", "tiers": [("scarves", "8", "0")]}),
            ("say", "buyer", "th", "ขออภัยค่ะ ลูกค้าของเราเปลี่ยนแผนการผลิต จึงขอถอนคำขอนี้"),
            ("withdraw", "buyer"),
        ],
    },
    {   # Vietnamese agency, Chinese novel's film rights: the option offer expired
        "buyer": "hanoi-lotus-agency", "work": "children-of-the-gulf", "line": 1, "country": "VN", "language": "vi",
        "details": {"channel": "theatrical"},
        "steps": [
            ("say", "buyer", "vi", "Một hãng phim tại TP. Hồ Chí Minh muốn mua quyền chọn chuyển thể tiểu thuyết này."),
            ("offer", "seller", {"advance": "0", "currency": "USD", "option_months": 18, "option_fee": "5000",
                                 "purchase_price": "50000", "days_open": 0}),
            ("expire",),
        ],
    },
]

# Published instant terms taken in one step by a verified buyer.
INSTANT = [{"buyer": "dewan-kreatif", "work": "shidong-dragon-embroidery", "line": 1}]
