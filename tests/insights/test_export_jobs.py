"""Exports made in the background: when the page queues one, one's own list of exports, who may
download the file (only its owner, only while they may export what it holds), removal.

The job itself runs here by calling the task's function; tests/insights/test_export_jobs_worker.py
runs it end to end through the real worker."""

import csv
import io
import os
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.ideas.models import Visibility
from idesluss.insights import export_jobs, export_tasks
from idesluss.insights.export_jobs import ExportJob
from idesluss.notifications.models import Notification
from idesluss.organisations.models import Membership, SluiceRole

from ..factories import IdeaFactory, SluiceFactory, UserFactory, grant, member_of, stage

pytestmark = pytest.mark.django_db

URL = "/insikter/export/"
JOBS = "/insikter/export/filer/"


@pytest.fixture
def always_queued(monkeypatch):
    """Every export, however small, is made in the background."""
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "csv", 0)
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "xlsx", 0)


def _ask(client, **fields):
    """Ask for a background export as the page's button does (POST)."""
    return client.post(URL, {"what": "ideas", "format": "csv", **fields})


def _made(user, **fields) -> ExportJob:
    """A job asked for through the service and made by the task's function."""
    job = export_tasks.request_export(
        user,
        what=fields.pop("what", "ideas"),
        format=fields.pop("format", "csv"),
        filters=fields.pop("filters", export_tasks.exports.Filters()),
    )
    export_tasks.make_export.call(job.pk)
    return ExportJob.objects.get(pk=job.pk)


def _rows(content: bytes) -> list[dict]:
    text = content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def _forget_roles(user):
    for cached in ("_sluice_roles", "_organisation_ids"):
        if hasattr(user, cached):
            delattr(user, cached)


# --- When the page queues -------------------------------------------------------------------


def test_a_small_csv_is_the_answer_itself(world):
    response = world.client_for(world.coach).get(URL, {"what": "ideas", "format": "csv"})
    assert response.status_code == 200 and response.streaming
    assert not ExportJob.objects.exists()


def test_a_large_export_is_offered_in_the_background_and_nothing_is_queued_by_looking(
    world, monkeypatch
):
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "xlsx", 1)
    IdeaFactory(sluice=world.sluice, organisation=world.skovde)  # two ideas: past the limit
    response = world.client_for(world.coach).get(
        URL, {"what": "ideas", "format": "xlsx", "sluice": world.sluice.pk, "from": "2020-01-01"}
    )
    assert response.status_code == 200 and not response.streaming
    text = response.content.decode()
    assert "<h1>Gör exporten i bakgrunden</h1>" in text
    assert "fler än 1 idéer" in text
    # The same choices go with the button, and the page names them.
    assert '<form method="post" action="/insikter/export/">' in text
    for name, value in (("format", "xlsx"), ("sluice", world.sluice.pk), ("from", "2020-01-01")):
        assert f'<input type="hidden" name="{name}" value="{value}">' in text
    assert "<dd>Skaraborgs innovationssluss</dd>" in text
    assert not ExportJob.objects.exists()  # a GET writes nothing


def test_a_large_csv_is_offered_in_the_background_too(world, monkeypatch):
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "csv", 0)
    response = world.client_for(world.coach).get(URL, {"what": "decisions", "format": "csv"})
    assert "för många för att laddas ner direkt" in response.content.decode()


