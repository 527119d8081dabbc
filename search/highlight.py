"""Marks query matches in titles and synopses, for every script.

Engines' own highlighters work on their tokens, which for unsegmented
scripts may not line up with what matched (an n-gram hit inside a longer
ICU word). This one re-finds the matches in the text itself with the
analysis functions the query went through: the same words, folded forms and
English stems, and, for Thai, Lao, Khmer, Burmese and Chinese, the query
text as a substring. Output is HTML-escaped except for <mark> tags.
"""
from functools import lru_cache
from html import escape

from .analysis import Unit, fold, normalize, stems, word_spans

ELLIPSIS = "…"
SNIPPET_CHARS = 180  # of synopsis around a match; Elasticsearch cuts its own fragments to the same size


def match_spans(text: str, units: list[Unit], prefix: bool = False) -> list[tuple[int, int]]:
    """Where `units` match in `text` (already normalised). With `prefix`, the
    last query word also matches the words it begins."""
    if not units or not text:
        return []
    return _merged([span for spans in unit_spans(text, units, prefix) for span in spans])


def matches_all(text: str, units: list[Unit], prefix: bool = False) -> bool:
    return bool(units) and bool(text) and all(unit_spans(text, units, prefix))


def unit_spans(text: str, units: list[Unit], prefix: bool = False) -> list[list[tuple[int, int]]]:
    """For each unit, where it matches in `text`."""
    lowered = fold(text.casefold())
    candidates = [_may_match(lowered, unit) for unit in units]  # a substring test spares segmenting
    words = _words(text) if any(candidates) else ()
    last = len(units) - 1
    return [
        _spans(text, words, unit, prefix and i == last) if candidate else []
        for i, (unit, candidate) in enumerate(zip(units, candidates, strict=True))
    ]


def _may_match(lowered: str, unit: Unit) -> bool:
    if unit.unspaced:
        return any(word in lowered for word in unit.words)
    return any(word[:4] in lowered for word in unit.folded)  # 4 letters: English stems keep them


def _spans(text: str, words, unit: Unit, prefix: bool) -> list[tuple[int, int]]:
    if unit.unspaced:
        # The query as typed, else (not while typing) each of its words.
        found = _occurrences(text, unit.text)
        return found if found or prefix else [s for w in unit.words for s in _occurrences(text, w)]
    forms, last = set(unit.folded), unit.folded[-1] if prefix else None
    found = [(a, b) for a, b, word in words if word in forms or (last and word.startswith(last))]
    if found:
        return found
    # Only then by English stem, and only for words that begin alike.
    english, heads = _stems(unit.text), {form[:3] for form in unit.folded}
    return [(a, b) for a, b, word in words if word[:3] in heads and _stems(word) & english]


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stems(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded word): titles and synopses come back with every search that finds them."""
    return tuple((a, b, fold(text[a:b].casefold())) for a, b in word_spans(text))


def highlight(text: str, units: list[Unit]) -> str:
    text = normalize(text)
    return _render(text, match_spans(text, units), 0, len(text))


def snippet(text: str, units: list[Unit], size: int = SNIPPET_CHARS) -> tuple[str, bool]:
    """A window of about `size` characters around the first match (or the
    start), cut at word boundaries; and whether it holds a match."""
    text = normalize(text)
    spans = match_spans(text, units)
    if len(text) <= size:
        return _render(text, spans, 0, len(text)), bool(spans)
    start = max(0, spans[0][0] - size // 4) if spans else 0
    bounds = _words(text)
    if start:
        start = next((a for a, b, _w in bounds if b > start), start)
    end = max((b for _a, b, _w in bounds if b <= start + size), default=start + size)
    html = _render(text, spans, start, end)
    return (ELLIPSIS if start else "") + html + (ELLIPSIS if end < len(text) else ""), bool(spans)


def _render(text: str, spans, start: int, end: int) -> str:
    out, pos = [], start
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return "".join(out)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    found, at = [], text.find(needle)
    while needle and at >= 0:
        found.append((at, at + len(needle)))
        at = text.find(needle, at + len(needle))
    return found


def _merged(spans) -> list[tuple[int, int]]:
    merged = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged

