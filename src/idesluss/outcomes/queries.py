"""Reads of outcomes and benefits: what an idea produced, and which follow-ups are owed."""

from collections.abc import Iterable
from datetime import date

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from idesluss.organisations.models import Sluice

from . import rules
from .models import Benefit, FollowUp, Outcome


def outcomes_of(idea) -> QuerySet[Outcome]:
    """The idea's outcomes, oldest first, with who recorded each."""
    return idea.outcomes.select_related("created_by")


def benefits_of(idea) -> QuerySet[Benefit]:
    """The idea's benefits with their measurements and their follow-ups (each with the
    measurement that settled it): three queries however many."""
    return idea.benefits.prefetch_related(
        "measurements",
        Prefetch("follow_ups", queryset=FollowUp.objects.select_related("measurement")),
    )


def results_for(user, idea) -> dict:
    """What the idea page's results section (outcomes/_idea_outcomes.html) needs, in a fixed
    number of queries: two, and two more once the idea has benefits."""
    return {
        "outcomes": list(outcomes_of(idea)),
        "benefits": list(benefits_of(idea)),
        "can_record_outcome": rules.can_record_outcome(user, idea),
        "can_follow_up": rules.can_follow_up(user, idea),
        "can_see_recorder": rules.can_see_recorder(user, idea),
    }


def get_benefit_of(idea, pk) -> Benefit:
    """The benefit `pk` of an idea the caller may see (found with ideas.queries.get_idea_for)."""
    return get_object_or_404(idea.benefits, pk=pk)


def get_outcome_of(idea, pk) -> Outcome:
    """The outcome `pk` of an idea the caller may see (found with ideas.queries.get_idea_for)."""
    return get_object_or_404(idea.outcomes, pk=pk)


def _sluice_ids(who) -> Iterable[int] | None:
    """Sluice ids from a user (the sluices whose staff they are: the follow-ups name ideas that
    may be private; None for a super-user: all) or from sluices or their ids."""
    if hasattr(who, "is_authenticated"):
        return rules.followup_sluice_ids(who)
    return [s.pk if isinstance(s, Sluice) else int(s) for s in who]


def open_followups(who, *, today: date | None = None) -> QuerySet[FollowUp]:
    """Follow-ups not yet measured that are due by `today`, in `who`'s sluices: a user (the
    sluices they are staff of) or sluices. Oldest due first, with the benefit and idea."""
    today = today or timezone.localdate()
    follow_ups = FollowUp.objects.filter(measurement__isnull=True, due_on__lte=today)
    sluice_ids = _sluice_ids(who)
    if sluice_ids is not None:
        follow_ups = follow_ups.filter(benefit__idea__sluice_id__in=sluice_ids)
    return follow_ups.select_related(
        "benefit", "benefit__idea", "benefit__idea__sluice", "benefit__idea__coach"
    ).order_by("due_on", "id")


def overdue_followups(who, *, today: date | None = None) -> QuerySet[FollowUp]:
    """Follow-ups whose due date has passed without a measurement, for the dashboard: `who` is a
    user (the sluices they are staff of; every sluice for a super-user) or sluices."""
    today = today or timezone.localdate()
    return open_followups(who, today=today).filter(due_on__lt=today)
