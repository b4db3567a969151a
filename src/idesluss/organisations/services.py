"""Writes to sluices and their settings. Each one is a transaction, checks permission and audits."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from idesluss.audit.services import record

from .models import Category, Organisation, Sluice, SluiceRole, Stage
from .rules import can_create_sluice, can_manage_sluice

# name, kind, decision maker required, days in stage before overdue
DEFAULT_STAGES = [
    (_("Received"), Stage.Kind.ACTIVE, False, None),
    (_("Assessment"), Stage.Kind.ACTIVE, False, 14),
    (_("Exploring"), Stage.Kind.ACTIVE, False, 30),
    (_("Testing"), Stage.Kind.ACTIVE, True, 90),
    (_("Implementing"), Stage.Kind.ACTIVE, True, 180),
    (_("Spreading"), Stage.Kind.ACTIVE, True, 180),
    (_("Implemented"), Stage.Kind.IMPLEMENTED, True, None),
    (_("Spread"), Stage.Kind.SPREAD, True, None),
    (_("Closed"), Stage.Kind.CLOSED, True, None),
    (_("Merged"), Stage.Kind.MERGED, False, None),
    (_("Handed over"), Stage.Kind.HANDED_OVER, True, None),
]


def install_default_stages(sluice: Sluice) -> list[Stage]:
    """Give a new sluice the default pipeline, named in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return Stage.objects.bulk_create(
            Stage(
                sluice=sluice,
                name=str(label),
                kind=kind,
                is_gate=gate,
                response_days=days,
                position=index,
            )
            for index, (label, kind, gate, days) in enumerate(DEFAULT_STAGES)
        )


def _require_manager(actor, sluice):
    if not can_manage_sluice(actor, sluice):
        raise PermissionDenied


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "sluss"
    slug, number = base, 2
    while Sluice.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def create_sluice(
    actor,
    *,
    name: str,
    members: list[Organisation],
    description: str = "",
    first_response_days: int = 5,
    slug: str = "",
) -> Sluice:
    """Set up a sluice run by `members`, with the default stages in the site's language."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the sluice a name.")})
    if not members:
        raise ValidationError(_("A sluice needs at least one member organisation."))
    if not can_create_sluice(actor, members):
        raise PermissionDenied
    sluice = Sluice.objects.create(
        name=name,
        slug=slug or _unique_slug(name),
        description=description,
        first_response_days=first_response_days,
    )
    sluice.members.set(members)
    install_default_stages(sluice)
    if actor.is_authenticated and not actor.is_superuser:
        SluiceRole.objects.create(sluice=sluice, user=actor, role=SluiceRole.Role.ADMIN)
    record(actor, "sluice.create", sluice, name=name, members=[m.pk for m in members])
    return sluice


@transaction.atomic
def update_sluice(
    actor, sluice: Sluice, *, name: str, description: str, first_response_days: int
) -> Sluice:
    """Change a sluice's name, description and first-response time."""
    _require_manager(actor, sluice)
    sluice.name, sluice.description = name, description
    sluice.first_response_days = first_response_days
    sluice.save(update_fields=["name", "description", "first_response_days"])
    record(actor, "sluice.update", sluice, name=name, first_response_days=first_response_days)
    return sluice


@transaction.atomic
def set_members(actor, sluice: Sluice, members: list[Organisation]) -> None:
    """Replace the organisations that run the sluice."""
    _require_manager(actor, sluice)
    if not members:
        raise ValidationError(_("A sluice needs at least one member organisation."))
    sluice.members.set(members)
    record(actor, "sluice.set_members", sluice, members=sorted(m.pk for m in members))


@transaction.atomic
def add_stage(
    actor,
    sluice: Sluice,
    *,
    name: str,
    kind: str = Stage.Kind.ACTIVE,
    is_gate: bool = False,
    response_days: int | None = None,
) -> Stage:
    """Add a stage at the end of the in-progress stages (before the outcome states)."""
    _require_manager(actor, sluice)
    stages = list(sluice.stages.select_for_update().order_by("position", "id"))
    insert_at = len(stages)
    if kind == Stage.Kind.ACTIVE:
        insert_at = next((i for i, s in enumerate(stages) if s.is_final), len(stages))
    stage = Stage(sluice=sluice, name=name, kind=kind, is_gate=is_gate, response_days=response_days)
    stages.insert(insert_at, stage)
    stage.position = insert_at
    stage.save()
    _renumber(stages)
    record(actor, "stage.create", stage, name=name, kind=kind)
    return stage


