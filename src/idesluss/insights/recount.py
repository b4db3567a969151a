"""Rebuilding the running totals from the rows (`idesluss recount`): after a bulk load, a
restore, or to prove that the totals the services kept are what counting gives.

Every total is one INSERT … SELECT of the day rows, grouped in the database (Swedish days through
Django's TruncDate, the same on SQLite and PostgreSQL), then the months and years summed from the
days; the stays are one INSERT … SELECT of the decisions. One transaction: readers meanwhile see
the old totals."""

from django.db import connection, transaction
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncDate, TruncMonth, TruncYear

from idesluss.ideas.models import Decision, Idea

from .period import local_zone
from .sql import SECONDS_PER_DAY, seconds_between, whole_days_between
from .totals_models import (
    CategoryTotal,
    ReachedTotal,
    ResponseTotal,
    Span,
    StageTotal,
    Stay,
    UnitTotal,
)

TOTALS = (StageTotal, UnitTotal, CategoryTotal, ResponseTotal, ReachedTotal)


def _insert(model, columns: list[str], rows) -> int:
    """INSERT INTO the model's table the rows of a queryset whose values are `columns`, in order
    (every one an annotation, so that the SELECT lists them in that order)."""
    sql, params = rows.query.sql_with_params()
    names = ", ".join(connection.ops.quote_name(model._meta.get_field(c).column) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {model._meta.db_table} ({names}) {sql}", params)
        return cursor.rowcount


def _days(model, key_column: str, key, rows=None) -> int:
    """The day rows of a total: the ideas (or `rows`, whose idea is `idea__`) per Swedish day
    received, sluice, organisation and key."""
    prefix = "idea__" if rows is not None else ""
    rows = rows if rows is not None else Idea.objects.all()
    counted = F("idea_id") if prefix else F("pk")
    grouped = (
        rows.order_by()
        .annotate(
            t_span=Value(Span.DAY, output_field=IntegerField()),
            t_start=TruncDate(f"{prefix}created_at", tzinfo=local_zone()),
            t_sluice=F(f"{prefix}sluice_id"),
            t_organisation=F(f"{prefix}organisation_id"),
            t_key=key,
        )
        .values("t_span", "t_start", "t_sluice", "t_organisation", "t_key")
        .annotate(t_ideas=Count(counted, distinct=bool(prefix)))
    )
    columns = ["span", "start", "sluice", "organisation", key_column, "ideas"]
    return _insert(model, columns, grouped)


def _larger(model, key_column: str, span: int, trunc) -> int:
    """The month or year rows of a total, summed from its day rows."""
    field = model._meta.get_field(key_column).attname
    grouped = (
        model.objects.filter(span=Span.DAY)
        .order_by()
        .annotate(
            t_span=Value(span, output_field=IntegerField()),
            t_start=trunc("start"),
            t_sluice=F("sluice_id"),
            t_organisation=F("organisation_id"),
            t_key=F(field),
        )
        .values("t_span", "t_start", "t_sluice", "t_organisation", "t_key")
        .annotate(t_ideas=Sum("ideas"))
    )
    columns = ["span", "start", "sluice", "organisation", key_column, "ideas"]
    return _insert(model, columns, grouped)


def answered_days_expression():
    """Whole days, rounded up, from receiving to the first answer (insights.totals.answered_days
    in SQL): NULL when unanswered, 0 when the answer came at once."""
    seconds = seconds_between(F("first_response_at"), F("created_at"))
    per_day = Value(SECONDS_PER_DAY, output_field=BigIntegerField())
    return Case(
        When(first_response_at__isnull=True, then=Value(None, output_field=BigIntegerField())),
        When(Q(first_response_at__lte=F("created_at")), then=Value(0)),
        default=(seconds + per_day - Value(1, output_field=BigIntegerField())) / per_day,
        output_field=BigIntegerField(),
    )


def stays_of(decisions):
    """Each decision that ended a stay, as a Stay row's values (the days as time_in_stage
    counted them: from the decision before it, or the submission, in whole days)."""
    previous = (
        Decision.objects.filter(idea_id=OuterRef("idea_id"))
        .filter(
            Q(created_at__lt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
        )
        .order_by("-created_at", "-pk")
        .values("created_at")[:1]
    )
    return (
        decisions.filter(from_stage__isnull=False)
        .order_by()
        .annotate(entered=Coalesce(Subquery(previous), F("idea__created_at")))
        .annotate(
            s_decision=F("pk"),
            s_idea=F("idea_id"),
            s_sluice=F("idea__sluice_id"),
            s_organisation=F("idea__organisation_id"),
            s_stage=F("from_stage_id"),
            s_ended=F("created_at"),
            s_days=whole_days_between(F("created_at"), F("entered")),
        )
        .values(
            "s_decision", "s_idea", "s_sluice", "s_organisation", "s_stage", "s_ended", "s_days"
        )
    )


def insert_stays(decisions) -> int:
    """Record the stays these decisions ended."""
    columns = ["decision", "idea", "sluice", "organisation", "stage", "ended_at", "days"]
    return _insert(Stay, columns, stays_of(decisions))


@transaction.atomic
def recount() -> dict[str, int]:
    """Throw the totals away and count them again from the ideas and decisions: {table: rows}.

    On PostgreSQL the ideas and decisions are locked against writes for the transaction, so a
    submission or decision made meanwhile waits and then counts itself on top, instead of being
    lost between the count and the commit; SQLite has one writer at a time anyway."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("LOCK TABLE ideas_idea, ideas_decision IN SHARE MODE")
    for model in (*TOTALS, Stay):
        model.objects.all().delete()
    made = {
        "stages": _days(StageTotal, "stage", F("stage_id")),
        "units": _days(UnitTotal, "unit", F("unit_id")),
        "categories": _days(CategoryTotal, "category", F("category_id")),
        "responses": _days(ResponseTotal, "answered_days", answered_days_expression()),
        "reached": _days(ReachedTotal, "stage", F("to_stage_id"), rows=Decision.objects.all()),
    }
    keys = {
        StageTotal: "stage",
        UnitTotal: "unit",
        CategoryTotal: "category",
        ResponseTotal: "answered_days",
        ReachedTotal: "stage",
    }
    for model, key_column in keys.items():
        _larger(model, key_column, Span.MONTH, TruncMonth)
        _larger(model, key_column, Span.YEAR, TruncYear)
    made["stays"] = insert_stays(Decision.objects.all())
    return made
