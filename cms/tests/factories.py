from wagtail.rich_text import RichText

from cms.models import NewsIndexPage, NewsPage, ShowcaseIndexPage, ShowcasePage
from cms.site_tree import ensure_site_tree


def showcase_with(works, **titles) -> ShowcasePage:
    index = ShowcaseIndexPage.objects.get()
    page = ShowcasePage(
        slug="mountain-and-sea",
        title_en=titles.get("en", "Myths of Mountain and Sea"),
        title_zh_hans=titles.get("zh_hans", "山海神话"),
        title_th=titles.get("th", "ตำนานขุนเขาและทะเล"),
        summary_en="Manhua that retell the Classic of Mountains and Seas.",
        body_en=[
            ("paragraph", RichText("<p>Editors' choice for the Bangkok fair.</p>")),
            ("works", {"heading": "On offer", "works": list(works)}),
            ("quote", {"text": "Stories travel further than borders.", "attribution": "An agent in Hanoi"}),
        ],
    )
    index.add_child(instance=page)
    return page


def news_item(**fields) -> NewsPage:
    index = NewsIndexPage.objects.get()
    page = NewsPage(slug=fields.pop("slug", "fair-report"), title_en="Fair report", title_km="របាយការណ៍ពិព័រណ៍",
                    intro_en="Twenty deals signed.", **fields)
    index.add_child(instance=page)
    return page


def site():
    return ensure_site_tree()
