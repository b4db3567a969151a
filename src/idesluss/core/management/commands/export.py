import argparse
import sys
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from idesluss.core.ids import parse_id
from idesluss.insights import exports


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _id(value: str) -> int:
    # 0 or -1 names nothing: refused, rather than taken as "no filter" (ideas.filter_ideas).
    found = parse_id(value)
    if found is None:
        raise argparse.ArgumentTypeError(f"not an id: {value!r}")
    return found


class Command(BaseCommand):
    help = (
        "Export ideas, decisions or outcomes as CSV (semicolon-separated, UTF-8 with BOM, for "
        "Excel) or XLSX, in constant memory. Everything, as a super-user sees it, unless --as."
    )

    def add_arguments(self, parser):
        parser.add_argument("--what", choices=list(exports.WHAT), default="ideas")
        parser.add_argument("--format", choices=list(exports.FORMATS), default="csv")
        parser.add_argument("--sluice", type=_id, help="a sluice's id")
        parser.add_argument("--organisation", type=_id, help="an organisation's id")
        parser.add_argument("--stage", type=_id, help="a stage's id")
        parser.add_argument("--category", type=_id, help="a category's id")
        parser.add_argument("--from", dest="start", type=_day, help="first day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", type=_day, help="last day, YYYY-MM-DD")
        parser.add_argument(
            "--as", dest="email", help="export what this user may export, as on the page"
        )
        parser.add_argument(
            "-o", "--output", required=True, help="the file to write; - for standard output (CSV)"
        )

    def handle(self, *args, what, format, email, output, start, end, **options):
        try:
            with translation.override("en"):
                exports.check_period(start, end)
        except ValidationError as error:
            problems = [
                f"--{name}: {message}"
                for name, messages in error.message_dict.items()
                for message in messages
            ]
            raise CommandError("; ".join(problems)) from None
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
                exports.write(sys.stdout.buffer, what, format, header, rows)
                return
            try:
                with open(output, "wb") as handle:
                    exports.write(handle, what, format, header, rows)
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}") from None
        self.stderr.write(f"Wrote {output}")
