from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import floatformat
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from idesluss.audit.services import record
from idesluss.ideas.queries import coaches_of
from idesluss.notifications.services import notify

from .models import FollowUp


def _coaches_to_remind(idea) -> list:
    """The idea's coach; without one, every coach of its sluice."""
    if idea.coach is not None and idea.coach.is_active:
        return [idea.coach]
    return coaches_of(idea.sluice)


@task()
def remind_follow_up(follow_up_id: int) -> None:
    """Remind the coach that a benefit's follow-up is due. Enqueued with `run_after` at the due
    date when the benefit is set up; does nothing if the measurement came first."""
    with transaction.atomic():
        follow_up = (
            FollowUp.objects.select_for_update(of=("self",))
            .select_related("benefit__idea__coach", "benefit__idea__sluice")
            .filter(pk=follow_up_id, measurement__isnull=True, reminded_at__isnull=True)
            .first()
        )
        if follow_up is None:  # measured already, reminded already, or removed
            return
        benefit, idea = follow_up.benefit, follow_up.benefit.idea
        with translation.override(settings.LANGUAGE_CODE):
            _remind(follow_up, benefit, idea)
        follow_up.reminded_at = timezone.now()
        follow_up.save(update_fields=["reminded_at"])
        record(None, "followup.remind", follow_up, benefit=benefit.pk, months=follow_up.months)


def _remind(follow_up, benefit, idea) -> None:
    notify(
        _coaches_to_remind(idea),
        idea=idea,
        url=idea.get_absolute_url(),
        subject=_("Time to follow up “%(benefit)s”") % {"benefit": benefit.name},
        body=_(
            "“%(idea)s” was implemented on %(date)s. Now, %(months)s months later, measure "
            "“%(benefit)s” and record the value on the idea's page (baseline %(baseline)s, "
            "target %(target)s %(unit)s)."
        )
        % {
            "idea": idea.title,
            "date": date_format(benefit.implemented_on, "j F Y"),
            "months": follow_up.months,
            "benefit": benefit.name,
            "baseline": floatformat(benefit.baseline, "-2g"),
            "target": floatformat(benefit.target, "-2g"),
            "unit": benefit.unit_label,
        },
    )
