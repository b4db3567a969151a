"""Sluices: the ones the caller takes part in, and setting up a new one."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _
from ninja import Router, Status

from idesluss.organisations import services
from idesluss.organisations.models import Organisation, Sluice
from idesluss.organisations.queries import sluices_seen_by

from .schemas import WRITE_ERRORS, Message, SluiceIn, SluiceOut

router = Router(tags=["sluices"])

# What SluiceOut shows besides the sluice itself, fetched in one query each.
SLUICE_PARTS = ("members", "stages", "categories")


def organisations_by_code(codes: list[str]) -> list[Organisation]:
    """The municipalities (4-digit codes) and regions (2-digit codes) named, or a field error
    for each code that names none."""
    wanted = list(dict.fromkeys(codes))
    found = {
        organisation.code: organisation
        for organisation in Organisation.objects.filter(
            Q(kind=Organisation.Kind.MUNICIPALITY, code__in=[c for c in wanted if len(c) == 4])
            | Q(kind=Organisation.Kind.REGION, code__in=[c for c in wanted if len(c) == 2])
        )
    }
    unknown = [code for code in wanted if code not in found]
    if unknown:
        raise ValidationError(
            {
                "members": [
                    _("There is no municipality or region with the code %(code)s.") % {"code": code}
                    for code in unknown
                ]
            },
        )
    return [found[code] for code in wanted]


@router.get(
    "/sluices",
    response={200: list[SluiceOut], 401: Message},
    summary="Sluices the caller takes part in",
)
def list_sluices(request):
    return sluices_seen_by(request.user).prefetch_related(*SLUICE_PARTS)


@router.post(
    "/sluices",
    response={201: SluiceOut, **WRITE_ERRORS},
    summary="Set up a sluice (super-users, and administrators of a member organisation)",
)
def create_sluice(request, payload: SluiceIn):
    sluice = services.create_sluice(
        request.user,
        name=payload.name,
        members=organisations_by_code(payload.members),
        description=payload.description,
        first_response_days=payload.first_response_days,
    )
    return Status(201, Sluice.objects.prefetch_related(*SLUICE_PARTS).get(pk=sluice.pk))
