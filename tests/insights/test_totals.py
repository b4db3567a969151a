"""The running totals give exactly what counting the ideas gives, after every kind of write: a
submission, a coach taking an idea, a visible comment, decisions (forward, back and into the same
stage again), a merge, a deleted idea, category or unit, a mix of them – and `idesluss recount`
rebuilds exactly what the services kept."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.db.models import Q, Sum
from django.utils import timezone

from idesluss.ideas import services
from idesluss.ideas.models import Idea
from idesluss.insights import counting
from idesluss.insights.models import (
    CategoryTotal,
    ReachedTotal,
    ResponseTotal,
    Span,
    StageTotal,
    Stay,
    UnitTotal,
)
from idesluss.insights.period import local_zone
from idesluss.insights.totals import Counted, pieces
from idesluss.organisations.models import Category, Stage, Unit

pytestmark = pytest.mark.django_db

TOTALS = (StageTotal, UnitTotal, CategoryTotal, ResponseTotal, ReachedTotal)
KEYS = {
    StageTotal: "stage_id",
    UnitTotal: "unit_id",
    CategoryTotal: "category_id",
    ResponseTotal: "answered_days",
    ReachedTotal: "stage_id",
}


def _pipeline(world):
    return list(world.sluice.stages.order_by("position", "pk"))


def _periods():
    today = timezone.localdate()
    return [
        (today - timedelta(days=400), today),  # years, months and days
        (today.replace(day=1), today),
        (today, today),
        (date(today.year, 1, 1), date(today.year, 12, 31)),
    ]


def _scopes(world):
    """Each way a dashboard counts: as the totals (Counted) and as plain ideas (counted live)."""
    return [
        (Counted(Idea.objects.all(), Q()), Idea.objects.all()),
        (
            Counted(Idea.objects.filter(sluice=world.sluice), Q(sluice_id=world.sluice.pk)),
            Idea.objects.filter(sluice=world.sluice),
        ),
        (
            Counted(
                Idea.objects.filter(organisation=world.lidkoping),
                Q(organisation_id=world.lidkoping.pk),
            ),
            Idea.objects.filter(organisation=world.lidkoping),
        ),
        (
            Counted(
                Idea.objects.filter(organisation__county_code="14"),
                Q(organisation__county_code="14"),
            ),
            Idea.objects.filter(organisation__county_code="14"),
        ),
    ]


def _figures(ideas, stages, start, end, now):
    period = {"start": start, "end": end}
    return {
        "received": counting.ideas_received(ideas, **period),
        "by_stage": [(g.name, g.count) for g in counting.by_stage(ideas, stages=stages, **period)],
        "per_month": counting.per_month(ideas, **period),
        "funnel": counting.funnel(ideas, stages=stages, **period),
        "first_response": counting.first_response(ideas, now=now, **period),
        "time_in_stage": counting.time_in_stage(ideas, stages=stages, **period),
        "organisations": counting.per_organisation(ideas, **period),
        "units": counting.per_unit(ideas, **period),
        "categories": counting.per_category(ideas, **period),
    }


def _kept():
    """Every total's sums per key (rows with nothing left are no figure)."""
    kept = {}
    for model in TOTALS:
        fields = ["span", "start", "sluice_id", "organisation_id", KEYS[model]]
        rows = model.objects.values(*fields).annotate(n=Sum("ideas")).order_by(*fields)
        found = [(tuple(row[f] for f in fields), row["n"]) for row in rows if row["n"]]
        kept[model.__name__] = sorted(found, key=repr)
    kept["stays"] = sorted(Stay.objects.values_list("decision_id", "stage_id", "days", "ended_at"))
    return kept


def assert_exact(world):
    """The totals count what the ideas count, in every scope and period; and recounting them
    from the rows gives the same totals."""
    now = timezone.now()
    stages = _pipeline(world) + list(Stage.objects.exclude(sluice=world.sluice))
    for start, end in _periods():
        for kept, live in _scopes(world):
            assert _figures(kept, stages, start, end, now) == _figures(
                live, stages, start, end, now
            ), (start, end, live.query.where)
    before = _kept()
    call_command("recount", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert _kept() == before


def _at(days_ago: int, hour: int = 12) -> datetime:
    day = timezone.localdate() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour), tzinfo=local_zone())


def _submit(world, *, days_ago=0, hour=12, unit=None, category=None, organisation=None):
    idea = services.submit_idea(
        world.submitter if organisation is None else world.decision_maker,
        sluice=world.sluice,
        title="",
        problem="Vi behöver ett bättre sätt att boka hjälpmedel.",
        unit=unit,
        category=category,
        organisation=organisation,
    )
    # Received on another day: moved back as a bulk load would write it, then recounted. The
    # writes after this are what the test proves.
    Idea.objects.filter(pk=idea.pk).update(created_at=_at(days_ago, hour))
    idea.refresh_from_db()
    return idea


