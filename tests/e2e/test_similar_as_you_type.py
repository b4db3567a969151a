"""In Chromium: someone typing a new idea sees its twins, and an implemented one as done."""

import pytest
from playwright.sync_api import expect

from idesluss.ideas.models import Visibility

from ..factories import IdeaFactory, stage
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_a_user_typing_a_new_idea_sees_its_twins(world, browsing, assert_accessible):
    twin = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        visibility=Visibility.NETWORK,
        title="Ploga cykelbanorna före sju på morgonen",
        problem="Cyklister som pendlar till jobbet fastnar i snön eftersom cykelbanorna röjs "
        "efter bilvägarna.",
    )
    done = IdeaFactory(
        sluice=world.sluice,
        organisation=world.lidkoping,
        visibility=Visibility.NETWORK,
        stage=stage(world.sluice, "Införd"),
        title="Sensorer i stället för nattliga tillsynsbesök",
        problem="Nattpersonalen väcker de boende när de tittar till dem varje timme.",
    )
    page = browsing.as_user(world.colleague)
    page.goto("/ideer/ny/")
    suggestions = page.locator("#similar-ideas")
    expect(suggestions).to_be_empty()  # nothing written, nothing suggested

    page.get_by_label("Vad är behovet eller problemet?").press_sequentially(
        "Snöröjningen av cykelvägarna kommer för sent, vi som cyklar till arbetet fastnar."
    )
    expect(suggestions.get_by_role("heading", name="Liknande idéer")).to_be_visible()
    expect(suggestions.get_by_role("link", name=twin.title)).to_be_visible()
    assert_accessible(page, "submit form with similar ideas")

    page.get_by_label("Vad är behovet eller problemet?").fill(
        "Vårdtagarna på boendet väcks av nattpersonalens tillsyn varje timme."
    )
    expect(suggestions).to_contain_text("Redan infört i Lidköping")
    expect(suggestions.get_by_role("link", name=f"läs hur: {done.title}")).to_be_visible()
