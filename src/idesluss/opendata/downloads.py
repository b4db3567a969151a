"""The open data as CSV files, streamed: RFC 4180 (comma, CRLF, double quotes), UTF-8 without a
byte-order mark, the same column names as the JSON fields. Licence CC0, stated in the DCAT
metadata and in a `Link: <…>; rel="license"` header: a comment line would break CSV readers."""

from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse
from django.utils import timezone

from idesluss.core.csvstream import csv_chunks

from . import queries
from .catalogue import CC0

BATCH = 2000  # rows fetched per query: memory stays flat however many there are
ORGANISATIONS_PER_BATCH = 50


def csv_response(filename: str, header: list[str], rows: Iterable[list]) -> StreamingHttpResponse:
    """A CSV download streamed row by row, never held whole in memory."""
    response = StreamingHttpResponse(
        csv_chunks(header, rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = f'<{CC0}>; rel="license"'
    return response


OUTCOME_COLUMNS = [f"outcomes_{kind}" for kind in queries.OUTCOME_KINDS]

STATISTICS_HEADER = [
    "organisation_code",
    "organisation_name",
    "organisation_kind",
    "year",
    "ideas_received",
    "ideas_implemented",
    *OUTCOME_COLUMNS,
]


def statistics_rows(*, organisation_id=None, year=None) -> Iterator[list]:
    """Every row of the statistics, organisation by organisation, a batch of them per query;
    the done stages are read once, before the first batch."""
    stages = queries.done_stages()
    after = None
    while True:
        page = queries.statistics_page(
            after,
            ORGANISATIONS_PER_BATCH,
            organisation_id=organisation_id,
            year=year,
            stages=stages,
        )
        for figures in page.figures:
            organisation = figures.organisation
            yield [
                organisation.code,
                organisation.name,
                organisation.kind,
                figures.year,
                figures.ideas_received,
                figures.ideas_implemented,
                *(figures.outcomes[kind] for kind in queries.OUTCOME_KINDS),
            ]
        if page.next_after is None:
            return
        after = page.next_after


# The JSON's fields in the JSON's order; a nested object's fields as `<object>_<field>`
# (organisation_code, sluice_slug), an innovation's outcomes counted per kind (outcomes_<kind>).
# tests/opendata/test_innovations.py derives this list from an innovation's JSON.
INNOVATIONS_HEADER = [
    "id",
    "title",
    "problem",
    "solution",
    "beneficiaries",
    "category",
    "organisation_name",
    "organisation_code",
    "organisation_kind",
    "unit",
    "sluice_name",
    "sluice_slug",
    "stage_name",
    "stage_kind",
    "submitted_on",
    "stage_since",
    "url",
    *OUTCOME_COLUMNS,
]


def innovation_rows(page_url, *, sluice_id=None, organisation_id=None) -> Iterator[list]:
    """Every innovation with its outcomes counted by kind, in batches by id.

    `page_url(idea)` gives the absolute address of the idea's page."""
    ideas = queries.innovations(sluice_id=sluice_id, organisation_id=organisation_id)
    last = 0
    while True:
        batch = list(ideas.filter(pk__gt=last).order_by("pk")[:BATCH])
        counts = queries.outcome_counts([idea.pk for idea in batch])
        for idea in batch:
            by_kind = counts.get(idea.pk) or dict.fromkeys(queries.OUTCOME_KINDS, 0)
            yield [
                idea.pk,
                idea.title,
                idea.problem,
                idea.solution,
                idea.beneficiaries,
                idea.category.name if idea.category else "",
                idea.organisation.name,
                idea.organisation.code,
                idea.organisation.kind,
                idea.unit.name if idea.unit else "",
                idea.sluice.name,
                idea.sluice.slug,
                idea.stage.name,
                idea.stage.kind,
                timezone.localdate(idea.created_at).isoformat(),
                timezone.localdate(idea.stage_entered_at).isoformat(),
                page_url(idea),
                *(by_kind[kind] for kind in queries.OUTCOME_KINDS),
            ]
        if len(batch) < BATCH:
            return
        last = batch[-1].pk
