"""Which text analysis built the index: an upgrade that changes it says to run `reindex`.

A database with no ideas yet starts as built by the analysis it is migrated with; one with
ideas is marked unknown, so the first upgrade past this one asks for a reindex (it changes the
analysis too: the thesaurus).
"""

from django.db import migrations, models


def record(apps, schema_editor):
    from idesluss.search.analysis import fingerprint

    Idea = apps.get_model("ideas", "Idea")
    IndexState = apps.get_model("search", "IndexState")
    database = schema_editor.connection.alias
    has_ideas = Idea.objects.using(database).exists()
    IndexState.objects.using(database).create(pk=1, analysis="" if has_ideas else fingerprint())


class Migration(migrations.Migration):
    dependencies = [("search", "0003_vector_on_idea")]

    operations = [
        migrations.CreateModel(
            name="IndexState",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "analysis",
                    models.CharField(
                        blank=True,
                        help_text="Fingerprint of the analysis; empty if unknown.",
                        max_length=64,
                    ),
                ),
                ("built_at", models.DateTimeField(auto_now=True)),
            ],
            options={"db_table": "search_index_state"},
        ),
        migrations.RunPython(record, migrations.RunPython.noop),
    ]
