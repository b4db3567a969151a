"""Search and similar ideas make a fixed number of queries, however many ideas match.

Each test measures with a few matching ideas, adds ten times as many, and measures again.
"""

import json
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from idesluss.organisations.models import Category
from idesluss.search import queries

from ..factories import stage
from .helpers import PARAPHRASE, count_queries, idea, other_topics

pytestmark = pytest.mark.django_db

_numbers = count()


def _grow(world, times, visibility):
    """Ideas alike in words, of both organisations, some categorised, some implemented."""
    care = Category.objects.get_or_create(sluice=world.sluice, name="Vård och omsorg")[0]
    implemented = stage(world.sluice, "Införd")
    for _ in range(times):
        number = next(_numbers)
        extra = {"category": care} if number % 3 == 0 else {}
        if number % 4 == 0:
            extra["stage"] = implemented
        idea(
            world,
            f"Ploga cykelbanorna tidigt, förslag {number}",
            f"{PARAPHRASE} Förslag nummer {number} om äldreboendet.",
            organisation=[world.skovde, world.lidkoping][number % 2],
            visibility=visibility,
            **extra,
        )


@pytest.fixture
def grow(world, monkeypatch):
    """grow(n) adds n matching ideas, among ideas on other topics; public ones for anonymous
    visitors (grow(n, "public"))."""
    # Similar ideas look for candidates in one query or two, by how many of the draft's words
    # are "telling" (held by at most a fifth of all ideas). Growing one topic tenfold in a
    # small test corpus would make its words common and drop a query: keep the rule out of
    # the way, so that the two measurements take the same path and only the ideas grow.
    monkeypatch.setattr(queries, "COMMON_SHARE", 1.0)
    other_topics(world)

    def grow_by(times, visibility="network"):
        _grow(world, times, visibility)

    return grow_by


@pytest.mark.parametrize("sort", ["relevans", "datum"])
@pytest.mark.parametrize("persona", ["coach", "colleague", None])
def test_the_search_page_does_not_grow_with_the_matches(world, grow, sort, persona):
    client = world.client_for(getattr(world, persona) if persona else None)
    visibility = "public" if persona is None else "network"

    def search():
        return client.get("/sok/", {"q": "cykelbanor äldreboende", "sort": sort})

    grow(2, visibility)
    few = count_queries(search)
    grow(20, visibility)
    assert count_queries(search) == few
    assert search().text.count('class="search-title"') == 20  # a full page


def test_the_search_page_with_filters_does_not_grow_with_the_matches(world, grow):
    client = world.client_for(world.coach)
    params = {
        "q": "cykelbanor",
        "sluice": world.sluice.pk,
        "organisation": world.skovde.pk,
        "submitted_from": "2020-01-01",
    }
    grow(2)
    few = count_queries(lambda: client.get("/sok/", params))
    grow(20)
    assert count_queries(lambda: client.get("/sok/", params)) == few


@pytest.mark.parametrize("persona", ["colleague", None])
def test_the_similar_fragment_does_not_grow_with_the_ideas(world, grow, persona):
    client = world.client_for(getattr(world, persona) if persona else None)
    visibility = "public" if persona is None else "network"

    def fragment():
        return client.post("/sok/liknande/", {"title": "Snöröjning", "problem": PARAPHRASE})

    grow(3, visibility)
    few = count_queries(fragment)
    grow(30, visibility)
    assert count_queries(fragment) == few


def test_the_api_similar_does_not_grow_with_the_ideas(world, grow):
    client = world.client_for(world.colleague)

    def similar():
        return client.post(
            "/api/v1/similar",
            json.dumps({"text": PARAPHRASE, "limit": 20}),
            content_type="application/json",
        )

    grow(3)
    few = count_queries(similar)
    grow(30)
    assert count_queries(similar) == few


def test_the_api_search_does_not_grow_with_the_matches(world, grow):
    client = world.client_for(world.colleague)
    grow(2)
    few = count_queries(lambda: client.get("/api/v1/ideas", {"q": "cykelbanor"}))
    grow(20)
    assert count_queries(lambda: client.get("/api/v1/ideas", {"q": "cykelbanor"})) == few


def test_the_coachs_similar_page_does_not_grow_with_the_ideas(world, grow):
    client = world.client_for(world.coach)
    subject = idea(world, "Snöröjning av cykelvägar tidigt", PARAPHRASE)
    url = reverse("ideas:similar", args=[subject.pk])
    grow(3)
    few = count_queries(lambda: client.get(url))
    grow(30)
    assert count_queries(lambda: client.get(url)) == few


def test_the_coachs_similar_page_weighs_the_ideas_words_once_for_both_lists(world, grow):
    client = world.client_for(world.coach)
    subject = idea(world, "Snöröjning av cykelvägar tidigt", PARAPHRASE)
    grow(3)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("ideas:similar", args=[subject.pk]))
    assert response.status_code == 200
    sql = [query["sql"] for query in captured]
    assert sum('FROM "search_term"' in statement for statement in sql) == 1
    assert (
        sum(
            'FROM "search_document" WHERE' in statement and "LIMIT 1" in statement
            for statement in sql
        )
        == 1
    )
