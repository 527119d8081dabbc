from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, route
from wagtail.models import Page

from catalog.kinds import Kind
from catalog.selectors import published_works
from deals.selectors import licensed_by_line


class ZonePage(RoutablePageMixin, Page):
    """A trade zone (books, comics, film & TV, folk art): a paged list of its
    works, and the detail page of each at <zone>/<work-slug>/."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, unique=True)
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("kind"), FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    works_per_page = 12

    class Meta:
        verbose_name = _("trade zone")

    @path("")
    def work_list(self, request):
        paginator = Paginator(published_works(kind=self.kind), self.works_per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        return self.render(request, context_overrides={"page_obj": page_obj, "works": page_obj.object_list})

    @route(r"^(?P<slug>[-\w]+)/$")
    def work_detail(self, request, slug):
        work = get_object_or_404(published_works(kind=self.kind), slug=slug)
        return self.render(
            request, template="catalog/work_detail.html",
            context_overrides={**work.detail_context(), "zone": self, "licensed": licensed_by_line(work)},
        )
