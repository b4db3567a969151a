"""The seeds' evaluation, built exactly: a sluice with 1 300 ideas in a year and 43 new products,
1 new service, 22 new companies and 8 patents, with noise around it that must not count.

`seeded` is meant for every place that shows these figures: the dashboard, the summary API and
counting.summary (tests/insights/test_exactness.py) and the open statistics per organisation and
year (add its check to test_exactness.py, reading `seeded.expected_by_organisation`).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from idesluss.ideas.models import Idea, Visibility
from idesluss.insights.recount import recount
from idesluss.organisations.models import Organisation
from idesluss.outcomes.models import Outcome

from ..factories import SluiceFactory, member_of

STOCKHOLM = ZoneInfo("Europe/Stockholm")
YEAR = 2024
START, END = date(YEAR, 1, 1), date(YEAR, 12, 31)

# The seeds' figures (DESIGN §1), and how the 1 300 ideas stand now, stage by stage.
SEED_IDEAS = 1300
SEED_OUTCOMES = {
    "product": 43,
    "service": 1,
    "company": 22,
    "patent": 8,
    "licence": 0,
    "method": 0,
    "procurement": 0,
    "saving": 0,
}
SEED_STAGES = {
    "Inkommen": 400,
    "Bedömning": 300,
    "Utforska": 200,
    "Testa": 150,
    "Införa": 100,
    "Sprida": 50,
    "Införd": 40,
    "Spridd": 20,
    "Avslutad": 30,
    "Sammanslagen": 5,
    "Överlämnad": 5,
}
# Of the 1 300 ideas, Skövde's and Lidköping's; of the outcomes, Skövde's share by kind.
SKOVDE_IDEAS = 800
SKOVDE_OUTCOMES = {"product": 30, "service": 1, "company": 12, "patent": 5}
# The other sluice (Helsingborg's): in the year, and so in Helsingborg's open statistics.
OTHER_IDEAS, OTHER_PRODUCTS = 200, 5


@dataclass
class Seeded:
    """The seeded sluice, its period and what every view of it must show."""

    sluice: object
    other_sluice: object
    start: date
    end: date
    expected: dict  # {"ideas", "by_stage", "outcomes"}: the sluice in the period
    # {organisation code: {"ideas", "outcomes"}} for YEAR, every sluice: the open statistics.
    expected_by_organisation: dict = field(default_factory=dict)


def local(day: date, at: time = time(12)) -> datetime:
    return datetime.combine(day, at, tzinfo=STOCKHOLM)


def _spread(count: int, first: datetime, last: datetime) -> list[datetime]:
    """`count` instants from `first` to `last`, both included."""
    if count == 1:
        return [first]
    step = (last - first) / (count - 1)
    return [first + step * index for index in range(count)]


def _ideas(sluice, organisation, submitter, stage, instants, visibility=Visibility.ORGANISATION):
    return [
        Idea(
            sluice=sluice,
            organisation=organisation,
            submitter=submitter,
            stage=stage,
            title=f"Idé {index}",
            problem="Ett problem.",
            visibility=visibility,
            created_at=instant,
            stage_entered_at=instant,
        )
        for index, instant in enumerate(instants)
    ]


def _outcomes(ideas, kind, days) -> list[Outcome]:
    extra = {
        "company": {"organisation_number": "556016-0680"},
        "patent": {"registration_number": "SE 1234567-8"},
        "saving": {"amount": 1000, "amount_unit": "SEK"},
    }.get(kind, {})
    return [
        Outcome(
            idea=ideas[index % len(ideas)],
            kind=kind,
            title=f"{kind} {index}",
            date=day,
            evidence_url="https://example.se/underlag",
            **extra,
        )
        for index, day in enumerate(days)
    ]


def _days(count: int, first: date, last: date) -> list[date]:
    if count == 1:
        return [first]
    span = (last - first).days
    return [first + timedelta(days=span * index // (count - 1)) for index in range(count)]


@pytest.fixture
def seeded(world) -> Seeded:
    """World's Skaraborg sluice (Skövde, Lidköping) with the seeds' figures in YEAR, and noise:
    ideas and outcomes just before and after the year (Swedish midnight, not UTC's), and another
    sluice (Helsingborg) with ideas and outcomes in the year. Bulk-created: about a second."""
    sluice, skovde, lidkoping = world.sluice, world.skovde, world.lidkoping
    stages = {stage.name: stage for stage in sluice.stages.all()}
    submitter = world.submitter
    year_start = local(START, time(0))  # 00:00 in Stockholm is 23:00 UTC the day before
    year_end = local(END, time(23, 59, 59))
    visibilities = list(Visibility.values)

    ideas: list[Idea] = []
    instants = iter(_spread(SEED_IDEAS, year_start, year_end))
    index = 0
    for name, count in SEED_STAGES.items():
        for _ in range(count):
            organisation = skovde if index % 13 < 8 else lidkoping  # 800 and 500 of 1 300
            idea = _ideas(sluice, organisation, submitter, stages[name], [next(instants)])[0]
            idea.visibility = visibilities[index % len(visibilities)]  # counted whoever sees it
            ideas.append(idea)
            index += 1
    assert sum(1 for idea in ideas if idea.organisation == skovde) == SKOVDE_IDEAS
    # Noise in the same sluice: the second before the year and the first instant after it.
    before = [year_start - timedelta(seconds=1), local(date(YEAR - 1, 6, 1))]
    after = [local(END + timedelta(days=1), time(0)), local(date(YEAR + 1, 3, 1))]
    noise = _ideas(sluice, skovde, submitter, stages["Inkommen"], before * 20 + after * 20)
    helsingborg = world.helsingborg
    other = SluiceFactory(name="Helsingborgs idésluss", slug="helsingborg", members=[helsingborg])
    other_submitter = member_of(helsingborg)
    other_first = other.stages.order_by("position").first()
    in_other = _ideas(
        other,
        helsingborg,
        other_submitter,
        other_first,
        _spread(OTHER_IDEAS, year_start, year_end),
    )
    Idea.objects.bulk_create(ideas + noise + in_other)
    recount()  # bulk-created, as benchdata loads: the running totals are counted afterwards

    seeded_ideas = {
        organisation.pk: [idea for idea in ideas if idea.organisation_id == organisation.pk]
        for organisation in (skovde, lidkoping)
    }
    outcomes = []
    for kind, count in SEED_OUTCOMES.items():
        if not count:
            continue
        mine = SKOVDE_OUTCOMES.get(kind, 0)
        outcomes += _outcomes(seeded_ideas[skovde.pk], kind, _days(mine, START, END)[:mine])
        outcomes += _outcomes(
            seeded_ideas[lidkoping.pk], kind, _days(count - mine, START, END)[: count - mine]
        )
    # Noise: outcomes the day before and after the year (on this year's ideas too), and in the
    # other sluice within the year.
    outcomes += _outcomes(ideas, "product", [START - timedelta(days=1)] * 7)
    outcomes += _outcomes(ideas, "licence", [END + timedelta(days=1)] * 3)
    outcomes += _outcomes(noise, "company", [date(YEAR - 1, 12, 1)] * 2)
    outcomes += _outcomes(in_other, "product", _days(OTHER_PRODUCTS, START, END))
    Outcome.objects.bulk_create(outcomes)

    def zero_kinds(**counts):
        return {kind: counts.get(kind, 0) for kind in SEED_OUTCOMES}

    lidkoping_outcomes = {
        kind: count - SKOVDE_OUTCOMES.get(kind, 0) for kind, count in SEED_OUTCOMES.items()
    }
    return Seeded(
        sluice=sluice,
        other_sluice=other,
        start=START,
        end=END,
        expected={"ideas": SEED_IDEAS, "by_stage": SEED_STAGES, "outcomes": SEED_OUTCOMES},
        expected_by_organisation={
            skovde.code: {"ideas": SKOVDE_IDEAS, "outcomes": zero_kinds(**SKOVDE_OUTCOMES)},
            lidkoping.code: {"ideas": SEED_IDEAS - SKOVDE_IDEAS, "outcomes": lidkoping_outcomes},
            helsingborg.code: {
                "ideas": OTHER_IDEAS,
                "outcomes": zero_kinds(product=OTHER_PRODUCTS),
            },
        },
    )


def organisation(code: str) -> Organisation:
    return Organisation.objects.get(kind=Organisation.Kind.MUNICIPALITY, code=code)
