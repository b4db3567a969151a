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
    """`Rank(weights)`, weights a dict of term → weight: the sum of the weights of the terms
    a matching idea holds, for ordering. Both databases answer it alike, so they order
    candidates alike; a count of terms held (PostgreSQL's ts_rank) would put an idea holding
    three common terms before one holding the two rarest."""

    output_field = FloatField()

    def __init__(self, weights: dict[str, float], idea="pk"):
        super().__init__(None, idea)
        self.weights = weights

    def as_sql(self, compiler, connection):
        if not self.weights:
            return "0.0", []
        if connection.vendor == "postgresql":
            held, params = f"{self._vector(compiler)} @@ %s::tsquery", []
            for term, weight in self.weights.items():
                params += [_tsquery(term), weight]
        else:
            # Each term's ideas are read from the FTS5 table once for the whole statement.
            key, key_params = compiler.compile(self.idea)
            held, params = f"{key} IN (SELECT rowid FROM search_fts WHERE search_fts MATCH %s)", []
            for term, weight in self.weights.items():
                params += [*key_params, _fts5(term), weight]
        sum_of = " + ".join([f"CASE WHEN {held} THEN %s ELSE 0.0 END"] * len(self.weights))
        return f"({sum_of})", params
