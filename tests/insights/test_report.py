"""The yearly report: a PDF with the year, the sluice's name, its figures and innovations."""

import io
import re
from datetime import date

import pytest
from django.utils import timezone
from pypdf import PdfReader

from idesluss.ideas.models import Decision, Visibility
from idesluss.outcomes.models import Outcome

from ..factories import IdeaFactory, stage

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def _report(world, user, year):
    return world.client_for(user).get(f"/insikter/sluss/skaraborg/rapport/{year}.pdf")


def test_the_yearly_report_is_a_pdf_with_the_years_figures(world, seeded):
    innovation = IdeaFactory(
        sluice=world.sluice, organisation=world.lidkoping, title="Digital hjälpmedelstavla"
    )
    Decision.objects.create(
        idea=innovation,
        from_stage=innovation.stage,
        to_stage=stage(world.sluice, "Införd"),
        rationale="Införd.",
        created_at=timezone.make_aware(timezone.datetime(seeded.start.year, 6, 1, 12)),
    )
    Outcome.objects.create(
        idea=innovation,
        kind="product",
        title="Hjälpmedelstavlan",
        date=date(seeded.start.year, 6, 2),
        evidence_url="https://example.se",
    )
    response = _report(world, world.analyst, seeded.start.year)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = _text(response)
    flat = re.sub(r"\s+", " ", text)
    assert "Skaraborgs innovationssluss" in flat
    assert "årsrapport" in flat.casefold() and str(seeded.start.year) in flat
    assert re.search(r"Inkomna idéer 1\s?300", flat)
    assert "Nya produkter 44" in flat  # the seeds' 43 and the innovation's
    assert "Nya tjänster 1" in flat and "Nya företag 22" in flat
    assert "Patent och designskydd 8" in flat
    assert "Digital hjälpmedelstavla" in flat and "Ny produkt: Hjälpmedelstavlan" in flat
    assert "Lidköping" in flat


def test_the_report_names_only_innovations_the_reader_may_see(world):
    year = timezone.localdate().year
    hidden = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        title="Hemlig idé",
        visibility=Visibility.PRIVATE,
    )
    Outcome.objects.create(
        idea=hidden,
        kind="method",
        title="Nytt arbetssätt",
        date=timezone.localdate(),
        evidence_url="https://example.se",
    )
    analyst_text = re.sub(r"\s+", " ", _text(_report(world, world.analyst, year)))
    assert "Hemlig idé" not in analyst_text
    assert "0 av 1 listas" in analyst_text
    coach_text = re.sub(r"\s+", " ", _text(_report(world, world.coach, year)))
    assert "Hemlig idé" in coach_text


def test_the_report_follows_the_dashboards_rules(world):
    year = timezone.localdate().year
    assert _report(world, world.submitter, year).status_code == 404
    assert _report(world, world.outsider, year).status_code == 404
    assert _report(world, world.coach, year + 1).status_code == 404
    assert _report(world, world.coach, 1999).status_code == 404
