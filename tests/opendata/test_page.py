"""/oppna-data/: a public page in Swedish that explains the data, the licence and the links."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_it_explains_the_data_and_the_licence_in_swedish():
    response = Client().get("/oppna-data/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>Öppna data</h1>" in text
    assert 'href="http://creativecommons.org/publicdomain/zero/1.0/" rel="license"' in text
    assert "Inga personuppgifter" in text
    for link in (
        "/api/open/v1/innovations",
        "/api/open/v1/innovations.csv",
        "/api/open/v1/statistics",
        "/api/open/v1/statistics.csv",
        "/api/open/v1/dcat.rdf",
        "/api/open/v1/dcat.jsonld",
        "/api/open/v1/docs",
    ):
        assert f'href="{link}"' in text


@pytest.mark.parametrize("path", ["/", "/ideer/", "/sok/", "/konto/login/"])
def test_every_page_links_to_it_in_the_footer(path):
    text = Client().get(path).content.decode()
    footer = text[text.index('<footer class="site-footer">') :]
    assert '<nav aria-label="Om tjänsten">' in footer
    assert '<a href="/oppna-data/">Öppna data</a>' in footer


def test_the_footer_marks_it_as_the_current_page_on_it(world):
    for client in (Client(), world.client_for(world.submitter)):
        text = client.get("/oppna-data/").content.decode()
        assert '<a href="/oppna-data/" aria-current="page">Öppna data</a>' in text


def test_it_is_in_english_on_request():
    client = Client()
    client.cookies["django_language"] = "en"
    assert "<h1>Open data</h1>" in client.get("/oppna-data/").content.decode()


def test_the_open_api_is_described_without_login():
    client = Client()
    schema = client.get("/api/open/v1/openapi.json").json()
    assert set(schema["paths"]) == {
        f"/api/open/v1/{path}"
        for path in (
            "innovations",
            "innovations.csv",
            "statistics",
            "statistics.csv",
            "dcat.rdf",
            "dcat.jsonld",
        )
    }
    assert "security" not in str(schema["paths"])
    docs = client.get("/api/open/v1/docs")
    assert docs.status_code == 200 and "cdn.jsdelivr.net" not in docs.content.decode()
