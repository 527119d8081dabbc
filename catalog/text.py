"""Text handling for scripts written without spaces (Thai, Lao, Khmer, Burmese, Chinese).

Truncation cuts at an ICU word boundary, never inside a word or a cluster of
combining marks, which a plain slice or Django's word truncation would do.
ICU counts in UTF-16 units, so the cutting is done on an icu.UnicodeString.
"""
import icu


def truncate(text: str, length: int, ellipsis: str = "…") -> str:
    if len(text) <= length:
        return text
    utext = icu.UnicodeString(text)
    limit = len(icu.UnicodeString(text[: length - len(ellipsis)])) + 1
    cut = _preceding(icu.BreakIterator.createWordInstance(icu.Locale.getRoot()), utext, limit)
    if cut <= 0:  # one long "word": cut at the last whole character instead
        cut = _preceding(icu.BreakIterator.createCharacterInstance(icu.Locale.getRoot()), utext, limit)
    return str(utext[:cut]).rstrip() + ellipsis


def _preceding(breaker, utext, offset: int) -> int:
    breaker.setText(utext)
    return breaker.preceding(offset)
