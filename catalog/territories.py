"""Territory expressions as rights directors write them.

    "World excluding CN, TW"     "ASEAN"     "VN, TH, LA"     "ASEAN, CN excluding MM"

An expression is a list of ISO 3166-1 alpha-2 codes and named groups, with
an optional exclusion list. It is stored in a canonical spelling and shown
in the reader's language.
"""
import re
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries

from .display import country_name, join_list

ALL_COUNTRIES = frozenset(code for code, _name in countries)

ASEAN = frozenset("BN KH ID LA MY MM PH SG TH VN TL".split())  # Timor-Leste joined in 2025
GROUPS = {
    "WORLD": (gettext_lazy("World"), ALL_COUNTRIES),
    "ASEAN": (gettext_lazy("ASEAN"), ASEAN),
    "GREATER_CHINA": (gettext_lazy("Greater China"), frozenset("CN HK MO TW".split())),
    "EU": (gettext_lazy("European Union"), frozenset(
        "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
    )),
}
# How groups may be written; the canonical spelling is the first.
GROUP_SPELLINGS = {
    "world": "WORLD", "worldwide": "WORLD", "ww": "WORLD",
    "asean": "ASEAN",
    "greater china": "GREATER_CHINA", "greater_china": "GREATER_CHINA",
    "eu": "EU", "european union": "EU",
}
CANONICAL_GROUP = {"WORLD": "World", "ASEAN": "ASEAN", "GREATER_CHINA": "Greater China", "EU": "EU"}
EXCLUDING = re.compile(r"\s+(?:excluding|except|excl\.?|ex\.?|minus|but not)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Territory:
    include: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    @cached_property
    def countries(self) -> frozenset[str]:
        return _expand(self.include) - _expand(self.exclude)

    def covers(self, country_code: str) -> bool:
        return country_code.upper() in self.countries

    @property
    def canonical(self) -> str:
        text = ", ".join(CANONICAL_GROUP.get(t, t) for t in self.include)
        if self.exclude:
            text += " excluding " + ", ".join(CANONICAL_GROUP.get(t, t) for t in self.exclude)
        return text

    def display(self, ui: str | None = None) -> str:
        included = join_list([_token_name(t, ui) for t in self.include], ui)
        if not self.exclude:
            return included
        excluded = join_list([_token_name(t, ui) for t in self.exclude], ui)
        return _("%(included)s excluding %(excluded)s") % {"included": included, "excluded": excluded}

    def __str__(self):
        return self.canonical


def parse_territory(text: str) -> Territory:
    """Parse an expression, or raise ValidationError naming what is wrong."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Enter at least one territory."), code="empty")
    parts = EXCLUDING.split(text)
    if len(parts) > 2:
        raise ValidationError(_("Use “excluding” only once in a territory."), code="excluding")
    include = _tokens(parts[0])
    exclude = _tokens(parts[1]) if len(parts) == 2 else ()
    if not include:
        raise ValidationError(_("Enter at least one territory."), code="empty")
    territory = Territory(include, exclude)
    outside = _expand(exclude) - _expand(include)
    if outside:
        raise ValidationError(
            _("%(codes)s cannot be excluded: not inside the territories listed.")
            % {"codes": ", ".join(sorted(outside))},
            code="exclude_outside",
        )
    if not territory.countries:
        raise ValidationError(_("The exclusions leave no territory."), code="nothing_left")
    return territory


def validate_territory(text: str) -> None:
    parse_territory(text)


def _tokens(part: str) -> tuple[str, ...]:
    seen = []
    for raw in re.split(r"[,;/]+|\s+(?=[A-Za-z]{2}(?:\s|,|$))", part):
        raw = raw.strip()
        if not raw:
            continue
        token = GROUP_SPELLINGS.get(raw.lower()) or raw.upper()
        if token not in GROUPS and token not in ALL_COUNTRIES:
            raise ValidationError(
                _("“%(code)s” is not an ISO 3166 country code or a known territory group "
                  "(World, ASEAN, Greater China, EU).") % {"code": raw},
                code="unknown_territory",
            )
        if token not in seen:
            seen.append(token)
    return tuple(seen)


def _expand(tokens) -> frozenset[str]:
    codes = set()
    for token in tokens:
        codes |= GROUPS[token][1] if token in GROUPS else {token}
    return frozenset(codes)


def _token_name(token: str, ui: str | None) -> str:
    return str(GROUPS[token][0]) if token in GROUPS else country_name(token, ui)
