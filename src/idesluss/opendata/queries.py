"""What the open data publishes, read with care: no personal data, a fixed number of queries.

Two data sets (docs/architecture.md, "Open data"):

- *innovations*: ideas whose sluice made them public (visibility public) and that are
  implemented or spread, with their outcomes, organisation and sluice; never a person's name.
- *statistics*: per public-sector organisation and calendar year (Europe/Stockholm), the ideas
  received, how many of those are now implemented or spread, and the outcomes dated that year by
  kind. Aggregates count every idea whatever its visibility: a number names nobody.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Sum
from django.db.models.functions import ExtractYear

from idesluss.core.pagination import decode_cursor, encode_cursor
from idesluss.ideas.models import Idea, Visibility
from idesluss.insights.counting import bounds
from idesluss.insights.models import Span, StageTotal
from idesluss.organisations.models import Organisation, Stage
from idesluss.outcomes.models import Outcome
from idesluss.outcomes.validators import is_legal_person

OUTCOME_KINDS = tuple(Outcome.Kind.values)
# Statistics are published for public-sector bodies only: a company or an association may be a
# handful of people, and its counts are its own business (docs/architecture.md).
PUBLIC_SECTOR = (
    Organisation.Kind.MUNICIPALITY,
    Organisation.Kind.REGION,
    Organisation.Kind.FEDERATION,
)


def done_stages(sluice_id: int | None = None) -> list[int]:
    """The ids of every implemented or spread stage (of one sluice): a few dozen.

    Read first, so that the ideas are filtered on their own stage_id instead of a join on every
    idea. Only stage ids: a `sluice_id IN (every sluice)` beside them made PostgreSQL read the
    sluice index whole (40 ms at a million ideas) to learn nothing."""
    stages = Stage.objects.filter(kind__in=Stage.DONE_KINDS)
    if sluice_id is not None:
        stages = stages.filter(sluice_id=sluice_id)
    return list(stages.order_by().values_list("pk", flat=True))


def innovations(*, sluice_id: int | None = None, organisation_id: int | None = None):
    """Public ideas that are implemented or spread, with what a row of the data set shows."""
    ideas = Idea.objects.filter(visibility=Visibility.PUBLIC, stage_id__in=done_stages(sluice_id))
    if organisation_id is not None:
        ideas = ideas.filter(organisation_id=organisation_id)
    return ideas.select_related("sluice", "stage", "organisation", "unit", "category")


@dataclass
class InnovationPage:
    ideas: list
    count: int
    next_cursor: str | None


def innovation_page(innovations_found, cursor, *, per_page: int) -> InnovationPage:
    """One page of innovations, newest first, after `cursor` (created_at, id), with the count.

    The keys (created_at, id) of every innovation are read and ordered here, then one page of
    ideas is fetched by id. Walking the ideas' creation index backwards instead, as the idea
    list does, reads ~200,000 recent ideas at national scale before it meets 51 that are public
    and implemented: recent ideas are rarely implemented yet. The innovations are a small part of
    the ideas (some 11,000 of a million), so their keys cost less than that walk."""
    keys = sorted(innovations_found.order_by().values_list("created_at", "pk"), reverse=True)
    total = len(keys)
    position = decode_cursor(cursor)
    if position is not None:
        keys = [key for key in keys if key < position]
    shown = keys[:per_page]
    by_id = with_outcomes(innovations_found).in_bulk([pk for _, pk in shown])
    following = encode_cursor(*shown[-1]) if len(keys) > per_page else None
    return InnovationPage(
        [by_id[pk] for _, pk in shown if pk in by_id],
        count=total,
        next_cursor=following,
    )


def with_outcomes(ideas):
    """The ideas with their outcomes, oldest first: one query for a whole page."""
    return ideas.prefetch_related(
        Prefetch("outcomes", queryset=Outcome.objects.order_by("date", "id"))
    )


def outcome_counts(idea_ids) -> dict[int, dict[str, int]]:
    """{idea id: {kind: count}} for the ideas given, in one query."""
    counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOME_KINDS, 0))
    rows = (
        Outcome.objects.filter(idea_id__in=idea_ids)
        .order_by()
        .values_list("idea_id", "kind")
        .annotate(total=Count("pk"))
    )
    for idea_id, kind, total in rows:
        counts[idea_id][kind] = total
    return counts


def legal_person_number(number: str) -> str:
    """An organisationsnummer only when it belongs to a legal person (third digit 2 or more): a
    sole trader's number is their personnummer, personal data, and is left out."""
    return number if is_legal_person(number.replace("-", "")) else ""


