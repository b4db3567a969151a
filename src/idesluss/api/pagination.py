"""Cursor pagination for the API, the same keyset pagination as the pages use.

`?limit=&cursor=`: the answer carries `count` (exact up to COUNT_LIMIT, then capped and
flagged), `next` (an absolute URL, or null on the last page) and the items, newest first.
"""

from typing import Any

from django.http import QueryDict
from ninja import Field, Schema
from ninja.pagination import PaginationBase

from idesluss.core.pagination import keyset_page

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class CursorPagination(PaginationBase):
    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
        cursor: str | None = Field(None, max_length=64, description="`next` of the previous page")

    class Output(Schema):
        count: int
        count_is_capped: bool
        next: str | None
        items: list[Any]

    def paginate_queryset(self, queryset, pagination: Input, request, **params):
        page = keyset_page(queryset, pagination.cursor, per_page=pagination.limit, count=True)
        return {
            "count": page.count,
            "count_is_capped": page.count_is_capped,
            "next": link(request, pagination.limit, page.next_cursor),
            "items": page.object_list,
        }


def link(request, limit: int, cursor: str | None) -> str | None:
    """The absolute address of the page at `cursor`, the request's other parameters kept."""
    if cursor is None:
        return None
    query: QueryDict = request.GET.copy()
    query["limit"], query["cursor"] = str(limit), cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
