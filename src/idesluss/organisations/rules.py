"""Who may do what with a sluice. Used by views, the API and templates alike."""

from .models import SluiceRole
from .queries import has_role


def can_manage_sluice(user, sluice) -> bool:
    return user.is_authenticated and (
        user.is_superuser or has_role(user, sluice.pk, SluiceRole.Role.ADMIN)
    )


def can_create_sluice(user, organisations) -> bool:
    """Super-users may set up any sluice; an organisation's administrators one it takes part in."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    administered = set(
        user.memberships.filter(is_admin=True).values_list("organisation_id", flat=True)
    )
    return bool(administered & {organisation.pk for organisation in organisations})
