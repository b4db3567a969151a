"""Insights: a sluice's figures for a period, counted by insights.counting like the dashboard."""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import ValidationError as SchemaValidationError

from idesluss.insights import counting, queries
from idesluss.insights.forms import default_period

from .outcomes import IsoDate
from .schemas import Id, Message, Problems

router = Router(tags=["insights"])


class SummaryFilters(Schema):
    sluice: Id
    start: IsoDate | None = Field(
        None,
        alias="from",
        description="First day, YYYY-MM-DD (default: 11 months before `to`, from the 1st)",
    )
    end: IsoDate | None = Field(None, alias="to", description="Last day, included (default: today)")

    model_config = {"populate_by_name": True}


class OutcomeCounts(Schema):
    product: int
    service: int
    company: int
    patent: int
    licence: int
    method: int
    procurement: int
    saving: int


class SummaryOut(Schema):
    ideas: int = Field(description="Ideas received in the period (by the day they came in)")
    by_stage: dict[str, int] = Field(
        description="Of those ideas, how many are in each stage now, in the sluice's order"
    )
    outcomes: OutcomeCounts = Field(description="Outcomes dated in the period, by kind")


def _period(filters: SummaryFilters) -> tuple[datetime.date, datetime.date]:
    end = filters.end or default_period()[1]
    start = filters.start or default_period(end)[0]
    if start > end:
        message = _("The period must begin before it ends: change From or To.")
        raise SchemaValidationError(
            [{"type": "date_order", "loc": ["query", "to"], "msg": message}]
        )
    return start, end


@router.get(
    "/insights/summary",
    response={200: SummaryOut, 401: Message, 403: Message, 404: Message, 422: Problems},
    summary="A sluice's figures for a period: ideas, their stages, outcomes by kind",
    description="For the sluice's coaches, decision makers, administrators and analysts (403 for "
    "its other people, 404 for everyone else). The same figures as the sluice's dashboard.",
)
def summary(request, filters: Query[SummaryFilters]):
    scope = queries.sluice_scope_by_id(request.user, filters.sluice)
    start, end = _period(filters)
    return counting.summary(scope.ideas, start=start, end=end, stages=scope.stages)
