"""Django's own form and validation messages, marked here so that
makemessages copies them into our catalogues.

Django ships them untranslated for Burmese and Khmer, the length messages
untranslated for Thai, and no catalogue at all for Lao and Filipino, so a
Thai editor or a Khmer agent saw "Ensure this value has at most 200
characters" in English. LOCALE_PATHS is searched before Django's own
catalogues: our translations win. Nothing reads these lists; the msgids must
match Django's exactly (tests/test_translations.py checks they still do).
"""
from django.utils.translation import gettext_noop, ngettext_lazy

MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Enter a number."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("Ensure this value is less than or equal to %(limit_value)s."),
    gettext_noop("Ensure this value is greater than or equal to %(limit_value)s."),
    gettext_noop("The submitted file is empty."),
    gettext_noop("No file was submitted. Check the encoding type on the form."),
    # django.contrib.auth's password checks (AUTH_PASSWORD_VALIDATORS)
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is too common."),
]
PLURAL_MESSAGES = [
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        "limit_value",
    ),
]
