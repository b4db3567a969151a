"""The life of an export job: asked for on the page, made by the worker, removed when it expires.

Each write is one transaction with its audit event; the worker's tasks go through the database
task queue (django-tasks), stored in the same transaction as the write that asks for them, as the
follow-up reminders and the e-mails are. See docs/architecture.md, "Exports".
"""

import logging
import secrets
import tempfile
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django_tasks import task

from idesluss.audit.services import record
from idesluss.notifications.services import notify

from . import exports
from .export_jobs import (
    LONGEST_RUN,
    MAX_PENDING,
    RETENTION,
    ExportJob,
    access_needed,
    filters_as_json,
    pending_count,
)

logger = logging.getLogger("idesluss.exports")
FOLDER = "exports"


@transaction.atomic
def request_export(
    user, *, what: str, format: str, filters: exports.Filters, filter_names: dict | None = None
) -> ExportJob:
    """Queue an export for the worker: the user may export, the values are sound, and fewer than
    MAX_PENDING of the user's exports wait. `filter_names` are the chosen filters' names."""
    if not exports.can_export(user):
        raise PermissionDenied
    if what not in exports.WHAT or format not in exports.FORMATS:
        raise ValidationError(_("Choose what to export and in which format."), code="invalid")
    exports.check_period(filters.start, filters.end)
    # One request at a time per person, so that two at once cannot both pass the limit.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()
    fail_abandoned(user)  # a job whose worker stopped holds no place
    if pending_count(user) >= MAX_PENDING:
        raise ValidationError(
            _(
                "You already have %(count)s exports waiting or being made. Wait until one is "
                "ready, or remove one, and ask again."
            )
            % {"count": MAX_PENDING},
            code="too_many",
        )
    now = timezone.now()
    job = ExportJob.objects.create(
        requested_by=user,
        what=what,
        format=format,
        filters=filters_as_json(filters),
        filter_names={name: str(value) for name, value in (filter_names or {}).items() if value},
        language=translation.get_language() or settings.LANGUAGE_CODE,
        created_at=now,
        expires_at=now + RETENTION,
    )
    make_export.enqueue(job.pk)
    # Not even made within the retention period (a worker that never ran): removed then.
    remove_expired_export.using(run_after=job.expires_at).enqueue(job.pk)
    record(user, "export.request", job, what=what, format=format, filters=job.filters)
    return job


class _Counted:
    """The rows, counted as they pass."""

    def __init__(self, rows):
        self.rows, self.count = rows, 0

    def __iter__(self):
        for row in self.rows:
            self.count += 1
            yield row


@task()
def make_export(job_id: int) -> None:
    """Write the job's file in the worker, with what its owner may export now, and tell them
    it is ready – or that it could not be made. Does nothing if the job left the queue."""
    job = _start(job_id)
    if job is None:
        return
    user = job.requested_by
    if not user.is_active or not exports.can_export(user):
        _fail(job, "access")
        return
    try:
        filters = job.export_filters()
        access = access_needed(user, filters)
        with translation.override(job.language):
            header, rows = exports.export_rows(user, job.what, filters)
            counted = _Counted(rows)
            with tempfile.TemporaryFile() as handle:
                exports.write(handle, job.what, job.format, header, counted)
                size = handle.tell()
                handle.seek(0)
                stored = default_storage.save(job.file.name, File(handle, name=job.file.name))
    except Exception:
        logger.exception("export job=%s failed", job.pk)
        default_storage.delete(job.file.name)
        _fail(job, "error")
        return
    _finish(job, stored, size=size, rows=counted.count, access=access)


def _start(job_id: int) -> ExportJob | None:
    """Take the job from the queue and name its file before writing it: if the worker dies, the
    name stays on the job and the file is removed with it."""
    with transaction.atomic():
        job = (
            ExportJob.objects.select_for_update(of=("self",))
            .select_related("requested_by")
            .filter(pk=job_id, status=ExportJob.Status.QUEUED)
            .first()
        )
        if job is None:  # removed by its owner, or taken already
            return None
        job.status = ExportJob.Status.RUNNING
        job.started_at = timezone.now()
        job.file.name = f"{FOLDER}/{secrets.token_urlsafe(24)}.{job.format}"
        job.file_name = (
            f"idesluss-{exports.FILE_NAMES[job.what]}-{timezone.localdate():%Y-%m-%d}.{job.format}"
        )
        job.save(update_fields=["status", "started_at", "file", "file_name"])
    return job


def _what(job: ExportJob) -> str:
    return f"{exports.SHEET_NAMES[job.what]}, {job.format.upper()}"


