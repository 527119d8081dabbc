"""What every search engine must do, run against each reachable backend."""
from datetime import UTC, datetime

import pytest

from search.availability import is_available
from search.query import CatalogQuery
from search.registry import get_backend, reset_backends

from .factories import ids, make_doc, offer


def search(backend, text="", **options):
    return backend.search(CatalogQuery(text=text, **options))


def found(backend, text, **options) -> set[int]:
    return set(ids(search(backend, text, per_page=100, **options)))


# --- Scripts without spaces ---------------------------------------------------

def test_chinese_word_inside_a_longer_title(backend):
    war = make_doc(titles={"zh-hans": "山海逆战"})
    flowers = make_doc(titles={"zh-hans": "海上花列传"})
    backend.rebuild([war, flowers])
    assert found(backend, "山海") == {war["id"]}
    assert found(backend, "逆战") == {war["id"]}
    assert found(backend, "山") == {war["id"]}  # one character, inside the word 山海
    assert found(backend, "上花") == {flowers["id"]}


def test_thai_words_inside_unsegmented_titles(backend):
    hmong = make_doc(titles={"th": "ตำนานผ้าปักม้งจากดอยสูงเชียงใหม่"})
    silk = make_doc(titles={"th": "ผ้าไหมมัดหมี่อีสาน"})
    backend.rebuild([hmong, silk])
    assert found(backend, "ผ้าปักม้ง") == {hmong["id"]}
    assert found(backend, "เชียงใหม่") == {hmong["id"]}
    assert found(backend, "ผ้าไหม") == {silk["id"]}
    assert found(backend, "ผ้า") == {hmong["id"], silk["id"]}


def test_thai_tone_marks_are_never_folded_away(backend):
    silk = make_doc(titles={"th": "ผ้าไหมมัดหมี่อีสาน"})
    backend.rebuild([silk])
    assert found(backend, "ผาไหม") == set()  # without its tone mark it is another word


def test_lao_words_inside_unsegmented_titles(backend):
    tales = make_doc(titles={"lo": "ນິທານພື້ນເມືອງລາວ"})
    new_year = make_doc(titles={"lo": "ບຸນປີໃໝ່ລາວທີ່ຫຼວງພະບາງ"})
    backend.rebuild([tales, new_year])
    assert found(backend, "ພື້ນເມືອງ") == {tales["id"]}
    assert found(backend, "ຫຼວງພະບາງ") == {new_year["id"]}
    # ICU splits the query ເມືອງ|ລາວ but the title ພື້ນເມືອງ|ລາວ: the n-grams still match.
    assert found(backend, "ເມືອງລາວ") == {tales["id"]}


def test_khmer_words_inside_unsegmented_titles(backend):
    legends = make_doc(titles={"km": "រឿងព្រេងខ្មែរបុរាណ"})
    apsara = make_doc(titles={"km": "របាំអប្សរានៃប្រាសាទអង្គរ"})
    backend.rebuild([legends, apsara])
    assert found(backend, "ព្រេង") == {legends["id"]}
    assert found(backend, "ខ្មែរ") == {legends["id"]}
    assert found(backend, "ប្រាសាទ") == {apsara["id"]}
    assert found(backend, "ខមែរ") == set()  # the coeng (្) is part of the word


def test_burmese_words_inside_unsegmented_titles(backend):
    tales = make_doc(titles={"my": "မြန်မာ့ရိုးရာပုံပြင်များ"})
    pagodas = make_doc(titles={"my": "ပုဂံဘုရားများ"})
    backend.rebuild([tales, pagodas])
    assert found(backend, "ပုံပြင်") == {tales["id"]}
    assert found(backend, "ရိုးရာ") == {tales["id"]}
    assert found(backend, "ဘုရား") == {pagodas["id"]}


# --- Latin scripts ------------------------------------------------------------

def test_english_words_match_by_stem(backend):
    hmong = make_doc("Hmong Embroidery Patterns")
    batik = make_doc("Javanese Batik")
    backend.rebuild([hmong, batik])
    assert found(backend, "embroideries") == {hmong["id"]}
    assert found(backend, "pattern") == {hmong["id"]}


def test_vietnamese_matches_without_diacritics(backend):
    tales = make_doc(titles={"vi": "Truyện cổ tích Việt Nam"})
    drum = make_doc(titles={"vi": "Trống đồng Đông Sơn"})
    backend.rebuild([tales, drum])
    assert found(backend, "co tich") == {tales["id"]}
    assert found(backend, "cổ tích") == {tales["id"]}
    assert found(backend, "dong son") == {drum["id"]}


