"""Counting in one place: every figure a dashboard, the summary API, the yearly report and the
open statistics show is computed here, from a queryset of the ideas the caller may count and a
period [start, end] of dates, both days included.

The rules (docs/architecture.md, "Counting"):

- An idea counts in the period it was *received* (`Idea.created_at`, the day in Sweden).
- Its stage is its *current* stage. Stages are grouped by kind and name, ordered by position:
  for one sluice that is its pipeline; across sluices, stages of the same kind and name
  (every sluice's "Inkommen") are one row.
- An outcome counts in the period of its own date (`Outcome.date`), whenever the idea came in.
- Every figure is aggregated in the database (GROUP BY); Python only merges the few groups.

How ideas move and what they return (the funnel, time in stage, first response, benefits) are
computed in insights.progress, the period in insights.period; all are reached through here.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, DateField, F, Sum, Window
from django.db.models.functions import TruncMonth

from idesluss.outcomes.models import Outcome

from .period import bounds, local_zone, months_of, of_ideas, received
from .progress import (
    STAYS_LIMIT,
    first_response,
    funnel,
    percentile,
    realised_benefits,
    time_in_stage,
)
from .stage_groups import StageGroup, groups_with
from .totals import Counted, counted, totals_of
from .totals_models import CategoryTotal, Span, StageTotal, UnitTotal

OUTCOME_KINDS = tuple(Outcome.Kind.values)

# What the rest of the project reaches through here.
__all__ = [
    "STAYS_LIMIT",
    "Counted",
    "bounds",
    "by_stage",
    "first_response",
    "funnel",
    "ideas_received",
    "local_zone",
    "outcomes_by_kind",
    "per_category",
    "per_month",
    "per_organisation",
    "per_unit",
    "percentile",
    "realised_benefits",
    "summary",
    "time_in_stage",
]


def summary(ideas, *, start: date, end: date, stages=None) -> dict:
    """{"ideas": received in the period, "by_stage": {stage name: of those, how many are in it
    now}, "outcomes": {kind: outcomes dated in the period}} – every kind present, 0 or more.

    `ideas` here and below: a queryset of ideas, or insights.totals.Counted, which lets the
    running totals count them (every idea, a sluice, an organisation, a county).

    `stages` (optional): stages to list even with no idea, e.g. a sluice's whole pipeline."""
    groups = by_stage(ideas, start=start, end=end, stages=stages)
    named: dict[str, int] = {}
    for group in groups:
        named[group.name] = named.get(group.name, 0) + group.count
    return {
        "ideas": sum(group.count for group in groups),
        "by_stage": named,
        "outcomes": outcomes_by_kind(ideas, start=start, end=end),
    }


# --- Ideas ------------------------------------------------------------------------------------


def ideas_received(ideas, *, start: date, end: date) -> int:
    ideas = counted(ideas)
    totals = totals_of(ideas, StageTotal, start=start, end=end)
    if totals is not None:
        return totals.aggregate(count=Sum("ideas"))["count"] or 0
    return _received(ideas, start, end).count()


def _received(ideas: Counted, start: date, end: date):
    return received(ideas.ideas, start=start, end=end)


def by_stage(ideas, *, start: date, end: date, stages=None) -> list[StageGroup]:
    """Ideas received in the period by the stage they are in now."""
    ideas = counted(ideas)
    totals = totals_of(ideas, StageTotal, start=start, end=end)
    if totals is not None:
        rows = totals.values("stage_id").annotate(count=Sum("ideas"))
    else:
        rows = (
            _received(ideas, start, end).order_by().values("stage_id").annotate(count=Count("pk"))
        )
    return groups_with({row["stage_id"]: row["count"] for row in rows if row["count"]}, stages)


def per_month(ideas, *, start: date, end: date) -> list[tuple[date, int]]:
    """Ideas received in each month of the period (months without ideas as 0)."""
    ideas = counted(ideas)
    totals = totals_of(ideas, StageTotal, start=start, end=end, largest=Span.MONTH)
    found: dict[date, int] = {}
    if totals is not None:
        # Whole months and the days of the months cut by the period's ends.
        for row in totals.values("start").annotate(count=Sum("ideas")):
            month = row["start"].replace(day=1)
            found[month] = found.get(month, 0) + row["count"]
    else:
        rows = (
            _received(ideas, start, end)
            .annotate(month=TruncMonth("created_at", output_field=DateField(), tzinfo=local_zone()))
            .order_by()
            .values("month")
            .annotate(count=Count("pk"))
        )
        found = {row["month"]: row["count"] for row in rows}
    return [(month, found.get(month, 0)) for month in months_of(start, end)]


@dataclass
class GroupCount:
    key: object
    label: str
    count: int
    within: str = ""  # the organisation a unit belongs to


def _per(ideas, start, end, model, key: str, label: str, within=None, *, limit=None):
    """Ideas received in the period per `key`, most first: the top `limit` (all without one)
    and how many groups there are, in one query (COUNT(*) OVER () counts the groups). Ideas
    without one (no unit, no category) are a group too. From the running total `model` where it
    can count the ideas."""
    fields = [key, label] + ([within] if within else [])
    ideas = counted(ideas)
    totals = totals_of(ideas, model, start=start, end=end)
    if totals is not None:
        grouped = totals.values(*fields).annotate(count=Sum("ideas")).filter(count__gt=0)
    else:
        grouped = (
            _received(ideas, start, end).order_by().values(*fields).annotate(count=Count("pk"))
        )
    rows = grouped.annotate(groups=Window(Count("*"))).order_by(
        "-count", F(label).asc(nulls_last=True), F(key).asc(nulls_last=True)
    )
    found, total = [], 0
    for row in rows[:limit] if limit is not None else rows:
        found.append(
            GroupCount(
                row[key], row[label] or "", row["count"], row[within] or "" if within else ""
            )
        )
        total = row["groups"]
    return found, total


def per_organisation(ideas, *, start: date, end: date, limit: int | None = None):
    return _per(ideas, start, end, StageTotal, "organisation_id", "organisation__name", limit=limit)


def per_unit(ideas, *, start: date, end: date, limit: int | None = None):
    """Per unit (förvaltning, enhet), with the organisation it belongs to."""
    return _per(
        ideas,
        start,
        end,
        UnitTotal,
        "unit_id",
        "unit__name",
        "unit__organisation__name",
        limit=limit,
    )


def per_category(ideas, *, start: date, end: date, limit: int | None = None):
    """Per category name: categories belong to sluices, so across sluices a name is one row."""
    return _per(ideas, start, end, CategoryTotal, "category__name", "category__name", limit=limit)


# --- Outcomes ---------------------------------------------------------------------------------


def outcomes_by_kind(ideas, *, start: date, end: date) -> dict[str, int]:
    """Outcomes dated in the period, of any of the ideas, by kind: all eight kinds, 0 or more."""
    rows = (
        Outcome.objects.filter(of_ideas(counted(ideas).ideas), date__range=(start, end))
        .order_by()
        .values("kind")
        .annotate(count=Count("pk"))
    )
    found = {row["kind"]: row["count"] for row in rows}
    return {kind: found.get(kind, 0) for kind in OUTCOME_KINDS}
