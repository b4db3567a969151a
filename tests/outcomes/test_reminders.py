"""Follow-up reminders go through the database task queue and the real worker.

The worker opens its own database connections, so these tests commit for real (see
tests/notifications/test_worker.py). Time passing is the queue row's `run_after` being moved
to the past: exactly what the clock would do.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.notifications.models import Notification
from idesluss.organisations.models import SluiceRole
from idesluss.outcomes import services
from idesluss.outcomes.models import FollowUp
from idesluss.outcomes.tasks import remind_follow_up

from ..factories import grant, member_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _work():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def _reminders():
    return DBTaskResult.objects.filter(task_path=remind_follow_up.module_path)


def _time_passes_until(follow_up):
    """The follow-up's due date has come: its reminder is ready to run."""
    [reminder] = [r for r in _reminders() if r.args_kwargs["args"] == [follow_up.pk]]
    reminder.run_after = timezone.now() - timedelta(seconds=1)
    reminder.save(update_fields=["run_after"])


def _benefit(world, implemented_on):
    return services.add_benefit(
        world.coach,
        world.idea,
        name="Tid för pappersblanketter",
        unit="hours",
        baseline=120,
        target=20,
        implemented_on=implemented_on,
    )


def _reminded(user):
    return Notification.objects.filter(recipient=user, subject__startswith="Dags att följa upp")


def test_a_reminder_is_queued_for_each_due_date_in_the_morning(world):
    benefit = _benefit(world, timezone.localdate() - timedelta(days=10))
    six, twelve = benefit.follow_ups.all()
    reminders = {task.args_kwargs["args"][0]: task for task in _reminders()}
    assert set(reminders) == {six.pk, twelve.pk}
    for follow_up in (six, twelve):
        run_after = timezone.localtime(reminders[follow_up.pk].run_after)
        assert run_after.date() == follow_up.due_on and run_after.hour == 7


def test_the_coaches_are_reminded_when_the_follow_up_is_due_and_not_before(world):
    benefit = _benefit(world, timezone.localdate() - timedelta(days=10))
    six, _twelve = benefit.follow_ups.all()
    _work()
    assert not _reminded(world.coach).exists()  # not due yet: the worker leaves it waiting
    _time_passes_until(six)
    _work()
    # The idea has no coach of its own: every coach of the sluice hears it.
    [notification] = _reminded(world.coach)
    assert notification.subject == "Dags att följa upp ”Tid för pappersblanketter”"
    assert "Nu, 6 månader senare" in notification.body
    assert "utgångsläge 120, mål 20 timmar" in notification.body
    assert notification.url == world.idea.get_absolute_url()
    assert not _reminded(world.submitter).exists()
    assert not _reminded(world.decision_maker).exists()
    six.refresh_from_db()
    assert six.reminded_at is not None
    assert AuditEvent.objects.filter(action="followup.remind", target_id=str(six.pk)).exists()
    # …and the e-mail that notify queued went out in the same worker run.
    assert [m.subject for m in mail.outbox if m.to == ["kim@skovde.se"]] == [
        "[Idésluss] Dags att följa upp ”Tid för pappersblanketter”"
    ]
    _work()
    assert _reminded(world.coach).count() == 1  # once


def test_the_ideas_own_coach_is_the_one_reminded(world):
    own = grant(member_of(world.skovde, name="Siv Coach"), world.sluice, SluiceRole.Role.COACH)
    world.idea.coach = own
    world.idea.save(update_fields=["coach"])
    six = _benefit(world, timezone.localdate() - timedelta(days=10)).follow_ups.first()
    _time_passes_until(six)
    _work()
    assert _reminded(own).count() == 1
    assert not _reminded(world.coach).exists()


def test_no_reminder_once_the_follow_up_is_measured(world):
    today = timezone.localdate()
    benefit = _benefit(world, today - timedelta(days=170))
    services.record_measurement(world.coach, benefit, measured_on=today, value=40)
    six, twelve = benefit.follow_ups.all()
    assert six.is_done and not twelve.is_done
    _time_passes_until(six)
    _work()
    assert not _reminded(world.coach).exists()
    assert FollowUp.objects.get(pk=six.pk).reminded_at is None
    _time_passes_until(twelve)
    _work()
    assert _reminded(world.coach).count() == 1


def test_a_benefit_set_up_late_reminds_at_once_of_what_is_already_overdue(world):
    _benefit(world, timezone.localdate() - timedelta(days=400))
    _work()
    assert _reminded(world.coach).count() == 2
