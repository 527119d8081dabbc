"""Is a requested scope inside what a rights-offer line offers? Each part is
judged on its own, so the refusal says which part is outside."""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from catalog.display import country_name, join_list
from catalog.kinds import Exclusivity, Kind, RightType
from catalog.language_codes import parse_languages
from catalog.models import RightsOffer
from catalog.territories import parse_territory

# Which kind-specific details a scope carries, by the work's kind and the right.
BOOK_DETAILS = ("print_run", "book_format")
SCREEN_DETAILS = ("channel", "episodes")
PRODUCT_DETAILS = ("product_categories",)
PRODUCT_RIGHTS = {RightType.MERCHANDISE, RightType.DESIGN_LICENSING}


def details_for(kind: str, right_type: str) -> tuple[str, ...]:
    if right_type in PRODUCT_RIGHTS or kind == Kind.FOLK_ART:
        return PRODUCT_DETAILS
    if kind == Kind.FILM_TV or right_type in {RightType.BROADCAST, RightType.STREAMING, RightType.FILM_TV_ADAPTATION}:
        return SCREEN_DETAILS
    return BOOK_DETAILS


def language_covered(wanted: str, offered: list[str]) -> bool:
    """"zh" offered covers "zh-Hant" asked; "zh-Hans" offered does not cover "zh"."""
    return any(wanted.lower() == tag.lower() or wanted.lower().startswith(tag.lower() + "-") for tag in offered)


def check_scope(scope: dict, line: RightsOffer) -> dict:
    """The scope in canonical spelling, or ValidationError keyed by the part
    that lies outside the line."""
    errors, clean = {}, dict(scope)
    if scope.get("right_type") != line.right_type:
        errors["right_type"] = _("This line offers %(right)s rights only.") % {"right": line.get_right_type_display()}
    try:
        wanted = parse_territory(scope.get("territories", ""))
        clean["territories"] = wanted.canonical
        outside = sorted(wanted.countries - line.territory.countries)
        if outside:
            errors["territories"] = _("Outside the territories on offer: %(codes)s.") % {
                "codes": join_list([country_name(code) for code in outside[:8]]) + ("…" if len(outside) > 8 else "")}
    except ValidationError as error:
        errors["territories"] = error.messages[0]
    try:
        tags = parse_languages(scope.get("languages", ""))
        clean["languages"] = ", ".join(tags)
        outside = [tag for tag in tags if not language_covered(tag, line.language_tags)]
        if outside:
            errors["languages"] = _("Outside the languages on offer: %(tags)s.") % {"tags": join_list(outside)}
    except ValidationError as error:
        errors["languages"] = error.messages[0]
    if scope.get("exclusivity") == Exclusivity.EXCLUSIVE and line.exclusivity != Exclusivity.EXCLUSIVE:
        errors["exclusivity"] = _("This line offers non-exclusive rights only.")
    term = scope.get("term_years")
    if line.term_years and term and term > line.term_years:
        errors["term_years"] = _("This line offers a term of at most %(years)s years.") % {"years": line.term_years}
    if errors:
        raise ValidationError(errors)
    kept = details_for(line.work.kind, line.right_type)
    for name in BOOK_DETAILS + SCREEN_DETAILS + PRODUCT_DETAILS:
        if name not in kept:
            clean[name] = "" if name in ("book_format", "channel", "product_categories") else None
    return clean
