"""The yearly report of a sluice as PDF: the dashboard's figures and charts for one calendar
year and the innovations of the year, laid out for print with WeasyPrint (HTML and CSS to PDF).

WeasyPrint needs Pango from the operating system (Debian: libpango-1.0-0, libpangoft2-1.0-0);
it is imported only here, when a report is made, so the rest of the site runs without it.
"""

from datetime import date

from django.db.models import Prefetch, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from idesluss.ideas.models import Decision
from idesluss.ideas.queries import ideas_visible_to
from idesluss.organisations.models import Stage
from idesluss.outcomes.models import Outcome

from . import charts, counting, queries
from .templatetags.insights import percent

FIRST_YEAR = 2000
YEARS_OFFERED = 5
INNOVATIONS_LISTED = 200
PRINT_WIDTH = 520  # chart units across 160 mm: 12-unit text prints at about 10 pt


def years_offered() -> list[int]:
    """The years the dashboard links a report for: the last five, newest first."""
    this_year = timezone.localdate().year
    return list(range(this_year, max(this_year - YEARS_OFFERED, FIRST_YEAR - 1), -1))


def may_report(year: int) -> bool:
    """A report may be asked for any year from FIRST_YEAR to this year."""
    return FIRST_YEAR <= year <= timezone.localdate().year


def funnel_rows(steps) -> list[tuple[str, str, int, bool]]:
    """The funnel as chart rows: each step's name, its conversion from the step before."""
    rows = []
    for step in steps:
        note = ""
        if step.conversion is not None:
            note = _("%(share)s of the step before") % {"share": percent(step.conversion)}
        rows.append((step.name, note, step.reached, step.kind in Stage.DONE_KINDS))
    return rows


def innovations(user, sluice, year: int) -> tuple[list, int]:
    """Ideas of the sluice that were implemented or spread in the year, or produced an outcome
    dated in it, with those outcomes: the ones the user may see, and how many there are in all
    (the figures count every idea; the list names only what its reader may see)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    since, until = counting.bounds(start, end)
    moved = Decision.objects.filter(
        idea__sluice=sluice,
        to_stage__kind__in=Stage.DONE_KINDS,
        created_at__gte=since,
        created_at__lt=until,
    ).values("idea_id")
    of_year = Q(pk__in=moved) | Q(
        pk__in=Outcome.objects.filter(idea__sluice=sluice, date__range=(start, end)).values(
            "idea_id"
        )
    )
    everyone = sluice.ideas.filter(of_year)
    visible = (
        ideas_visible_to(user)
        .filter(sluice=sluice)
        .filter(of_year)
        .select_related("organisation", "stage")
        .prefetch_related(
            Prefetch(
                "outcomes",
                queryset=Outcome.objects.filter(date__range=(start, end)).order_by("date", "pk"),
                to_attr="year_outcomes",
            )
        )
        .order_by("organisation__name", "title", "pk")
    )
    return list(visible[:INNOVATIONS_LISTED]), everyone.count()


def context_for(request, scope, year: int) -> dict:
    """What the report's template shows: the dashboard's figures for the calendar year."""
    filters = queries.Filters(start=date(year, 1, 1), end=date(year, 12, 31))
    found = queries.figures(scope, filters)
    listed, total = innovations(request.user, scope.sluice, year)
    return {
        "scope": scope,
        "sluice": scope.sluice,
        "members": ", ".join(scope.sluice.members.order_by("name").values_list("name", flat=True)),
        "year": year,
        "filters": filters,
        "figures": found,
        # Wider than on the page: the same drawing, its text at the body's size on A4.
        "month_chart": charts.columns(charts.month_series(found["per_month"]), width=PRINT_WIDTH),
        "funnel_chart": charts.bars(funnel_rows(found["funnel"]), width=PRINT_WIDTH),
        "innovations": listed,
        "innovations_total": total,
        "generated": timezone.localtime(),
        "year_is_running": year == timezone.localdate().year,
    }


def _refuse(url, *args, **kwargs):
    """The report is made from our own HTML only: it fetches nothing, from nowhere."""
    raise ValueError(f"The report does not fetch {url}")


def render_pdf(request, scope, year: int) -> bytes:
    from weasyprint import HTML  # needs Pango: only when a report is made

    html = render_to_string("insights/report.html", context_for(request, scope, year), request)
    return HTML(string=html, url_fetcher=_refuse).write_pdf()
