"""GET /api/open/v1/innovations: public ideas that are implemented or spread, no personal data."""

import csv
import io
from datetime import date

import pytest
from django.test import Client
from django.utils import timezone

from idesluss.ideas.models import Visibility
from idesluss.organisations.models import Unit

from ..factories import IdeaFactory, SluiceFactory, stage
from .conftest import OPEN, outcome

pytestmark = pytest.mark.django_db


def _items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_it_lists_public_ideas_that_are_implemented_or_spread(world, innovation):
    implemented = innovation(title="Införd idé")
    spread = innovation(title="Spridd idé", stage=stage(world.sluice, "Spridd"))
    innovation(title="Testas fortfarande", stage=stage(world.sluice, "Testa"))
    innovation(title="Avslutad", stage=stage(world.sluice, "Avslutad"))
    for hidden in (Visibility.PRIVATE, Visibility.ORGANISATION, Visibility.NETWORK):
        innovation(title=f"Införd men {hidden}", visibility=hidden)
    items = _items(Client().get(f"{OPEN}/innovations"))
    assert {item["id"] for item in items} == {implemented.pk, spread.pk}
    assert {item["stage"]["kind"] for item in items} == {"implemented", "spread"}


def test_staff_get_the_same_public_list_as_anyone(world, innovation):
    innovation(title="Offentlig")
    innovation(title="Bara organisationen", visibility=Visibility.ORGANISATION)
    anonymous = _items(Client().get(f"{OPEN}/innovations"))
    coach = _items(world.client_for(world.coach).get(f"{OPEN}/innovations"))
    assert anonymous == coach
    assert [item["title"] for item in coach] == ["Offentlig"]


def test_an_innovation_shows_its_organisation_sluice_dates_and_outcomes(world, innovation):
    unit = Unit.objects.create(organisation=world.skovde, name="Vård och omsorg")
    idea = innovation(unit=unit)
    outcome(idea, "product", date(2025, 3, 1), title="Hjälpmedelstavlan")
    outcome(idea, "saving", date(2025, 6, 1), title="Mindre letande", evidence_url="")
    [item] = _items(Client().get(f"{OPEN}/innovations"))
    assert item["organisation"] == {"name": "Skövde", "code": "1496", "kind": "municipality"}
    assert item["sluice"] == {"name": "Skaraborgs innovationssluss", "slug": "skaraborg"}
    assert item["unit"] == "Vård och omsorg"
    assert item["stage"] == {"name": "Införd", "kind": "implemented"}
    assert item["url"] == f"http://testserver/ideer/{idea.pk}/"
    assert item["submitted_on"] == timezone.localdate(idea.created_at).isoformat()
    product, saving = item["outcomes"]
    assert product["kind"] == "product" and product["title"] == "Hjälpmedelstavlan"
    assert product["date"] == "2025-03-01"
    assert product["evidence_url"] == "https://www.skovde.se/"
    assert saving["amount"] == "100000.00"
    assert saving["amount_unit"] == "SEK" and saving["evidence_url"] is None


def test_no_person_is_named(world, innovation):
    idea = innovation()
    outcome(idea, "company", created_by=world.coach)
    response = Client().get(f"{OPEN}/innovations")
    text = response.content.decode("unicode_escape")
    for person in (world.submitter, world.coach):
        assert person.name not in text
        assert person.email not in text
    assert "submitter" not in response.json()["items"][0]
    assert "coach" not in response.json()["items"][0]


def test_a_sole_traders_organisation_number_is_left_out(world, innovation):
    idea = innovation()
    outcome(idea, "company", title="Aktiebolaget", organisation_number="556016-0680")
    # A sole trader's number is their personnummer: the third digit is a month's first digit.
    outcome(idea, "company", title="Enskild firma", organisation_number="811218-9876")
    [item] = _items(Client().get(f"{OPEN}/innovations"))
    numbers = {o["title"]: o["organisation_number"] for o in item["outcomes"]}
    assert numbers == {"Aktiebolaget": "556016-0680", "Enskild firma": None}


