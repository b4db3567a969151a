"""Exports of ideas, decisions and outcomes as CSV or Excel (XLSX), in constant memory.

Who: the staff and analysts of a sluice export its ideas that they may see
(ideas.queries.ideas_visible_to); super-users export every idea. A submitter's name and e-mail
are filled in only where the exporter may see them (ideas.rules.can_see_submitter: the sluice's
staff, and the submitter), who recorded an outcome only for the staff (outcomes.rules).

How: rows are read in keyset batches of BATCH ideas (`id > last ORDER BY id LIMIT n`), so a
million rows never sit in memory at once. CSV is written as it is read; XLSX is written by
XlsxWriter in constant_memory mode to a temporary file, then sent from it.

The CSV dialect is what Swedish Excel opens with a double click: UTF-8 with a byte-order mark
(å, ä, ö), `;` between fields, CRLF, decimal comma, dates as YYYY-MM-DD and times as
YYYY-MM-DD HH:MM in Swedish time. A text that begins with = + - @ gets a leading apostrophe so
that a spreadsheet never runs it as a formula.
"""

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import xlsxwriter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Case, CharField, F, Q, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.http import FileResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from idesluss.core import csvstream, days
from idesluss.ideas.models import Decision, Idea, Visibility
from idesluss.ideas.queries import filter_ideas, ideas_visible_to
from idesluss.organisations.models import Sluice, Stage
from idesluss.organisations.queries import roles_of, staff_sluice_ids
from idesluss.outcomes.models import Outcome

from .rules import may_see_any_dashboard

BATCH = 2000  # ideas per query
WHAT = {
    "ideas": gettext_lazy("Ideas, one row each"),
    "decisions": gettext_lazy("Decisions, one row each"),
    "outcomes": gettext_lazy("Outcomes, one row each"),
}
SHEET_NAMES = {
    "ideas": gettext_lazy("Ideas"),
    "decisions": gettext_lazy("Decisions"),
    # Not "Outcomes": the outcomes app says "Vad idén har gett" for that, too long for a tab.
    "outcomes": gettext_lazy("Outcomes achieved"),
}
FILE_NAMES = {"ideas": "ideer", "decisions": "beslut", "outcomes": "utfall"}
FORMATS = {
    "csv": gettext_lazy("CSV (Excel, semicolon-separated)"),
    "xlsx": gettext_lazy("Excel (XLSX)"),
}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_MAX_ROWS = 1_048_576  # Excel's limit per sheet, the heading included
XLSX_MAX_TEXT = 32_767  # Excel's limit per cell
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FIRST_YEAR, LAST_YEAR = 1900, 2999  # a period's days: past them, date arithmetic overflows


# --- Who may export what ----------------------------------------------------------------------


def can_export(user) -> bool:
    """The staff and analysts of any sluice, and super-users: those who see a dashboard."""
    return may_see_any_dashboard(user)


def sluice_ids_exportable_by(user) -> set[int]:
    """The ids of the sluices whose ideas the user may export: where they have a role (read
    from the cached roles; super-users: every sluice)."""
    if user.is_superuser:
        return set(Sluice.objects.values_list("pk", flat=True))
    return set(roles_of(user))


def sluices_exportable_by(user):
    """The sluices whose ideas the user may export, by name."""
    sluices = Sluice.objects.order_by("name")
    return sluices if user.is_superuser else sluices.filter(pk__in=sluice_ids_exportable_by(user))


def exportable_ideas(user):
    """The ideas the user may export: those they may see, in the sluices they work in."""
    if user.is_superuser:
        return Idea.objects.all()
    return ideas_visible_to(user).filter(sluice__in=sluices_exportable_by(user).values("pk"))


@dataclass(frozen=True)
class Filters:
    """The same filters as the idea list and search; the period applies to what is exported:
    an idea's submission, a decision's time, an outcome's date."""

    sluice: int | None = None
    organisation: int | None = None
    stage: int | None = None
    category: int | None = None
    start: date | None = None
    end: date | None = None


def check_period(start: date | None, end: date | None) -> None:
    """ValidationError ({"from"/"to": …}) unless the period's days lie within FIRST_YEAR to
    LAST_YEAR and it does not end before it starts: the form's and the command's one rule."""
    errors: dict[str, list] = {}
    for name, day in (("from", start), ("to", end)):
        if day and not FIRST_YEAR <= day.year <= LAST_YEAR:
            errors.setdefault(name, []).append(
                ValidationError(
                    _("Enter a date between the years %(first)s and %(last)s.")
                    % {"first": FIRST_YEAR, "last": LAST_YEAR},
                    code="year_range",
                )
            )
    if start and end and start > end:
        errors.setdefault("to", []).append(
            ValidationError(_("The end of the period is before its start."), code="date_order")
        )
    if errors:
        raise ValidationError(errors)


