"""DESIGN §4: private, organisation, network, public – and 404 outside the audience."""

import pytest
from django.urls import reverse

from idesluss.ideas.models import Visibility

from ..factories import IdeaFactory, member_of

pytestmark = pytest.mark.django_db


def _status(world, user, idea):
    return world.client_for(user).get(reverse("ideas:detail", args=[idea.pk])).status_code


@pytest.mark.parametrize(
    ("visibility", "expected"),
    [
        # submitter, coach, colleague (same org), member of other org in sluice, outsider, anon
        (Visibility.PRIVATE, [200, 200, 404, 404, 404, 404]),
        (Visibility.ORGANISATION, [200, 200, 200, 404, 404, 404]),
        (Visibility.NETWORK, [200, 200, 200, 200, 404, 404]),
        (Visibility.PUBLIC, [200, 200, 200, 200, 200, 200]),
    ],
)
def test_who_sees_an_idea(world, visibility, expected):
    idea = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=visibility,
    )
    lidkoping_member = member_of(world.lidkoping)
    people = [world.submitter, world.coach, world.colleague, lidkoping_member, world.outsider, None]
    assert [_status(world, person, idea) for person in people] == expected


def test_the_list_shows_only_what_the_visitor_may_see(world):
    IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=Visibility.PRIVATE,
        title="Hemlig idé",
    )
    IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=Visibility.PUBLIC,
        title="Öppen idé",
    )
    colleague = world.client_for(world.colleague).get(reverse("ideas:list")).text
    assert (
        "Öppen idé" in colleague and "Digital tavla" in colleague and "Hemlig idé" not in colleague
    )
    anonymous = world.client_for(None).get(reverse("ideas:list")).text
    assert "Öppen idé" in anonymous and "Digital tavla" not in anonymous
    coach = world.client_for(world.coach).get(reverse("ideas:list")).text
    assert "Hemlig idé" in coach


def test_unknown_and_malformed_ids_are_404(world):
    client = world.client_for(world.submitter)
    assert client.get("/ideer/999999/").status_code == 404
    assert client.get("/ideer/abc/").status_code == 404
    assert client.get("/ideer/99999999999999999999999/").status_code == 404
    assert client.get("/ideer/-3/").status_code == 404
    page = client.get("/ideer/999999/")
    assert "Sidan finns inte" in page.text


def test_the_submitter_name_is_shown_to_staff_not_to_colleagues(world):
    assert "Sara Idégivare" in world.client_for(world.coach).get(world.idea.get_absolute_url()).text
    assert (
        "Sara Idégivare"
        not in world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    )


def test_supporting_toggles_and_works_without_javascript(world):
    url = reverse("ideas:support", args=[world.idea.pk])
    client = world.client_for(world.colleague)
    assert client.post(url).status_code == 302
    assert "1 person stöder idén" in client.get(world.idea.get_absolute_url()).text
    fragment = client.post(url, HTTP_HX_REQUEST="true")
    assert "0 personer stöder idén" in fragment.text and "<html" not in fragment.text
    assert world.client_for(world.submitter).post(url).status_code == 403
    assert world.client_for(world.outsider).post(url).status_code == 404


def test_the_submitters_own_comments_do_not_name_them_to_colleagues(world):
    from idesluss.ideas import services

    services.add_comment(world.submitter, world.idea, body="Jag kan visa hur det funkar.")
    colleague = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert "Jag kan visa hur det funkar." in colleague
    assert "Sara Idégivare" not in colleague and "Idégivaren" in colleague


@pytest.mark.parametrize("visibility", list(Visibility))
def test_the_list_rule_and_the_single_idea_rule_agree(world, visibility):
    """ideas_visible_to (lists, in SQL) and can_view (one idea, in Python) are one rule."""
    from django.contrib.auth.models import AnonymousUser

    from idesluss.ideas.queries import ideas_visible_to
    from idesluss.ideas.rules import can_view

    idea = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=visibility,
    )
    teammate = member_of(world.helsingborg)
    idea.team.add(teammate)
    people = [
        world.submitter,
        teammate,
        world.coach,
        world.decision_maker,
        world.admin,
        world.analyst,
        world.colleague,
        member_of(world.lidkoping),
        world.outsider,
        AnonymousUser(),
    ]
    for person in people:
        in_list = ideas_visible_to(person).filter(pk=idea.pk).exists()
        assert in_list == can_view(person, idea), (visibility, str(person))
