"""axe-core on the export page (blank and with an error) and the open-data page."""

import pytest
from playwright.sync_api import expect

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_the_export_and_open_data_pages_have_no_serious_accessibility_problems(
    world, browsing, assert_accessible
):
    page = browsing.as_user(world.coach)
    page.goto("/insikter/export/")
    expect(page.locator("h1")).to_have_text("Exportera idéer, beslut och resultat")
    assert_accessible(page, "export form")

    # The period's end before its start comes back with the message, the form filled.
    page.locator("#id_from").fill("2025-02-01")
    page.locator("#id_to").fill("2025-01-01")
    page.get_by_role("button", name="Ladda ner").press("Enter")
    expect(page.locator(".error-summary")).to_contain_text("Periodens slut ligger före dess början")
    assert_accessible(page, "export form with an error")

    anonymous = browsing.anonymous()
    anonymous.goto("/oppna-data/")
    expect(anonymous.locator("h1")).to_have_text("Öppna data")
    assert_accessible(anonymous, "open data page")