def test_an_evidence_file_is_linked_because_the_idea_is_public(world, innovation):
    idea = innovation()
    with_file = outcome(idea, evidence_url="", evidence_file="outcomes/1/beslut.pdf")
    [item] = _items(Client().get(f"{OPEN}/innovations"))
    link = f"http://testserver/ideer/{idea.pk}/utfall/{with_file.pk}/underlag/"
    assert item["outcomes"][0]["evidence_file"] == link


def test_it_filters_by_sluice_and_organisation_code(world, innovation):
    in_skovde = innovation()
    in_lidkoping = innovation(organisation=world.lidkoping)
    elsewhere = SluiceFactory(members=[world.helsingborg])
    other = innovation(
        sluice=elsewhere, organisation=world.helsingborg, stage=stage(elsewhere, "Införd")
    )
    client = Client()
    assert [i["id"] for i in _items(client.get(f"{OPEN}/innovations?organisation_code=1494"))] == [
        in_lidkoping.pk
    ]
    by_sluice = _items(client.get(f"{OPEN}/innovations?sluice=skaraborg"))
    assert {i["id"] for i in by_sluice} == {in_skovde.pk, in_lidkoping.pk}
    assert [i["id"] for i in _items(client.get(f"{OPEN}/innovations?sluice={elsewhere.slug}"))] == [
        other.pk
    ]


def test_the_sluice_filter_takes_what_each_innovation_publishes(world, innovation):
    """A reader finds an innovation, and then its sluice's others, by the published slug alone."""
    idea = innovation()
    elsewhere = SluiceFactory(members=[world.helsingborg])
    innovation(sluice=elsewhere, organisation=world.helsingborg, stage=stage(elsewhere, "Införd"))
    client = Client()
    published = next(i for i in _items(client.get(f"{OPEN}/innovations")) if i["id"] == idea.pk)
    slug = published["sluice"]["slug"]
    assert [i["id"] for i in _items(client.get(f"{OPEN}/innovations?sluice={slug}"))] == [idea.pk]
    rows = list(
        csv.DictReader(io.StringIO(client.get(f"{OPEN}/innovations.csv").getvalue().decode()))
    )
    assert {row["sluice_slug"] for row in rows} == {"skaraborg", elsewhere.slug}
    by_csv = client.get(f"{OPEN}/innovations.csv?sluice={slug}").getvalue().decode()
    assert [int(row["id"]) for row in csv.DictReader(io.StringIO(by_csv))] == [idea.pk]


def test_a_sluice_id_is_not_a_sluice_name(world, innovation):
    innovation()
    response = Client().get(f"{OPEN}/innovations?sluice={world.sluice.pk}")
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["msg"] == f"Det finns ingen sluss med kortnamnet {world.sluice.pk}."


def test_pages_follow_newest_first(world, innovation):
    made = [innovation(title=f"Idé {n}") for n in range(5)]
    client = Client()
    first = client.get(f"{OPEN}/innovations?limit=2").json()
    assert first["count"] == 5 and first["count_is_capped"] is False
    seen = [item["id"] for item in first["items"]]
    following = first["next"]
    while following:
        page = client.get(following).json()
        seen += [item["id"] for item in page["items"]]
        following = page["next"]
    assert seen == [idea.pk for idea in reversed(made)]


FILTER_PROBLEMS = [
    ("sluice=999999", "sluice"),
    ("sluice=finns-inte", "sluice"),
    ("sluice=Skaraborg%20!", "sluice"),
    ("sluice=sk%00araborg", "sluice"),
    ("sluice=" + "s" * 81, "sluice"),
    ("sluice=", "sluice"),
    ("organisation_code=9999", "organisation_code"),
    ("organisation_code=12a4", "organisation_code"),
    ("organisation_code=١٤٩٦", "organisation_code"),
]
PAGE_PROBLEMS = [
    ("cursor=skräp", "cursor"),
    ("cursor=99999999999999999999999999-1", "cursor"),
    ("cursor=" + "1" * 65, "cursor"),
    ("limit=0", "limit"),
    ("limit=100000", "limit"),
]


