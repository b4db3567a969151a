"""Forms of the sluice administrator's pages. They validate input; services.py does the writing."""

from dataclasses import dataclass

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import Form

from .models import Category, Organisation, Sluice, SluiceRole, Stage

FIRST_RESPONSE_MAX_DAYS = 365
STAGE_MAX_DAYS = 3650


def _days_message(max_days: int) -> str:
    return gettext("Enter a whole number of days from 1 to %(max)s.") % {"max": max_days}


# Lazy, so that the message is translated when shown, not when the module is imported.
days_message = lazy(_days_message, str)


def days_field(*, label, max_days, required=True, help_text=""):
    message = days_message(max_days)
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=1,
        max_value=max_days,
        help_text=help_text,
        error_messages={
            "required": message,
            "invalid": message,
            "min_value": message,
            "max_value": message,
        },
    )


def _name_messages(required):
    return {
        "required": required,
        "max_length": _("Use at most %(limit_value)d characters (now %(show_value)d)."),
    }


class SluiceForm(Form):
    """General settings: name, description, first-response time."""

    name = forms.CharField(
        label=_("Name"),
        max_length=Sluice._meta.get_field("name").max_length,
        error_messages=_name_messages(_("Give the sluice a name.")),
    )
    description = forms.CharField(
        label=_("Description (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown to everyone who may submit ideas to the sluice."),
    )
    first_response_days = days_field(
        label=_("Days to first response"),
        max_days=FIRST_RESPONSE_MAX_DAYS,
        help_text=_("How many days a new idea may wait for its first response."),
    )

    @classmethod
    def for_sluice(cls, sluice, data=None):
        return cls(
            data,
            prefix="general",
            initial={
                "name": sluice.name,
                "description": sluice.description,
                "first_response_days": sluice.first_response_days,
            },
        )


@dataclass
class CountyGroup:
    """The organisations of one county (or the others) as checkboxes."""

    name: str
    options: list[tuple[Organisation, bool]]

    @property
    def chosen(self) -> int:
        return sum(1 for _organisation, checked in self.options if checked)


def swedish_sort_key(text: str) -> str:
    """Sort Å, Ä and Ö after Z, in that order, as Swedish readers expect."""
    return text.casefold().translate(str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"}))


class MembersForm(Form):
    """The organisations that run the sluice, offered as checkboxes grouped by county."""

    organisations = forms.ModelMultipleChoiceField(
        label=_("Member organisations"),
        queryset=Organisation.objects.all(),
        error_messages={
            "required": _("Choose at least one member organisation."),
            "invalid_choice": _("One of the chosen organisations does not exist any more."),
            "invalid_pk_value": _("One of the chosen organisations does not exist any more."),
        },
    )

    def __init__(self, *args, all_organisations: list[Organisation], **kwargs):
        kwargs.setdefault("prefix", "members")
        super().__init__(*args, **kwargs)
        self.all_organisations = all_organisations

    def chosen_ids(self) -> set[str]:
        value = self["organisations"].value() or []
        return {str(getattr(item, "pk", item)) for item in value}

    def county_groups(self) -> list[CountyGroup]:
        """Counties alphabetically, the region first in each; organisations without one last."""
        chosen = self.chosen_ids()
        counties: dict[str, list[Organisation]] = {}
        others: list[Organisation] = []
        for organisation in self.all_organisations:
            if organisation.county_name:
                counties.setdefault(organisation.county_name, []).append(organisation)
            else:
                others.append(organisation)

        def order(organisation):
            is_region = organisation.kind == Organisation.Kind.REGION
            return (not is_region, swedish_sort_key(organisation.name))

        groups = [
            CountyGroup(name, [(o, str(o.pk) in chosen) for o in sorted(members, key=order)])
            for name, members in sorted(counties.items(), key=lambda i: swedish_sort_key(i[0]))
        ]
        if others:
            groups.append(
                CountyGroup(
                    str(_("Other organisations")),
                    [(o, str(o.pk) in chosen) for o in sorted(others, key=order)],
                )
            )
        return groups


class StageForm(Form):
    """Name, decision-maker gate and response time of a stage."""

    name = forms.CharField(
        label=_("Name"),
        max_length=Stage._meta.get_field("name").max_length,
        error_messages=_name_messages(_("Give the stage a name.")),
    )
    is_gate = forms.BooleanField(
        label=_("Only a decision maker may move an idea into this stage"), required=False
    )
    response_days = days_field(
        label=_("Days in the stage before the idea is overdue (optional)"),
        max_days=STAGE_MAX_DAYS,
        required=False,
    )

    @classmethod
    def for_stage(cls, stage, data=None):
        return cls(
            data,
            prefix="stage",
            initial={
                "name": stage.name,
                "is_gate": stage.is_gate,
                "response_days": stage.response_days,
            },
        )


class NewStageForm(StageForm):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=Stage.Kind.choices,
        initial=Stage.Kind.ACTIVE,
        help_text=_(
            "A stage in progress is placed after the other stages in progress, "
            "before the outcome states."
        ),
    )
    field_order = ["name", "kind", "is_gate", "response_days"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "new-stage")
        super().__init__(*args, **kwargs)


class CategoryForm(Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=Category._meta.get_field("name").max_length,
        error_messages=_name_messages(_("Give the category a name.")),
    )


class RoleForm(Form):
    """Give a role to a person who already has an account, found by e-mail address."""

    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The person must have logged in to Idésluss at least once."),
        error_messages={
            "required": _("Enter the person's e-mail address."),
            "invalid": _("Enter a valid e-mail address."),
        },
    )
    role = forms.ChoiceField(label=_("Role"), choices=SluiceRole.Role.choices)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "role")
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise ValidationError(
                _(
                    "Nobody with the e-mail address %(email)s has an account here. Ask the person "
                    "to log in once, then try again."
                ),
                params={"email": email},
            )
        self.cleaned_data["user"] = user
        return email
