"""The open-data API, /api/open/v1/: no log-in, no personal data, a fixed number of queries.

A NinjaAPI of its own, apart from /api/v1/: nobody's session or token is read here, so the
answers are the same for everyone, and the OpenAPI description (openapi.json) holds only what
the public may fetch. Bad input is a 422 naming the parameter, in Swedish unless asked otherwise.
"""

import re

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query
from ninja.errors import ValidationError as SchemaValidationError
from ninja.pagination import paginate

from idesluss.api import errors
from idesluss.api.pagination import MAX_LIMIT, CursorPagination, link
from idesluss.api.schemas import OrganisationCode, Problems
from idesluss.core.ids import parse_id
from idesluss.core.pagination import decode_cursor
from idesluss.organisations.models import Sluice
from idesluss.organisations.queries import organisation_by_code

from . import catalogue, downloads, queries
from .schemas import (
    InnovationFilters,
    InnovationOut,
    StatisticsFilters,
    StatisticsPage,
    Year,
)

open_api = NinjaAPI(
    title="Idésluss open data",
    version="1",
    description="Innovations that municipalities and regions implemented through their idea "
    "sluices, and statistics per organisation and year. Free to use: CC0 1.0 "
    "(http://creativecommons.org/publicdomain/zero/1.0/). No log-in. DCAT-AP-SE metadata: "
    "`dcat.rdf` (RDF/XML) and `dcat.jsonld`.",
    urls_namespace="open_api",
    auth=None,
    parser=errors.JsonParser(),
)
errors.install(open_api)

PROBLEMS = {422: Problems}
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
INNOVATIONS_PER_PAGE = 20


def _bad_query(name: str, message: str) -> SchemaValidationError:
    """A query parameter that is well-formed but names nothing, or a cursor we never gave: a 422
    naming it, as errors.install answers any other bad parameter."""
    return SchemaValidationError([{"type": "invalid", "loc": ["query", name], "msg": message}])


def _organisation_id(code: str | None) -> int | None:
    if code is None:
        return None
    found = organisation_by_code(code)
    if found is None:
        raise _bad_query(
            "organisation_code",
            _("There is no municipality or region with the code %(code)s.") % {"code": code},
        )
    return found.pk


def _sluice_id(slug: str | None) -> int | None:
    """The id of the sluice whose short name (`slug`, as each innovation's `sluice.slug` and the
    public pages' addresses have it) is given; a 422 if no sluice has it."""
    if slug is None:
        return None
    found = None
    if SLUG.fullmatch(slug):  # anything else names nothing, and is not sent to the database
        found = Sluice.objects.filter(slug=slug).values_list("pk", flat=True).first()
    if found is None:
        raise _bad_query(
            "sluice", _("There is no sluice with the short name %(slug)s.") % {"slug": slug}
        )
    return found


class InnovationPagination(CursorPagination):
    """The main API's cursor pagination (`limit`, `cursor`; `count`, `next`, `items`), over
    queries.innovation_page; a cursor this API never gave is a 422, not page 1. Twenty a page
    by default: each innovation carries its whole text and its outcomes."""

    class Input(CursorPagination.Input):
        limit: int = Field(INNOVATIONS_PER_PAGE, ge=1, le=MAX_LIMIT)

    def paginate_queryset(self, queryset, pagination, request, **params):
        if pagination.cursor is not None and decode_cursor(pagination.cursor) is None:
            raise _bad_query("cursor", _("The cursor is not one this API gave: start again."))
        page = queries.innovation_page(queryset, pagination.cursor, per_page=pagination.limit)
        return {
            "count": page.count,
            "count_is_capped": False,
            "next": link(request, pagination.limit, page.next_cursor),
            "items": page.ideas,
        }


@open_api.get(
    "/innovations",
    response={200: list[InnovationOut], **PROBLEMS},
    summary="Public ideas that are implemented or spread, with their outcomes, newest first",
    tags=["innovations"],
)
@paginate(InnovationPagination)
def innovations(request, filters: Query[InnovationFilters]):
    ideas = queries.innovations(
        sluice_id=_sluice_id(filters.sluice),
        organisation_id=_organisation_id(filters.organisation_code),
    )
    return ideas


@open_api.get(
    "/innovations.csv",
    response={200: str, **PROBLEMS},
    summary="The innovations as CSV (CC0), one row per idea, its outcomes counted by kind",
    tags=["innovations"],
    openapi_extra={"responses": {"200": {"content": {"text/csv": {}}}}},
)
def innovations_csv(request, filters: Query[InnovationFilters]):
    rows = downloads.innovation_rows(
        lambda idea: request.build_absolute_uri(idea.get_absolute_url()),
        sluice_id=_sluice_id(filters.sluice),
        organisation_id=_organisation_id(filters.organisation_code),
    )
    return downloads.csv_response("innovationer.csv", downloads.INNOVATIONS_HEADER, rows)


def _statistics_cursor(value: str | None) -> int | None:
    if value is None:
        return None
    cursor = parse_id(value)
    if cursor is None:
        raise _bad_query("cursor", _("The cursor is not one this API gave: start again."))
    return cursor


@open_api.get(
    "/statistics",
    response={200: StatisticsPage, **PROBLEMS},
    summary="Per public-sector organisation and year: ideas received, implemented, outcomes",
    description="Every idea counts, whatever its visibility (figures name no one). A page "
    "holds every year of up to `limit` organisations; `next` leads to the following ones.",
    tags=["statistics"],
)
def statistics(request, filters: Query[StatisticsFilters]):
    after = _statistics_cursor(filters.cursor)
    page = queries.statistics_page(
        after,
        filters.limit,
        organisation_id=_organisation_id(filters.organisation_code),
        year=filters.year,
    )
    following = None
    if page.next_after is not None:
        query = request.GET.copy()
        query["cursor"] = str(page.next_after)
        following = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    return {"next": following, "items": page.figures}


@open_api.get(
    "/statistics.csv",
    response={200: str, **PROBLEMS},
    summary="The statistics as CSV (CC0), every organisation and year",
    tags=["statistics"],
    openapi_extra={"responses": {"200": {"content": {"text/csv": {}}}}},
)
def statistics_csv(
    request, year: Year | None = None, organisation_code: OrganisationCode | None = None
):
    rows = downloads.statistics_rows(organisation_id=_organisation_id(organisation_code), year=year)
    return downloads.csv_response("statistik.csv", downloads.STATISTICS_HEADER, rows)


@open_api.get(
    "/dcat.rdf",
    response={200: str},
    summary="The DCAT-AP-SE catalogue as RDF/XML, for Sweden's data portal to harvest",
    tags=["metadata"],
    openapi_extra={"responses": {"200": {"content": {"application/rdf+xml": {}}}}},
)
def dcat_rdf(request):
    body = catalogue.as_rdfxml(catalogue.catalogue())
    return HttpResponse(body, content_type="application/rdf+xml; charset=utf-8")


@open_api.get(
    "/dcat.jsonld",
    response={200: str},
    summary="The DCAT-AP-SE catalogue as JSON-LD",
    tags=["metadata"],
    openapi_extra={"responses": {"200": {"content": {"application/ld+json": {}}}}},
)
def dcat_jsonld(request):
    body = catalogue.as_jsonld(catalogue.catalogue())
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")
