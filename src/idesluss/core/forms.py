from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def apply_errors(form, error: ValidationError, field: str | None = None) -> None:
    """Put a service's ValidationError on the form: by the field it names, else on `field`."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else field, errors)
    else:
        form.add_error(field, error.messages)


class Form(forms.Form):
    """A form whose labels carry no colon: many of ours are questions ("Vem får se idén?")."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


NOT_A_DATE = _("Enter a date as YYYY-MM-DD, for example 2025-03-31.")


class DateInput(forms.DateInput):
    """The browser's date picker, which sends and shows YYYY-MM-DD."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")