# --- Statistics -------------------------------------------------------------------------------


@dataclass
class YearFigures:
    """One row of the statistics: an organisation's figures for one calendar year."""

    organisation: Organisation
    year: int
    ideas_received: int = 0
    ideas_implemented: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOME_KINDS, 0))


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The calendar year as timestamps, Swedish time, as insights.counting counts a period."""
    return bounds(date(year, 1, 1), date(year, 12, 31))


def statistics_organisations(
    *, after: int | None = None, limit: int | None = None, organisation_id=None, year=None
) -> list[Organisation]:
    """Public-sector organisations with figures to publish, by id, after the id `after`.

    With `limit`, at most limit + 1 of them, so that the caller knows whether a page follows."""
    ideas = Idea.objects.filter(organisation=OuterRef("pk"))
    outcomes = Outcome.objects.filter(idea__organisation=OuterRef("pk"))
    if year is not None:
        since, until = year_bounds(year)
        ideas = ideas.filter(created_at__gte=since, created_at__lt=until)
        outcomes = outcomes.filter(date__gte=date(year, 1, 1), date__lt=date(year + 1, 1, 1))
        having = Q(Exists(ideas)) | Q(Exists(outcomes))
    else:
        having = Q(Exists(ideas))  # an outcome always belongs to an idea of the organisation
    organisations = Organisation.objects.filter(having, kind__in=PUBLIC_SECTOR)
    if organisation_id is not None:
        organisations = organisations.filter(pk=organisation_id)
    if after is not None:
        organisations = organisations.filter(pk__gt=after)
    organisations = organisations.order_by("pk")
    if limit is not None:
        organisations = organisations[: limit + 1]
    return list(organisations)


@dataclass
class StatisticsPage:
    """The figures of up to `limit` organisations, and the id to go on after (None: the last)."""

    figures: list[YearFigures]
    next_after: int | None


def statistics_page(
    after: int | None,
    limit: int,
    *,
    organisation_id=None,
    year: int | None = None,
    stages: list[int] | None = None,
) -> StatisticsPage:
    """One page of the statistics, for the endpoint and (batch by batch) the CSV; `stages`,
    where given, spares statistics_of reading them again for every page."""
    found = statistics_organisations(
        after=after, limit=limit, organisation_id=organisation_id, year=year
    )
    shown = found[:limit]
    following = shown[-1].pk if len(found) > limit else None
    figures = statistics_of(shown, year=year, stages=stages)
    return StatisticsPage(figures, following)


def statistics_of(
    organisations,
    *,
    year: int | None = None,
    stages: list[int] | None = None,
) -> list[YearFigures]:
    """The figures of these organisations per calendar year, oldest year first, in a fixed number
    of queries however many organisations and ideas: the done stages, the ideas received per
    organisation, Swedish calendar year and current stage from the running totals' year rows
    (insights.totals_models.StageTotal), the outcomes grouped by organisation, year and kind."""
    by_id = {organisation.pk: organisation for organisation in organisations}
    if not by_id:
        return []
    if stages is None:
        stages = done_stages()
    # The running totals' calendar years (insights.totals): a few rows per organisation.
    totals = StageTotal.objects.filter(span=Span.YEAR, organisation_id__in=by_id)
    outcomes = Outcome.objects.filter(idea__organisation_id__in=by_id)
    if year is not None:
        totals = totals.filter(start=date(year, 1, 1))
        outcomes = outcomes.filter(date__gte=date(year, 1, 1), date__lt=date(year + 1, 1, 1))
    rows: dict[tuple[int, int], YearFigures] = {}

    def row(organisation_id: int, in_year: int) -> YearFigures:
        key = (organisation_id, in_year)
        if key not in rows:
            rows[key] = YearFigures(by_id[organisation_id], in_year)
        return rows[key]

    done = set(stages)
    counted = (
        totals.order_by()
        .values_list("organisation_id", "start", "stage_id")
        .annotate(total=Sum("ideas"))
    )
    for organisation_id, start, stage_id, total in counted:
        if total:
            figures = row(organisation_id, start.year)
            figures.ideas_received += total
            if stage_id in done:
                figures.ideas_implemented += total
    produced = (
        outcomes.order_by()
        .annotate(year=ExtractYear("date"))
        .values_list("idea__organisation_id", "year", "kind")
        .annotate(total=Count("pk"))
    )
    for organisation_id, in_year, kind, total in produced:
        row(organisation_id, in_year).outcomes[kind] = total
    return sorted(rows.values(), key=lambda figures: (figures.organisation.pk, figures.year))
