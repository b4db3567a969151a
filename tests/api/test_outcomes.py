"""POST and GET /api/v1/ideas/{id}/outcomes: the same rules and service as the page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Visibility
from idesluss.outcomes.models import Outcome

from ..factories import IdeaFactory

pytestmark = pytest.mark.django_db

YESTERDAY = (timezone.localdate() - timedelta(days=1)).isoformat()
EVIDENCE = "https://www.skovde.se/nyheter/strokegreppet"


def _body(**fields):
    body = {
        "kind": "product",
        "date": YESTERDAY,
        "title": "Strokegreppet",
        "evidence_url": EVIDENCE,
    }
    body.update(fields)
    return body


def _post(api, world, user, idea=None, **fields):
    return api(user).post(f"/ideas/{(idea or world.idea).pk}/outcomes", _body(**fields))


def _problems(response):
    return {(tuple(p["loc"]), p["msg"]) for p in response.json()["detail"]}


def test_a_coach_records_a_new_company(world, api):
    response = _post(
        api,
        world,
        world.coach,
        kind="company",
        title="Hjälpmedelstavlan AB",
        organisation_number="5560160680",
        description="Avknoppning från Skövde kommun.",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    outcome = Outcome.objects.get()
    assert body == {
        "id": outcome.pk,
        "idea": world.idea.pk,
        "kind": "company",
        "title": "Hjälpmedelstavlan AB",
        "description": "Avknoppning från Skövde kommun.",
        "date": YESTERDAY,
        "evidence_url": EVIDENCE,
        "evidence_file": None,
        "organisation_number": "556016-0680",
        "registration_number": "",
        "amount": None,
        "amount_unit": "",
        "recorded_by": "Kim Coach",
        "created_at": body["created_at"],
    }
    assert AuditEvent.objects.filter(action="outcome.record", actor=world.coach).exists()


def test_a_saving_with_its_amount(world, api):
    response = _post(
        api, world, world.decision_maker, kind="saving", amount=480000.5, amount_unit="SEK"
    )
    assert response.status_code == 201, response.json()
    assert Outcome.objects.get().amount == 480000.5
    assert response.json()["amount"] == "480000.50"
    assert response.json()["amount_unit"] == "SEK"


def test_the_list_shows_the_audience_the_outcomes_without_the_recorders_name(world, api):
    _post(api, world, world.coach)
    _post(api, world, world.coach, kind="patent", registration_number="SE 545 123 C2")
    listed = api(world.colleague).get(f"/ideas/{world.idea.pk}/outcomes")
    assert listed.status_code == 200
    assert [(o["kind"], o["recorded_by"]) for o in listed.json()] == [
        ("product", None),
        ("patent", None),
    ]
    staff = api(world.coach).get(f"/ideas/{world.idea.pk}/outcomes").json()
    assert {o["recorded_by"] for o in staff} == {"Kim Coach"}


def test_a_public_ideas_outcomes_are_open_to_anyone(world, api):
    public = IdeaFactory(sluice=world.sluice, visibility=Visibility.PUBLIC)
    _post(api, world, world.coach, idea=public)
    assert api(None).get(f"/ideas/{public.pk}/outcomes").json()[0]["title"] == "Strokegreppet"
    assert api(None).get(f"/ideas/{world.idea.pk}/outcomes").status_code == 404


def test_a_viewer_who_may_not_record_gets_403(world, api):
    for user in (world.submitter, world.colleague):
        response = _post(api, world, user)
        assert response.status_code == 403
        assert response.json() == {"detail": "Du har inte behörighet att göra det."}
    assert not Outcome.objects.exists()


def test_outside_the_audience_it_is_404(world, api):
    assert _post(api, world, world.outsider).status_code == 404
    assert api(world.outsider).get(f"/ideas/{world.idea.pk}/outcomes").status_code == 404
    missing = api(world.coach).post("/ideas/999999/outcomes", _body())
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Hittades inte."}


def test_anonymous_callers_may_not_record(world, api):
    assert _post(api, world, None).status_code == 401


def test_the_rules_of_each_kind_come_back_as_field_errors(world, api):
    response = _post(api, world, world.coach, kind="company", organisation_number="556016-0681")
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", "organisation_number"]
    assert problem["msg"].startswith("Organisationsnumret är inte giltigt")
    assert problem["type"] == "organisation_number_check_digit"
    response = _post(api, world, world.coach, kind="saving", evidence_url="")
    assert _problems(response) == {
        (("body", "amount"), "En mätbar besparing behöver sitt belopp."),
        (("body", "amount_unit"), "Ange om besparingen är i kronor eller i timmar."),
        (("body", "evidence_url"), "Ange underlaget: en länk, en fil eller båda."),
    }
    future = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = _post(api, world, world.coach, date=future)
    assert response.status_code == 422
    assert [p["loc"] for p in response.json()["detail"]] == [["body", "date"]]
    assert not Outcome.objects.exists()


@pytest.mark.parametrize(
    ("fields", "loc", "message"),
    [
        ({"kind": "invention"}, ["body", "kind"], "Välj ett av"),
        ({"date": "31/3/2025"}, ["body", "date"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"date": "2025-02-30"}, ["body", "date"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"date": 1735689600}, ["body", "date"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"title": "x" * 201}, ["body", "title"], "Skriv högst 200 tecken."),
        ({"amount": "många", "kind": "saving"}, ["body", "amount"], "Ange ett tal."),
        ({"amount": True, "kind": "saving"}, ["body", "amount"], "Ange ett tal."),
        ({"amount_unit": "EUR", "kind": "saving"}, ["body", "amount_unit"], "Välj ett av"),
        (
            {"evidence_url": "javascript:alert(1)"},
            ["body", "evidence_url"],
            "Fyll i en giltig URL.",
        ),
        (
            {"amount": -1, "kind": "saving", "amount_unit": "SEK"},
            ["body", "amount"],
            "En besparing kan inte vara negativ.",
        ),
    ],
)
def test_bad_content_is_a_422_naming_the_field(world, api, fields, loc, message):
    response = _post(api, world, world.coach, **fields)
    assert response.status_code == 422, response.json()
    problems = response.json()["detail"]
    assert [p["loc"] for p in problems] == [loc]
    assert problems[0]["msg"].startswith(message), problems
    assert not Outcome.objects.exists()


def test_a_missing_field_and_an_unreadable_body(world, api):
    response = api(world.coach).post(f"/ideas/{world.idea.pk}/outcomes", {"kind": "product"})
    assert response.status_code == 422
    assert {tuple(p["loc"]) for p in response.json()["detail"]} == {
        ("body", "date"),
        ("body", "title"),
    }
    broken = api(world.coach).post(f"/ideas/{world.idea.pk}/outcomes", raw="{inte json")
    assert broken.status_code == 400
    assert broken.json()["detail"][0]["type"] == "json_invalid"


def test_the_list_does_not_grow_with_the_outcomes(world, api):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    caller = api(world.coach)
    url = f"/ideas/{world.idea.pk}/outcomes"
    _post(api, world, world.coach)
    with CaptureQueriesContext(connection) as few:
        caller.get(url)
    for _ in range(10):
        _post(api, world, world.coach)
    with CaptureQueriesContext(connection) as many:
        assert len(caller.get(url).json()) == 11
    assert len(many) == len(few)
