"""Who reaches the settings pages: administrators only; outsiders do not learn more than 404."""

import pytest
from django.urls import reverse

from idesluss.organisations.models import Sluice, SluiceRole

from ..factories import SluiceFactory, UserFactory
from .helpers import settings_url

pytestmark = pytest.mark.django_db


def _endpoints(world, category):
    stage = world.sluice.stages.get(name="Utforska")
    coach_role = SluiceRole.objects.get(sluice=world.sluice, user=world.coach)
    return [
        (
            "sluices:settings-general",
            [],
            {"general-name": "Nytt namn", "general-first_response_days": "5"},
        ),
        ("sluices:settings-members", [], {"members-organisations": [world.skovde.pk]}),
        ("sluices:stage-add", [], {"new-stage-name": "Pilot", "new-stage-kind": "active"}),
        ("sluices:stage-edit", [stage.pk], {"stage-name": "Utforskning"}),
        ("sluices:stage-move", [stage.pk], {"direction": "up"}),
        ("sluices:stage-delete", [stage.pk], {}),
        ("sluices:category-add", [], {"new-category-name": "Skola"}),
        ("sluices:category-rename", [category.pk], {f"category-{category.pk}-name": "Vård"}),
        ("sluices:category-delete", [category.pk], {}),
        ("sluices:role-grant", [], {"role-email": "sara@skovde.se", "role-role": "coach"}),
        ("sluices:role-revoke", [coach_role.pk], {}),
    ]


def _nothing_changed(world, category):
    sluice = Sluice.objects.get(pk=world.sluice.pk)
    assert sluice.name == "Skaraborgs innovationssluss"
    assert set(sluice.members.all()) == {world.skovde, world.lidkoping}
    assert [s.name for s in sluice.stages.all()][:4] == [
        "Inkommen",
        "Bedömning",
        "Utforska",
        "Testa",
    ]
    assert sluice.stages.count() == 11
    assert list(sluice.categories.values_list("name", flat=True)) == [category.name]
    assert sluice.roles.filter(user=world.coach).exists()
    assert not sluice.roles.filter(user=world.submitter).exists()


def test_the_administrator_sees_the_settings_in_swedish(world):
    response = world.client_for(world.admin).get(settings_url(world))
    assert response.status_code == 200
    html = response.text
    assert "Inställningar för Skaraborgs innovationssluss" in html
    for heading in ("Allmänt", "Medlemsorganisationer", "Steg", "Kategorier", "Roller"):
        assert f">{heading}</h2>" in html
    assert "Dagar till första svar" in html
    assert "Kim Coach" in html and "Idécoach" in html and "Slussadministratör" in html


def test_the_sluice_list_links_to_the_settings_for_administrators_only(world):
    link = settings_url(world)
    assert link in world.client_for(world.admin).get(reverse("sluices:list")).text
    assert link not in world.client_for(world.coach).get(reverse("sluices:list")).text


def test_a_super_user_may_manage_any_sluice(world):
    boss = UserFactory(is_superuser=True, is_staff=True)
    assert world.client_for(boss).get(settings_url(world)).status_code == 200


def test_an_unknown_sluice_is_not_found(world):
    url = reverse("sluices:settings", args=["finns-inte"])
    assert world.client_for(world.admin).get(url).status_code == 404


def test_the_administrator_of_another_sluice_gets_404(world):
    other = SluiceFactory(members=[world.helsingborg])
    url = reverse("sluices:settings", args=[other.slug])
    assert world.client_for(world.admin).get(url).status_code == 404


def test_a_stage_of_another_sluice_is_not_found(world):
    other = SluiceFactory(members=[world.helsingborg])
    foreign = other.stages.first()
    client = world.client_for(world.admin)
    assert client.get(settings_url(world, "sluices:stage-edit", foreign.pk)).status_code == 404
    response = client.post(settings_url(world, "sluices:stage-delete", foreign.pk))
    assert response.status_code == 404
    assert other.stages.filter(pk=foreign.pk).exists()


@pytest.mark.parametrize("persona", ["colleague", "coach", "decision_maker", "analyst"])
def test_it_refuses_members_and_staff_without_the_administrator_role(world, category, persona):
    client = world.client_for(getattr(world, persona))
    assert client.get(settings_url(world)).status_code == 403
    for name, args, data in _endpoints(world, category):
        response = client.post(settings_url(world, name, *args), data)
        assert response.status_code == 403, name
    _nothing_changed(world, category)


def test_it_hides_the_sluice_from_outsiders(world, category):
    client = world.client_for(world.outsider)
    assert client.get(settings_url(world)).status_code == 404
    for name, args, data in _endpoints(world, category):
        assert client.post(settings_url(world, name, *args), data).status_code == 404, name
    _nothing_changed(world, category)


def test_it_sends_anonymous_visitors_to_the_log_in(world, category):
    client = world.client_for(None)
    response = client.get(settings_url(world))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    for name, args, data in _endpoints(world, category):
        response = client.post(settings_url(world, name, *args), data)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("account_login")), name
    _nothing_changed(world, category)


def test_it_refuses_other_methods_after_checking_access(world):
    assert (
        world.client_for(world.admin).get(settings_url(world, "sluices:stage-add")).status_code
        == 405
    )
    assert (
        world.client_for(world.outsider).get(settings_url(world, "sluices:stage-add")).status_code
        == 404
    )
