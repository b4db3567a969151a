"""The dashboards' filters: read from the URL (GET), so that a view can be shared as a link."""

from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import NOT_A_DATE, DateInput, Form, Select
from idesluss.organisations.models import Unit

from .queries import Filters

# A longer period is refused: the monthly chart and the database would gain nothing from it.
MAX_YEARS = 20
MIN_YEAR = 1990


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last twelve months: from the first day of the month eleven months ago to today."""
    today = today or timezone.localdate()
    month_index = today.year * 12 + today.month - 1 - 11
    return date(month_index // 12, month_index % 12 + 1, 1), today


class FilterForm(Form):
    """Period (from, to), organisation, unit and category; every value is optional."""

    def __init__(self, data, *, scope):
        super().__init__(data)
        self.scope = scope
        self.fields["from"] = forms.DateField(
            label=_("From"),
            required=False,
            input_formats=["%Y-%m-%d"],
            widget=DateInput(),
            error_messages={"invalid": NOT_A_DATE},
        )
        self.fields["to"] = forms.DateField(
            label=_("To"),
            required=False,
            input_formats=["%Y-%m-%d"],
            widget=DateInput(),
            error_messages={"invalid": NOT_A_DATE},
        )
        invalid = {"invalid_choice": _("Choose one of the listed values.")}
        self.organisations = []
        if scope.kind != "organisation":
            self.organisations = list(scope.organisations())
            self.fields["organisation"] = forms.TypedChoiceField(
                label=_("Organisation"),
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", _("All"))] + [(o.pk, o.name) for o in self.organisations],
                error_messages=invalid,
                widget=Select,
            )
        self.units = self._units(data)
        if self.units or data.get("unit"):
            self.fields["unit"] = forms.TypedChoiceField(
                label=_("Unit"),
                required=False,
                coerce=int,
                empty_value=None,
                choices=[("", _("All"))] + [(u.pk, u.name) for u in self.units],
                widget=Select,
                error_messages={
                    "invalid_choice": _("Choose one of the units of the chosen organisation.")
                },
            )
        self.category_names = scope.categories()
        self.fields["category"] = forms.ChoiceField(
            label=_("Category"),
            required=False,
            choices=[("", _("All"))] + [(name, name) for name in self.category_names],
            error_messages=invalid,
            widget=Select,
        )

    def _units(self, data) -> list[Unit]:
        """The units of the chosen organisation (or of the dashboard's organisation)."""
        if self.scope.kind == "organisation":
            organisation_id = self.scope.organisation.pk
        else:
            chosen = (data.get("organisation") or "").strip()
            known = {str(o.pk): o.pk for o in self.organisations}
            organisation_id = known.get(chosen)
        if organisation_id is None:
            return []
        return list(Unit.objects.filter(organisation_id=organisation_id).order_by("name"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        for name, day in (("from", start), ("to", end)):
            if day is not None and not MIN_YEAR <= day.year <= 2100:
                self.add_error(
                    name, _("Choose a year from %(first)s to 2100.") % {"first": MIN_YEAR}
                )
        if self.errors:
            return cleaned
        default_end = default_period()[1]
        end = end or (default_end if start is None or start <= default_end else start)
        if start is None:
            start = default_period(end)[0]
        if start > end:
            raise ValidationError(_("The period must begin before it ends: change From or To."))
        if end - start > timedelta(days=366 * MAX_YEARS):
            raise ValidationError(
                _("Choose a period of at most %(years)s years.") % {"years": MAX_YEARS}
            )
        cleaned["from"], cleaned["to"] = start, end
        return cleaned

    def filters(self) -> Filters:
        """The checked filters (call after is_valid())."""
        data = self.cleaned_data
        organisation_id = data.get("organisation")
        unit_id = data.get("unit")
        return Filters(
            start=data["from"],
            end=data["to"],
            organisation=next((o for o in self.organisations if o.pk == organisation_id), None),
            unit=next((u for u in self.units if u.pk == unit_id), None),
            category=data.get("category") or "",
        )
