"""The evaluation sets for similar-ideas search are big, varied and honest enough to trust.

Two sets are checked: the first set (eval_set.toml) and a held-out set (holdout_set.toml) written
separately from it and from the method, used only to measure. Each shape test runs on both, with
the minimum sizes of that set.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from .eval_set import DEFAULT_PATH, KINDS, load

SWEDISH_LETTERS = set("åäöÅÄÖ")
HOLDOUT_PATH = Path(__file__).with_name("holdout_set.toml")


@dataclass(frozen=True)
class Minimums:
    pairs: int
    negatives: int
    per_kind: int


SETS = {
    "eval_set": (DEFAULT_PATH, Minimums(pairs=60, negatives=40, per_kind=10)),
    "holdout_set": (HOLDOUT_PATH, Minimums(pairs=40, negatives=30, per_kind=6)),
}


@pytest.fixture(scope="module", params=list(SETS))
def set_name(request):
    return request.param


@pytest.fixture(scope="module")
def eval_set(set_name):
    return load(SETS[set_name][0])


@pytest.fixture(scope="module")
def minimums(set_name):
    return SETS[set_name][1]


def _sentences(text: str) -> set[str]:
    """Sentences of four words or more, lowercased, with punctuation and spacing normalised."""
    sentences = set()
    for part in re.split(r"[.!?\n]+", text):
        words = re.findall(r"\w+", part.lower())
        if len(words) >= 4:
            sentences.add(" ".join(words))
    return sentences


def test_it_has_enough_pairs_and_negatives(eval_set, minimums):
    assert len(eval_set.pairs) >= minimums.pairs
    assert len(eval_set.negatives) >= minimums.negatives


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_exercised_by_enough_pairs(eval_set, minimums, kind):
    count = sum(kind in pair.kinds for pair in eval_set.pairs)
    assert count >= minimums.per_kind, f"only {count} pairs exercise {kind!r}"


def test_no_diacritics_queries_contain_no_swedish_letters(eval_set):
    offenders = [
        pair.id
        for pair in eval_set.pairs
        if "no-diacritics" in pair.kinds and SWEDISH_LETTERS & set(pair.query.full)
    ]
    assert offenders == []


def test_no_query_copies_a_sentence_from_its_stored_idea(eval_set):
    copied = {
        pair.id: shared
        for pair in eval_set.pairs
        if (shared := _sentences(pair.query.full) & _sentences(pair.stored.full))
    }
    assert copied == {}


def test_every_negative_is_on_the_topic_of_some_pair(eval_set):
    pair_topics = {pair.topic for pair in eval_set.pairs}
    strays = [negative.id for negative in eval_set.negatives if negative.topic not in pair_topics]
    assert strays == []


def test_every_topic_has_a_hard_negative(eval_set):
    negative_topics = {negative.topic for negative in eval_set.negatives}
    assert {pair.topic for pair in eval_set.pairs} <= negative_topics


def test_ids_are_unique(eval_set):
    ids = Counter(item.id for item in (*eval_set.pairs, *eval_set.negatives))
    assert [id_ for id_, count in ids.items() if count > 1] == []


def test_full_text_skips_empty_parts(eval_set):
    text = next(pair.query for pair in eval_set.pairs if not pair.query.title)
    assert text.full.splitlines()[0] == text.problem.splitlines()[0]


def _problems(eval_set) -> dict[str, str]:
    """Every problem text of the set's pairs, stored and query, normalised, with its pair's id."""
    return {
        " ".join(text.problem.lower().split()): pair.id
        for pair in eval_set.pairs
        for text in (pair.stored, pair.query)
    }


def test_the_holdout_set_shares_no_id_and_no_problem_text_with_the_first_set():
    first, holdout = load(DEFAULT_PATH), load(HOLDOUT_PATH)
    first_ids = {item.id for item in (*first.pairs, *first.negatives)}
    holdout_ids = {item.id for item in (*holdout.pairs, *holdout.negatives)}
    assert sorted(first_ids & holdout_ids) == []
    # Name only holdout ids, so that a failure does not print the first set's text.
    first_problems = _problems(first)
    assert sorted(id_ for text, id_ in _problems(holdout).items() if text in first_problems) == []


PAIR = """
[[pair]]
id = "{id}"
kinds = ["{kind}"]
topic = "skola"
[pair.stored]
title = "Mindre matsvinn"
problem = "Det slängs mycket mat i skolmatsalen."
solution = ""
[pair.query]
title = ""
problem = "{query_problem}"
solution = ""
"""


def _write(tmp_path, text):
    path = tmp_path / "eval_set.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_loading_accepts_a_well_formed_file(tmp_path):
    path = _write(tmp_path, PAIR.format(id="a", kind="synonyms", query_problem="Svinn av mat."))
    assert [pair.id for pair in load(path).pairs] == ["a"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (PAIR.format(id="a", kind="synonyms", query_problem="x") * 2, "duplicate id 'a'"),
        (PAIR.format(id="a", kind="typo", query_problem="x"), "unknown kinds ['typo']"),
        (PAIR.format(id="a", kind="synonyms", query_problem=" "), "'problem' is empty"),
        (
            PAIR.format(id="a", kind="synonyms", query_problem="x").replace('topic = "skola"', ""),
            "missing field 'topic'",
        ),
        (
            '[[negative]]\nid = "n"\ntopic = "skola"\ntitle = ""\nproblem = "x"\n',
            "negative #1 (n): missing field 'solution'",
        ),
    ],
    ids=["duplicate-id", "unknown-kind", "empty-problem", "missing-topic", "missing-solution"],
)
def test_loading_rejects_a_malformed_file(tmp_path, text, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        load(_write(tmp_path, text))
