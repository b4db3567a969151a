"""Writes rows fast: COPY on PostgreSQL, executemany on SQLite, ids reserved in blocks.

Rows are plain tuples in the order of a Table's fields, bypassing model instances and the
services. Ids of users and ideas are reserved as one block up front, so that decisions and
comments can refer to ideas before they are written and nothing has to be read back.
"""

from contextlib import contextmanager
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured

from .scales import SPAN_SECONDS, START

SQLITE_CACHE_KIB = 256 * 1024


class Table:
    """A model's table and the fields a row gives, in order. Every column must be given:
    rows bypass the model, so a field added later must be added here too."""

    def __init__(self, label: str, model, fields: list[str]):
        meta = model._meta
        self.label, self.model, self.name = label, model, meta.db_table
        self.columns = [meta.get_field(name).column for name in fields]
        given = set(self.columns)
        missing = [f.column for f in meta.concrete_fields if f.column not in given]
        missing = [column for column in missing if column != meta.pk.column]
        if missing:
            raise ImproperlyConfigured(
                f"benchdata does not fill {meta.label}.{', '.join(missing)}: give it a value "
                "in idesluss/core/benchdata/load.py"
            )


class Writer:
    """Writes through Django's connection, inside the caller's transaction."""

    def __init__(self, connection):
        self.connection = connection
        self.quote = connection.ops.quote_name
        self.written: dict[str, int] = {}

    @contextmanager
    def session(self):
        """Settings of the connection for the load, restored after it (outside the transaction)."""
        yield

    def begin(self) -> None:
        """Settings of the transaction, first thing in it."""

    def stamp(self, seconds: int):
        """A time given as seconds after scales.START, as the database stores it."""
        return self.connection.ops.adapt_datetimefield_value(START + timedelta(seconds=seconds))

    def reserve_ids(self, model, count: int) -> int:
        """The first of `count` consecutive ids that nothing else will take."""
        table = self.quote(model._meta.db_table)
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(id) FROM {table}")
            return (cursor.fetchone()[0] or 0) + 1

    def write(self, table: Table, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = ", ".join(self.quote(c) for c in table.columns)
        values = ", ".join(["%s"] * len(table.columns))
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {self.quote(table.name)} ({columns}) VALUES ({values})", rows
            )
        self._count(table, rows)

    def _count(self, table: Table, rows) -> None:
        self.written[table.label] = self.written.get(table.label, 0) + len(rows)

    def finish(self, tables: list[Table]) -> None:
        """Whatever the database needs after a bulk load, last thing in the transaction."""


class SQLiteWriter(Writer):
    @contextmanager
    def session(self):
        # A larger page cache for this connection: the indexes of big tables stay in memory
        # instead of spilling to the WAL mid-transaction.
        with self.connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size")
            previous = int(cursor.fetchone()[0])
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        try:
            yield
        finally:
            with self.connection.cursor() as cursor:
                cursor.execute(f"PRAGMA cache_size = {previous}")

    def stamp(self, seconds: int) -> str:
        # What Django stores for an aware datetime: naive UTC, ISO with a space.
        return _iso(seconds)

    def reserve_ids(self, model, count: int) -> int:
        # The transaction holds SQLite's write lock (transaction_mode IMMEDIATE), so nobody
        # else inserts meanwhile; AUTOINCREMENT remembers the highest id ever used.
        table = model._meta.db_table
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(id) FROM {self.quote(table)}")
            highest = cursor.fetchone()[0] or 0
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            remembered = cursor.fetchone()
        return max(highest, remembered[0] if remembered else 0) + 1

    def finish(self, tables: list[Table]) -> None:
        # SQLite's planner has no statistics until ANALYZE: without them it picked the sluice
        # index for the API list and sorted 41,000 rows (305 ms) instead of walking the keyset.
        with self.connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"ANALYZE {self.quote(table.name)}")


class PostgreSQLWriter(Writer):
    def begin(self) -> None:
        # Check foreign keys at the end of each COPY instead of queueing millions of checks
        # for the commit.
        with self.connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def stamp(self, seconds: int) -> str:
        return _iso(seconds) + "+00"

    def reserve_ids(self, model, count: int) -> int:
        # Others may read while the load runs, but not insert: their ids would collide.
        table = model._meta.db_table
        with self.connection.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {self.quote(table)} IN SHARE ROW EXCLUSIVE MODE")
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
            sequence = cursor.fetchone()[0]
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {self.quote(table)}")
            highest = cursor.fetchone()[0]
            cursor.execute(f"SELECT last_value, is_called FROM {sequence}")
            last, called = cursor.fetchone()
            first = max(highest, last if called else last - 1) + 1
            cursor.execute("SELECT setval(%s, %s, true)", [sequence, first + count - 1])
        return first

    def write(self, table: Table, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = ", ".join(self.quote(c) for c in table.columns)
        with (
            self.connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {self.quote(table.name)} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        self._count(table, rows)

    def finish(self, tables: list[Table]) -> None:
        # Autovacuum would soon do the same; benchmarks should not wait for it.
        names = ", ".join(self.quote(t.name) for t in tables)
        with self.connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {names}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


_DAYS_BEFORE = 800  # users joined up to two years before the span
_DATES = [
    str((START + timedelta(days=day)).date())
    for day in range(-_DAYS_BEFORE, SPAN_SECONDS // 86_400 + 2)
]


def _iso(seconds: int) -> str:
    """ "2024-03-05 09:41:07" for seconds after START: a third of the time str(datetime) takes."""
    day, second = divmod(seconds, 86_400)
    hour, second = divmod(second, 3_600)
    minute, second = divmod(second, 60)
    return f"{_DATES[day + _DAYS_BEFORE]} {hour:02d}:{minute:02d}:{second:02d}"


def writer_for(connection) -> Writer:
    if connection.vendor == "postgresql":
        return PostgreSQLWriter(connection)
    if connection.vendor == "sqlite":
        return SQLiteWriter(connection)
    return Writer(connection)
