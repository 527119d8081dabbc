from django.core.management.base import BaseCommand

from marketplace.demo.builder import build_demo, demo_exists
from marketplace.demo.synthetic import add_synthetic_works
from search.indexing import rebuild_index
from search.registry import get_backend
from search.signals import indexing_paused


class Command(BaseCommand):
    help = ("Build the demo marketplace on an empty database, then index it once; "
            "--works N adds N synthetic works.")

    def add_arguments(self, parser):
        parser.add_argument("--works", type=int, default=0, help="add this many synthetic works (benchmarks)")
        parser.add_argument("--if-empty", action="store_true", help="do nothing if the demo is already there")

    def handle(self, *args, works, if_empty, **options):
        # Load first with per-save indexing off, then rebuild the index once,
        # as bakerydemo's load_initial_data ends with one update_index.
        added = False
        with indexing_paused():
            if not demo_exists():
                summary = build_demo(log=self.stdout.write)
                added = True
                self.stdout.write(self.style.SUCCESS(
                    "Demo marketplace: {organisations} organisations, {works} works, "
                    "{showcases} showcases, {news} news items.".format(**summary)))
            elif not works:
                message = "The demo marketplace is already there; nothing added."
                if if_empty:
                    self.stdout.write(message)
                else:
                    self.stderr.write(self.style.WARNING(message))
            if works:
                add_synthetic_works(works)
                added = True
                self.stdout.write(self.style.SUCCESS(f"Added {works} synthetic works."))
        # An index left empty by a new index schema is rebuilt here too.
        if added or not get_backend().count():
            self.stdout.write(self.style.SUCCESS(f"Indexed {rebuild_index()} works."))
