from django import template

from catalog.display import country_name, language_name
from catalog.kinds import RightType

register = template.Library()

# The markets agents ask about most; any other ISO code still works in the URL.
TERRITORIES = "BN KH ID LA MY MM PH SG TH TL VN CN HK MO TW JP KR IN AU US GB FR DE".split()
LANGUAGES = "zh-Hans zh-Hant en vi th ms id my lo fil km ja ko fr de es".split()


@register.simple_tag
def territory_choices():
    return sorted(((code, country_name(code)) for code in TERRITORIES), key=lambda c: c[1])


@register.simple_tag
def language_choices():
    return sorted(((tag, language_name(tag)) for tag in LANGUAGES), key=lambda c: c[1])


@register.simple_tag
def right_type_choices():
    return RightType.choices
