"""Language lists for rights offers: ISO 639 codes with an optional script.

Chinese deals name the script as well as the language, so "zh-Hans" and
"zh-Hant" are distinct; "zh" alone means either.
"""
import re

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .display import join_list, language_name

TAG = re.compile(r"^(?P<lang>[A-Za-z]{2,3})(?:[-_](?P<script>[A-Za-z]{4}))?$")


def normalize_tag(raw: str) -> str:
    match = TAG.match(raw.strip())
    if not match:
        raise ValidationError(_("“%(code)s” is not an ISO 639 language code.") % {"code": raw}, code="bad_language")
    lang = match["lang"].lower()
    found = pycountry.languages.get(alpha_2=lang) if len(lang) == 2 else pycountry.languages.get(alpha_3=lang)
    if found is None:
        raise ValidationError(_("“%(code)s” is not an ISO 639 language code.") % {"code": raw}, code="bad_language")
    lang = getattr(found, "alpha_2", lang)  # prefer the two-letter form
    script = match["script"]
    if script:
        script = script.title()
        if pycountry.scripts.get(alpha_4=script) is None:
            raise ValidationError(_("“%(code)s” is not an ISO 15924 script code.") % {"code": script},
                                  code="bad_script")
        return f"{lang}-{script}"
    return lang


def parse_languages(text: str) -> list[str]:
    tags = []
    for raw in re.split(r"[,;\s]+", text or ""):
        if raw:
            tag = normalize_tag(raw)
            if tag not in tags:
                tags.append(tag)
    if not tags:
        raise ValidationError(_("Enter at least one language."), code="empty")
    return tags


def validate_languages(text: str) -> None:
    parse_languages(text)


def parse_language(text: str) -> str:
    """Exactly one language, as a work's original language is."""
    tags = parse_languages(text)
    if len(tags) > 1:
        raise ValidationError(_("Give one language here, not a list."), code="several_languages")
    return tags[0]


def validate_language(text: str) -> None:
    parse_language(text)


def display_languages(text: str, ui: str | None = None) -> str:
    return join_list([language_name(t, ui) for t in parse_languages(text)], ui)

