"""The settings page in a real browser: axe-core finds nothing serious, and the keyboard alone
is enough to choose a member organisation and to reorder the stages."""

import pytest
from playwright.sync_api import expect

from ..organisations.helpers import settings_url
from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_the_settings_pages_have_no_serious_accessibility_problems(
    world, browsing, assert_accessible
):
    page = browsing.as_user(world.admin)
    page.goto(settings_url(world))
    expect(page.locator("h1")).to_have_text("Inställningar för Skaraborgs innovationssluss")
    assert_accessible(page, "sluice settings")

    page.locator("#id_role-email").fill("finns.inte@skovde.se")
    page.get_by_role("button", name="Ge rollen").click()
    expect(page.locator("#roles")).to_contain_text("Ingen med e-postadressen")
    assert_accessible(page, "sluice settings, refused input")

    page.goto(settings_url(world, "sluices:stage-edit", world.sluice.stages.first().pk))
    assert_accessible(page, "edit a stage")


def test_the_keyboard_alone_chooses_a_member_and_moves_a_stage(world, browsing):
    page = browsing.as_user(world.admin)
    page.goto(settings_url(world))

    county = page.locator("#members summary", has_text="Skåne län")
    county.focus()
    page.keyboard.press("Enter")  # opens the county
    helsingborg = page.get_by_label("Helsingborg", exact=True)
    helsingborg.focus()
    page.keyboard.press("Space")
    expect(helsingborg).to_be_checked()
    page.get_by_role("button", name="Spara medlemsorganisationerna").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Medlemsorganisationerna har sparats.")
    expect(page.locator("#members > p").first).to_contain_text("Helsingborg")

    page.get_by_role("button", name="Flytta ned Bedömning").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Steget ”Bedömning” har flyttats ned.")
    rows = page.locator("#stages tbody th[scope=row]")
    expect(rows.nth(1)).to_have_text("Utforska")
    expect(rows.nth(2)).to_have_text("Bedömning")
    assert set(world.sluice.members.values_list("code", flat=True)) == {"1496", "1494", "1283"}
