"""Ideas, their decisions and comments, through the same queries, rules and services as the
pages. An idea outside the caller's audience is a 404, exactly like one that does not exist."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from idesluss.ideas import queries, rules, services
from idesluss.organisations.models import Category, Organisation, Sluice, Stage

from .auth import ANYONE
from .pagination import CursorPagination
from .schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    CommentIn,
    CommentOut,
    DecisionIn,
    DecisionOut,
    Id,
    IdeaIn,
    IdeaOut,
    IdeaSummary,
    Message,
    Problems,
)

router = Router(tags=["ideas"])


class IdeaFilters(Schema):
    sluice: Id | None = None
    stage: Id | None = None
    organisation: Id | None = None
    organisation_code: str | None = None
    q: str | None = Field(
        None,
        max_length=10_000,
        description="Words that must all occur (Swedish: any inflection, compound parts, "
        "synonyms; å/ä/ö or not).",
    )


def _one(queryset, pk, field: str, message: str):
    """The object with this id, or a 422 naming the field."""
    found = queryset.filter(pk=pk).first() if pk is not None else None
    if pk is not None and found is None:
        raise ValidationError({field: message})
    return found


def _comments_for(user, idea):
    comments = idea.comments.select_related("author")
    if not rules.can_see_internal(user, idea):
        comments = comments.filter(internal=False)
    return list(comments)


def _detail(user, pk):
    idea = queries.get_idea_for(user, pk)
    idea.api_decisions = list(queries.decisions_of(idea))
    idea.api_comments = _comments_for(user, idea)
    return idea


@router.get(
    "/ideas",
    response={200: list[IdeaSummary], 401: Message, 422: Problems},
    auth=ANYONE,
    summary="Ideas the caller may see, newest first",
    description="Anonymous callers see public ideas. Filter by sluice, stage and organisation "
    "(its id, or its code: `organisation_code=1496`), and search with `q=`.",
)
@paginate(CursorPagination)
def list_ideas(request, filters: Query[IdeaFilters]):
    ideas = queries.filter_ideas(
        queries.ideas_visible_to(request.user),
        sluice=filters.sluice,
        stage=filters.stage,
        organisation=filters.organisation,
        q=filters.q or "",
    )
    if filters.organisation_code:
        ideas = ideas.filter(organisation__code=filters.organisation_code)
    return queries.with_list_data(ideas)


@router.post(
    "/ideas",
    response={201: IdeaOut, **WRITE_ERRORS, 429: Message},
    summary="Submit an idea or a problem",
    description="At most IDEAS_PER_HOUR ideas an hour from one person (20 unless the operator "
    "sets another number): more is answered 429, with Retry-After in seconds.",
)
def submit_idea(request, payload: IdeaIn):
    idea = services.submit_idea(
        request.user,
        sluice=_one(Sluice.objects, payload.sluice, "sluice", _("There is no such sluice.")),
        title=payload.title,
        problem=payload.problem,
        solution=payload.solution,
        beneficiaries=payload.beneficiaries,
        category=_one(
            Category.objects, payload.category, "category", _("There is no such category.")
        ),
        visibility=payload.visibility,
        organisation=_one(
            Organisation.objects,
            payload.organisation,
            "organisation",
            _("There is no such organisation."),
        ),
    )
    return Status(201, _detail(request.user, idea.pk))


@router.get(
    "/ideas/{idea_id}",
    response={200: IdeaOut, 401: Message, **READ_ERRORS},
    auth=ANYONE,
    summary="One idea with its decisions and the comments the caller may read",
)
def get_idea(request, idea_id: Id):
    return _detail(request.user, idea_id)


@router.post(
    "/ideas/{idea_id}/decisions",
    response={201: DecisionOut, 404: Message, 409: Message, **WRITE_ERRORS},
    summary="Move the idea to another stage, with a rationale the submitter will read",
)
def decide(request, idea_id: Id, payload: DecisionIn):
    idea = queries.get_idea_for(request.user, idea_id)
    stages = Stage.objects.filter(sluice_id=idea.sluice_id)
    decision = services.decide(
        request.user,
        idea,
        to_stage=_one(stages, payload.to_stage, "to_stage", _("The sluice has no such stage.")),
        rationale=payload.rationale,
        from_stage=_one(
            stages, payload.from_stage, "from_stage", _("The sluice has no such stage.")
        ),
        merged_into=_one(
            queries.ideas_visible_to(request.user),
            payload.merged_into,
            "merged_into",
            _("There is no idea with that number."),
        ),
    )
    return Status(201, decision)


@router.get(
    "/ideas/{idea_id}/comments",
    response={200: list[CommentOut], 401: Message, **READ_ERRORS},
    auth=ANYONE,
    summary="The comments the caller may read, oldest first",
)
def list_comments(request, idea_id: Id):
    return _comments_for(request.user, queries.get_idea_for(request.user, idea_id))


@router.post(
    "/ideas/{idea_id}/comments",
    response={201: CommentOut, 404: Message, **WRITE_ERRORS},
    summary="Comment on the idea, or (staff) add an internal note",
)
def add_comment(request, idea_id: Id, payload: CommentIn):
    idea = queries.get_idea_for(request.user, idea_id)
    comment = services.add_comment(request.user, idea, body=payload.body, internal=payload.internal)
    return Status(201, comment)
