"""Who may see which dashboard. Used by views, the API, the report and the main menu alike.

Dashboards show counts, never a person: the same counts the open statistics publish per
organisation and year. So the network and its counties are open to every analyst, and an
organisation's figures (a slice of the network's) too. A sluice's own dashboard also lists work
(follow-ups that are overdue) and its report names the innovations: it is for that sluice's
staff and analysts. See docs/architecture.md, "Dashboards: who sees what".
"""

from idesluss.organisations.models import STAFF_ROLES, Sluice, SluiceRole
from idesluss.organisations.queries import has_role, organisation_ids_of, roles_of
from idesluss.outcomes.rules import followup_sluice_ids

# The roles whose holders see their sluice's dashboard.
DASHBOARD_ROLES = (*STAFF_ROLES, SluiceRole.Role.ANALYST)


def may_see_any_dashboard(user) -> bool:
    """Whether the main menu offers Insikter: reads only the cached roles."""
    return user.is_authenticated and (user.is_superuser or bool(roles_of(user)))


def may_see_network(user) -> bool:
    """Super-users and the analysts of any sluice: the whole network and every county."""
    return user.is_authenticated and (
        user.is_superuser
        or any(SluiceRole.Role.ANALYST in roles for roles in roles_of(user).values())
    )


def may_see_county(user, county_code: str) -> bool:
    return may_see_network(user)


def may_see_sluice(user, sluice) -> bool:
    """The sluice's coaches, decision makers, administrators and analysts."""
    return user.is_authenticated and (
        user.is_superuser or has_role(user, sluice.pk, *DASHBOARD_ROLES)
    )


def may_see_organisation(user, organisation) -> bool:
    """Those who see the network, and the organisation's own people who work in (or analyse) a
    sluice that the organisation takes part in."""
    if may_see_network(user):
        return True
    if not user.is_authenticated or organisation.pk not in organisation_ids_of(user):
        return False
    return Sluice.members.through.objects.filter(
        sluice_id__in=list(roles_of(user)), organisation_id=organisation.pk
    ).exists()


def may_see_followups(user, sluice_id: int) -> bool:
    """Overdue follow-ups name ideas that may be private: the sluice's staff only
    (outcomes.rules.followup_sluice_ids)."""
    if not user.is_authenticated:
        return False
    allowed = followup_sluice_ids(user)
    return allowed is None or sluice_id in allowed
