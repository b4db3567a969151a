"""Writes an idea's Swedish texts, and the sluice's answers, from the templates and word lists."""

from . import replies, templates, words
from .domains import Domain
from .grammar import NounPhrase

MIN_TITLE_WORDS, MAX_TITLE_WORDS = 4, 10
_SIMPLE_VERBS = tuple(verb for verb in words.WORK_VERBS if " " not in verb.pres)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _word(value):
    return getattr(value, "noun", value)


class Slots(dict):
    """The words of one sentence, chosen on first use: "{n.the}" twice is the same noun."""

    def __init__(self, book: "Phrasebook", domain: Domain, org: str):
        super().__init__()
        self.book, self.domain, self.org = book, domain, org

    def __missing__(self, key: str):
        kind = key.rstrip("0123456789")
        value = self.book.choose(kind, self.domain, self.org)
        if kind in ("who", "place", "n", "t", "harm") and key != kind:
            # A second one differs from the first, so "X och X" does not happen.
            taken = [_word(other) for name, other in self.items() if name.startswith(kind)]
            for _attempt in range(3):
                if _word(value) not in taken:
                    break
                value = self.book.choose(kind, self.domain, self.org)
        self[key] = value
        return value


class Phrasebook:
    """One random stream of text. Same seed, same calls: same texts."""

    def __init__(self, rng):
        self.rng = rng
        self._general = words.GENERAL + words.HEADS

    def choose(self, kind: str, domain: Domain, org: str):
        rng = self.rng
        if kind == "n":
            return self._phrase(rng.choice(domain.countable))
        if kind == "m":
            pool = domain.things if rng.random() < 0.6 else domain.compounds
            return self._phrase(rng.choice(pool))
        if kind == "c":
            return self._phrase(rng.choice(domain.compounds))
        if kind == "g":
            return self._phrase(rng.choice(self._general))
        if kind == "t":
            return self._phrase(rng.choice(words.TOOLS))
        if kind == "who":
            return rng.choice(domain.people if rng.random() < 0.85 else words.COLLEAGUES)
        if kind == "place":
            return rng.choice(domain.where)
        if kind == "v":
            return rng.choice(words.WORK_VERBS)
        if kind == "vs":
            return rng.choice(_SIMPLE_VERBS)
        if kind == "iv":
            return rng.choice(words.BETTER_VERBS)
        if kind == "org":
            return org
        return rng.choice(self._strings[kind])

    _strings = {
        "when": words.TIMES,
        "dur": words.DURATIONS,
        "num": words.COUNTS,
        "harm": words.HARMS,
        "short_harm": words.HARMS_SHORT,
        "month": words.MONTHS,
        "money": words.MONEY,
    }

    def _phrase(self, noun) -> NounPhrase:
        return NounPhrase(noun, self.rng, words.BAD, words.GOOD)

    def sentence(self, template: str, domain: Domain, org: str) -> str:
        return _capitalised(template.format_map(Slots(self, domain, org)))

    def title(self, domain: Domain, org: str) -> str:
        """4–10 words: a short title with an article or a preposition may get a place added."""
        title = self.sentence(self.rng.choice(templates.TITLES), domain, org)
        count = len(title.split())
        while count > MAX_TITLE_WORDS:
            title = self.sentence(self.rng.choice(templates.TITLES), domain, org)
            count = len(title.split())
        if count < MIN_TITLE_WORDS:
            title += " " + self.rng.choice(domain.where).at
        return title

    def problem(self, domain: Domain, org: str) -> str:
        """Two to five sentences: what goes wrong, and what it leads to."""
        rng = self.rng
        more = rng.sample(templates.PROBLEM_MORE, rng.choice((1, 1, 2, 2, 2, 3, 3, 4)))
        sentences = [rng.choice(templates.PROBLEM_OPENINGS), *more]
        text = " ".join(self.sentence(template, domain, org) for template in sentences)
        return text if rng.random() < 0.8 else text.replace(". ", ".\n\n", 1)

    def solution(self, domain: Domain, org: str) -> str:
        rng = self.rng
        chosen = rng.sample(templates.SOLUTION_SENTENCES, rng.choice((1, 2, 2, 3, 3, 4)))
        return " ".join(self.sentence(template, domain, org) for template in chosen)

    def beneficiaries(self, domain: Domain, org: str) -> str:
        return self.sentence(self.rng.choice(templates.BENEFICIARIES), domain, org)

    def rationale(self, to: str, domain: Domain, org: str) -> str:
        """What the decider writes when the idea moves to stage key `to`."""
        return self.sentence(self.rng.choice(replies.RATIONALES[to]), domain, org)

    def comment(self, author: str, domain: Domain, org: str) -> str:
        """author: "coach", "submitter", "team" or "internal" (a staff note)."""
        return self.sentence(self.rng.choice(replies.COMMENTS[author]), domain, org)
