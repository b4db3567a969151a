"""The database's own full-text index over search_document.terms.

PostgreSQL: a generated tsvector of the terms as they are (already analysed in Python, so no
text search configuration may change them) with a GIN index. SQLite: an FTS5 table over the
same column, kept in step by triggers within the writing transaction.
"""

from django.db import migrations

POSTGRESQL = [
    (
        "ALTER TABLE search_document ADD COLUMN vector tsvector "
        "GENERATED ALWAYS AS (array_to_tsvector(string_to_array(terms, ' '))) STORED",
        "ALTER TABLE search_document DROP COLUMN vector",
    ),
    (
        "CREATE INDEX search_document_vector ON search_document USING gin (vector)",
        "DROP INDEX search_document_vector",
    ),
]

SQLITE = [
    (
        "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='search_document', "
        "content_rowid='idea_id', tokenize='unicode61 remove_diacritics 0')",
        "DROP TABLE search_fts",
    ),
    (
        "CREATE TRIGGER search_document_insert AFTER INSERT ON search_document BEGIN "
        "INSERT INTO search_fts (rowid, terms) VALUES (new.idea_id, new.terms); END",
        "DROP TRIGGER search_document_insert",
    ),
    (
        "CREATE TRIGGER search_document_delete AFTER DELETE ON search_document BEGIN "
        "INSERT INTO search_fts (search_fts, rowid, terms) "
        "VALUES ('delete', old.idea_id, old.terms); END",
        "DROP TRIGGER search_document_delete",
    ),
    (
        "CREATE TRIGGER search_document_update AFTER UPDATE ON search_document BEGIN "
        "INSERT INTO search_fts (search_fts, rowid, terms) "
        "VALUES ('delete', old.idea_id, old.terms); "
        "INSERT INTO search_fts (rowid, terms) VALUES (new.idea_id, new.terms); END",
        "DROP TRIGGER search_document_update",
    ),
]


def _run(*, forwards: bool):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        chosen = {"postgresql": POSTGRESQL, "sqlite": SQLITE}.get(vendor, [])
        for create, drop in chosen if forwards else reversed(chosen):
            schema_editor.execute(create if forwards else drop)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run(forwards=True), _run(forwards=False)),
    ]
