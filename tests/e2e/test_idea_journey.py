"""The whole story in Chromium: submitted by keyboard, answered by a coach, decided at a gate."""

import re

import pytest
from playwright.sync_api import Page, expect

from idesluss.ideas.models import Idea

from .conftest import browser_db, log_in

pytestmark = [pytest.mark.browser, browser_db]

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
TITLE = "Sensorlarm i stället för nattliga tillsynsbesök"
PROBLEM = "Nattpersonalen väcker brukarna när de tittar till dem varje timme."
SOLUTION = "Testa sensorer som larmar bara när någon behöver hjälp."
INTERNAL_NOTE = "Liknar idén från Lidköping förra året, kolla med dem först."
QUESTION = "Hur många brukare på ditt boende skulle det gälla?"
RATIONALE = "Behovet är tydligt och finns i flera kommuner; vi bedömer nyttan och kostnaden."
GATE_RATIONALE = "Styrgruppen beviljar test på två boenden under hösten."


def main_menu(page: Page):
    return page.locator("header nav")


def tab_to(page: Page, selector: str):
    """Press Tab once and check that the focus lands on `selector`."""
    page.keyboard.press("Tab")
    expect(page.locator(selector)).to_be_focused()


def stage_choices(page: Page) -> list[str]:
    options = page.get_by_label("Flytta till steg").locator("option")
    return [text.strip() for text in options.all_inner_texts()]


