from .document import PrivateDocument
from .home import HomePage
from .news import NewsIndexPage, NewsPage
from .showcase import ShowcaseIndexPage, ShowcasePage
from .zone import ZonePage

__all__ = ["HomePage", "NewsIndexPage", "NewsPage", "PrivateDocument", "ShowcaseIndexPage", "ShowcasePage", "ZonePage"]
