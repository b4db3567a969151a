"""PostgreSQL: the tsvector moves from search_document to the idea's own row.

A search asks two things of each idea: does it hold the terms, and may this user see it. With
the vector in another table, PostgreSQL joined the two, and at a million ideas it chose badly
(docs/search.md, "Speed"). With both in `ideas_idea`, one scan answers both, through the GIN
index when matches are few or walking the newest ideas when they are many. SQLite keeps its
FTS5 table over search_document.terms.
"""

from django.db import migrations

POSTGRESQL = [
    (
        "ALTER TABLE ideas_idea ADD COLUMN search_vector tsvector",
        "ALTER TABLE ideas_idea DROP COLUMN search_vector",
    ),
    (
        "UPDATE ideas_idea SET search_vector = array_to_tsvector(string_to_array(d.terms, ' ')) "
        "FROM search_document d WHERE d.idea_id = ideas_idea.id",
        "",
    ),
    (
        "CREATE INDEX ideas_idea_search_vector ON ideas_idea USING gin (search_vector)",
        "DROP INDEX ideas_idea_search_vector",
    ),
    (
        "DROP INDEX search_document_vector",
        "CREATE INDEX search_document_vector ON search_document USING gin (vector)",
    ),
    (
        "ALTER TABLE search_document DROP COLUMN vector",
        "ALTER TABLE search_document ADD COLUMN vector tsvector "
        "GENERATED ALWAYS AS (array_to_tsvector(string_to_array(terms, ' '))) STORED",
    ),
]


def _run(*, forwards: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for create, drop in POSTGRESQL if forwards else reversed(POSTGRESQL):
            if statement := create if forwards else drop:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index"), ("ideas", "0002_keyset_indexes")]

    operations = [
        migrations.RunPython(_run(forwards=True), _run(forwards=False)),
    ]
