"""GET /api/v1/ideas?q=… and POST /api/v1/similar: Swedish search, visibility, bad input."""

import json

import pytest

from idesluss.accounts.models import ApiToken
from idesluss.ideas.models import Visibility

from ..factories import IdeaFactory, stage
from .helpers import OPERATORS, OTHER_INPUT, PARAPHRASE, SYNTAX, WRAPPED, idea, winter_ideas

pytestmark = pytest.mark.django_db

API = "/api/v1"


def _search(world, user, **params):
    response = world.client_for(user).get(f"{API}/ideas", params)
    assert response.status_code == 200, response.content
    return response.json()


def _titles(body):
    return [item["title"] for item in body["items"]]


def _similar(world, user, body, *, raw=None, headers=None):
    client = world.client_for(user)
    data = raw if raw is not None else json.dumps(body)
    return client.post(
        f"{API}/similar", data, content_type="application/json", headers=headers or {}
    )


@pytest.fixture
def home(world):
    return {
        "aldreboende": idea(
            world, "Nytt äldreboende i Skövde", "Äldreboendet vid torget är fullt."
        ),
        "hemtjanst": idea(
            world, "Mer tid för personal i hemtjänsten", organisation=world.lidkoping
        ),
        **winter_ideas(world),
    }


# --- GET /ideas?q= -------------------------------------------------------------------------


def test_q_finds_inflections_compounds_and_synonyms(world, home):
    assert _titles(_search(world, world.colleague, q="äldreboendet")) == [
        "Nytt äldreboende i Skövde"
    ]
    assert _titles(_search(world, world.colleague, q="hemtjänstpersonal")) == [
        "Mer tid för personal i hemtjänsten"
    ]
    assert _titles(_search(world, world.colleague, q="aldreboende")) == [
        "Nytt äldreboende i Skövde"
    ]
    assert _search(world, world.colleague, q="och det att")["items"] == []


def test_q_combines_with_the_other_filters(world, home):
    body = _search(world, world.coach, q="äldreboende", organisation=world.lidkoping.pk)
    assert body == {"count": 0, "count_is_capped": False, "next": None, "items": []}
    body = _search(world, world.coach, q="hemtjänst", organisation=world.lidkoping.pk)
    assert _titles(body) == ["Mer tid för personal i hemtjänsten"] and body["count"] == 1


def test_q_finds_only_what_the_caller_may_see(world, home):
    hidden = [
        idea(world, "Äldreboende privat", visibility=Visibility.PRIVATE),
        idea(
            world,
            "Äldreboende i Lidköping",
            organisation=world.lidkoping,
            visibility="organisation",
        ),
        IdeaFactory(
            title="Äldreboende i Helsingborg",
            problem="",
            organisation=world.helsingborg,
            visibility=Visibility.ORGANISATION,
        ),
    ]
    public = IdeaFactory(title="Äldreboende för alla", problem="", visibility=Visibility.PUBLIC)
    seen = _titles(_search(world, world.colleague, q="äldreboende"))
    assert sorted(seen) == ["Nytt äldreboende i Skövde", public.title]
    assert not {h.title for h in hidden} & set(seen)
    assert _titles(_search(world, None, q="äldreboende")) == [public.title]


def test_a_token_holder_searches_what_its_user_may_see(world, home, client):
    _token, raw = ApiToken.issue(world.outsider, "tests")
    response = client.get(
        f"{API}/ideas", {"q": "äldreboende"}, headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 200 and response.json()["items"] == []


@pytest.mark.parametrize("q", SYNTAX + OTHER_INPUT + OPERATORS + ["äldre\x00boende", "\x00"])
def test_q_never_breaks_on_odd_text(world, home, q):
    _search(world, world.coach, q=q)


@pytest.mark.parametrize("q", WRAPPED)
def test_q_finds_a_word_wrapped_in_search_syntax(world, home, q):
    assert "Nytt äldreboende i Skövde" in _titles(_search(world, world.coach, q=q))


def test_q_longer_than_ten_thousand_characters_is_refused(world, home):
    response = world.client_for(world.coach).get(f"{API}/ideas", {"q": "ä" * 10_001})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "q"] and error["type"] == "string_too_long"
    assert "10000" in error["msg"]


# --- POST /similar -------------------------------------------------------------------------


def test_similar_returns_the_twin_with_what_a_client_needs(world, home):
    # Which of two close ideas ranks first is measured on the evaluation sets
    # (make bench-similar), not pinned here: here, the twin is found and described.
    response = _similar(world, world.colleague, {"text": PARAPHRASE, "limit": 2})
    assert response.status_code == 200
    results = response.json()["results"]
    assert 1 <= len(results) <= 2
    twin = home["twin"]
    [first] = [result for result in results if result["id"] == twin.pk]
    assert first == {
        "id": twin.pk,
        "title": twin.title,
        "organisation": "Skövde",
        "stage": "Inkommen",
        "done": False,
        "score": first["score"],
        "url": f"http://testserver{twin.get_absolute_url()}",
    }
    assert 0 < first["score"] <= 1


