"""Limit/offset pagination with the total and links to the neighbouring pages."""

from typing import Any

from django.http import QueryDict
from ninja import Field, Schema
from ninja.pagination import PaginationBase

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


class LinkedPagination(PaginationBase):
    """`?limit=&offset=`; the answer carries `count`, `next` and `previous` (absolute URLs)."""

    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=2**31)

    class Output(Schema):
        count: int
        next: str | None
        previous: str | None
        items: list[Any]

    def paginate_queryset(self, queryset, pagination: Input, request, **params):
        limit, offset = pagination.limit, pagination.offset
        count = queryset.count()  # Django leaves out the unused annotations and joins
        items = list(queryset[offset : offset + limit])
        following = offset + limit if offset + limit < count else None
        preceding = max(offset - limit, 0) if offset > 0 else None
        return {
            "count": count,
            "next": _link(request, limit, following),
            "previous": _link(request, limit, preceding),
            "items": items,
        }


def _link(request, limit: int, offset: int | None) -> str | None:
    if offset is None:
        return None
    query: QueryDict = request.GET.copy()
    query["limit"], query["offset"] = str(limit), str(offset)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
