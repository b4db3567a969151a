"""Swedish word forms, parsed from compact word lists, and the phrases templates are filled with.

Nouns carry gender and four forms so that a template can say "en krånglig rutin", "den
krångliga rutinen" or "krångliga rutiner" and agree; compounds are built from a bound first part
and a head noun ("hemtjänst" + "planering"), as Swedish does, so that search meets real
compound words.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Noun:
    gender: str  # "en" or "ett"
    sg: str  # rutin
    the: str  # rutinen
    pl: str  # rutiner (mass nouns: the singular)
    the_pl: str  # rutinerna (mass nouns: the definite singular)
    countable: bool = True

    @property
    def en(self) -> str:
        return f"{self.gender} {self.sg}"

    @property
    def gen(self) -> str:
        return self.the if self.the.endswith(("s", "x", "z")) else self.the + "s"

    @property
    def it(self) -> str:
        return "den" if self.gender == "en" else "det"


@dataclass(frozen=True, slots=True)
class Adjective:
    common: str  # krånglig
    neuter: str  # krångligt
    plural: str  # krångliga (also the definite form)

    def agree(self, gender: str) -> str:
        return self.common if gender == "en" else self.neuter


@dataclass(frozen=True, slots=True)
class Verb:
    inf: str  # följa upp
    pres: str  # följer upp
    past: str  # följde upp
    sup: str  # följt upp


@dataclass(frozen=True, slots=True)
class Group:
    """People, as templates name them: "undersköterskorna" and "undersköterskor"."""

    the: str
    pl: str


@dataclass(frozen=True, slots=True)
class Place:
    at: str  # på äldreboendet
    the: str  # äldreboendet


def _entries(text: str) -> list[list[str]]:
    return [entry.split() for entry in text.replace("\n", ";").split(";") if entry.strip()]


def nouns(text: str) -> tuple[Noun, ...]:
    """ "en rutin rutinen rutiner rutinerna; ett avfall avfallet - -" (- : a mass noun)."""
    parsed = []
    for entry in _entries(text):
        gender, sg, the, pl, the_pl = entry
        if gender not in ("en", "ett"):
            raise ValueError(f"Unknown gender in {entry}")
        if pl == "-":
            parsed.append(Noun(gender, sg, the, sg, the, countable=False))
        else:
            parsed.append(Noun(gender, sg, the, pl, the_pl))
    return tuple(parsed)


def adjectives(text: str) -> tuple[Adjective, ...]:
    """ "krånglig krångligt krångliga; bättre bättre bättre"."""
    return tuple(Adjective(*entry) for entry in _entries(text))


def verbs(text: str) -> tuple[Verb, ...]:
    """Four forms separated by "|" (particle verbs have spaces): "följa upp|följer upp|…"."""
    return tuple(
        Verb(*(form.strip() for form in entry.split("|")))
        for entry in text.replace("\n", ";").split(";")
        if entry.strip()
    )


def groups(text: str) -> tuple[Group, ...]:
    """ "undersköterskorna/undersköterskor; de äldre/äldre"."""
    return tuple(
        Group(*(part.strip() for part in entry.split("/")))
        for entry in text.replace("\n", ";").split(";")
        if entry.strip()
    )


def places(text: str) -> tuple[Place, ...]:
    """ "på äldreboendet; i hemtjänsten": the preposition, then the place."""
    parsed = []
    for entry in text.replace("\n", ";").split(";"):
        if entry.strip():
            preposition, place = entry.strip().split(" ", 1)
            parsed.append(Place(f"{preposition} {place}", place))
    return tuple(parsed)


def phrases(text: str) -> tuple[str, ...]:
    return tuple(entry.strip() for entry in text.replace("\n", ";").split(";") if entry.strip())


def compound(first: str, head: Noun) -> Noun:
    """ "hemtjänst" + planering: hemtjänstplanering, -en, -ar, -arna."""
    return Noun(
        head.gender,
        first + head.sg,
        first + head.the,
        first + head.pl,
        first + head.the_pl,
        head.countable,
    )


class NounPhrase:
    """One noun in one sentence, with the adjectives it takes there chosen once, on first use."""

    __slots__ = ("noun", "_rng", "_bad", "_good")

    def __init__(self, noun: Noun, rng, bad: tuple[Adjective, ...], good: tuple[Adjective, ...]):
        self.noun = noun
        self._rng = rng
        self._bad = bad
        self._good = good

    def __getattr__(self, name):
        # Only the plain forms are delegated; the adjective forms are properties below.
        return getattr(self.noun, name)

    def _adjective(self, attribute: str) -> Adjective:
        choices = getattr(self, attribute)
        if isinstance(choices, tuple):
            chosen = self._rng.choice(choices)
            setattr(self, attribute, chosen)
            return chosen
        return choices

    # "krånglig", "krångligt": predicative, agreeing with the noun
    @property
    def bad(self) -> str:
        return self._adjective("_bad").agree(self.noun.gender)

    @property
    def good(self) -> str:
        return self._adjective("_good").agree(self.noun.gender)

    # "krånglig rutin", "en krånglig rutin", "den krångliga rutinen", "krångliga rutiner"
    @property
    def bad_sg(self) -> str:
        return f"{self.bad} {self.noun.sg}"

    @property
    def good_sg(self) -> str:
        return f"{self.good} {self.noun.sg}"

    @property
    def bad_en(self) -> str:
        return f"{self.noun.gender} {self.bad_sg}"

    @property
    def good_en(self) -> str:
        return f"{self.noun.gender} {self.good_sg}"

    @property
    def bad_the(self) -> str:
        return f"{self.noun.it} {self._adjective('_bad').plural} {self.noun.the}"

    @property
    def good_the(self) -> str:
        return f"{self.noun.it} {self._adjective('_good').plural} {self.noun.the}"

    @property
    def bad_pl(self) -> str:
        return f"{self._adjective('_bad').plural} {self.noun.pl}"

    @property
    def good_pl(self) -> str:
        return f"{self._adjective('_good').plural} {self.noun.pl}"
