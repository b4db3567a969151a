"""Who may do what with an idea. Used by views, the API and templates alike."""

from idesluss.organisations.models import STAFF_ROLES, SluiceRole
from idesluss.organisations.queries import has_role, organisation_ids_of

from .models import Visibility


def is_staff(user, idea) -> bool:
    """Coaches, decision makers and administrators of the idea's sluice."""
    return user.is_authenticated and (
        user.is_superuser or has_role(user, idea.sluice_id, *STAFF_ROLES)
    )


def is_team_member(user, idea) -> bool:
    if not user.is_authenticated:
        return False
    if idea.submitter_id == user.pk:
        return True
    team_ids = getattr(idea, "_team_ids", None)
    if team_ids is None:
        team_ids = idea._team_ids = set(idea.team.values_list("pk", flat=True))
    return user.pk in team_ids


def can_view(user, idea) -> bool:
    """DESIGN §4: private, organisation, network or public, plus the team and the staff."""
    if idea.visibility == Visibility.PUBLIC or is_staff(user, idea) or is_team_member(user, idea):
        return True
    if not user.is_authenticated:
        return False
    organisations = organisation_ids_of(user)
    if idea.visibility == Visibility.ORGANISATION:
        return idea.organisation_id in organisations
    if idea.visibility == Visibility.NETWORK:
        return idea.sluice.members.filter(pk__in=organisations).exists()
    return False


def can_see_submitter(user, idea) -> bool:
    """The submitter's name is for the staff and the submitter; others see the organisation."""
    return is_staff(user, idea) or (user.is_authenticated and idea.submitter_id == user.pk)


def can_see_internal(user, idea) -> bool:
    return is_staff(user, idea)


def can_take(user, idea) -> bool:
    return (
        user.is_authenticated
        and not idea.stage.is_final
        and idea.coach_id != user.pk
        and (user.is_superuser or has_role(user, idea.sluice_id, SluiceRole.Role.COACH))
    )


def can_comment(user, idea, *, internal: bool) -> bool:
    """Staff write internal notes; staff, the submitter and the team talk in visible comments."""
    if internal:
        return is_staff(user, idea)
    return is_staff(user, idea) or is_team_member(user, idea)


def can_decide(user, idea, to_stage=None) -> bool:
    """Coaches move ideas through open stages; gates need a decision maker."""
    if not user.is_authenticated or idea.stage.is_final:
        return False
    if user.is_superuser or has_role(user, idea.sluice_id, SluiceRole.Role.DECISION_MAKER):
        return True
    if not has_role(user, idea.sluice_id, SluiceRole.Role.COACH):
        return False
    return to_stage is None or not to_stage.is_gate


def stages_open_to(user, idea, stages) -> list:
    """The stages of `stages` that the user may move the idea to now."""
    return [s for s in stages if s.pk != idea.stage_id and can_decide(user, idea, s)]


def merge_stage(stages):
    """Of a sluice's stages (in pipeline order), the one merged ideas go to, or None."""
    return next((s for s in stages if s.kind == s.Kind.MERGED), None)


def can_merge(user, idea, stages) -> bool:
    """Merging is a decision: into the sluice's stage for merged ideas."""
    stage = merge_stage(stages)
    return stage is not None and can_decide(user, idea, stage)


def can_support(user, idea) -> bool:
    return user.is_authenticated and idea.submitter_id != user.pk
