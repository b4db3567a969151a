"""A field of work ideas come from, with its words, people, places and category names.

An idea is written in one domain, so that its title, problem and solution talk about the same
things — which is what full-text search and similar-idea suggestions will have to find.
"""

from dataclasses import dataclass
from functools import cached_property

from .grammar import Group, Noun, Place, compound
from .words import HEADS

MUNICIPALITY, REGION = "municipality", "region"


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Domain:
    key: str
    categories: tuple[str, ...]  # names a sluice may give the category, one chosen per sluice
    things: tuple[Noun, ...]
    firsts: tuple[str, ...]  # first parts of compounds: "hemtjänst" + planering
    people: tuple[Group, ...]
    where: tuple[Place, ...]
    kinds: tuple[str, ...] = (MUNICIPALITY,)  # organisations whose sluices have the category

    @cached_property
    def countable(self) -> tuple[Noun, ...]:
        return tuple(noun for noun in self.things if noun.countable)

    @cached_property
    def compounds(self) -> tuple[Noun, ...]:
        # Not "schemaschema": a head does not repeat its first part.
        return tuple(
            compound(first, head)
            for first in self.firsts
            for head in HEADS
            if not head.sg.startswith(first.rstrip("s-"))
        )