def narrowed(ideas, filters: Filters):
    """`ideas` within the filters that concern the idea itself (not the period)."""
    return filter_ideas(
        ideas,
        sluice=filters.sluice,
        organisation=filters.organisation,
        stage=filters.stage,
        category=filters.category,
    )


def ideas_to_walk(user, what: str, filters: Filters, *, limit: int) -> int:
    """How many ideas the export walks (its batches), counted up to limit + 1: enough to tell a
    small export from a large one without counting a million. Decisions and outcomes walk every
    idea within the filters, whatever the period."""
    ideas = narrowed(exportable_ideas(user), filters)
    if what == "ideas":
        ideas = filter_ideas(ideas, submitted_from=filters.start, submitted_to=filters.end)
    return ideas.order_by()[: limit + 1].count()


def _within_days(queryset, field: str, filters: Filters):
    """`queryset` within the period, on a timestamp field: whole Swedish days (core.days)."""
    if filters.start is not None:
        queryset = queryset.filter(**{f"{field}__gte": days.start_of(filters.start)})
    if filters.end is not None:
        until = days.start_of(filters.end + timedelta(days=1))
        queryset = queryset.filter(**{f"{field}__lt": until})
    return queryset


def _within_dates(queryset, field: str, filters: Filters):
    """`queryset` within the period, on a date field, both ends included."""
    if filters.start is not None:
        queryset = queryset.filter(**{f"{field}__gte": filters.start})
    if filters.end is not None:
        queryset = queryset.filter(**{f"{field}__lte": filters.end})
    return queryset


# --- Rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    source: object  # a field path for values_list, or an expression
    kind: str = "text"  # text, int, decimal, date, moment, choice, link, evidence


def _person(prefix: str, allowed: Q | None):
    """A person's name (their e-mail without one), or empty where `allowed` does not hold."""
    shown = Coalesce(
        NullIf(F(f"{prefix}__name"), Value("")), F(f"{prefix}__email"), output_field=CharField()
    )
    if allowed is None:
        return shown
    return Case(When(allowed, then=shown), default=Value(""))


def _staff_filter(user, field: str) -> Q | None:
    """None for a super-user (everything shows), else the Q of the sluices the user staffs."""
    if user is None or user.is_superuser:
        return None
    staffed = list(staff_sluice_ids(user))
    return Q(**{f"{field}__in": staffed}) if staffed else Q(pk__in=[])


def _submitter_filter(user, prefix: str = "") -> Q | None:
    """ideas.rules.can_see_submitter as SQL: the sluice's staff and the submitter themself."""
    staff = _staff_filter(user, f"{prefix}sluice_id")
    if staff is None:
        return None
    return Q(**{f"{prefix}submitter_id": user.pk}) | staff


