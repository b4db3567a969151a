"""The dashboards in Chromium: axe-core finds nothing serious, the filters work by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from idesluss.outcomes.models import Outcome

from ..factories import IdeaFactory
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def tab_to(page, target, most: int = 5):
    """Press Tab until `target` has the focus: it must be reachable from where the focus is."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} is not reached with Tab")


def test_a_coach_filters_the_sluice_dashboard_by_keyboard(world, browsing, assert_accessible):
    IdeaFactory(sluice=world.sluice, organisation=world.lidkoping, title="Lidköpings idé")
    Outcome.objects.create(
        idea=world.idea,
        kind="product",
        title="Tavlan",
        date="2026-01-15",
        evidence_url="https://www.skovde.se/",
    )
    page = browsing.as_user(world.coach)
    page.goto("/")
    page.locator("header nav").get_by_role("link", name="Insikter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Insikter")
    assert_accessible(page, "insights start page")
    page.get_by_role("link", name="Skaraborgs innovationssluss").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skaraborgs innovationssluss")
    expect(page.locator('[data-figure="ideas"]')).to_have_text("2")
    assert_accessible(page, "sluice dashboard")

    # Keyboard only: Tab from the first filter through the others to Visa (a date field's
    # day, month and year take a Tab each).
    page.get_by_label("Från", exact=True).focus()
    tab_to(page, page.get_by_label("Till", exact=True))
    organisation = page.get_by_label("Organisation", exact=True)
    tab_to(page, organisation)
    organisation.select_option(label="Lidköping")
    tab_to(page, page.get_by_label("Kategori", exact=True))
    tab_to(page, page.get_by_role("button", name="Visa"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"organisation={world.lidkoping.pk}"))
    expect(page.locator('[data-figure="ideas"]')).to_have_text("1")
    page.get_by_text("Siffrorna som tabell").first.click()
    assert_accessible(page, "sluice dashboard, filtered, with a chart's table open")

    page.goto("/insikter/sluss/skaraborg/?from=2025-13-01")
    expect(page.locator(".error-summary")).to_contain_text("Ange ett datum som ÅÅÅÅ-MM-DD")
    assert_accessible(page, "sluice dashboard with a bad filter")


def test_the_network_county_and_organisation_dashboards_are_accessible(
    world, browsing, assert_accessible
):
    page = browsing.as_user(world.analyst)
    for path, heading in (
        ("/insikter/natverk/", "Hela nätverket"),
        ("/insikter/lan/14/", "Västra Götalands län"),
        ("/insikter/organisation/1496/", "Skövde"),
    ):
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        assert_accessible(page, path)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto("/insikter/sluss/skaraborg/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"the dashboard is {width} px wide at 320 px"
    assert_accessible(page, "sluice dashboard at 320 px")
