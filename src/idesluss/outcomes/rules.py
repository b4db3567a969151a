"""Who may record what an idea produced. Used by views, the API and templates alike."""

from idesluss.ideas.rules import is_staff
from idesluss.organisations.models import SluiceRole
from idesluss.organisations.queries import has_role, staff_sluice_ids

RECORDERS = (SluiceRole.Role.COACH, SluiceRole.Role.DECISION_MAKER)


def can_record_outcome(user, idea) -> bool:
    """The coaches and decision makers of the idea's sluice record its outcomes."""
    return user.is_authenticated and (
        user.is_superuser or has_role(user, idea.sluice_id, *RECORDERS)
    )


def can_follow_up(user, idea) -> bool:
    """The same people set up benefits and record their measurements."""
    return can_record_outcome(user, idea)


def can_see_recorder(user, idea) -> bool:
    """Who recorded a result is for the sluice's staff; the audience sees the result alone."""
    return is_staff(user, idea)


def followup_sluice_ids(user) -> frozenset[int] | None:
    """The sluices whose benefit follow-ups the user may see – they name ideas that may be
    private, so: the sluices they are staff of; None for a super-user (every sluice)."""
    if user.is_authenticated and user.is_superuser:
        return None
    return staff_sluice_ids(user)
