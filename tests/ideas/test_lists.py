import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from idesluss.ideas.models import Idea

from ..factories import IdeaFactory, SluiceFactory, stage

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _more_ideas(world, count):
    for _ in range(count):
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, submitter=world.submitter)


@pytest.mark.parametrize("url_name", ["ideas:inbox", "ideas:mine", "ideas:list"])
def test_query_count_does_not_grow_with_the_ideas(world, url_name):
    user = world.coach if url_name == "ideas:inbox" else world.submitter
    client = world.client_for(user)
    url = reverse(url_name)
    _more_ideas(world, 2)
    few = _queries(client, url)
    _more_ideas(world, 20)
    assert _queries(client, url) == few


def test_the_inbox_is_oldest_first_and_flags_overdue_ideas(world):
    old = IdeaFactory(sluice=world.sluice, organisation=world.skovde, title="Gammal obesvarad")
    Idea.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=30))
    page = world.client_for(world.coach).get(reverse("ideas:inbox")).text
    assert page.index("Gammal obesvarad") < page.index("Digital tavla")
    assert "Inte besvarad i tid" in page


def test_the_inbox_filters_unassigned_and_mine(world):
    world.idea.coach = world.coach
    world.idea.save()
    other = IdeaFactory(sluice=world.sluice, organisation=world.skovde, title="Ingen coach än")
    client = world.client_for(world.coach)
    mine = client.get(reverse("ideas:inbox") + "?visa=mine").text
    assert world.idea.title in mine and other.title not in mine
    unassigned = client.get(reverse("ideas:inbox") + "?visa=unassigned").text
    assert other.title in unassigned and world.idea.title not in unassigned


def test_the_inbox_is_for_staff_only(world):
    assert world.client_for(world.submitter).get(reverse("ideas:inbox")).status_code == 403


def test_the_list_filters_by_stage_and_organisation(world):
    lidkoping_idea = IdeaFactory(
        sluice=world.sluice,
        organisation=world.lidkoping,
        title="Idé från Lidköping",
        visibility="network",
    )
    client = world.client_for(world.coach)
    page = client.get(reverse("ideas:list"), {"organisation": world.lidkoping.pk}).text
    assert lidkoping_idea.title in page and world.idea.title not in page
    page = client.get(reverse("ideas:list"), {"sluice": world.sluice.pk, "stage": "bad"}).text
    assert world.idea.title in page


def test_a_stage_of_another_sluice_than_the_chosen_one_is_not_applied(world):
    """Changing the sluice leaves the former sluice's stage in the form's request: the ideas
    shown are the new sluice's, not none."""
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    tibro = IdeaFactory(sluice=other, organisation=world.skovde, title="Idé i Tibro")
    assessment = stage(world.sluice, "Bedömning")
    response = world.client_for(world.submitter).get(
        reverse("ideas:list"), {"sluice": other.pk, "stage": assessment.pk}
    )
    assert tibro.title in response.text
    stage_field = re.search(r'<select id="filter-stage".*?</select>', response.text, re.S)
    assert stage_field and " selected" not in stage_field.group()  # the new sluice's, none chosen


def _htmx_list(world, shown: str, **params):
    return world.client_for(world.coach).get(
        reverse("ideas:list"),
        params,
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver/ideer/{shown}"},
    )


def test_htmx_brings_the_stages_of_a_newly_chosen_sluice(world):
    response = _htmx_list(world, "?q=", sluice=world.sluice.pk, stage="")
    assert response.status_code == 200
    assert '<div class="field" id="filter-stage-field" hx-swap-oob="true">' in response.text
    assert ">Bedömning</option>" in response.text
    assert world.idea.title in response.text
    assert response["HX-Push-Url"] == f"/ideer/?sluice={world.sluice.pk}"


def test_htmx_leaves_the_stage_field_alone_while_the_sluice_stays(world):
    shown = f"?sluice={world.sluice.pk}"
    assessment = stage(world.sluice, "Bedömning")
    response = _htmx_list(world, shown, sluice=world.sluice.pk, stage=assessment.pk)
    assert response.status_code == 200
    assert "hx-swap-oob" not in response.text and "HX-Push-Url" not in response


def _next_link(html):
    found = re.search(r'rel="next" href="\?([^"]*)"', html)
    return found and found.group(1).replace("&amp;", "&")


def test_the_list_pages_by_keyset_and_every_idea_appears_once(world, settings):
    from idesluss.ideas import views

    for number in range(7):
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, title=f"Sidbläddring {number}")
    Idea.objects.update(created_at=timezone.now() - timezone.timedelta(days=1))  # equal times
    client = world.client_for(world.coach)
    seen, query = [], f"sluice={world.sluice.pk}"
    original = views.PAGE_SIZE
    views.PAGE_SIZE = 3
    try:
        for _ in range(5):
            html = client.get(reverse("ideas:list") + "?" + query).text
            seen += [t for t in (f"Sidbläddring {n}" for n in range(7)) if t in html]
            query = _next_link(html)
            if not query:
                break
    finally:
        views.PAGE_SIZE = original
    assert sorted(seen) == [f"Sidbläddring {n}" for n in range(7)]
    assert query is None


def test_a_malformed_cursor_shows_the_first_page(world):
    page = world.client_for(world.coach).get(reverse("ideas:list"), {"efter": "x-y"})
    assert page.status_code == 200 and world.idea.title in page.text


def test_the_count_is_capped_where_counting_would_cost_more_than_the_page(world, monkeypatch):
    from idesluss.core import pagination

    monkeypatch.setattr(pagination, "COUNT_LIMIT", 2)
    _more_ideas(world, 3)
    page = world.client_for(world.coach).get(reverse("ideas:list")).text
    assert "Fler än 2 idéer" in page
