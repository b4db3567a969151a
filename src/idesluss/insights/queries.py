"""Reads for the dashboards: which ideas a dashboard counts (its scope), and its figures.

A scope is found through one function per kind, which answers 404 to whoever may not see it
(insights.rules), so that a dashboard's existence does not tell outsiders anything either.
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet, Window
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from idesluss.ideas.models import Idea
from idesluss.organisations.models import Category, Organisation, Sluice, Stage, Unit
from idesluss.organisations.queries import knows_sluice, organisation_ids_of, roles_of
from idesluss.outcomes.queries import overdue_followups

from . import counting, rules
from .totals import Counted

# Rows of a table before "show all", and the most "show all" lists.
TOP = 10
ALL_LIMIT = 1000
FOLLOW_UPS_SHOWN = 20
CODED_KINDS = (Organisation.Kind.MUNICIPALITY, Organisation.Kind.REGION)


@dataclass
class Scope:
    """What a dashboard counts: the ideas of a sluice, an organisation, a county or all."""

    kind: str  # "sluice", "organisation", "county" or "network"
    title: str
    ideas: QuerySet  # every idea of the scope, before the filters
    stages: list
    sluice: Sluice | None = None
    organisation: Organisation | None = None
    county_code: str = ""
    # The sluices whose overdue follow-ups the viewer may see here.
    followup_sluice_ids: list = field(default_factory=list)
    # The same ideas as a condition on the running totals (insights.totals).
    totals: Q = field(default_factory=Q)

    def organisations(self) -> QuerySet:
        """The organisations the organisation filter offers."""
        if self.kind == "sluice":
            return self.sluice.members.order_by("name")
        if self.kind == "organisation":
            return Organisation.objects.filter(pk=self.organisation.pk)
        if self.kind == "county":
            return Organisation.objects.filter(county_code=self.county_code).order_by("name")
        return Organisation.objects.filter(sluices__isnull=False).distinct().order_by("name")

    def categories(self) -> list[str]:
        """Category names of the scope's sluices (a name shared by sluices is one choice)."""
        categories = Category.objects.all()
        if self.kind == "sluice":
            categories = categories.filter(sluice=self.sluice)
        elif self.kind != "network":
            categories = categories.filter(sluice_id__in={s.sluice_id for s in self.stages})
        return sorted(set(categories.values_list("name", flat=True)), key=str.casefold)


def _staff_sluices(user, sluice_ids) -> list:
    """Of `sluice_ids`, those whose follow-ups the user may see (all, for a super-user)."""
    return sorted(pk for pk in set(sluice_ids) if rules.may_see_followups(user, pk))


def sluice_scope(user, slug: str) -> Scope:
    """A sluice's dashboard: 404 unless the user is one of its staff or analysts."""
    sluice = get_object_or_404(Sluice, slug=slug)
    if not rules.may_see_sluice(user, sluice):
        raise Http404
    return _sluice_scope(user, sluice)


def sluice_scope_by_id(user, pk: int) -> Scope:
    """As sluice_scope, for the API: 403 to the sluice's own people who may not see its figures
    (they know it exists), 404 to everyone else."""
    sluice = get_object_or_404(Sluice, pk=pk)
    if rules.may_see_sluice(user, sluice):
        return _sluice_scope(user, sluice)
    if knows_sluice(user, sluice):
        raise PermissionDenied
    raise Http404


def _sluice_scope(user, sluice) -> Scope:
    return Scope(
        kind="sluice",
        title=sluice.name,
        ideas=Idea.objects.filter(sluice=sluice),
        stages=list(sluice.stages.order_by("position", "pk")),
        sluice=sluice,
        followup_sluice_ids=[sluice.pk] if rules.may_see_followups(user, sluice.pk) else [],
        totals=Q(sluice_id=sluice.pk),
    )


def organisation_scope(user, code: str) -> Scope:
    """A municipality's (4-digit code) or region's (2-digit code) dashboard, every sluice."""
    kind = {4: Organisation.Kind.MUNICIPALITY, 2: Organisation.Kind.REGION}.get(len(code))
    if kind is None or not code.isdigit():
        raise Http404
    organisation = get_object_or_404(Organisation, kind=kind, code=code)
    if not rules.may_see_organisation(user, organisation):
        raise Http404
    stages = list(Stage.objects.filter(sluice__members=organisation).order_by("position", "pk"))
    return Scope(
        kind="organisation",
        title=organisation.name,
        ideas=Idea.objects.filter(organisation=organisation),
        stages=stages,
        organisation=organisation,
        followup_sluice_ids=_staff_sluices(user, {s.sluice_id for s in stages}),
        totals=Q(organisation_id=organisation.pk),
    )


def county_scope(user, code: str) -> Scope:
    """A county's (län) dashboard: the ideas of its municipalities and its region."""
    if not (len(code) == 2 and code.isdigit()) or not rules.may_see_county(user, code):
        raise Http404
    county = (
        Organisation.objects.filter(county_code=code)
        .exclude(county_name="")
        .values_list("county_name", flat=True)
        .first()
    )
    if county is None:
        raise Http404
    stages = list(
        Stage.objects.filter(sluice__members__county_code=code)
        .distinct()
        .order_by("position", "pk")
    )
    return Scope(
        kind="county",
        title=county,
        ideas=Idea.objects.filter(organisation__county_code=code),
        stages=stages,
        county_code=code,
        followup_sluice_ids=_staff_sluices(user, {s.sluice_id for s in stages}),
        totals=Q(organisation__county_code=code),
    )


