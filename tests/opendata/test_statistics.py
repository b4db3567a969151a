"""GET /api/open/v1/statistics: per public-sector organisation and year, every idea counted."""

import csv
import io
from datetime import date

import pytest
from django.test import Client

from idesluss.ideas.models import Visibility

from ..factories import IdeaFactory, OrganisationFactory, SluiceFactory, stage
from .conftest import OPEN, outcome, swedish_time

pytestmark = pytest.mark.django_db

EMPTY = dict.fromkeys(
    ("product", "service", "company", "patent", "licence", "method", "procurement", "saving"), 0
)


def _rows(response) -> dict:
    assert response.status_code == 200, response.content
    return {(r["organisation"]["code"], r["year"]): r for r in response.json()["items"]}


def _idea(world, when, **fields):
    values = {"sluice": world.sluice, "organisation": world.skovde, "created_at": when}
    values.update(fields)
    return IdeaFactory(**values)


def test_every_idea_counts_whatever_its_visibility(world):
    world.idea.delete()
    for visibility in Visibility.values:
        _idea(world, swedish_time(2025, 5, 1), visibility=visibility)
    rows = _rows(Client().get(f"{OPEN}/statistics"))
    assert rows[("1496", 2025)]["ideas_received"] == 4


def test_ideas_count_in_the_swedish_year_they_came_in(world):
    world.idea.delete()
    _idea(world, swedish_time(2024, 12, 31, 23, 30))  # 22:30 UTC on New Year's Eve
    _idea(world, swedish_time(2025, 1, 1, 0, 30))  # 23:30 UTC, still 2024 in UTC
    rows = _rows(Client().get(f"{OPEN}/statistics"))
    assert rows[("1496", 2024)]["ideas_received"] == 1
    assert rows[("1496", 2025)]["ideas_received"] == 1


def test_implemented_counts_the_years_ideas_now_implemented_or_spread(world):
    world.idea.delete()
    when = swedish_time(2025, 3, 1)
    _idea(world, when, stage=stage(world.sluice, "Införd"))
    _idea(world, when, stage=stage(world.sluice, "Spridd"))
    _idea(world, when, stage=stage(world.sluice, "Testa"))
    _idea(world, when, stage=stage(world.sluice, "Avslutad"))
    row = _rows(Client().get(f"{OPEN}/statistics"))[("1496", 2025)]
    assert (row["ideas_received"], row["ideas_implemented"]) == (4, 2)


def test_outcomes_count_in_the_year_of_their_own_date_by_kind(world):
    world.idea.delete()
    old = _idea(world, swedish_time(2023, 6, 1))
    outcome(old, "product", date(2025, 2, 1))
    outcome(old, "product", date(2025, 12, 31))
    outcome(old, "company", date(2025, 7, 1))
    outcome(old, "patent", date(2024, 7, 1))
    rows = _rows(Client().get(f"{OPEN}/statistics"))
    assert rows[("1496", 2025)]["outcomes"] == EMPTY | {"product": 2, "company": 1}
    assert rows[("1496", 2025)]["ideas_received"] == 0
    assert rows[("1496", 2024)]["outcomes"] == EMPTY | {"patent": 1}
    assert rows[("1496", 2023)]["outcomes"] == EMPTY
    assert rows[("1496", 2023)]["ideas_received"] == 1


def test_only_public_sector_organisations_are_published(world):
    company = OrganisationFactory(name="Lilla Konsult AB")
    sluice = SluiceFactory(members=[company, world.skovde])
    IdeaFactory(sluice=sluice, organisation=company)
    items = Client().get(f"{OPEN}/statistics").json()["items"]
    assert {item["organisation"]["name"] for item in items} == {"Skövde"}


