from django.core.management import call_command
from django.core.management.base import BaseCommand

from catalog.demo.builder import build_demo, demo_exists
from catalog.demo.synthetic import add_synthetic_works


class Command(BaseCommand):
    help = "Build the demo marketplace on an empty database; --works N adds N synthetic works."

    def add_arguments(self, parser):
        parser.add_argument("--works", type=int, default=0, help="add this many synthetic works (benchmarks)")
        parser.add_argument("--if-empty", action="store_true", help="do nothing if the demo is already there")

    def handle(self, *args, works, if_empty, **options):
        if demo_exists():
            if not works:
                message = "The demo marketplace is already there; nothing added."
                if if_empty:
                    self.stdout.write(message)
                    return
                self.stderr.write(self.style.WARNING(message))
                return
        else:
            summary = build_demo(log=self.stdout.write)
            self.stdout.write(self.style.SUCCESS(
                "Demo marketplace: {organisations} organisations, {works} works, "
                "{showcases} showcases, {news} news items.".format(**summary)))
        if works:
            add_synthetic_works(works)
            self.stdout.write(self.style.SUCCESS(f"Added {works} synthetic works; indexing them."))
            call_command("search_reindex", stdout=self.stdout)
