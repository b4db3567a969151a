"""Search and similar ideas, over what the user may see, ranked alike on both databases.

The database's full-text index finds the candidates (search.backends); Python ranks them with
BM25 (how rare each matched term is across all ideas, from search.models.Term, and how long the
idea is), so that PostgreSQL and SQLite order results the same way.
"""

import heapq
import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from idesluss.core.pagination import keyset_page
from idesluss.ideas.queries import ideas_visible_to

from . import analysis
from .backends import All, Any, Matching, Rank
from .models import TOTAL, Document, Term

# BM25's constants; an idea's length is compared with a fixed typical length.
K1, B, TYPICAL_LENGTH = 1.2, 0.75, 60
TITLE_BOOST = 1.5  # a term in the title says more about the idea than one in the text
LONGEST_QUERY = 4000  # characters read of a query or a draft: enough to know what it is about
MOST_WORDS = 12  # words of a search that must all match
RELEVANCE_POOL = 500  # the newest matches ranked by relevance
CANDIDATES = 200  # ideas a similar-ideas request ranks
TELLING_TERMS = 10  # the rarest terms of a draft that look for candidates
COMMON_SHARE = 0.2  # a term in more than this share of ideas tells little;
FEWEST_COMMON = 50  # but in a young sluice, a few ideas holding a term is no reason to skip it
MOST_POSTINGS = 100_000  # ideas the index reads for the telling terms together, at most
MOST_MATCHES = 2000  # ideas expected to share the terms asked for, at most (see _candidates)
MOST_GROUPS = 45  # groups of terms in one question to the index
RERANKED = 20  # the best by terms that trigrams weigh again
TRIGRAM_WEIGHT = 1.0  # measured on the evaluation set (tests/bench/similar.py)
SHORTEST_RESPELLED = 6  # letters of a word: shorter ones are too alike to guess at
LETTERS = "abcdefghijklmnopqrstuvwxyz"  # of folded Swedish (å, ä and ö fold to a and o)


def _rarity(terms, discounted: str = "") -> tuple[dict[str, float], dict[str, int]]:
    """Each known term's weight (BM25's inverse document frequency) and document count; the
    `discounted` document's terms (an indexed idea's own) are counted as if it were not there."""
    counts = dict(Term.objects.filter(term__in={*terms, TOTAL}).values_list("term", "documents"))
    total = counts.pop(TOTAL, 0)
    if discounted:
        total -= 1
        for term in set(discounted.split()) & counts.keys():
            counts[term] -= 1
    counts = {term: n for term, n in counts.items() if n > 0}
    weights = {term: math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in counts.items()}
    return weights, counts | {TOTAL: total}


def _score(weights: dict[str, float], terms: str, title_terms: str, length: int) -> float:
    held, in_title = set(terms.split()), set(title_terms.split())
    saturation = (K1 + 1) / (1 + K1 * (1 - B + B * length / TYPICAL_LENGTH))
    return saturation * sum(
        weight * (TITLE_BOOST if term in in_title else 1.0)
        for term, weight in weights.items()
        if term in held
    )


def _documents(pks) -> dict[int, tuple[str, str, int]]:
    """The indexed terms, title terms and length of each of the ideas, by key."""
    rows = Document.objects.filter(idea_id__in=list(pks)).values_list(
        "idea_id", "terms", "title_terms", "length"
    )
    return {pk: (terms, title, length) for pk, terms, title, length in rows}


def _ideal_score(weights: dict[str, float]) -> float:
    """The score of an idea of typical length holding every term in its title: 1.0 of a match."""
    return (K1 + 1) / (1 + K1) * TITLE_BOOST * sum(weights.values()) or 1.0


