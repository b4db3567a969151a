"""Reads of ideas that need care: visibility, the inbox, and a constant number of queries."""

from datetime import timedelta

from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from idesluss.core.days import start_of
from idesluss.core.ids import parse_id
from idesluss.organisations.models import Sluice, SluiceRole, Stage
from idesluss.organisations.queries import (
    organisation_ids_of,
    sluice_ids_with_role,
    staff_sluice_ids,
)

from .models import Comment, Idea, Support, Visibility
from .rules import can_view


def _audience_filter(user) -> Q:
    if not user.is_authenticated:
        return Q(visibility=Visibility.PUBLIC)
    organisations = organisation_ids_of(user)
    network_sluices = Sluice.members.through.objects.filter(
        organisation_id__in=organisations
    ).values("sluice_id")
    return (
        Q(visibility=Visibility.PUBLIC)
        | Q(submitter=user)
        | Q(pk__in=Idea.team.through.objects.filter(user=user).values("idea_id"))
        | Q(sluice_id__in=staff_sluice_ids(user))
        | Q(visibility=Visibility.ORGANISATION, organisation_id__in=organisations)
        | Q(visibility=Visibility.NETWORK, sluice_id__in=network_sluices)
    )


def ideas_visible_to(user):
    """Every idea the user may see (DESIGN §4). Super-users see all."""
    if user.is_authenticated and user.is_superuser:
        return Idea.objects.all()
    return Idea.objects.filter(_audience_filter(user))


def with_list_data(ideas):
    """What a list row shows, fetched in a fixed number of queries."""
    # A correlated subquery rather than Count() over a join: no GROUP BY over every column.
    supports = (
        Support.objects.filter(idea=OuterRef("pk"))
        .order_by()
        .values("idea")
        .annotate(total=Count("*"))
        .values("total")
    )
    return ideas.select_related(
        "sluice", "stage", "organisation", "category", "coach", "submitter"
    ).annotate(support_total=Coalesce(Subquery(supports), 0))


def get_idea_for(user, pk) -> Idea:
    """The idea, or 404 if it does not exist or the user is outside its audience.

    One idea is fetched by its key and judged in Python (ideas.rules.can_view, the same rule as
    ideas_visible_to): cheaper than letting the database weigh the whole audience filter.
    """
    pk = parse_id(pk)
    if pk is None:
        raise Http404
    related = ("sluice", "stage", "organisation", "unit", "category", "coach", "submitter")
    try:
        idea = Idea.objects.select_related(*related, "merged_into").get(pk=pk)
    except Idea.DoesNotExist:
        raise Http404 from None
    if not can_view(user, idea):
        raise Http404
    return idea


def support_of(idea, user) -> tuple[int, bool]:
    """How many support the idea, and whether the user is one of them: one query."""
    counts = Support.objects.filter(idea=idea).aggregate(
        total=Count("pk"), mine=Count("pk", filter=Q(user_id=user.pk))
    )
    return counts["total"], counts["mine"] > 0


def filter_ideas(
    ideas,
    *,
    sluice=None,
    stage=None,
    organisation=None,
    category=None,
    submitted_from=None,
    submitted_to=None,
    q: str = "",
):
    """The ideas within the filters the lists, search, the API and the exports share: ids or
    objects, a period of Swedish days (both included), and words that must all occur."""
    for name, value in (
        ("sluice", sluice),
        ("stage", stage),
        ("organisation", organisation),
        ("category", category),
    ):
        if value:
            ideas = ideas.filter(**{name: value})
    if submitted_from:
        ideas = ideas.filter(created_at__gte=start_of(submitted_from))
    if submitted_to:
        ideas = ideas.filter(created_at__lt=start_of(submitted_to + timedelta(days=1)))
    if q:
        from idesluss.search.queries import containing  # search reads ideas' visibility

        ideas = containing(ideas, q)
    return ideas


def inbox_for(user, *, show: str = "all"):
    """Active ideas of the sluices the user coaches (the view pages them oldest first).

    show: "all", "unassigned" (no coach yet) or "mine" (coached by the user).
    """
    sluices = sluice_ids_with_role(user, "coach") | sluice_ids_with_role(user, "decision_maker")
    # The stage ids are read first so that the (sluice, stage, created_at, id) index serves
    # both the filter and the order, instead of a join on every idea of the sluices.
    active_stages = list(
        Stage.objects.filter(sluice_id__in=sluices, kind=Stage.Kind.ACTIVE).values_list(
            "pk", flat=True
        )
    )
    ideas = Idea.objects.filter(sluice_id__in=sluices, stage_id__in=active_stages)
    if show == "unassigned":
        ideas = ideas.filter(coach__isnull=True)
    elif show == "mine":
        ideas = ideas.filter(coach=user)
    return with_list_data(ideas)


def ideas_of(user):
    """Mina idéer: what the user submitted or is on the team of.

    The ids are gathered first, each through its own index: one OR across the two would make
    the database walk every idea to find a person's few.
    """
    submitted = Idea.objects.filter(submitter=user).values_list("pk", flat=True)
    on_team = Idea.team.through.objects.filter(user=user).values_list("idea_id", flat=True)
    return with_list_data(Idea.objects.filter(pk__in={*submitted, *on_team}))


def decisions_of(idea):
    """The idea's decisions, oldest first, with what the history and the API show of each."""
    return idea.decisions.select_related("from_stage", "to_stage", "decided_by", "merged_into")


def history_of(idea, *, include_internal: bool) -> list:
    """Decisions and comments of the idea in the order they happened."""
    comments = Comment.objects.filter(idea=idea).select_related("author")
    if not include_internal:
        comments = comments.filter(internal=False)
    events = [("decision", d.created_at, d) for d in decisions_of(idea)]
    events += [("comment", c.created_at, c) for c in comments]
    events.sort(key=lambda event: (event[1], event[0]))
    return events


def stages_of(sluice_id):
    return list(Stage.objects.filter(sluice_id=sluice_id).order_by("position", "id"))


def coaches_of(sluice) -> list:
    """The sluice's coaches, who hear of new ideas and of ideas nobody coaches yet."""
    roles = sluice.roles.filter(role=SluiceRole.Role.COACH).select_related("user")
    return [role.user for role in roles]


def audience_of_answers(idea) -> list:
    """Who hears about decisions, visible comments and results: the submitter and the team."""
    return [idea.submitter, *idea.team.all()]
