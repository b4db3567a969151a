"""GET and POST /api/v1/sluices."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from idesluss.audit.models import AuditEvent
from idesluss.organisations.models import Category, Membership, Sluice, SluiceRole

from ..factories import SluiceFactory, UserFactory, grant, member_of

pytestmark = pytest.mark.django_db


def _admin_of(organisation, **fields):
    user = UserFactory(**fields)
    Membership.objects.create(user=user, organisation=organisation, is_admin=True)
    return user


# --- GET /sluices -------------------------------------------------------------------------


def test_it_lists_the_sluices_of_the_callers_organisations(world, api, stages):
    Category.objects.create(sluice=world.sluice, name="Välfärdsteknik")
    SluiceFactory(name="Helsingborgs idésluss", members=[world.helsingborg])
    response = api(world.submitter).get("/sluices")
    assert response.status_code == 200
    [sluice] = response.json()
    assert sluice["id"] == world.sluice.pk
    assert sluice["slug"] == "skaraborg"
    assert sluice["name"] == "Skaraborgs innovationssluss"
    assert sorted((m["code"], m["name"], m["kind"]) for m in sluice["members"]) == [
        ("1494", "Lidköping", "municipality"),
        ("1496", "Skövde", "municipality"),
    ]
    assert [s["id"] for s in sluice["stages"]] == [s.pk for s in stages]
    assert [s["position"] for s in sluice["stages"]] == list(range(len(stages)))
    assert [s["is_gate"] for s in sluice["stages"]] == [s.is_gate for s in stages]
    assert sluice["stages"][0]["kind"] == "active"
    assert [c["name"] for c in sluice["categories"]] == ["Välfärdsteknik"]


def test_an_outsider_sees_only_the_sluices_of_their_own_organisation(world, api):
    own = SluiceFactory(name="Helsingborgs idésluss", members=[world.helsingborg])
    response = api(world.outsider).get("/sluices")
    assert [s["id"] for s in response.json()] == [own.pk]


def test_staff_from_elsewhere_see_the_sluice_they_work_in(world, api):
    consultant = grant(member_of(world.helsingborg), world.sluice, SluiceRole.Role.COACH)
    assert [s["id"] for s in api(consultant).get("/sluices").json()] == [world.sluice.pk]


def test_a_super_user_sees_every_sluice(world, api):
    other = SluiceFactory(name="Helsingborgs idésluss", members=[world.helsingborg])
    root = UserFactory(is_superuser=True, is_staff=True)
    assert {s["id"] for s in api(root).get("/sluices").json()} == {world.sluice.pk, other.pk}


def test_anonymous_callers_get_401(world, api):
    assert api(None).get("/sluices").status_code == 401


# --- POST /sluices ------------------------------------------------------------------------


def test_a_super_user_sets_up_a_sluice_with_the_default_stages(world, api):
    root = UserFactory(is_superuser=True, is_staff=True)
    response = api(root).post(
        "/sluices",
        {
            "name": "Västra Götalands innovationssluss",
            "members": ["1496", "14"],
            "description": "Kommuner och region tillsammans.",
            "first_response_days": 10,
        },
    )
    assert response.status_code == 201
    body = response.json()
    sluice = Sluice.objects.get(pk=body["id"])
    assert body["name"] == sluice.name == "Västra Götalands innovationssluss"
    assert body["slug"] == sluice.slug
    assert body["first_response_days"] == 10
    assert body["description"] == "Kommuner och region tillsammans."
    assert sorted((m["code"], m["kind"]) for m in body["members"]) == [
        ("14", "region"),
        ("1496", "municipality"),
    ]
    assert len(body["stages"]) == sluice.stages.count() == 11
    assert [s["position"] for s in body["stages"]] == list(range(11))
    assert AuditEvent.objects.filter(action="sluice.create", target_id=str(sluice.pk)).exists()


def test_an_organisation_admin_sets_up_a_sluice_their_organisation_runs(world, api):
    admin = _admin_of(world.skovde, name="Olga Organisationsadmin")
    response = api(admin).post("/sluices", {"name": "Skövdes idésluss", "members": ["1496"]})
    assert response.status_code == 201
    sluice = Sluice.objects.get(pk=response.json()["id"])
    assert SluiceRole.objects.filter(sluice=sluice, user=admin, role="admin").exists()
    assert response.json()["first_response_days"] == 5


def test_an_organisation_admin_cannot_set_up_a_sluice_for_other_organisations(world, api):
    admin = _admin_of(world.skovde)
    response = api(admin).post("/sluices", {"name": "Helsingborg", "members": ["1283"]})
    assert response.status_code == 403
    assert not Sluice.objects.filter(name="Helsingborg").exists()


def test_a_plain_member_gets_403(world, api):
    response = api(world.submitter).post("/sluices", {"name": "Min sluss", "members": ["1496"]})
    assert response.status_code == 403
    assert not Sluice.objects.filter(name="Min sluss").exists()


def test_a_sluice_administrator_is_not_an_organisation_administrator(world, api):
    response = api(world.admin).post("/sluices", {"name": "Ny sluss", "members": ["1496"]})
    assert response.status_code == 403


def test_an_unknown_code_is_refused_naming_the_code(world, api):
    root = UserFactory(is_superuser=True, is_staff=True)
    response = api(root).post("/sluices", {"name": "Ny sluss", "members": ["1496", "9999"]})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "members"]
    assert "9999" in error["msg"]
    assert not Sluice.objects.filter(name="Ny sluss").exists()


def test_a_code_that_is_not_a_code_is_refused(world, api):
    root = UserFactory(is_superuser=True, is_staff=True)
    response = api(root).post("/sluices", {"name": "Ny sluss", "members": ["Skövde"]})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "members", 0]


def test_a_sluice_needs_a_name_and_a_member(world, api):
    root = UserFactory(is_superuser=True, is_staff=True)
    response = api(root).post("/sluices", {"name": "   ", "members": []})
    assert response.status_code == 422
    locations = [error["loc"] for error in response.json()["detail"]]
    assert ["body", "name"] in locations and ["body", "members"] in locations


def test_anonymous_callers_cannot_set_up_a_sluice(world, api):
    response = api(None).post("/sluices", {"name": "Ny sluss", "members": ["1496"]})
    assert response.status_code == 401


def test_the_number_of_queries_does_not_grow_with_the_sluices(world, api):
    root = UserFactory(is_superuser=True, is_staff=True)

    def queries_for_list():
        caller = api(root)
        with CaptureQueriesContext(connection) as queries:
            assert caller.get("/sluices").status_code == 200
        return len(queries)

    one = queries_for_list()
    SluiceFactory.create_batch(5, members=[world.helsingborg])
    assert queries_for_list() == one
