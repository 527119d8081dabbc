"""Turning a stored work (the fields kept with each indexed document) into a Hit.

Both engines store the same subset of the document (search.fields.STORED_FIELDS)
and build hits and completions here, so titles fall back and highlights read
alike whichever engine answered.
"""
from collections.abc import Iterable

from marketplace.languages import CODES, FALLBACK

from .analysis import Unit, normalize
from .highlight import highlight, match_spans, matches_all, snippet
from .query import Hit


def languages_for(ui: str) -> list[str]:
    """The UI language, its fallbacks, then the rest: the order titles are tried in."""
    return list(dict.fromkeys((ui, *FALLBACK, *CODES)))


def display_title(source: dict, ui: str) -> tuple[str, str]:
    """(title, language) shown to a reader of `ui`; language "" is the original title."""
    titles = source.get("titles") or {}
    for code in (ui, *FALLBACK):
        if titles.get(code):
            return titles[code], code
    return source.get("original_title") or "", ""


def display_name(names: dict, ui: str) -> str:
    return next((names[code] for code in languages_for(ui) if names.get(code)), "")


def build_hit(source: dict, units: list[Unit], ui: str, score: float | None,
              highlighted: dict[tuple[str, str], str] | None = None) -> Hit:
    """`highlighted` holds an engine's own highlights by (field, language),
    field "title" or "synopsis"; missing ones are computed here."""
    highlighted = highlighted or {}
    title, language = display_title(source, ui)
    title_html = highlighted.get(("title", language)) or highlight(title, units)
    holder = source.get("holder") or {}
    return Hit(
        id=source["id"],
        slug=source["slug"],
        kind=source["kind"],
        subtype=source["subtype"],
        title=title,
        title_language=language,
        title_html=title_html,
        snippet_html=_snippet(source, units, ui, language, highlighted),
        matched_title_html="" if "<mark>" in title_html else _other_title(source, units, ui, language),
        holder=holder.get("slug", ""),
        holder_name=display_name(holder.get("names") or {}, ui),
        year=source.get("year"),
        score=score,
    )


def pick_suggestion(source: dict, units: list[Unit], ui: str) -> str | None:
    """The title a completion shows: in the UI language if it matches what is
    typed, else in the language that does."""
    candidates = [source.get("titles", {}).get(code) for code in languages_for(ui)]
    for title in (*candidates, source.get("original_title")):
        if title and matches_all(normalize(title), units, prefix=True):
            return title
    return None


def pick_suggestions(sources: Iterable[dict], units: list[Unit], ui: str, limit: int) -> list[str]:
    """The distinct completions of stored works, best first, at most `limit`;
    `sources` is read no further than needed."""
    suggestions = []
    for source in sources if limit > 0 else ():
        title = pick_suggestion(source, units, ui)
        if title and title not in suggestions:
            suggestions.append(title)
            if len(suggestions) == limit:
                break
    return suggestions


def _other_title(source: dict, units: list[Unit], ui: str, shown: str) -> str:
    titles = source.get("titles") or {}
    others = [titles.get(code) for code in languages_for(ui) if code != shown]
    if shown:
        others.append(source.get("original_title"))
    for title in others:
        if title and match_spans(normalize(title), units):
            return highlight(title, units)
    return ""


def _snippet(source: dict, units: list[Unit], ui: str, shown: str, highlighted: dict) -> str:
    """The shown language's synopsis, unless only another language's matches."""
    synopses = source.get("synopses") or {}
    order = [code for code in dict.fromkeys((shown or ui, *languages_for(ui))) if synopses.get(code)]
    if not order:
        return ""
    for code in order:
        if highlighted.get(("synopsis", code)):
            return highlighted[("synopsis", code)]
    for code in order:
        html, matched = snippet(synopses[code], units)
        if matched:
            return html
    return snippet(synopses[order[0]], [])[0]
