from django.core.management.base import BaseCommand
from tqdm import tqdm

from search.indexing import rebuild_index
from search.registry import get_backend


class Command(BaseCommand):
    help = "Rebuild the catalogue search index from the database, then swap it in."

    def add_arguments(self, parser):
        parser.add_argument("--alias", default="default", help="the SEARCH_BACKENDS alias to rebuild")
        parser.add_argument("--if-empty", action="store_true",
                            help="only when the index has no documents (first run, or a new index schema)")

    def handle(self, *args, alias, if_empty, **options):
        if if_empty and get_backend(alias).count():
            return
        with tqdm(desc="indexing works", unit="work") as bar:
            def progress(done, total):
                bar.total = total
                bar.update(done - bar.n)

            count = rebuild_index(alias, progress=progress)
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} works."))
