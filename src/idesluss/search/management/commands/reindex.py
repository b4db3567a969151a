import time

from django.core.management.base import BaseCommand

from idesluss.core.benchdata.progress import Progress
from idesluss.ideas.models import Idea
from idesluss.search.services import is_stale, rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search index of every idea from scratch, in one transaction: searches "
        "meanwhile see the old index. Writes keep the index current by themselves; this is for "
        "after a bulk load, a restore, or a change to the text analysis."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not report progress on stderr."
        )
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Only if the index is out of date: built by another text analysis (after an "
            "upgrade), or missing ideas.",
        )

    def handle(self, *args, no_progress, if_stale, **options):
        if if_stale and not is_stale():
            self.stdout.write("The search index is current.")
            return
        started = time.monotonic()
        progress = None if no_progress else Progress(self.stderr, Idea.objects.count())
        try:
            done = rebuild(progress=(lambda n: progress.advance(n, n)) if progress else None)
        finally:
            if progress is not None:
                progress.close()
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {done:,} ideas for search in {seconds:.1f} s.")
        )
