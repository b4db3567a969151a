"""In Chromium: the idea list's filters, by keyboard, with htmx."""

import re

import pytest
from playwright.sync_api import expect

from ..factories import IdeaFactory, stage
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_choosing_a_sluice_offers_its_stages(world, browsing, assert_accessible):
    assessed = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        stage=stage(world.sluice, "Bedömning"),
        title="Trädgård vid äldreboendet",
        visibility="network",
    )
    page = browsing.as_user(world.coach)
    page.goto("/ideer/")
    expect(page.get_by_label("Steg")).to_have_count(0)  # no sluice, no stages to offer

    page.get_by_label("Sluss").focus()
    page.keyboard.press("ArrowDown")
    stages = page.get_by_label("Steg")
    expect(stages.locator("option", has_text="Bedömning")).to_have_count(1)
    expect(page).to_have_url(re.compile(rf"sluice={world.sluice.pk}"))
    assert_accessible(page, "idea list with a sluice chosen")

    stages.focus()
    stages.select_option(label="Bedömning")
    expect(page.locator("#idea-results tbody tr")).to_have_count(1)
    expect(page.locator("#idea-results")).to_contain_text(assessed.title)
    expect(stages).to_be_focused()  # the field one is choosing in stays where it was
