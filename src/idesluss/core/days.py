"""Days are Swedish days: a period from one date to another covers those days in Sweden,
whatever time zone a request or a worker runs in."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def start_of(day: date) -> datetime:
    """Midnight at the start of the day, in Sweden."""
    return datetime.combine(day, time.min, tzinfo=local_zone())


def bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The days as timestamps: from the first day's midnight to the midnight after the last."""
    return start_of(start), start_of(end + timedelta(days=1))
