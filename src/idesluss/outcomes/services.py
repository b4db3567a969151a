"""Writes of outcomes and benefits. Each is one transaction, checks permission and audits."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import PurePath

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from idesluss.audit.services import record
from idesluss.ideas.models import Idea
from idesluss.ideas.queries import audience_of_answers
from idesluss.ideas.uploads import check_upload
from idesluss.notifications.services import message, notify

from . import rules
from .models import FOLLOW_UP_MONTHS, Benefit, BenefitMeasurement, FollowUp, Outcome, add_months
from .tasks import remind_follow_up

# A measurement this long before a follow-up's due date still counts for it: nobody should
# have to wait for the exact day.
EARLY_MEASUREMENT = timedelta(days=30)
CENTS = Decimal("0.01")
# Reminders go out in the morning of the due date, the sluice's time.
REMINDER_TIME = time(7, 0)


def _validate(instance, errors: dict | None = None) -> None:
    """full_clean() without the foreign-key look-ups (the caller holds those objects), with any
    errors found before it, so that a form shows every problem at once."""
    errors = {field: list(found) for field, found in (errors or {}).items()}
    try:
        instance.full_clean(exclude=["idea", "benefit", "created_by"])
    except ValidationError as error:
        for field, found in error.error_dict.items():
            errors.setdefault(field, []).extend(found)  # ValidationErrors: their codes stay
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def record_outcome(
    actor,
    idea: Idea,
    *,
    kind: str,
    title: str,
    date: date | None,
    description: str = "",
    evidence_url: str = "",
    evidence_file=None,
    organisation_number: str = "",
    registration_number: str = "",
    amount: Decimal | None = None,
    amount_unit: str = "",
) -> Outcome:
    """Record what the idea produced (DESIGN §3), with its evidence, and tell the submitter."""
    if not rules.can_record_outcome(actor, idea):
        raise PermissionDenied
    outcome = Outcome(
        idea=idea,
        kind=kind,
        title=title.strip(),
        description=description.strip(),
        date=date,
        evidence_url=evidence_url.strip(),
        organisation_number=organisation_number.strip(),
        registration_number=registration_number.strip(),
        amount=amount,
        amount_unit=amount_unit or "",
        created_by=actor,
    )
    errors = {}
    if evidence_file is not None:
        try:
            outcome.evidence_content_type = check_upload(evidence_file)
        except ValidationError as error:
            errors["evidence_file"] = error.error_list
        outcome.evidence_name = PurePath(evidence_file.name).name[:255]
        outcome.evidence_size = evidence_file.size
    _validate(outcome, errors)
    if outcome.amount is not None:
        outcome.amount = outcome.amount.quantize(CENTS)  # as stored, for whoever reads it next
    outcome.save()
    if evidence_file is not None:
        # Stored after the row, inside the transaction: if storing fails, no outcome remains.
        outcome.evidence_file.save(outcome.evidence_name, evidence_file, save=False)
        outcome.save(update_fields=["evidence_file"])
    record(actor, "outcome.record", outcome, idea=idea.pk, kind=outcome.kind, title=outcome.title)
    notify(
        [person for person in audience_of_answers(idea) if person.pk != actor.pk],
        idea=idea,
        url=idea.get_absolute_url(),
        subject=message(_("Your idea “%(title)s” has produced a result"), title=idea.title),
        body=message(
            _("%(kind)s: %(outcome)s. It is shown on the idea's page."),
            kind=Outcome.Kind(outcome.kind).label,  # lazy: rendered in notify's language
            outcome=outcome.title,
        ),
    )
    return outcome


def reminder_moment(due_on: date) -> datetime:
    """When the reminder of a follow-up due on `due_on` is sent."""
    return timezone.make_aware(datetime.combine(due_on, REMINDER_TIME))


@transaction.atomic
def add_benefit(
    actor,
    idea: Idea,
    *,
    name: str,
    unit: str,
    baseline: Decimal | None,
    target: Decimal | None,
    implemented_on: date | None,
    custom_unit: str = "",
) -> Benefit:
    """Set up a benefit to follow up, with its follow-ups at 6 and 12 months after the change
    and a reminder to the coach queued for each due date."""
    if not rules.can_follow_up(actor, idea):
        raise PermissionDenied
    benefit = Benefit(
        idea=idea,
        name=name.strip(),
        unit=unit,
        custom_unit=custom_unit,
        baseline=baseline,
        target=target,
        implemented_on=implemented_on,
        created_by=actor,
    )
    _validate(benefit)
    benefit.save()
    follow_ups = FollowUp.objects.bulk_create(
        FollowUp(benefit=benefit, months=months, due_on=add_months(implemented_on, months))
        for months in FOLLOW_UP_MONTHS
    )
    # The database task backend writes the reminders in this transaction: no benefit without
    # its reminders, and no reminder for a benefit that was never saved.
    for follow_up in follow_ups:
        remind_follow_up.using(run_after=reminder_moment(follow_up.due_on)).enqueue(follow_up.pk)
    record(
        actor,
        "benefit.add",
        benefit,
        idea=idea.pk,
        name=benefit.name,
        due=[follow_up.due_on.isoformat() for follow_up in follow_ups],
    )
    return benefit


@transaction.atomic
def record_measurement(
    actor,
    benefit: Benefit,
    *,
    measured_on: date | None,
    value: Decimal | None,
    note: str = "",
) -> BenefitMeasurement:
    """Record a measured value; it completes every open follow-up due by then (or within
    EARLY_MEASUREMENT of it), so a late measurement also settles the one that was missed."""
    if not rules.can_follow_up(actor, benefit.idea):
        raise PermissionDenied
    measurement = BenefitMeasurement(
        benefit=benefit, measured_on=measured_on, value=value, note=note.strip(), created_by=actor
    )
    _validate(measurement)
    measurement.save()
    settled = FollowUp.objects.filter(
        benefit=benefit,
        measurement__isnull=True,
        due_on__lte=measured_on + EARLY_MEASUREMENT,
    )
    settled_ids = list(settled.values_list("pk", flat=True))
    FollowUp.objects.filter(pk__in=settled_ids).update(measurement=measurement)
    record(
        actor,
        "benefit.measure",
        measurement,
        benefit=benefit.pk,
        idea=benefit.idea_id,
        value=str(measurement.value),
        follow_ups=settled_ids,
    )
    return measurement
