"""Background exports end to end: the page queues, the real worker (`idesluss worker`, batch mode)
makes the file and sends the e-mail, the owner downloads it, and the file is removed when it
expires. The worker opens its own database connections, so these tests commit for real (see
tests/notifications/test_worker.py); time passing is a queue row's `run_after` moved to the past.
"""

import io
from datetime import timedelta

import openpyxl
import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from idesluss.audit.models import AuditEvent
from idesluss.insights import export_jobs, export_tasks
from idesluss.insights.export_jobs import ExportJob
from idesluss.notifications.models import Notification
from idesluss.organisations.models import SluiceRole

from ..factories import IdeaFactory, stage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

URL = "/insikter/export/"
JOBS = "/insikter/export/filer/"


def _work():
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def _removals():
    return DBTaskResult.objects.filter(task_path=export_tasks.remove_expired_export.module_path)


def _time_passes_until_expiry(job):
    """The job's retention is over: its removal tasks are due."""
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    _removals().update(run_after=timezone.now() - timedelta(seconds=1))


def test_a_coach_asks_for_a_large_excel_file_and_downloads_it_when_it_is_ready(world, monkeypatch):
    monkeypatch.setitem(export_jobs.DIRECT_IDEAS, "xlsx", 1)
    testing = stage(world.sluice, "Testa")
    wanted = [
        IdeaFactory(sluice=world.sluice, organisation=world.skovde, stage=testing) for _ in range(3)
    ]
    IdeaFactory(sluice=world.sluice, organisation=world.skovde)  # another stage
    client = world.client_for(world.coach)
    choice = {"what": "ideas", "format": "xlsx", "stage": testing.pk}

    # The form's Download offers the background; its button asks for it.
    offer = client.get(URL, choice)
    assert "Gör exporten i bakgrunden" in offer.content.decode()
    assert client.post(URL, choice)["Location"] == JOBS
    assert mail.outbox == []  # nothing is made inside the request
    [job] = ExportJob.objects.all()
    assert "Väntar" in client.get(JOBS).content.decode()

    _work()
    job.refresh_from_db()
    assert (job.status, job.rows) == ("ready", 3)
    assert job.expires_at - job.finished_at == timedelta(days=7)
    # The owner hears it in the application and by e-mail, from the same worker run.
    [notification] = Notification.objects.filter(recipient=world.coach)
    assert notification.subject == "Din export är klar: Idéer, XLSX"
    [message] = [m for m in mail.outbox if m.to == ["kim@skovde.se"]]
    assert message.subject == "[Idésluss] Din export är klar: Idéer, XLSX"
    assert f"http://127.0.0.1:8000{JOBS}" in message.body

    page = client.get(JOBS).content.decode()
    assert "Klar" in page and "3 rader" in page and "hx-trigger" not in page
    response = client.get(f"{JOBS}{job.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == export_tasks.exports.XLSX_TYPE
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = workbook.active.iter_rows(values_only=True)
    assert header[0] == "Idénummer"
    assert sorted(row[0] for row in rows) == sorted(idea.pk for idea in wanted)

    # Seven days later the worker removes the file and the job; the download is gone.
    assert _removals().count() == 2  # at the request, and again once made
    _time_passes_until_expiry(job)
    _work()
    assert not ExportJob.objects.exists()
    assert not default_storage.exists(job.file.name)
    assert client.get(f"{JOBS}{job.pk}/").status_code == 404
    assert AuditEvent.objects.filter(action="export.remove", target_id=str(job.pk)).exists()


def test_one_who_loses_the_role_before_downloading_cannot_fetch_the_file(world):
    client = world.client_for(world.analyst)
    assert client.post(URL, {"what": "decisions", "format": "csv"}).status_code == 302
    _work()
    [job] = ExportJob.objects.all()
    assert job.status == "ready"
    SluiceRole.objects.filter(user=world.analyst).delete()
    response = client.get(f"{JOBS}{job.pk}/")
    assert response.status_code == 403
    assert "Exporten kan inte längre hämtas" in response.content.decode()
    # The file is still removed at its time.
    _time_passes_until_expiry(job)
    _work()
    assert not default_storage.exists(job.file.name)


def test_one_who_loses_the_role_before_the_worker_runs_gets_no_file(world):
    client = world.client_for(world.analyst)
    client.post(URL, {"what": "ideas", "format": "xlsx"})
    SluiceRole.objects.filter(user=world.analyst).delete()
    _work()
    [job] = ExportJob.objects.all()
    assert (job.status, job.failure, job.file.name) == ("failed", "access", "")
    assert [m.subject for m in mail.outbox if m.to == ["ana@lidkoping.se"]] == [
        "[Idésluss] Din export kunde inte göras: Idéer, XLSX"
    ]
    assert not default_storage.exists("exports") or not default_storage.listdir("exports")[1]


def test_a_job_that_breaks_fails_cleanly_and_the_next_one_is_made(world):
    broken = export_tasks.request_export(
        world.coach, what="ideas", format="csv", filters=export_tasks.exports.Filters()
    )
    # Filters no page would send (stored by hand): the job must fail, not hang or leave a file.
    ExportJob.objects.filter(pk=broken.pk).update(filters={"start": "inte ett datum"})
    sound = export_tasks.request_export(
        world.coach, what="outcomes", format="csv", filters=export_tasks.exports.Filters()
    )
    _work()
    broken.refresh_from_db()
    sound.refresh_from_db()
    assert (broken.status, broken.failure) == ("failed", "error")
    assert sound.status == "ready"
    _folders, names = default_storage.listdir("exports")
    assert [f"exports/{name}" for name in names] == [sound.file.name]  # nothing left behind
    subjects = sorted(n.subject for n in Notification.objects.filter(recipient=world.coach))
    assert subjects == [
        "Din export kunde inte göras: Idéer, CSV",
        "Din export är klar: Resultat, CSV",
    ]
    page = world.client_for(world.coach).get(JOBS).content.decode()
    assert "Något gick fel: beställ igen, kanske för färre idéer." in page


def test_an_export_stopped_before_the_worker_runs_is_never_made(world):
    client = world.client_for(world.coach)
    client.post(URL, {"what": "ideas", "format": "csv"})
    [job] = ExportJob.objects.all()
    client.post(f"{JOBS}{job.pk}/ta-bort/")
    _work()
    assert not ExportJob.objects.exists()
    assert not Notification.objects.filter(recipient=world.coach).exists()
    assert mail.outbox == []
