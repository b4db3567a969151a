"""The OpenAPI schema: served, documented, and kept in the repository (docs/openapi.json)."""

import io
import json
from pathlib import Path

from django.core.management import call_command

from .conftest import API

REPOSITORY_COPY = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
REGENERATE = (
    "The API changed but docs/openapi.json did not. If the change is meant, regenerate it:\n"
    "    .venv/bin/idesluss export_openapi > docs/openapi.json\n"
    "and commit the file with the change, so that reviewers and API users see the difference."
)


def test_the_schema_in_the_repository_is_the_live_one(client):
    live = client.get(f"{API}/openapi.json")
    assert live.status_code == 200
    assert json.loads(REPOSITORY_COPY.read_text(encoding="utf-8")) == live.json(), REGENERATE


def test_the_export_command_prints_the_live_schema(client):
    out = io.StringIO()
    call_command("export_openapi", stdout=out)
    assert json.loads(out.getvalue()) == client.get(f"{API}/openapi.json").json()


def test_the_schema_does_not_depend_on_the_language(client):
    client.cookies["django_language"] = "en"
    english = client.get(f"{API}/openapi.json").json()
    client.cookies["django_language"] = "sv"
    assert client.get(f"{API}/openapi.json").json() == english


def test_the_schema_describes_every_endpoint(client):
    paths = client.get(f"{API}/openapi.json").json()["paths"]
    assert {(path, method) for path, methods in paths.items() for method in methods} == {
        (f"{API}/sluices", "get"),
        (f"{API}/sluices", "post"),
        (f"{API}/ideas", "get"),
        (f"{API}/ideas", "post"),
        (f"{API}/ideas/{{idea_id}}", "get"),
        (f"{API}/ideas/{{idea_id}}/decisions", "post"),
        (f"{API}/ideas/{{idea_id}}/comments", "get"),
        (f"{API}/ideas/{{idea_id}}/comments", "post"),
        (f"{API}/ideas/{{idea_id}}/outcomes", "get"),
        (f"{API}/ideas/{{idea_id}}/outcomes", "post"),
        (f"{API}/similar", "post"),
        (f"{API}/insights/summary", "get"),
    }


def test_the_docs_page_is_served(client):
    response = client.get(f"{API}/docs")
    assert response.status_code == 200
    assert "openapi.json" in response.text


def test_the_docs_page_works_under_the_content_security_policy(client):
    response = client.get(f"{API}/docs")
    assert "cdn.jsdelivr.net" not in response.text
    assert "<script>" not in response.text
