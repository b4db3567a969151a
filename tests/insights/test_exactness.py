"""Exactness (issue 5): the seeds' evaluation – 1 300 ideas; 43 new products, 1 new service,
22 new companies, 8 patents – shown exactly by every view of it, with noise around it."""

import re
from datetime import timedelta

import pytest

from idesluss.ideas.models import Idea
from idesluss.insights import counting

pytestmark = pytest.mark.django_db


def _number(text: str) -> int:
    return int(re.sub(r"\s", "", text))


def dashboard_figures(html: str) -> dict:
    """The numbers as the dashboard renders them: the evaluation row and the stage table."""
    ideas = re.search(r'data-figure="ideas">([^<]+)<', html).group(1)
    outcomes = dict(re.findall(r'data-kind="(\w+)">([^<]+)<', html))
    stages = dict(re.findall(r'data-stage="([^"]+)">([^<]+)<', html))
    return {
        "ideas": _number(ideas),
        "by_stage": {name: _number(value) for name, value in stages.items()},
        "outcomes": {kind: _number(value) for kind, value in outcomes.items()},
    }


def test_counting_gives_the_seeds_figures(seeded):
    ideas = Idea.objects.filter(sluice=seeded.sluice)
    found = counting.summary(
        ideas, start=seeded.start, end=seeded.end, stages=seeded.sluice.stages.all()
    )
    assert found == seeded.expected
    assert list(found["by_stage"]) == list(seeded.expected["by_stage"])  # pipeline order


def test_the_summary_api_gives_the_seeds_figures(world, seeded):
    response = world.client_for(world.analyst).get(
        "/api/v1/insights/summary",
        {"sluice": seeded.sluice.pk, "from": seeded.start, "to": seeded.end},
    )
    assert response.status_code == 200
    assert response.json() == seeded.expected


def test_the_dashboard_shows_the_seeds_figures(world, seeded):
    response = world.client_for(world.analyst).get(
        f"/insikter/sluss/{seeded.sluice.slug}/",
        {"from": seeded.start.isoformat(), "to": seeded.end.isoformat()},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert dashboard_figures(html) == seeded.expected
    # The evaluation row reads as the seeds do.
    assert re.search(r"1\xa0300</span>\s*<span class=\"figure-label\">Inkomna idéer", html)
    assert re.search(r">43</span>\s*<span class=\"figure-label\">Nya produkter", html)
    assert re.search(r">8</span>\s*<span class=\"figure-label\">Patent och designskydd", html)


def test_a_day_more_at_either_end_counts_the_noise(world, seeded):
    """The noise is there, just outside: the period's edges are what keep it out."""
    ideas = Idea.objects.filter(sluice=seeded.sluice)
    a_day = timedelta(days=1)
    wider = counting.summary(ideas, start=seeded.start - a_day, end=seeded.end + a_day)
    # The second before the year and the first instant after it (20 ideas each), the outcomes
    # dated the day before (7 products) and after (3 licences).
    assert wider["ideas"] == seeded.expected["ideas"] + 40
    assert wider["outcomes"]["product"] == seeded.expected["outcomes"]["product"] + 7
    assert wider["outcomes"]["licence"] == 3
    # Farther out, still not counted: June before, March after, the companies of December.
    assert wider["outcomes"]["company"] == seeded.expected["outcomes"]["company"]
    a_year_wider = counting.summary(
        ideas,
        start=seeded.start.replace(year=seeded.start.year - 1),
        end=seeded.end.replace(year=seeded.end.year + 1),
    )
    assert a_year_wider["ideas"] == seeded.expected["ideas"] + 80
    assert a_year_wider["outcomes"]["company"] == seeded.expected["outcomes"]["company"] + 2


def test_the_other_sluice_is_counted_apart(seeded):
    found = counting.summary(
        Idea.objects.filter(sluice=seeded.other_sluice), start=seeded.start, end=seeded.end
    )
    assert found["ideas"] == 200
    assert found["outcomes"]["product"] == 5


def test_per_organisation_the_year_adds_up(seeded):
    """What the open statistics must show per organisation and year, counted here too."""
    for code, expected in seeded.expected_by_organisation.items():
        ideas = Idea.objects.filter(organisation__code=code, organisation__kind="municipality")
        found = counting.summary(ideas, start=seeded.start, end=seeded.end)
        assert {"ideas": found["ideas"], "outcomes": found["outcomes"]} == expected, code


# The open statistics are checked against the same `seeded` figures in
# tests/opendata/test_exactness.py.
