"""axe-core on the pages the journey does not pass through."""

import pytest
from playwright.sync_api import expect

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_the_remaining_pages_have_no_serious_accessibility_problems(
    world, browsing, assert_accessible
):
    page = browsing.as_user(world.submitter)
    page.goto("/")
    page.locator("header nav").get_by_role("link", name="Alla idéer").click()
    expect(page.locator("#idea-results")).to_contain_text(world.idea.title)
    assert_accessible(page, "idea list")

    page.goto("/slussar/")
    expect(page.locator("main")).to_contain_text("Skaraborgs innovationssluss")
    assert_accessible(page, "sluice list")

    page.goto("/konto/token/")
    page.locator("#id_name").fill("Rapportskript")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main table")).to_contain_text("Rapportskript")
    assert_accessible(page, "API tokens, with a new token")

    response = page.goto("/ideer/999999/")
    assert response.status == 404
    assert_accessible(page, "404 page, logged in")

    anonymous = browsing.anonymous()
    response = anonymous.goto("/sidan-finns-inte/")
    assert response.status == 404
    assert_accessible(anonymous, "404 page, anonymous")
    anonymous.goto("/ideer/")
    assert_accessible(anonymous, "published ideas, anonymous")
