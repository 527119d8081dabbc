from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.blocks import StoryBlock


class ShowcaseIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ShowcasePage"]
    max_count = 1

    class Meta:
        verbose_name = _("showcase index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["showcases"] = ShowcasePage.objects.live().child_of(self).specific()
        return context


class ShowcasePage(Page):
    """An editor's selection: chosen works, text, images and quotes."""

    summary = models.TextField(_("summary"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("hero image"),
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("hero_image"), FieldPanel("body")]
    parent_page_types = ["cms.ShowcaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("showcase")
