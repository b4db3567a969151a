"""The running totals (insights.totals_models): what a period of them is, which ideas they can
count, and how every write keeps them current, in its own transaction.

The writers: ideas.services (submit, take, comment, decide and merge) call count_idea,
count_answer and count_decision; an idea deleted in any way is taken out by a pre_delete receiver
(there is no service that deletes ideas: the admin and a shell are the only ways, and the
collector sends the signal before it deletes the decisions). `idesluss recount` (insights.recount)
rebuilds everything from the rows, and benchdata calls it after a bulk load.
"""

import math
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import F, Q, QuerySet
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone

from idesluss.ideas.models import Decision, Idea

from .period import local_zone
from .sql import SECONDS_PER_DAY
from .totals_models import (
    CategoryTotal,
    ReachedTotal,
    ResponseTotal,
    Span,
    StageTotal,
    Stay,
    UnitTotal,
)

# --- What is counted ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Counted:
    """The ideas a figure counts, twice: as a queryset of ideas, and as the same condition on the
    totals (on their sluice and organisation) – None where the totals cannot say (a unit or a
    category filter), and the figures are counted from the ideas instead."""

    ideas: QuerySet
    totals: Q | None


def counted(ideas) -> Counted:
    """A queryset of ideas as Counted: the totals serve it only when it is every idea."""
    if isinstance(ideas, Counted):
        return ideas
    return Counted(ideas, None if ideas.query.where else Q())


def spans(start: date, end: date, largest: int = Span.YEAR) -> Q:
    """The rows of the days from start to end, both included (see pieces)."""
    found = Q(pk__in=[])
    for span, first, last in pieces(start, end, largest):
        found |= Q(span=span, start__gte=first, start__lte=last)
    return found


def pieces(start: date, end: date, largest: int = Span.YEAR) -> list[tuple[int, date, date]]:
    """The days from start to end, both included, as whole years, whole months and single days
    (no span larger than `largest`): at most five runs (span, first start, last start)."""
    pieces: list[tuple[int, date, date]] = []
    day = start
    while day <= end:
        year_end = date(day.year, 12, 31)
        month_end = _next_month(day) - timedelta(days=1)
        if largest >= Span.YEAR and (day.month, day.day) == (1, 1) and year_end <= end:
            span, following = Span.YEAR, year_end + timedelta(days=1)
        elif largest >= Span.MONTH and day.day == 1 and month_end <= end:
            span, following = Span.MONTH, month_end + timedelta(days=1)
        else:
            span, following = Span.DAY, day + timedelta(days=1)
        if pieces and pieces[-1][0] == span:
            pieces[-1] = (span, pieces[-1][1], day)
        else:
            pieces.append((span, day, day))
        day = following
    return pieces


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def totals_of(ideas: Counted, model, *, start: date, end: date, largest: int = Span.YEAR):
    """The rows of a total that count the ideas received in the period, or None when the totals
    cannot count these ideas."""
    if ideas.totals is None:
        return None
    return model.objects.filter(ideas.totals, spans(start, end, largest)).order_by()


# --- Keys ---------------------------------------------------------------------------------------


def received_on(idea) -> date:
    """The Swedish day the idea was received."""
    return timezone.localtime(idea.created_at, local_zone()).date()