def test_asking_queues_a_job_for_the_worker_and_shows_it(world):
    client = world.client_for(world.coach)
    response = _ask(client, format="xlsx", stage=stage(world.sluice, "Testa").pk)
    assert response.status_code == 302 and response["Location"] == JOBS
    [job] = ExportJob.objects.all()
    assert (job.requested_by, job.what, job.format, job.status) == (
        world.coach,
        "ideas",
        "xlsx",
        "queued",
    )
    assert job.filter_names == {"stage": "Testa"}
    queued = DBTaskResult.objects.filter(task_path=export_tasks.make_export.module_path)
    assert [task.args_kwargs["args"] for task in queued] == [[job.pk]]
    assert AuditEvent.objects.filter(action="export.request", target_id=str(job.pk)).exists()
    page = client.get(JOBS).content.decode()
    assert "Din export görs nu" in page
    assert "Idéer, one row each" not in page and "Idéer, en rad per idé" in page
    assert "Väntar" in page and "Steg: Testa" in page
    assert 'hx-trigger="every 5s"' in page  # it looks again while something waits


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"from": "2025-02-30"}, "Ange ett datum som ÅÅÅÅ-MM-DD"),
        ({"to": "9999-12-31"}, "Ange ett datum mellan åren 1900 och 2999"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, "före"),
        ({"sluice": "999999"}, "Välj ett av de listade värdena"),
        ({"organisation": "1e3"}, "Välj ett av de listade värdena"),
        ({"what": "allt"}, "Välj ett giltigt alternativ"),
        ({"format": "pdf"}, "Välj ett giltigt alternativ"),
    ],
)
def test_bad_input_comes_back_in_swedish_and_queues_nothing(world, fields, message):
    response = _ask(world.client_for(world.coach), **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ExportJob.objects.exists()


def test_a_sluice_one_does_not_work_in_cannot_be_asked_for(world):
    other = SluiceFactory(members=[world.helsingborg])
    response = _ask(world.client_for(world.coach), sluice=other.pk)
    assert response.status_code == 400
    assert not ExportJob.objects.exists()


def test_only_those_who_may_export_may_ask(world):
    for persona in ("submitter", "colleague", "outsider"):
        assert _ask(world.client_for(getattr(world, persona))).status_code == 403
        assert world.client_for(getattr(world, persona)).get(JOBS).status_code == 403
    anonymous = Client()
    assert "/konto/login/" in _ask(anonymous)["Location"]
    assert "/konto/login/" in anonymous.get(JOBS)["Location"]
    assert not ExportJob.objects.exists()


def test_one_person_has_at_most_a_few_exports_waiting(world):
    client = world.client_for(world.analyst)
    for _ in range(export_jobs.MAX_PENDING):
        assert _ask(client).status_code == 302
    response = _ask(client)
    assert response.status_code == 400
    assert "Du har redan 3 exporter som väntar eller görs" in response.content.decode()
    assert ExportJob.objects.count() == export_jobs.MAX_PENDING
    # Others are not held up by it.
    assert _ask(world.client_for(world.coach)).status_code == 302


# --- The file -------------------------------------------------------------------------------


def test_the_owner_downloads_the_file_made_with_the_filters(world):
    wanted = IdeaFactory(sluice=world.sluice, organisation=world.lidkoping)
    job = _made(world.coach, filters=export_tasks.exports.Filters(organisation=world.lidkoping.pk))
    assert (job.status, job.rows) == ("ready", 1)
    assert job.file_name.startswith("idesluss-ideer-") and job.file_name.endswith(".csv")
    [notification] = Notification.objects.filter(recipient=world.coach)
    assert notification.subject == "Din export är klar: Idéer, CSV"
    assert "Filen har 1 rader" in notification.body and "inom 7 dagar" in notification.body
    assert notification.url == JOBS

    client = world.client_for(world.coach)
    page = client.get(JOBS).content.decode()
    assert f'href="/insikter/export/filer/{job.pk}/"' in page and "Klar" in page
    assert "1 rad, " in page
    response = client.get(f"{JOBS}{job.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{job.file_name}"'
    [row] = _rows(b"".join(response.streaming_content))
    assert int(row["Idénummer"]) == wanted.pk
    assert row["Idégivare"]  # the coach is staff: the submitter is named
    assert AuditEvent.objects.filter(action="export.download", actor=world.coach).exists()


def test_the_file_is_for_its_owner_alone(world):
    job = _made(world.coach)
    other_coach = grant(member_of(world.skovde), world.sluice, SluiceRole.Role.COACH)
    root = UserFactory(is_superuser=True, is_staff=True)
    for user in (other_coach, world.analyst, world.outsider, root):
        client = world.client_for(user)
        assert client.get(f"{JOBS}{job.pk}/").status_code == 404
        assert f"/insikter/export/filer/{job.pk}/" not in client.get(JOBS).content.decode()
        assert client.post(f"{JOBS}{job.pk}/ta-bort/").status_code == 404
    assert "/konto/login/" in Client().get(f"{JOBS}{job.pk}/")["Location"]
    assert ExportJob.objects.filter(pk=job.pk).exists()


@pytest.mark.parametrize("path", ["0/", "99999999999999999999999/", "abc/", "-1/"])
def test_an_address_that_names_no_export_is_a_404(world, path):
    assert world.client_for(world.coach).get(f"{JOBS}{path}").status_code == 404


def test_a_file_not_made_yet_cannot_be_downloaded(world):
    job = export_tasks.request_export(
        world.coach, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    assert world.client_for(world.coach).get(f"{JOBS}{job.pk}/").status_code == 404


def test_one_who_lost_the_sluices_role_may_no_longer_download(world):
    job = _made(world.coach)
    SluiceRole.objects.filter(user=world.coach).delete()
    grant(world.coach, SluiceFactory(members=[world.skovde]), SluiceRole.Role.COACH)
    client = world.client_for(world.coach)
    response = client.get(f"{JOBS}{job.pk}/")
    assert response.status_code == 403
    assert "Exporten kan inte längre hämtas" in response.content.decode()
    page = client.get(JOBS).content.decode()
    assert "Du får inte längre exportera de här idéerna." in page
    assert f'href="/insikter/export/filer/{job.pk}/"' not in page


def test_staff_who_became_analyst_may_no_longer_download_the_names(world):
    job = _made(world.coach)
    assert job.access["staff"] == [world.sluice.pk]
    SluiceRole.objects.filter(user=world.coach).update(role=SluiceRole.Role.ANALYST)
    assert world.client_for(world.coach).get(f"{JOBS}{job.pk}/").status_code == 403


def test_an_analyst_who_left_the_organisation_may_no_longer_download(world):
    job = _made(world.analyst)
    assert job.access["organisations"] == [world.lidkoping.pk]
    client = world.client_for(world.analyst)
    assert client.get(f"{JOBS}{job.pk}/").status_code == 200
    Membership.objects.filter(user=world.analyst).delete()
    assert client.get(f"{JOBS}{job.pk}/").status_code == 403


def test_gaining_a_role_does_not_take_the_file_away(world):
    job = _made(world.analyst)
    grant(world.analyst, SluiceFactory(members=[world.lidkoping]), SluiceRole.Role.COACH)
    assert world.client_for(world.analyst).get(f"{JOBS}{job.pk}/").status_code == 200


def test_the_file_holds_what_the_owner_may_export_when_it_is_made(world):
    network = IdeaFactory(sluice=world.sluice, visibility=Visibility.NETWORK)
    hidden = IdeaFactory(sluice=world.sluice, visibility=Visibility.PRIVATE)
    job = _made(world.analyst)
    content = b"".join(world.client_for(world.analyst).get(f"{JOBS}{job.pk}/").streaming_content)
    numbers = {int(row["Idénummer"]) for row in _rows(content)}
    assert network.pk in numbers and hidden.pk not in numbers
    assert {row["Idégivare"] for row in _rows(content)} == {""}


def test_a_file_gone_from_storage_is_a_404(world):
    job = _made(world.coach)
    default_storage.delete(job.file.name)
    assert world.client_for(world.coach).get(f"{JOBS}{job.pk}/").status_code == 404


def test_the_owner_removes_an_export_and_its_file(world):
    job = _made(world.coach)
    assert default_storage.exists(job.file.name)
    client = world.client_for(world.coach)
    assert client.get(f"{JOBS}{job.pk}/ta-bort/").status_code == 405
    response = client.post(f"{JOBS}{job.pk}/ta-bort/", follow=True)
    assert response.redirect_chain == [(JOBS, 302)]
    text = response.content.decode()
    assert "Exporten är borttagen." in text and "Du har inga exporter." in text
    assert not ExportJob.objects.exists()
    assert not default_storage.exists(job.file.name)
    assert AuditEvent.objects.filter(action="export.remove", actor=world.coach).exists()


def test_one_who_may_no_longer_export_removes_the_last_export_and_lands_on_the_start_page(world):
    job = _made(world.analyst)
    SluiceRole.objects.filter(user=world.analyst).delete()
    client = world.client_for(world.analyst)
    assert "Du får inte längre exportera" in client.get(JOBS).content.decode()
    response = client.post(f"{JOBS}{job.pk}/ta-bort/", follow=True)
    assert response.redirect_chain == [("/", 302)]
    assert "Exporten är borttagen." in response.content.decode()
    assert client.get(JOBS).status_code == 403  # nothing of theirs left to show


def test_a_stopped_export_is_never_made(world):
    job = export_tasks.request_export(
        world.coach, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    world.client_for(world.coach).post(f"{JOBS}{job.pk}/ta-bort/")
    export_tasks.make_export.call(job.pk)
    assert not ExportJob.objects.exists()
    assert not Notification.objects.filter(recipient=world.coach).exists()


def test_a_job_whose_owner_lost_every_role_fails_with_a_reason(world):
    job = export_tasks.request_export(
        world.analyst, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    SluiceRole.objects.filter(user=world.analyst).delete()
    export_tasks.make_export.call(job.pk)
    job.refresh_from_db()
    assert (job.status, job.failure, job.file.name) == ("failed", "access", "")
    [notification] = Notification.objects.filter(recipient=world.analyst)
    assert notification.subject == "Din export kunde inte göras: Idéer, CSV"
    assert notification.body == "Du får inte längre exportera de här idéerna."
    page = world.client_for(world.analyst).get(JOBS).content.decode()  # still their list
    assert "Kunde inte göras" in page


def test_the_list_asks_again_only_for_what_changed(world):
    job = export_tasks.request_export(
        world.coach, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    client = world.client_for(world.coach)
    page = client.get(JOBS).content.decode()
    seen = export_jobs.fingerprint(export_jobs.jobs_of(world.coach))
    assert f"?seen={seen}" in page
    polled = client.get(JOBS, {"seen": seen}, HTTP_HX_REQUEST="true")
    assert polled.status_code == 204  # nothing changed: the page is left as it is
    export_tasks.make_export.call(job.pk)
    polled = client.get(JOBS, {"seen": seen}, HTTP_HX_REQUEST="true")
    text = polled.content.decode()
    assert polled.status_code == 200 and text.lstrip().startswith('<div id="export-jobs">')
    assert "<h1>" not in text and "Klar" in text and "hx-trigger" not in text


def test_the_list_is_a_fixed_number_of_queries(world):
    client = world.client_for(world.coach)

    def count():
        _forget_roles(world.coach)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(JOBS).status_code == 200
        return len(captured)

    _made(world.coach)
    few = count()
    for _ in range(4):
        _made(world.coach)
    assert count() == few


# --- Retention ------------------------------------------------------------------------------


def test_purging_removes_expired_exports_with_their_files_and_stray_files(world):
    old, fresh = _made(world.coach), _made(world.coach)
    ExportJob.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    stray = default_storage.save("exports/bortglomd.csv", ContentFile(b"x"))
    recent_stray = default_storage.save("exports/nyss.csv", ContentFile(b"y"))
    nine_days_ago = (timezone.now() - timedelta(days=9)).timestamp()
    os.utime(default_storage.path(stray), (nine_days_ago, nine_days_ago))
    out = io.StringIO()
    call_command("purge_exports", stdout=out)
    assert out.getvalue().strip() == (
        "Failed 0 exports whose worker stopped; removed 1 expired exports and 1 stray files."
    )
    assert list(ExportJob.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert not default_storage.exists(old.file.name)
    assert default_storage.exists(fresh.file.name)
    assert not default_storage.exists(stray)
    assert default_storage.exists(recent_stray)  # perhaps a job saving it right now


def test_purging_an_empty_store_is_quiet(world):
    out = io.StringIO()
    call_command("purge_exports", stdout=out)
    assert out.getvalue().strip() == (
        "Failed 0 exports whose worker stopped; removed 0 expired exports and 0 stray files."
    )


def _abandoned(user) -> ExportJob:
    """A job its worker started, wrote part of, and then died on, over an hour ago."""
    job = export_tasks.request_export(
        user, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    job = export_tasks._start(job.pk)  # the worker's first step, as it takes the job
    assert default_storage.save(job.file.name, ContentFile(b"id;title\n1;Halv")) == job.file.name
    started = timezone.now() - export_jobs.LONGEST_RUN - timedelta(minutes=1)
    ExportJob.objects.filter(pk=job.pk).update(started_at=started)
    return job


def test_an_export_whose_worker_stopped_fails_its_owner_is_told_and_its_part_removed(world):
    lost = _abandoned(world.coach)
    part = lost.file.name
    running = export_tasks.request_export(
        world.analyst, what="ideas", format="xlsx", filters=export_tasks.exports.Filters()
    )
    export_tasks._start(running.pk)  # started just now: still being made
    out = io.StringIO()
    call_command("purge_exports", stdout=out)
    assert out.getvalue().startswith("Failed 1 exports whose worker stopped;")
    lost.refresh_from_db()
    assert (lost.status, lost.failure, lost.file.name) == ("failed", "error", "")
    assert not default_storage.exists(part)
    assert ExportJob.objects.get(pk=running.pk).status == "running"
    [notification] = Notification.objects.filter(recipient=world.coach)
    assert notification.subject == "Din export kunde inte göras: Idéer, CSV"
    assert "Kunde inte göras" in world.client_for(world.coach).get(JOBS).content.decode()
    assert "Görs nu" in world.client_for(world.analyst).get(JOBS).content.decode()


def test_a_lost_export_holds_no_place_among_those_waiting(world):
    client = world.client_for(world.analyst)
    lost = _abandoned(world.analyst)
    for _ in range(export_jobs.MAX_PENDING - 1):
        assert _ask(client).status_code == 302
    assert _ask(client).status_code == 302  # the lost one is failed, not counted
    assert ExportJob.objects.get(pk=lost.pk).status == "failed"
    assert _ask(client).status_code == 400  # three really waiting
