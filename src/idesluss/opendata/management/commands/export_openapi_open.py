import json

from django.core.management.base import BaseCommand
from django.utils import translation

from idesluss.opendata.api import open_api


def openapi_document() -> str:
    """The open API's OpenAPI schema as served at /api/open/v1/openapi.json, as stable JSON."""
    with translation.override("en"):
        schema = open_api.get_openapi_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = (
        "Print the OpenAPI schema of the open data API, /api/open/v1/ "
        "(keep docs/openapi-open.json in step with it)."
    )

    def handle(self, *args, **options):
        self.stdout.write(openapi_document(), ending="")
