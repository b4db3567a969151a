"""Similar ideas: what a new idea's text resembles among the ideas the caller may see."""

from ninja import Field, Router, Schema

from idesluss.search.queries import similar_ideas

from .auth import ANYONE
from .schemas import Message, Problems, _text

router = Router(tags=["search"])


class SimilarIn(Schema):
    text: _text(100_000) = Field(description="The new idea's text so far: title, problem, …")
    limit: int = Field(5, ge=1, le=20, description="At most this many results (1–20).")


class SimilarIdea(Schema):
    id: int
    title: str
    organisation: str = Field(description="The organisation the idea comes from.")
    stage: str = Field(description="Its stage now.")
    done: bool = Field(description="Implemented or spread: already done there.")
    score: float = Field(description="How alike, from 0 to 1.")
    url: str = Field(description="The idea's page.")


class SimilarOut(Schema):
    results: list[SimilarIdea]


@router.post(
    "/similar",
    response={200: SimilarOut, 400: Problems, 401: Message, 422: Problems},
    auth=ANYONE,
    summary="Ideas like a text, best first",
    description="For a text such as a new idea being written, the ideas most like it that the "
    "caller may see (anonymous callers: public ideas). Swedish words are matched by stem, "
    "compound parts and synonyms, å/ä/ö or not.",
)
def similar(request, payload: SimilarIn):
    found = similar_ideas(request.user, payload.text, limit=payload.limit)
    return {
        "results": [
            {
                "id": item.idea.pk,
                "title": item.idea.title,
                "organisation": item.idea.organisation.name,
                "stage": item.idea.stage.name,
                "done": item.idea.stage.is_done,
                "score": item.score,
                "url": request.build_absolute_uri(item.idea.get_absolute_url()),
            }
            for item in found
        ]
    }
