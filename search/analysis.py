"""Text analysis shared by the index side and the query side of every engine.

Pipeline: NFKC -> words -> casefold, with three derived forms:

- words: runs of Thai, Lao, Khmer, Burmese, Chinese and Japanese characters
  are segmented with ICU's word BreakIterator (the scripts have no spaces);
  everything else is split on non-word characters, which is what ICU does
  for spaced scripts too, but in C speed through `re`.
- folded: Latin diacritics stripped (cổ tích -> co tich, đ -> d) through a
  table built once from ICU's Latin-ASCII transliterator. Only Latin letters
  are in the table, so Thai, Lao, Khmer and Burmese marks are never touched
  (ผ้าไหม stays ผ้าไหม: without its tone mark it is another word).
- grams: character 2- and 3-grams of the unspaced-script text, with the
  spaces between such runs removed, so a query segmented differently from
  the title (ເມືອງລາວ against ພື້ນເມືອງ ລາວ) still matches as a substring;
  and single Chinese characters, which are words on their own.

ICU counts offsets in UTF-16 units, so segmentation walks an
icu.UnicodeString and maps offsets back when a run holds astral characters.
"""
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu
from tantivy import Filter, TextAnalyzerBuilder, Tokenizer

_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff"  # Myanmar
    "\u1780-\u17ff\u19e0-\u19ff"  # Khmer
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # kana, Han
)
_RUNS = re.compile(f"([{_UNSPACED}]+)")
_UNSPACED_SPAN = re.compile(f"[{_UNSPACED}]+(?:\\s+[{_UNSPACED}]+)*")
_IS_UNSPACED = re.compile(f"[{_UNSPACED}]")
_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_IDEOGRAPH = re.compile(f"[{_IDEOGRAPHS}]")
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_LATIN_MARKED = re.compile("[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]")
_SPACE = re.compile(r"\s+")
_WORD_NONE_LIMIT = 100  # ICU rule status below this: spaces and punctuation
SORT_KEY_BYTES = 48

# The stop words of Lucene's English analyzer, which Elasticsearch's
# `english` analyzer drops: a query word among them does not have to match.
ENGLISH_STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)

_local = threading.local()


