"""Exports (/insikter/export/ and `idesluss export`): who may, what they get, in which shape."""

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from idesluss.ideas.models import Visibility
from idesluss.insights import exports
from idesluss.organisations.models import Category, SluiceRole
from idesluss.outcomes.models import Outcome

from ..factories import (
    DecisionFactory,
    IdeaFactory,
    SluiceFactory,
    UserFactory,
    grant,
    member_of,
    stage,
)

pytestmark = pytest.mark.django_db

URL = "/insikter/export/"
SWEDEN = ZoneInfo("Europe/Stockholm")


def _get(client, **query):
    response = client.get(URL, {"what": "ideas", "format": "csv", **query})
    assert response.status_code == 200, response.content[:2000]
    return response


def _csv(response) -> list[list[str]]:
    assert response.streaming
    raw = b"".join(response.streaming_content)
    assert b"\r\n" in raw  # CRLF, as the module promises Excel
    body = raw.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def _by_heading(rows) -> list[dict]:
    header, *rest = rows
    return [dict(zip(header, row, strict=True)) for row in rest]


def _outcome(idea, kind="product", day=date(2025, 3, 1), **fields):
    values = {"title": "Hjälpmedelstavlan", "evidence_url": "https://www.skovde.se/"}
    values.update(fields)
    return Outcome.objects.create(idea=idea, kind=kind, date=day, **values)


# --- Who ------------------------------------------------------------------------------------


def test_it_asks_anonymous_visitors_to_log_in(world):
    response = Client().get(URL)
    assert response.status_code == 302 and "/konto/login/" in response["Location"]


@pytest.mark.parametrize("persona", ["submitter", "colleague", "outsider"])
def test_it_refuses_those_without_a_role_in_a_sluice(world, persona):
    client = world.client_for(getattr(world, persona))
    assert client.get(URL).status_code == 403
    assert client.get(URL, {"what": "ideas", "format": "csv"}).status_code == 403


@pytest.mark.parametrize("persona", ["coach", "decision_maker", "admin", "analyst"])
def test_the_staff_and_analysts_get_the_form_in_swedish(world, persona):
    response = world.client_for(getattr(world, persona)).get(URL)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<legend>Vad vill du exportera?</legend>" in text
    assert 'type="date"' in text and "Skaraborgs innovationssluss" in text


def test_the_staff_export_every_idea_of_their_sluice_with_the_submitter(world):
    private = IdeaFactory(
        sluice=world.sluice, organisation=world.lidkoping, visibility=Visibility.PRIVATE
    )
    elsewhere = IdeaFactory(visibility=Visibility.PUBLIC)  # another sluice, public
    rows = _by_heading(_csv(_get(world.client_for(world.coach))))
    assert {int(row["Idénummer"]) for row in rows} == {world.idea.pk, private.pk}
    mine = next(row for row in rows if int(row["Idénummer"]) == world.idea.pk)
    assert mine["Idégivare"] == "Sara Idégivare"
    assert mine["Idégivarens e-post"] == "sara@skovde.se"
    assert elsewhere.pk not in {int(row["Idénummer"]) for row in rows}


def test_an_analyst_exports_what_they_may_see_and_no_submitter(world):
    hidden = IdeaFactory(
        sluice=world.sluice, organisation=world.skovde, visibility=Visibility.PRIVATE
    )
    network = IdeaFactory(
        sluice=world.sluice, organisation=world.skovde, visibility=Visibility.NETWORK
    )
    rows = _by_heading(_csv(_get(world.client_for(world.analyst))))
    numbers = {int(row["Idénummer"]) for row in rows}
    assert network.pk in numbers and hidden.pk not in numbers
    assert (
        world.idea.pk not in numbers
    )  # Skövde's organisation-only idea; the analyst is Lidköping's
    assert {row["Idégivare"] for row in rows} == {""}
    assert {row["Idégivarens e-post"] for row in rows} == {""}