@transaction.atomic
def update_stage(
    actor, stage: Stage, *, name: str, is_gate: bool, response_days: int | None
) -> Stage:
    """Rename a stage, or change whether it needs a decision maker and how long it may take."""
    _require_manager(actor, stage.sluice)
    stage.name, stage.is_gate, stage.response_days = name, is_gate, response_days
    stage.save(update_fields=["name", "is_gate", "response_days"])
    record(actor, "stage.update", stage, name=name, is_gate=is_gate, response_days=response_days)
    return stage


@transaction.atomic
def move_stage(actor, stage: Stage, offset: int) -> None:
    """Move a stage `offset` places earlier (negative) or later (positive) in the order."""
    _require_manager(actor, stage.sluice)
    stages = list(stage.sluice.stages.select_for_update().order_by("position", "id"))
    index = next(i for i, s in enumerate(stages) if s.pk == stage.pk)
    target = max(0, min(len(stages) - 1, index + offset))
    stages.insert(target, stages.pop(index))
    _renumber(stages)
    record(actor, "stage.move", stage, position=target)


@transaction.atomic
def delete_stage(actor, stage: Stage) -> None:
    """Remove a stage that no idea is in and no decision refers to."""
    _require_manager(actor, stage.sluice)
    if stage.ideas.exists() or stage.decisions_to.exists() or stage.decisions_from.exists():
        raise ValidationError(_("The stage has ideas or decisions and cannot be removed."))
    if stage.sluice.stages.filter(kind=Stage.Kind.ACTIVE).exclude(pk=stage.pk).count() == 0:
        raise ValidationError(_("A sluice needs at least one stage in progress."))
    record(actor, "stage.delete", stage, name=stage.name)
    stage.delete()


def _renumber(stages):
    for position, stage in enumerate(stages):
        stage.position = position
    Stage.objects.bulk_update(stages, ["position"])


def _category_name_taken(sluice: Sluice, name: str, except_category=None) -> bool:
    # Compared in Python: SQLite's case-insensitive matching knows only ASCII ("Å" != "å").
    others = sluice.categories.exclude(pk=getattr(except_category, "pk", None))
    folded = name.casefold()
    return any(other.casefold() == folded for other in others.values_list("name", flat=True))


@transaction.atomic
def add_category(actor, sluice: Sluice, name: str) -> Category:
    """Add a category to the sluice, last in its list."""
    _require_manager(actor, sluice)
    if _category_name_taken(sluice, name):
        raise ValidationError(_("The sluice already has a category with that name."))
    last = sluice.categories.aggregate(last=Max("position"))["last"]
    category = Category.objects.create(
        sluice=sluice, name=name, position=0 if last is None else last + 1
    )
    record(actor, "category.create", category, name=name)
    return category


@transaction.atomic
def rename_category(actor, category: Category, name: str) -> Category:
    """Give a category a new name; the ideas in it keep it."""
    _require_manager(actor, category.sluice)
    if _category_name_taken(category.sluice, name, except_category=category):
        raise ValidationError(_("The sluice already has a category with that name."))
    category.name = name
    category.save(update_fields=["name"])
    record(actor, "category.update", category, name=name)
    return category


@transaction.atomic
def delete_category(actor, category: Category) -> None:
    """Remove a category; ideas in it keep their place but lose the category."""
    _require_manager(actor, category.sluice)
    record(actor, "category.delete", category, name=category.name)
    category.delete()


@transaction.atomic
def grant_role(actor, sluice: Sluice, user, role: str) -> SluiceRole:
    """Make `user` coach, decision maker, analyst or administrator of the sluice."""
    _require_manager(actor, sluice)
    granted, _created = SluiceRole.objects.get_or_create(sluice=sluice, user=user, role=role)
    record(actor, "role.grant", granted, user=user.pk, role=role)
    return granted


@transaction.atomic
def revoke_role(actor, granted: SluiceRole) -> None:
    """Take a role away. The last administrator of a sluice cannot be removed."""
    _require_manager(actor, granted.sluice)
    if (
        granted.role == SluiceRole.Role.ADMIN
        and granted.sluice.roles.filter(role=SluiceRole.Role.ADMIN).count() == 1
        and not actor.is_superuser
    ):
        raise ValidationError(_("A sluice must keep at least one administrator."))
    record(actor, "role.revoke", granted, user=granted.user_id, role=granted.role)
    granted.delete()
