"""The export page (/insikter/export/): a GET form whose submission is the download itself, so
that an export can be repeated from a bookmark."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import NOT_A_DATE, DateInput, Form, apply_errors
from idesluss.organisations.models import Category, Organisation, Stage

from . import exports


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


@login_required
def export(request):
    """Export ideas, decisions or outcomes as CSV or Excel, within the chosen filters."""
    if not exports.can_export(request.user):
        raise PermissionDenied
    form = ExportForm(request.GET or None, user=request.user)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        return exports.download(request.user, data["what"], data["format"], form.filters())
    status = 400 if form.is_bound else 200
    return render(request, "insights/exports/export.html", {"form": form}, status=status)
