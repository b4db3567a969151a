"""The pages: record an outcome, add a benefit, record a measurement, and the idea page."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from idesluss.ideas.models import Visibility
from idesluss.outcomes import services
from idesluss.outcomes.models import Benefit, BenefitMeasurement, Outcome

from ..factories import IdeaFactory
from .conftest import EVIDENCE, PNG, YESTERDAY

pytestmark = pytest.mark.django_db


def _record(world, user, idea=None, **fields):
    data = {
        "kind": "company",
        "title": "Hjälpmedelstavlan AB",
        "date": YESTERDAY.isoformat(),
        "description": "Bolaget säljer tavlan till andra kommuner.",
        "evidence_url": EVIDENCE,
        "organisation_number": "5560160680",
        "registration_number": "",
        "amount": "",
        "amount_unit": "",
    }
    data.update(fields)
    url = reverse("outcomes:record", args=[(idea or world.idea).pk])
    return world.client_for(user).post(url, data)


# --- Record an outcome ----------------------------------------------------------------------


def test_the_coach_records_an_outcome_and_everyone_who_sees_the_idea_reads_it(world):
    page = world.client_for(world.coach).get(world.idea.get_absolute_url())
    assert reverse("outcomes:record", args=[world.idea.pk]) in page.text
    form = world.client_for(world.coach).get(reverse("outcomes:record", args=[world.idea.pk]))
    assert form.status_code == 200
    assert "Registrera ett resultat" in form.text and "Vad har idén gett?" in form.text
    coach = world.client_for(world.coach)
    data = {
        "kind": "company",
        "title": "Hjälpmedelstavlan AB",
        "date": YESTERDAY.isoformat(),
        "evidence_url": EVIDENCE,
        "organisation_number": "5560160680",
    }
    response = coach.post(reverse("outcomes:record", args=[world.idea.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == world.idea.get_absolute_url() + "#results"
    outcome = Outcome.objects.get()
    assert outcome.organisation_number == "556016-0680"
    shown = coach.get(response["Location"])
    assert "Resultatet har registrerats." in shown.text
    assert "Nytt företag:" in shown.text and "Hjälpmedelstavlan AB" in shown.text
    assert "556016-0680" in shown.text
    assert "registrerat av Kim Coach" in shown.text
    colleague = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert "Hjälpmedelstavlan AB" in colleague and EVIDENCE in colleague
    assert "Kim Coach" not in colleague  # the recorder's name is for the staff
    assert reverse("outcomes:record", args=[world.idea.pk]) not in colleague


@pytest.mark.parametrize(("persona", "status"), [("submitter", 403), ("colleague", 403)])
def test_the_audience_may_not_record(world, persona, status):
    user = getattr(world, persona)
    url = reverse("outcomes:record", args=[world.idea.pk])
    assert world.client_for(user).get(url).status_code == status
    assert _record(world, user).status_code == status
    assert not Outcome.objects.exists()


def test_an_outsider_gets_404(world):
    url = reverse("outcomes:record", args=[world.idea.pk])
    assert world.client_for(world.outsider).get(url).status_code == 404
    assert _record(world, world.outsider).status_code == 404
    for bad in ("999999", "inte-ett-id", "99999999999999999999999"):
        url = reverse("outcomes:record", args=[bad])
        assert world.client_for(world.coach).get(url).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(world):
    response = world.client_for(None).get(reverse("outcomes:record", args=[world.idea.pk]))
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


def test_bad_input_comes_back_filled_with_swedish_messages(world):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = _record(world, world.coach, organisation_number="556016-0681", date=tomorrow)
    assert response.status_code == 400
    assert "Något behöver rättas" in response.text
    assert "Organisationsnumret är inte giltigt" in response.text
    assert "Datumet kan inte ligga i framtiden" in response.text
    assert "Hjälpmedelstavlan AB" in response.text
    assert "Bolaget säljer tavlan till andra kommuner." in response.text
    assert 'value="556016-0681"' in response.text
    assert not Outcome.objects.exists()


def test_every_problem_is_listed_at_once(world):
    response = _record(world, world.coach, date="", organisation_number="12", evidence_url="")
    assert response.status_code == 400
    assert "Ange datumet." in response.text
    assert "Skriv organisationsnumret som NNNNNN-NNNN (tio siffror)." in response.text
    assert "Ange underlaget: en länk, en fil eller båda." in response.text


def test_each_kind_asks_for_what_it_needs(world):
    response = _record(world, world.coach, kind="saving", organisation_number="", evidence_url="")
    assert response.status_code == 400
    assert "En mätbar besparing behöver sitt belopp." in response.text
    assert "Ange om besparingen är i kronor eller i timmar." in response.text
    assert "Ange underlaget: en länk, en fil eller båda." in response.text
    response = _record(world, world.coach, kind="patent", organisation_number="")
    assert "Ett patent eller designskydd behöver sitt registreringsnummer." in response.text


def test_a_saving_in_swedish_notation(world):
    response = _record(
        world,
        world.decision_maker,
        kind="saving",
        title="Mindre pappersarbete",
        organisation_number="",
        amount="480 000,50",
        amount_unit="SEK",
    )
    assert response.status_code == 302, response.text
    assert str(Outcome.objects.get().amount) == "480000.50"
    page = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert "Besparing: 480\xa0000,50 kronor" in page


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"kind": "uppfinning", "organisation_number": ""}, "kind", "Välj ett giltigt alternativ"),
        ({"date": "igår"}, "date", "Ange ett datum som ÅÅÅÅ-MM-DD"),
        (
            {"amount": "många", "kind": "saving", "amount_unit": "SEK", "organisation_number": ""},
            "amount",
            "Ange ett tal.",
        ),
        (
            {"amount": "-5", "kind": "saving", "amount_unit": "SEK", "organisation_number": ""},
            "amount",
            "Kontrollera att detta värde är större än eller lika med 0.",
        ),
        ({"amount_unit": "EUR"}, "amount_unit", "Välj ett giltigt alternativ"),
        ({"title": "x" * 201}, "title", "Säkerställ att detta värde har som mest 200 tecken"),
        ({"evidence_url": "inte en länk"}, "evidence_url", "Fyll i en giltig URL."),
        (
            {"organisation_number": "1" * 30},
            "organisation_number",
            "Säkerställ att detta värde har som mest 20 tecken",
        ),
    ],
)
def test_malformed_posts_get_messages_never_a_500(world, fields, field, message):
    response = _record(world, world.coach, **fields)
    assert response.status_code == 400
    assert "Något behöver rättas" in response.text
    errors = response.context["form"].errors
    assert list(errors) == [field], errors
    assert errors[field][0].startswith(message), errors
    assert message in response.text
    assert not Outcome.objects.exists()


def test_an_evidence_file_is_served_to_the_audience_only(world):
    upload = SimpleUploadedFile("protokoll.png", PNG, content_type="image/png")
    response = _record(world, world.coach, evidence_url="", evidence_file=upload)
    assert response.status_code == 302
    outcome = Outcome.objects.get()
    url = reverse("outcomes:evidence", args=[world.idea.pk, outcome.pk])
    page = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert url in page and "protokoll.png" in page
    download = world.client_for(world.colleague).get(url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PNG
    assert world.client_for(world.outsider).get(url).status_code == 404
    assert world.client_for(None).get(url).status_code == 404
    other = IdeaFactory(sluice=world.sluice, organisation=world.skovde)
    wrong_idea = reverse("outcomes:evidence", args=[other.pk, outcome.pk])
    assert world.client_for(world.coach).get(wrong_idea).status_code == 404


def test_an_executable_as_evidence_is_refused_and_the_rest_kept(world):
    upload = SimpleUploadedFile("protokoll.pdf", b"\x7fELF" + b"\0" * 100)
    response = _record(world, world.coach, evidence_file=upload)
    assert response.status_code == 400
    assert "protokoll.pdf innehåller inte det som namnet säger" in response.text
    assert "Hjälpmedelstavlan AB" in response.text
    assert not Outcome.objects.exists()


def test_a_public_ideas_outcomes_are_public_without_names(world):
    idea = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        submitter=world.submitter,
        visibility=Visibility.PUBLIC,
    )
    services.record_outcome(
        world.coach,
        idea,
        kind="method",
        title="Nytt arbetssätt i hemtjänsten",
        date=YESTERDAY,
        evidence_url=EVIDENCE,
    )
    page = world.client_for(None).get(idea.get_absolute_url()).text
    assert "Infört arbetssätt:" in page and "Nytt arbetssätt i hemtjänsten" in page
    assert "Kim Coach" not in page and "registrerat av" not in page


def test_an_idea_without_results_shows_the_section_to_staff_only(world):
    colleague = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert 'id="results"' not in colleague
    coach = world.client_for(world.coach).get(world.idea.get_absolute_url()).text
    assert 'id="results"' in coach and "Inget resultat har registrerats än." in coach


# --- Benefits -------------------------------------------------------------------------------


def _add_benefit(world, user, **fields):
    data = {
        "name": "Tid för pappersblanketter",
        "unit": "hours",
        "custom_unit": "",
        "baseline": "120",
        "target": "20",
        "implemented_on": "2025-08-31",
    }
    data.update(fields)
    url = reverse("outcomes:add_benefit", args=[world.idea.pk])
    return world.client_for(user).post(url, data)


def test_the_coach_adds_a_benefit_and_the_page_shows_its_follow_ups(world):
    form = world.client_for(world.coach).get(reverse("outcomes:add_benefit", args=[world.idea.pk]))
    assert form.status_code == 200 and "Lägg till en nytta att följa upp" in form.text
    response = _add_benefit(world, world.coach)
    assert response.status_code == 302
    benefit = Benefit.objects.get()
    assert [f.due_on.isoformat() for f in benefit.follow_ups.all()] == ["2026-02-28", "2026-08-31"]
    page = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert "Tid för pappersblanketter" in page
    assert "Uppföljning efter 6 månader, 28 februari 2026:" in page
    assert "Uppföljning efter 12 månader, 31 augusti 2026:" in page


def test_a_benefit_form_with_errors_keeps_its_input(world):
    response = _add_benefit(world, world.coach, unit="custom", baseline="mycket", target="5,5")
    assert response.status_code == 400
    assert "Ange ett tal." in response.text
    assert "Tid för pappersblanketter" in response.text and 'value="5,5"' in response.text
    response = _add_benefit(world, world.coach, unit="custom")
    assert response.status_code == 400
    assert "Ange enheten, till exempel dagar eller besök." in response.text
    assert not Benefit.objects.exists()


def test_the_audience_may_not_add_benefits_and_outsiders_get_404(world):
    assert _add_benefit(world, world.submitter).status_code == 403
    assert _add_benefit(world, world.outsider).status_code == 404
    assert not Benefit.objects.exists()


def test_the_coach_records_a_measurement_that_settles_a_follow_up(world):
    today = timezone.localdate()
    benefit = services.add_benefit(
        world.coach,
        world.idea,
        name="Besök per vecka",
        unit="custom",
        custom_unit="besök",
        baseline=10,
        target=25,
        implemented_on=today - timedelta(days=200),
    )
    page = world.client_for(world.coach).get(world.idea.get_absolute_url()).text
    assert "försenad" in page
    url = reverse("outcomes:measure", args=[world.idea.pk, benefit.pk])
    form = world.client_for(world.coach).get(url)
    assert form.status_code == 200 and "Registrera en mätning" in form.text
    data = {"measured_on": today.isoformat(), "value": "22,5", "note": "Mätt under vecka 12."}
    response = world.client_for(world.coach).post(url, data)
    assert response.status_code == 302
    measurement = BenefitMeasurement.objects.get()
    assert str(measurement.value) == "22.50"
    page = world.client_for(world.colleague).get(world.idea.get_absolute_url()).text
    assert "22,50 besök" in page and "Mätt under vecka 12." in page
    assert f"klar, mätt {today.day} " in page


def test_a_measurement_in_the_future_is_refused_and_kept(world):
    benefit = services.add_benefit(
        world.coach,
        world.idea,
        name="Tid",
        unit="hours",
        baseline=10,
        target=5,
        implemented_on=timezone.localdate() - timedelta(days=10),
    )
    url = reverse("outcomes:measure", args=[world.idea.pk, benefit.pk])
    future = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = world.client_for(world.coach).post(url, {"measured_on": future, "value": "7"})
    assert response.status_code == 400
    assert "Datumet kan inte ligga i framtiden" in response.text and 'value="7"' in response.text
    assert world.client_for(world.submitter).post(url, {}).status_code == 403
    assert world.client_for(world.outsider).get(url).status_code == 404
    missing = reverse("outcomes:measure", args=[world.idea.pk, benefit.pk + 1])
    assert world.client_for(world.coach).get(missing).status_code == 404
