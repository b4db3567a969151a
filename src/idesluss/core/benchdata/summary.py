"""What a benchmark needs to find in a loaded data set: log-ins, a busy sluice, ids to visit."""

from django.contrib.auth import get_user_model
from django.db.models import Count

from idesluss.ideas.models import Idea, Visibility
from idesluss.ideas.queries import inbox_for
from idesluss.organisations.models import Membership, Sluice, SluiceRole, Stage

from .load import Loaded
from .world import PASSWORD


def _person(user) -> dict:
    return {"id": user.pk, "email": user.email, "name": user.name}


def _most(queryset, field: str) -> dict:
    """The value of `field` with the most rows, and how many (ties: the lowest value)."""
    return (
        queryset.order_by().values(field).annotate(total=Count("id")).order_by("-total", field)
    )[0]


def summarise(loaded: Loaded, vendor: str) -> dict:
    """The busiest sluice and its busiest stage, a coach of it with a large inbox, its most
    prolific submitter (who may submit to it), its staff, an outsider with an idea hidden from
    them, and a public idea. The flat keys are those the benchmark harness reads
    (tests/bench/data.py)."""
    User = get_user_model()
    ideas = Idea.objects.filter(sluice_id__in=loaded.sluice_ids)
    busiest = _most(ideas, "sluice")
    sluice = Sluice.objects.get(pk=busiest["sluice"])
    in_sluice = ideas.filter(sluice=sluice)
    active = in_sluice.filter(stage__kind=Stage.Kind.ACTIVE)
    # The stage with the most ideas (usually Avslutad): the longest filtered list to page through.
    busiest_stage = _most(in_sluice, "stage")
    stage = Stage.objects.get(pk=busiest_stage["stage"])

    coaching = _most(active.exclude(coach=None), "coach")
    coach = User.objects.get(pk=coaching["coach"])
    coach_idea = active.filter(coach=coach).order_by("created_at", "id").first()

    # Submitters are members of their idea's organisation: this one may submit to the sluice.
    submitting = _most(in_sluice, "submitter")
    submitter = User.objects.get(pk=submitting["submitter"])
    own_idea = (
        in_sluice.filter(submitter=submitter)
        .annotate(steps=Count("decisions"))
        .order_by("-steps", "-created_at", "-id")
        .first()
    )

    def holder(role):
        granted = SluiceRole.objects.filter(sluice=sluice, role=role).order_by("id").first()
        return _person(granted.user)

    members = list(sluice.members.values_list("pk", flat=True))
    bench_users = User.objects.filter(pk__range=loaded.user_ids)
    # Someone of another organisation, for the 404 an idea outside one's audience gives.
    outsider = (
        bench_users.exclude(memberships__organisation__in=members)
        .exclude(sluice_roles__sluice=sluice)
        .order_by("id")
        .first()
    )
    hidden = in_sluice.filter(visibility=Visibility.ORGANISATION).order_by("id").first()
    public = ideas.filter(visibility=Visibility.PUBLIC).order_by("-created_at", "-id").first()
    organisation_admin = (
        Membership.objects.filter(user__in=bench_users, organisation__in=members, is_admin=True)
        .select_related("user")
        .order_by("id")
        .first()
    )
    return {
        "scale": loaded.world.scale.name,
        "seed": loaded.world.seed,
        "database": vendor,
        "seconds": round(loaded.seconds, 1),
        "counts": loaded.counts,
        "password": PASSWORD,
        "coach_email": coach.email,
        "submitter_email": submitter.email,
        "sluice_id": sluice.pk,
        "stage_id": stage.pk,
        "idea_id": own_idea.pk,
        "sluice_ids": loaded.sluice_ids,
        "sluice": {
            "id": sluice.pk,
            "slug": sluice.slug,
            "name": sluice.name,
            "ideas": busiest["total"],
        },
        "stage": {
            "id": stage.pk,
            "name": stage.name,
            "kind": stage.kind,
            "sluice_id": sluice.pk,
            "ideas": busiest_stage["total"],
        },
        "coach": {
            **_person(coach),
            "coached_active_ideas": coaching["total"],
            "inbox_ideas": inbox_for(coach).count(),
            "idea_id": coach_idea.pk,
        },
        "submitter": {
            **_person(submitter),
            "ideas": submitting["total"],
            "idea_id": own_idea.pk,
            "idea_decisions": own_idea.steps,
        },
        "decision_maker": holder(SluiceRole.Role.DECISION_MAKER),
        "sluice_admin": holder(SluiceRole.Role.ADMIN),
        "analyst": holder(SluiceRole.Role.ANALYST),
        "organisation_admin": _person(organisation_admin.user) if organisation_admin else None,
        "outsider": (
            {**_person(outsider), "hidden_idea_id": hidden.pk} if outsider and hidden else None
        ),
        "public_idea_id": public.pk if public else None,
    }
