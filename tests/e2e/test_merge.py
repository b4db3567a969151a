"""In Chromium: the coach finds a duplicate on the idea's page and merges it, by keyboard."""

import pytest
from playwright.sync_api import expect

from idesluss.ideas.models import Idea, Visibility
from idesluss.organisations.models import Stage

from ..factories import IdeaFactory
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_the_coach_merges_a_duplicate_from_the_idea_page(world, browsing, assert_accessible):
    original = IdeaFactory(
        sluice=world.sluice,
        organisation=world.lidkoping,
        visibility=Visibility.NETWORK,
        title="Ploga cykelbanorna före sju på morgonen",
        problem="Cyklister som pendlar till jobbet fastnar i snön eftersom cykelbanorna röjs "
        "efter bilvägarna.",
    )
    duplicate = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        visibility=Visibility.NETWORK,
        title="Snöröjning av cykelvägar tidigt",
        problem="De som cyklar till arbetet kommer inte fram när det har snöat, för gatorna "
        "plogas först och cykelvägarna sist.",
    )
    page = browsing.as_user(world.coach)
    page.goto(duplicate.get_absolute_url())
    similar = page.locator("#similar")
    merge = similar.get_by_role("button", name=f"Slå samman den här idén med ”{original.title}”")
    expect(merge).to_be_visible()  # the section is fetched once the page has loaded
    expect(similar.get_by_role("link", name=original.title)).to_be_visible()
    assert_accessible(page, "idea page with possible duplicates")

    merge.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(original.get_absolute_url())
    expect(page.locator("main").get_by_role("status")).to_contain_text(
        f"Idén är sammanslagen med ”{original.title}”"
    )
    assert_accessible(page, "the idea merged into")
    merged = Idea.objects.select_related("stage").get(pk=duplicate.pk)
    assert merged.stage.kind == Stage.Kind.MERGED and merged.merged_into_id == original.pk
