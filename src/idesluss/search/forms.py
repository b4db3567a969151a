from django import forms
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import Form, Select

SORTS = [("relevans", _("Relevance")), ("datum", _("Newest first"))]


class SearchForm(Form):
    """The search page's words and filters, read from the query string.

    Choices are the sluices, organisations, stages and categories the user may see, so an id
    from elsewhere is refused with a message rather than searched.
    """

    q = forms.CharField(label=_("Search for"), required=False, max_length=10_000, strip=True)
    sluice = forms.ModelChoiceField(label=_("Sluice"), queryset=None, required=False)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=None, required=False, widget=Select
    )
    stage = forms.ModelChoiceField(label=_("Stage"), queryset=None, required=False)
    category = forms.ModelChoiceField(label=_("Category"), queryset=None, required=False)
    submitted_from = forms.DateField(
        label=_("Submitted from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    submitted_to = forms.DateField(
        label=_("Submitted up to and including"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    sort = forms.ChoiceField(label=_("Order"), choices=SORTS, required=False)

    def __init__(self, *args, sluices, organisations, stages, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sluice"].queryset = sluices
        self.fields["organisation"].queryset = organisations
        self.fields["stage"].queryset = stages
        self.fields["category"].queryset = categories
        for name in ("sluice", "organisation", "stage", "category"):
            self.fields[name].empty_label = _("All")
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})

    def clean(self):
        data = super().clean()
        start, end = data.get("submitted_from"), data.get("submitted_to")
        if start and end and start > end:
            self.add_error("submitted_to", _("The end of the period is before its start."))
        return data


class SimilarForm(Form):
    """What someone has written so far of a new idea."""

    title = forms.CharField(required=False, max_length=10_000)
    problem = forms.CharField(required=False, max_length=100_000)
    solution = forms.CharField(required=False, max_length=100_000)

    def text(self) -> str:
        if not self.is_valid():
            return ""
        return "\n".join(self.cleaned_data[name] for name in ("title", "problem", "solution"))
