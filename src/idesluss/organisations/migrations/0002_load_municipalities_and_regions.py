from django.db import migrations

from idesluss.organisations.reference import read_reference


def load(apps, schema_editor):
    Organisation = apps.get_model("organisations", "Organisation")
    existing = set(Organisation.objects.values_list("kind", "code"))
    Organisation.objects.bulk_create(
        Organisation(
            kind=row.kind,
            code=row.code,
            name=row.name,
            county_code=row.county_code,
            county_name=row.county_name,
        )
        for row in read_reference()
        if (row.kind, row.code) not in existing
    )


def unload(apps, schema_editor):
    Organisation = apps.get_model("organisations", "Organisation")
    Organisation.objects.filter(kind__in=["municipality", "region"], ideas__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
