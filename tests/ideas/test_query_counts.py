"""The pages and writes a user waits for do a fixed number of queries, however much data grows.

Each test measures at one size, grows what the page shows (or what the write touches) tenfold,
and measures again.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from idesluss.ideas import services
from idesluss.organisations.models import SluiceRole

from ..factories import IdeaFactory, grant, member_of, stage

pytestmark = pytest.mark.django_db


def _count(call):
    with CaptureQueriesContext(connection) as captured:
        response = call()
    assert response.status_code in (200, 302), response.status_code
    return len(captured)


def _grow_history(world, times):
    for number in range(times):
        services.add_comment(world.coach, world.idea, body=f"Fråga {number}")
        services.add_comment(world.coach, world.idea, body=f"Anteckning {number}", internal=True)
        supporter = member_of(world.skovde)
        services.toggle_support(supporter, world.idea)


def _grow_people(world, times):
    for _ in range(times):
        grant(member_of(world.skovde), world.sluice, SluiceRole.Role.COACH)


@pytest.mark.parametrize("persona", ["submitter", "coach"])
def test_the_idea_page_does_not_grow_with_its_history(world, persona):
    client = world.client_for(getattr(world, persona))
    url = world.idea.get_absolute_url()
    _grow_history(world, 2)
    few = _count(lambda: client.get(url))
    _grow_history(world, 18)
    assert _count(lambda: client.get(url)) == few


def test_the_start_page_does_not_grow_with_the_ideas(world):
    client = world.client_for(world.coach)
    for _ in range(2):
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, submitter=world.coach)
    few = _count(lambda: client.get("/"))
    for _ in range(18):
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, submitter=world.coach)
    assert _count(lambda: client.get("/")) == few


def test_submitting_does_not_grow_with_the_coaches_to_tell(world):
    client = world.client_for(world.submitter)
    data = {"sluice": world.sluice.pk, "problem": "Ett problem.", "visibility": "organisation"}
    url = reverse("ideas:submit")
    _grow_people(world, 1)
    few = _count(lambda: client.post(url, data))
    _grow_people(world, 10)
    assert _count(lambda: client.post(url, data)) == few


def test_a_decision_does_not_grow_with_the_history_or_the_team(world):
    client = world.client_for(world.decision_maker)
    url = reverse("ideas:decide", args=[world.idea.pk])

    def decide(to):
        target = stage(world.sluice, to)
        data = {"to_stage": target.pk, "rationale": "Vidare.", "from_stage": world.idea.stage_id}
        response = client.post(url, data)
        world.idea.refresh_from_db()
        return response

    world.idea.team.add(member_of(world.skovde))
    _grow_history(world, 1)
    few = _count(lambda: decide("Bedömning"))
    world.idea.team.add(*[member_of(world.skovde) for _ in range(10)])
    _grow_history(world, 10)
    assert _count(lambda: decide("Utforska")) == few
