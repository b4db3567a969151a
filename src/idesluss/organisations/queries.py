"""Reads about who belongs where. Results are cached on the user object for one request."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404

from .models import STAFF_ROLES, Organisation, Sluice, SluiceRole


def _cached(user, attribute, compute):
    if not hasattr(user, attribute):
        setattr(user, attribute, compute())
    return getattr(user, attribute)


def organisation_ids_of(user) -> frozenset[int]:
    """The organisations the user is a member (employee) of."""
    if not user.is_authenticated:
        return frozenset()
    return _cached(
        user,
        "_organisation_ids",
        lambda: frozenset(user.memberships.values_list("organisation_id", flat=True)),
    )


def roles_of(user) -> dict[int, frozenset[str]]:
    """{sluice id: the user's roles there}."""
    if not user.is_authenticated:
        return {}

    def compute():
        roles: dict[int, set[str]] = {}
        for sluice_id, role in SluiceRole.objects.filter(user=user).values_list(
            "sluice_id", "role"
        ):
            roles.setdefault(sluice_id, set()).add(role)
        return {sluice_id: frozenset(found) for sluice_id, found in roles.items()}

    return _cached(user, "_sluice_roles", compute)


def has_role(user, sluice_id: int, *roles: str) -> bool:
    return bool(roles_of(user).get(sluice_id, frozenset()) & set(roles))


def staff_sluice_ids(user) -> frozenset[int]:
    """Sluices where the user is coach, decision maker or administrator."""
    return frozenset(
        sluice_id for sluice_id, roles in roles_of(user).items() if roles & set(STAFF_ROLES)
    )


def sluice_ids_with_role(user, role: str) -> frozenset[int]:
    return frozenset(sluice_id for sluice_id, roles in roles_of(user).items() if role in roles)


def sluices_open_to(user):
    """Sluices the user may submit ideas to: those run by an organisation they belong to."""
    if not user.is_authenticated:
        return Sluice.objects.none()
    return Sluice.objects.filter(members__in=organisation_ids_of(user)).distinct().order_by("name")


def sluices_managed_by(user):
    if user.is_superuser:
        return Sluice.objects.order_by("name")
    return Sluice.objects.filter(pk__in=sluice_ids_with_role(user, SluiceRole.Role.ADMIN)).order_by(
        "name"
    )


def sluices_seen_by(user):
    """Sluices whose ideas the user may browse: their organisations' and those they work in.

    Visitors who are not logged in see the sluices that have published ideas.
    """
    if not user.is_authenticated:
        return Sluice.objects.filter(ideas__visibility="public").distinct().order_by("name")
    if user.is_superuser:
        return Sluice.objects.order_by("name")
    return (
        Sluice.objects.filter(
            Q(members__in=organisation_ids_of(user)) | Q(pk__in=roles_of(user).keys())
        )
        .distinct()
        .order_by("name")
    )


def knows_sluice(user, sluice) -> bool:
    """Whether the user is one of the sluice's own people: has a role there or belongs to one of
    its organisations, and so knows it exists (403 rather than 404)."""
    return (
        sluice.pk in roles_of(user)
        or sluice.members.filter(pk__in=organisation_ids_of(user)).exists()
    )


def get_sluice_to_manage(user, slug) -> Sluice:
    """The sluice if `user` administers it: 404 to those outside it, 403 to its people."""
    from .rules import can_manage_sluice  # rules builds on this module

    sluice = get_object_or_404(Sluice, slug=slug)
    if can_manage_sluice(user, sluice):
        return sluice
    if knows_sluice(user, sluice):
        raise PermissionDenied
    raise Http404


def organisation_by_code(code: str) -> Organisation | None:
    """The municipality (kommunkod, 4 digits) or region (länskod, 2 digits) with the code."""
    kind = Organisation.Kind.MUNICIPALITY if len(code) == 4 else Organisation.Kind.REGION
    return Organisation.objects.filter(kind=kind, code=code).first()