def test_an_analyst_sees_their_own_idea_with_their_name(world):
    own = IdeaFactory(sluice=world.sluice, organisation=world.lidkoping, submitter=world.analyst)
    rows = _by_heading(_csv(_get(world.client_for(world.analyst))))
    mine = next(row for row in rows if int(row["Idénummer"]) == own.pk)
    assert mine["Idégivare"] == "Ana Analytiker"


def test_a_super_user_exports_every_sluice(world):
    root = UserFactory(is_superuser=True, is_staff=True)
    other = IdeaFactory(visibility=Visibility.PRIVATE)
    rows = _by_heading(_csv(_get(world.client_for(root))))
    assert {int(row["Idénummer"]) for row in rows} == {world.idea.pk, other.pk}
    assert all(row["Idégivare"] for row in rows)


def test_who_recorded_an_outcome_is_for_the_staff(world):
    _outcome(world.idea, created_by=world.coach)
    world.idea.visibility = Visibility.NETWORK
    world.idea.save()
    for persona, shown in (("coach", "Kim Coach"), ("analyst", "")):
        client = world.client_for(getattr(world, persona))
        [row] = _by_heading(_csv(_get(client, what="outcomes")))
        assert row["Registrerat av"] == shown


# --- What -----------------------------------------------------------------------------------


def test_the_filters_work_as_on_the_idea_list(world):
    category = Category.objects.create(sluice=world.sluice, name="Äldreomsorg")
    testing = stage(world.sluice, "Testa")
    wanted = IdeaFactory(
        sluice=world.sluice, organisation=world.lidkoping, category=category, stage=testing
    )
    IdeaFactory(sluice=world.sluice, organisation=world.lidkoping, stage=testing)
    IdeaFactory(sluice=world.sluice, organisation=world.skovde, category=category, stage=testing)
    client = world.client_for(world.coach)
    query = {
        "sluice": world.sluice.pk,
        "organisation": world.lidkoping.pk,
        "stage": testing.pk,
        "category": category.pk,
    }
    [row] = _by_heading(_csv(_get(client, **query)))
    assert int(row["Idénummer"]) == wanted.pk
    assert (row["Steg"], row["Kategori"], row["Organisation"]) == (
        "Testa",
        "Äldreomsorg",
        "Lidköping",
    )


def test_the_period_applies_to_what_is_exported(world):
    old = IdeaFactory(
        sluice=world.sluice,
        organisation=world.skovde,
        created_at=datetime(2023, 5, 5, tzinfo=SWEDEN),
    )
    DecisionFactory(idea=old, created_at=datetime(2025, 1, 1, 0, 30, tzinfo=SWEDEN))
    DecisionFactory(idea=old, created_at=datetime(2024, 12, 31, 23, 30, tzinfo=SWEDEN))
    _outcome(old, day=date(2025, 12, 31))
    _outcome(old, day=date(2024, 12, 31))
    client = world.client_for(world.coach)
    year = {"from": "2025-01-01", "to": "2025-12-31"}
    assert _by_heading(_csv(_get(client, **year))) == []  # ideas: by the day they came in
    [decision] = _by_heading(_csv(_get(client, what="decisions", **year)))
    assert decision["Beslutat"] == "2025-01-01 00:30"
    [produced] = _by_heading(_csv(_get(client, what="outcomes", **year)))
    assert produced["Datum då det uppnåddes"] == "2025-12-31"
    [idea] = _by_heading(_csv(_get(client, **{"from": "2023-05-05", "to": "2023-05-05"})))
    assert int(idea["Idénummer"]) == old.pk


def test_decisions_carry_the_idea_and_the_rationale(world):
    DecisionFactory(idea=world.idea, decided_by=world.coach, rationale="Vi går vidare; tack!")
    [row] = _by_heading(_csv(_get(world.client_for(world.coach), what="decisions")))
    assert int(row["Idénummer"]) == world.idea.pk
    assert row["Idé"] == "Digital tavla för lediga hjälpmedel"
    assert (row["Från steg"], row["Till steg"]) == ("Inkommen", "Bedömning")
    assert row["Motivering"] == "Vi går vidare; tack!"
    assert row["Beslutat av"] == "Kim Coach"


