import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from idesluss.core.demo import DEMO_PASSWORD, LOGINS, DemoConflict, is_loaded, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo: Skaraborgs innovationssluss and Helsingborgs idésluss, their people "
        "in every role and about 70 ideas. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        if is_loaded():
            self.stdout.write("The demo is already loaded; nothing changed.")
        else:
            started = time.monotonic()
            try:
                counts = load_demo()
            except DemoConflict as error:
                raise CommandError(str(error)) from error
            summary = ", ".join(f"{number} {name}" for name, number in counts.items())
            self.stdout.write(
                self.style.SUCCESS(f"Demo loaded in {time.monotonic() - started:.1f} s: {summary}.")
            )
        self._print_logins()

    def _print_logins(self):
        rows = [("Role", "E-mail", "Password"), *((r, e, DEMO_PASSWORD) for r, e in LOGINS)]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        self.stdout.write(f"\nLog in at {settings.SITE_URL}/ as any of these:\n")
        for row in rows:
            self.stdout.write(
                "  "
                + "  ".join(
                    cell.ljust(width) for cell, width in zip(row, widths, strict=True)
                ).rstrip()
            )
        self.stdout.write("")
