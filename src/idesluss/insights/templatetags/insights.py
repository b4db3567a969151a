"""Numbers as Swedes read them: 1 300, 12,5 dagar, 45 %."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def count(value) -> str:
    """A whole number with the language's grouping (a no-break space in Swedish)."""
    if value is None:
        return "–"
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


@register.filter
def days(value) -> str:
    """Days with one decimal where there is one: 3, 12,5."""
    if value is None:
        return "–"
    places = 0 if float(value).is_integer() else 1
    return number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)


@register.filter
def percent(share) -> str:
    """A share (0–1) as a whole percentage."""
    if share is None:
        return "–"
    return f"{number_format(round(share * 100), decimal_pos=0, use_l10n=True)}\u00a0%"


@register.filter
def amount(value) -> str:
    """An amount with at most two decimals, grouped."""
    if value is None:
        return "–"
    places = 0 if value == value.to_integral_value() else 2
    return number_format(value, decimal_pos=places, use_l10n=True, force_grouping=True)
