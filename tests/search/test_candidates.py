"""How similar ideas are looked for in a large network: when every word of a draft is in many
ideas, the ideas sharing several of them are asked for, not all those sharing one; and the
index question works wherever the ideas' table appears in a query."""

from collections import Counter

import pytest

from idesluss.ideas.models import Idea
from idesluss.search import analysis, queries
from idesluss.search.backends import Any, Matching, Rank

from .helpers import idea, similar

pytestmark = pytest.mark.django_db

DRAFT = "Scheman i hemtjänsten på papper. Digitala scheman i mobilen för personalen."


@pytest.fixture
def crowded(world, monkeypatch):
    """Many ideas that each hold one or two words of DRAFT, and one that holds them all; the
    bounds shrunk so that this small corpus behaves as a national one does. The twin is the
    oldest: taking the newest ideas that share a word would miss it."""
    monkeypatch.setattr(queries, "COMMON_SHARE", 1.0)
    monkeypatch.setattr(queries, "MOST_MATCHES", 8)
    monkeypatch.setattr(queries, "CANDIDATES", 5)
    monkeypatch.setattr(queries, "RERANKED", 5)
    twin = idea(
        world,
        "Digitalt schema för hemtjänstens personal",
        "Personalen i hemtjänsten får scheman på papper; ett digitalt schema i mobilen.",
    )
    one_word = [
        "Scheman för vaktmästarna",
        "Hemtjänsten behöver bilar",
        "Mobilen laddas ur",
        "Papper i skrivaren tar slut",
        "Personalen saknar rum",
        "Digitala möten",
    ]
    for number in range(24):
        title = one_word[number % len(one_word)]
        idea(world, f"{title} {number}", f"{title}, anteckning nummer {number}.")
    for number in range(6):
        idea(world, f"Scheman och personalen {number}", "Scheman och personalen i köket.")
    return twin


def test_a_twin_among_ideas_sharing_single_words_is_found_first(world, crowded):
    assert similar(world.colleague, DRAFT)[0] == crowded.title


def test_the_candidates_are_bounded_by_the_ideas_sharing_several_words(world, crowded):
    counts = Counter(analysis.terms(DRAFT))
    weights, documents = queries._rarity(counts)
    found = queries._candidates(Idea.objects.all(), weights, documents)
    assert len(found) == queries.CANDIDATES
    assert crowded.pk in found


def test_a_level_estimates_the_ideas_holding_a_group_of_its_terms():
    documents = {queries.TOTAL: 1000, "a": 100, "b": 200, "c": 500}
    expression, estimate = queries._level(["a", "b", "c"], 1, documents)
    assert estimate == pytest.approx(800)
    expression, estimate = queries._level(["a", "b", "c"], 2, documents)
    assert estimate == pytest.approx(20 + 50 + 100)  # 1000·0.1·0.2 + 0.1·0.5 + 0.2·0.5
    assert len(expression.parts) == 3


def test_a_level_keeps_its_groups_few(monkeypatch):
    monkeypatch.setattr(queries, "MOST_GROUPS", 10)
    documents = {queries.TOTAL: 1000} | dict.fromkeys("abcdefghij", 10)
    expression, _ = queries._level(list("abcdefghij"), 3, documents)
    assert len(expression.parts) == 10  # five terms: ten groups of three
    assert {term for group in expression.parts for term in group.parts} == set("abcde")


def test_matching_works_inside_a_subquery(world):
    wanted = idea(world, "Laddstolpar vid äldreboendet")
    idea(world, "Fler parkbänkar")
    inner = Idea.objects.filter(Matching(Any(("laddstolp", "nonexistent"))))
    assert list(Idea.objects.filter(pk__in=inner.values("pk"))) == [wanted]


def test_candidates_come_by_the_weight_of_the_terms_they_hold_on_both_databases(world):
    rare = idea(world, "Laddstolpar vid simhallen")  # the oldest, holding the rarest term
    idea(world, "Simhallen och sporthallen")
    idea(world, "Sporthallen, simhallen och ishallen")  # the newest, holding the most terms
    [charging], [swimming], [sports], [ice] = (
        analysis.query_words(word) for word in ("laddstolpar", "simhall", "sporthall", "ishall")
    )
    weights = {charging.stem: 5.0, swimming.stem: 1.0, sports.stem: 1.0, ice.stem: 1.0}
    ranked = (
        Idea.objects.filter(Matching(Any(tuple(weights))))
        .annotate(rank=Rank(weights))
        .order_by("-rank", "-created_at")
        .values_list("title", "rank")
    )
    assert list(ranked) == [
        (rare.title, 6.0),
        ("Sporthallen, simhallen och ishallen", 3.0),
        ("Simhallen och sporthallen", 2.0),
    ]