def normalize(text: str) -> str:
    """NFKC, except that Thai and Lao SARA AM stay one character: NFKC splits
    them into NIKHAHIT + SARA AA, which would change every highlighted title,
    and typists enter that split form by mistake, so it is composed back."""
    text = unicodedata.normalize("NFKC", text or "")
    return text.replace("\u0e4d\u0e32", "\u0e33").replace("\u0ecd\u0eb2", "\u0eb3")


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every word in already-normalised `text`, in order."""
    spans = []
    offset = 0
    for i, run in enumerate(_RUNS.split(text)):
        if i % 2:
            spans.extend((offset + a, offset + b) for a, b in _icu_spans(run))
        else:
            spans.extend((offset + m.start(), offset + m.end()) for m in _WORD.finditer(run))
        offset += len(run)
    return spans


def words(text: str) -> list[str]:
    """The words of `text`, casefolded: word_spans() without the offsets, faster."""
    text = normalize(text).casefold()
    if not _IS_UNSPACED.search(text):
        return _WORD.findall(text)
    found = []
    for i, run in enumerate(_RUNS.split(text)):
        if i % 2:
            found.extend(run[a:b] for a, b in _icu_spans(run))
        else:
            found.extend(_WORD.findall(run))
    return found


def fold(text: str) -> str:
    return text.translate(_fold_table()) if _LATIN_MARKED.search(text) else text


def grams(text: str) -> list[str]:
    """The 2- and 3-grams an index field holds for `text`."""
    out = []
    for match in _UNSPACED_SPAN.finditer(normalize(text)):
        run = _SPACE.sub("", match.group()).casefold()
        out += [run[i:i + 2] for i in range(len(run) - 1)]
        out += [run[i:i + 3] for i in range(len(run) - 2)]
        out += _IDEOGRAPH.findall(run)  # one Chinese character is a word too (龙, 山)
    return out


def query_grams(run: str) -> list[str]:
    """The fewest grams that pin `run` down as a substring: trigrams, its
    bigram, or a lone Chinese character."""
    if len(run) < 3:
        return [run] if len(run) == 2 or _IDEOGRAPH.fullmatch(run) else []
    return [run[i:i + 3] for i in range(len(run) - 2)]


def stems(text: str) -> list[str]:
    """English stems, by the same analyzer the embedded index uses."""
    return english_analyzer().analyze(normalize(text))


@dataclass(frozen=True)
class Unit:
    """One piece of a query that must match somewhere: a space-separated chunk,
    split where it changes between spaced and unspaced scripts. Its words
    match as a phrase."""

    text: str
    words: tuple[str, ...]
    folded: tuple[str, ...]
    grams: tuple[str, ...]
    unspaced: bool

    @property
    def optional(self) -> bool:
        return all(w in ENGLISH_STOPWORDS for w in self.words)


def query_units(text: str, limit: int = 16) -> list[Unit]:
    units = []
    for chunk in normalize(text).casefold().split():
        for i, run in enumerate(_RUNS.split(chunk)):
            found = words(run)
            if found:
                units.append(Unit(
                    text=run, words=tuple(found), folded=tuple(fold(w) for w in found),
                    grams=tuple(query_grams(run)) if i % 2 else (), unspaced=bool(i % 2),
                ))
    return units[:limit]


def sort_key(text: str, language: str) -> str:
    """An ICU collation key, so a plain byte-order sort follows the language's
    alphabetical order (pinyin for Chinese, Thai rules for Thai). Primary
    strength (case and accents do not count) and 48 bytes keep the ten keys
    a work carries short; latin-1 maps each byte to one character, and UTF-8
    keeps those in byte order."""
    return _collator(language).getSortKey(normalize(text))[:SORT_KEY_BYTES].rstrip(b"\0").decode("latin-1")


@lru_cache(maxsize=1)
def english_analyzer():
    return (
        TextAnalyzerBuilder(Tokenizer.simple())
        .filter(Filter.remove_long(40))
        .filter(Filter.lowercase())
        .filter(Filter.stemmer("english"))
        .build()
    )


def _icu_spans(run: str):
    breaker = getattr(_local, "breaker", None)
    if breaker is None:
        breaker = _local.breaker = icu.BreakIterator.createWordInstance(icu.Locale.getRoot())
    utext = icu.UnicodeString(run)
    breaker.setText(utext)
    to_str = _utf16_to_str(run) if len(utext) != len(run) else None
    start = breaker.first()
    for end in breaker:
        if breaker.getRuleStatus() >= _WORD_NONE_LIMIT:
            yield (to_str[start], to_str[end]) if to_str else (start, end)
        start = end


def _utf16_to_str(run: str) -> dict[int, int]:
    positions, unit = {0: 0}, 0
    for i, char in enumerate(run):
        unit += 2 if ord(char) > 0xFFFF else 1
        positions[unit] = i + 1
    return positions


def _collator(language: str):
    cache = getattr(_local, "collators", None)
    if cache is None:
        cache = _local.collators = {}
    if language not in cache:
        collator = icu.Collator.createInstance(icu.Locale(language.split("-")[0]))
        collator.setStrength(icu.Collator.PRIMARY)
        cache[language] = collator
    return cache[language]


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    latin_ascii = icu.Transliterator.createInstance("Latin-ASCII")
    table = {cp: "" for cp in range(0x300, 0x370)}  # combining marks left over after NFKC
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        folded = latin_ascii.transliterate(chr(cp))
        if folded != chr(cp) and folded.isascii() and folded.strip() == folded:
            table[cp] = folded.casefold()
    return table
