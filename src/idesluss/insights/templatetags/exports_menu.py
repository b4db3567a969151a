"""Whether the main menu offers Exportera: insights.exports decides, from the roles already read
for the request (no query)."""

from django import template

from idesluss.insights import exports

register = template.Library()


@register.simple_tag(takes_context=True)
def may_export(context) -> bool:
    request = context.get("request")
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated and exports.can_export(user)
