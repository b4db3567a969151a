"""The evaluation set for similar-ideas search is big, varied and honest enough to trust."""

import re
from collections import Counter

import pytest

from .eval_set import KINDS, load

SWEDISH_LETTERS = set("åäöÅÄÖ")


@pytest.fixture(scope="module")
def eval_set():
    return load()


def _sentences(text: str) -> set[str]:
    """Sentences of four words or more, lowercased, with punctuation and spacing normalised."""
    sentences = set()
    for part in re.split(r"[.!?\n]+", text):
        words = re.findall(r"\w+", part.lower())
        if len(words) >= 4:
            sentences.add(" ".join(words))
    return sentences


def test_it_has_enough_pairs_and_negatives(eval_set):
    assert len(eval_set.pairs) >= 60
    assert len(eval_set.negatives) >= 40


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_exercised_by_ten_pairs(eval_set, kind):
    count = sum(kind in pair.kinds for pair in eval_set.pairs)
    assert count >= 10, f"only {count} pairs exercise {kind!r}"


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
