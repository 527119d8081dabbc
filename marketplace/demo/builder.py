"""Turn the hand-written demo content into rows, pages, covers and patterns."""
from datetime import date, timedelta
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from djmoney.money import Money
from modeltranslation.utils import build_localized_fieldname
from wagtail.images.models import Image
from wagtail.models import Workflow, WorkflowContentType
from wagtail.rich_text import RichText

from catalog.models import Creator, MediaAsset, RightsOffer, Subject, Work, WorkCredit
from catalog.services import media_asset_create
from cms.models import NewsIndexPage, NewsPage, ShowcaseIndexPage, ShowcasePage, ZonePage
from cms.models.home import FeaturedShowcase
from cms.site_tree import ensure_site_tree
from marketplace.models import Organization

from . import data
from .accounts import ask_for_verification, create_demo_accounts
from .deals import build_deals
from .drawing import cover_png, pattern_png

SUFFIX_TO_CODE = {"zh_hans": "zh-hans", "ind": "id"}


def translated(field: str, texts: dict | None) -> dict:
    """{'en': 'Books'} -> {'title_en': 'Books'}; texts are keyed by field suffix."""
    return {build_localized_fieldname(field, SUFFIX_TO_CODE.get(k, k)): v for k, v in (texts or {}).items()}


def demo_exists() -> bool:
    return Organization.objects.filter(slug=data.ORGANISATIONS[0]["slug"]).exists()


@transaction.atomic
def build_demo(log=print) -> dict:
    home = ensure_site_tree()
    orgs = _organisations()
    people = create_demo_accounts(orgs.values())
    ask_for_verification(orgs.values())
    subjects = _subjects()
    works = _works(orgs, subjects)
    log(f"{len(orgs)} organisations, {people} demo accounts, {len(works)} works")
    _page_texts(home)
    showcases = _showcases(works)
    home.featured_showcases.set([FeaturedShowcase(showcase=s) for s in showcases])
    home.save_revision().publish()
    news = _news()
    deals = build_deals()
    _moderate_works()
    return {"organisations": len(orgs), "works": len(works), "showcases": len(showcases), "news": len(news),
            "deals": deals}


def _organisations() -> dict[str, Organization]:
    orgs = {}
    for row in data.ORGANISATIONS:
        orgs[row["slug"]] = Organization.objects.create(
            slug=row["slug"], kind=row["kind"], country=row["country"], city=row.get("city", ""),
            website=row.get("website", ""), verified_at=timezone.now() if row.get("verified") else None,
            **translated("name", row["name"]), **translated("description", row.get("description")),
        )
    return orgs


def _subjects() -> dict[str, Subject]:
    return {row["slug"]: Subject.objects.create(slug=row["slug"], **translated("name", row["name"]))
            for row in data.SUBJECTS}


def _works(orgs, subjects) -> dict[str, Work]:
    creators: dict[str, Creator] = {}
    works = {}
    now = timezone.now()
    for n, row in enumerate(data.WORKS):
        published = now - timedelta(days=3 * n, hours=n)
        work = Work(
            slug=row["slug"], kind=row["kind"], subtype=row["subtype"],
            original_title=row["original_title"], original_language=row["original_language"],
            year=row.get("year"), isbn=row.get("isbn", ""), isan=row.get("isan", ""),
            rights_holder=orgs[row["holder"]], agency=orgs.get(row.get("agency") or ""),
            source_community=row.get("source_community", ""), region=row.get("region", ""),
            heritage_designation=row.get("heritage", ""),
            live=True, has_unpublished_changes=False, first_published_at=published, last_published_at=published,
            **translated("title", row["title"]), **translated("synopsis", row.get("synopsis")),
        )
        work.full_clean(exclude=["cover"])
        work.cover = _cover(row)
        work.save()
        work.subjects.set([subjects[s] for s in row.get("subjects", []) if s in subjects])
        for order, person in enumerate(row.get("creators", [])):
            key = person.get("name_original") or person["name"].get("en")
            if key not in creators:
                creators[key] = Creator.objects.create(
                    name_original=person.get("name_original", ""), country=person.get("country", ""),
                    **translated("name", person["name"]))
            WorkCredit.objects.create(work=work, creator=creators[key], role=person.get("role", "author"),
                                      sort_order=order)
        for order, offer in enumerate(row["offers"]):
            line = RightsOffer(work=work, sort_order=order, right_type=offer["right_type"],
                               territories=offer["territories"], languages=offer["languages"],
                               exclusivity=offer.get("exclusivity", "exclusive"), term_years=offer.get("term_years"),
                               instant_price=Money(*offer["instant_price"]) if "instant_price" in offer else None,
                               **translated("asking_terms", offer.get("asking_terms")))
            line.full_clean(exclude=["work"])
            line.save()
        if row["kind"] == "folk_art":
            media_asset_create(
                work=work, kind=MediaAsset.Kind.PATTERN, sort_order=0,
                file=ContentFile(pattern_png(row["subtype"], row["slug"]), name=f"{row['slug']}.png"),
                **translated("title", {"en": "Pattern sheet", "zh_hans": "纹样图", "th": "แผ่นลวดลาย"}),
            )
        works[row["slug"]] = work
    return works


def _cover(row) -> Image:
    titles = [t for t in (row["title"].get("en"), row["original_title"]) if t]
    png = cover_png(row["kind"], row["subtype"], row["slug"], titles)
    image = Image(title=row["title"].get("en") or row["original_title"],
                  file=ImageFile(BytesIO(png), name=f"cover-{row['slug']}.png"))
    image.save()
    return image


def _page_texts(home):
    for field, value in translated("intro", data.HOME_INTRO).items():
        setattr(home, field, value)
    for zone in ZonePage.objects.all():
        for field, value in translated("intro", data.ZONE_INTROS.get(zone.kind)).items():
            setattr(zone, field, value)
        zone.save_revision().publish()


def _blocks(blocks, works):
    stream = []
    for kind, value in blocks:
        if kind == "paragraph":
            stream.append(("paragraph", RichText(value)))
        elif kind == "works":
            stream.append(("works", {"heading": value.get("heading", ""), "works": works}))
        else:
            stream.append((kind, value))
    return stream


def _showcases(works) -> list[ShowcasePage]:
    index = ShowcaseIndexPage.objects.get()
    pages = []
    for row in data.SHOWCASES:
        chosen = [works[slug] for slug in row.get("work_slugs", []) if slug in works]
        page = ShowcasePage(slug=row["slug"], **translated("title", row["title"]),
                            **translated("summary", row.get("summary")),
                            **{build_localized_fieldname("body", SUFFIX_TO_CODE.get(k, k)): _blocks(v, chosen)
                               for k, v in row["body"].items()})
        index.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def _news() -> list[NewsPage]:
    index = NewsIndexPage.objects.get()
    pages = []
    for row in data.NEWS:
        page = NewsPage(slug=row["slug"], date=date.fromisoformat(row["date"]), **translated("title", row["title"]),
                        **translated("intro", row.get("intro")),
                        **{build_localized_fieldname("body", SUFFIX_TO_CODE.get(k, k)): _blocks(v, [])
                           for k, v in row.get("body", {}).items()})
        index.add_child(instance=page)
        page.save_revision().publish()
        pages.append(page)
    return pages


def _moderate_works():
    """Edits to works go through Wagtail's moderation workflow, as pages do."""
    workflow = Workflow.objects.filter(active=True).order_by("id").first()
    if workflow:
        WorkflowContentType.objects.get_or_create(content_type=ContentType.objects.get_for_model(Work),
                                                  defaults={"workflow": workflow})
