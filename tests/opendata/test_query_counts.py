"""The open-data API does a fixed number of queries, however many ideas, outcomes, organisations
and years it reads: measured at one size, the data grown tenfold, measured again."""

from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ..factories import IdeaFactory, SluiceFactory
from .conftest import OPEN, outcome, swedish_time

pytestmark = pytest.mark.django_db


def _count(path: str) -> int:
    client = Client()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, response.content
    return len(captured)


def _grow_innovations(innovation, times):
    for number in range(times):
        idea = innovation(title=f"Idé {number}")
        outcome(idea, "product")
        outcome(idea, "method")


@pytest.mark.parametrize(
    "path", ["innovations", "innovations?organisation_code=1496", "innovations.csv"]
)
def test_innovations_do_not_grow_with_the_ideas(world, innovation, path):
    _grow_innovations(innovation, 2)
    few = _count(f"{OPEN}/{path}")
    _grow_innovations(innovation, 18)
    assert _count(f"{OPEN}/{path}") == few


def _grow_statistics(world, organisations, years):
    sluice = SluiceFactory(members=organisations)
    for organisation in organisations:
        for year in years:
            idea = IdeaFactory(
                sluice=sluice, organisation=organisation, created_at=swedish_time(year, 3, 3)
            )
            outcome(idea, "service", date(year, 4, 4))


@pytest.mark.parametrize("path", ["statistics", "statistics?year=2024", "statistics.csv"])
def test_statistics_do_not_grow_with_organisations_and_years(world, path):
    from idesluss.organisations.models import Organisation

    municipalities = list(Organisation.objects.filter(kind="municipality").order_by("code")[:20])
    _grow_statistics(world, municipalities[:2], [2024])
    few = _count(f"{OPEN}/{path}")
    _grow_statistics(world, municipalities[2:20], [2022, 2023, 2024])
    assert _count(f"{OPEN}/{path}") == few


def test_a_statistics_page_is_four_queries(world):
    _grow_statistics(world, [world.skovde, world.lidkoping], [2023, 2024])
    # Organisations of the page, done stages, the running totals' years (received, by stage),
    # outcomes by year and kind.
    assert _count(f"{OPEN}/statistics") == 4


def test_an_innovations_page_is_four_queries(world, innovation):
    _grow_innovations(innovation, 3)
    # Done stages, the page, its count, the page's outcomes.
    assert _count(f"{OPEN}/innovations") == 4
