"""One interface over the two full-text indexes: which ideas match an expression of terms.

An expression is a term (a str from search.analysis), or `All`/`Any` of expressions. It is
written out in the database's own query language, PostgreSQL's tsquery or SQLite's FTS5, with
every term quoted, so nothing a user typed can act as an operator there.

Where the index lives (migration 0003): on PostgreSQL a `tsvector` column of the idea's own row,
`ideas_idea.search_vector`, with a GIN index – so that one table holds both what an idea says
and who may see it, and the planner can choose between the GIN index (few matches) and walking
the newest ideas (many); on SQLite the FTS5 table `search_fts` over `search_document.terms`.
The column is not a field of `Idea`: nothing but this module reads it, and no page should
fetch it with the idea.
"""

from dataclasses import dataclass

from django.db.models import BooleanField, Expression, F, FloatField


@dataclass(frozen=True)
class All:
    parts: tuple


@dataclass(frozen=True)
class Any:
    parts: tuple


VECTOR = "search_vector"  # the column of ideas_idea on PostgreSQL


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


class _OnIdea(Expression):
    """An expression about the idea whose key is `idea` (the queryset's own, by default): it
    reads that row's table under whatever alias the query gives it, subqueries included."""

    def __init__(self, expression, idea="pk"):
        super().__init__()
        self.expression = expression
        self.idea = F(idea) if isinstance(idea, str) else idea

    def get_source_expressions(self):
        return [self.idea]

    def set_source_expressions(self, expressions):
        (self.idea,) = expressions

    def _vector(self, compiler) -> str:
        return f"{compiler.quote_name_unless_alias(self.idea.alias)}.{VECTOR}"


class Matching(_OnIdea):
    """`ideas.filter(Matching(expression))`: the ideas whose text holds the expression's terms.

    PostgreSQL reads the GIN index on the idea's `search_vector`, SQLite its FTS5 table."""

    output_field = BooleanField()
    conditional = True

    def as_sql(self, compiler, connection):
        if connection.vendor == "postgresql":
            return f"{self._vector(compiler)} @@ %s::tsquery", [_tsquery(self.expression)]
        key, params = compiler.compile(self.idea)
        return (
            f"{key} IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)",
            [*params, _fts5(self.expression)],
        )


class Rank(_OnIdea):
    """How well a matching idea matches: PostgreSQL's ts_rank (how many of the terms it holds).
    Only PostgreSQL can tell (see `can_rank`)."""

    output_field = FloatField()

    def as_sql(self, compiler, connection):
        return f"ts_rank({self._vector(compiler)}, %s::tsquery)", [_tsquery(self.expression)]


def can_rank(connection) -> bool:
    return connection.vendor == "postgresql"