@pytest.mark.parametrize(
    "path, query, name",
    [("innovations", *problem) for problem in FILTER_PROBLEMS + PAGE_PROBLEMS]
    + [("innovations.csv", *problem) for problem in FILTER_PROBLEMS],
)
def test_bad_input_is_a_422_in_swedish(world, path, query, name):
    response = Client().get(f"{OPEN}/{path}?{query}")
    assert response.status_code == 422, response.content
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", name]
    assert problem["msg"] and not problem["msg"].startswith(("Input should", "The cursor"))


def test_the_csv_has_one_row_per_innovation_with_outcomes_counted(world, innovation):
    idea = innovation(title="Tavlan, med komma")
    outcome(idea, "product")
    outcome(idea, "product")
    outcome(idea, "patent")
    response = Client().get(f"{OPEN}/innovations.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="innovationer.csv"'
    assert "publicdomain/zero/1.0" in response["Link"]
    raw = response.getvalue()  # streamed: it can be read once
    assert b"\r\n" in raw  # RFC 4180
    body = raw.decode("utf-8")
    assert not body.startswith("\ufeff")
    [row] = list(csv.DictReader(io.StringIO(body)))
    assert row["title"] == "Tavlan, med komma"
    assert row["organisation_code"] == "1496"
    assert (row["outcomes_product"], row["outcomes_patent"], row["outcomes_saving"]) == (
        "2",
        "1",
        "0",
    )
    assert world.submitter.name not in body and world.coach.name not in body


def test_the_csv_streams_every_batch(world, innovation, monkeypatch):
    from idesluss.opendata import downloads

    monkeypatch.setattr(downloads, "BATCH", 2)
    made = {innovation(title=f"Idé {n}").pk for n in range(5)}
    IdeaFactory(sluice=world.sluice, organisation=world.skovde)  # not public, not done
    response = Client().get(f"{OPEN}/innovations.csv")
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode())))
    assert [int(row["id"]) for row in rows] == sorted(made)


# The eight kinds in the order of the model's choices (DESIGN §3).
OUTCOME_KINDS = (
    "product",
    "service",
    "company",
    "patent",
    "licence",
    "method",
    "procurement",
    "saving",
)


def _flattened(item: dict) -> dict:
    """An innovation's JSON as CSV columns: a nested object's fields as `<object>_<field>`, the
    outcomes counted per kind as `outcomes_<kind>`."""
    columns = {}
    for key, value in item.items():
        if key == "outcomes":
            kinds = [outcome["kind"] for outcome in value]
            columns.update({f"outcomes_{kind}": str(kinds.count(kind)) for kind in OUTCOME_KINDS})
        elif isinstance(value, dict):
            columns.update({f"{key}_{field}": str(inner) for field, inner in value.items()})
        else:
            columns[key] = "" if value is None else str(value)
    return columns


def test_the_csv_has_the_jsons_fields_and_values(world, innovation):
    """docs/architecture.md promises that the CSV's columns follow the JSON: every field, in the
    same order, with the same values – who benefits and the sluice's short name included."""
    unit = Unit.objects.create(organisation=world.skovde, name="Vård och omsorg")
    idea = innovation(
        unit=unit,
        solution="En tavla i personalrummet.",
        beneficiaries="Brukare och personal i hemtjänsten",
    )
    outcome(idea, "product")
    outcome(idea, "saving")
    client = Client()
    [item] = _items(client.get(f"{OPEN}/innovations"))
    body = client.get(f"{OPEN}/innovations.csv").getvalue().decode()
    reader = csv.DictReader(io.StringIO(body))
    [row] = list(reader)
    expected = _flattened(item)
    assert reader.fieldnames == list(expected)
    assert row == expected
    assert row["beneficiaries"] == "Brukare och personal i hemtjänsten"
    assert (row["sluice_name"], row["sluice_slug"]) == ("Skaraborgs innovationssluss", "skaraborg")
