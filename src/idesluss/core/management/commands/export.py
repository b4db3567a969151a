import argparse
import sys
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from idesluss.insights import exports


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class Command(BaseCommand):
    help = (
        "Export ideas, decisions or outcomes as CSV (semicolon-separated, UTF-8 with BOM, for "
        "Excel) or XLSX, in constant memory. Everything, as a super-user sees it, unless --as."
    )

    def add_arguments(self, parser):
        parser.add_argument("--what", choices=list(exports.WHAT), default="ideas")
        parser.add_argument("--format", choices=list(exports.FORMATS), default="csv")
        parser.add_argument("--sluice", type=int, help="a sluice's id")
        parser.add_argument("--organisation", type=int, help="an organisation's id")
        parser.add_argument("--stage", type=int, help="a stage's id")
        parser.add_argument("--category", type=int, help="a category's id")
        parser.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", type=_day, help="last day, YYYY-MM-DD")
        parser.add_argument(
            "--as", dest="email", help="export what this user may export, as on the page"
        )
        parser.add_argument(
            "-o", "--output", required=True, help="the file to write; - for standard output (CSV)"
        )

    def handle(self, *args, what, format, email, output, start, end, **options):
        if start and end and start > end:
            raise CommandError("--to is before --from")
        user = None
        if email:
            user = get_user_model().objects.filter(email__iexact=email).first()
            if user is None:
                raise CommandError(f"No user with the e-mail address {email}")
            if not exports.can_export(user):
                raise CommandError(f"{email} is neither staff nor analyst of any sluice")
        if output == "-" and format != "csv":
            raise CommandError("Only CSV can be written to standard output")
        filters = exports.Filters(
            sluice=options["sluice"],
            organisation=options["organisation"],
            stage=options["stage"],
            category=options["category"],
            start=start,
            end=end,
        )
        with translation.override(settings.LANGUAGE_CODE):
            header, rows = exports.export_rows(user, what, filters)
            if output == "-":
                for chunk in exports.csv_chunks(header, rows):
                    sys.stdout.buffer.write(chunk)
                return
            try:
                with open(output, "wb") as handle:
                    if format == "csv":
                        for chunk in exports.csv_chunks(header, rows):
                            handle.write(chunk)
                    else:
                        exports.write_xlsx(handle, header, rows, str(exports.SHEET_NAMES[what]))
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from None
        self.stderr.write(f"Wrote {output}")
