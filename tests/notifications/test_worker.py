"""The worker really sends what the services queue: run `idesluss worker` in batch mode.

The worker closes and reopens database connections as a long-running process should, which
cannot happen inside the transaction an ordinary test runs in: these tests commit for real.
"""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from idesluss.ideas import services
from idesluss.notifications.models import Notification

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _work():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def test_the_receipt_e_mail_goes_out_through_the_worker(world):
    world.client_for(world.submitter).post(
        reverse("ideas:submit"),
        {
            "sluice": world.sluice.pk,
            "problem": "Brukarna får vänta på hjälpmedel.",
            "visibility": "organisation",
        },
    )
    assert mail.outbox == []  # nothing is sent inside the request
    _work()
    subjects = {(message.to[0], message.subject) for message in mail.outbox}
    assert (
        "sara@skovde.se",
        "[Idésluss] Tack för din idé: Brukarna får vänta på hjälpmedel.",
    ) in subjects
    assert ("kim@skovde.se", "[Idésluss] Ny idé i inkorgen: Brukarna får vänta på hjälpmedel.") in (
        subjects
    )


def test_a_decision_e_mail_carries_the_rationale_and_a_link(world):
    assessment = world.sluice.stages.get(name="Bedömning")
    services.decide(world.coach, world.idea, to_stage=assessment, rationale="Vi bedömer nyttan.")
    _work()
    (message,) = [m for m in mail.outbox if m.to == ["sara@skovde.se"]]
    assert "Kim Coach beslutade: Vi bedömer nyttan." in message.body
    assert f"http://127.0.0.1:8000/ideer/{world.idea.pk}/" in message.body
    assert Notification.objects.get(recipient=world.submitter).emailed_at is not None
    _work()
    assert len([m for m in mail.outbox if m.to == ["sara@skovde.se"]]) == 1  # sent once
