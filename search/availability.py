"""Which rights are available: for a right type, in a territory, in a language.

This module is the ONE place that decides it: the RightsOffer lines, less
the cells that active exclusive grants have taken (`subtract_licensed`). Python callers use
`is_available()`; the search engines index `group_keys()` and filter with
`requirement()`, so all three answer from the same definition.

Representation. Expanding every offer into right×country×language keys
explodes ("World" is ~250 countries, times each language, times each right),
and flat per-work keys lose which line said what (translation in TH from one
line and Thai language from another is no offer at all). Instead:

- offer lines with the same territory and languages form a *group* (merging
  them is exact: each line covers all of the group's countries and languages);
- a group has a handful of keys: `r:<right type>`, `l:<tag>` per language
  (plus `lb:<lang>` for a tag with a script, so "zh" finds zh-Hant offers),
  and for the territory either `c:<CC>` per country it covers, or, for a
  territory built on World, `c:*` with `x:<CC>` per exclusion. So a group
  has tens of keys, not thousands: "World excluding CN, TW" is 3 territory keys.
- a `requirement` is a few any-of key sets plus none-of keys, that ONE
  group must satisfy. Territory FR: any of {c:FR, c:*} and none of {x:FR}.
- the platform's markets (FACET_COUNTRIES, 15 countries) also get a key
  each that a group covers, `m:<CC>`, and one per right type there,
  `rm:<right type>:<CC>`: translation rights in TH is then ONE key, not
  three key sets and an exclusion, which makes the filter a third of the
  cost over a large catalogue (about 0.5 ms instead of 1.5 ms at 100k works).

The embedded engine indexes each group's keys prefixed with its slot number
("0|c:TH") and ORs the requirement over the slots; Elasticsearch indexes
groups as nested documents. Both evaluate exactly what `matches()` does.
"""
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from catalog.language_codes import normalize_tag, parse_languages
from catalog.territories import ASEAN, GROUPS, Territory, parse_territory

# Territory facet counts cover the platform's markets, not all ~250 countries
# every "World" offer would add to each work.
FACET_COUNTRIES = ASEAN | GROUPS["GREATER_CHINA"][1]
ANY_GROUP = "*"  # every group carries it: "has an open offer"


def offer_entry(right_type: str, territories: str, languages: str) -> dict:
    """One offer line as documents carry it."""
    territory = _territory(territories)
    return {
        "right_type": right_type,
        "territory": territory.canonical,
        "countries": sorted(territory.countries),
        "languages": parse_languages(languages),
    }


def subtract_licensed(entries: list[dict], licensed: Iterable[tuple[str, str, str]]) -> list[dict]:
    """Offer entries less the (right type, country, language) cells licensed
    exclusively today. A line keeps its other countries and languages: Thai
    translation rights sold in Thailand leave the same line open in Laos, and
    in Lao in Thailand."""
    taken: dict[str, set[tuple[str, str]]] = {}
    for right_type, country, language in licensed:
        taken.setdefault(right_type, set()).add((country, language))
    if not taken:
        return entries
    result = []
    for entry in entries:
        cells = taken.get(entry["right_type"], set())
        by_blocked: dict[frozenset, list[str]] = {}
        for language in entry["languages"]:
            blocked = frozenset(c for c in entry["countries"] if (c, language) in cells)
            by_blocked.setdefault(blocked, []).append(language)
        for blocked, languages in by_blocked.items():
            if not blocked:
                result.append({**entry, "languages": languages} if len(by_blocked) > 1 else entry)
                continue
            territory = _territory(entry["territory"])
            narrowed = Territory(territory.include, tuple(sorted(set(territory.exclude) | blocked)))
            if narrowed.countries:
                result.append(offer_entry(entry["right_type"], narrowed.canonical, ", ".join(languages)))
    return result


