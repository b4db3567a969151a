"""The counting rules, one by one: which day counts, stages across sluices, the funnel, time in
stage, first response, benefits and the tables."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from statistics import quantiles
from zoneinfo import ZoneInfo

import pytest

from idesluss.ideas.models import Decision, Idea
from idesluss.insights import counting
from idesluss.organisations.models import Category, Stage, Unit
from idesluss.outcomes.models import Benefit, BenefitMeasurement, Outcome

from ..factories import IdeaFactory, SluiceFactory, stage

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
JANUARY = {"start": date(2025, 1, 1), "end": date(2025, 1, 31)}


def at(day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=STOCKHOLM)


def idea_at(world, when, **fields):
    fields.setdefault("organisation", world.skovde)
    fields.setdefault("submitter", world.submitter)
    return IdeaFactory(sluice=world.sluice, created_at=when, stage_entered_at=when, **fields)


def sluice_ideas(world):
    return Idea.objects.filter(sluice=world.sluice)


def test_an_idea_counts_on_the_swedish_day_it_came_in(world):
    idea_at(world, at(date(2025, 1, 1), 0, 30))  # 23:30 UTC on New Year's Eve
    idea_at(world, at(date(2025, 1, 31), 23, 59))  # 22:59 UTC: still January
    idea_at(world, at(date(2024, 12, 31), 23, 59))
    idea_at(world, at(date(2025, 2, 1), 0, 0))
    assert counting.ideas_received(sluice_ideas(world), **JANUARY) == 2
    months = counting.per_month(sluice_ideas(world), start=date(2024, 12, 1), end=date(2025, 2, 28))
    assert months == [(date(2024, 12, 1), 1), (date(2025, 1, 1), 2), (date(2025, 2, 1), 1)]


def test_months_without_ideas_are_zero_and_a_period_may_end_mid_month(world):
    months = counting.per_month(sluice_ideas(world), start=date(2025, 11, 15), end=date(2026, 2, 3))
    assert [month for month, _ in months] == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert {count for _, count in months} == {0}


def test_every_outcome_kind_is_present_and_counts_by_its_own_date(world):
    old = idea_at(world, at(date(2023, 5, 1)))  # received long before: its outcome still counts
    for kind, day in [
        ("product", date(2025, 1, 1)),
        ("product", date(2025, 1, 31)),
        ("product", date(2025, 2, 1)),
        ("saving", date(2024, 12, 31)),
    ]:
        Outcome.objects.create(
            idea=old, kind=kind, title=kind, date=day, evidence_url="https://x.se"
        )
    found = counting.outcomes_by_kind(sluice_ideas(world), **JANUARY)
    assert list(found) == list(Outcome.Kind.values)
    assert found == {kind: 2 if kind == "product" else 0 for kind in Outcome.Kind.values}


def test_stages_of_one_sluice_come_in_pipeline_order_with_zeros(world):
    idea_at(world, at(date(2025, 1, 10)), stage=stage(world.sluice, "Testa"))
    found = counting.summary(sluice_ideas(world), stages=world.sluice.stages.all(), **JANUARY)
    assert list(found["by_stage"])[:3] == ["Inkommen", "Bedömning", "Utforska"]
    assert found["by_stage"]["Testa"] == 1
    assert sum(found["by_stage"].values()) == found["ideas"] == 1


def test_across_sluices_stages_of_one_kind_and_name_are_one_row(world):
    other = SluiceFactory(members=[world.helsingborg])
    renamed = other.stages.get(name="Bedömning")
    renamed.name = "Första bedömning"
    renamed.save()
    idea_at(world, at(date(2025, 1, 10)), stage=stage(world.sluice, "Bedömning"))
    IdeaFactory(sluice=other, stage=stage(other, "Inkommen"), created_at=at(date(2025, 1, 11)))
    IdeaFactory(sluice=other, stage=renamed, created_at=at(date(2025, 1, 12)))
    groups = counting.by_stage(Idea.objects.all(), stages=Stage.objects.all(), **JANUARY)
    groups = [group for group in groups if group.count]
    assert [(g.name, g.count) for g in groups] == [
        ("Inkommen", 1),
        ("Bedömning", 1),
        ("Första bedömning", 1),
    ]
    inkommen = groups[0]
    assert len(inkommen.stage_ids) == 2  # both sluices' first stage


def _move(idea, to_name, when):
    to = stage(idea.sluice, to_name)
    Decision.objects.create(
        idea=idea, from_stage=idea.stage, to_stage=to, rationale="Vidare.", created_at=when
    )
    idea.stage = to
    idea.save(update_fields=["stage"])


def test_the_funnel_counts_ideas_that_ever_reached_each_stage(world):
    day = date(2025, 1, 5)
    ideas = [idea_at(world, at(day)) for _ in range(4)]
    for idea in ideas[:3]:
        _move(idea, "Bedömning", at(day, 14))
    _move(ideas[0], "Utforska", at(day, 15))
    _move(ideas[0], "Bedömning", at(day, 16))  # back again: reached Utforska all the same
    _move(ideas[1], "Avslutad", at(day, 17))
    before = idea_at(world, at(date(2024, 12, 1)))  # not of the period's ideas
    _move(before, "Bedömning", at(day, 18))
    steps = counting.funnel(sluice_ideas(world), stages=world.sluice.stages.all(), **JANUARY)
    reached = {step.name: step.reached for step in steps}
    assert reached["Inkommen"] == 4
    assert reached["Bedömning"] == 3
    assert reached["Utforska"] == 1
    assert reached["Testa"] == 0
    assert "Avslutad" not in reached  # an exit, not a step forward
    conversions = {step.name: step.conversion for step in steps}
    assert conversions["Inkommen"] is None
    assert conversions["Bedömning"] == 3 / 4
    assert conversions["Utforska"] == 1 / 3
    assert conversions["Införa"] is None  # nothing to go on from


def test_time_in_stage_gives_median_and_90th_percentile_in_days(world):
    durations = [1, 2, 3, 4, 10]
    start = at(date(2025, 1, 2), 9)
    for days in durations:
        idea = idea_at(world, start)
        _move(idea, "Bedömning", start + timedelta(days=days, hours=3))  # 3 h more: still whole
    (inkommen,) = counting.time_in_stage(sluice_ideas(world), **JANUARY)
    assert inkommen.name == "Inkommen"
    assert inkommen.stays == 5
    expected = quantiles(durations, n=10, method="inclusive")
    assert inkommen.median_days == 3
    assert inkommen.p90_days == pytest.approx(expected[8])  # 7.6


def test_a_stay_starts_at_the_decision_that_moved_the_idea_in(world):
    idea = idea_at(world, at(date(2024, 11, 1)))
    _move(idea, "Bedömning", at(date(2024, 12, 1)))
    _move(idea, "Utforska", at(date(2025, 1, 11)))  # 41 days in Bedömning
    _move(idea, "Testa", at(date(2025, 3, 1)))  # leaves Utforska after the period: not counted
    times = {t.name: t for t in counting.time_in_stage(sluice_ideas(world), **JANUARY)}
    assert set(times) == {"Bedömning"}
    assert times["Bedömning"].median_days == 41


def test_percentile_matches_the_statistics_module():
    values = [0, 0, 1, 5, 5, 5, 9, 30, 31, 200]
    histogram = {value: values.count(value) for value in set(values)}
    for fraction, index in ((0.5, None), (0.9, 8)):
        expected = quantiles(values, n=10, method="inclusive")[8] if index else 5
        assert counting.percentile(histogram, fraction) == pytest.approx(expected)
    assert counting.percentile({}, 0.5) is None
    assert counting.percentile({7: 1}, 0.9) == 7


def test_first_response_is_judged_against_the_sluices_own_time(world):
    world.sluice.first_response_days = 5
    world.sluice.save()
    day = at(date(2025, 1, 2))
    idea_at(world, day, first_response_at=day + timedelta(days=5))  # exactly in time
    idea_at(world, day, first_response_at=day + timedelta(days=5, seconds=1))  # late
    idea_at(world, day)  # never answered, long overdue
    idea_at(world, at(date(2025, 1, 30)))  # still within its time on 1 February
    found = counting.first_response(sluice_ideas(world), now=at(date(2025, 2, 1)), **JANUARY)
    assert (found.in_time, found.late, found.waiting) == (1, 2, 1)
    assert found.share == pytest.approx(1 / 3)


def test_realised_benefits_use_the_latest_measurement_towards_the_target(world):
    unit = Unit.objects.create(organisation=world.skovde, name="Hemtjänsten")
    idea = idea_at(world, at(date(2024, 3, 1)), unit=unit)
    hours = Benefit.objects.create(
        idea=idea, name="Tid", unit="hours", baseline=40, target=10, implemented_on=date(2024, 6, 1)
    )
    for day, value in ((date(2024, 12, 1), 30), (date(2025, 1, 10), 25), (date(2025, 1, 20), 15)):
        BenefitMeasurement.objects.create(benefit=hours, measured_on=day, value=value)
    visits = Benefit.objects.create(
        idea=idea,
        name="Besök",
        unit="custom",
        custom_unit="besök",
        baseline=100,
        target=150,
        implemented_on=date(2024, 6, 1),
    )
    BenefitMeasurement.objects.create(benefit=visits, measured_on=date(2025, 1, 5), value=130)
    unmeasured = Benefit.objects.create(
        idea=idea, name="Kr", unit="SEK", baseline=0, target=5, implemented_on=date(2024, 6, 1)
    )
    BenefitMeasurement.objects.create(benefit=unmeasured, measured_on=date(2025, 3, 1), value=5)
    rows = counting.realised_benefits(sluice_ideas(world), **JANUARY)
    assert [(r.unit_name, str(r.measure), r.benefits, r.realised, r.targeted) for r in rows] == [
        ("Hemtjänsten", "besök", 1, Decimal(30), Decimal(50)),
        ("Hemtjänsten", "timmar", 1, Decimal(25), Decimal(30)),
    ]


def test_tables_give_the_top_and_how_many_groups_there_are(world):
    categories = [
        Category.objects.create(sluice=world.sluice, name=name) for name in ("Vård", "Skola")
    ]
    units = [Unit.objects.create(organisation=world.skovde, name=f"Enhet {n}") for n in range(3)]
    day = at(date(2025, 1, 15))
    for index in range(6):
        idea_at(world, day, category=categories[index % 2], unit=units[index % 3])
    idea_at(world, day, organisation=world.lidkoping)
    ideas = sluice_ideas(world)
    by_org, total = counting.per_organisation(ideas, limit=1, **JANUARY)
    assert total == 2 and [(g.label, g.count) for g in by_org] == [("Skövde", 6)]
    by_unit, total = counting.per_unit(ideas, limit=10, **JANUARY)
    assert total == 4  # three units and "no unit"
    assert by_unit[0].within == "Skövde"
    by_category, total = counting.per_category(ideas, **JANUARY)
    assert {(g.label, g.count) for g in by_category} == {("Vård", 3), ("Skola", 3), ("", 1)}
