"""Two indexes on the ideas table for the open data, made here because only the open data uses
them (docs/architecture.md, "Open data"). Plain SQL that PostgreSQL and SQLite both read; the
ideas app's models do not know them, so `makemigrations` never proposes to drop them."""

from django.db import migrations

STATISTICS = (
    # Ideas received and implemented per organisation and year, counted from the index alone.
    "CREATE INDEX opendata_idea_statistics ON ideas_idea (organisation_id, created_at, stage_id)",
    "DROP INDEX opendata_idea_statistics",
)
INNOVATIONS = (
    # The public ideas by stage: the keys of the innovations without reading the ideas.
    "CREATE INDEX opendata_idea_public_stage ON ideas_idea (stage_id, created_at, id) "
    "WHERE visibility = 'public'",
    "DROP INDEX opendata_idea_public_stage",
)


class Migration(migrations.Migration):
    dependencies = [("ideas", "0002_keyset_indexes")]

    operations = [
        migrations.RunSQL(sql=STATISTICS[0], reverse_sql=STATISTICS[1]),
        migrations.RunSQL(sql=INNOVATIONS[0], reverse_sql=INNOVATIONS[1]),
    ]
