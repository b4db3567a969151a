"""Request and response bodies of the API. Limits mirror the models, so that bad input is a 422
with the field named, never a database error."""

import re
from datetime import datetime
from typing import Annotated

from ninja import Field, Schema
from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

from idesluss.core.ids import MAX_ID
from idesluss.ideas import rules as idea_rules
from idesluss.ideas.models import (
    COMMENT_MAX_LENGTH,
    PROBLEM_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Visibility,
)

# The range of a BigAutoField: a larger number is refused here, not passed to the database.
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _no_null_characters(value: str) -> str:
    # PostgreSQL cannot store U+0000 in text; Django's forms refuse it too.
    if "\x00" in value:
        raise PydanticCustomError("null_character", "Text must not contain null characters")
    return value


def _text(max_length: int, *, min_length: int = 0, strip: bool = False):
    return Annotated[
        str,
        StringConstraints(strip_whitespace=strip, min_length=min_length, max_length=max_length),
        AfterValidator(_no_null_characters),
    ]


def _organisation_code(value: str) -> str:
    # re.ASCII: "²" and "٣" are \d to Python but no code of a municipality or region.
    if not re.fullmatch(r"\d{2}|\d{4}", value, re.ASCII):
        raise PydanticCustomError(
            "organisation_code", "A municipality code has 4 digits, a region code 2"
        )
    return value


OrganisationCode = Annotated[str, AfterValidator(_organisation_code)]


def name_of(user) -> str | None:
    """How a person is shown, as on the pages; None once the account is gone."""
    return str(user) if user is not None else None


# --- Errors (see errors.py) ---------------------------------------------------------------


class Message(Schema):
    detail: str


class Problem(Schema):
    type: str
    loc: list[str | int] = Field(description='Where: ["body", field], ["query", name], …')
    msg: str


class Problems(Schema):
    detail: list[Problem]


READ_ERRORS = {404: Message, 422: Problems}
WRITE_ERRORS = {400: Problems, 401: Message, 403: Message, 422: Problems}


# --- Organisations and sluices -------------------------------------------------------------


class OrganisationOut(Schema):
    id: int
    code: str = Field(description="kommunkod (4 digits) or länskod (2 digits); empty for others")
    name: str
    kind: str


class StageOut(Schema):
    id: int
    name: str
    kind: str = Field(description="`active` while in progress, otherwise the outcome")
    position: int
    is_gate: bool = Field(description="Only a decision maker may move an idea into it")
    response_days: int | None


class CategoryOut(Schema):
    id: int
    name: str


class SluiceOut(Schema):
    id: int
    slug: str
    name: str
    description: str
    first_response_days: int
    members: list[OrganisationOut]
    stages: list[StageOut]
    categories: list[CategoryOut]


class SluiceIn(Schema):
    name: _text(200, min_length=1, strip=True)
    members: list[OrganisationCode] = Field(
        min_length=1,
        max_length=500,
        description="Codes of the member organisations: municipalities 4 digits, regions 2",
        examples=[["1496", "1494"]],
    )
    description: _text(TEXT_MAX_LENGTH) = ""
    first_response_days: int = Field(5, ge=1, le=365)


# --- Ideas ---------------------------------------------------------------------------------


class SluiceRef(Schema):
    id: int
    slug: str
    name: str


class StageRef(Schema):
    id: int
    name: str
    kind: str


class IdeaSummary(Schema):
    id: int
    title: str
    sluice: SluiceRef
    stage: StageRef
    organisation: OrganisationOut
    category: CategoryOut | None
    visibility: Visibility
    submitter: str | None = Field(description="Shown to the sluice's staff and the submitter")
    coach: str | None
    support_count: int
    created_at: datetime
    stage_entered_at: datetime

    @staticmethod
    def resolve_submitter(idea, context):
        user = context["request"].user
        return name_of(idea.submitter) if idea_rules.can_see_submitter(user, idea) else None

    @staticmethod
    def resolve_coach(idea):
        return name_of(idea.coach)

    @staticmethod
    def resolve_support_count(idea):
        total = getattr(idea, "support_total", None)
        return idea.supports.count() if total is None else total


class DecisionOut(Schema):
    id: int
    from_stage: StageRef | None
    to_stage: StageRef
    decided_by: str | None
    rationale: str
    merged_into: int | None = Field(description="The idea it was merged into, if any")
    created_at: datetime

    @staticmethod
    def resolve_decided_by(decision):
        return name_of(decision.decided_by)

    @staticmethod
    def resolve_merged_into(decision):
        return decision.merged_into_id


class CommentOut(Schema):
    id: int
    author: str | None = Field(description="Hidden when the submitter wrote and may not be named")
    by_submitter: bool
    body: str
    internal: bool
    created_at: datetime

    @staticmethod
    def resolve_author(comment, context):
        idea = comment.idea
        by_submitter = comment.author_id == idea.submitter_id
        if by_submitter and not idea_rules.can_see_submitter(context["request"].user, idea):
            return None
        return name_of(comment.author)

    @staticmethod
    def resolve_by_submitter(comment):
        return comment.author_id is not None and comment.author_id == comment.idea.submitter_id


class IdeaOut(IdeaSummary):
    problem: str
    solution: str
    beneficiaries: str
    unit: str | None
    merged_into: int | None
    first_response_at: datetime | None
    updated_at: datetime
    decisions: list[DecisionOut]
    comments: list[CommentOut] = Field(description="Internal notes only for the sluice's staff")

    @staticmethod
    def resolve_unit(idea):
        return idea.unit.name if idea.unit_id else None

    @staticmethod
    def resolve_merged_into(idea):
        return idea.merged_into_id

    # The endpoint reads these with the caller's rights (ideas.rules) and hangs them on the idea.
    @staticmethod
    def resolve_decisions(idea):
        return idea.api_decisions

    @staticmethod
    def resolve_comments(idea):
        return idea.api_comments


class IdeaIn(Schema):
    sluice: Id
    problem: _text(PROBLEM_MAX_LENGTH) = Field(description="The need or problem; required")
    title: _text(200, strip=True) = Field("", description="Empty: the problem's first words")
    solution: _text(TEXT_MAX_LENGTH) = ""
    beneficiaries: _text(TEXT_MAX_LENGTH) = ""
    category: Id | None = None
    visibility: Visibility = Visibility.ORGANISATION
    organisation: Id | None = Field(
        None, description="Which of the caller's organisations the idea comes from"
    )


class DecisionIn(Schema):
    to_stage: Id
    rationale: _text(TEXT_MAX_LENGTH) = Field(description="The submitter reads it")
    from_stage: Id | None = Field(
        None,
        description="The stage the decider saw; if the idea has left it meanwhile, 409",
    )
    merged_into: Id | None = Field(None, description="Required when moving to a merged stage")


class CommentIn(Schema):
    body: _text(COMMENT_MAX_LENGTH)
    internal: bool = Field(False, description="A note for the sluice's staff only")
