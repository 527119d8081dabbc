import pytest

from search.analysis import fold, grams, normalize, query_units, sort_key, stems, word_spans, words
from search.highlight import highlight, snippet


@pytest.mark.parametrize("text, expected", [
    ("ผ้าปักม้งจากเชียงใหม่", ["ผ้า", "ปัก", "ม้ง", "จาก", "เชียงใหม่"]),
    ("ນິທານພື້ນເມືອງລາວ", ["ນິທານ", "ພື້ນເມືອງ", "ລາວ"]),
    ("山海逆战", ["山海", "逆", "战"]),
    ("Hmong Embroidery, 2nd ed.", ["hmong", "embroidery", "2nd", "ed"]),
    ("Ｈｍｏｎｇ　ﬁre", ["hmong", "fire"]),  # NFKC: full-width letters, ligature
])
def test_words_segment_every_script(text, expected):
    assert words(text) == expected


def test_word_spans_count_characters_not_utf16_units():
    text = normalize("𠀀𠀁山海 lotus")  # two astral Han characters: 4 UTF-16 units
    assert [text[a:b] for a, b in word_spans(text)][-1] == "lotus"
    assert "".join(text[a:b] for a, b in word_spans(text)[:-1]) == "𠀀𠀁山海"


@pytest.mark.parametrize("text, folded", [
    ("cổ tích", "co tich"),
    ("trống đồng đông sơn", "trong dong dong son"),
    ("ผ้าไหม", "ผ้าไหม"),  # Thai tone mark kept
    ("ខ្មែរ", "ខ្មែរ"),  # Khmer coeng kept
    ("ເມືອງ", "ເມືອງ"),
    ("မြန်မာ", "မြန်မာ"),
])
def test_folding_strips_latin_diacritics_only(text, folded):
    assert fold(text) == folded


def test_thai_sara_am_survives_normalisation():
    assert normalize("ตำนาน") == "ตำนาน"
    assert normalize("ต\u0e4d\u0e32นาน") == "ตำนาน"  # typed as NIKHAHIT + SARA AA


def test_grams_join_unspaced_runs_across_spaces():
    assert "ງລາ" in grams("ພື້ນເມືອງ ລາວ")
    assert grams("Lotus 山海") == ["山海", "山", "海"]
    assert "ผ" not in grams("ผ้าไหม")  # single characters only for Chinese


def test_query_units_split_on_spaces_and_script_changes():
    units = query_units("Hmong-style ผ้าปักม้ง 山海")
    assert [(u.words, u.unspaced) for u in units] == [
        (("hmong", "style"), False), (("ผ้า", "ปัก", "ม้ง"), True), (("山海",), True),
    ]
    assert units[1].grams == ("ผ้า", "้าป", "าปั", "ปัก", "ักม", "กม้", "ม้ง")
    assert query_units("the")[0].optional and not query_units("hmong")[0].optional


def test_english_stems():
    assert stems("Embroideries") == stems("embroidery") == ["embroideri"]


def test_sort_keys_follow_each_languages_alphabet():
    assert sorted(["ขนม", "เกาะ", "กาแฟ"], key=lambda t: sort_key(t, "th")) == ["กาแฟ", "เกาะ", "ขนม"]
    assert sorted(["北京", "安徽"], key=lambda t: sort_key(t, "zh-hans")) == ["安徽", "北京"]
    assert sort_key("apple", "en") < sort_key("Banana", "en")


def test_highlight_marks_folded_stemmed_and_unsegmented_matches():
    assert highlight("Truyện cổ tích", query_units("co tich")) == "Truyện <mark>cổ</mark> <mark>tích</mark>"
    assert highlight("Hmong embroidery", query_units("embroideries")) == "Hmong <mark>embroidery</mark>"
    assert highlight("ນິທານພື້ນເມືອງ ລາວ", query_units("ພື້ນເມືອງ")) == "ນິທານ<mark>ພື້ນເມືອງ</mark> ລາວ"
    assert highlight("<b>&</b>", query_units("x")) == "&lt;b&gt;&amp;&lt;/b&gt;"


def test_snippet_is_a_window_around_the_first_match_cut_at_words():
    text = " ".join(["filler"] * 60) + " the embroidery of Sa Pa " + " ".join(["tail"] * 60)
    html, matched = snippet(text, query_units("embroidery"), size=80)
    assert matched and html.startswith("…filler") and html.endswith("…")
    assert "<mark>embroidery</mark>" in html and len(html) < 130
    assert snippet("short text", query_units("absent")) == ("short text", False)
