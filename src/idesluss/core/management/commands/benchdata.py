import json
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from idesluss.core.benchdata import PASSWORD, SCALES, AlreadyLoaded, load, summarise
from idesluss.core.benchdata.progress import Progress
from idesluss.insights.recount import recount
from idesluss.search.services import rebuild


class Command(BaseCommand):
    help = (
        "Load synthetic benchmark data: real municipalities and regions with invented people "
        "and Swedish ideas, decisions, comments and supports over five years up to 2026-01-01. "
        + " ".join(f"{name}: {scale.description}." for name, scale in SCALES.items())
        + " The same seed gives the same data. Rows are written in bulk, bypassing the services: "
        "no audit events, notifications or e-mails. It is one transaction: others may read "
        "meanwhile but not add users or ideas, and a failed load leaves nothing behind. Nothing "
        "existing is changed; a scale and seed that is loaded already is refused (load another "
        f"--seed beside it, or use a fresh database). Every user's password is {PASSWORD!r}. "
        "Then rebuilds the search index of all ideas. "
        "Writes the log-ins and ids a benchmark needs to var/benchdata-<scale>.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=list(SCALES), required=True)
        parser.add_argument("--seed", type=int, default=1, help="Default: 1.")
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not report progress on stderr."
        )

    def handle(self, *args, scale, seed, no_progress, **options):
        if seed < 0:
            raise CommandError("The seed is a whole number, 0 or more.")
        progress = None if no_progress else Progress(self.stderr, SCALES[scale].ideas)
        try:
            loaded = load(scale, seed, progress=progress)
        except AlreadyLoaded as error:
            raise CommandError(str(error)) from error
        finally:
            if progress is not None:
                progress.close()
        indexing = Progress(self.stderr, SCALES[scale].ideas, "ideas indexed") if progress else None
        started = time.monotonic()
        indexed = rebuild(progress=(lambda n: indexing.advance(n, n)) if indexing else None)
        if indexing is not None:
            indexing.close()
        index_seconds = time.monotonic() - started
        started = time.monotonic()
        recount()  # the dashboards' running totals, counted from the rows just loaded
        totals_seconds = time.monotonic() - started
        summary = summarise(loaded, connection.vendor)
        summary["search_index_seconds"] = round(index_seconds, 1)
        summary["totals_seconds"] = round(totals_seconds, 1)
        path = settings.PROJECT_DIR / "var" / f"benchdata-{scale}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        rows = sum(loaded.counts.values())
        counts = ", ".join(f"{number:,} {name}" for name, number in loaded.counts.items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded '{scale}' (seed {seed}) into {connection.vendor} in "
                f"{loaded.seconds:.1f} s: {rows:,} rows, {rows / loaded.seconds:,.0f} rows/s."
            )
        )
        self.stdout.write(
            f"  {counts}\n  Search index: {indexed:,} ideas in {index_seconds:.1f} s."
            f"\n  Running totals: recounted in {totals_seconds:.1f} s."
            f"\n  Details for benchmarks: {path}"
        )
        self._print_logins(summary)

    def _print_logins(self, summary):
        people = [
            ("Coach (large inbox)", summary["coach"]),
            ("Submitter (most ideas)", summary["submitter"]),
            ("Decision maker", summary["decision_maker"]),
            ("Sluice administrator", summary["sluice_admin"]),
            ("Analyst", summary["analyst"]),
            ("Outsider (other organisation)", summary["outsider"]),
        ]
        rows = [("Role", "E-mail")] + [(role, p["email"]) for role, p in people if p]
        width = max(len(role) for role, _email in rows)
        self.stdout.write(
            f"\nLog in at {settings.SITE_URL}/ with the password {summary['password']!r} as:"
        )
        for role, email in rows:
            self.stdout.write(f"  {role.ljust(width)}  {email}")
        self.stdout.write(
            f"  Busiest sluice: {summary['sluice']['name']} (id {summary['sluice']['id']}, "
            f"{summary['sluice']['ideas']:,} ideas)\n"
        )
