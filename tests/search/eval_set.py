"""Load the Swedish evaluation set for "similar ideas" search.

The data lives in eval_set.toml next to this module; its header says what the set holds and
how to score a method with it. Loading validates the file so that a typo in the data fails
loudly instead of quietly skewing a score.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(__file__).with_name("eval_set.toml")

KINDS = frozenset(
    {
        "synonyms",
        "inflection",
        "compound-split",
        "compound-joined",
        "length",
        "no-diacritics",
        "reorder",
    }
)


@dataclass(frozen=True)
class Text:
    title: str
    problem: str
    solution: str

    @property
    def full(self) -> str:
        """The text as a search method would index it: the non-empty parts, one per line."""
        return "\n".join(part for part in (self.title, self.problem, self.solution) if part)


@dataclass(frozen=True)
class Pair:
    """A stored idea and a new submission that says the same thing in other words."""

    id: str
    kinds: tuple[str, ...]
    topic: str
    stored: Text
    query: Text


@dataclass(frozen=True)
class Negative:
    """A stored idea on the same topic as some pair, but a different idea."""

    id: str
    topic: str
    text: Text


@dataclass(frozen=True)
class EvalSet:
    pairs: tuple[Pair, ...]
    negatives: tuple[Negative, ...]


def load(path: str | Path | None = None) -> EvalSet:
    """Read and validate the set; raise ValueError naming the entry at fault."""
    with open(path or DEFAULT_PATH, "rb") as f:
        data = tomllib.load(f)
    pairs = tuple(_pair(entry, f"pair #{n}") for n, entry in enumerate(data.get("pair", []), 1))
    negatives = tuple(
        _negative(entry, f"negative #{n}") for n, entry in enumerate(data.get("negative", []), 1)
    )
    seen = set()
    for item in (*pairs, *negatives):
        if item.id in seen:
            raise ValueError(f"duplicate id {item.id!r}")
        seen.add(item.id)
    return EvalSet(pairs=pairs, negatives=negatives)


def _pair(entry: dict, where: str) -> Pair:
    id_ = _string(entry, "id", where, allow_empty=False)
    where = f"{where} ({id_})"
    kinds = _field(entry, "kinds", where)
    if not isinstance(kinds, list) or not kinds:
        raise ValueError(f"{where}: 'kinds' must be a non-empty list")
    unknown = sorted(set(map(str, kinds)) - KINDS)
    if unknown:
        raise ValueError(f"{where}: unknown kinds {unknown}; known: {sorted(KINDS)}")
    return Pair(
        id=id_,
        kinds=tuple(kinds),
        topic=_string(entry, "topic", where, allow_empty=False),
        stored=_text(_field(entry, "stored", where), f"{where}.stored"),
        query=_text(_field(entry, "query", where), f"{where}.query"),
    )


def _negative(entry: dict, where: str) -> Negative:
    id_ = _string(entry, "id", where, allow_empty=False)
    where = f"{where} ({id_})"
    return Negative(
        id=id_,
        topic=_string(entry, "topic", where, allow_empty=False),
        text=_text(entry, where),
    )


def _text(entry: object, where: str) -> Text:
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a table with title, problem and solution")
    # Title and solution may be empty (a bare problem is a valid idea) but must be written out,
    # so that a misspelt key is caught rather than read as "no solution".
    return Text(
        title=_string(entry, "title", where),
        problem=_string(entry, "problem", where, allow_empty=False),
        solution=_string(entry, "solution", where),
    )


def _string(entry: dict, key: str, where: str, allow_empty: bool = True) -> str:
    value = _field(entry, key, where)
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be a string")
    if not allow_empty and not value.strip():
        raise ValueError(f"{where}: {key!r} is empty")
    return value.strip()


def _field(entry: dict, key: str, where: str) -> object:
    if key not in entry:
        raise ValueError(f"{where}: missing field {key!r}")
    return entry[key]
