"""What the open-data API answers. No field holds a person: not the submitter, the team, the
coach, nor who recorded an outcome (docs/architecture.md, "Open data")."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from django.utils import timezone
from ninja import Field, Schema

from idesluss.api.insights import OutcomeCounts  # one shape for both APIs
from idesluss.api.pagination import MAX_LIMIT
from idesluss.api.schemas import OrganisationCode

from .queries import legal_person_number

Year = Annotated[int, Field(ge=1900, le=9998)]
# Ten organisations a page: the largest municipalities hold some 50,000–80,000 ideas each at
# national scale, and a page counts every idea of its organisations (docs/benchmarks.md).
STATISTICS_PER_PAGE = 10


class OrganisationRef(Schema):
    name: str
    code: str = Field(description="kommunkod (4 digits) or länskod (2 digits); empty for others")
    kind: str = Field(description="`municipality`, `region`, `federation`, `company`, …")


class SluiceRef(Schema):
    name: str
    slug: str = Field(description="The sluice's short name: what `?sluice=` filters by")


class StageRef(Schema):
    name: str
    kind: str = Field(description="`implemented` or `spread`")


class OutcomeOut(Schema):
    kind: str = Field(
        description="`product`, `service`, `company`, `patent`, `licence`, `method`, "
        "`procurement` or `saving`"
    )
    title: str
    description: str
    date: date
    evidence_url: str | None = Field(description="A link to the evidence")
    evidence_file: str | None = Field(description="The evidence file, where one was uploaded")
    organisation_number: str | None = Field(
        description="A new company's organisationsnummer; left out for a sole trader, whose "
        "number is a personal identity number"
    )
    registration_number: str | None = Field(description="A patent's or licence's number")
    amount: Decimal | None = Field(description="A measured saving")
    amount_unit: str | None = Field(description="`SEK` or `hours`")

    @staticmethod
    def resolve_evidence_url(outcome):
        return outcome.evidence_url or None

    @staticmethod
    def resolve_evidence_file(outcome, context):
        # The idea is public, so its evidence files are served to anyone (outcomes.views).
        if not outcome.evidence_file:
            return None
        return context["request"].build_absolute_uri(outcome.get_evidence_url())

    @staticmethod
    def resolve_organisation_number(outcome):
        return legal_person_number(outcome.organisation_number) or None

    @staticmethod
    def resolve_registration_number(outcome):
        return outcome.registration_number or None

    @staticmethod
    def resolve_amount_unit(outcome):
        return outcome.amount_unit or None


class InnovationOut(Schema):
    id: int
    title: str
    problem: str = Field(description="The need or problem the idea answers")
    solution: str
    beneficiaries: str = Field(description="Who benefits")
    category: str | None
    organisation: OrganisationRef
    unit: str | None = Field(description="The förvaltning or enhet it came from")
    sluice: SluiceRef
    stage: StageRef
    submitted_on: date
    stage_since: date = Field(description="Since when it is implemented or spread")
    url: str = Field(description="The idea's page")
    outcomes: list[OutcomeOut]

    @staticmethod
    def resolve_category(idea):
        return idea.category.name if idea.category else None

    @staticmethod
    def resolve_unit(idea):
        return idea.unit.name if idea.unit else None

    @staticmethod
    def resolve_submitted_on(idea):
        return timezone.localdate(idea.created_at)

    @staticmethod
    def resolve_stage_since(idea):
        return timezone.localdate(idea.stage_entered_at)

    @staticmethod
    def resolve_url(idea, context):
        return context["request"].build_absolute_uri(idea.get_absolute_url())

    @staticmethod
    def resolve_outcomes(idea):
        return list(idea.outcomes.all())


class InnovationFilters(Schema):
    sluice: str | None = Field(
        None,
        max_length=80,
        description="A sluice's short name: the `slug` of an innovation's `sluice`, as in the "
        "addresses of the sluice's pages (e.g. `skaraborg`)",
        examples=["skaraborg"],
    )
    organisation_code: OrganisationCode | None = Field(
        None, description="The origin organisation: kommunkod (4 digits) or länskod (2 digits)"
    )


class YearFiguresOut(Schema):
    organisation: OrganisationRef
    year: int = Field(description="Calendar year, Swedish time")
    ideas_received: int = Field(description="Ideas submitted that year, whatever their visibility")
    ideas_implemented: int = Field(
        description="Of the ideas received that year, those now implemented or spread"
    )
    outcomes: OutcomeCounts = Field(description="Outcomes dated that year, by kind")


class StatisticsFilters(Schema):
    year: Year | None = None
    organisation_code: OrganisationCode | None = Field(
        None, description="kommunkod (4 digits) or länskod (2 digits)"
    )
    limit: int = Field(
        STATISTICS_PER_PAGE, ge=1, le=MAX_LIMIT, description="Organisations per page"
    )
    cursor: str | None = Field(None, max_length=64, description="`next` of the previous page")


class StatisticsPage(Schema):
    next: str | None = Field(description="The next page, or null on the last")
    items: list[YearFiguresOut]
