from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from idesluss.ideas.models import Idea, Visibility
from idesluss.outcomes.models import Outcome

from ..factories import IdeaFactory, stage

SWEDEN = ZoneInfo("Europe/Stockholm")
OPEN = "/api/open/v1"


def swedish_time(*parts) -> datetime:
    return datetime(*parts, tzinfo=SWEDEN)


def outcome(idea, kind="product", day=date(2025, 3, 1), **fields) -> Outcome:
    """An outcome straight into the table: these tests read, the services are tested elsewhere."""
    values = {"title": f"Resultat av {idea.title}", "evidence_url": "https://www.skovde.se/"}
    if kind == "company":
        values["organisation_number"] = "556016-0680"
    if kind == "patent":
        values["registration_number"] = "SE1234567"
    if kind == "saving":
        values.update(amount=100_000, amount_unit="SEK")
    values.update(fields)
    return Outcome.objects.create(idea=idea, kind=kind, date=day, **values)


@pytest.fixture
def innovation(world):
    """innovation(**fields): a public idea of the world's sluice in its Införd stage."""

    def make(**fields) -> Idea:
        values = {
            "sluice": world.sluice,
            "organisation": world.skovde,
            "submitter": world.submitter,
            "coach": world.coach,
            "visibility": Visibility.PUBLIC,
            "stage": stage(world.sluice, "Införd"),
            "title": "Digital tavla för lediga hjälpmedel",
        }
        values.update(fields)
        return IdeaFactory(**values)

    return make
