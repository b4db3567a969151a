"""The dashboards and the summary API do a fixed number of queries however much data there is:
every figure is one aggregate in the database, never a query per idea, stage or row."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from idesluss.ideas.models import Decision
from idesluss.organisations.models import Category, Unit
from idesluss.outcomes.models import Benefit, BenefitMeasurement, Outcome

from ..factories import IdeaFactory, stage

pytestmark = pytest.mark.django_db


def _count(client, path, data=None):
    client.get(path, data)  # fills the per-process caches, as a worker's would be
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, data)
    assert response.status_code == 200, response.status_code
    return len(captured)


def _grow(world, times):
    """Ideas with units, categories, decisions, outcomes, benefits and overdue follow-ups."""
    today = timezone.localdate()
    long_ago = today - timedelta(days=300)
    for _ in range(times):
        number = Unit.objects.count()
        unit = Unit.objects.create(organisation=world.skovde, name=f"Enhet {number}")
        category = Category.objects.create(sluice=world.sluice, name=f"Kategori {number}")
        organisation = world.skovde if number % 2 else world.lidkoping
        idea = IdeaFactory(
            sluice=world.sluice, organisation=organisation, unit=unit, category=category
        )
        Decision.objects.create(
            idea=idea,
            from_stage=idea.stage,
            to_stage=stage(world.sluice, "Bedömning"),
            rationale="Vidare.",
        )
        Outcome.objects.create(
            idea=idea, kind="product", title="Produkt", date=today, evidence_url="https://x.se"
        )
        benefit = Benefit.objects.create(
            idea=idea, name="Tid", unit="hours", baseline=10, target=5, implemented_on=long_ago
        )
        BenefitMeasurement.objects.create(benefit=benefit, measured_on=today, value=7)
        benefit.follow_ups.create(months=6, due_on=long_ago + timedelta(days=180))


@pytest.mark.parametrize(
    "persona, path",
    [
        ("coach", "/insikter/sluss/skaraborg/"),
        ("analyst", "/insikter/sluss/skaraborg/"),
        ("analyst", "/insikter/natverk/"),
        ("analyst", "/insikter/lan/14/"),
        ("coach", "/insikter/organisation/1496/"),
        ("analyst", "/insikter/"),
    ],
)
def test_a_dashboard_does_not_grow_with_the_data(world, persona, path):
    client = world.client_for(getattr(world, persona))
    _grow(world, 2)
    few = _count(client, path)
    _grow(world, 20)
    assert _count(client, path) == few


def test_the_filtered_dashboard_does_not_grow_either(world):
    client = world.client_for(world.coach)
    _grow(world, 2)
    filters = {"organisation": world.skovde.pk, "unit": Unit.objects.first().pk}
    few = _count(client, "/insikter/sluss/skaraborg/", filters)
    _grow(world, 20)
    assert _count(client, "/insikter/sluss/skaraborg/", filters) == few


def test_the_summary_api_does_not_grow_with_the_data(world):
    client = world.client_for(world.analyst)
    path = f"/api/v1/insights/summary?sluice={world.sluice.pk}"
    _grow(world, 2)
    few = _count(client, path)
    _grow(world, 20)
    assert _count(client, path) == few
