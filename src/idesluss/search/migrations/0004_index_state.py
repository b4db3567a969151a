"""Which text analysis built the index: an upgrade that changes it says to run `reindex`.

A database with no ideas indexed yet starts as built by the analysis it is migrated with; one
that has an index from before is marked unknown, so the first upgrade past this one asks for a
reindex (it changes the analysis too: the thesaurus).
"""

from django.db import migrations, models


def record(apps, schema_editor):
    from idesluss.search.analysis import fingerprint

    Document = apps.get_model("search", "Document")
    IndexState = apps.get_model("search", "IndexState")
    indexed = Document.objects.using(schema_editor.connection.alias).exists()
    IndexState.objects.using(schema_editor.connection.alias).create(
        pk=1, analysis="" if indexed else fingerprint()
    )


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
