"""The export page (/insikter/export/) and one's own exports (/insikter/export/filer/).

The form is sent with GET, so that an export can be repeated from a bookmark: a small export is
the answer itself (CSV streamed as it is read), a large one gets a page that offers to make it in
the background – a POST, since it writes – and the file is then fetched from one's own exports.
Where the line goes: export_jobs.DIRECT_IDEAS, explained in docs/architecture.md, "Exports".
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from idesluss.audit.services import record
from idesluss.core.forms import NOT_A_DATE, DateInput, Form, apply_errors
from idesluss.organisations.models import Category, Organisation, Stage

from . import export_jobs, export_tasks, exports

FILTERS = ("sluice", "organisation", "stage", "category")


def _grouped(rows, sluice_names: dict[int, str]) -> list:
    """(sluice, [(id, name), …]) choices, so that each sluice's stages stand under its name."""
    groups: dict[int, list] = {}
    for pk, name, sluice_id in rows:
        groups.setdefault(sluice_id, []).append((pk, name))
    return [(sluice_names[sluice_id], choices) for sluice_id, choices in groups.items()]


class ExportForm(Form):
    what = forms.ChoiceField(
        label=_("What to export"), choices=list(exports.WHAT.items()), widget=forms.RadioSelect
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=list(exports.FORMATS.items()), widget=forms.RadioSelect
    )

    def __init__(self, data, *, user):
        super().__init__(data, initial={"what": "ideas", "format": "csv"})
        sluices = list(exports.sluices_exportable_by(user))
        names = {sluice.pk: sluice.name for sluice in sluices}
        everything = [("", _("All"))]

        def choice(label, choices, help_text=""):
            return forms.TypedChoiceField(
                label=label,
                required=False,
                coerce=int,
                empty_value=None,
                choices=everything + choices,
                help_text=help_text,
                error_messages={"invalid_choice": _("Choose one of the listed values.")},
            )

        organisations = Organisation.objects.filter(sluices__in=sluices).distinct()
        stages = Stage.objects.filter(sluice__in=sluices).order_by("sluice__name", "position")
        categories = Category.objects.filter(sluice__in=sluices).order_by("sluice__name", "name")
        self.fields["sluice"] = choice(_("Sluice"), [(s.pk, s.name) for s in sluices])
        self.fields["organisation"] = choice(
            _("Organisation"), list(organisations.order_by("name").values_list("pk", "name"))
        )
        self.fields["stage"] = choice(
            _("Stage"), _grouped(stages.values_list("pk", "name", "sluice_id"), names)
        )
        self.fields["category"] = choice(
            _("Category"), _grouped(categories.values_list("pk", "name", "sluice_id"), names)
        )
        for name, label in (("from", _("From")), ("to", _("Up to and including"))):
            self.fields[name] = forms.DateField(
                label=label,
                required=False,
                input_formats=["%Y-%m-%d"],
                widget=DateInput(),
                error_messages={"invalid": NOT_A_DATE},
            )
        self.fields["from"].help_text = _(
            "Ideas by the day they came in, decisions by the day they were taken, outcomes by "
            "the day they were achieved."
        )

    def clean(self):
        data = super().clean()
        try:
            exports.check_period(data.get("from"), data.get("to"))
        except ValidationError as error:
            apply_errors(self, error)
        return data

    def filter_names(self) -> dict[str, str]:
        """The names of the chosen sluice, organisation, stage and category."""
        names = {}
        for name in FILTERS:
            chosen = self.cleaned_data.get(name)
            if chosen is None:
                continue
            for value, label in self.fields[name].choices:  # a sluice's group of stages, or one
                for pk, text in label if isinstance(label, list | tuple) else [(value, label)]:
                    if pk == chosen:
                        names[name] = str(text)
        return names

    def hidden_values(self) -> list[tuple[str, str]]:
        """The submitted values, to be sent again by the page that offers a background export."""
        return [(name, self.data.get(name, "")) for name in self.fields]

    def filters(self) -> exports.Filters:
        data = self.cleaned_data
        return exports.Filters(
            sluice=data["sluice"],
            organisation=data["organisation"],
            stage=data["stage"],
            category=data["category"],
            start=data["from"],
            end=data["to"],
        )