def offer_groups(offers: Iterable) -> list[dict]:
    """Offer lines (entries or RightsOffer rows) merged by territory and languages."""
    groups: dict[tuple, dict] = {}
    for offer in offers:
        entry = offer if isinstance(offer, dict) else offer_entry(offer.right_type, offer.territories, offer.languages)
        key = (entry["territory"], tuple(entry["languages"]))
        group = groups.setdefault(key, {"territory": key[0], "languages": list(key[1]), "right_types": []})
        if entry["right_type"] not in group["right_types"]:
            group["right_types"].append(entry["right_type"])
    return list(groups.values())


def group_keys(group: dict) -> list[str]:
    return list(_group_keys(group["territory"], tuple(group["languages"]), tuple(group["right_types"])))


@lru_cache(maxsize=4096)
def _group_keys(territory_text: str, languages: tuple[str, ...], right_types: tuple[str, ...]) -> tuple[str, ...]:
    keys = [ANY_GROUP]
    keys += [f"r:{right}" for right in right_types]
    for tag in languages:
        keys.append(f"l:{tag}")
        if "-" in tag:
            keys.append(f"lb:{tag.split('-')[0]}")
    territory = _territory(territory_text)
    if "WORLD" in territory.include:
        keys.append("c:*")
        keys += [f"x:{code}" for code in sorted(Territory(territory.exclude).countries)]
    else:
        keys += [f"c:{code}" for code in sorted(territory.countries)]
    markets = sorted(_markets(territory_text))
    keys += [f"m:{code}" for code in markets]
    keys += [f"rm:{right}:{code}" for right in right_types for code in markets]
    return tuple(keys)


@dataclass(frozen=True)
class Requirement:
    any_of: tuple[tuple[str, ...], ...]  # for each: at least one of these keys
    none_of: tuple[str, ...]  # and none of these


def requirement(*, right_type: str | None = None, territory: str | None = None,
                language: str | None = None, by_market: bool = True) -> Requirement:
    """by_market=False asks the same from the territory keys alone (c:, x:)."""
    any_of, none_of = [], []
    code = territory.upper() if territory else None
    if by_market and code in FACET_COUNTRIES:
        any_of.append((f"rm:{right_type}:{code}",) if right_type else (f"m:{code}",))
    else:
        if right_type:
            any_of.append((f"r:{right_type}",))
        if code:
            any_of.append((f"c:{code}", "c:*"))
            none_of.append(f"x:{code}")
    if language:
        tag = normalize_tag(language)
        base = tag.split("-")[0]
        # "zh" is covered by any zh-Xxxx offer; "zh-Hant" by "zh-Hant" or plain "zh".
        any_of.append((f"l:{tag}", f"l:{base}") if "-" in tag else (f"l:{tag}", f"lb:{tag}"))
    return Requirement(tuple(any_of) or ((ANY_GROUP,),), tuple(none_of))


def matches(keys: Iterable[str], wanted: Requirement) -> bool:
    keys = set(keys)
    return all(keys.intersection(options) for options in wanted.any_of) and not keys.intersection(wanted.none_of)


def is_available(offers: Iterable, *, right_type: str | None = None, territory: str | None = None,
                 language: str | None = None, licensed: Iterable[tuple[str, str, str]] = ()) -> bool:
    """Is some offer line open for this right type, in this country, in this
    language, once the cells licensed exclusively are taken out?"""
    wanted = requirement(right_type=right_type, territory=territory, language=language)
    entries = [o if isinstance(o, dict) else offer_entry(o.right_type, o.territories, o.languages) for o in offers]
    return any(matches(group_keys(group), wanted) for group in offer_groups(subtract_licensed(entries, licensed)))


def facet_values(offers: Iterable[dict]) -> dict[str, list[str]]:
    """What a work shows under the right type, territory and language facets."""
    offers = list(offers)
    return {
        "right_type": sorted({o["right_type"] for o in offers}),
        "territory": sorted({c for o in offers for c in _markets(o["territory"])}),
        "language": sorted({tag for o in offers for tag in o["languages"]}),
    }


@lru_cache(maxsize=1024)
def _territory(text: str):
    return parse_territory(text)


@lru_cache(maxsize=1024)
def _markets(text: str) -> frozenset[str]:
    return _territory(text).countries & FACET_COUNTRIES

