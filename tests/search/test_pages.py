"""The search page /sok/ and the idea list's `q`: what a visitor sees, filters, pages, bad input."""

import re
import unicodedata
from datetime import datetime
from urllib.parse import parse_qsl

import pytest
from django.urls import reverse
from django.utils import timezone

from idesluss.ideas.models import Idea, Visibility
from idesluss.organisations.models import Category

from ..factories import IdeaFactory, SluiceFactory, member_of, stage
from .helpers import OPERATORS, OTHER_INPUT, SYNTAX, WRAPPED, idea

pytestmark = pytest.mark.django_db

URL = "/sok/"


def _page(world, user=None, **params):
    response = world.client_for(user or world.coach).get(URL, params)
    assert response.status_code == 200, response.status_code
    return response.text


def _results(html: str) -> str:
    """The results part of the page (the form repeats the query)."""
    return html.split('id="search-results"', 1)[1]


def _titles(html: str) -> list[str]:
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<h2 class="search-title"><a [^>]*>(.*?)</a>', html)
    ]


def _next_link(html):
    link = re.search(r'rel="next" href="\?([^"]*)"', html)
    return link and link.group(1).replace("&amp;", "&")


@pytest.fixture
def home(world):
    """Ideas of the joint sluice, on top of the world's own one."""
    return {
        "aldreboende": idea(
            world,
            "Nytt äldreboende i Skövde",
            "Äldreboendet vid torget är fullt och kön växer.",
        ),
        "hemtjanst": idea(
            world, "Mer tid för personal i hemtjänsten", organisation=world.lidkoping
        ),
    }


# --- What the page shows -------------------------------------------------------------------


def test_the_page_shows_each_match_with_its_organisation_sluice_and_stage(world, home):
    html = _results(_page(world, q="äldreboendet"))
    assert _titles(html) == ["Nytt äldreboende i Skövde"]
    assert home["aldreboende"].get_absolute_url() in html
    assert "Skövde · Skaraborgs innovationssluss · " in html
    assert "Inkommen" in html
    assert "1 idé" in html


def test_the_matched_words_are_marked_in_the_title_and_the_passage(world, home):
    html = _results(_page(world, q="äldreboendet"))
    assert "Nytt <mark>äldreboende</mark> i Skövde" in html
    assert "<mark>Äldreboendet</mark> vid torget" in html
    html = _results(_page(world, q="hemtjänstpersonal"))
    assert "Mer tid för <mark>personal</mark> i <mark>hemtjänsten</mark>" in html


def test_an_idea_written_with_html_is_shown_as_text(world):
    idea(world, "<script>alert('äldreboende')</script>", '<img src=x onerror="alert(1)">')
    html = _results(_page(world, q="äldreboende"))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;<mark>äldreboende</mark>&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_a_word_with_decomposed_letters_is_marked_too(world):
    idea(world, unicodedata.normalize("NFD", "Nytt äldreboende"))
    html = _results(_page(world, q="äldreboende"))
    assert len(_titles(html)) == 1
    assert "<mark>" in html


def test_an_implemented_idea_elsewhere_says_it_is_already_done(world):
    implemented = stage(world.sluice, "Införd")
    idea(world, "Nytt äldreboende i Lidköping", organisation=world.lidkoping, stage=implemented)
    html = _results(_page(world, world.colleague, q="äldreboende"))
    assert "<strong>Redan infört i Lidköping</strong>" in html


def test_no_match_says_so_in_swedish(world, home):
    html = _results(_page(world, q="brandvarnare"))
    assert _titles(html) == []
    assert "Inga idéer matchar." in html


def test_without_words_the_page_lists_every_visible_idea_newest_first(world, home):
    html = _results(_page(world, world.colleague))
    assert _titles(html) == [
        "Mer tid för personal i hemtjänsten",
        "Nytt äldreboende i Skövde",
        "Digital tavla för lediga hjälpmedel",
    ]


def test_a_misspelled_word_is_searched_respelled_and_the_page_says_so(world, home):
    html = _page(world, q="hemtjänstn")
    assert _titles(_results(html)) == ["Mer tid för personal i hemtjänsten"]
    assert "Ingen idé innehåller ”hemtjänstn”. Här är idéer med ett ord som stavas" in html
    link = re.search(r'<a href="\?([^"]*stavning=exakt)">Sök efter ”hemtjänstn” som', html)
    assert link, "a link to search for the word as written"
    as_written = _page(world, **dict(parse_qsl(link.group(1).replace("&amp;", "&"))))
    assert _titles(_results(as_written)) == [] and "Ingen idé innehåller" not in as_written


