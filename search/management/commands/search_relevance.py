from django.core.management.base import BaseCommand

from search.relevance.judgements import JUDGEMENTS
from search.relevance.scoring import CUTOFF, evaluate


class Command(BaseCommand):
    help = "Score the search engine on the judged demo queries: recall@10 and MRR."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="list the queries that missed something")

    def handle(self, *args, misses, **options):
        report = evaluate(JUDGEMENTS)
        self.stdout.write(f"{'language':<10}{'queries':>8}{'recall@10':>11}{'MRR':>7}")
        for lang, (count, recall, mrr) in report.by_language().items():
            self.stdout.write(f"{lang:<10}{count:>8}{recall:>11.3f}{mrr:>7.3f}")
        self.stdout.write(f"{'all':<10}{len(report.scores):>8}{report.recall_at_10:>11.3f}{report.mrr:>7.3f}")
        if misses:
            for score in report.scores:
                if score.recall < 1 or score.reciprocal_rank < 1:
                    self.stdout.write(f"  [{score.ui_language}] {score.query!r}: wanted {list(score.relevant)}, "
                                      f"top {CUTOFF}: {list(score.found)}")
