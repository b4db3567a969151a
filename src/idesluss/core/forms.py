from django import forms
from django.core.exceptions import ValidationError


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