def network_scope(user) -> Scope:
    """Every sluice and organisation: for super-users and analysts."""
    if not rules.may_see_network(user):
        raise Http404
    stages = list(Stage.objects.order_by("position", "pk"))
    return Scope(
        kind="network",
        title=_("The whole network"),
        ideas=Idea.objects.all(),
        stages=stages,
        followup_sluice_ids=_staff_sluices(user, {s.sluice_id for s in stages}),
    )


def choices_for(user) -> dict:
    """What the start page of Insikter offers the user: each dashboard they may see."""
    network = rules.may_see_network(user)
    if user.is_superuser:
        sluices = Sluice.objects.order_by("name")
    else:
        mine = [pk for pk, roles in roles_of(user).items() if roles & set(rules.DASHBOARD_ROLES)]
        sluices = Sluice.objects.filter(pk__in=mine).order_by("name")
    organisations = Organisation.objects.filter(kind__in=CODED_KINDS).exclude(code="")
    if not network:
        organisations = organisations.filter(
            pk__in=organisation_ids_of(user), sluices__in=list(roles_of(user))
        ).distinct()
    counties: dict[str, dict] = {}
    for organisation in organisations.order_by("county_code", "-kind", "name"):
        county = counties.setdefault(
            organisation.county_code,
            {"code": organisation.county_code, "name": organisation.county_name, "members": []},
        )
        county["members"].append(organisation)
    return {"sluices": list(sluices), "counties": list(counties.values()), "network": network}


# --- Filters and figures ------------------------------------------------------------------------


@dataclass
class Filters:
    """A dashboard's filters, already checked (insights.forms.FilterForm)."""

    start: date
    end: date
    organisation: Organisation | None = None
    unit: Unit | None = None
    category: str = ""


def filtered(ideas, filters: Filters):
    """The scope's ideas narrowed by organisation, unit and category (not yet by period)."""
    if filters.organisation is not None:
        ideas = ideas.filter(organisation=filters.organisation)
    if filters.unit is not None:
        ideas = ideas.filter(unit=filters.unit)
    if filters.category:
        ideas = ideas.filter(category__name=filters.category)
    return ideas


# The evaluation row names each kind in the plural, as funders' reports do.
EVALUATION_LABELS = {
    "product": gettext_lazy("New products"),
    "service": gettext_lazy("New services"),
    "company": gettext_lazy("New companies"),
    "patent": gettext_lazy("Patents and design protections"),
    "licence": gettext_lazy("Licences"),
    "method": gettext_lazy("Implemented work methods"),
    "procurement": gettext_lazy("Procurements started"),
    "saving": gettext_lazy("Measured savings"),
}


def evaluation_row(outcomes: dict[str, int]) -> list[dict]:
    """The outcomes as funders read them: every kind, in the order of DESIGN §3."""
    return [
        {"kind": kind, "label": EVALUATION_LABELS[kind], "count": count}
        for kind, count in outcomes.items()
    ]


def counted_ideas(scope: Scope, filters: Filters) -> Counted:
    """The ideas the figures count, for the running totals too: they know each idea's sluice
    and organisation, not its unit or category, so those filters count the ideas themselves."""
    totals = scope.totals
    if filters.organisation is not None:
        totals &= Q(organisation_id=filters.organisation.pk)
    if filters.unit is not None or filters.category:
        totals = None
    return Counted(filtered(scope.ideas, filters), totals)


def figures(scope: Scope, filters: Filters, *, show_all: str = "") -> dict:
    """Every figure of a dashboard, in a fixed number of queries whatever the data."""
    ideas = counted_ideas(scope, filters)
    period = {"start": filters.start, "end": filters.end}

    def limit(table: str) -> int:
        return ALL_LIMIT if show_all == table else TOP

    found = _figures(scope, ideas, period, limit)
    found["follow_ups"], found["follow_ups_total"] = _overdue(scope, filters)
    return found


def _figures(scope, ideas, period, limit) -> dict:
    stage_groups = counting.by_stage(ideas, stages=scope.stages, **period)
    found = {
        "received": sum(group.count for group in stage_groups),
        "by_stage": stage_groups,
        "evaluation": evaluation_row(counting.outcomes_by_kind(ideas, **period)),
        "per_month": counting.per_month(ideas, **period),
        "funnel": counting.funnel(ideas, stages=scope.stages, **period),
        "stage_times": counting.time_in_stage(
            ideas, stages=[s for s in scope.stages if not s.is_final], **period
        ),
        "first_response": counting.first_response(ideas, **period),
        "benefits": counting.realised_benefits(ideas, **period),
        "per_organisation": counting.per_organisation(
            ideas, limit=limit("organisations"), **period
        ),
        "per_unit": counting.per_unit(ideas, limit=limit("units"), **period),
        "per_category": counting.per_category(ideas, limit=limit("categories"), **period),
    }
    found["stays_limit"] = counting.STAYS_LIMIT
    found["stays_capped"] = sum(t.stays for t in found["stage_times"]) >= counting.STAYS_LIMIT
    return found


def _overdue(scope: Scope, filters: Filters) -> tuple[list, int]:
    """Overdue follow-ups of the scope's ideas in the sluices whose staff the viewer is."""
    if not scope.followup_sluice_ids:
        return [], 0
    follow_ups = overdue_followups(scope.followup_sluice_ids).filter(
        benefit__idea__in=filtered(scope.ideas, filters).order_by().values("pk")
    )
    shown = list(follow_ups.annotate(total=Window(Count("*")))[:FOLLOW_UPS_SHOWN])
    return shown, shown[0].total if shown else 0