def test_a_year_and_an_organisation_narrow_it(world):
    _idea(world, swedish_time(2024, 6, 1))
    _idea(world, swedish_time(2025, 6, 1), organisation=world.lidkoping)
    outcome(world.idea, "service", date(2024, 1, 2))
    client = Client()
    assert set(_rows(client.get(f"{OPEN}/statistics?year=2024"))) == {("1496", 2024)}
    assert set(_rows(client.get(f"{OPEN}/statistics?organisation_code=1494"))) == {("1494", 2025)}
    # An organisation whose only figure that year is an outcome is listed too.
    world.idea.delete()
    _idea(world, swedish_time(2020, 1, 1)).outcomes.create(
        kind="method", title="Arbetssätt", date=date(2024, 5, 5), evidence_url="https://a.se/"
    )
    row = _rows(client.get(f"{OPEN}/statistics?year=2024"))[("1496", 2024)]
    assert row["outcomes"]["method"] == 1


def test_pages_hold_whole_organisations(world):
    world.idea.delete()
    municipalities = [world.skovde, world.lidkoping, world.helsingborg]
    sluice = SluiceFactory(members=municipalities)
    for organisation in municipalities:
        for year in (2023, 2024):
            IdeaFactory(
                sluice=sluice, organisation=organisation, created_at=swedish_time(year, 2, 2)
            )
    client = Client()
    page = client.get(f"{OPEN}/statistics?limit=2").json()
    assert len(page["items"]) == 4
    assert page["next"].startswith("http://testserver/api/open/v1/statistics?")
    last = client.get(page["next"]).json()
    assert len(last["items"]) == 2 and last["next"] is None
    codes = {i["organisation"]["code"] for i in page["items"] + last["items"]}
    assert codes == {"1496", "1494", "1283"}


@pytest.mark.parametrize(
    "query, name",
    [
        ("year=tjugo", "year"),
        ("year=1800", "year"),
        ("year=99999", "year"),
        ("organisation_code=0000", "organisation_code"),
        ("organisation_code=ab", "organisation_code"),
        ("cursor=-1", "cursor"),
        ("cursor=abc", "cursor"),
        ("cursor=99999999999999999999", "cursor"),
        ("limit=0", "limit"),
    ],
)
def test_bad_input_is_a_422_in_swedish(world, query, name):
    response = Client().get(f"{OPEN}/statistics?{query}")
    assert response.status_code == 422, response.content
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", name]
    assert not problem["msg"].startswith(("Input should", "The cursor", "There is"))


@pytest.mark.parametrize(
    "query, name",
    [("year=tjugo", "year"), ("organisation_code=0000", "organisation_code")],
)
def test_bad_input_to_the_csv_is_a_422_too(world, query, name):
    response = Client().get(f"{OPEN}/statistics.csv?{query}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", name]


def test_the_csv_holds_the_same_figures(world, monkeypatch):
    from idesluss.opendata import downloads

    monkeypatch.setattr(downloads, "ORGANISATIONS_PER_BATCH", 1)  # every batch is walked
    _idea(world, swedish_time(2025, 6, 1), organisation=world.lidkoping)
    _idea(world, swedish_time(2024, 6, 1), stage=stage(world.sluice, "Införd"))
    outcome(world.idea, "saving", date(2024, 1, 2))
    client = Client()
    response = client.get(f"{OPEN}/statistics.csv")
    assert response["Content-Disposition"] == 'attachment; filename="statistik.csv"'
    assert response["Link"] == '<http://creativecommons.org/publicdomain/zero/1.0/>; rel="license"'
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode("utf-8"))))
    json_rows = client.get(f"{OPEN}/statistics").json()["items"]
    assert len(rows) == len(json_rows) == 3
    for row, item in zip(rows, json_rows, strict=True):
        assert row["organisation_code"] == item["organisation"]["code"]
        assert int(row["year"]) == item["year"]
        assert int(row["ideas_received"]) == item["ideas_received"]
        assert int(row["ideas_implemented"]) == item["ideas_implemented"]
        assert {k: int(row[f"outcomes_{k}"]) for k in EMPTY} == item["outcomes"]
