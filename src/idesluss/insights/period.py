"""The period a figure covers: Swedish days, both ends included, and the ideas of it."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q


def local_zone() -> ZoneInfo:
    """Days are Swedish days, whatever time zone a request runs in."""
    return ZoneInfo(settings.TIME_ZONE)


def bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The period as timestamps: from the first day's midnight to the midnight after the last."""
    zone = local_zone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


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