def test_htmx_gets_only_the_results(world, home):
    response = world.client_for(world.coach).get(
        URL, {"q": "äldreboende"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "<html" not in response.text and "<form" not in response.text
    assert _titles(response.text) == ["Nytt äldreboende i Skövde"]


def test_the_form_works_without_javascript(world):
    html = _page(world)
    assert re.search(r'<form method="get" action="/sok/"[^>]*role="search"', html)
    assert 'name="q"' in html and '<button type="submit"' in html


# --- Who sees what -------------------------------------------------------------------------


@pytest.fixture
def audiences(world):
    words = "Lånecykel för hemtjänsten"
    return {
        "public": IdeaFactory(title=f"{words} (publik)", problem="", visibility="public"),
        "private": idea(world, f"{words} (privat)", visibility=Visibility.PRIVATE),
        "lidkoping": idea(
            world, f"{words} (Lidköping)", organisation=world.lidkoping, visibility="organisation"
        ),
        "helsingborg": IdeaFactory(
            title=f"{words} (Helsingborg)",
            problem="",
            organisation=world.helsingborg,
            visibility=Visibility.ORGANISATION,
        ),
        "network": idea(world, f"{words} (nätverket)", organisation=world.lidkoping),
    }


def test_the_page_finds_only_what_the_user_may_see(world, audiences):
    titles = _titles(_results(_page(world, world.colleague, q="lånecykel")))
    assert sorted(titles) == ["Lånecykel för hemtjänsten (nätverket)", audiences["public"].title]


def test_anonymous_visitors_find_public_ideas_only(world, audiences):
    response = world.client_for(None).get(URL, {"q": "lånecykel"})
    assert response.status_code == 200
    assert _titles(_results(response.text)) == [audiences["public"].title]


def test_the_list_filter_q_uses_the_same_search_and_audience(world, audiences):
    def listed(user, q):
        response = world.client_for(user).get(reverse("ideas:list"), {"q": q})
        assert response.status_code == 200
        return response.text

    html = listed(world.colleague, "LÅNECYKEL hemtjanst")
    assert "Lånecykel för hemtjänsten (nätverket)" in html
    assert audiences["public"].title in html
    for hidden in ("privat", "Lidköping)", "Helsingborg"):
        assert f"Lånecykel för hemtjänsten ({hidden}" not in html
    anonymous = listed(None, "lånecykel")
    assert audiences["public"].title in anonymous and "(nätverket)" not in anonymous


# --- Filters -------------------------------------------------------------------------------


def test_it_filters_by_sluice(world, home):
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    idea(world, "Äldreboende i Tibro", sluice=other)
    assert sorted(_titles(_results(_page(world, world.colleague, q="äldreboende")))) == [
        "Nytt äldreboende i Skövde",
        "Äldreboende i Tibro",
    ]
    html = _page(world, world.colleague, q="äldreboende", sluice=other.pk)
    assert _titles(_results(html)) == ["Äldreboende i Tibro"]


def test_it_filters_by_organisation(world, home):
    idea(world, "Äldreboende i Lidköping", organisation=world.lidkoping)
    html = _page(world, q="äldreboende", organisation=world.lidkoping.pk)
    assert _titles(_results(html)) == ["Äldreboende i Lidköping"]


def test_it_filters_by_stage_and_category_of_the_chosen_sluice(world, home):
    assessment = stage(world.sluice, "Bedömning")
    care = Category.objects.create(sluice=world.sluice, name="Vård och omsorg")
    idea(world, "Äldreboende i bedömning", stage=assessment)
    idea(world, "Äldreboende med kategori", category=care)
    by_stage = _page(world, q="äldreboende", sluice=world.sluice.pk, stage=assessment.pk)
    assert _titles(_results(by_stage)) == ["Äldreboende i bedömning"]
    by_category = _page(world, q="äldreboende", sluice=world.sluice.pk, category=care.pk)
    assert _titles(_results(by_category)) == ["Äldreboende med kategori"]


def _htmx(world, shown: str, **params):
    """The search as htmx asks for it from a page whose address is `shown`."""
    return world.client_for(world.coach).get(
        URL,
        params,
        headers={"HX-Request": "true", "HX-Current-URL": f"http://testserver{URL}{shown}"},
    )


def test_choosing_a_sluice_brings_its_stages_and_categories_into_the_form(world, home):
    Category.objects.create(sluice=world.sluice, name="Vård och omsorg")
    response = _htmx(world, "?q=äldreboende", q="äldreboende", sluice=world.sluice.pk)
    assert response.status_code == 200
    fields = re.findall(r'<div class="field" id="(\w+)" hx-swap-oob="true">', response.text)
    assert fields == ["id_stage_field", "id_category_field"]
    assert ">Bedömning</option>" in response.text and ">Vård och omsorg</option>" in response.text
    assert _titles(response.text) == ["Nytt äldreboende i Skövde"]


def test_a_stage_of_the_former_sluice_is_dropped_with_the_sluice(world, home):
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    idea(world, "Äldreboende i Tibro", sluice=other)
    assessment = stage(world.sluice, "Bedömning")
    shown = f"?q=äldreboende&sluice={world.sluice.pk}&stage={assessment.pk}"
    response = _htmx(world, shown, q="äldreboende", sluice=other.pk, stage=assessment.pk)
    assert response.status_code == 200
    assert "field-error" not in response.text
    assert _titles(response.text) == ["Äldreboende i Tibro"]
    # The address follows what the results are for, without the dropped stage.
    assert response["HX-Push-Url"] == f"{URL}?q=%C3%A4ldreboende&sluice={other.pk}"


def test_other_filters_leave_the_form_alone(world, home):
    """Replacing the field someone is choosing in would take the keyboard focus away."""
    assessment = stage(world.sluice, "Bedömning")
    shown = f"?q=äldreboende&sluice={world.sluice.pk}"
    response = _htmx(world, shown, q="äldreboende", sluice=world.sluice.pk, stage=assessment.pk)
    assert response.status_code == 200
    assert "hx-swap-oob" not in response.text and "HX-Push-Url" not in response


def test_the_period_includes_both_its_days(world):
    def submitted(title, *when):
        made = idea(world, title)
        Idea.objects.filter(pk=made.pk).update(
            created_at=timezone.make_aware(datetime(*when))  # Swedish time
        )

    submitted("Äldreboende före", 2026, 2, 28, 23, 59)
    submitted("Äldreboende första dagen", 2026, 3, 1, 0, 0)
    submitted("Äldreboende sista dagen", 2026, 3, 15, 23, 59)
    submitted("Äldreboende efter", 2026, 3, 16, 0, 0)
    html = _page(
        world, q="äldreboende", sort="datum", submitted_from="2026-03-01", submitted_to="2026-03-15"
    )
    assert _titles(_results(html)) == ["Äldreboende sista dagen", "Äldreboende första dagen"]


def test_it_sorts_by_relevance_or_by_date(world):
    idea(world, "Äldreboendet behöver bänkar", "Vi ser att det saknas bänkar idag.")
    idea(world, "Fler bänkar i parken", "Vi ser att det saknas bänkar vid äldreboendet.")
    by_relevance = _titles(_results(_page(world, q="äldreboende", sort="relevans")))
    assert by_relevance == ["Äldreboendet behöver bänkar", "Fler bänkar i parken"]
    assert _titles(_results(_page(world, q="äldreboende"))) == by_relevance  # the default
    by_date = _titles(_results(_page(world, q="äldreboende", sort="datum")))
    assert by_date == ["Fler bänkar i parken", "Äldreboendet behöver bänkar"]


@pytest.mark.parametrize(("sort", "page_parameter"), [("datum", "efter"), ("relevans", "sida")])
def test_every_match_appears_once_across_the_pages(world, monkeypatch, sort, page_parameter):
    from idesluss.search import views

    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    titles = [f"Äldreboende nummer {n}" for n in range(8)]
    for number, title in enumerate(titles):
        idea(world, title, "Mer om äldreboendet. " * number)  # scores differ, some tie
    Idea.objects.update(created_at=timezone.now() - timezone.timedelta(days=1))  # equal times
    seen, query, pages = [], f"q=äldreboende&sort={sort}", 0
    while query and pages < 6:
        html = world.client_for(world.coach).get(f"{URL}?{query}").text
        seen += _titles(_results(html))
        query, pages = _next_link(html), pages + 1
        assert query is None or f"{page_parameter}=" in query
    assert pages == 3
    assert sorted(seen) == sorted(titles) and len(seen) == len(titles)


# --- Bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize("q", SYNTAX + OTHER_INPUT + OPERATORS)
def test_syntax_and_odd_text_never_break_the_page(world, home, q):
    html = _page(world, q=q)
    assert 'id="search-results"' in html


@pytest.mark.parametrize("q", WRAPPED)
def test_a_word_in_search_syntax_is_still_found(world, home, q):
    assert "Nytt äldreboende i Skövde" in _titles(_results(_page(world, q=q)))


def test_a_null_character_is_refused_with_a_message(world, home):
    html = _page(world, q="äldre\x00boende")
    assert "Null-tecken är inte tillåtna." in html


def test_a_query_over_ten_thousand_characters_is_refused_with_a_message(world, home):
    html = _page(world, q="ä" * 10_001)
    assert "Säkerställ att detta värde har som mest 10000 tecken" in html


def test_a_very_long_query_of_real_words_still_finds(world, home):
    q = ("äldreboende skövde " * 600)[:10_000]
    assert _titles(_results(_page(world, q=q))) == ["Nytt äldreboende i Skövde"]


def test_a_sluice_that_is_not_a_number_is_refused_with_a_message(world, home):
    html = _page(world, world.colleague, q="äldreboende", sluice="abc")
    assert "Välj ett giltigt alternativ." in html
    assert _titles(html) == []


def test_a_sluice_the_user_cannot_see_is_refused_like_one_that_does_not_exist(world, home):
    elsewhere = SluiceFactory(name="Helsingborgs sluss", members=[world.helsingborg])
    idea(world, "Äldreboende i Helsingborg", sluice=elsewhere, organisation=world.helsingborg)
    html = _page(world, world.colleague, q="äldreboende", sluice=elsewhere.pk)
    assert "Välj ett giltigt alternativ." in html
    assert "Äldreboende i Helsingborg" not in html
    missing = _page(world, world.colleague, q="äldreboende", sluice=elsewhere.pk + 1000)
    assert "Välj ett giltigt alternativ." in missing


def test_a_period_that_ends_before_it_starts_is_refused_with_a_message(world, home):
    html = _page(world, q="äldreboende", submitted_from="2026-03-15", submitted_to="2026-03-01")
    assert "Periodens slut ligger före dess början." in html
    assert '<a href="#id_submitted_to">' in html


def test_a_date_that_does_not_exist_is_refused_with_a_message(world, home):
    html = _page(world, q="äldreboende", submitted_from="2026-13-01")
    assert "Fyll i ett giltigt datum." in html


@pytest.mark.parametrize(
    "params",
    [
        ({"sluice": "99999999999999999999999"}),
        {"sluice": "-1"},
        {"sluice": "1.5"},
        {"stage": "abc"},
        {"category": "999999"},
        {"organisation": "x"},
        {"sort": "popularitet"},
        {"sida": "abc"},
        {"sida": "-3"},
        {"sida": "99999999999999999999"},
        {"efter": "inte-en-markör"},
        {"efter": "99999999999999999999999-1"},
        {"submitted_to": "igår"},
    ],
)
def test_bad_filter_values_never_break_the_page(world, home, params):
    html = _page(world, q="äldreboende", **params)
    assert 'id="search-results"' in html


def test_a_superscript_digit_as_sluice_does_not_break_the_page(world, home):
    response = world.client_for(world.coach).get(URL, {"q": "äldreboende", "sluice": "²"})
    assert response.status_code == 200


@pytest.mark.parametrize("q", SYNTAX + OTHER_INPUT + WRAPPED + OPERATORS + ["äldre\x00boende"])
def test_the_list_filter_q_never_breaks_on_odd_text(world, home, q):
    response = world.client_for(world.coach).get(reverse("ideas:list"), {"q": q})
    assert response.status_code == 200


def test_the_list_filter_q_finds_through_search_syntax(world, home):
    response = world.client_for(world.coach).get(reverse("ideas:list"), {"q": '"äldreboendet*'})
    assert "Nytt äldreboende i Skövde" in response.text
    assert "Mer tid för personal" not in response.text


def test_someone_outside_the_sluice_finds_none_of_its_ideas(world, home):
    newcomer = member_of(world.helsingborg)
    html = _results(_page(world, newcomer, q="äldreboende"))
    assert _titles(html) == [] and "Inga idéer matchar." in html
