"""GET /api/v1/insights/summary: a sluice's figures, with the dashboard's rules."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from idesluss.ideas.models import Idea
from idesluss.insights.forms import default_period
from idesluss.outcomes.models import Outcome

from ..factories import IdeaFactory

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
KINDS = ["product", "service", "company", "patent", "licence", "method", "procurement", "saving"]


@pytest.mark.parametrize("persona", ["coach", "decision_maker", "admin", "analyst"])
def test_the_sluices_staff_and_analysts_get_its_summary(world, api, persona):
    Outcome.objects.create(
        idea=world.idea, kind="patent", title="P", date=date.today(), evidence_url="https://x.se"
    )
    response = api(getattr(world, persona)).get("/insights/summary", sluice=world.sluice.pk)
    assert response.status_code == 200
    body = response.json()
    assert body["ideas"] == 1
    assert body["by_stage"]["Inkommen"] == 1
    assert list(body["by_stage"])[:2] == ["Inkommen", "Bedömning"]
    assert list(body["outcomes"]) == KINDS
    assert body["outcomes"]["patent"] == 1


def test_a_token_works_as_the_session_does(world, api_with_token, token_for):
    caller = api_with_token(token_for(world.analyst))
    response = caller.get("/insights/summary", sluice=world.sluice.pk)
    assert response.status_code == 200


def test_the_sluices_other_people_get_403_and_outsiders_404(world, api):
    path = "/insights/summary"
    assert api(world.submitter).get(path, sluice=world.sluice.pk).status_code == 403
    assert api(world.colleague).get(path, sluice=world.sluice.pk).status_code == 403
    response = api(world.outsider).get(path, sluice=world.sluice.pk)
    assert response.status_code == 404
    assert response.json() == {"detail": "Hittades inte."}
    assert api(world.analyst).get(path, sluice=999999).status_code == 404
    assert api(None).get(path, sluice=world.sluice.pk).status_code == 401


@pytest.mark.parametrize(
    "params, loc, message",
    [
        ({"from": "2025-02-30"}, ["query", "from"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"to": "31/12/2025"}, ["query", "to"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"from": "1735689600"}, ["query", "from"], "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, ["query", "to"], "Perioden måste börja"),
        ({"sluice": "skaraborg"}, ["query", "sluice"], "Fyll i ett heltal"),
    ],
)
def test_bad_input_is_a_422_naming_the_parameter(world, api, params, loc, message):
    response = api(world.analyst).get("/insights/summary", **{"sluice": world.sluice.pk, **params})
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["loc"] == loc
    assert problem["msg"].startswith(message)


def test_the_period_defaults_to_the_last_twelve_months(world, api):
    """From the first day of the month eleven months back (Swedish midnight) to today."""
    first_day = default_period()[0]
    for instant in (
        datetime.combine(first_day, time(0), tzinfo=STOCKHOLM),
        datetime.combine(first_day - timedelta(days=1), time(23, 59, 59), tzinfo=STOCKHOLM),
    ):
        idea = IdeaFactory(
            sluice=world.sluice, organisation=world.skovde, submitter=world.submitter
        )
        Idea.objects.filter(pk=idea.pk).update(created_at=instant, stage_entered_at=instant)
    found = api(world.analyst).get("/insights/summary", sluice=world.sluice.pk).json()
    old = (
        api(world.analyst)
        .get(
            "/insights/summary",
            sluice=world.sluice.pk,
            **{"from": "2020-01-01", "to": "2020-12-31"},
        )
        .json()
    )
    # World's idea of today and the one of the first day; not the one the day before.
    assert found["ideas"] == 2 and old["ideas"] == 0