def test_the_csv_is_for_swedish_excel(world):
    world.idea.title = '=HYPERLINK("https://ond.example";"klicka")'
    world.idea.save()
    _outcome(world.idea, "saving", title="-20 timmar", amount="1234.50", amount_unit="hours")
    client = world.client_for(world.coach)
    response = _get(client)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="idesluss-ideer-')
    [row] = _by_heading(_csv(response))
    assert row["Titel"] == '\'=HYPERLINK("https://ond.example";"klicka")'
    assert row["Vem får se idén?"] == "Min organisation"
    assert row["Länk"] == f"http://127.0.0.1:8000/ideer/{world.idea.pk}/"
    [saving] = _by_heading(_csv(_get(client, what="outcomes")))
    assert (saving["Titel"], saving["Belopp"], saving["Enhet"]) == (
        "'-20 timmar",
        "1234,50",
        "timmar",
    )


def test_the_xlsx_keeps_numbers_dates_and_text_apart(world, tmp_path):
    world.idea.title = "=1+1"
    world.idea.save()
    response = world.client_for(world.coach).get(URL, {"what": "ideas", "format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_TYPE
    assert response["Content-Disposition"].startswith('attachment; filename="idesluss-ideer-')
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"".join(response.streaming_content))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Idéer"]
    header, row = list(workbook.active.iter_rows(values_only=True))
    cells = dict(zip(header, row, strict=True))
    assert cells["Idénummer"] == world.idea.pk
    assert cells["Titel"] == "=1+1"  # text, not a formula
    assert isinstance(cells["Inlämnad"], datetime)
    assert cells["Första svar"] is None


def test_past_excels_row_limit_the_rows_go_on_in_another_sheet(world, tmp_path, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 3)  # the heading and two rows a sheet
    for _ in range(4):
        IdeaFactory(sluice=world.sluice, organisation=world.skovde)
    response = world.client_for(world.coach).get(URL, {"what": "ideas", "format": "xlsx"})
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"".join(response.streaming_content))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Idéer", "Idéer (2)", "Idéer (3)"]
    counts = [len(list(sheet.iter_rows(values_only=True))) for sheet in workbook.worksheets]
    assert counts == [3, 3, 2]


def test_an_empty_export_is_the_heading_alone(world, tmp_path):
    client = world.client_for(world.coach)
    rows = _csv(_get(client, what="outcomes"))
    assert len(rows) == 1 and rows[0][0] == "Resultatnummer"
    response = client.get(URL, {"what": "outcomes", "format": "xlsx"})
    path = tmp_path / "export.xlsx"
    path.write_bytes(b"".join(response.streaming_content))
    assert len(list(openpyxl.load_workbook(path).active.iter_rows())) == 1


def test_rows_come_in_batches_each_once_in_order(world, monkeypatch):
    monkeypatch.setattr(exports, "BATCH", 2)
    ideas = [world.idea] + [
        IdeaFactory(sluice=world.sluice, organisation=world.skovde) for _ in range(4)
    ]
    for idea in ideas:
        DecisionFactory(idea=idea)
    client = world.client_for(world.coach)
    numbers = [int(row["Idénummer"]) for row in _by_heading(_csv(_get(client)))]
    assert numbers == sorted(idea.pk for idea in ideas)
    decided = [int(row["Idénummer"]) for row in _by_heading(_csv(_get(client, what="decisions")))]
    assert decided == numbers


@pytest.mark.parametrize("what", ["ideas", "decisions", "outcomes"])
def test_the_queries_do_not_grow_with_the_rows(world, what):
    client = world.client_for(world.coach)

    def grow(times):
        for _ in range(times):
            idea = IdeaFactory(sluice=world.sluice, organisation=world.skovde)
            DecisionFactory(idea=idea)
            _outcome(idea)

    def count():
        with CaptureQueriesContext(connection) as captured:
            _csv(_get(client, what=what))
        return len(captured)

    grow(2)
    few = count()
    grow(18)
    assert count() == few


