from modeltranslation.translator import TranslationOptions, register

from .models import Organization


@register(Organization)
class OrganizationTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = ()
