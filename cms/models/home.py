from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page

from catalog.selectors import newest_works


class HomePage(Page):
    """Front page: featured showcases, the newest works of every zone, news."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_showcases", label=_("Featured showcases"), max_num=6),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .news import NewsPage
        from .zone import ZonePage

        context = super().get_context(request, *args, **kwargs)
        zones = ZonePage.objects.live().child_of(self).specific()
        context["zones"] = [(zone, newest_works(kind=zone.kind, limit=4)) for zone in zones]
        context["showcases"] = [f.showcase.specific for f in self.featured_showcases.select_related("showcase")
                                if f.showcase.live]
        context["news"] = NewsPage.objects.live().descendant_of(self).order_by("-date")[:4]
        return context


class FeaturedShowcase(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_showcases")
    showcase = models.ForeignKey("cms.ShowcasePage", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("showcase"))

    panels = [FieldPanel("showcase")]
