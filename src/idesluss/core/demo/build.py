"""Loads the demo through the services, so that audit events, decisions and notifications are real.

Everything happens in one transaction. Afterwards the rows are dated over the last eighteen
months (see timeline.py), the e-mails the services queued are dropped – the demo people are
invented – and the older notifications are marked as read.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import F
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.ideas import services as ideas
from idesluss.ideas.models import Comment, Decision, Idea, Support
from idesluss.ideas.rules import can_view
from idesluss.notifications.models import Notification
from idesluss.notifications.tasks import email_notifications
from idesluss.organisations import services as organisations
from idesluss.organisations.models import (
    Membership,
    Organisation,
    Sluice,
    SluiceRole,
    Stage,
    Unit,
)
from idesluss.outcomes.models import Benefit, BenefitMeasurement, Outcome
from idesluss.outcomes.tasks import remind_follow_up

from .data import IDEAS
from .data.people import PEOPLE, SLUICES, SUPERUSER, UNITS, SluiceSpec
from .data.phrases import ROUTINE_RATIONALES
from .data.spec import (
    ASSESSMENT,
    CLOSED,
    COACH,
    DECIDER,
    EXPLORING,
    HANDED_OVER,
    IMPLEMENTED,
    IMPLEMENTING,
    MERGED,
    NEXT_STAGES,
    RECEIVED,
    SPREAD,
    SPREADING,
    SUBMITTER,
    TESTING,
    IdeaSpec,
)
from .results import record_results
from .timeline import LAUNCH_DAYS_AGO, Clock, Story, plan

DEMO_PASSWORD = "idesluss-demo"

ACTIVE_KEYS = (RECEIVED, ASSESSMENT, EXPLORING, TESTING, IMPLEMENTING, SPREADING)
OUTCOME_KEYS = {
    Stage.Kind.IMPLEMENTED: IMPLEMENTED,
    Stage.Kind.SPREAD: SPREAD,
    Stage.Kind.CLOSED: CLOSED,
    Stage.Kind.MERGED: MERGED,
    Stage.Kind.HANDED_OVER: HANDED_OVER,
}
# Notifications older than this look read; newer ones wait in the bell.
UNREAD_FOR = timedelta(days=10)

PEOPLE_BY_EMAIL = {person.email: person for person in PEOPLE}
SLUICES_BY_SLUG = {spec.slug: spec for spec in SLUICES}


class DemoConflict(Exception):
    """The database already has users with the demo's e-mail addresses, but not the demo."""


def is_loaded() -> bool:
    """Whether the demo sluices exist: then loading again would change nothing."""
    return Sluice.objects.filter(slug__in=SLUICES_BY_SLUG).exists()


