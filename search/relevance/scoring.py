"""Score a search engine against judged queries: recall@10 and mean reciprocal rank."""
from dataclasses import dataclass

from search.query import CatalogQuery
from search.selectors import search_catalog

CUTOFF = 10


@dataclass(frozen=True)
class QueryScore:
    query: str
    ui_language: str
    relevant: tuple[str, ...]
    found: tuple[str, ...]  # the top slugs returned

    @property
    def recall(self) -> float:
        return len(set(self.relevant) & set(self.found)) / len(self.relevant)

    @property
    def reciprocal_rank(self) -> float:
        for rank, slug in enumerate(self.found, start=1):
            if slug in self.relevant:
                return 1 / rank
        return 0.0


@dataclass(frozen=True)
class Report:
    scores: list[QueryScore]

    @property
    def recall_at_10(self) -> float:
        return sum(s.recall for s in self.scores) / len(self.scores)

    @property
    def mrr(self) -> float:
        return sum(s.reciprocal_rank for s in self.scores) / len(self.scores)

    def by_language(self) -> dict[str, tuple[int, float, float]]:
        languages = {}
        for lang in sorted({s.ui_language for s in self.scores}):
            part = Report([s for s in self.scores if s.ui_language == lang])
            languages[lang] = (len(part.scores), part.recall_at_10, part.mrr)
        return languages


def evaluate(judgements) -> Report:
    """Scores what a reader of the search page sees, relaxed retry included."""
    scores = []
    for judged in judgements:
        results, _relaxed = search_catalog(CatalogQuery(text=judged["query"], ui_language=judged["ui_language"],
                                                        per_page=CUTOFF))
        scores.append(QueryScore(judged["query"], judged["ui_language"], tuple(judged["relevant"]),
                                 tuple(hit.slug for hit in results.hits)))
    return Report(scores)
