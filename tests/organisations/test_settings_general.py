import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from idesluss.audit.models import AuditEvent
from idesluss.organisations.models import Category, Organisation, Sluice, SluiceRole

from ..factories import UserFactory
from .helpers import section, settings_url

pytestmark = pytest.mark.django_db


def _post_general(client, world, **fields):
    data = {
        "general-name": "Skaraborgs idésluss",
        "general-description": "Femton kommuner tar hand om idéerna tillsammans.",
        "general-first_response_days": "7",
    }
    data.update({f"general-{key}": value for key, value in fields.items()})
    return client.post(settings_url(world, "sluices:settings-general"), data)


def test_it_saves_the_general_settings(world, admin):
    response = _post_general(admin, world)
    assert response.status_code == 302
    assert response["Location"] == settings_url(world) + "#general"
    sluice = Sluice.objects.get(pk=world.sluice.pk)
    assert sluice.name == "Skaraborgs idésluss"
    assert sluice.description == "Femton kommuner tar hand om idéerna tillsammans."
    assert sluice.first_response_days == 7
    event = AuditEvent.objects.get(action="sluice.update", target_id=str(sluice.pk))
    assert event.actor == world.admin and event.data["first_response_days"] == 7
    page = admin.get(response["Location"])
    assert "De allmänna inställningarna har sparats." in page.text
    assert "Inställningar för Skaraborgs idésluss" in page.text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "   "}, "Ge slussen ett namn."),
        ({"first_response_days": "-3"}, "Ange ett helt antal dagar från 1 till 365."),
        ({"first_response_days": "tre"}, "Ange ett helt antal dagar från 1 till 365."),
        ({"first_response_days": "1000"}, "Ange ett helt antal dagar från 1 till 365."),
    ],
)
def test_it_refuses_bad_general_settings_in_swedish_and_keeps_what_was_typed(
    world, admin, fields, message
):
    response = _post_general(admin, world, description="En text som inte får försvinna", **fields)
    assert response.status_code == 400
    general = section(response.text, "general")
    assert message in general
    assert "En text som inte får försvinna" in general
    for value in fields.values():
        if value.strip():
            assert f'value="{value}"' in general
    sluice = Sluice.objects.get(pk=world.sluice.pk)
    assert sluice.name == "Skaraborgs innovationssluss" and sluice.first_response_days == 5
    assert not AuditEvent.objects.filter(action="sluice.update").exists()


def _post_members(client, world, organisations):
    return client.post(
        settings_url(world, "sluices:settings-members"),
        {"members-organisations": [o if isinstance(o, int | str) else o.pk for o in organisations]},
    )


def test_the_member_organisations_are_offered_by_county_with_the_current_ones_chosen(world, admin):
    html = admin.get(settings_url(world)).text
    members = section(html, "members")
    assert "Slussen drivs av 2 organisationer:" in members
    assert members.count('type="checkbox"') == Organisation.objects.count()
    assert "<summary>Västra Götalands län" in members and "2 valda" in members
    assert f'value="{world.skovde.pk}" id="member-{world.skovde.pk}" checked' in members
    assert f'value="{world.helsingborg.pk}" id="member-{world.helsingborg.pk}">' in members
    assert f'<label for="member-{world.skovde.pk}">Skövde</label>' in members
    # Swedish alphabetical order: Örebro and Östergötland come last among the counties.
    assert members.index("<summary>Västra Götalands län") < members.index("<summary>Örebro län")
    assert members.index("<summary>Örebro län") < members.index("<summary>Östergötlands län")


def test_it_sets_the_member_organisations(world, admin):
    skara = Organisation.objects.get(kind="municipality", code="1495")
    response = _post_members(admin, world, [world.skovde, world.lidkoping, skara])
    assert response.status_code == 302
    assert set(world.sluice.members.all()) == {world.skovde, world.lidkoping, skara}
    event = AuditEvent.objects.get(action="sluice.set_members")
    assert event.data["members"] == sorted([world.skovde.pk, world.lidkoping.pk, skara.pk])
    page = admin.get(response["Location"])
    assert "Medlemsorganisationerna har sparats." in page.text
    assert "Slussen drivs av 3 organisationer:" in page.text
    assert "Skara" in section(page.text, "members").split("<form")[0]


def test_it_refuses_a_sluice_without_members_in_swedish(world, admin):
    response = _post_members(admin, world, [])
    assert response.status_code == 400
    assert "Välj minst en medlemsorganisation." in section(response.text, "members")
    assert set(world.sluice.members.all()) == {world.skovde, world.lidkoping}


def test_it_refuses_an_unknown_organisation_and_keeps_the_choice(world, admin):
    response = _post_members(admin, world, [world.helsingborg, 999_999])
    assert response.status_code == 400
    members = section(response.text, "members")
    assert "En av de valda organisationerna finns inte längre." in members
    assert f'id="member-{world.helsingborg.pk}" checked' in members
    assert f'id="member-{world.skovde.pk}">' in members
    response = _post_members(admin, world, ["inte-ett-nummer"])
    assert response.status_code == 400
    assert set(world.sluice.members.all()) == {world.skovde, world.lidkoping}


def _grow(world, start, end):
    """Give the sluice more stages, categories and people with roles."""
    for number in range(start, end):
        world.sluice.stages.create(name=f"Extra steg {number}", position=20 + number)
        Category.objects.create(sluice=world.sluice, name=f"Kategori {number}", position=number)
        SluiceRole.objects.create(
            sluice=world.sluice, user=UserFactory(), role=SluiceRole.Role.COACH
        )


def _count_queries(world):
    client = world.client_for(world.admin)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(settings_url(world))
    assert response.status_code == 200
    return len(queries)


def test_the_settings_page_does_not_query_more_for_longer_lists(world):
    _grow(world, 0, 2)
    small = _count_queries(world)
    _grow(world, 2, 30)
    assert _count_queries(world) == small
    assert small <= 15
