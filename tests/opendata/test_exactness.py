"""The open statistics show exactly the seeds' figures, and the dashboards' (insights.counting).

The seeds' mid-term evaluation counted 1,300 ideas, 43 new products, one new service, 22 new
companies and 8 patents. A municipality gets exactly those in 2025, with noise around them: ideas
and outcomes just outside the year (in Swedish time), and another municipality's in it.
"""

from datetime import date, timedelta

import pytest
from django.test import Client

from idesluss.ideas.models import Idea, Visibility
from idesluss.insights import counting
from idesluss.insights.recount import recount
from idesluss.outcomes.models import Outcome

from ..factories import stage

# The seeds' fixture of the dashboards' exactness test, shared so that both check one sluice.
from ..insights.conftest import YEAR, seeded  # noqa: F401
from .conftest import OPEN, swedish_time

pytestmark = pytest.mark.django_db

SEEDS = {"product": 43, "service": 1, "company": 22, "patent": 8}
IDEAS, IMPLEMENTED, SPREAD = 1300, 120, 31


def _ideas(world, organisation, moments, stages) -> list[Idea]:
    visibilities = list(Visibility.values)
    made = Idea.objects.bulk_create(
        Idea(
            sluice=world.sluice,
            organisation=organisation,
            submitter=world.submitter,
            title=f"Idé {number}",
            problem="Ett problem.",
            visibility=visibilities[number % len(visibilities)],
            stage=stages[number % len(stages)] if isinstance(stages, list) else stages,
            created_at=moment,
        )
        for number, moment in enumerate(moments)
    )
    recount()  # bulk-created: the running totals are counted afterwards, as benchdata does
    return made


def _outcomes(ideas, kinds: dict[str, int], days) -> None:
    Outcome.objects.bulk_create(
        Outcome(
            idea=ideas[number % len(ideas)],
            kind=kind,
            title=f"{kind} {number}",
            date=days[number % len(days)],
            evidence_url="https://www.skovde.se/",
        )
        for kind, count in kinds.items()
        for number in range(count)
    )


@pytest.fixture
def seeds(world):
    world.idea.delete()
    received, implemented, spread = (
        stage(world.sluice, name) for name in ("Inkommen", "Införd", "Spridd")
    )
    start = swedish_time(2025, 1, 1)
    # 1,300 ideas spread over 2025, the first at midnight on New Year's Day, the last at 23:59.
    moments = [start + timedelta(hours=6 * n) for n in range(IDEAS - 1)]
    moments.append(swedish_time(2025, 12, 31, 23, 59))
    stages = [implemented] * IMPLEMENTED + [spread] * SPREAD
    stages += [received] * (IDEAS - len(stages))
    in_year = _ideas(world, world.skovde, moments, stages)
    days = [date(2025, 1, 1), date(2025, 6, 30), date(2025, 12, 31)]
    _outcomes(in_year, SEEDS, days)
    # Noise: the minute before and after the year, the days before and after, another town.
    outside = _ideas(
        world,
        world.skovde,
        [swedish_time(2024, 12, 31, 23, 59), swedish_time(2026, 1, 1, 0, 0)],
        implemented,
    )
    _outcomes(
        in_year + outside, {"product": 5, "patent": 2}, [date(2024, 12, 31), date(2026, 1, 1)]
    )
    _outcomes(outside, {"service": 3, "licence": 1}, [date(2025, 5, 5)])
    elsewhere = _ideas(world, world.lidkoping, [swedish_time(2025, 5, 5)] * 40, implemented)
    _outcomes(elsewhere, {"product": 9, "company": 4}, [date(2025, 5, 5)])
    return world


def test_the_open_statistics_show_the_seeds_figures(seeds):
    response = Client().get(f"{OPEN}/statistics?year=2025&organisation_code=1496")
    [row] = response.json()["items"]
    assert row["ideas_received"] == IDEAS
    assert row["ideas_implemented"] == IMPLEMENTED + SPREAD
    # Outcomes of ideas received earlier count in the year of their own date (3 services, 1
    # licence of the noise ideas are dated 2025): the rule of insights.counting.
    assert row["outcomes"] == {
        "product": 43,
        "service": 1 + 3,
        "company": 22,
        "patent": 8,
        "licence": 1,
        "method": 0,
        "procurement": 0,
        "saving": 0,
    }


def test_the_open_statistics_equal_the_dashboards(seeds):
    """The same figures as insights.counting.summary for the same organisation and year."""
    ideas = Idea.objects.filter(organisation=seeds.skovde)
    summary = counting.summary(ideas, start=date(2025, 1, 1), end=date(2025, 12, 31))
    [row] = Client().get(f"{OPEN}/statistics?year=2025&organisation_code=1496").json()["items"]
    assert row["ideas_received"] == summary["ideas"] == IDEAS
    assert row["ideas_implemented"] == summary["by_stage"]["Införd"] + summary["by_stage"]["Spridd"]
    assert row["outcomes"] == summary["outcomes"]
    # And without the year filter, 2025's row is the same.
    everything = Client().get(f"{OPEN}/statistics?organisation_code=1496").json()["items"]
    assert next(r for r in everything if r["year"] == 2025) == row


def test_the_seeds_outcomes_alone(seeds):
    """Outcomes of the 1,300 ideas dated in 2025: exactly the evaluation's row."""
    in_year = Idea.objects.filter(
        organisation=seeds.skovde, created_at__gte=swedish_time(2025, 1, 1)
    ).filter(created_at__lt=swedish_time(2026, 1, 1))
    produced = counting.outcomes_by_kind(in_year, start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert {kind: produced[kind] for kind in SEEDS} == SEEDS


# --- The insights engineer's seeded sluice (tests/insights/conftest.py) -----------------------


def test_the_open_statistics_give_the_seeded_figures_per_organisation(seeded):  # noqa: F811
    """The seeded sluice (1,300 ideas, 43 products, 1 service, 22 companies, 8 patents, noise
    around the year, another sluice beside it): each organisation's open row for the year equals
    seeded.expected_by_organisation and the dashboards' counting.summary."""
    client = Client()
    everything = client.get(f"{OPEN}/statistics?year={YEAR}&limit=200").json()["items"]
    assert {row["organisation"]["code"] for row in everything} == set(
        seeded.expected_by_organisation
    )
    for code, expected in seeded.expected_by_organisation.items():
        [row] = client.get(f"{OPEN}/statistics?year={YEAR}&organisation_code={code}").json()[
            "items"
        ]
        assert row["year"] == YEAR
        assert {"ideas": row["ideas_received"], "outcomes": row["outcomes"]} == expected, code
        assert row in everything
        ideas = Idea.objects.filter(organisation__code=code, organisation__kind="municipality")
        summary = counting.summary(ideas, start=seeded.start, end=seeded.end)
        done = sum(summary["by_stage"].get(name, 0) for name in ("Införd", "Spridd"))
        assert (row["ideas_received"], row["ideas_implemented"]) == (summary["ideas"], done)
        assert row["outcomes"] == summary["outcomes"]
    total = sum(
        row["ideas_received"] for row in everything if row["organisation"]["code"] != "1283"
    )
    assert total == seeded.expected["ideas"] == 1300
