"""What a view may ask about an htmx request beyond what django-htmx tells."""

from urllib.parse import urlsplit

from django.http import QueryDict


def changed_from_page(request, name: str) -> bool:
    """Whether htmx asks with another value of the parameter `name` than the address of the
    page that asks – which hx-push-url keeps equal to the last answer's – holds. A filter form
    uses it to learn that its sluice was changed, for htmx names the form, not the field, that
    set off the request. False for a whole page."""
    if not request.htmx or not request.htmx.current_url:
        return False
    shown = QueryDict(urlsplit(request.htmx.current_url).query).get(name, "")
    return shown != request.GET.get(name, "")
