"""Loads a planned world and its ideas into the database, in one transaction.

The services are bypassed on purpose: synthetic data gets no audit events, notifications or
e-mails. Nothing existing is changed or removed; units an organisation already has (by name)
are reused.
"""

import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, transaction

from idesluss.ideas.models import Comment, Decision, Idea, Support
from idesluss.organisations.models import (
    Category,
    Membership,
    Organisation,
    Sluice,
    SluiceRole,
    Unit,
)
from idesluss.organisations.services import install_default_stages

from .database import Table, Writer, writer_for
from .lifecycle import Batch, Lives
from .scales import SCALES, START
from .world import PASSWORD, World, plan_world

BATCH_IDEAS = 5_000
# The kinds the lifecycle expects at each stage position (organisations.services.DEFAULT_STAGES).
EXPECTED_KINDS = ("active",) * 6 + ("implemented", "spread", "closed", "merged", "handed_over")


class AlreadyLoaded(Exception):
    """The data set of this scale and seed is in the database already."""


@dataclass
class Refs:
    """Database ids of what the plan numbers: organisations, units, sluices, users, ideas."""

    organisations: list[int]
    units: list[list[int]]  # per organisation, per unit index
    sluices: list[int] = field(default_factory=list)
    stages: list[list[int]] = field(default_factory=list)  # per sluice, per position
    categories: list[list[int]] = field(default_factory=list)  # per sluice, per index
    first_user: int = 0
    first_idea: int = 0


@dataclass
class Loaded:
    world: World
    counts: dict[str, int]
    seconds: float
    sluice_ids: list[int]
    user_ids: tuple[int, int]  # first and last


def is_loaded(scale: str, seed: int) -> bool:
    """Whether the data set's sluices exist (their slugs name the scale and the seed)."""
    return Sluice.objects.filter(slug__startswith=f"bench-{scale}-{seed}-").exists()


def load(scale: str, seed: int, *, progress=None, batch_ideas: int = BATCH_IDEAS) -> Loaded:
    """Plan the world of `scale` for `seed` and write it with all its ideas; raises
    AlreadyLoaded if it is there."""
    started = time.monotonic()
    world = plan_world(SCALES[scale], seed)
    writer = writer_for(connection)
    tables = _tables()
    with writer.session(), transaction.atomic():
        # Checked inside the transaction: on SQLite it holds the write lock already.
        if is_loaded(scale, seed):
            raise AlreadyLoaded(
                f"Benchmark data '{scale}' with seed {seed} is loaded already (sluices "
                f"{world.slug_prefix}*). Load another seed with --seed, or use a fresh database."
            )
        writer.begin()
        refs = _structure(world, writer, tables)
        refs.first_idea = writer.reserve_ids(Idea, world.scale.ideas)
        for batch in Lives(world, seed).batches(batch_ideas):
            _write(batch, refs, writer, tables)
            if progress is not None:
                progress.advance(len(batch.ideas), len(batch))
        writer.finish(list(tables.values()))
    users = (refs.first_user, refs.first_user + len(world.users) - 1)
    return Loaded(world, dict(writer.written), time.monotonic() - started, refs.sluices, users)


def _tables() -> dict[str, Table]:
    tables = (
        Table(
            "users",
            get_user_model(),
            ["id", "password", "last_login", "is_superuser", "is_staff", "is_active"]
            + ["date_joined", "email", "name"],
        ),
        Table("memberships", Membership, ["user", "organisation", "unit", "is_admin"]),
        Table("sluice_roles", SluiceRole, ["sluice", "user", "role"]),
        Table(
            "ideas",
            Idea,
            ["id", "sluice", "title", "problem", "solution", "beneficiaries", "category"]
            + ["organisation", "unit", "submitter", "coach", "visibility", "stage"]
            + ["stage_entered_at", "merged_into", "first_response_at", "created_at", "updated_at"],
        ),
        Table("team_members", Idea.team.through, ["idea", "user"]),
        Table(
            "decisions",
            Decision,
            ["idea", "from_stage", "to_stage", "decided_by", "rationale", "merged_into"]
            + ["created_at"],
        ),
        Table("comments", Comment, ["idea", "author", "body", "internal", "created_at"]),
        Table("supports", Support, ["idea", "user", "created_at"]),
    )
    return {table.label: table for table in tables}


def _structure(world: World, writer: Writer, tables) -> Refs:
    found = {
        (kind, code): pk
        for pk, kind, code in Organisation.objects.filter(
            kind__in={o.kind for o in world.organisations},
            code__in={o.code for o in world.organisations},
        ).values_list("pk", "kind", "code")
    }
    missing = [o.name for o in world.organisations if (o.kind, o.code) not in found]
    if missing:
        raise RuntimeError(f"Organisations {missing[:5]} are missing: run migrate first.")
    refs = Refs([found[o.kind, o.code] for o in world.organisations], units=[])
    refs.units = _units(world, refs.organisations)
    _sluices(world, refs)
    _people(world, refs, writer, tables)
    return refs