def _exporter(request):
    if not exports.can_export(request.user):
        raise PermissionDenied


@login_required
def export(request):
    """Export ideas, decisions or outcomes as CSV or Excel, within the chosen filters: at once if
    the export is small, else made in the background (POST) and listed under one's exports."""
    _exporter(request)
    if request.method == "POST":
        return _queue(request)
    form = ExportForm(request.GET or None, user=request.user)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = form.filters()
        if export_jobs.streams_directly(request.user, data["what"], data["format"], filters):
            return exports.download(request.user, data["what"], data["format"], filters)
        labels = {name: form.fields[name].label for name in FILTERS}
        context = {
            "form": form,
            "limit": export_jobs.DIRECT_IDEAS[data["format"]],
            "format": data["format"],
            "what_label": exports.WHAT[data["what"]],
            "format_label": exports.FORMATS[data["format"]],
            "chosen": [(labels[name], value) for name, value in form.filter_names().items()],
            "retention_days": export_jobs.RETENTION.days,
        }
        return render(request, "insights/exports/queue.html", context)
    return _form_page(request, form, status=400 if form.is_bound else 200)


def _form_page(request, form, *, status: int):
    context = {
        "form": form,
        "direct": export_jobs.DIRECT_IDEAS,
        "retention_days": export_jobs.RETENTION.days,
    }
    return render(request, "insights/exports/export.html", context, status=status)


def _queue(request):
    form = ExportForm(request.POST, user=request.user)
    if form.is_valid():
        data = form.cleaned_data
        try:
            export_tasks.request_export(
                request.user,
                what=data["what"],
                format=data["format"],
                filters=form.filters(),
                filter_names=form.filter_names(),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(
                request,
                gettext(
                    "Your export is being made. You get a notification and an e-mail when it is "
                    "ready to download here."
                ),
            )
            return redirect("exports:jobs")
    return _form_page(request, form, status=400)


@login_required
def jobs(request):
    """Mina exporter: the exports made in the background, waiting, ready or failed. While one
    is waiting, htmx asks for the list again every few seconds (the partial alone)."""
    found = export_jobs.jobs_of(request.user)
    if not found and not exports.can_export(request.user):
        raise PermissionDenied
    fingerprint = export_jobs.fingerprint(found)
    if request.htmx and request.GET.get("seen") == fingerprint:
        return HttpResponse(status=204)  # nothing changed: htmx leaves the page (and focus) be
    context = {
        "jobs": found,
        "pending": any(job.is_pending for job in found),
        "fingerprint": fingerprint,
        "retention_days": export_jobs.RETENTION.days,
    }
    template = "insights/exports/_jobs.html" if request.htmx else "insights/exports/jobs.html"
    return render(request, template, context)


@login_required
def download(request, pk: int):
    """The file of one's own finished export, while one still may export what it holds: for
    anyone else it does not exist (404)."""
    job = export_jobs.get_job_for(request.user, pk)
    if job.status != export_jobs.ExportJob.Status.READY or not job.file:
        raise Http404
    if not export_jobs.may_still_export(request.user, job):
        return render(request, "insights/exports/withdrawn.html", {"job": job}, status=403)
    try:
        handle = job.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    record(request.user, "export.download", job)
    content_type = exports.XLSX_TYPE if job.format == "xlsx" else "text/csv; charset=utf-8"
    return FileResponse(
        handle, as_attachment=True, filename=job.file_name, content_type=content_type
    )


@login_required
@require_POST
def remove(request, pk: int):
    """Remove one's own export (or stop one that waits) before it expires."""
    job = export_jobs.get_job_for(request.user, pk)
    export_tasks.remove_export(request.user, job)
    messages.success(request, gettext("The export is removed."))
    if exports.can_export(request.user) or export_jobs.jobs_of(request.user):
        return redirect("exports:jobs")
    return redirect("home")  # one who may no longer export, with no exports left
