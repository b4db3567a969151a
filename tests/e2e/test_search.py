"""In Chromium: the search page by keyboard, with htmx and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from idesluss.organisations.models import Category

from ..factories import IdeaFactory, stage
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


@pytest.fixture
def ideas(world):
    care = Category.objects.create(sluice=world.sluice, name="Vård och omsorg")
    return {
        "new": IdeaFactory(
            sluice=world.sluice,
            organisation=world.skovde,
            title="Nytt äldreboende vid torget",
            problem="Äldreboendet i centrum är fullt och kön växer varje månad.",
        ),
        "assessed": IdeaFactory(
            sluice=world.sluice,
            organisation=world.lidkoping,
            stage=stage(world.sluice, "Bedömning"),
            category=care,
            title="Trädgård för de boende på äldreboendet",
            problem="De boende på äldreboendena kommer sällan ut i det gröna.",
        ),
        "other": IdeaFactory(
            sluice=world.sluice,
            organisation=world.skovde,
            title="Ploga cykelbanorna först",
            problem="Cykelbanorna röjs efter bilvägarna.",
        ),
    }


def _titles(page):
    return page.locator("#search-results h2")


def test_a_coach_searches_and_narrows_by_keyboard(world, ideas, browsing, assert_accessible):
    page = browsing.as_user(world.coach)
    page.goto("/")
    page.locator("header nav").get_by_role("link", name="Sök", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/sok/$"))

    # The words: typed, the results follow without a click; Enter does the same.
    page.get_by_label("Sök efter").focus()
    page.keyboard.type("äldreboende")
    expect(_titles(page)).to_have_count(2)
    expect(_titles(page).first.locator("mark")).to_be_visible()
    expect(page.locator("#search-results")).not_to_contain_text(ideas["other"].title)
    expect(page).to_have_url(re.compile(r"q=%C3%A4ldreboende"))
    assert_accessible(page, "search results")

    # The sluice, chosen from the keyboard, brings its stages and categories into the form.
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # a closed select takes arrow keys: the first sluice
    expect(page.get_by_label("Sluss")).to_have_value(str(world.sluice.pk))
    stages = page.get_by_label("Steg")
    expect(stages.locator("option", has_text="Bedömning")).to_have_count(1)
    stages.select_option(label="Bedömning")
    expect(_titles(page)).to_have_text([ideas["assessed"].title])
    expect(page).to_have_url(re.compile(r"stage="))
    assert_accessible(page, "search narrowed to a stage")

    page.get_by_label("Steg").select_option(label="Alla")
    page.get_by_label("Kategori").select_option(label="Vård och omsorg")
    expect(page).to_have_url(re.compile(r"stage=&category=\d"))
    expect(_titles(page)).to_have_text([ideas["assessed"].title])

    # Its address, opened again (a bookmark, a link sent to a colleague), shows the same.
    address = page.url
    page = browsing.as_user(world.coach)
    page.goto(address)
    expect(page.get_by_label("Sök efter")).to_have_value("äldreboende")
    expect(page.get_by_label("Kategori")).to_have_value(str(ideas["assessed"].category_id))
    expect(_titles(page)).to_have_text([ideas["assessed"].title])


def test_the_search_form_works_without_javascript(world, ideas, browsing):
    page = browsing.as_user(world.coach, javascript=False)
    page.goto("/sok/")
    page.get_by_label("Sök efter").fill("äldreboende")
    page.get_by_label("Sluss").select_option(str(world.sluice.pk))
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(_titles(page)).to_have_count(2)
    page.get_by_label("Steg").select_option(label="Bedömning")
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(_titles(page)).to_have_text([ideas["assessed"].title])
    expect(page).to_have_url(re.compile(r"q=%C3%A4ldreboende.*stage="))


def test_search_syntax_typed_in_the_browser_is_answered(world, ideas, browsing):
    page = browsing.as_user(world.coach)
    page.goto("/sok/")
    page.get_by_label("Sök efter").fill('"äldreboende*" -torget: \'')
    page.keyboard.press("Enter")
    expect(page.locator("#search-results")).to_contain_text(ideas["new"].title)
    page.get_by_label("Sök efter").fill("🙂 ÆØÅ ζ")
    page.keyboard.press("Enter")
    expect(page.locator("#search-results")).to_contain_text("Inga idéer matchar")


def test_an_anonymous_visitor_searches_the_published_ideas(
    world, ideas, browsing, assert_accessible
):
    published = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        visibility="public",
        title="Äldreboende med öppen trädgård",
        problem="Grannar och boende möts i trädgården.",
    )
    page = browsing.anonymous()
    page.goto("/sok/?q=äldreboende")
    expect(_titles(page)).to_have_text([published.title])  # none of the members' ideas
    assert_accessible(page, "search, anonymous")


def test_a_misspelling_is_answered_and_can_be_searched_as_written(
    world, ideas, browsing, assert_accessible
):
    page = browsing.as_user(world.coach)
    page.goto("/sok/")
    page.get_by_label("Sök efter").fill("äldrebonede")
    page.keyboard.press("Enter")
    expect(_titles(page)).to_have_count(2)
    results = page.locator("#search-results")
    expect(results).to_contain_text("Ingen idé innehåller ”äldrebonede”")
    assert_accessible(page, "search with a misspelled word")

    results.get_by_role("link", name="Sök efter ”äldrebonede” som det är skrivet").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"stavning=exakt"))
    expect(page.locator("#search-results")).to_contain_text("Inga idéer matchar")
