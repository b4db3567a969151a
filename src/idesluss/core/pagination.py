"""Keyset pagination: the next page starts after the last row seen, never at an OFFSET.

Page 200 of a million ideas costs what page 1 costs: the database seeks to the cursor through
the ordering index instead of counting past every earlier row.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CURSOR_PARAMETER = "efter"
COUNT_LIMIT = 1000


def encode_cursor(created_at: datetime, pk: int) -> str:
    return f"{(created_at - EPOCH) // timedelta(microseconds=1)}-{pk}"


def decode_cursor(value: str | None) -> tuple[datetime, int] | None:
    """The (created_at, id) a cursor names, or None for a missing or malformed one."""
    if not value:
        return None
    microseconds, _, pk = value.partition("-")
    try:
        return EPOCH + timedelta(microseconds=int(microseconds)), int(pk)
    except (ValueError, OverflowError):
        return None


@dataclass
class KeysetPage:
    object_list: list
    next_cursor: str | None
    is_first: bool
    count: int | None = None
    count_is_capped: bool = False

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None


def keyset_page(
    queryset, cursor: str | None, *, per_page: int, newest_first: bool = True, count: bool = False
) -> KeysetPage:
    """One page of `queryset` ordered by creation (newest or oldest first), after `cursor`.

    With `count`, also counts the rows, up to COUNT_LIMIT: an exact total of a million visible
    ideas would cost more than the page itself.
    """
    direction = "-" if newest_first else ""
    ordered = queryset.order_by(f"{direction}created_at", f"{direction}id")
    position = decode_cursor(cursor)
    page_rows = ordered
    if position is not None:
        created_at, pk = position
        if newest_first:
            page_rows = ordered.filter(created_at__lte=created_at).exclude(
                Q(created_at=created_at) & Q(id__gte=pk)
            )
        else:
            page_rows = ordered.filter(created_at__gte=created_at).exclude(
                Q(created_at=created_at) & Q(id__lte=pk)
            )
    rows = list(page_rows[: per_page + 1])
    next_cursor = None
    if len(rows) > per_page:
        rows = rows[:per_page]
        next_cursor = encode_cursor(rows[-1].created_at, rows[-1].pk)
    page = KeysetPage(object_list=rows, next_cursor=next_cursor, is_first=position is None)
    if count:
        total = queryset.order_by().values("pk")[: COUNT_LIMIT + 1].count()
        page.count, page.count_is_capped = min(total, COUNT_LIMIT), total > COUNT_LIMIT
    return page
