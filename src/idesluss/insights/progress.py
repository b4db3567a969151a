"""How ideas move and what they return: the funnel, time in each stage, the first response
and realised benefits. The counting rules are in insights.counting's docstring."""

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db.models import (
    Case,
    Count,
    DecimalField,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.utils import timezone

from idesluss.ideas.models import Decision
from idesluss.organisations.models import Sluice, Stage
from idesluss.outcomes.models import Benefit, BenefitMeasurement

from .period import bounds, of_ideas, received
from .recount import stays_of
from .sql import SECONDS_PER_DAY, seconds_between
from .stage_groups import groups_with
from .totals import Counted, counted, totals_of
from .totals_models import ReachedTotal, ResponseTotal, StageTotal, Stay

# The stages a funnel follows: the pipeline, then the two outcomes that mean success.
FUNNEL_KINDS = (Stage.Kind.ACTIVE, Stage.Kind.IMPLEMENTED, Stage.Kind.SPREAD)
# Time in stage is taken over at most this many stays, the most recent (see time_in_stage).
STAYS_LIMIT = 5000


@dataclass
class FunnelStep:
    name: str
    kind: str
    reached: int
    conversion: float | None  # share of the previous step's ideas; None for the first


def funnel(ideas, *, start: date, end: date, stages) -> list[FunnelStep]:
    """Of the ideas received in the period, how many ever reached each stage of the pipeline and
    its successful outcomes (a decision into it; every idea starts in its sluice's first stage),
    and the conversion from one step to the next."""
    stages = [stage for stage in stages if stage.kind in FUNNEL_KINDS]
    ideas = counted(ideas)
    cohort = received(ideas.ideas, start=start, end=end)
    totals = totals_of(ideas, ReachedTotal, start=start, end=end)
    if totals is not None:
        rows = (
            totals.filter(stage_id__in=[s.pk for s in stages])
            .values("stage_id")
            .annotate(count=Sum("ideas"))
            .values_list("stage_id", "count")
        )
    else:
        rows = (
            Decision.objects.filter(
                idea__in=cohort.order_by().values("pk"), to_stage_id__in=[s.pk for s in stages]
            )
            .order_by()
            .values("to_stage_id")
            .annotate(count=Count("idea_id", distinct=True))
            .values_list("to_stage_id", "count")
        )
    reached = {stage_id: count for stage_id, count in rows if count}
    # Every idea came in at its sluice's first active stage: count the cohort per sluice there.
    firsts = {}
    for stage in sorted(stages, key=lambda s: (s.position, s.pk)):
        if stage.kind == Stage.Kind.ACTIVE:
            firsts.setdefault(stage.sluice_id, stage.pk)
    per_sluice = totals_of(ideas, StageTotal, start=start, end=end)
    if per_sluice is not None:
        per_sluice = per_sluice.values("sluice_id").annotate(count=Sum("ideas"))
    else:
        per_sluice = cohort.order_by().values("sluice_id").annotate(count=Count("pk"))
    for row in per_sluice:
        first = firsts.get(row["sluice_id"])
        if first is not None:
            reached[first] = row["count"]
    steps, previous = [], None
    for group in groups_with(reached, stages):
        conversion = None
        if previous is not None:
            conversion = group.count / previous if previous else None
        steps.append(FunnelStep(group.name, group.kind, group.count, conversion))
        previous = group.count
    return steps


@dataclass
class StageTime:
    name: str
    kind: str
    stays: int
    median_days: float | None
    p90_days: float | None


def time_in_stage(ideas, *, start: date, end: date, stages=None) -> list[StageTime]:
    """Median and 90th percentile of the days ideas spent in each stage, over the stays that
    ended in the period (a decision moved the idea on) – the STAYS_LIMIT most recent of them. A
    stay starts at the decision that moved the idea in, or at submission for the first stage.

    The database gives each stay's stage and whole days (the same integer arithmetic on SQLite
    and PostgreSQL), at most STAYS_LIMIT rows; Python makes a histogram of them and takes the
    percentiles, exact to the day."""
    since, until = bounds(start, end)
    ideas = counted(ideas)
    # Bounded: the most recent stays, each as (stage, whole days), so that a year of a large
    # network costs what a sluice's does; below the bound (most sluices' years) every stay counts.
    # The stays are kept beside the decisions (insights.totals) with the idea's sluice and
    # organisation, so that a sluice's are one index walk.
    if ideas.totals is not None:
        stays = (
            Stay.objects.filter(ideas.totals, ended_at__gte=since, ended_at__lt=until)
            .order_by("-ended_at", "-decision_id")
            .values_list("stage_id", "days")[:STAYS_LIMIT]
        )
    else:
        stays = (
            stays_of(Decision.objects.filter(of_ideas(ideas.ideas)))
            .filter(created_at__gte=since, created_at__lt=until)
            .order_by("-created_at", "-pk")
            .values_list("s_stage", "s_days")[:STAYS_LIMIT]
        )
    histograms: dict[int, dict[int, int]] = defaultdict(dict)
    for stage_id, days in stays:
        histogram = histograms[stage_id]
        histogram[days] = histogram.get(days, 0) + 1
    # groups_with also fetches the stages of stays that `stages` does not list.
    stay_counts = {pk: sum(histogram.values()) for pk, histogram in histograms.items()}
    found = []
    for group in groups_with(stay_counts, stages):
        if not group.count and group.is_final:
            continue  # an outcome state nobody leaves: no row
        merged: dict[int, int] = {}
        for pk in group.stage_ids:
            for days, count in histograms.get(pk, {}).items():
                merged[days] = merged.get(days, 0) + count
        found.append(
            StageTime(
                group.name,
                group.kind,
                group.count,
                percentile(merged, 0.5),
                percentile(merged, 0.9),
            )
        )
    return found


def percentile(histogram: dict[int, int], fraction: float) -> float | None:
    """The `fraction` percentile of values given as {value: how many}, interpolated linearly
    between the two nearest values (as statistics.quantiles(method="inclusive") does)."""
    total = sum(histogram.values())
    if not total:
        return None
    position = (total - 1) * fraction
    lower_rank, upper_rank = math.floor(position), math.ceil(position)
    lower = upper = None
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if lower is None and seen > lower_rank:
            lower = value
        if seen > upper_rank:
            upper = value
            break
    return lower + (upper - lower) * (position - lower_rank)


# --- First response -----------------------------------------------------------------------------


@dataclass
class FirstResponse:
    in_time: int  # answered within the sluice's first-response time
    late: int  # answered after it, or not yet answered and past it
    waiting: int  # not yet answered, still within it: not judged yet

    @property
    def judged(self) -> int:
        return self.in_time + self.late

    @property
    def share(self) -> float | None:
        return self.in_time / self.judged if self.judged else None


def first_response(ideas, *, start: date, end: date, now: datetime | None = None):
    """Of the ideas received in the period, how many had their first answer within their
    sluice's first-response time (`Idea.first_response_at` against `created_at` + days)."""
    now = now or timezone.now()
    ideas = counted(ideas)
    totals = totals_of(ideas, ResponseTotal, start=start, end=end)
    if totals is not None:
        return _first_response_counted(ideas, totals, start=start, end=end, now=now)
    allowed = F("sluice__first_response_days") * Value(SECONDS_PER_DAY)
    answered = Q(first_response_at__isnull=False)
    in_time = answered & Q(response_seconds__lte=allowed)
    unanswered = Q(first_response_at__isnull=True)
    waiting = unanswered & Q(waited_seconds__lte=allowed)
    counts = (
        received(ideas.ideas, start=start, end=end)
        .annotate(
            response_seconds=seconds_between(F("first_response_at"), F("created_at")),
            waited_seconds=seconds_between(Value(now), F("created_at")),
        )
        .aggregate(
            total=Count("pk"),
            in_time=Count("pk", filter=in_time),
            waiting=Count("pk", filter=waiting),
        )
    )
    return FirstResponse(
        in_time=counts["in_time"],
        late=counts["total"] - counts["in_time"] - counts["waiting"],
        waiting=counts["waiting"],
    )


def _waiting(ideas, *, start: date, end: date, now: datetime) -> int:
    """Unanswered ideas received in the period and not yet due: only the last few weeks' ideas
    can be, so the creation index finds them among the most recent."""
    longest = Sluice.objects.aggregate(days=Max("first_response_days"))["days"] or 0
    allowed = F("sluice__first_response_days") * Value(SECONDS_PER_DAY)
    return (
        received(ideas, start=start, end=end)
        .filter(
            first_response_at__isnull=True,
            created_at__gte=now - timedelta(days=longest, seconds=1),
        )
        .annotate(waited_seconds=seconds_between(Value(now), F("created_at")))
        .filter(waited_seconds__lte=allowed)
        .count()
    )


def _first_response_counted(ideas: Counted, totals, *, start, end, now) -> FirstResponse:
    """first_response from the running totals: answered within the sluice's days is a total
    (days rounded up, at most the setting); those still waiting depend on the hour, and are
    counted among the most recent ideas."""
    counts = totals.aggregate(
        total=Sum("ideas"),
        in_time=Sum("ideas", filter=Q(answered_days__lte=F("sluice__first_response_days"))),
    )
    in_time = counts["in_time"] or 0
    waiting = _waiting(ideas.ideas, start=start, end=end, now=now)
    return FirstResponse(
        in_time=in_time, late=(counts["total"] or 0) - in_time - waiting, waiting=waiting
    )


# --- Benefits -------------------------------------------------------------------------------------


@dataclass
class RealisedBenefit:
    unit_name: str  # the idea's unit (förvaltning) or organisation
    measure: str  # hours, SEK, kg CO₂e or a unit the sluice named
    benefits: int
    realised: Decimal
    targeted: Decimal


def realised_benefits(ideas, *, start: date, end: date) -> list[RealisedBenefit]:
    """Benefits measured in the period, summed per unit of the organisation and per measure:
    realised is the latest measurement in the period against the baseline, counted in the
    direction of the target (a time that should fall and fell by 30 is +30)."""
    latest = (
        BenefitMeasurement.objects.filter(
            benefit_id=OuterRef("pk"), measured_on__range=(start, end)
        )
        .order_by("-measured_on", "-pk")
        .values("value")[:1]
    )
    money = DecimalField(max_digits=20, decimal_places=2)
    rows = (
        Benefit.objects.filter(of_ideas(counted(ideas).ideas))
        .annotate(latest=Subquery(latest, output_field=money))
        .filter(latest__isnull=False)
        .annotate(
            realised=Case(
                When(target__lt=F("baseline"), then=F("baseline") - F("latest")),
                default=F("latest") - F("baseline"),
                output_field=money,
            ),
            targeted=Case(
                When(target__lt=F("baseline"), then=F("baseline") - F("target")),
                default=F("target") - F("baseline"),
                output_field=money,
            ),
        )
        .order_by()
        .values("idea__unit__name", "idea__organisation__name", "unit", "custom_unit")
        .annotate(
            benefits=Count("pk"),
            realised_sum=Sum("realised", output_field=money),
            targeted_sum=Sum("targeted", output_field=money),
        )
    )
    labels = dict(Benefit.Unit.choices)
    found = [
        RealisedBenefit(
            unit_name=row["idea__unit__name"] or row["idea__organisation__name"],
            measure=row["custom_unit"]
            if row["unit"] == Benefit.Unit.CUSTOM
            else labels[row["unit"]],
            benefits=row["benefits"],
            realised=row["realised_sum"] or Decimal(0),
            targeted=row["targeted_sum"] or Decimal(0),
        )
        for row in rows
    ]
    found.sort(key=lambda r: (str(r.measure), r.unit_name))
    return found