def columns_of(what: str, user) -> list[Column]:
    """The columns of an export, headings in the active language."""
    if what == "ideas":
        allowed = _submitter_filter(user)
        return [
            Column(_("Idea number"), "pk", "int"),
            Column(_("Title"), "title"),
            Column(_("Need or problem"), "problem"),
            Column(_("Proposed solution"), "solution"),
            Column(_("Who benefits"), "beneficiaries"),
            Column(_("Sluice"), "sluice__name"),
            Column(_("Organisation"), "organisation__name"),
            Column(_("Organisation code"), "organisation__code"),
            Column(_("Unit"), "unit__name"),
            Column(_("Category"), "category__name"),
            Column(_("Stage"), "stage__name"),
            Column(_("Stage kind"), "stage__kind", "choice"),
            Column(_("Who may see the idea"), "visibility", "choice"),
            Column(_("Coach"), _person("coach", None)),
            Column(_("Submitter"), _person("submitter", allowed)),
            Column(
                _("Submitter's e-mail"),
                F("submitter__email")
                if allowed is None
                else Case(When(allowed, then=F("submitter__email")), default=Value("")),
            ),
            Column(_("Submitted"), "created_at", "moment"),
            Column(_("First response"), "first_response_at", "moment"),
            Column(_("In the stage since"), "stage_entered_at", "moment"),
            Column(_("Link"), "pk", "link"),
        ]
    if what == "decisions":
        return [
            Column(_("Decision number"), "pk", "int"),
            Column(_("Idea number"), "idea_id", "int"),
            Column(_("Idea"), "idea__title"),
            Column(_("Sluice"), "idea__sluice__name"),
            Column(_("Organisation"), "idea__organisation__name"),
            Column(_("From stage"), "from_stage__name"),
            Column(_("To stage"), "to_stage__name"),
            Column(_("Stage kind"), "to_stage__kind", "choice"),
            Column(_("Decided by"), _person("decided_by", None)),
            Column(_("Rationale"), "rationale"),
            Column(_("Merged into idea"), "merged_into_id", "int"),
            Column(_("Decided"), "created_at", "moment"),
        ]
    recorder = _staff_filter(user, "idea__sluice_id")
    return [
        Column(_("Outcome number"), "pk", "int"),
        Column(_("Idea number"), "idea_id", "int"),
        Column(_("Idea"), "idea__title"),
        Column(_("Sluice"), "idea__sluice__name"),
        Column(_("Organisation"), "idea__organisation__name"),
        Column(_("Organisation code"), "idea__organisation__code"),
        Column(_("Kind"), "kind", "choice"),
        Column(_("Title"), "title"),
        Column(_("Description"), "description"),
        Column(_("Date achieved"), "date", "date"),
        Column(_("Link to the evidence"), "evidence_url"),
        Column(_("Evidence file"), "evidence_file", "evidence"),
        Column(_("Organisation number"), "organisation_number"),
        Column(_("Registration number"), "registration_number"),
        Column(_("Amount"), "amount", "decimal"),
        Column(_("Unit"), "amount_unit", "choice"),
        Column(_("Recorded by"), _person("created_by", recorder)),
        Column(_("Recorded"), "created_at", "moment"),
    ]


def _values(queryset, columns: list[Column]):
    """values_list of the columns, each expression under a name of its own."""
    names, expressions = [], {}
    for number, column in enumerate(columns):
        if isinstance(column.source, str):
            names.append(column.source)
        else:
            expressions[f"column_{number}"] = column.source
            names.append(f"column_{number}")
    return queryset.annotate(**expressions).values_list(*names)


def _idea_batches(ideas) -> Iterator[list[int]]:
    """The ids of `ideas`, BATCH at a time, by id: each batch is one query on the primary key."""
    last = 0
    while True:
        ids = list(ideas.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:BATCH])
        if ids:
            yield ids
        if len(ids) < BATCH:
            return
        last = ids[-1]


def raw_rows(user, what: str, filters: Filters, columns: list[Column]) -> Iterator[tuple]:
    """The rows of an export as the database gives them, in id order."""
    ideas = narrowed(exportable_ideas(user) if user is not None else Idea.objects.all(), filters)
    if what == "ideas":
        ideas = filter_ideas(ideas, submitted_from=filters.start, submitted_to=filters.end)
        for ids in _idea_batches(ideas):
            yield from _values(Idea.objects.filter(pk__in=ids).order_by("pk"), columns)
        return
    if what == "decisions":
        found = _within_days(Decision.objects.all(), "created_at", filters)
    else:
        found = _within_dates(Outcome.objects.all(), "date", filters)
    for ids in _idea_batches(ideas):
        yield from _values(found.filter(idea_id__in=ids).order_by("idea_id", "pk"), columns)


# --- Values ---------------------------------------------------------------------------------

CHOICES = {
    "stage__kind": Stage.Kind,
    "to_stage__kind": Stage.Kind,
    "visibility": Visibility,
    "kind": Outcome.Kind,
    "amount_unit": Outcome.AmountUnit,
}


def _local_moment(zone: ZoneInfo) -> Callable:
    """A timestamp as a naive Swedish-time datetime to the minute's second: what a cell holds.
    The zone is looked up once, not per cell (timezone.localtime costs a context lookup)."""

    def convert(value):
        return value.astimezone(zone).replace(tzinfo=None, microsecond=0) if value else None

    return convert


def _blank_as_none(value):
    return None if value == "" else value


