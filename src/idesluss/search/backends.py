"""One interface over the two full-text indexes: which ideas match an expression of terms.

An expression is a term (a str from search.analysis), or `All`/`Any` of expressions. It is
written out in the database's own query language, PostgreSQL's tsquery or SQLite's FTS5, with
every term quoted, so nothing a user typed can act as an operator there.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Lookup
from django.db.models.expressions import RawSQL


@dataclass(frozen=True)
class All:
    parts: tuple


@dataclass(frozen=True)
class Any:
    parts: tuple


def _tsquery(expression) -> str:
    if isinstance(expression, str):
        return "'" + expression.replace("\\", "\\\\").replace("'", "''") + "'"
    operator = " & " if isinstance(expression, All) else " | "
    return "(" + operator.join(_tsquery(part) for part in expression.parts) + ")"


def _fts5(expression) -> str:
    if isinstance(expression, str):
        return '"' + expression.replace('"', '""') + '"'
    operator = " AND " if isinstance(expression, All) else " OR "
    return "(" + operator.join(_fts5(part) for part in expression.parts) + ")"


class Matches(Lookup):
    """`ideas.filter(search_document__terms__matches=expression)`: the idea's document matches.

    PostgreSQL reads the GIN index on the document's generated tsvector, SQLite its FTS5 table.
    """

    lookup_name = "matches"
    prepare_rhs = False

    def process_rhs(self, compiler, connection):
        if connection.vendor == "postgresql":
            return "%s::tsquery", [_tsquery(self.rhs)]
        return "%s", [_fts5(self.rhs)]

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.lhs.alias)
        rhs, params = self.process_rhs(compiler, connection)
        if connection.vendor == "postgresql":
            return f"{table}.vector @@ {rhs}", params
        return (
            f"{table}.idea_id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {rhs})",
            params,
        )


def rank(expression) -> RawSQL | None:
    """How well a matching document matches (PostgreSQL's ts_rank: how many of the terms it
    holds), for ordering candidates in the database; None where the database cannot tell."""
    if connection.vendor != "postgresql":
        return None
    return RawSQL("ts_rank(search_document.vector, %s::tsquery)", [_tsquery(expression)])
