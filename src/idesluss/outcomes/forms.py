"""The forms read what is typed. The rules of each kind live in the models' clean(): the forms
run it on what they could read, so that a page lists every problem at once, and the services run
it again for the pages and the API alike, in the same words."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import NOT_A_DATE, DateInput, Form
from idesluss.ideas.models import TEXT_MAX_LENGTH, TOO_LONG
from idesluss.ideas.uploads import check_upload

from .models import NOTE_MAX_LENGTH, Benefit, Outcome
from .validators import NOT_A_NUMBER


def _date_field(label, **kwargs):
    return forms.DateField(
        label=label,
        widget=DateInput,
        error_messages={
            "required": _("Give the date."),
            "invalid": NOT_A_DATE,
        },
        **kwargs,
    )


class NumberField(forms.DecimalField):
    """A number as Swedes write it, "1 500,50", as well as "1500.50"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = "".join(value.split())  # thousands grouped with spaces, non-breaking too
        return super().to_python(value)


def _number_field(label, *, max_digits, help_text="", required=True, **kwargs):
    # Localised, so that the comma is the decimal sign; a text box, because a number box
    # refuses the comma in some browsers.
    return NumberField(
        label=label,
        max_digits=max_digits,
        decimal_places=2,
        localize=True,
        required=required,
        help_text=help_text,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        error_messages={"required": NOT_A_NUMBER, "invalid": NOT_A_NUMBER},
        **kwargs,
    )


class OutcomeForm(Form):
    kind = forms.ChoiceField(
        label=_("What did the idea produce?"),
        choices=Outcome.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the idea produced.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("For example the product's, service's or company's name."),
        error_messages={"required": _("Name the outcome.")},
    )
    date = _date_field(_("Date achieved"))
    description = forms.CharField(
        label=_("Description (optional)"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": TOO_LONG},
    )
    evidence_url = forms.URLField(
        label=_("Link to the evidence"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_(
            "A decision, an agreement, a register entry or a report. A link, a file or both."
        ),
    )
    evidence_file = forms.FileField(
        label=_("Evidence as a file"),
        required=False,
        # Not ClearableFileInput: there is nothing to clear, and it could answer False.
        widget=forms.FileInput,
        help_text=_("PDF, images, Office and OpenDocument files, text; at most 10 MB."),
    )
    organisation_number = forms.CharField(
        label=_("Organisation number (new company)"),
        max_length=20,
        required=False,
        help_text=_("NNNNNN-NNNN, as in the Swedish Companies Registration Office's register."),
    )
    registration_number = forms.CharField(
        label=_("Registration number (patent, design protection or licence)"),
        max_length=50,
        required=False,
        help_text=_("As the patent or design office gives it, for example SE 545 123."),
    )
    amount = _number_field(
        _("Amount (measured saving)"), max_digits=14, required=False, min_value=0
    )
    amount_unit = forms.ChoiceField(
        label=_("Unit of the saving"),
        choices=[("", _("Choose a unit")), *Outcome.AmountUnit.choices],
        required=False,
    )

    def clean_evidence_file(self):
        upload = self.cleaned_data.get("evidence_file")
        if upload:
            check_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        evidence_named = bool(cleaned.get("evidence_file")) or "evidence_file" in self.errors
        draft = Outcome(
            kind=cleaned.get("kind") or "",
            date=cleaned.get("date"),
            evidence_url=cleaned.get("evidence_url") or "",
            evidence_name="-" if evidence_named else "",
            organisation_number=(cleaned.get("organisation_number") or "").strip(),
            registration_number=(cleaned.get("registration_number") or "").strip(),
            amount=cleaned.get("amount"),
            amount_unit=cleaned.get("amount_unit") or "",
        )
        _add_model_errors(self, draft)
        return cleaned


def _add_model_errors(form, draft) -> None:
    """The model's own rules (its clean()) on what the form could read, so that the page lists
    every problem at once. The service checks them again: the rule lives in the model."""
    try:
        draft.clean()
    except ValidationError as error:
        for field, errors in error.error_dict.items():
            if field not in form.errors:
                form.add_error(field, errors)


class BenefitForm(Form):
    name = forms.CharField(
        label=_("What is measured?"),
        max_length=200,
        help_text=_("For example: time spent on paper forms per month."),
        error_messages={"required": _("Name the benefit.")},
    )
    unit = forms.ChoiceField(
        label=_("Unit"),
        choices=Benefit.Unit.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a unit.")},
    )
    custom_unit = forms.CharField(
        label=_("Name of the unit (another unit)"), max_length=50, required=False
    )
    baseline = _number_field(
        _("Baseline"), max_digits=16, help_text=_("The value before the change.")
    )
    target = _number_field(_("Target"), max_digits=16, help_text=_("The value you aim for."))
    implemented_on = _date_field(
        _("Implemented on"),
        help_text=_("Follow-ups fall due 6 and 12 months after this date."),
    )

    def clean(self):
        cleaned = super().clean()
        draft = Benefit(unit=cleaned.get("unit"), custom_unit=cleaned.get("custom_unit") or "")
        _add_model_errors(self, draft)
        return cleaned


class MeasurementForm(Form):
    measured_on = _date_field(_("Measured on"))
    value = _number_field(_("Measured value"), max_digits=16)
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=NOTE_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": TOO_LONG},
    )
