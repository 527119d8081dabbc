from modeltranslation.translator import TranslationOptions, register

from .models import HomePage, NewsIndexPage, NewsPage, ShowcaseIndexPage, ShowcasePage, ZonePage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro",)


@register(ZonePage)
class ZonePageTR(TranslationOptions):
    fields = ("intro",)


@register(ShowcaseIndexPage)
class ShowcaseIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ShowcasePage)
class ShowcasePageTR(TranslationOptions):
    fields = ("summary", "body")


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("intro", "body")