def test_similar_marks_what_is_already_done(world):
    done = idea(
        world,
        "Digital incheckning i hemtjänsten",
        "Personalen checkar in hos brukaren med mobilen.",
        organisation=world.lidkoping,
        stage=stage(world.sluice, "Införd"),
    )
    text = "Hemtjänstpersonalen borde checka in digitalt hos vårdtagaren"
    [first, *_] = _similar(world, world.colleague, {"text": text}).json()["results"]
    assert (first["id"], first["done"], first["organisation"]) == (done.pk, True, "Lidköping")


def test_similar_defaults_to_five_and_respects_the_limit(world):
    for number in range(8):
        idea(world, f"Fler platser på äldreboendet {number}", "Kön till äldreboende växer.")
    text = "Äldreboendet har för få platser och kön växer"
    assert len(_similar(world, world.colleague, {"text": text}).json()["results"]) == 5
    assert len(_similar(world, world.colleague, {"text": text, "limit": 1}).json()["results"]) == 1
    everything = _similar(world, world.colleague, {"text": text, "limit": 20}).json()["results"]
    assert len(everything) == 8


def test_similar_respects_visibility(world):
    text = (
        "Ploga cykelbanorna före sju",
        "Cyklister fastnar i snön eftersom cykelbanorna röjs efter bilvägarna.",
    )
    network = idea(world, f"{text[0]} (nätverket)", text[1], organisation=world.lidkoping)
    private = idea(world, f"{text[0]} (privat)", text[1], visibility=Visibility.PRIVATE)
    helsingborg = IdeaFactory(
        title=f"{text[0]} (Helsingborg)",
        problem=text[1],
        organisation=world.helsingborg,
        visibility=Visibility.ORGANISATION,
    )
    public = IdeaFactory(title=f"{text[0]} (publik)", problem=text[1], visibility="public")
    body = {"text": PARAPHRASE, "limit": 20}
    seen = {r["id"] for r in _similar(world, world.colleague, body).json()["results"]}
    assert {network.pk, public.pk} <= seen
    assert not {private.pk, helsingborg.pk} & seen
    anonymous = _similar(world, None, body).json()["results"]
    assert [r["id"] for r in anonymous] == [public.pk]
    outsider = {r["id"] for r in _similar(world, world.outsider, body).json()["results"]}
    assert outsider == {helsingborg.pk, public.pk}


@pytest.mark.parametrize(
    "text", ["", "   ", "och det att", *SYNTAX, *OTHER_INPUT, *OPERATORS, "x" * 100_000]
)
def test_similar_answers_odd_text_with_results_or_an_empty_list(world, home, text):
    response = _similar(world, world.colleague, {"text": text})
    assert response.status_code == 200
    assert isinstance(response.json()["results"], list)


def test_similar_without_words_finds_nothing(world, home):
    for text in ("", "och det att", "🚀🎉"):
        assert _similar(world, world.colleague, {"text": text}).json() == {"results": []}


@pytest.mark.parametrize(
    ("body", "loc", "kind"),
    [
        ({"text": "snö", "limit": 0}, ["body", "limit"], "greater_than_equal"),
        ({"text": "snö", "limit": 21}, ["body", "limit"], "less_than_equal"),
        ({"text": "snö", "limit": "x"}, ["body", "limit"], "int_parsing"),
        ({"text": "snö", "limit": -1}, ["body", "limit"], "greater_than_equal"),
        ({"limit": 5}, ["body", "text"], "missing"),
        ({"text": None}, ["body", "text"], "string_type"),
        ({"text": 5}, ["body", "text"], "string_type"),
        ({"text": "x" * 100_001}, ["body", "text"], "string_too_long"),
    ],
)
def test_similar_refuses_bad_fields_in_the_house_format(world, body, loc, kind):
    response = _similar(world, world.colleague, body)
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == loc and error["type"] == kind
    assert error["msg"]  # a sentence, in Swedish


def test_similar_refuses_a_null_character_in_the_house_format(world):
    response = _similar(world, world.colleague, {"text": "ploga\x00cykelbanorna"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "text"]


def test_similar_refuses_a_body_that_is_not_json(world):
    response = _similar(world, world.colleague, None, raw='{"text": "snö"')
    assert response.status_code == 400
    assert response.json()["detail"][0]["loc"] == ["body"]