def highlight(text: str, terms: set[str], *, around: int | None = None) -> SafeString:
    """The text escaped, each word whose terms meet `terms` in <mark>; with `around`, only a
    passage of about that many characters, from a little before the first match."""
    text = unicodedata.normalize("NFC", text)  # "ä" pasted as a + ¨ is one letter to mark
    marks = [
        (match.start(), match.end())
        for match in analysis.WORD.finditer(text)
        if terms.intersection(analysis.terms(match.group()))
    ]
    start, end = 0, len(text)
    if around and len(text) > around:
        start = max(0, marks[0][0] - around // 4) if marks else 0
        if start:
            start = text.find(" ", start) + 1 or start
        end = min(len(text), start + around)
        end = text.rfind(" ", start, end) if end < len(text) and " " in text[start:end] else end
    html, position = [], start
    for mark_start, mark_end in marks:
        if mark_start < start or mark_end > end:
            continue
        html += [escape(text[position:mark_start]), "<mark>", escape(text[mark_start:mark_end])]
        html.append("</mark>")
        position = mark_end
    html.append(escape(text[position:end]))
    return mark_safe(("… " if start else "") + "".join(html) + (" …" if end < len(text) else ""))


@dataclass
class Hit:
    idea: object
    score: float
    title: SafeString
    snippet: SafeString


@dataclass
class Results:
    hits: list[Hit]
    count: int
    count_is_capped: bool
    next_cursor: str | None = None  # newest first: keyset pagination (includes/pagination)
    is_first: bool = True
    next_page: int | None = None  # by relevance: pages of the ranked pool
    page: int = 1
    respelled: list[str] = field(default_factory=list)  # words as typed, searched respelled

    @property
    def has_next(self) -> bool:
        return self.next_cursor is not None


def _either(terms: tuple[str, ...]):
    return terms[0] if len(terms) == 1 else Any(terms)


def _expression(words: list[analysis.QueryWord]):
    """Every word must match, as itself (its group's term, or a synonym's own stem) or as all
    of its compound parts (each as its stem or its group's term)."""
    parts = [
        Any((*w.whole_terms, All(tuple(map(_either, w.part_terms)))))
        if w.parts
        else _either(w.whole_terms)
        for w in words
    ]
    return All(tuple(parts))


def containing(ideas, text: str):
    """`ideas` narrowed to those holding every word of `text` (none if it has no words)."""
    words = analysis.query_words(text[:LONGEST_QUERY])[:MOST_WORDS]
    return ideas.filter(Matching(_expression(words))) if words else ideas.none()


def search(
    user,
    text: str,
    *,
    ideas=None,
    newest_first=False,
    cursor=None,
    page=1,
    per_page=20,
    respell=True,
):
    """The ideas (of `ideas`, else all the user may see) that hold every word of `text`, best
    first or newest first. Without any text, all of them, newest first.

    When nothing is found and a word is held by no idea and is no Swedish word either – a
    misspelling, "hemtjänsen" – it is searched as the term one letter away that most ideas
    hold ("hemtjänsten"), and `Results.respelled` names the words as typed; `respell=False`
    searches for the words as they are."""
    text = text[:LONGEST_QUERY]
    words = analysis.query_words(text)[:MOST_WORDS]
    if text.strip() and not words:  # only stop words, emoji, punctuation: nothing to look for
        return Results([], 0, False)
    ideas = ideas_visible_to(user) if ideas is None else ideas
    pages = {"newest_first": newest_first, "cursor": cursor, "page": page, "per_page": per_page}
    results, ranked, marked = _matching(ideas, words, **pages)
    if respell and words and not results.count:
        respelled, typed = _respelled(words, text)
        if typed:
            results, ranked, marked = _matching(ideas, respelled, **pages)
            results.respelled = typed if results.count else []
    shown = ideas.model.objects.select_related(
        "sluice", "stage", "organisation", "category"
    ).in_bulk([pk for _, pk in ranked])
    results.hits = [
        Hit(
            idea,
            round(min(score, 1.0), 3),
            highlight(idea.title, marked),
            highlight(idea.problem, marked, around=240),
        )
        for score, pk in ranked
        if (idea := shown.get(pk))
    ]
    return results


def _matching(ideas, words, *, newest_first, cursor, page, per_page):
    """One page of the ideas holding every word (of all, without words): the Results without
    their hits, the (score, key) of the page's ideas, and the terms to mark."""
    found = ideas.filter(Matching(_expression(words))) if words else ideas
    marked = {term for word in words for term in word.terms}
    if newest_first or not words:
        page_of = keyset_page(found, cursor, per_page=per_page, count=True)
        ranked = [(0.0, idea.pk) for idea in page_of.object_list]
        results = Results(
            [], page_of.count, page_of.count_is_capped, page_of.next_cursor, page_of.is_first
        )
        return results, ranked, marked
    # The newest matches (their keys: one table, which the database walks newest first when
    # matches are many, or finds through the index when they are few), ranked here by their
    # terms; then one page of ideas.
    weights, _ = _rarity(marked)
    ideal = _ideal_score(weights)
    pool = list(
        found.order_by("-created_at", "-id").values_list("pk", flat=True)[: RELEVANCE_POOL + 1]
    )
    capped = len(pool) > RELEVANCE_POOL
    documents = _documents(pool[:RELEVANCE_POOL])
    scored = sorted(
        (
            (_score(weights, *documents[pk]) / ideal, position, pk)
            for position, pk in enumerate(pool[:RELEVANCE_POOL])
            if pk in documents
        ),
        key=lambda item: (-item[0], item[1]),  # equally good: newest first
    )
    page = max(1, page)
    ranked = [(score, pk) for score, _, pk in scored[(page - 1) * per_page : page * per_page]]
    more = len(scored) > page * per_page
    results = Results([], len(scored), capped, next_page=page + 1 if more else None, page=page)
    return results, ranked, marked


def _respelled(words: list[analysis.QueryWord], text: str):
    """The words with each misspelling replaced (see search), and the misspelled words as
    typed. A word is taken for misspelled if no idea holds it (nor all its compound parts),
    it is no word of the Swedish word list, and it has SHORTEST_RESPELLED letters or more.
    Its replacement is the term, held by the most ideas, of a word one letter away."""
    known = set(
        Term.objects.filter(
            term__in={term for word in words for term in word.terms}, documents__gt=0
        ).values_list("term", flat=True)
    )
    typed = {}  # stem → the word folded, and as written
    for match in analysis.WORD.finditer(text):
        folded = analysis.fold(match.group())
        typed.setdefault(analysis.stem(folded), (folded, match.group()))
    nearby = {}  # position of a misspelled word → as written, the terms of words a letter away
    for position, word in enumerate(words):
        folded, written = typed.get(word.own_stem or word.stem, ("", ""))
        if (
            len(folded) >= SHORTEST_RESPELLED
            and folded.isalpha()
            and not _held(word, known)
            and folded not in analysis.lexicon()
        ):
            terms = {analysis.terms_of_word(near)[0] for near in _one_letter_away(folded)}
            nearby[position] = (written, terms)
    held = dict(
        Term.objects.filter(
            term__in=set().union(*(terms for _, terms in nearby.values())) - {TOTAL},
            documents__gt=0,
        ).values_list("term", "documents")
    )
    respelled, replaced = list(words), []
    for position, (written, terms) in nearby.items():
        best = min(((-held[term], term) for term in terms if term in held), default=None)
        if best:
            respelled[position] = analysis.QueryWord(best[1])
            replaced.append(written)
    return respelled, replaced


def _held(word: analysis.QueryWord, known: set[str]) -> bool:
    if any(term in known for term in word.whole_terms):
        return True
    return bool(word.parts) and all(known.intersection(part) for part in word.part_terms)


def _one_letter_away(word: str) -> set[str]:
    """The strings a letter left out, added, changed, or two neighbours swapped, away."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(head + tail[1:] for head, tail in cuts if tail),
        *(head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1),
        *(head + letter + tail[1:] for head, tail in cuts if tail for letter in LETTERS),
        *(head + letter + tail for head, tail in cuts for letter in LETTERS),
    } - {word}


@dataclass
class Similar:
    idea: object
    score: float


def similar_to_idea(user, idea, *, among, limit: int = 5) -> list[list[Similar]]:
    """For each queryset of `among` (each a part of what the user may see), the ideas most like
    an indexed idea, best first; the idea's words are weighed once for all of them."""
    own = Document.objects.filter(idea_id=idea.pk).values_list("terms", flat=True).first()
    text = "\n".join((idea.title, idea.problem, idea.solution))
    weighed = _weigh(text, own or "")
    return [_most_similar(ideas.exclude(pk=idea.pk), text, weighed, limit=limit) for ideas in among]


def similar_ideas(user, text: str, *, limit: int = 5, ideas=None, exclude=()) -> list[Similar]:
    """The ideas most like `text` (a draft of a new idea), best first.

    `ideas` narrows the ideas looked among and must be a part of what the user may see
    (ideas_visible_to); `exclude` are ids left out.
    """
    ideas = (ideas_visible_to(user) if ideas is None else ideas).exclude(pk__in=list(exclude))
    return _most_similar(ideas, text, _weigh(text), limit=limit)


def _weigh(text: str, discounted: str = ""):
    """The draft's terms weighed (rarity, and the square root of how often the draft says
    them), and how many ideas hold each; `discounted` is the document of an indexed idea
    whose own text this is, so that its words do not look common."""
    counts = Counter(analysis.terms(text[:LONGEST_QUERY]))
    weights, documents = _rarity(counts, discounted)
    weights = {term: weight * math.sqrt(counts[term]) for term, weight in weights.items()}
    return weights, documents


def _most_similar(ideas, text: str, weighed, *, limit: int) -> list[Similar]:
    """The ideas (of `ideas`) most like `text`, weighed by _weigh: candidates from the index,
    ranked by BM25, the best of them weighed again by their trigrams."""
    weights, documents = weighed
    if not weights or limit < 1:
        return []
    found = _candidates(ideas, weights, documents)
    rows = _documents(found)
    ideal = _ideal_score(weights)
    best = heapq.nlargest(
        max(limit, RERANKED),
        ((_score(weights, *rows[pk]) / ideal, pk) for pk in found if pk in rows),
    )
    # The best by terms are weighed again by their trigrams, which see what terms miss: a
    # shared piece of a word that is no compound part, a misspelling.
    found = ideas.model.objects.select_related("organisation", "stage", "sluice").in_bulk(
        [pk for _, pk in best]
    )
    draft = analysis.trigrams(analysis.fold(text[:LONGEST_QUERY]))
    scored = []
    for score, pk in best:
        idea = found[pk]
        idea_text = analysis.fold(" ".join((idea.title, idea.problem, idea.solution)))
        likeness = analysis.trigram_similarity(draft, analysis.trigrams(idea_text))
        scored.append((min(score, 1.0) + TRIGRAM_WEIGHT * likeness, pk))
    scored.sort(reverse=True)
    return [
        Similar(found[pk], round(score / (1 + TRIGRAM_WEIGHT), 3)) for score, pk in scored[:limit]
    ]


def _candidates(ideas, weights: dict[str, float], documents: dict[str, int]) -> list[int]:
    """The keys of at most CANDIDATES ideas worth ranking against a draft, best guesses first.

    The draft's telling terms are its rarest (no digits, none held by more than COMMON_SHARE of
    the ideas), as many as TELLING_TERMS while the index reads at most MOST_POSTINGS ideas for
    them. Asked for first are the ideas that share one telling term, if they are few enough to
    rank (MOST_MATCHES, estimated from each term's share of the ideas as if terms were
    independent), else those sharing two, else three…: in a large network, where every word of
    a draft is in thousands of ideas, a paraphrase still shares several with it. Then, to fill
    up, the ideas holding one of the rarest terms, as many terms as hold MOST_MATCHES ideas
    together: a paraphrase may share only one word, if a rare one. Each question is bounded by
    its estimate; each is ordered by the weight of the telling terms an idea holds
    (search.backends.Rank), the same on both databases.
    """
    total = documents[TOTAL]
    by_rarity = sorted(weights, key=weights.get, reverse=True)
    usable = [
        term
        for term in by_rarity
        if documents[term] <= max(COMMON_SHARE * total, FEWEST_COMMON) and not term.isdigit()
    ] or by_rarity[:2]
    telling, postings = [], 0
    for term in usable[:TELLING_TERMS]:
        postings += documents[term]
        if postings > MOST_POSTINGS and len(telling) >= 2:
            break
        telling.append(term)
    levels = (_level(telling, size, documents) for size in range(1, len(telling) + 1))
    level, first = next(
        (
            (size, expression)
            for size, (expression, estimate) in enumerate(levels, 1)
            if estimate <= MOST_MATCHES
        ),
        (len(telling), All(tuple(telling))),
    )
    questions = [first]
    if level > 1:
        rare, held = [], 0
        for term in sorted(telling, key=documents.get):
            held += documents[term]
            if held > MOST_MATCHES:
                break
            rare.append(term)
        if rare:
            questions.append(Any(tuple(rare)))
    order = (Rank({term: weights[term] for term in telling}).desc(), "-created_at", "-id")
    found: list[int] = []
    for expression in questions:
        found += (
            ideas.filter(Matching(expression))
            .exclude(pk__in=found)
            .order_by(*order)
            .values_list("pk", flat=True)[: CANDIDATES - len(found)]
        )
        if len(found) >= CANDIDATES:
            break
    return found


def _level(telling: list[str], size: int, documents: dict[str, int]):
    """Any group of `size` telling terms (of as many of them as keep the groups at most
    MOST_GROUPS), and how many ideas are expected to hold one of the groups."""
    terms = telling
    while len(terms) > size and math.comb(len(terms), size) > MOST_GROUPS:
        terms = terms[:-1]
    total = max(documents[TOTAL], 1)
    groups = list(combinations(terms, size))
    estimate = sum(total * math.prod(documents[t] / total for t in group) for group in groups)
    expression = Any(tuple(group[0] if size == 1 else All(group) for group in groups))
    return expression, estimate
