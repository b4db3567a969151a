"""Outcomes of an idea: what it produced, recorded through the same service as the page."""

import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from ninja import Field, Router, Schema, Status
from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from idesluss.core.forms import NOT_A_DATE
from idesluss.ideas import queries
from idesluss.ideas.models import TEXT_MAX_LENGTH
from idesluss.outcomes import queries as outcome_queries
from idesluss.outcomes import rules, services
from idesluss.outcomes.models import Outcome
from idesluss.outcomes.validators import NOT_A_NUMBER

from .auth import ANYONE
from .schemas import READ_ERRORS, WRITE_ERRORS, Id, Message, _text, name_of

router = Router(tags=["outcomes"])


def _date(value):
    """Only YYYY-MM-DD: pydantic would also take a number of seconds or a full timestamp."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    # Translated now, in the caller's language: api/errors.py passes unknown types' messages on.
    raise PydanticCustomError("date_format", str(NOT_A_DATE))


def _decimal(value):
    """A JSON number or a numeric string, read exactly; the service judges its range."""
    if value is None:
        return None
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            return number
    raise PydanticCustomError("decimal_format", str(NOT_A_NUMBER))


IsoDate = Annotated[
    datetime.date,
    BeforeValidator(_date),
    WithJsonSchema({"type": "string", "format": "date", "example": "2025-03-31"}),
]
# Inline enums: the models' TextChoices would all be called "Kind" in the schema.
OutcomeKind = Literal[tuple(Outcome.Kind.values)]
AmountUnit = Literal[tuple(Outcome.AmountUnit.values)]
Amount = Annotated[
    Decimal | None,
    BeforeValidator(_decimal),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string"}, {"type": "null"}]}),
]


class OutcomeIn(Schema):
    kind: OutcomeKind
    date: IsoDate = Field(description="When it was achieved; not in the future")
    title: _text(200, strip=True)
    description: _text(TEXT_MAX_LENGTH) = ""
    evidence_url: _text(500, strip=True) = Field(
        "", description="Required here: the API takes no files (the page does)"
    )
    organisation_number: _text(20, strip=True) = Field(
        "", description="A new company's, NNNNNN-NNNN or ten digits; required for `company`"
    )
    registration_number: _text(50, strip=True) = Field(
        "", description="The patent or design registration number; required for `patent`"
    )
    amount: Amount = Field(None, description="Required for `saving`: 0 or more")
    amount_unit: AmountUnit | None = Field(None, description="Required for `saving`")


class OutcomeOut(Schema):
    id: int
    idea: int
    kind: OutcomeKind
    title: str
    description: str
    date: datetime.date
    evidence_url: str
    evidence_file: str | None = Field(description="Where the evidence file can be downloaded")
    organisation_number: str
    registration_number: str
    amount: Decimal | None = Field(description='Exact, as a string: "480000.50"')
    amount_unit: AmountUnit | Literal[""]
    recorded_by: str | None = Field(description="Shown to the sluice's staff only")
    created_at: datetime.datetime

    @staticmethod
    def resolve_idea(outcome):
        return outcome.idea_id

    @staticmethod
    def resolve_evidence_file(outcome):
        if not outcome.evidence_file:
            return None
        return outcome.get_evidence_url()

    @staticmethod
    def resolve_recorded_by(outcome, context):
        if rules.can_see_recorder(context["request"].user, outcome.idea):
            return name_of(outcome.created_by)
        return None


@router.get(
    "/ideas/{idea_id}/outcomes",
    response={200: list[OutcomeOut], 401: Message, **READ_ERRORS},
    auth=ANYONE,
    summary="What the idea produced, oldest first",
)
def list_outcomes(request, idea_id: Id):
    idea = queries.get_idea_for(request.user, idea_id)
    return outcome_queries.outcomes_of(idea)


@router.post(
    "/ideas/{idea_id}/outcomes",
    response={201: OutcomeOut, 404: Message, **WRITE_ERRORS},
    summary="Record what the idea produced (the sluice's coaches and decision makers)",
    description="Kinds: product, service, company (with `organisation_number`), patent (with "
    "`registration_number`), licence, method, procurement, saving (with `amount` and "
    "`amount_unit`). Every outcome needs its evidence: `evidence_url`.",
)
def record_outcome(request, idea_id: Id, payload: OutcomeIn):
    idea = queries.get_idea_for(request.user, idea_id)
    outcome = services.record_outcome(
        request.user,
        idea,
        kind=payload.kind,
        title=payload.title,
        date=payload.date,
        description=payload.description,
        evidence_url=payload.evidence_url,
        organisation_number=payload.organisation_number,
        registration_number=payload.registration_number,
        amount=payload.amount,
        amount_unit=payload.amount_unit or "",
    )
    return Status(201, outcome)