def test_every_query_word_must_match_but_stop_words_need_not(backend):
    hmong = make_doc("Hmong Embroidery Patterns")
    backend.rebuild([hmong, make_doc("Batik Patterns")])
    assert found(backend, "hmong patterns") == {hmong["id"]}
    assert found(backend, "the hmong patterns") == {hmong["id"]}
    assert found(backend, "hmong ceramics") == set()


# --- Across languages ---------------------------------------------------------

def test_a_query_matches_any_language_and_shows_the_ui_title(backend):
    war = make_doc(titles={"en": "Mountains and Seas at War", "zh-hans": "山海逆战"})
    backend.rebuild([war])
    [hit] = search(backend, "山海", ui_language="en").hits
    assert (hit.title, hit.title_language) == ("Mountains and Seas at War", "en")
    assert hit.matched_title_html == "<mark>山海</mark>逆战"


def test_the_ui_language_title_weighs_most(backend):
    english = make_doc(titles={"en": "Silver Dragon Tales", "vi": "Chuyện rồng bạc"})
    vietnamese = make_doc(titles={"en": "River stories", "vi": "Silver Dragon Tales"})
    backend.rebuild([english, vietnamese])
    assert ids(search(backend, "silver dragon", ui_language="en")) == [english["id"], vietnamese["id"]]
    assert ids(search(backend, "silver dragon", ui_language="vi")) == [vietnamese["id"], english["id"]]


def test_title_falls_back_to_english_then_chinese(backend):
    war = make_doc(titles={"zh-hans": "山海逆战"})
    backend.rebuild([war])
    [hit] = search(backend, "", ui_language="th").hits
    assert (hit.title, hit.title_language) == ("山海逆战", "zh-hans")


# --- Highlights -------------------------------------------------------------------

def test_highlights_are_escaped_except_the_marks(backend):
    doc = make_doc("Tom & Jerry <Embroidery>", synopses={
        "en": "A sampler of cross-stitch embroidery from Hmong villages in Sa Pa, with 40 charts.",
    })
    backend.rebuild([doc])
    [hit] = search(backend, "embroidery").hits
    assert hit.title_html == "Tom &amp; Jerry &lt;<mark>Embroidery</mark>&gt;"
    assert "cross-stitch <mark>embroidery</mark> from" in hit.snippet_html


def test_unsegmented_matches_are_highlighted_in_place(backend):
    doc = make_doc(titles={"th": "ตำนานผ้าปักม้งจากดอยสูงเชียงใหม่"})
    backend.rebuild([doc])
    [hit] = search(backend, "ผ้าปักม้ง", ui_language="th").hits
    assert hit.title_html == "ตำนาน<mark>ผ้าปักม้ง</mark>จากดอยสูงเชียงใหม่"


# --- Facets, filters, sorting, paging -------------------------------------------

@pytest.fixture
def shelf(backend):
    """Five works about lotus across kinds, holders, subjects and years; one not."""
    docs = [
        make_doc("Lotus Pond", kind="book", subtype="novel", holder="lotus-press", holder_id=1,
                 subjects=["nature"], year=2001, offers=[offer("translation", "World excluding CN, TW", "th")]),
        make_doc("Lotus Lantern", kind="book", subtype="childrens", holder="lotus-press", holder_id=1,
                 subjects=["festivals"], year=2005, offers=[offer("translation", "ASEAN", "vi, th")]),
        make_doc("Lotus Girl", kind="book", subtype="novel", holder="mekong-books", holder_id=2,
                 subjects=["nature", "festivals"], year=2010),
        make_doc("Lotus Warrior", kind="comic", subtype="manhua", holder="mekong-books", holder_id=2,
                 year=2015, offers=[offer("merchandise", "CN", "zh-Hans")]),
        make_doc("Lotus Dance", kind="comic", subtype="webcomic", holder="hanoi-arts", holder_id=3, year=2020),
        make_doc("River Song", kind="film_tv", subtype="series", holder="hanoi-arts", holder_id=3, year=2020),
    ]
    backend.rebuild(docs)
    return {doc["titles"]["en"]: doc["id"] for doc in docs}


