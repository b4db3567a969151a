"""The period a figure covers: Swedish days, both ends included, and the ideas of it."""

from datetime import date, timedelta

from django.db.models import Q

from idesluss.core.days import bounds, local_zone, start_of

__all__ = ["bounds", "local_zone", "months_of", "of_ideas", "received", "start_of"]


def received(ideas, *, start: date, end: date):
    """The ideas received in the period."""
    since, until = bounds(start, end)
    return ideas.filter(created_at__gte=since, created_at__lt=until)


def months_of(start: date, end: date) -> list[date]:
    """The first day of every month the period touches."""
    months, month = [], start.replace(day=1)
    while month <= end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def of_ideas(ideas, lookup: str = "idea") -> Q:
    """Rows that belong to one of the ideas: no condition at all when the queryset is every idea
    (the network), so that the database need not match a million ids."""
    if not ideas.query.where:
        return Q()
    return Q(**{f"{lookup}__in": ideas.order_by().values("pk")})
