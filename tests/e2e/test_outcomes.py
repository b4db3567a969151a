"""A coach records what an idea produced and a benefit to follow up, in Chromium, with axe."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from idesluss.outcomes.models import Benefit, Outcome

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_a_coach_records_an_outcome_and_a_benefit(world, browsing, assert_accessible):
    coach = browsing.as_user(world.coach)
    coach.goto(world.idea.get_absolute_url())
    results = coach.locator("#results")
    expect(results.get_by_role("heading", level=2)).to_have_text("Resultat och nytta")
    coach.get_by_role("link", name="Registrera ett resultat").click()
    expect(coach.get_by_role("heading", level=1)).to_have_text("Registrera ett resultat")
    assert_accessible(coach, "record an outcome")

    coach.get_by_role("radio", name="Nytt företag").check()
    coach.get_by_label("Titel").fill("Hjälpmedelstavlan AB")
    coach.get_by_label("Organisationsnummer (nytt företag)").fill("556016-0681")
    coach.get_by_role("button", name="Registrera resultatet").click()
    summary = coach.locator(".error-summary")
    expect(summary).to_contain_text("Ange datumet.")
    expect(summary).to_contain_text("Organisationsnumret är inte giltigt")
    expect(summary).to_contain_text("Ange underlaget: en länk, en fil eller båda.")
    expect(coach.get_by_label("Titel")).to_have_value("Hjälpmedelstavlan AB")
    expect(coach.get_by_role("radio", name="Nytt företag")).to_be_checked()
    assert_accessible(coach, "record an outcome, with errors")

    yesterday = timezone.localdate() - timedelta(days=1)
    coach.get_by_label("Datum då det uppnåddes").fill(yesterday.isoformat())
    coach.get_by_label("Organisationsnummer (nytt företag)").fill("5560160680")
    coach.get_by_label("Länk till underlaget").fill("https://www.skovde.se/")
    coach.get_by_role("button", name="Registrera resultatet").click()
    expect(coach.locator(".messages")).to_contain_text("Resultatet har registrerats.")
    expect(results).to_contain_text("Nytt företag: Hjälpmedelstavlan AB")
    expect(results).to_contain_text("556016-0680")
    assert Outcome.objects.get().organisation_number == "556016-0680"

    coach.get_by_role("link", name="Lägg till en nytta att följa upp").click()
    assert_accessible(coach, "add a benefit")
    coach.get_by_label("Vad mäts?").fill("Tid för att leta hjälpmedel")
    coach.get_by_role("radio", name="timmar").check()
    coach.get_by_label("Utgångsläge").fill("40")
    coach.get_by_label("Mål").fill("10")
    coach.get_by_label("Infört den").fill("2025-08-31")
    coach.get_by_role("button", name="Lägg till nyttan").click()
    expect(results).to_contain_text("Uppföljning efter 6 månader, 28 februari 2026")
    assert Benefit.objects.get().follow_ups.count() == 2
    assert_accessible(coach, "idea page with results")

    coach.get_by_role("link", name="Registrera en mätning av Tid för att leta hjälpmedel").click()
    assert_accessible(coach, "record a measurement")

    colleague = browsing.as_user(world.colleague)
    colleague.goto(world.idea.get_absolute_url())
    expect(colleague.locator("#results")).to_contain_text("Hjälpmedelstavlan AB")
    expect(colleague.get_by_role("link", name="Registrera ett resultat")).to_have_count(0)
    expect(colleague.locator("#results")).not_to_contain_text("Kim Coach")