def test_facets_count_the_whole_result_set_not_the_page(backend, shelf):
    results = search(backend, "lotus", per_page=2)
    assert (len(results.hits), results.total) == (2, 5)
    assert results.facets["kind"] == [("book", 3), ("comic", 2)]
    assert results.facets["subtype"] == [("novel", 2), ("childrens", 1), ("manhua", 1), ("webcomic", 1)]
    assert results.facets["holder"] == [("lotus-press", 2), ("mekong-books", 2), ("hanoi-arts", 1)]
    assert results.facets["subject"] == [("festivals", 2), ("nature", 2)]
    assert results.facets["year"] == [(2001, 1), (2005, 1), (2010, 1), (2015, 1), (2020, 1)]
    assert results.facets["right_type"] == [("translation", 2), ("merchandise", 1)]
    assert results.facets["language"] == [("th", 2), ("vi", 1), ("zh-Hans", 1)]
    territories = dict(results.facets["territory"])
    assert (territories["TH"], territories["LA"], territories["CN"]) == (2, 2, 1)
    assert "TW" not in territories  # excluded from the World offer


def test_facets_follow_the_filters(backend, shelf):
    results = search(backend, "lotus", kinds=["comic"])
    assert results.facets["kind"] == [("comic", 2)]
    assert results.facets["holder"] == [("hanoi-arts", 1), ("mekong-books", 1)]


@pytest.mark.parametrize("options, expected", [
    ({"kinds": ["comic"]}, {"Lotus Warrior", "Lotus Dance"}),
    ({"kinds": ["comic", "film_tv"]}, {"Lotus Warrior", "Lotus Dance", "River Song"}),
    ({"subtypes": ["novel"]}, {"Lotus Pond", "Lotus Girl"}),
    ({"holders": [2]}, {"Lotus Girl", "Lotus Warrior"}),
    ({"holders": ["hanoi-arts"]}, {"Lotus Dance", "River Song"}),
    ({"holders": [1, "hanoi-arts"]}, {"Lotus Pond", "Lotus Lantern", "Lotus Dance", "River Song"}),
    ({"subjects": ["festivals"]}, {"Lotus Lantern", "Lotus Girl"}),
    ({"year_from": 2005, "year_to": 2015}, {"Lotus Lantern", "Lotus Girl", "Lotus Warrior"}),
    ({"year_from": 2015}, {"Lotus Warrior", "Lotus Dance", "River Song"}),
    ({"year_to": 2001}, {"Lotus Pond"}),
    ({"right_type": "translation"}, {"Lotus Pond", "Lotus Lantern"}),
    ({"territory": "cn"}, {"Lotus Warrior"}),
    ({"language": "vi"}, {"Lotus Lantern"}),
    ({"available_only": True}, {"Lotus Pond", "Lotus Lantern", "Lotus Warrior"}),
    ({"kinds": ["book"], "year_from": 2002, "subjects": ["nature"]}, {"Lotus Girl"}),
])
def test_each_filter(backend, shelf, options, expected):
    assert found(backend, "", **options) == {shelf[title] for title in expected}


def test_sort_newest_first(backend):
    old, new, middle = (make_doc(f"Lotus {n}", published=datetime(y, 1, 1, tzinfo=UTC))
                        for n, y in (("one", 2020), ("two", 2024), ("three", 2022)))
    backend.rebuild([old, new, middle])
    assert ids(search(backend, "lotus", sort="newest")) == [new["id"], middle["id"], old["id"]]
    assert ids(search(backend, "")) == [new["id"], middle["id"], old["id"]]  # no text: newest first


@pytest.mark.parametrize("ui, titles, expected", [
    ("en", ["banana", "Apple", "cherry"], ["Apple", "banana", "cherry"]),
    ("th", ["ขนม", "เกาะ", "กาแฟ"], ["กาแฟ", "เกาะ", "ขนม"]),  # Thai order ignores the leading vowel
    ("zh-hans", ["北京故事", "重庆火锅", "安徽民歌"], ["安徽民歌", "北京故事", "重庆火锅"]),  # pinyin
])
def test_sort_by_title_in_the_readers_alphabet(backend, ui, titles, expected):
    backend.rebuild([make_doc(titles={ui: title}) for title in titles])
    assert [hit.title for hit in search(backend, "", ui_language=ui, sort="title").hits] == expected


