from .home import HomePage
from .news import NewsIndexPage, NewsPage
from .showcase import ShowcaseIndexPage, ShowcasePage
from .zone import ZonePage

__all__ = ["HomePage", "NewsIndexPage", "NewsPage", "ShowcaseIndexPage", "ShowcasePage", "ZonePage"]
