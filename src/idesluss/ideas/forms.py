from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import Form
from idesluss.organisations.models import Category, Organisation, Sluice
from idesluss.organisations.queries import organisation_ids_of, sluices_open_to

from .models import COMMENT_MAX_LENGTH, PROBLEM_MAX_LENGTH, TEXT_MAX_LENGTH, TOO_LONG, Visibility
from .uploads import MAX_FILES, check_upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_FILES:
            raise ValidationError(_("Attach at most %(count)s files.") % {"count": MAX_FILES})
        errors, cleaned = [], []
        for upload in files:
            try:
                check_upload(upload)
            except ValidationError as error:
                errors.extend(error.messages)
            cleaned.append(upload)
        if errors:
            raise ValidationError(errors)
        return cleaned


class IdeaForm(Form):
    """Lämna en idé. Only the problem is required: a problem alone is a valid submission."""

    sluice = forms.ModelChoiceField(queryset=Sluice.objects.none(), label=_("Sluice"))
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("I work at"), required=False
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("A short name for the idea. Leave it empty and we use the first words."),
    )
    problem = forms.CharField(
        label=_("What is the need or problem?"),
        max_length=PROBLEM_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Describe the need or problem."), "max_length": TOO_LONG},
    )
    solution = forms.CharField(
        label=_("Do you have a solution? (optional)"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": TOO_LONG},
    )
    beneficiaries = forms.CharField(
        label=_("Who would benefit? (optional)"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": TOO_LONG},
    )
    category = forms.ModelChoiceField(
        queryset=Category.objects.none(),
        label=_("Category (optional)"),
        required=False,
        empty_label=_("No category"),
    )
    visibility = forms.ChoiceField(
        label=_("Who may see the idea?"),
        choices=Visibility.choices,
        initial=Visibility.ORGANISATION,
        widget=forms.RadioSelect,
    )
    attachments = MultipleFileField(
        label=_("Attachments (optional)"),
        required=False,
        help_text=_("PDF, images, Office and OpenDocument files, text; at most 10 MB each."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        sluices = sluices_open_to(user)
        self.fields["sluice"].queryset = sluices
        self.fields["category"].queryset = Category.objects.filter(
            sluice__in=sluices
        ).select_related("sluice")
        self.fields["category"].label_from_instance = lambda c: f"{c.name} ({c.sluice.name})"
        organisations = Organisation.objects.filter(pk__in=organisation_ids_of(user))
        self.fields["organisation"].queryset = organisations
        if len(organisations) < 2:
            self.fields["organisation"].widget = forms.HiddenInput()
        sluice_list = list(sluices)
        if len(sluice_list) == 1:
            self.fields["sluice"].initial = sluice_list[0].pk

    def clean_problem(self):
        problem = self.cleaned_data["problem"].strip()
        if not problem:
            raise ValidationError(_("Describe the need or problem."))
        return problem

    def clean(self):
        cleaned = super().clean()
        sluice, category = cleaned.get("sluice"), cleaned.get("category")
        if sluice and category and category.sluice_id != sluice.pk:
            self.add_error("category", _("The category does not belong to the chosen sluice."))
        return cleaned


class CommentForm(Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write a comment."), "max_length": TOO_LONG},
    )
    internal = forms.BooleanField(
        label=_("Internal note: only the sluice's staff can read it"), required=False
    )

    def __init__(self, *args, can_write_internal: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_write_internal:
            del self.fields["internal"]


class DecisionForm(Form):
    to_stage = forms.TypedChoiceField(label=_("Move to stage"), coerce=int)
    rationale = forms.CharField(
        label=_("Rationale (the submitter reads it)"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Write the rationale: the submitter will read it."),
            "max_length": TOO_LONG,
        },
    )
    merged_into = forms.IntegerField(
        label=_("Merged into idea number (only when merging)"), required=False, min_value=1
    )
    from_stage = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, stages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = [(s.pk, s.name) for s in stages]
