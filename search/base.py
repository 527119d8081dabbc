"""What every search engine behind the catalogue must do.

Documents are the plain dicts of search.documents.documents_for(); each
backend turns them into its own index format. Writes are idempotent so the
indexing tasks can simply retry.
"""
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable

from .query import CatalogQuery, CatalogResults

Progress = Callable[[int, int | None], None]  # (documents done, total if known)


class SearchUnavailable(Exception):
    """The engine cannot answer just now (unreachable, overloaded, index
    missing). Pages say so in the reader's language; nothing else is lost."""


class BaseSearchBackend(ABC):
    def __init__(self, alias: str, params: dict):
        self.alias = alias
        self.params = params

    @abstractmethod
    def search(self, query: CatalogQuery) -> CatalogResults:
        """Hits of one page, facet counts over the whole result set, the total."""

    @abstractmethod
    def suggest(self, prefix: str, ui_language: str, limit: int = 8) -> list[str]:
        """Titles completing what is being typed, in the language typed when
        it differs from the UI language."""

    @abstractmethod
    def index_documents(self, docs: Iterable[dict]) -> int:
        """Insert or replace documents by their id; returns how many."""

    @abstractmethod
    def delete_documents(self, ids: Iterable[int]) -> None:
        """Remove documents; unknown ids are ignored."""

    @abstractmethod
    def rebuild(self, docs: Iterable[dict], total: int | None = None, progress: Progress | None = None) -> int:
        """Build a complete new index from `docs` and swap it in at once, so
        searches see the old index until the new one is whole."""

    @abstractmethod
    def count(self) -> int:
        """Documents in the index."""

    @abstractmethod
    def ping(self) -> bool:
        """Whether the engine answers."""

    def close(self) -> None:  # noqa: B027 - optional: most engines hold nothing to release
        """Release files and connections (tests, shutdown)."""
