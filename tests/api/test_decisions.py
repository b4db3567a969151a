"""POST /api/v1/ideas/{id}/decisions: stage moves through ideas.services.decide."""

import pytest

from idesluss.audit.models import AuditEvent
from idesluss.ideas import services
from idesluss.ideas.models import Decision
from idesluss.organisations.models import Stage

from ..factories import IdeaFactory, SluiceFactory

pytestmark = pytest.mark.django_db


def _decide(api, world, user, **body):
    return api(user).post(f"/ideas/{world.idea.pk}/decisions", body)


def test_a_coach_moves_the_idea_with_a_rationale(world, api, stages):
    response = _decide(
        api,
        world,
        world.coach,
        to_stage=stages[1].pk,
        from_stage=stages[0].pk,
        rationale="Vi bedömer nyttan.",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["from_stage"]["id"] == stages[0].pk
    assert body["to_stage"] == {"id": stages[1].pk, "name": stages[1].name, "kind": "active"}
    assert body["decided_by"] == "Kim Coach"
    assert body["rationale"] == "Vi bedömer nyttan."
    world.idea.refresh_from_db()
    assert world.idea.stage == stages[1]
    assert Decision.objects.get(pk=body["id"]).idea == world.idea
    assert AuditEvent.objects.filter(action="idea.decide").exists()


def test_the_submitter_reads_the_decision_afterwards(world, api, stages):
    _decide(api, world, world.coach, to_stage=stages[1].pk, rationale="Vi bedömer nyttan.")
    detail = api(world.submitter).get(f"/ideas/{world.idea.pk}").json()
    assert [d["rationale"] for d in detail["decisions"]] == ["Vi bedömer nyttan."]


def test_a_gate_needs_a_decision_maker(world, api, stages):
    gate = stages[3]
    assert gate.is_gate
    refused = _decide(api, world, world.coach, to_stage=gate.pk, rationale="Testa!")
    assert refused.status_code == 403
    allowed = _decide(api, world, world.decision_maker, to_stage=gate.pk, rationale="Testa!")
    assert allowed.status_code == 201


def test_a_colleague_who_may_read_the_idea_gets_403(world, api, stages):
    assert api(world.colleague).get(f"/ideas/{world.idea.pk}").status_code == 200
    response = _decide(api, world, world.colleague, to_stage=stages[1].pk, rationale="Ja")
    assert response.status_code == 403
    assert response.json()["detail"]
    assert not Decision.objects.exists()


def test_the_read_only_user_gets_403_even_with_a_stale_stage(world, api, stages):
    services.decide(world.coach, world.idea, to_stage=stages[1], rationale="Bedöms.")
    response = _decide(
        api, world, world.colleague, to_stage=stages[2].pk, from_stage=stages[0].pk, rationale="Ja"
    )
    assert response.status_code == 403


def test_an_outsider_gets_404(world, api, stages):
    response = _decide(api, world, world.outsider, to_stage=stages[1].pk, rationale="Ja")
    assert response.status_code == 404
    assert not Decision.objects.exists()


def test_an_unknown_idea_is_404(world, api, stages):
    response = api(world.coach).post(
        "/ideas/987654/decisions", {"to_stage": stages[1].pk, "rationale": "Ja"}
    )
    assert response.status_code == 404


def test_anonymous_callers_get_401(world, api, stages):
    response = _decide(api, world, None, to_stage=stages[1].pk, rationale="Ja")
    assert response.status_code == 401


def test_a_stale_from_stage_is_a_conflict_and_changes_nothing(world, api, stages):
    services.decide(world.decision_maker, world.idea, to_stage=stages[2], rationale="Utforska.")
    response = _decide(
        api,
        world,
        world.coach,
        to_stage=stages[1].pk,
        from_stage=stages[0].pk,
        rationale="Min motivering",
    )
    assert response.status_code == 409
    detail = response.json()["detail"]
    assert stages[0].name in detail and stages[2].name in detail
    world.idea.refresh_from_db()
    assert world.idea.stage == stages[2]
    assert Decision.objects.count() == 1


def test_an_unknown_stage_is_refused(world, api):
    response = _decide(api, world, world.coach, to_stage=987_654, rationale="Ja")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "to_stage"]


def test_a_stage_of_another_sluice_is_refused(world, api):
    elsewhere = SluiceFactory().stages.order_by("position")[1]
    response = _decide(api, world, world.coach, to_stage=elsewhere.pk, rationale="Ja")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "to_stage"]


def test_the_stage_the_idea_is_in_is_refused(world, api, stages):
    response = _decide(api, world, world.coach, to_stage=stages[0].pk, rationale="Ja")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "to_stage"]


def test_an_empty_rationale_is_refused(world, api, stages):
    response = _decide(api, world, world.coach, to_stage=stages[1].pk, rationale="  \n ")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "rationale"]
    assert not Decision.objects.exists()


def test_a_missing_rationale_and_a_text_stage_are_refused_together(world, api):
    response = _decide(api, world, world.coach, to_stage="Bedömning")
    assert response.status_code == 422
    locations = [error["loc"] for error in response.json()["detail"]]
    assert ["body", "to_stage"] in locations and ["body", "rationale"] in locations


def test_merging_names_the_idea_merged_into(world, api, stages):
    merged = next(s for s in stages if s.kind == Stage.Kind.MERGED)
    without = _decide(api, world, world.coach, to_stage=merged.pk, rationale="Samma behov")
    assert without.status_code == 422
    assert without.json()["detail"][0]["loc"] == ["body", "merged_into"]
    unknown = _decide(
        api, world, world.coach, to_stage=merged.pk, rationale="Samma behov", merged_into=987_654
    )
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["body", "merged_into"]
    target = IdeaFactory(sluice=world.sluice, organisation=world.skovde)
    response = _decide(
        api, world, world.coach, to_stage=merged.pk, rationale="Samma behov", merged_into=target.pk
    )
    assert response.status_code == 201
    assert response.json()["merged_into"] == target.pk


def test_a_closed_idea_cannot_be_moved_again(world, api, stages):
    closed = next(s for s in stages if s.kind == Stage.Kind.CLOSED)
    services.decide(world.decision_maker, world.idea, to_stage=closed, rationale="Nej tack.")
    response = _decide(api, world, world.decision_maker, to_stage=stages[1].pk, rationale="Ja")
    assert response.status_code == 403


def test_malformed_json_is_a_bad_request(world, api):
    response = api(world.coach).post(f"/ideas/{world.idea.pk}/decisions", raw="to_stage=2")
    assert response.status_code == 400