# --- Bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, message",
    [
        ({"from": "2025-13-01"}, "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"from": "igår"}, "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"from": "0001-01-01"}, "Ange ett datum mellan åren 1900 och 2999"),
        ({"to": "9999-12-31"}, "Ange ett datum mellan åren 1900 och 2999"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, "före"),
        ({"sluice": "999999"}, "Välj ett av de listade värdena"),
        ({"sluice": "abc"}, "Välj ett av de listade värdena"),
        ({"stage": "-1"}, "Välj ett av de listade värdena"),
        ({"what": "allt"}, "Välj ett giltigt alternativ"),
        ({"format": "pdf"}, "Välj ett giltigt alternativ"),
    ],
)
def test_bad_input_comes_back_with_a_swedish_message(world, query, message):
    response = world.client_for(world.coach).get(URL, {"what": "ideas", "format": "csv", **query})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_sluice_one_does_not_work_in_cannot_be_chosen(world):
    other = SluiceFactory(members=[world.helsingborg])
    coach = grant(member_of(world.helsingborg), other, SluiceRole.Role.COACH)
    response = world.client_for(coach).get(
        URL, {"what": "ideas", "format": "csv", "sluice": world.sluice.pk}
    )
    assert response.status_code == 400
    assert "Välj ett av de listade värdena" in response.content.decode()


# --- The command ----------------------------------------------------------------------------


def test_the_command_exports_everything_to_a_file(world, tmp_path):
    other = IdeaFactory(visibility=Visibility.PRIVATE)
    target = tmp_path / "ideer.csv"
    call_command("export", "--what", "ideas", "--format", "csv", "-o", str(target))
    body = target.read_text(encoding="utf-8-sig")
    rows = _by_heading(list(csv.reader(io.StringIO(body), delimiter=";")))
    assert {int(row["Idénummer"]) for row in rows} == {world.idea.pk, other.pk}
    assert all(row["Idégivare"] for row in rows)


def test_the_command_filters_and_writes_xlsx(world, tmp_path):
    IdeaFactory(visibility=Visibility.PRIVATE)  # another sluice
    target = tmp_path / "ideer.xlsx"
    call_command(
        "export",
        "--format",
        "xlsx",
        "--sluice",
        str(world.sluice.pk),
        "--from",
        "2000-01-01",
        "-o",
        str(target),
    )
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [world.idea.pk]


def test_the_command_can_export_as_a_user(world, tmp_path):
    seen = IdeaFactory(
        sluice=world.sluice, organisation=world.skovde, visibility=Visibility.NETWORK
    )
    target = tmp_path / "ideer.csv"
    call_command("export", "--as", world.analyst.email, "-o", str(target))
    rows = _by_heading(list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";")))
    # Skövde's organisation-only idea is not the Lidköping analyst's to see; nor its submitter.
    assert [(int(row["Idénummer"]), row["Idégivare"]) for row in rows] == [(seen.pk, "")]
    with pytest.raises(CommandError, match="neither staff nor analyst"):
        call_command("export", "--as", world.submitter.email, "-o", str(target))
    with pytest.raises(CommandError, match="No user"):
        call_command("export", "--as", "ingen@example.se", "-o", str(target))
    with pytest.raises(CommandError, match="standard output"):
        call_command("export", "--format", "xlsx", "-o", "-")
    with pytest.raises(CommandError, match="before"):
        call_command("export", "--from", "2025-02-01", "--to", "2025-01-01", "-o", str(target))


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--to", "9999-12-31"], "--to: Enter a date between the years 1900 and 2999"),
        (["--from", "0001-01-01"], "--from: Enter a date between the years 1900 and 2999"),
        (["--from", "2025-02-01", "--to", "2025-01-01"], "--to: The end of the period is before"),
    ],
)
def test_the_command_refuses_a_period_past_the_years_it_can_count(
    world, tmp_path, arguments, message
):
    target = tmp_path / "ideer.csv"
    with pytest.raises(CommandError, match=message):
        call_command("export", *arguments, "-o", str(target))
    assert not target.exists()


def test_the_command_refuses_an_id_that_names_nothing(world, tmp_path):
    with pytest.raises(CommandError, match="not an id"):
        call_command("export", "--sluice", "0", "-o", str(tmp_path / "ideer.csv"))
