"""The results section and the result pages do a fixed number of queries however much an idea
has produced (see tests/ideas/test_query_counts.py for the idea page's own history)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from idesluss.outcomes import services

from .conftest import EVIDENCE, YESTERDAY

pytestmark = pytest.mark.django_db


def _count(call):
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code in (200, 302), response.status_code
    return len(captured)


def _grow(world, times):
    for number in range(times):
        services.record_outcome(
            world.coach,
            world.idea,
            kind="method",
            title=f"Arbetssätt {number}",
            date=YESTERDAY,
            evidence_url=EVIDENCE,
        )
        benefit = services.add_benefit(
            world.coach,
            world.idea,
            name=f"Nytta {number}",
            unit="hours",
            baseline=10,
            target=2,
            implemented_on=timezone.localdate() - timedelta(days=400),
        )
        services.record_measurement(world.coach, benefit, measured_on=timezone.localdate(), value=3)


@pytest.mark.parametrize("persona", ["colleague", "coach"])
def test_the_idea_page_does_not_grow_with_its_results(world, persona):
    client = world.client_for(getattr(world, persona))
    url = world.idea.get_absolute_url()
    _grow(world, 2)
    few = _count(lambda: client.get(url))
    _grow(world, 10)
    response = client.get(url)
    assert response.text.count("Arbetssätt ") == 12
    assert _count(lambda: client.get(url)) == few


def test_the_results_section_costs_two_queries_and_two_more_with_benefits(world):
    client = world.client_for(world.coach)
    url = world.idea.get_absolute_url()
    client.get(url)
    without = _count(lambda: client.get(url))
    services.record_outcome(
        world.coach, world.idea, kind="method", title="A", date=YESTERDAY, evidence_url=EVIDENCE
    )
    assert _count(lambda: client.get(url)) == without
    _grow(world, 1)
    assert _count(lambda: client.get(url)) == without + 2


def test_the_measure_page_does_not_grow_with_the_measurements(world):
    benefit = services.add_benefit(
        world.coach,
        world.idea,
        name="Nytta",
        unit="hours",
        baseline=10,
        target=2,
        implemented_on=timezone.localdate() - timedelta(days=400),
    )
    today = timezone.localdate()
    # Both follow-ups settled first, so that every post below settles none.
    services.record_measurement(world.coach, benefit, measured_on=today, value=5)
    client = world.client_for(world.coach)
    url = reverse("outcomes:measure", args=[world.idea.pk, benefit.pk])
    data = {"measured_on": today.isoformat(), "value": "4", "note": ""}
    shown, posted = _count(lambda: client.get(url)), _count(lambda: client.post(url, data))
    for value in range(5):
        services.record_measurement(world.coach, benefit, measured_on=today, value=value)
    assert _count(lambda: client.get(url)) == shown
    assert _count(lambda: client.post(url, data)) == posted
    assert benefit.measurements.count() == 8


def test_recording_does_not_grow_with_the_team_or_the_results(world):
    from ..factories import member_of

    client = world.client_for(world.coach)
    url = reverse("outcomes:record", args=[world.idea.pk])
    data = {
        "kind": "method",
        "title": "Nytt arbetssätt",
        "date": YESTERDAY.isoformat(),
        "evidence_url": EVIDENCE,
    }
    few = _count(lambda: client.post(url, data))
    world.idea.team.add(*[member_of(world.skovde) for _ in range(5)])
    _grow(world, 3)
    assert _count(lambda: client.post(url, data)) == few
