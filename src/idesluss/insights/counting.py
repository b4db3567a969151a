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

from django.db.models import Count, DateField, F, Window
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

OUTCOME_KINDS = tuple(Outcome.Kind.values)

# What the rest of the project reaches through here.
__all__ = [
    "STAYS_LIMIT",
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
    return received(ideas, start=start, end=end).count()


def by_stage(ideas, *, start: date, end: date, stages=None) -> list[StageGroup]:
    """Ideas received in the period by the stage they are in now."""
    rows = (
        received(ideas, start=start, end=end)
        .order_by()
        .values("stage_id")
        .annotate(count=Count("pk"))
    )
    return groups_with({row["stage_id"]: row["count"] for row in rows}, stages)


def per_month(ideas, *, start: date, end: date) -> list[tuple[date, int]]:
    """Ideas received in each month of the period (months without ideas as 0)."""
    rows = (
        received(ideas, start=start, end=end)
        .annotate(month=TruncMonth("created_at", output_field=DateField(), tzinfo=local_zone()))
        .order_by()
        .values("month")
        .annotate(count=Count("pk"))
    )
    counted = {row["month"]: row["count"] for row in rows}
    return [(month, counted.get(month, 0)) for month in months_of(start, end)]


@dataclass
class GroupCount:
    key: object
    label: str
    count: int
    within: str = ""  # the organisation a unit belongs to


def _per(ideas, start, end, key: str, label: str, within: str | None = None, *, limit=None):
    """Ideas received in the period per `key`, most first: the top `limit` (all without one)
    and how many groups there are, in one query (COUNT(*) OVER () counts the groups). Ideas
    without one (no unit, no category) are a group too."""
    fields = [key, label] + ([within] if within else [])
    rows = (
        received(ideas, start=start, end=end)
        .order_by()
        .values(*fields)
        .annotate(count=Count("pk"), groups=Window(Count("*")))
        .order_by("-count", F(label).asc(nulls_last=True), F(key).asc(nulls_last=True))
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
    return _per(ideas, start, end, "organisation_id", "organisation__name", limit=limit)


def per_unit(ideas, *, start: date, end: date, limit: int | None = None):
    """Per unit (förvaltning, enhet), with the organisation it belongs to."""
    return _per(ideas, start, end, "unit_id", "unit__name", "unit__organisation__name", limit=limit)


def per_category(ideas, *, start: date, end: date, limit: int | None = None):
    """Per category name: categories belong to sluices, so across sluices a name is one row."""
    return _per(ideas, start, end, "category__name", "category__name", limit=limit)


# --- Outcomes ---------------------------------------------------------------------------------


def outcomes_by_kind(ideas, *, start: date, end: date) -> dict[str, int]:
    """Outcomes dated in the period, of any of the ideas, by kind: all eight kinds, 0 or more."""
    rows = (
        Outcome.objects.filter(of_ideas(ideas), date__range=(start, end))
        .order_by()
        .values("kind")
        .annotate(count=Count("pk"))
    )
    counted = {row["kind"]: row["count"] for row in rows}
    return {kind: counted.get(kind, 0) for kind in OUTCOME_KINDS}
