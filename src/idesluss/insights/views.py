"""Insikter: the dashboards and the yearly report. Views find the scope (404 outside it), read
the filters from the URL and hand the figures to the templates."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render

from . import charts, queries, report, rules
from .forms import FilterForm

# The tables that can be shown in full (?visa=…), and the rows they show until then.
FULL_TABLES = ("organisations", "units", "categories")


@login_required
def index(request):
    """Choose a dashboard: the user's sluices, organisations, counties and the network."""
    if not rules.may_see_any_dashboard(request.user):
        raise Http404
    return render(request, "insights/index.html", queries.choices_for(request.user))


@login_required
def sluice_dashboard(request, slug):
    scope = queries.sluice_scope(request.user, slug)
    return _dashboard(request, scope)


@login_required
def organisation_dashboard(request, code):
    return _dashboard(request, queries.organisation_scope(request.user, code))


@login_required
def county_dashboard(request, code):
    return _dashboard(request, queries.county_scope(request.user, code))


@login_required
def network_dashboard(request):
    return _dashboard(request, queries.network_scope(request.user))


def _dashboard(request, scope):
    form = FilterForm(request.GET, scope=scope)
    context = {"scope": scope, "form": form, "report_years": _report_years(scope)}
    if not form.is_valid():
        return render(request, "insights/dashboard.html", context, status=400)
    show_all = request.GET.get("visa", "")
    filters = form.filters()
    found = queries.figures(scope, filters, show_all=show_all)
    query = request.GET.copy()
    query.pop("visa", None)
    context.update(
        filters=filters,
        figures=found,
        month_chart=charts.columns(charts.month_series(found["per_month"])),
        funnel_chart=charts.bars(report.funnel_rows(found["funnel"])),
        query=query.urlencode(),
        show_all=show_all if show_all in FULL_TABLES else "",
    )
    return render(request, "insights/dashboard.html", context)


def _report_years(scope) -> list[int]:
    """The years the dashboard links a report for (sluices only): the last five."""
    if scope.kind != "sluice":
        return []
    return report.years_offered()


@login_required
def yearly_report(request, slug, year):
    """The sluice's yearly report as PDF, for a funder or a municipal board."""
    scope = queries.sluice_scope(request.user, slug)
    if not report.may_report(year):
        raise Http404
    pdf = report.render_pdf(request, scope, year)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{scope.sluice.slug}-{year}.pdf"'
    return response