def _finish(job: ExportJob, stored: str, *, size: int, rows: int, access: dict) -> None:
    now = timezone.now()
    with transaction.atomic():
        updated = ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.RUNNING).update(
            status=ExportJob.Status.READY,
            file=stored,
            size=size,
            rows=rows,
            access=access,
            finished_at=now,
            expires_at=now + RETENTION,
        )
        if not updated:  # its owner removed it meanwhile: so goes the file
            transaction.on_commit(lambda: default_storage.delete(stored))
            return
        with translation.override(settings.LANGUAGE_CODE):
            notify(
                [job.requested_by],
                url=reverse("exports:jobs"),
                subject=_("Your export is ready: %(what)s") % {"what": _what(job)},
                body=_(
                    "The file holds %(rows)s rows (%(size)s). Download it from your exports "
                    "within %(days)s days; after that it is removed."
                )
                % {
                    "rows": number_format(rows, force_grouping=True),
                    "size": filesizeformat(size),
                    "days": RETENTION.days,
                },
            )
        remove_expired_export.using(run_after=now + RETENTION).enqueue(job.pk)
        record(None, "export.ready", job, rows=rows, size=size)


def _fail(job: ExportJob, failure: str) -> None:
    with transaction.atomic():
        updated = ExportJob.objects.filter(pk=job.pk, status=ExportJob.Status.RUNNING).update(
            status=ExportJob.Status.FAILED,
            failure=failure,
            file="",
            finished_at=timezone.now(),
        )
        if not updated:
            return
        with translation.override(settings.LANGUAGE_CODE):
            if failure == "access":
                reason = _("You may no longer export these ideas.")
            else:
                reason = _(
                    "Something went wrong while the file was made. Ask again, perhaps for fewer "
                    "ideas; if it fails again, tell your administrator."
                )
            notify(
                [job.requested_by],
                url=reverse("exports:jobs"),
                subject=_("Your export could not be made: %(what)s") % {"what": _what(job)},
                body=reason,
            )
        record(None, "export.fail", job, failure=failure)


def fail_abandoned(user=None, now=None) -> int:
    """Fail the exports (of `user`, else everyone's) still being made LONGEST_RUN after they
    started: their worker stopped. The owner is told as for any failure, and the part of the
    file written is removed. Returns how many."""
    started_before = (now or timezone.now()) - LONGEST_RUN
    jobs = ExportJob.objects.filter(
        status=ExportJob.Status.RUNNING, started_at__lte=started_before
    ).select_related("requested_by")
    if user is not None:
        jobs = jobs.filter(requested_by=user)
    abandoned = list(jobs)
    for job in abandoned:
        if job.file.name:
            default_storage.delete(job.file.name)
        _fail(job, "error")
    return len(abandoned)


# --- Removal --------------------------------------------------------------------------------


def _remove(job: ExportJob, actor=None) -> None:
    """The file first, then the job: a failure between leaves a job whose file is gone (a 404 on
    download, removed again later), never a file that nothing points to."""
    if job.file.name:
        default_storage.delete(job.file.name)
    with transaction.atomic():
        ExportJob.objects.filter(pk=job.pk).delete()
        record(actor, "export.remove", job, what=job.what, format=job.format)


def remove_export(user, job: ExportJob) -> None:
    """The owner removes their export (or stops one that waits) before it expires."""
    if job.requested_by_id != user.pk:
        raise PermissionDenied
    _remove(job, actor=user)


@task()
def remove_expired_export(job_id: int) -> None:
    """Remove the job and its file once it has expired; enqueued with `run_after` at its expiry
    (a job made later than asked for expires later, and a later task removes it)."""
    job = ExportJob.objects.filter(pk=job_id, expires_at__lte=timezone.now()).first()
    if job is not None:
        _remove(job)


def purge_expired(now=None) -> int:
    """Remove every export past its expiry, each with its file: what the tasks above do one by
    one, for a worker that was down. Returns how many were removed."""
    expired = list(ExportJob.objects.filter(expires_at__lte=now or timezone.now()))
    for job in expired:
        _remove(job)
    return len(expired)


def sweep_stray_files(now=None) -> int:
    """Remove the files in the exports folder that no job names and that are older than the
    retention period (a job deleted with its user, a worker killed while saving)."""
    try:
        _folders, names = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        return 0
    known = set(ExportJob.objects.exclude(file="").values_list("file", flat=True))
    before = (now or timezone.now()) - RETENTION - timedelta(days=1)
    removed = 0
    for name in names:
        path = f"{FOLDER}/{name}"
        if path not in known and default_storage.get_modified_time(path) < before:
            default_storage.delete(path)
            removed += 1
    return removed
