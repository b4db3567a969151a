"""Bad input and the language switch, in the browser."""

import pytest
from playwright.sync_api import expect

from idesluss.ideas.models import Idea

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_an_empty_problem_is_explained_and_nothing_typed_is_lost(
    world, browsing, assert_accessible
):
    page = browsing.as_user(world.submitter)
    page.goto("/ideer/ny/")
    page.get_by_label("Titel").fill("Färre pappersblanketter")
    page.get_by_label("Har du en lösning? (frivilligt)").fill("E-tjänst för ansökan om bidrag.")
    page.get_by_role("button", name="Skicka idén").click()

    summary = page.locator(".error-summary")
    expect(summary.get_by_role("heading")).to_have_text("Något behöver rättas")
    expect(summary).to_have_attribute("role", "alert")
    summary.focus()
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name="Vad är behovet eller problemet?")).to_have_attribute(
        "href", "#id_problem"
    )
    expect(page.get_by_label("Titel")).to_have_value("Färre pappersblanketter")
    expect(page.get_by_label("Har du en lösning? (frivilligt)")).to_have_value(
        "E-tjänst för ansökan om bidrag."
    )
    expect(page.get_by_label("Vad är behovet eller problemet?")).to_have_value("")
    assert not Idea.objects.filter(title="Färre pappersblanketter").exists()
    assert_accessible(page, "submit form with errors")

    summary.get_by_role("link", name="Vad är behovet eller problemet?").click()
    expect(page.get_by_label("Vad är behovet eller problemet?")).to_be_focused()
    page.keyboard.type("Blanketterna skrivs ut, fylls i för hand och skrivs sedan in igen.")
    page.get_by_role("button", name="Skicka idén").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tack för din idé")
    assert_accessible(page, "receipt after a corrected submission")
    idea = Idea.objects.get(title="Färre pappersblanketter")
    assert idea.solution == "E-tjänst för ansökan om bidrag."


def test_the_language_switch_goes_to_english_and_back(world, browsing, assert_accessible):
    page = browsing.as_user(world.submitter)
    page.goto("/ideer/ny/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lämna en idé")
    expect(page.locator("html")).to_have_attribute("lang", "sv")

    page.get_by_role("button", name="In English").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Submit an idea")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Send the idea")).to_be_visible()
    assert page.url.endswith("/ideer/ny/")
    assert_accessible(page, "submit form in English")

    page.get_by_role("button", name="På svenska").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lämna en idé")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("button", name="Skicka idén")).to_be_visible()
