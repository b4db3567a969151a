import json

from django.core.management.base import BaseCommand
from django.utils import translation

from idesluss.api.api import api


def openapi_document() -> str:
    """The API's OpenAPI schema as served at /api/v1/openapi.json, as stable JSON text."""
    with translation.override("en"):
        schema = api.get_openapi_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = "Print the OpenAPI schema of /api/v1/ (keep docs/openapi.json in step with it)."

    def handle(self, *args, **options):
        self.stdout.write(openapi_document(), ending="")