@dataclass
class World:
    """What the stories refer to by e-mail, slug, name and key."""

    users: dict = field(default_factory=dict)
    homes: dict = field(default_factory=dict)  # e-mail: (organisation, unit)
    sluices: dict = field(default_factory=dict)
    stages: dict = field(default_factory=dict)  # slug: {stage key: Stage}
    categories: dict = field(default_factory=dict)  # slug: {name: Category}
    ideas: dict = field(default_factory=dict)
    routine_turns: dict = field(default_factory=dict)


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create the demo sluices, people and ideas; return how many of each were made."""
    check_stories(IDEAS)
    clock = Clock()
    world = World()
    launch = clock.days_ago(LAUNCH_DAYS_AGO)
    clock.at(launch)
    _create_people(world, launch)
    admin = world.users[SUPERUSER]
    for spec in SLUICES:
        _create_sluice(world, admin, spec)
    for spec in IDEAS:
        world.ideas[spec.key] = _play(world, spec, clock)
    reminded = record_results(world, clock)
    demo_ideas = Idea.objects.filter(sluice__in=world.sluices.values())
    written = {"created_at__gte": clock.started}
    clock.redate(
        Sluice.objects.filter(pk__in=[s.pk for s in world.sluices.values()]), ["created_at"]
    )
    clock.redate(demo_ideas, ["created_at", "stage_entered_at", "first_response_at", "updated_at"])
    for model in (
        Decision,
        Comment,
        Support,
        Notification,
        AuditEvent,
        Outcome,
        Benefit,
        BenefitMeasurement,
    ):
        clock.redate(model.objects.filter(**written), ["created_at"])
    demo_notifications = Notification.objects.filter(recipient__in=world.users.values())
    demo_notifications.filter(created_at__lt=clock.now - UNREAD_FOR).update(
        read_at=F("created_at") + timedelta(hours=18)
    )
    _drop_queued(email_notifications, set(demo_notifications.values_list("pk", flat=True)), clock)
    _drop_queued(remind_follow_up, reminded, clock)
    return {
        "sluices": len(world.sluices),
        "people": len(world.users),
        "ideas": demo_ideas.count(),
        "decisions": Decision.objects.filter(idea__in=demo_ideas).count(),
        "comments": Comment.objects.filter(idea__in=demo_ideas).count(),
        "supports": Support.objects.filter(idea__in=demo_ideas).count(),
    }


def _create_people(world: World, launch) -> None:
    User = get_user_model()
    emails = [SUPERUSER, *PEOPLE_BY_EMAIL]
    taken = sorted(User.objects.filter(email__in=emails).values_list("email", flat=True))
    if taken:
        raise DemoConflict(
            "These demo users exist already, so the demo cannot be loaded into this database: "
            + ", ".join(taken)
        )
    organisations_by_code = {
        o.code: o
        for o in Organisation.objects.filter(
            kind=Organisation.Kind.MUNICIPALITY, code__in=list(UNITS)
        )
    }
    missing = set(UNITS) - set(organisations_by_code)
    if missing:
        raise RuntimeError(f"Municipalities {sorted(missing)} are missing: run migrate first.")
    units = {}
    for code, tree in UNITS.items():
        for name, children in tree.items():
            parent = Unit.objects.create(organisation=organisations_by_code[code], name=name)
            units[code, name] = parent
            for child in children:
                units[code, child] = Unit.objects.create(
                    organisation=organisations_by_code[code], parent=parent, name=child
                )
    # One hash for everybody: hashing forty passwords one by one would take many seconds.
    password = make_password(DEMO_PASSWORD)
    User.objects.bulk_create(
        [
            User(
                email=SUPERUSER,
                name="Idésluss administratör",
                password=password,
                is_staff=True,
                is_superuser=True,
                date_joined=launch - timedelta(days=7),
            )
        ]
        + [
            User(
                email=person.email,
                name=person.name,
                password=password,
                date_joined=launch + timedelta(days=index % 30, hours=index),
            )
            for index, person in enumerate(PEOPLE)
        ]
    )
    world.users = {user.email: user for user in User.objects.filter(email__in=emails)}
    memberships = []
    for person in PEOPLE:
        home = organisations_by_code[person.organisation]
        unit = units[person.organisation, person.unit] if person.unit else None
        world.homes[person.email] = (home, unit)
        memberships.append(
            Membership(
                user=world.users[person.email],
                organisation=home,
                unit=unit,
                is_admin=person.organisation_admin,
            )
        )
        for code, unit_name in person.also:
            memberships.append(
                Membership(
                    user=world.users[person.email],
                    organisation=organisations_by_code[code],
                    unit=units[code, unit_name],
                )
            )
    Membership.objects.bulk_create(memberships)


def _create_sluice(world: World, admin, spec: SluiceSpec) -> None:
    members = list(
        Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY, code__in=spec.members)
    )
    sluice = organisations.create_sluice(
        admin,
        name=spec.name,
        members=members,
        description=spec.description,
        first_response_days=spec.first_response_days,
        slug=spec.slug,
    )
    world.sluices[spec.slug] = sluice
    world.categories[spec.slug] = {
        name: organisations.add_category(admin, sluice, name) for name in spec.categories
    }
    for role, emails in (
        (SluiceRole.Role.ADMIN, spec.admins),
        (SluiceRole.Role.COACH, spec.coaches),
        (SluiceRole.Role.DECISION_MAKER, spec.decision_makers),
        (SluiceRole.Role.ANALYST, spec.analysts),
    ):
        for email in emails:
            organisations.grant_role(admin, sluice, world.users[email], role)
    world.stages[spec.slug] = _stages_by_key(sluice)


def _stages_by_key(sluice: Sluice) -> dict[str, Stage]:
    """Stage keys by position and kind, so the stories do not depend on the stage names."""
    stages = list(sluice.stages.order_by("position", "id"))
    active = [stage for stage in stages if stage.kind == Stage.Kind.ACTIVE]
    keyed = dict(zip(ACTIVE_KEYS, active, strict=True))
    keyed.update({OUTCOME_KEYS[stage.kind]: stage for stage in stages if stage.is_final})
    return keyed


def _decider_of(spec: IdeaSpec) -> str:
    """A decision maker from the idea's own organisation if the sluice has one, else its first."""
    deciders = SLUICES_BY_SLUG[spec.sluice].decision_makers
    home = PEOPLE_BY_EMAIL[spec.submitter].organisation
    return next((e for e in deciders if PEOPLE_BY_EMAIL[e].organisation == home), deciders[0])


def _author_of(spec: IdeaSpec, author: str) -> str:
    return {COACH: spec.coach, SUBMITTER: spec.submitter, DECIDER: _decider_of(spec)}.get(
        author, author
    )


