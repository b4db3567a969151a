"""outcomes.services: permission checked inside, one transaction, an audit event for each write."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from idesluss.audit.models import AuditEvent
from idesluss.notifications.models import Notification
from idesluss.outcomes import services
from idesluss.outcomes.models import Benefit, BenefitMeasurement, FollowUp, Outcome

from ..factories import UserFactory
from .conftest import PNG

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("persona", ["coach", "decision_maker"])
def test_coaches_and_decision_makers_record_outcomes(world, record, persona):
    outcome = record(getattr(world, persona))
    assert Outcome.objects.get() == outcome
    assert outcome.created_by == getattr(world, persona)
    event = AuditEvent.objects.get(action="outcome.record")
    assert event.target_id == str(outcome.pk)
    assert event.actor == getattr(world, persona)
    assert event.data == {"idea": world.idea.pk, "kind": "product", "title": "Strokegreppet"}


@pytest.mark.parametrize("persona", ["submitter", "colleague", "admin", "analyst", "outsider"])
def test_nobody_else_records_outcomes_even_past_the_pages(world, record, persona):
    with pytest.raises(PermissionDenied):
        record(getattr(world, persona))
    assert not Outcome.objects.exists()
    assert not AuditEvent.objects.filter(action="outcome.record").exists()


def test_a_super_user_may_record(world, record):
    assert record(UserFactory(is_superuser=True))


def test_the_submitter_is_told_of_the_result(world, record):
    record(title="Strokegreppet på alla rollatorer")
    told = Notification.objects.get(recipient=world.submitter)
    assert told.subject == "Din idé ”Digital tavla för lediga hjälpmedel” har gett ett resultat"
    assert "Ny produkt: Strokegreppet på alla rollatorer" in told.body
    assert not Notification.objects.filter(recipient=world.coach).exists()


def test_the_submitter_is_told_in_swedish_whatever_language_the_coach_works_in(world, record):
    with translation.override("en"):
        record(title="Strokegreppet")
    told = Notification.objects.get(recipient=world.submitter)
    assert told.subject.endswith("har gett ett resultat")
    assert told.body.startswith("Ny produkt: Strokegreppet.")


def test_an_evidence_file_is_checked_and_stored(world, record):
    upload = SimpleUploadedFile("protokoll.png", PNG, content_type="image/png")
    outcome = record(evidence_url="", evidence_file=upload)
    assert outcome.evidence_name == "protokoll.png"
    assert outcome.evidence_content_type == "image/png"
    assert outcome.evidence_file.read() == PNG


def test_a_bad_file_is_refused_with_the_other_problems_at_once(world, record):
    upload = SimpleUploadedFile("protokoll.pdf", b"\x7fELF" + b"\0" * 100)
    with pytest.raises(ValidationError) as refused:
        record(evidence_url="", evidence_file=upload, kind="company", title=" ")
    assert set(refused.value.message_dict) == {"evidence_file", "title", "organisation_number"}
    assert not Outcome.objects.exists()


def test_a_failing_upload_leaves_no_outcome_and_no_audit_event(world, record, monkeypatch):
    def broken_disk(self, name, content, max_length=None):
        raise OSError("No space left on device")

    monkeypatch.setattr(FileSystemStorage, "save", broken_disk)
    upload = SimpleUploadedFile("protokoll.png", PNG, content_type="image/png")
    with pytest.raises(OSError):
        record(evidence_url="", evidence_file=upload)
    assert not Outcome.objects.exists()
    assert not AuditEvent.objects.filter(action="outcome.record").exists()
    assert not Notification.objects.exists()


def test_a_refused_outcome_writes_nothing(world, record):
    with pytest.raises(ValidationError):
        record(kind="saving")
    assert not Outcome.objects.exists()
    assert not AuditEvent.objects.exists()


# --- Benefits and measurements ------------------------------------------------------------


def test_a_benefit_gets_its_follow_ups_and_an_audit_event(world, benefit):
    from datetime import date

    added = benefit(implemented_on=date(2025, 8, 31))
    assert [(f.months, f.due_on) for f in added.follow_ups.all()] == [
        (6, date(2026, 2, 28)),
        (12, date(2026, 8, 31)),
    ]
    event = AuditEvent.objects.get(action="benefit.add")
    assert event.data["due"] == ["2026-02-28", "2026-08-31"]


@pytest.mark.parametrize("persona", ["submitter", "colleague", "analyst", "outsider"])
def test_only_coaches_and_decision_makers_add_benefits_and_measure(world, benefit, persona):
    with pytest.raises(PermissionDenied):
        benefit(getattr(world, persona))
    added = benefit()
    with pytest.raises(PermissionDenied):
        services.record_measurement(
            getattr(world, persona), added, measured_on=timezone.localdate(), value=90
        )
    assert Benefit.objects.count() == 1
    assert not BenefitMeasurement.objects.exists()


def test_a_custom_unit_needs_its_name(world, benefit):
    with pytest.raises(ValidationError) as refused:
        benefit(unit="custom", custom_unit=" ")
    assert refused.value.message_dict == {
        "custom_unit": ["Ange enheten, till exempel dagar eller besök."]
    }
    assert benefit(unit="custom", custom_unit="besök").unit_label == "besök"
    assert benefit(unit="hours", custom_unit="glömd").custom_unit == ""


def test_a_measurement_settles_the_follow_ups_due_by_then(world, benefit):
    today = timezone.localdate()
    added = benefit(implemented_on=today - timedelta(days=400))
    six, twelve = added.follow_ups.all()
    early = services.record_measurement(
        world.coach, added, measured_on=today - timedelta(days=350), value=100
    )
    assert not FollowUp.objects.filter(measurement=early).exists()  # too early for either
    late = services.record_measurement(world.coach, added, measured_on=today, value=30, note="Bra")
    six.refresh_from_db()
    twelve.refresh_from_db()
    assert six.measurement == late and twelve.measurement == late
    event = AuditEvent.objects.filter(action="benefit.measure").latest("pk")
    assert set(event.data["follow_ups"]) == {six.pk, twelve.pk}


def test_a_measurement_a_little_before_the_due_date_counts(world, benefit):
    today = timezone.localdate()
    added = benefit(implemented_on=today - timedelta(days=170))
    services.record_measurement(world.coach, added, measured_on=today, value=50)
    six, twelve = added.follow_ups.all()
    assert six.is_done and not twelve.is_done


def test_a_measurement_is_not_in_the_future_nor_before_the_change(world, benefit):
    today = timezone.localdate()
    added = benefit(implemented_on=today - timedelta(days=10))
    for day in (today + timedelta(days=1), today - timedelta(days=11)):
        with pytest.raises(ValidationError) as refused:
            services.record_measurement(world.coach, added, measured_on=day, value=1)
        assert "measured_on" in refused.value.message_dict
    assert not BenefitMeasurement.objects.exists()