@pytest.fixture
def spread(world):
    """Ideas received today, last month, over a year ago and at midnight in Sweden, in both
    organisations, with and without units and categories; recounted once."""
    unit = Unit.objects.create(organisation=world.skovde, name="Hemtjänsten")
    category = Category.objects.create(sluice=world.sluice, name="Digitalisering")
    ideas = [
        _submit(world, days_ago=0, unit=unit, category=category),
        _submit(world, days_ago=35),
        _submit(world, days_ago=380, category=category),
        _submit(world, days_ago=1, hour=0, unit=unit),  # 00:xx in Sweden: yesterday in UTC
        _submit(world, days_ago=3, organisation=world.lidkoping),
    ]
    call_command("recount", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return ideas, unit, category


def test_a_submission_is_counted(world, spread):
    unit, category = spread[1], spread[2]
    _submit(world, unit=unit, category=category)
    assert_exact(world)


def test_taking_an_idea_and_commenting_count_the_first_answer(world, spread):
    ideas = spread[0]
    services.take_idea(world.coach, ideas[1])
    services.add_comment(world.coach, ideas[2], body="Tack, vi tittar på den.")
    assert_exact(world)


def test_decisions_move_the_stage_reached_and_the_stays(world, spread):
    ideas = spread[0]
    stages = _pipeline(world)
    received, assessment, exploring = stages[0], stages[1], stages[2]
    services.decide(world.coach, ideas[0], to_stage=assessment, rationale="Vidare.")
    services.decide(world.coach, ideas[0], to_stage=exploring, rationale="Vidare igen.")
    services.decide(world.coach, ideas[0], to_stage=assessment, rationale="Tillbaka.")  # again
    services.decide(world.coach, ideas[3], to_stage=assessment, rationale="Vidare.")
    services.decide(world.coach, ideas[4], to_stage=assessment, rationale="Vidare.")
    services.decide(world.coach, ideas[4], to_stage=received, rationale="Tillbaka.")
    assert_exact(world)


def test_a_merge_is_counted(world, spread):
    ideas = spread[0]
    services.merge(world.coach, ideas[1], into=ideas[0])
    assert_exact(world)


def test_a_deleted_idea_leaves_the_totals(world, spread):
    ideas = spread[0]
    services.decide(world.coach, ideas[2], to_stage=_pipeline(world)[1], rationale="Vidare.")
    services.take_idea(world.coach, ideas[2])
    ideas[2].delete()
    Idea.objects.filter(pk=ideas[3].pk).delete()
    assert_exact(world)


def test_a_deleted_category_or_unit_counts_as_none(world, spread):
    _ideas, unit, category = spread
    category.delete()
    unit.delete()
    assert_exact(world)


def test_a_mix_of_writes_stays_exact(world, spread):
    ideas, unit, category = spread
    stages = _pipeline(world)
    fresh = _submit(world, unit=unit)
    services.take_idea(world.coach, fresh)
    services.decide(world.coach, fresh, to_stage=stages[1], rationale="Vidare.")
    services.decide(world.decision_maker, fresh, to_stage=stages[3], rationale="Testa.")
    services.add_comment(world.coach, ideas[4], body="Vi återkommer.")
    services.merge(world.coach, ideas[0], into=fresh)
    services.decide(world.coach, ideas[1], to_stage=stages[1], rationale="Vidare.")
    ideas[1].delete()
    _submit(world, category=category, organisation=world.lidkoping)
    assert_exact(world)


def test_the_periods_are_whole_years_months_and_days():
    # 15 March 2024 to 2 February 2026: days, months, the year 2025, a month, days.
    assert pieces(date(2024, 3, 15), date(2026, 2, 2)) == [
        (Span.DAY, date(2024, 3, 15), date(2024, 3, 31)),
        (Span.MONTH, date(2024, 4, 1), date(2024, 12, 1)),
        (Span.YEAR, date(2025, 1, 1), date(2025, 1, 1)),
        (Span.MONTH, date(2026, 1, 1), date(2026, 1, 1)),
        (Span.DAY, date(2026, 2, 1), date(2026, 2, 2)),
    ]
    # A month's figures (per_month) never read a year.
    assert pieces(date(2025, 1, 1), date(2025, 12, 31), Span.MONTH) == [
        (Span.MONTH, date(2025, 1, 1), date(2025, 12, 1))
    ]