def answered_days(created_at, first_response_at) -> int | None:
    """Whole days, rounded up, from receiving to the first answer; None: not answered. Whole
    seconds of each timestamp first, as insights.sql.EpochSeconds takes them."""
    if first_response_at is None:
        return None
    seconds = math.floor(first_response_at.timestamp()) - math.floor(created_at.timestamp())
    return 0 if seconds <= 0 else -(-seconds // SECONDS_PER_DAY)


def _keys(idea, **key) -> list[dict]:
    """The three spans' keys of an idea: its day, month and year."""
    day = received_on(idea)
    base = {"sluice_id": idea.sluice_id, "organisation_id": idea.organisation_id, **key}
    return [
        {"span": Span.DAY, "start": day, **base},
        {"span": Span.MONTH, "start": day.replace(day=1), **base},
        {"span": Span.YEAR, "start": day.replace(month=1, day=1), **base},
    ]


def _apply(model, changes: list[tuple[dict, int]]) -> None:
    """Add each change's amount to its key's row (one row where several have the key), making
    the rows that are missing: one query to find them, one to change them, one to make them."""
    changes = [(key, amount) for key, amount in changes if amount]
    if not changes:
        return
    fields = list(changes[0][0])
    wanted = Q(pk__in=[])
    for key, _amount in changes:
        wanted |= Q(**key)
    found: dict[tuple, int] = {}
    for row in model.objects.filter(wanted).order_by("pk").values("pk", *fields):
        found.setdefault(tuple(row[name] for name in fields), row["pk"])
    by_amount: dict[int, list[int]] = {}
    missing = []
    for key, amount in changes:
        pk = found.get(tuple(key[name] for name in fields))
        if pk is None:
            missing.append(model(**key, ideas=amount))
        else:
            by_amount.setdefault(amount, []).append(pk)
    for amount, pks in by_amount.items():
        model.objects.filter(pk__in=pks).update(ideas=F("ideas") + amount)
    if missing:
        model.objects.bulk_create(missing)


def _idea_changes(idea, sign: int) -> dict:
    return {
        StageTotal: [(key, sign) for key in _keys(idea, stage_id=idea.stage_id)],
        UnitTotal: [(key, sign) for key in _keys(idea, unit_id=idea.unit_id)],
        CategoryTotal: [(key, sign) for key in _keys(idea, category_id=idea.category_id)],
        ResponseTotal: [
            (key, sign)
            for key in _keys(
                idea, answered_days=answered_days(idea.created_at, idea.first_response_at)
            )
        ],
    }


# --- Writers ------------------------------------------------------------------------------------


def count_idea(idea: Idea) -> None:
    """A new idea (submit): counted in its stage, unit, category and first answer."""
    for model, changes in _idea_changes(idea, +1).items():
        _apply(model, changes)


def count_answer(idea: Idea, *, before=None) -> None:
    """The idea got its first answer (`first_response_at` set; `before` its old value)."""
    was = answered_days(idea.created_at, before)
    now = answered_days(idea.created_at, idea.first_response_at)
    if was != now:
        _apply(
            ResponseTotal,
            [(key, -1) for key in _keys(idea, answered_days=was)]
            + [(key, +1) for key in _keys(idea, answered_days=now)],
        )


def count_decision(idea: Idea, decision: Decision, *, answered_before=None) -> None:
    """A decision moved the idea (already saved in its new stage): its stage, the stage it has
    now reached, its first answer if this was it, and the stay the decision ended."""
    _apply(
        StageTotal,
        [(key, -1) for key in _keys(idea, stage_id=decision.from_stage_id)]
        + [(key, +1) for key in _keys(idea, stage_id=decision.to_stage_id)],
    )
    earlier = (
        Decision.objects.filter(idea_id=idea.pk, to_stage_id=decision.to_stage_id)
        .exclude(pk=decision.pk)
        .exists()
    )
    if not earlier:
        _apply(ReachedTotal, [(key, +1) for key in _keys(idea, stage_id=decision.to_stage_id)])
    count_answer(idea, before=answered_before)
    if decision.from_stage_id is not None:
        from .recount import insert_stays  # the rebuild's own query, for one decision

        insert_stays(Decision.objects.filter(pk=decision.pk))


@receiver(pre_delete, sender=Idea, dispatch_uid="insights.totals.uncount_idea")
def uncount_idea(sender, instance: Idea, **kwargs) -> None:
    """An idea being deleted (its decisions and stays go with it): taken out of every total, as
    it is in the database (the instance deleted may be an old copy)."""
    instance = Idea.objects.filter(pk=instance.pk).first()
    if instance is None:
        return
    for model, changes in _idea_changes(instance, -1).items():
        _apply(model, changes)
    reached = (
        Decision.objects.filter(idea_id=instance.pk)
        .order_by()
        .values_list("to_stage_id", flat=True)
        .distinct()
    )
    _apply(
        ReachedTotal,
        [(key, -1) for stage_id in reached for key in _keys(instance, stage_id=stage_id)],
    )


__all__ = [
    "Counted",
    "Stay",
    "count_answer",
    "count_decision",
    "count_idea",
    "counted",
    "pieces",
    "spans",
    "totals_of",
    "uncount_idea",
]