def test_paging(backend):
    backend.rebuild([make_doc(f"Lotus {n}", published=datetime(2020, 1, n, tzinfo=UTC)) for n in range(1, 6)])
    pages = [search(backend, "lotus", sort="newest", per_page=2, page=n) for n in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [2, 2, 1]
    assert len({hit.id for p in pages for hit in p.hits}) == 5
    assert [(p.total, p.pages, p.has_next, p.has_previous) for p in (pages[0], pages[2])] == [
        (5, 3, True, False), (5, 3, False, True),
    ]


# --- Rights available -------------------------------------------------------------

AVAILABILITY_SHELF = {
    "world-minus-china": [offer("translation", "World excluding CN, TW", "th")],
    "asean": [offer("translation", "ASEAN", "lo, th")],
    "two-lines": [offer("print", "CN", "zh-Hans"), offer("translation", "TH", "th")],
    "greater-china": [offer("translation", "Greater China", "zh-Hant")],
    "world-film": [offer("film_tv_adaptation", "World", "zh")],
    "nothing": [],
}


@pytest.mark.parametrize("wanted, expected", [
    ({"right_type": "translation", "territory": "TH", "language": "th"}, {"world-minus-china", "asean", "two-lines"}),
    ({"right_type": "translation", "territory": "CN"}, {"greater-china"}),
    ({"right_type": "translation", "territory": "LA"}, {"world-minus-china", "asean"}),
    ({"right_type": "translation", "language": "zh"}, {"greater-china"}),
    ({"territory": "TW"}, {"greater-china", "world-film"}),
    ({"language": "zh"}, {"two-lines", "greater-china", "world-film"}),
    ({"language": "zh-Hant"}, {"greater-china", "world-film"}),
    ({"right_type": "print", "territory": "TH"}, set()),
    ({"right_type": "translation", "language": "zh-Hans"}, set()),
    # Outside the platform's markets the territory keys answer (c:, x:), not m:/rm:.
    ({"right_type": "translation", "territory": "FR", "language": "th"}, {"world-minus-china"}),
    ({"territory": "US"}, {"world-minus-china", "world-film"}),
])
def test_availability_filter_returns_exactly_the_works_covered(backend, wanted, expected):
    docs = {name: make_doc(name, offers=offers) for name, offers in AVAILABILITY_SHELF.items()}
    backend.rebuild(docs.values())
    assert {name for name, offers in AVAILABILITY_SHELF.items() if is_available(offers, **wanted)} == expected
    assert found(backend, "", **wanted) == {docs[name]["id"] for name in expected}


# --- Suggestions ----------------------------------------------------------------

@pytest.fixture
def titled(backend):
    backend.rebuild([
        make_doc("Hmong Embroidery Patterns"),
        make_doc(titles={"en": "Mountains and Seas at War", "zh-hans": "山海逆战"}),
        make_doc(titles={"en": "Hmong Legends", "th": "ตำนานผ้าปักม้งจากดอยสูงเชียงใหม่"}),
        make_doc("Batik of Java"),
    ])


@pytest.mark.parametrize("prefix, ui, expected", [
    ("hmo", "en", ["Hmong Embroidery Patterns", "Hmong Legends"]),
    ("hmong emb", "en", ["Hmong Embroidery Patterns"]),
    ("山海", "en", ["山海逆战"]),
    ("ตำนานผ้า", "en", ["ตำนานผ้าปักม้งจากดอยสูงเชียงใหม่"]),
    ("ผ้าปั", "th", ["ตำนานผ้าปักม้งจากดอยสูงเชียงใหม่"]),
    ("zzz", "en", []),
])
def test_suggestions_complete_what_is_typed(backend, titled, prefix, ui, expected):
    assert sorted(backend.suggest(prefix, ui, limit=5)) == sorted(expected)


# --- Writes --------------------------------------------------------------------

def test_indexing_a_document_again_replaces_it(backend):
    backend.index_documents([make_doc("Old Lantern", id=7)])
    backend.index_documents([make_doc("New Lantern", id=7)])
    assert backend.count() == 1
    assert found(backend, "old") == set()
    assert found(backend, "new") == {7}


def test_delete_removes_and_ignores_unknown_ids(backend):
    backend.index_documents([make_doc("Lotus", id=1), make_doc("Lotus", id=2)])
    backend.delete_documents([1, 999])
    assert backend.count() == 1
    assert found(backend, "lotus") == {2}


def test_rebuild_replaces_the_whole_index(backend):
    backend.index_documents([make_doc("Silk Road", id=1), make_doc("Silk Fan", id=2)])
    assert backend.rebuild([make_doc("Lantern", id=3)], total=1) == 1
    assert backend.count() == 1
    assert found(backend, "silk") == set()
    assert found(backend, "lantern") == {3}


def test_the_index_survives_reopening(backend):
    backend.rebuild([make_doc("Lotus Pond", id=1)])
    backend.index_documents([make_doc("Lotus Lantern", id=2)])
    reset_backends()
    reopened = get_backend()
    assert reopened is not backend
    assert reopened.count() == 2
    assert found(reopened, "lotus") == {1, 2}
    assert reopened.ping()
