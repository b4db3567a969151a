"""outcomes.queries: which follow-ups are due or overdue, for the dashboard."""

from datetime import timedelta

import pytest
from django.utils import timezone

from idesluss.outcomes import queries, services

from ..factories import IdeaFactory, SluiceFactory, UserFactory

pytestmark = pytest.mark.django_db


def _benefit(world, idea, days_ago, user=None):
    return services.add_benefit(
        user or world.coach,
        idea,
        name=f"Nytta {days_ago}",
        unit="SEK",
        baseline=0,
        target=100_000,
        implemented_on=timezone.localdate() - timedelta(days=days_ago),
    )


def test_overdue_follow_ups_of_the_users_sluices(world):
    today = timezone.localdate()
    old = _benefit(world, world.idea, 400)  # both follow-ups overdue
    half = _benefit(world, world.idea, 200)  # the 6-month one overdue
    _benefit(world, world.idea, 10)  # nothing due yet
    overdue = list(queries.overdue_followups(world.coach))
    assert [(f.benefit, f.months) for f in overdue] == [(old, 6), (old, 12), (half, 6)]
    assert all(f.due_on < today for f in overdue)
    assert overdue == list(queries.overdue_followups([world.sluice]))
    assert overdue == list(queries.overdue_followups([world.sluice.pk]))


def test_a_measured_follow_up_is_no_longer_overdue(world):
    old = _benefit(world, world.idea, 200)
    services.record_measurement(world.coach, old, measured_on=timezone.localdate(), value=5)
    assert not queries.overdue_followups(world.coach).exists()


def test_due_today_is_open_but_not_yet_overdue(world):
    benefit = _benefit(world, world.idea, 10)
    six = benefit.follow_ups.first()
    assert not queries.open_followups(world.coach).exists()
    assert list(queries.open_followups(world.coach, today=six.due_on)) == [six]
    assert not queries.overdue_followups(world.coach, today=six.due_on).exists()
    later = six.due_on + timedelta(days=1)
    assert list(queries.overdue_followups(world.coach, today=later)) == [six]


def test_other_sluices_and_other_people_see_none_of_them(world):
    _benefit(world, world.idea, 400)
    other_sluice = SluiceFactory(members=[world.helsingborg])
    other_idea = IdeaFactory(sluice=other_sluice)
    superuser = UserFactory(is_superuser=True)
    elsewhere = _benefit(world, other_idea, 400, user=superuser)
    assert not queries.overdue_followups(world.submitter).exists()
    assert not queries.overdue_followups(world.analyst).exists()  # may not see private ideas
    assert not queries.overdue_followups(world.outsider).exists()
    assert elsewhere not in {f.benefit for f in queries.overdue_followups(world.coach)}
    assert queries.overdue_followups(superuser).count() == 4
    assert [f.benefit for f in queries.overdue_followups([other_sluice])] == [elsewhere] * 2