def submit_by_keyboard(page: Page):
    """Fill in and send the form with the keyboard alone, from the skip link onwards."""
    # Playwright turns on file chooser interception without waiting for the browser to confirm;
    # listening from the start makes sure it is on before Space opens the chooser.
    page.on("filechooser", lambda chooser: None)
    page.keyboard.press("Tab")
    expect(page.locator("a.skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    tab_to(page, "#id_sluice")  # the only sluice open to the submitter is already chosen
    expect(page.locator("#id_sluice option:checked")).to_have_text("Skaraborgs innovationssluss")
    tab_to(page, "#id_title")  # one organisation: "I work at" is hidden, not a tab stop
    page.keyboard.type(TITLE)
    tab_to(page, "#id_problem")
    page.keyboard.type(PROBLEM)
    tab_to(page, "#id_solution")
    page.keyboard.type(SOLUTION)
    tab_to(page, "#id_beneficiaries")
    tab_to(page, "#id_category")
    tab_to(page, "input[name=visibility][value=organisation]")  # the checked radio button
    expect(page.locator("input[name=visibility][value=organisation]")).to_be_checked()
    tab_to(page, "#id_attachments")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files({"name": "sensor.png", "mimeType": "image/png", "buffer": PNG})
    tab_to(page, "main form button[type=submit]")
    expect(page.locator("main form button[type=submit]")).to_have_text("Skicka idén")
    page.keyboard.press("Enter")


def test_an_idea_goes_from_submission_through_a_gate(world, browsing, assert_accessible):
    # The submitter finds the way in and logs in through the real page.
    submitter = browsing.anonymous()
    submitter.goto("/")
    assert_accessible(submitter, "start page, anonymous")
    submitter.locator("header").get_by_role("link", name="Logga in").click()
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Logga in")
    assert_accessible(submitter, "login page")
    log_in(submitter, world.submitter.email)
    expect(submitter.locator("header").get_by_role("button", name="Logga ut")).to_be_visible()
    assert_accessible(submitter, "start page, logged in")

    main_menu(submitter).get_by_role("link", name="Lämna en idé").click()
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Lämna en idé")
    assert_accessible(submitter, "submit form")
    submit_by_keyboard(submitter)

    expect(submitter).to_have_url(re.compile(r"/ideer/\d+/kvitto/"))
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Tack för din idé")
    assert_accessible(submitter, "receipt")
    idea = Idea.objects.get(title=TITLE)
    assert (idea.problem, idea.solution, idea.submitter) == (PROBLEM, SOLUTION, world.submitter)
    assert [a.original_name for a in idea.attachments.all()] == ["sensor.png"]

    main_menu(submitter).get_by_role("link", name="Mina idéer").click()
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Mina idéer")
    row = submitter.locator("tbody tr", has_text=TITLE)
    expect(row.locator(".stage")).to_have_text("Inkommen")
    assert_accessible(submitter, "Mina idéer")

    # The coach finds it in the inbox, oldest first, takes it and answers.
    coach = browsing.as_user(world.coach)
    coach.goto("/")
    main_menu(coach).get_by_role("link", name="Inkorg").click()
    expect(coach.get_by_role("heading", level=1)).to_have_text("Inkorg")
    assert_accessible(coach, "inbox")
    rows = coach.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text(world.idea.title)
    expect(rows.nth(1)).to_contain_text(TITLE)
    rows.nth(1).get_by_role("link", name=TITLE).click()

    expect(coach.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert_accessible(coach, "idea detail as coach, with the decision form")
    assert "Bedömning" in stage_choices(coach)
    assert "Testa" not in stage_choices(coach)  # a gate: only a decision maker opens it
    coach.get_by_role("button", name="Ta idén").click()
    expect(coach.get_by_role("button", name="Ta idén")).to_have_count(0)
    expect(coach.locator(".facts")).to_contain_text(world.coach.name)
    assert_accessible(coach, "idea detail as coach, after taking it")

    coach.get_by_label("Kommentar").fill(INTERNAL_NOTE)
    coach.get_by_label("Intern anteckning: bara slussens personal kan läsa den").check()
    coach.get_by_role("button", name="Spara kommentaren").click()
    expect(coach.locator("#history .internal")).to_contain_text(INTERNAL_NOTE)
    coach.get_by_label("Kommentar").fill(QUESTION)
    expect(
        coach.get_by_label("Intern anteckning: bara slussens personal kan läsa den")
    ).not_to_be_checked()
    coach.get_by_role("button", name="Spara kommentaren").click()
    expect(coach.locator("#history li:not(.internal)", has_text=QUESTION)).to_have_count(1)
    assert_accessible(coach, "idea detail as coach, after two comments (htmx)")

    coach.get_by_label("Flytta till steg").select_option(label="Bedömning")
    coach.get_by_label("Motivering (idégivaren läser den)").fill(RATIONALE)
    coach.get_by_role("button", name="Spara beslutet").click()
    expect(coach.locator("main > p .stage")).to_have_text("Bedömning")
    assert "Testa" not in stage_choices(coach)
    assert_accessible(coach, "idea detail as coach, after the decision")

    # The submitter reads the answer: the decision, its rationale and the question, not the note.
    submitter.goto(idea.get_absolute_url())
    expect(submitter.get_by_role("heading", name="Historik")).to_be_visible()
    history = submitter.locator("#history")
    decision = history.locator("li.decision")
    expect(decision).to_have_count(1)
    expect(decision).to_contain_text("Inkommen")
    expect(decision).to_contain_text("Bedömning")
    expect(decision).to_contain_text(RATIONALE)
    expect(history).to_contain_text(QUESTION)
    expect(history).not_to_contain_text(INTERNAL_NOTE)
    expect(history.locator(".internal")).to_have_count(0)
    assert_accessible(submitter, "idea detail as submitter")

    main_menu(submitter).get_by_role("link", name=re.compile(r"^Notiser")).click()
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Notiser")
    notifications = submitter.locator("main .history")
    expect(notifications).to_contain_text(RATIONALE)
    expect(notifications).to_contain_text(QUESTION)
    expect(notifications).not_to_contain_text(INTERNAL_NOTE)
    expect(notifications.locator("li", has_text=RATIONALE).get_by_role("link")).to_contain_text(
        "Bedömning"
    )
    assert_accessible(submitter, "notifications")

    # A decision maker opens the gate the coach could not.
    decision_maker = browsing.as_user(world.decision_maker)
    decision_maker.goto(idea.get_absolute_url())
    assert "Testa" in stage_choices(decision_maker)
    assert_accessible(decision_maker, "idea detail as decision maker")
    decision_maker.get_by_label("Flytta till steg").select_option(label="Testa")
    decision_maker.get_by_label("Motivering (idégivaren läser den)").fill(GATE_RATIONALE)
    decision_maker.get_by_role("button", name="Spara beslutet").click()
    expect(decision_maker.locator("main > p .stage")).to_have_text("Testa")
    assert_accessible(decision_maker, "idea detail as decision maker, after the decision")

    submitter.goto(idea.get_absolute_url())
    expect(submitter.locator("main > p .stage")).to_have_text("Testa")
    expect(submitter.locator("#history li.decision")).to_have_count(2)
    expect(submitter.locator("#history")).to_contain_text(GATE_RATIONALE)
    assert_accessible(submitter, "idea detail as submitter, in Testa")
