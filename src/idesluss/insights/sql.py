"""Database expressions the counting needs that Django does not offer on both databases alike."""

from django.db.models import BigIntegerField, CharField, Func, Value
from django.db.models.functions import Cast

SECONDS_PER_DAY = 86_400


class EpochSeconds(Func):
    """Whole seconds since 1970 of a timestamp, rounded down, computed the same way on SQLite and
    PostgreSQL so that durations built from it (and percentiles of them) are identical."""

    output_field = BigIntegerField()
    arity = 1

    def as_sqlite(self, compiler, connection, **extra_context):
        # strftime('%s') reads Django's stored UTC text and drops the fraction. The format is a
        # parameter: a literal % in the SQL would be taken for a placeholder.
        (timestamp,) = self.get_source_expressions()
        seconds = Func(Value("%s"), timestamp, function="strftime", output_field=CharField())
        return compiler.compile(Cast(seconds, BigIntegerField()))

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="CAST(FLOOR(EXTRACT(EPOCH FROM %(expressions)s)) AS BIGINT)",
            **extra_context,
        )


def seconds_between(later, earlier):
    """`later - earlier` in whole seconds (both timestamps rounded down first)."""
    return EpochSeconds(later) - EpochSeconds(earlier)


def whole_days_between(later, earlier):
    """Completed days from `earlier` to `later`: integer division on both databases."""
    return Cast(seconds_between(later, earlier), BigIntegerField()) / Value(
        SECONDS_PER_DAY, output_field=BigIntegerField()
    )
