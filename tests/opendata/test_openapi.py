"""The open API's OpenAPI schema is kept in the repository (docs/openapi-open.json), as the main
API's is (docs/openapi.json): a change to what the public may fetch shows in review."""

import io
import json
from pathlib import Path

from django.core.management import call_command
from django.test import Client

from .conftest import OPEN

REPOSITORY_COPY = Path(__file__).resolve().parents[2] / "docs" / "openapi-open.json"
REGENERATE = (
    "The open data API changed but docs/openapi-open.json did not. If the change is meant, "
    "regenerate it:\n"
    "    .venv/bin/idesluss export_openapi_open > docs/openapi-open.json\n"
    "and commit the file with the change, so that reviewers and the data's users see the "
    "difference."
)


def _differences(kept, live, path="") -> list[str]:
    """Where two JSON documents differ, as paths: the failure says what changed, not just that."""
    if isinstance(kept, dict) and isinstance(live, dict):
        found = []
        for key in sorted(set(kept) | set(live)):
            where = f"{path}/{key}"
            if key not in live:
                found.append(f"{where}: only in docs/openapi-open.json")
            elif key not in kept:
                found.append(f"{where}: only in the live schema")
            else:
                found += _differences(kept[key], live[key], where)
        return found
    if kept != live:
        return [f"{path or '/'}: {json.dumps(kept)[:80]} ≠ {json.dumps(live)[:80]}"]
    return []


def test_the_schema_in_the_repository_is_the_live_one(db):
    live = Client().get(f"{OPEN}/openapi.json")
    assert live.status_code == 200
    kept = json.loads(REPOSITORY_COPY.read_text(encoding="utf-8"))
    differences = _differences(kept, live.json())
    assert not differences, REGENERATE + "\n\nWhat differs:\n" + "\n".join(differences[:20])


def test_the_command_prints_the_live_schema(db):
    out = io.StringIO()
    call_command("export_openapi_open", stdout=out)
    assert json.loads(out.getvalue()) == Client().get(f"{OPEN}/openapi.json").json()


def test_the_schema_does_not_depend_on_the_language(db):
    client = Client()
    client.cookies["django_language"] = "en"
    english = client.get(f"{OPEN}/openapi.json").json()
    client.cookies["django_language"] = "sv"
    assert client.get(f"{OPEN}/openapi.json").json() == english


def test_the_schema_tells_how_to_filter_by_sluice(db):
    schema = Client().get(f"{OPEN}/openapi.json").json()
    for path in ("innovations", "innovations.csv"):
        [sluice] = [
            parameter
            for parameter in schema["paths"][f"{OPEN}/{path}"]["get"]["parameters"]
            if parameter["name"] == "sluice"
        ]
        assert "`slug`" in sluice["description"]
    assert "slug" in schema["components"]["schemas"]["SluiceRef"]["required"]