def _units(world: World, organisation_ids: list[int]) -> list[list[int]]:
    """The planned units, reusing an organisation's existing unit of the same name and place."""
    existing = {
        (organisation, parent, name): pk
        for pk, organisation, parent, name in Unit.objects.filter(
            organisation_id__in=organisation_ids
        ).values_list("pk", "organisation_id", "parent_id", "name")
    }
    ids: list[list] = [[None] * len(o.units) for o in world.organisations]
    for departments in (True, False):  # förvaltningar first: the enheter refer to them
        new = []
        for plan, organisation_id in zip(world.organisations, organisation_ids, strict=True):
            for index, unit in enumerate(plan.units):
                if (unit.parent is None) is not departments:
                    continue
                parent = None if unit.parent is None else ids[plan.index][unit.parent]
                key = (organisation_id, parent, unit.name)
                if key in existing:
                    ids[plan.index][index] = existing[key]
                else:
                    created = Unit(
                        organisation_id=organisation_id, parent_id=parent, name=unit.name
                    )
                    new.append((plan.index, index, created))
        Unit.objects.bulk_create([unit for _plan, _index, unit in new], batch_size=1_000)
        for organisation, index, unit in new:
            ids[organisation][index] = unit.pk
    return ids


def _sluices(world: World, refs: Refs) -> None:
    for plan in world.sluices:
        sluice = Sluice.objects.create(
            name=plan.name,
            slug=plan.slug,
            description=plan.description,
            first_response_days=plan.first_response_days,
        )
        sluice.members.set([refs.organisations[m] for m in plan.members])
        stages = install_default_stages(sluice)
        kinds = tuple(stage.kind for stage in stages)
        if kinds != EXPECTED_KINDS:
            raise RuntimeError(
                f"The default stages changed ({kinds}); update benchdata/lifecycle.py to match."
            )
        categories = Category.objects.bulk_create(
            Category(sluice=sluice, name=name, position=position)
            for position, (name, _domain) in enumerate(plan.categories)
        )
        refs.sluices.append(sluice.pk)
        refs.stages.append([stage.pk for stage in stages])
        refs.categories.append([category.pk for category in categories])
    Sluice.objects.filter(pk__in=refs.sluices).update(created_at=START - timedelta(days=30))


def _people(world: World, refs: Refs, writer: Writer, tables) -> None:
    # One hash for all: hashing a hundred thousand passwords would take most of a day.
    # The salt is fixed so that the same seed gives the same rows.
    password = make_password(PASSWORD, salt=f"benchdata{world.seed}")
    refs.first_user = first = writer.reserve_ids(get_user_model(), len(world.users))
    stamp, units, organisations = writer.stamp, refs.units, refs.organisations
    users, memberships = [], []
    for user in world.users:
        joined = stamp(-((user.number * 7919) % (365 * 86_400)) - 86_400)
        users.append(
            (first + user.number, password, None, False, False, True, joined, user.email, user.name)
        )
        unit = None if user.unit is None else units[user.organisation][user.unit]
        memberships.append(
            (first + user.number, organisations[user.organisation], unit, user.is_admin)
        )
        if user.also is not None:
            memberships.append((first + user.number, organisations[user.also], None, False))
    for start in range(0, len(users), 20_000):
        writer.write(tables["users"], users[start : start + 20_000])
    for start in range(0, len(memberships), 20_000):
        writer.write(tables["memberships"], memberships[start : start + 20_000])
    roles = []
    for plan, sluice_id in zip(world.sluices, refs.sluices, strict=True):
        for role, people in (
            (SluiceRole.Role.COACH, plan.coaches),
            (SluiceRole.Role.DECISION_MAKER, plan.decision_makers),
            (SluiceRole.Role.ADMIN, plan.admins),
            (SluiceRole.Role.ANALYST, plan.analysts),
        ):
            roles.extend((sluice_id, first + person, role.value) for person in people)
    writer.write(tables["sluice_roles"], roles)


def _write(batch: Batch, refs: Refs, writer: Writer, tables) -> None:
    """One batch's rows, the plan's numbers turned into database ids, parents first."""
    stamp, user, idea = writer.stamp, refs.first_user, refs.first_idea
    sluice_of = {}
    ideas = []
    for r in batch.ideas:
        sluice_of[r.number] = r.sluice
        ideas.append(
            (
                idea + r.number,
                refs.sluices[r.sluice],
                r.title,
                r.problem,
                r.solution,
                r.beneficiaries,
                None if r.category is None else refs.categories[r.sluice][r.category],
                refs.organisations[r.organisation],
                None if r.unit is None else refs.units[r.organisation][r.unit],
                user + r.submitter,
                None if r.coach is None else user + r.coach,
                r.visibility,
                refs.stages[r.sluice][r.stage],
                stamp(r.stage_entered_at),
                None if r.merged_into is None else idea + r.merged_into,
                None if r.first_response_at is None else stamp(r.first_response_at),
                stamp(r.created_at),
                stamp(r.updated_at),
            )
        )
    writer.write(tables["ideas"], ideas)
    writer.write(tables["team_members"], [(idea + i, user + u) for i, u in batch.team])
    decisions = []
    for d in batch.decisions:
        stages = refs.stages[sluice_of[d.idea]]
        decisions.append(
            (
                idea + d.idea,
                stages[d.from_stage],
                stages[d.to_stage],
                user + d.decided_by,
                d.rationale,
                None if d.merged_into is None else idea + d.merged_into,
                stamp(d.created_at),
            )
        )
    writer.write(tables["decisions"], decisions)
    writer.write(
        tables["comments"],
        [
            (idea + c.idea, user + c.author, c.body, c.internal, stamp(c.created_at))
            for c in batch.comments
        ],
    )
    writer.write(
        tables["supports"],
        [(idea + s.idea, user + s.user, stamp(s.created_at)) for s in batch.supports],
    )
