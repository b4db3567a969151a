from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
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


class Select(forms.Select):
    """Django's Select with its options written out in Python rather than a template each: the
    same HTML, but a filter of the network's 311 organisations took 15 ms to render, a fifth of
    the network dashboard's time. For the long lists of the filter forms."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = []
        for group, options, _index in widget["optgroups"]:
            rendered = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (option["value"], flatatt(option["attrs"]), option["label"])
                    for option in options
                ),
            )
            if group:
                rendered = format_html('<optgroup label="{}">{}</optgroup>', group, rendered)
            groups.append(rendered)
        return format_html(
            '<select name="{}"{}>{}</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            mark_safe("".join(groups)),  # noqa: S308 – each part escaped by format_html
        )
