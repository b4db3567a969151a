"""Exports made in the background: the job, who may fetch its file, and which exports wait.

A large export, or a large Excel file, does not fit in a web request (gunicorn's time limit):
the page queues an ExportJob, the worker writes the file (insights.export_tasks), and the person
who asked downloads it from their own list of exports, through a view that checks – at every
download – that they still may export what the file holds. Files are kept RETENTION, then removed.
See docs/architecture.md, "Exports".
"""

import hashlib
from dataclasses import asdict
from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from idesluss.core.ids import parse_id
from idesluss.organisations.queries import organisation_ids_of, staff_sluice_ids

from . import exports

# How long a finished file is kept for its owner to download.
RETENTION = timedelta(days=7)
# Up to this many ideas walked, the page answers with the file itself; past it, a job is queued
# (gunicorn gives a request 30 s). CSV is streamed as it is read, some 7,000 ideas (or their
# decisions) a second on a busy machine: 50,000 end within about 7 s. XLSX is written whole before
# its first byte is sent, some 2,400 rows a second: 5,000 make one wait about 2 s.
DIRECT_IDEAS = {"csv": 50_000, "xlsx": 5_000}
# Exports one person may have waiting or being made at once: the worker serves everybody.
MAX_PENDING = 3
# An export still being made this long after it started has lost its worker (a million ideas
# as XLSX take some eight minutes): it is failed (export_tasks.fail_abandoned).
LONGEST_RUN = timedelta(hours=1)
# The latest exports shown on one's list (older ones expire within RETENTION anyway).
LISTED = 50


def streams_directly(user, what: str, format: str, filters: exports.Filters) -> bool:
    """Whether the export is answered in the request (else it is queued): it walks at most
    DIRECT_IDEAS[format] ideas, counted no further than that."""
    limit = DIRECT_IDEAS[format]
    return exports.ideas_to_walk(user, what, filters, limit=limit) <= limit


class ExportJob(models.Model):
    """One person's request for an export, and the file the worker made for it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Being made")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be made")

    PENDING = (Status.QUEUED, Status.RUNNING)

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs"
    )
    what = models.CharField(max_length=20, choices=list(exports.WHAT.items()))
    format = models.CharField(max_length=10, choices=list(exports.FORMATS.items()))
    # exports.Filters as JSON (ids and ISO dates), and the names the person chose them by.
    filters = models.JSONField(default=dict)
    filter_names = models.JSONField(default=dict)
    language = models.CharField(max_length=10)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    # Why a job failed: "access" (the person may no longer export) or "error" (see the log).
    failure = models.CharField(max_length=10, blank=True)
    # Set when the worker starts, before it writes: a crash leaves a name that purging finds.
    file = models.FileField(upload_to="exports/", max_length=300, blank=True)
    file_name = models.CharField(max_length=100, blank=True)
    size = models.PositiveBigIntegerField(null=True, blank=True)
    rows = models.PositiveBigIntegerField(null=True, blank=True)
    # What reading the file requires, as it was when it was made (access_needed).
    access = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()

    class Meta:
        app_label = "insights"
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["requested_by", "created_at"], name="export_job_owner"),
            models.Index(fields=["expires_at"], name="export_job_expiry"),
        ]

    def __str__(self):
        return f"{self.what}.{self.format} for {self.requested_by_id}"

    @property
    def is_pending(self) -> bool:
        return self.status in self.PENDING

    def export_filters(self) -> exports.Filters:
        """The filters the person chose, as exports.Filters."""
        values = dict(self.filters)
        for name in ("start", "end"):
            if values.get(name):
                values[name] = date.fromisoformat(values[name])
        return exports.Filters(**values)

    def chosen(self) -> list[tuple[str, str]]:
        """(label, value) of each filter chosen, in the active language, for the list page."""
        labels = {
            "sluice": _("Sluice"),
            "organisation": _("Organisation"),
            "stage": _("Stage"),
            "category": _("Category"),
        }
        found = [
            (str(label), self.filter_names[name])
            for name, label in labels.items()
            if self.filter_names.get(name)
        ]
        start, end = self.filters.get("start"), self.filters.get("end")
        if start or end:
            found.append((str(_("Period")), f"{start or '…'} – {end or '…'}"))
        return found


def filters_as_json(filters: exports.Filters) -> dict:
    """exports.Filters as what a JSONField holds."""
    values = asdict(filters)
    for name in ("start", "end"):
        values[name] = values[name].isoformat() if values[name] else None
    return values


# --- Who may fetch a file ----------------------------------------------------------------------


def access_needed(user, filters: exports.Filters) -> dict:
    """What the user's export draws on, to be held again by whoever downloads it: the sluices
    whose ideas it may hold, those of them whose submitters it names (the user is staff there),
    and – where the user is not staff – the organisations whose members see more ideas."""
    sluices = exports.sluice_ids_exportable_by(user)
    if filters.sluice is not None:
        sluices &= {filters.sluice}
    staff = set(sluices) if user.is_superuser else sluices & staff_sluice_ids(user)
    organisations = set() if staff == sluices else set(organisation_ids_of(user))
    return {
        "sluices": sorted(sluices),
        "staff": sorted(staff),
        "organisations": sorted(organisations),
    }


def may_still_export(user, job: ExportJob) -> bool:
    """Whether the user still holds every role and membership that the file drew on: one who
    lost a sluice's role, or staff who became analyst there, may not fetch what it showed them."""
    if not user.is_active or not exports.can_export(user):
        return False
    if user.is_superuser:
        return True
    needed = job.access
    return (
        set(needed.get("sluices", ())) <= exports.sluice_ids_exportable_by(user)
        and set(needed.get("staff", ())) <= staff_sluice_ids(user)
        and set(needed.get("organisations", ())) <= organisation_ids_of(user)
    )


# --- Reads ----------------------------------------------------------------------------------


def jobs_of(user) -> list[ExportJob]:
    """The user's latest exports, newest first, each marked `downloadable`: one query, plus the
    user's roles and organisations (read once per request)."""
    jobs = list(ExportJob.objects.filter(requested_by=user)[:LISTED])
    for job in jobs:
        job.downloadable = job.status == ExportJob.Status.READY and may_still_export(user, job)
    return jobs


def fingerprint(jobs: list[ExportJob]) -> str:
    """A short digest of the list's state, so that a page asking again learns whether it changed."""
    state = ",".join(f"{job.pk}:{job.status}:{job.downloadable:d}" for job in jobs)
    return hashlib.sha256(state.encode()).hexdigest()[:16]


def get_job_for(user, pk) -> ExportJob:
    """The user's own export, or 404: nobody else learns that it exists."""
    pk = parse_id(pk)
    if pk is None:
        raise Http404
    return get_object_or_404(ExportJob, pk=pk, requested_by=user)


def pending_count(user) -> int:
    return ExportJob.objects.filter(requested_by=user, status__in=ExportJob.PENDING).count()
