"""Where a user finds the exports: Exportera in the main menu beside Insikter, for those who may
export (insights.exports.can_export), marked as the current page where it is."""

import re

import pytest
from django.test import Client

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

EXPORT_LINK = re.compile(r'<a href="/insikter/export/"( aria-current="(page|true)")?>Exportera</a>')


def _main_menu(response) -> str:
    text = response.content.decode()
    start = text.index('<nav aria-label="Huvudmeny">')
    return text[start : text.index("</nav>", start)]


@pytest.mark.parametrize("persona", ["coach", "decision_maker", "admin", "analyst"])
def test_those_who_may_export_find_it_beside_insights(world, persona):
    menu = _main_menu(world.client_for(getattr(world, persona)).get("/"))
    assert EXPORT_LINK.search(menu)
    assert menu.index(">Insikter</a>") < menu.index(">Exportera</a>")


def test_a_super_user_finds_it_too(world):
    root = UserFactory(is_superuser=True, is_staff=True)
    assert EXPORT_LINK.search(_main_menu(world.client_for(root).get("/")))


@pytest.mark.parametrize("persona", ["submitter", "colleague", "outsider"])
def test_others_are_not_offered_it(world, persona):
    menu = _main_menu(world.client_for(getattr(world, persona)).get("/"))
    assert "/insikter/export/" not in menu


def test_anonymous_visitors_are_not_offered_it(world):
    assert "/insikter/export/" not in Client().get("/").content.decode()


def test_the_menu_says_where_one_is(world):
    client = world.client_for(world.coach)
    on_export = _main_menu(client.get("/insikter/export/"))
    assert '<a href="/insikter/export/" aria-current="page">Exportera</a>' in on_export
    assert '<a href="/insikter/" aria-current' not in on_export
    on_jobs = _main_menu(client.get("/insikter/export/filer/"))
    assert '<a href="/insikter/export/" aria-current="true">Exportera</a>' in on_jobs
    on_insights = _main_menu(client.get("/insikter/"))
    assert '<a href="/insikter/" aria-current="page">Insikter</a>' in on_insights
    assert '<a href="/insikter/export/">Exportera</a>' in on_insights
    on_dashboard = _main_menu(client.get("/insikter/sluss/skaraborg/"))
    assert '<a href="/insikter/" aria-current="true">Insikter</a>' in on_dashboard
    on_home = _main_menu(client.get("/"))
    assert "aria-current" not in on_home
    assert _main_menu(client.get("/sok/")).count("aria-current") == 1


def test_the_menu_is_in_english_on_request(world):
    client = world.client_for(world.coach)
    client.cookies["django_language"] = "en"
    text = client.get("/").content.decode()
    assert '<a href="/insikter/export/">Export</a>' in text
    assert '<a href="/oppna-data/">Open data</a>' in text


def test_the_export_page_leads_to_ones_exports(world):
    text = world.client_for(world.coach).get("/insikter/export/").content.decode()
    assert '<a href="/insikter/export/filer/">Mina exporter</a>' in text