def _routine_rationale(world: World, stage_key: str) -> str:
    phrases = ROUTINE_RATIONALES[stage_key]
    turn = world.routine_turns.get(stage_key, 0)
    world.routine_turns[stage_key] = turn + 1
    return phrases[turn % len(phrases)]


def _play(world: World, spec: IdeaSpec, clock: Clock) -> Idea:
    """Live through one idea's story with the services, each action at its story moment."""
    story: Story = plan(spec, clock.now)
    users, sluice, stages = world.users, world.sluices[spec.sluice], world.stages[spec.sluice]
    organisation, unit = world.homes[spec.submitter]
    clock.at(story.submitted)
    idea = ideas.submit_idea(
        users[spec.submitter],
        sluice=sluice,
        title=spec.title,
        problem=spec.problem,
        solution=spec.solution,
        beneficiaries=spec.beneficiaries,
        category=world.categories[spec.sluice][spec.category],
        visibility=spec.visibility,
        organisation=organisation,
        unit=unit,
    )
    if spec.coach:
        clock.at(story.answered)
        idea = ideas.take_idea(users[spec.coach], idea)
    _write_notes(world, spec, story, idea, clock, after=0)
    for number, step in enumerate(spec.steps, start=1):
        key, rationale = (step, "") if isinstance(step, str) else step
        stage = stages[key]
        actor = users[_decider_of(spec) if stage.is_gate else spec.coach]
        clock.at(story.decided[number - 1])
        ideas.decide(
            actor,
            idea,
            to_stage=stage,
            rationale=rationale or _routine_rationale(world, key),
            merged_into=world.ideas[spec.merged_into] if key == MERGED else None,
        )
        _write_notes(world, spec, story, idea, clock, after=number)
    for email, moment in zip(spec.supporters, story.supported, strict=True):
        supporter = users[email]
        if not can_view(supporter, idea):
            raise ValueError(f"{email} cannot see the idea {spec.key!r} they are to support.")
        clock.at(moment)
        ideas.toggle_support(supporter, idea)
    return idea


def _write_notes(world, spec, story, idea, clock, *, after: int) -> None:
    for note, moment in zip(spec.notes, story.noted, strict=True):
        if note.after == after:
            clock.at(moment)
            author = world.users[_author_of(spec, note.author)]
            ideas.add_comment(author, idea, body=note.body, internal=note.internal)


def _drop_queued(task, ids: set[int], clock: Clock) -> None:
    """Drop the jobs of `task` queued during the load whose first argument names only `ids`
    (an id or a list of them): the demo people are invented and must not be mailed, and the
    story's past reminders went out on their day."""
    queued = DBTaskResult.objects.filter(
        task_path=task.module_path, enqueued_at__gte=clock.started
    ).values_list("pk", "args_kwargs")
    dropped = []
    for pk, arguments in queued:
        first = (arguments.get("args") or [None])[0]
        if ids.issuperset(first if isinstance(first, list) else [first]):
            dropped.append(pk)
    for start in range(0, len(dropped), 500):
        DBTaskResult.objects.filter(pk__in=dropped[start : start + 500]).delete()


def check_stories(specs) -> None:
    """Fail early, with the idea's key, on a story the services would refuse or misplace."""
    seen: set[str] = set()
    for spec in specs:
        sluice = SLUICES_BY_SLUG[spec.sluice]

        def fail(problem, spec=spec):
            raise ValueError(f"Demo idea {spec.key!r}: {problem}")

        if spec.key in seen:
            fail("the key is used twice")
        if spec.submitter not in PEOPLE_BY_EMAIL or spec.category not in sluice.categories:
            fail("unknown submitter or category")
        if spec.coach and spec.coach not in sluice.coaches:
            fail(f"{spec.coach} is not a coach of {spec.sluice}")
        if (spec.steps or spec.notes) and not spec.coach:
            fail("an idea nobody has answered has neither decisions nor notes")
        stage = RECEIVED
        for step in spec.steps:
            key, rationale = (step, "") if isinstance(step, str) else step
            if key not in NEXT_STAGES.get(stage, ()):
                fail(f"cannot go from {stage} to {key}")
            if not rationale and key not in ROUTINE_RATIONALES:
                fail(f"the step to {key} needs its own rationale")
            stage = key
        if (stage == MERGED) != bool(spec.merged_into) or (
            spec.merged_into and spec.merged_into not in seen
        ):
            fail("a merged idea names an idea told before it, and only a merged idea does")
        for note in spec.notes:
            if not 0 <= note.after <= len(spec.steps):
                fail("a note comes after a decision that does not exist")
            if _author_of(spec, note.author) not in PEOPLE_BY_EMAIL:
                fail(f"unknown note author {note.author}")
        if spec.submitter in spec.supporters or len(set(spec.supporters)) < len(spec.supporters):
            fail("supporters are other people, each once")
        seen.add(spec.key)