def _converters(columns: list[Column]) -> list[Callable]:
    """One function per column from the database's value to what a cell holds: text, a whole
    number, a Decimal, a date or a naive Swedish-time datetime, or None for an empty cell."""
    site = settings.SITE_URL.replace("%", "%%")
    idea_link = site + reverse("ideas:detail", args=[1]).replace("/1/", "/%d/")
    evidence_link = site + reverse("outcomes:evidence", args=[1, 2]).replace("/1/", "/%d/").replace(
        "/2/", "/%d/"
    )
    sources = [column.source for column in columns]
    converters: list[Callable] = []
    for column in columns:
        if column.kind == "choice":
            labels = {value: str(label) for value, label in CHOICES[column.source].choices}
            converters.append(lambda value, labels=labels: labels.get(value, value or None))
        elif column.kind == "moment":
            converters.append(_local_moment(days.local_zone()))
        elif column.kind == "link":
            converters.append(lambda value: idea_link % value)
        elif column.kind == "evidence":
            link = _EvidenceLink(evidence_link, sources.index("idea_id"), sources.index("pk"))
            converters.append(link)
        else:
            converters.append(_blank_as_none)
    return converters


class _EvidenceLink:
    """The address of an outcome's evidence file (served only to the idea's audience)."""

    needs_row = True

    def __init__(self, pattern: str, idea_at: int, outcome_at: int):
        self.pattern, self.idea_at, self.outcome_at = pattern, idea_at, outcome_at

    def __call__(self, value, row):
        return self.pattern % (row[self.idea_at], row[self.outcome_at]) if value else None


def typed_rows(rows: Iterable[tuple], columns: list[Column]) -> Iterator[list]:
    """The database's rows as cell values (see _converters)."""
    converters = _converters(columns)
    whole_row = [getattr(convert, "needs_row", False) for convert in converters]
    for row in rows:
        yield [
            convert(value, row) if needs_row else convert(value)
            for convert, needs_row, value in zip(converters, whole_row, row, strict=True)
        ]


def export_rows(user, what: str, filters: Filters) -> tuple[list[str], Iterator[list]]:
    """The headings and the rows of an export, for `user` (None: everything, as the CLI)."""
    columns = columns_of(what, user)
    return [c.title for c in columns], typed_rows(raw_rows(user, what, filters, columns), columns)


# --- Writing --------------------------------------------------------------------------------


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return str(value)


def csv_chunks(header: list[str], rows: Iterable[list]) -> Iterator[bytes]:
    """The CSV file in pieces of about 64 kB: byte-order mark, heading, then the rows."""
    cells = ([_csv_cell(value) for value in row] for row in rows)
    return csvstream.csv_chunks(header, cells, delimiter=";", preamble="\ufeff")


def write_xlsx(handle, header: list[str], rows: Iterable[list], sheet: str) -> None:
    """An Excel workbook written row by row (XlsxWriter's constant_memory mode) to `handle`;
    past Excel's 1,048,576 rows a sheet, the rows go on in a second sheet, and so on."""
    workbook = xlsxwriter.Workbook(
        handle,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    bold = workbook.add_format({"bold": True})
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = workbook.add_format({"num_format": "yyyy-mm-dd"})
    worksheet, number, sheets = None, XLSX_MAX_ROWS, 0
    for row in rows:
        if number >= XLSX_MAX_ROWS:
            sheets += 1
            worksheet = workbook.add_worksheet(sheet if sheets == 1 else f"{sheet} ({sheets})")
            worksheet.write_row(0, 0, header, bold)
            worksheet.freeze_panes(1, 0)
            number = 1
        for position, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                worksheet.write_string(number, position, value[:XLSX_MAX_TEXT])
            elif isinstance(value, datetime):
                worksheet.write_datetime(number, position, value, moment)
            elif isinstance(value, date):
                worksheet.write_datetime(number, position, value, day)
            else:
                worksheet.write_number(number, position, value)
        number += 1
    if worksheet is None:  # no rows: the heading alone
        worksheet = workbook.add_worksheet(sheet)
        worksheet.write_row(0, 0, header, bold)
    workbook.close()


def write(handle, what: str, format: str, header: list[str], rows: Iterable[list]) -> None:
    """An export's heading and rows written to the binary file `handle` as CSV or XLSX."""
    if format == "csv":
        for chunk in csv_chunks(header, rows):
            handle.write(chunk)
    else:
        write_xlsx(handle, header, rows, str(SHEET_NAMES[what]))


def download(user, what: str, format: str, filters: Filters):
    """The export as a download: CSV streamed as it is read, XLSX from a temporary file."""
    header, rows = export_rows(user, what, filters)
    name = f"idesluss-{FILE_NAMES[what]}-{timezone.localdate():%Y-%m-%d}.{format}"
    if format == "csv":
        response = StreamingHttpResponse(
            csv_chunks(header, rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    # No context manager: the response closes the file once sent, and then it is gone.
    handle = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115
    try:
        write(handle, what, format, header, rows)
    except BaseException:
        handle.close()
        raise
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=name, content_type=XLSX_TYPE)
