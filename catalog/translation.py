from modeltranslation.translator import TranslationOptions, register

from .models import Creator, MediaAsset, RightsOffer, Subject, Work


@register(Work)
class WorkTR(TranslationOptions):
    fields = ("title", "synopsis")
    required_languages = ()


@register(Subject)
class SubjectTR(TranslationOptions):
    fields = ("name",)
    required_languages = ()


@register(Creator)
class CreatorTR(TranslationOptions):
    fields = ("name", "biography")
    required_languages = ()


@register(RightsOffer)
class RightsOfferTR(TranslationOptions):
    fields = ("asking_terms",)
    required_languages = ()


@register(MediaAsset)
class MediaAssetTR(TranslationOptions):
    fields = ("title",)
    required_languages = ()
