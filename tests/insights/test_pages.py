"""The dashboards: who sees which (404 outside), the filters in the URL, bad filters, the menu."""

import re
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import dateformat, timezone, translation

from idesluss.insights import counting, progress
from idesluss.insights.recount import recount
from idesluss.organisations.models import Category, SluiceRole, Unit
from idesluss.outcomes.models import Benefit

from ..factories import DecisionFactory, IdeaFactory, grant, member_of

pytestmark = pytest.mark.django_db

SLUICE = "/insikter/sluss/skaraborg/"


def superuser():
    return get_user_model().objects.create_superuser(email="root@idesluss.se", password="x")


@pytest.mark.parametrize("persona", ["coach", "decision_maker", "admin", "analyst"])
def test_the_sluices_staff_and_analysts_see_its_dashboard(world, persona):
    response = world.client_for(getattr(world, persona)).get(SLUICE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Skaraborgs innovationssluss</h1>" in html
    assert 'data-figure="ideas">1<' in html  # the world's idea, received today
    assert "Nya produkter" in html and "Patent och designskydd" in html


@pytest.mark.parametrize("persona", ["submitter", "colleague", "outsider"])
def test_others_get_404_for_a_sluice_dashboard(world, persona):
    client = world.client_for(getattr(world, persona))
    assert client.get(SLUICE).status_code == 404
    assert client.get("/insikter/sluss/finns-inte/").status_code == 404
    assert client.get("/insikter/").status_code == 404
    assert client.get("/insikter/natverk/").status_code == 404


def test_anonymous_visitors_are_asked_to_log_in(world):
    response = world.client_for(None).get(SLUICE)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_the_network_and_counties_are_for_analysts_and_super_users(world):
    analyst = world.client_for(world.analyst)
    assert analyst.get("/insikter/natverk/").status_code == 200
    assert analyst.get("/insikter/lan/14/").status_code == 200  # Västra Götaland
    assert "Västra Götalands län" in analyst.get("/insikter/lan/14/").content.decode()
    assert analyst.get("/insikter/lan/99/").status_code == 404
    assert analyst.get("/insikter/lan/abc/").status_code == 404
    assert world.client_for(superuser()).get("/insikter/natverk/").status_code == 200
    coach = world.client_for(world.coach)
    assert coach.get("/insikter/natverk/").status_code == 404
    assert coach.get("/insikter/lan/14/").status_code == 404


def test_an_organisations_dashboard_is_for_its_sluice_people_and_the_network(world):
    coach = world.client_for(world.coach)  # works in Skövde, coaches a sluice Skövde runs
    assert coach.get("/insikter/organisation/1496/").status_code == 200
    assert coach.get("/insikter/organisation/1494/").status_code == 404  # not a member there
    analyst = world.client_for(world.analyst)
    assert analyst.get("/insikter/organisation/1283/").status_code == 200  # Helsingborg
    assert analyst.get("/insikter/organisation/14/").status_code == 200  # a region
    assert analyst.get("/insikter/organisation/0000/").status_code == 404
    assert analyst.get("/insikter/organisation/x/").status_code == 404
    submitter = world.client_for(world.submitter)  # a member, but no role in any sluice
    assert submitter.get("/insikter/organisation/1496/").status_code == 404


def test_the_start_page_offers_what_the_user_may_see(world):
    html = world.client_for(world.coach).get("/insikter/").content.decode()
    assert 'href="/insikter/sluss/skaraborg/"' in html
    assert 'href="/insikter/organisation/1496/"' in html
    assert "/insikter/natverk/" not in html
    html = world.client_for(world.analyst).get("/insikter/").content.decode()
    assert 'href="/insikter/natverk/"' in html
    assert 'href="/insikter/lan/14/"' in html
    assert 'href="/insikter/organisation/1283/"' in html


def test_the_menu_offers_insights_to_those_who_may_see_a_dashboard(world):
    link = 'href="/insikter/"'
    assert link in world.client_for(world.coach).get("/").content.decode()
    assert link in world.client_for(world.analyst).get("/").content.decode()
    assert link not in world.client_for(world.submitter).get("/").content.decode()


def test_the_filters_are_in_the_url_and_narrow_the_figures(world):
    unit = Unit.objects.create(organisation=world.skovde, name="Hemtjänsten")
    category = Category.objects.create(sluice=world.sluice, name="Äldreomsorg")
    IdeaFactory(sluice=world.sluice, organisation=world.lidkoping)
    IdeaFactory(sluice=world.sluice, organisation=world.skovde, unit=unit, category=category)
    client = world.client_for(world.analyst)
    every = client.get(SLUICE).content.decode()
    assert 'data-figure="ideas">3<' in every
    lidkoping = client.get(SLUICE, {"organisation": world.lidkoping.pk}).content.decode()
    assert 'data-figure="ideas">1<' in lidkoping
    assert f'<option value="{world.lidkoping.pk}" selected>' in lidkoping
    in_unit = client.get(SLUICE, {"organisation": world.skovde.pk, "unit": unit.pk})
    assert 'data-figure="ideas">1<' in in_unit.content.decode()
    by_category = client.get(SLUICE, {"category": "Äldreomsorg"}).content.decode()
    assert 'data-figure="ideas">1<' in by_category
    last_year = date.today().year - 1
    old = client.get(SLUICE, {"from": f"{last_year}-01-01", "to": f"{last_year}-12-31"})
    assert 'data-figure="ideas">0<' in old.content.decode()
    assert f'value="{last_year}-01-01"' in old.content.decode()


@pytest.mark.parametrize(
    "query, message",
    [
        ({"from": "2025-13-01"}, "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"to": "igår"}, "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, "Perioden måste börja innan den slutar"),
        ({"from": "1900-01-01"}, "Välj ett år från 1990 till 2100"),
        ({"from": "1995-01-01", "to": "2025-01-01"}, "Välj en period på högst 20 år"),
        ({"organisation": "abc"}, "Välj ett av de listade värdena"),
        ({"organisation": "999999"}, "Välj ett av de listade värdena"),
        ({"unit": "1"}, "Välj en av den valda organisationens enheter"),
        ({"category": "Finns inte"}, "Välj ett av de listade värdena"),
    ],
)
def test_bad_filters_get_a_swedish_message_not_a_500(world, query, message):
    response = world.client_for(world.analyst).get(SLUICE, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Något behöver rättas" in html
    assert "data-figure" not in html


def test_tables_show_the_top_ten_and_all_on_request(world):
    units = [
        Unit.objects.create(organisation=world.skovde, name=f"Enhet {n:02}") for n in range(12)
    ]
    for unit in units:
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, unit=unit)
    client = world.client_for(world.coach)
    html = client.get(SLUICE).content.decode()
    assert "Enhet 09" in html and "Enhet 11" not in html
    assert "visa=units" in html and "Visa alla 13" in html
    html = client.get(SLUICE, {"visa": "units"}).content.decode()
    assert "Enhet 11" in html and "Visa bara de största" in html


def test_overdue_follow_ups_are_for_the_sluices_staff(world):
    long_ago = timezone.localdate() - timedelta(days=400)
    benefit = Benefit.objects.create(
        idea=world.idea,
        name="Tid att leta hjälpmedel",
        unit="hours",
        baseline=40,
        target=10,
        implemented_on=long_ago,
    )
    benefit.follow_ups.create(months=6, due_on=long_ago + timedelta(days=182))
    coach_page = world.client_for(world.coach).get(SLUICE).content.decode()
    assert "Försenade uppföljningar" in coach_page
    assert "Tid att leta hjälpmedel, efter 6 månader" in coach_page
    analyst_page = world.client_for(world.analyst).get(SLUICE).content.decode()
    assert "Försenade uppföljningar" not in analyst_page
    assert "Tid att leta hjälpmedel" not in analyst_page


def test_charts_have_their_numbers_as_a_table(world):
    IdeaFactory(sluice=world.sluice, organisation=world.lidkoping)
    html = world.client_for(world.coach).get(SLUICE).content.decode()
    assert html.count('role="img"') == 2
    assert 'aria-labelledby="months-caption"' in html and 'id="months-caption"' in html
    assert 'aria-labelledby="funnel-caption"' in html and 'id="funnel-caption"' in html
    assert html.count("Siffrorna som tabell") == 2
    # This month's row has the world's idea and the one above; the funnel starts with both.
    with translation.override("sv"):
        this_month = dateformat.format(timezone.localdate(), "F Y")
    assert re.search(rf'<th scope="row">{this_month}</th>\s*<td class="number">2</td>', html)
    assert re.search(r'<th scope="row">Inkommen</th>\s*<td class="number">2</td>', html)


def test_the_stays_note_says_when_only_the_most_recent_stays_count(world, monkeypatch):
    DecisionFactory(idea=world.idea)
    DecisionFactory(idea=IdeaFactory(sluice=world.sluice, organisation=world.skovde))
    recount()  # decisions written as rows: their stays are counted afterwards
    client = world.client_for(world.coach)
    assert "senaste vistelser" not in client.get(SLUICE).content.decode()
    monkeypatch.setattr(progress, "STAYS_LIMIT", 1)
    monkeypatch.setattr(counting, "STAYS_LIMIT", 1)
    html = client.get(SLUICE).content.decode()
    assert "Över periodens 1 senaste vistelser." in html


def test_a_sluice_dashboard_links_its_yearly_reports(world):
    year = timezone.localdate().year
    html = world.client_for(world.analyst).get(SLUICE).content.decode()
    assert f'href="/insikter/sluss/skaraborg/rapport/{year}.pdf"' in html
    network = world.client_for(world.analyst).get("/insikter/natverk/").content.decode()
    assert "rapport/" not in network


def test_a_new_analyst_of_another_sluice_sees_the_network_but_not_this_sluice(world):
    other = grant(member_of(world.helsingborg), world.sluice, SluiceRole.Role.ANALYST)
    SluiceRole.objects.filter(user=other).delete()
    from ..factories import SluiceFactory

    elsewhere = SluiceFactory(members=[world.helsingborg])
    grant(other, elsewhere, SluiceRole.Role.ANALYST)
    client = world.client_for(other)
    assert client.get("/insikter/natverk/").status_code == 200
    assert client.get(SLUICE).status_code == 404
