"""`idesluss demo`: two sluices of real municipalities, people in every role, every stage."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, F
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Comment, Decision, Idea, Support, Visibility
from idesluss.notifications.models import Notification
from idesluss.notifications.tasks import email_notifications
from idesluss.organisations.models import Membership, Sluice, SluiceRole, Stage, Unit

pytestmark = pytest.mark.django_db

# Skövde, Lidköping, Mariestad, Falköping and Skara; Helsingborg.
SKARABORG_CODES = {"1496", "1494", "1493", "1499", "1495"}
HELSINGBORG_CODE = "1283"


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for this module, in a transaction rolled back after its last test."""
    fast = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    media = tmp_path_factory.mktemp("media")  # the demo's evidence files
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=fast, MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        output = io.StringIO()
        call_command("demo", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def _sluice(slug):
    return Sluice.objects.prefetch_related("members").get(slug=slug)


def _printed_login(output, role):
    row = next(line for line in output.splitlines() if line.strip().startswith(role))
    email, password = re.split(r"\s{2,}", row.strip())[1:3]
    return email, password


def _counts():
    models = (
        get_user_model(),
        Membership,
        Unit,
        Sluice,
        SluiceRole,
        Idea,
        Decision,
        Comment,
        Support,
        Notification,
        AuditEvent,
    )
    return {model.__name__: model.objects.count() for model in models}


def test_it_creates_both_sluices_with_their_real_member_codes(demo_output):
    skaraborg, helsingborg = _sluice("skaraborg"), _sluice("helsingborg")
    assert skaraborg.name == "Skaraborgs innovationssluss"
    assert {m.code for m in skaraborg.members.all()} == SKARABORG_CODES
    assert {m.kind for m in skaraborg.members.all()} == {"municipality"}
    assert helsingborg.name == "Helsingborgs idésluss"
    assert [m.code for m in helsingborg.members.all()] == [HELSINGBORG_CODE]
    assert skaraborg.categories.filter(name="Äldreomsorg").exists()


def test_it_puts_at_least_sixty_ideas_in_every_stage_of_both_sluices(demo_output):
    assert Idea.objects.count() >= 60
    for stage in Stage.objects.filter(sluice__slug__in=["skaraborg", "helsingborg"]):
        assert stage.ideas.exists(), f"No idea in {stage.sluice.slug}: {stage.name}"


def test_every_idea_moved_one_decision_at_a_time_within_its_sluice(demo_output):
    ideas = Idea.objects.select_related("stage").prefetch_related("decisions")
    for idea in ideas:
        first_stage = Stage.objects.filter(sluice=idea.sluice_id).order_by("position").first()
        decisions = sorted(idea.decisions.all(), key=lambda d: (d.created_at, d.pk))
        expected_from = first_stage.pk
        for decision in decisions:
            assert decision.from_stage.sluice_id == idea.sluice_id
            assert decision.to_stage.sluice_id == idea.sluice_id
            assert decision.from_stage_id == expected_from, idea.title
            assert decision.rationale.strip()
            assert decision.created_at >= idea.created_at
            expected_from = decision.to_stage_id
        assert idea.stage_id == expected_from, idea.title
        if decisions:
            assert idea.stage_entered_at == decisions[-1].created_at


def test_closed_ideas_tell_the_submitter_why(demo_output):
    closed = Idea.objects.filter(stage__kind=Stage.Kind.CLOSED)
    assert closed.exists()
    for idea in closed:
        last = idea.decisions.latest("created_at")
        assert last.to_stage.kind == Stage.Kind.CLOSED
        assert len(last.rationale) > 100
        assert last.decided_by is not None


def test_merged_ideas_name_the_idea_they_joined(demo_output):
    merged = Idea.objects.filter(stage__kind=Stage.Kind.MERGED)
    assert merged.exists()
    for idea in merged:
        assert idea.merged_into is not None
        assert idea.merged_into.sluice_id == idea.sluice_id
        assert idea.decisions.latest("created_at").merged_into_id == idea.merged_into_id


def test_coaches_and_submitters_talk_and_colleagues_support(demo_output):
    assert Comment.objects.filter(internal=True).exists()
    visible = Comment.objects.filter(internal=False)
    assert visible.filter(author=F("idea__submitter")).exists()
    assert visible.filter(author=F("idea__coach")).exists()
    assert Support.objects.count() >= 100
    assert not Support.objects.filter(user=F("idea__submitter")).exists()


def test_every_role_has_someone(demo_output):
    for role in SluiceRole.Role.values:
        for slug in ("skaraborg", "helsingborg"):
            assert SluiceRole.objects.filter(role=role, sluice__slug=slug).exists(), role
    assert Membership.objects.filter(is_admin=True).exists()
    assert get_user_model().objects.filter(is_superuser=True).exists()
    per_user = Membership.objects.values("user").order_by().annotate(count=Count("pk"))
    assert per_user.filter(count__gt=1).exists()
    only_support = get_user_model().objects.filter(
        supports__isnull=False, submitted_ideas__isnull=True, sluice_roles__isnull=True
    )
    assert only_support.exists()


def test_the_visibility_is_mixed_but_mostly_within_the_organisations(demo_output):
    by_visibility = {v: Idea.objects.filter(visibility=v).count() for v in Visibility.values}
    assert by_visibility[Visibility.PRIVATE] >= 2
    assert by_visibility[Visibility.PUBLIC] >= 2
    inside = by_visibility[Visibility.ORGANISATION] + by_visibility[Visibility.NETWORK]
    assert inside > Idea.objects.count() / 2


def test_some_ideas_wait_past_their_first_response_time(demo_output):
    waiting = Idea.objects.filter(first_response_at__isnull=True).select_related("sluice")
    assert any(idea.is_first_response_overdue() for idea in waiting)
    assert any(not idea.is_first_response_overdue() for idea in waiting)


def test_the_story_spans_the_last_eighteen_months_and_nothing_lies_ahead(demo_output):
    now = timezone.now()
    oldest = Idea.objects.earliest("created_at").created_at
    assert now - timedelta(days=600) < oldest < now - timedelta(days=450)
    for model, field in (
        (Idea, "created_at"),
        (Decision, "created_at"),
        (Comment, "created_at"),
        (Support, "created_at"),
        (Notification, "created_at"),
        (AuditEvent, "created_at"),
    ):
        assert not model.objects.filter(**{f"{field}__gt": now}).exists(), model.__name__
    assert Idea.objects.filter(first_response_at__lt=now - timedelta(days=365)).exists()


def test_no_email_to_the_invented_people_waits_in_the_queue(demo_output):
    assert not DBTaskResult.objects.filter(task_path=email_notifications.module_path).exists()
    assert Notification.objects.filter(read_at__isnull=False).exists()
    assert Notification.objects.filter(read_at__isnull=True).exists()


def test_it_prints_the_log_ins_with_the_password(demo_output):
    assert "http://127.0.0.1:8000/" in demo_output
    for role, email in (
        ("Submitter (Skaraborg)", "anna.lind@skovde.se"),
        ("Idea coach (Skaraborg)", "maria.ek@skovde.se"),
        ("Decision maker (Skaraborg)", "helena.strand@lidkoping.se"),
        ("Sluice administrator (Skaraborg)", "tove.martinsson@skovde.se"),
        ("Analyst (Skaraborg)", "ulrika.bergman@falkoping.se"),
        ("Idea coach (Helsingborg)", "camilla.rosen@helsingborg.se"),
        ("Super-user", "admin@idesluss.se"),
    ):
        assert _printed_login(demo_output, role) == (email, "idesluss-demo")


def test_running_it_again_changes_nothing(demo_output):
    before = _counts()
    output = io.StringIO()
    call_command("demo", stdout=output)
    assert _counts() == before
    assert "already loaded; nothing changed" in output.getvalue()
    assert "anna.lind@skovde.se" in output.getvalue()


def test_the_demo_submitter_logs_in_with_the_printed_password_and_sees_her_ideas(demo_output):
    email, password = _printed_login(demo_output, "Submitter (Skaraborg)")
    client = Client()
    assert client.login(email=email, password=password)
    response = client.get(reverse("ideas:mine"))
    assert response.status_code == 200
    titles = Idea.objects.filter(submitter__email=email).values_list("title", flat=True)
    assert len(titles) >= 3
    for title in titles:
        assert escape(title) in response.text


def test_implemented_ideas_have_outcomes_and_benefits_with_one_follow_up_overdue(demo_output):
    from idesluss.outcomes.models import Benefit, Outcome
    from idesluss.outcomes.queries import overdue_followups
    from idesluss.outcomes.tasks import remind_follow_up

    outcomes = Outcome.objects.select_related("idea__stage")
    assert {"method", "procurement", "saving", "service"} <= {o.kind for o in outcomes}
    assert all(o.idea.stage.is_final and o.date <= timezone.localdate() for o in outcomes)
    assert all(o.evidence_url or o.evidence_file for o in outcomes)
    assert Benefit.objects.filter(measurements__isnull=False).exists()
    skaraborg = Sluice.objects.get(slug="skaraborg")
    assert overdue_followups([skaraborg]).exists()
    # Reminders of the past went out in the story; only those still ahead wait in the queue.
    waiting = DBTaskResult.objects.filter(task_path=remind_follow_up.module_path)
    assert waiting.exists()
    assert all(task.run_after > timezone.now() for task in waiting)
