import pytest
from django.urls import reverse

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Decision
from idesluss.notifications.models import Notification

from ..factories import IdeaFactory, stage

pytestmark = pytest.mark.django_db


def _decide(world, user, to_stage, rationale="Vi utforskar det vidare.", idea=None, **extra):
    idea = idea or world.idea
    data = {"to_stage": to_stage.pk, "rationale": rationale, "from_stage": idea.stage_id}
    data.update(extra)
    return world.client_for(user).post(reverse("ideas:decide", args=[idea.pk]), data)


def test_the_coach_takes_the_idea_and_the_submitter_is_told(world):
    response = world.client_for(world.coach).post(reverse("ideas:take", args=[world.idea.pk]))
    world.idea.refresh_from_db()
    assert response.status_code == 302
    assert world.idea.coach == world.coach
    assert world.idea.first_response_at is not None
    notification = Notification.objects.get(recipient=world.submitter)
    assert notification.subject == "Kim Coach är nu idécoach för din idé"
    assert AuditEvent.objects.filter(action="idea.take", actor=world.coach).exists()


def test_a_colleague_cannot_take_the_idea(world):
    response = world.client_for(world.colleague).post(reverse("ideas:take", args=[world.idea.pk]))
    assert response.status_code == 403
    world.idea.refresh_from_db()
    assert world.idea.coach is None


def test_the_coach_moves_the_idea_and_the_submitter_reads_the_rationale(world):
    assessment = stage(world.sluice, "Bedömning")
    response = _decide(world, world.coach, assessment, "Bra idé – vi bedömer nyttan nu.")
    assert response.status_code == 302
    world.idea.refresh_from_db()
    assert world.idea.stage == assessment
    decision = Decision.objects.get(idea=world.idea)
    assert (decision.from_stage.name, decision.to_stage.name) == ("Inkommen", "Bedömning")
    page = world.client_for(world.submitter).get(world.idea.get_absolute_url())
    assert "Flyttad från Inkommen till Bedömning" in page.text
    assert "Bra idé – vi bedömer nyttan nu." in page.text
    told = Notification.objects.get(recipient=world.submitter)
    assert told.subject == "Din idé ”Digital tavla för lediga hjälpmedel” är nu i steget: Bedömning"
    assert AuditEvent.objects.filter(action="idea.decide", actor=world.coach).exists()


def test_a_coach_cannot_pass_a_gate_but_a_decision_maker_can(world):
    testing = stage(world.sluice, "Testa")
    page = world.client_for(world.coach).get(world.idea.get_absolute_url())
    assert f'value="{testing.pk}"' not in page.text
    assert _decide(world, world.coach, testing).status_code == 400
    world.idea.refresh_from_db()
    assert world.idea.stage.name == "Inkommen"
    assert (
        _decide(world, world.decision_maker, testing, "Vi testar på Ekbackens boende.").status_code
        == 302
    )
    world.idea.refresh_from_db()
    assert world.idea.stage == testing


def test_closing_needs_a_reason_that_the_submitter_reads(world):
    closed = stage(world.sluice, "Avslutad")
    response = _decide(world, world.decision_maker, closed, rationale="  ")
    assert response.status_code == 400
    assert "Skriv en motivering: idégivaren kommer att läsa den." in response.text
    reason = "Finns redan i upphandlat system; vi visar hur det används på APT."
    assert _decide(world, world.decision_maker, closed, reason).status_code == 302
    page = world.client_for(world.submitter).get(world.idea.get_absolute_url())
    assert reason in page.text and "Avslutad" in page.text


def test_merging_links_the_two_ideas_and_tells_both_submitters(world):
    target = IdeaFactory(
        sluice=world.sluice, organisation=world.lidkoping, title="Hjälpmedelskarta"
    )
    merged = stage(world.sluice, "Sammanslagen")
    response = _decide(
        world, world.coach, merged, "Samma behov som idé i Lidköping.", merged_into=target.pk
    )
    assert response.status_code == 302
    world.idea.refresh_from_db()
    assert world.idea.merged_into == target
    assert Notification.objects.filter(recipient=target.submitter).exists()
    assert Notification.objects.filter(recipient=world.submitter).exists()


def test_merging_into_an_unknown_idea_is_refused(world):
    merged = stage(world.sluice, "Sammanslagen")
    response = _decide(world, world.coach, merged, "Dubblett.", merged_into=999999)
    assert response.status_code == 400
    assert "Det finns ingen idé med det numret." in response.text


def test_a_stale_move_changes_nothing_and_keeps_the_rationale(world):
    """Two coaches decide at once: the second one's form still shows the old stage."""
    assessment, exploring = stage(world.sluice, "Bedömning"), stage(world.sluice, "Utforska")
    seen_stage = world.idea.stage_id
    assert _decide(world, world.coach, assessment).status_code == 302
    late = world.client_for(world.coach).post(
        reverse("ideas:decide", args=[world.idea.pk]),
        {"to_stage": exploring.pk, "rationale": "Min sena motivering", "from_stage": seen_stage},
    )
    assert late.status_code == 400
    assert "Någon annan har redan flyttat idén från Inkommen till Bedömning" in late.text
    assert "Min sena motivering" in late.text
    world.idea.refresh_from_db()
    assert world.idea.stage == assessment
    assert Decision.objects.filter(idea=world.idea).count() == 1


def test_a_malformed_decision_post_is_a_clear_400(world):
    response = world.client_for(world.coach).post(
        reverse("ideas:decide", args=[world.idea.pk]),
        {"to_stage": "inte-ett-steg", "rationale": "x", "from_stage": "?"},
    )
    assert response.status_code == 400
    assert "Något behöver rättas" in response.text


def test_read_only_and_outsiders_cannot_decide(world):
    assessment = stage(world.sluice, "Bedömning")
    assert _decide(world, world.colleague, assessment).status_code == 403
    assert _decide(world, world.submitter, assessment).status_code == 403
    assert _decide(world, world.outsider, assessment).status_code == 404
    anonymous = world.client_for(None).post(reverse("ideas:decide", args=[world.idea.pk]), {})
    assert anonymous.status_code == 302 and "/konto/login/" in anonymous["Location"]
    world.idea.refresh_from_db()
    assert world.idea.stage.name == "Inkommen"


def test_decisions_are_immutable(world):
    _decide(world, world.coach, stage(world.sluice, "Bedömning"))
    decision = Decision.objects.get(idea=world.idea)
    decision.rationale = "Ändrad i efterhand"
    with pytest.raises(ValueError):
        decision.save()
