"""Swedish text analysis, the same for the index and for queries on either database.

A text becomes *terms*: words lower-cased, with accents folded (people type "aldreboende" for
"äldreboende"), stemmed with the Snowball Swedish stemmer (the algorithm of PostgreSQL's
`swedish` configuration) and the definite "-et" it leaves on ("boendet"), and compounds split
into their parts, so that "hemtjänstpersonal" meets "personal i hemtjänsten". The parts are
found in a Swedish word list with frequencies (wordfreq): a word is split where its two parts
are, on average, more common words than the whole (Koehn & Knight's rule).

Doing this in Python rather than in each database's own text search is what lets PostgreSQL
and SQLite find exactly the same ideas for the same words.
"""

import functools
import hashlib
import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer

WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
LONGEST_WORD = 40  # longer "words" are pasted junk, not language
SHORTEST_COMPOUND = 7
SHORTEST_PART = 4
# A three-letter first part must be one of these nouns ("brukare" is not bra + kare).
_SHORT_MODIFIERS_TEXT = "mat hem bil bok bad bot lek hus tid tag sno sjo vag dag"
SHORT_MODIFIERS = frozenset(_SHORT_MODIFIERS_TEXT.split())
RAREST_PART_ZIPF = 2.0  # rarer words than this are no evidence of a compound
JOINED_PENALTY = 1.0  # matsvinn is mat + svinn, not mats → mat + vinn
SHORTEST_PART_ALIKE = 5  # a synonym this long is also looked for as a compound's part
SHORTEST_SUBCOMPOUND = 9  # a part is split again only if this long: hemtjänst, not röjning

# Snowball's Swedish stop words, as PostgreSQL's `swedish` configuration has them.
_STOPWORD_TEXT = """
    och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke
    mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något
    från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller
    allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa
    några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje
    vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# Endings that are also words (names, mostly): "eleverna" is not elev + Erna.
_NOT_HEADS_TEXT = """
    erna arna orna ande ende anden enden aren eren heten ning ningen ingen ings else lig liga ligt
    are ares arens erns ornas arnas ernas"""
NOT_HEADS = frozenset(_NOT_HEADS_TEXT.split())


def fold(text: str) -> str:
    """Lower case without accents: "Äldreboende" → "aldreboende"; other scripts are kept."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLDED_STOPWORDS = frozenset(fold(word) for word in STOPWORDS)
_stemmer = snowballstemmer.stemmer("swedish")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The stem of a folded word."""
    # Snowball leaves some definite endings ("boendet" would not meet "boende", "skolan" not
    # "skola", "boendena" not "boenden"): take them off first, so that the stemmer's own rules
    # still apply (svinnet → svinn → svin).
    for ending, shortest_stem in (("ena", 4), ("ets", 4), ("et", 4), ("an", 3)):
        if len(word) >= len(ending) + shortest_stem and word.endswith(ending):
            word = word[: -len(ending)]
            break
    # Twice: Snowball takes one ending a time, so "lekplatsen" would keep the s of "lekplats"
    # and "kostnaderna" the -ad of "kostnad".
    with _stemmer_lock:
        stemmed = _stemmer.stemWord(_stemmer.stemWord(word))
    return _without_unstressed_e(stemmed)


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _without_unstressed_e(stemmed: str) -> str:
    """Nouns and adjectives in -el lose the e when inflected (cykel, cykeln – cyklar; nyckel –
    nycklar; enkel – enkla), which Snowball leaves as it finds it: take the definite -n off and
    the e out, so every form is "cykl". Only after a consonant and in words of five letters or
    more: "spel" and "hel" stay, and "modell" has no such e."""
    if len(stemmed) >= 6 and stemmed.endswith("eln") and stemmed[-4] in _CONSONANTS:
        stemmed = stemmed[:-1]
    if len(stemmed) >= 5 and stemmed.endswith("el") and stemmed[-3] in _CONSONANTS:
        stemmed = stemmed[:-2] + "l"
    return stemmed


@functools.cache
def lexicon() -> dict[str, float]:
    """Folded Swedish words → Zipf frequency (log10 per billion words), read once a process."""
    import wordfreq  # about a third of a second; not every command needs it

    words: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("sv", wordlist="large").items():
        zipf = math.log10(frequency) + 9
        if zipf < RAREST_PART_ZIPF or len(word) < 3 or not word.isalpha():
            continue
        key = fold(word)
        if zipf > words.get(key, 0.0):
            words[key] = round(zipf, 2)
    return words


def _modifier(left: str, words: dict[str, float]) -> tuple[str, float]:
    """The word a compound's first part stands for, and its frequency ("skol" → skola)."""
    # The word as it is, or changed the ways Swedish joins words (the joining s of arbetsmiljö,
    # skol- of skola, gatu- of gata); a changed form is weaker evidence than the word itself.
    forms = [(left, 0.0), (left + "a", JOINED_PENALTY)]
    if left.endswith("s"):
        forms += [(left[:-1], JOINED_PENALTY), (left[:-1] + "e", JOINED_PENALTY)]
    if left.endswith("u"):
        forms.append((left[:-1] + "a", JOINED_PENALTY))
    best, best_zipf = "", 0.0
    for form, penalty in forms:
        zipf = words.get(form, 0.0) and words.get(form, 0.0) - penalty
        if len(form) < SHORTEST_PART and form not in SHORT_MODIFIERS:
            continue
        if len(form) >= 3 and zipf > best_zipf:
            best, best_zipf = form, zipf
    return best, best_zipf


@functools.lru_cache(maxsize=100_000)
def split(word: str) -> tuple[str, ...]:
    """A folded word's two parts if it is a compound worth splitting, else ()."""
    if len(word) < SHORTEST_COMPOUND or not word.isalpha():
        return ()
    words = lexicon()
    best: tuple[str, ...] = ()
    best_zipf = words.get(word, 0.0)  # not splitting is an option too
    for cut in range(3, len(word) - SHORTEST_PART + 1):
        head = word[cut:]
        head_zipf = words.get(head, 0.0)
        if not head_zipf or head in NOT_HEADS or head in _FOLDED_STOPWORDS:
            continue
        modifier, modifier_zipf = _modifier(word[:cut], words)
        # A preposition in front (förskola, medarbetare, överenskommelse) makes a new word.
        if (
            modifier
            and modifier not in _FOLDED_STOPWORDS
            and (modifier_zipf + head_zipf) / 2 > best_zipf
        ):
            best, best_zipf = (modifier, word[cut:]), (modifier_zipf + head_zipf) / 2
    return best


@dataclass(frozen=True)
class QueryWord:
    """One word of a query: found as itself, or as all of its compound parts."""

    stem: str
    parts: tuple[str, ...] = ()
    own_stem: str = ""  # a synonym's own stem, where `stem` is its group's term

    @property
    def whole_terms(self) -> tuple[str, ...]:
        """The terms that stand for the whole word in an index: its (group's) term, and a
        synonym's own stem, which is how a compound holds it as a part ("personal" of
        "hemtjänstpersonal", in a group headed by "medarbetare")."""
        return (self.stem, self.own_stem) if self.own_stem else (self.stem,)

    @property
    def part_terms(self) -> tuple[tuple[str, ...], ...]:
        """Each part as the terms that stand for it in an index: its stem, and its group's
        term where the part is a synonym – the part "personal" of "hemtjänstpersonal" is
        indexed as "personal" in a compound but as its group's term as a word of its own."""
        return tuple(tuple(dict.fromkeys((part, _canonical(part)))) for part in self.parts)

    @property
    def terms(self) -> tuple[str, ...]:
        return (*self.whole_terms, *(term for terms in self.part_terms for term in terms))


def _words(text: str):
    for match in WORD.finditer(fold(text)):
        word = match.group()
        if len(word) < 2 or len(word) > LONGEST_WORD or word in _FOLDED_STOPWORDS:
            continue
        yield word


def _part_stems(word: str) -> tuple[str, ...]:
    stems: list[str] = []
    for part in split(word):
        stems.append(stem(part))
        if len(part) >= SHORTEST_SUBCOMPOUND:
            stems.extend(stem(subpart) for subpart in split(part))
    return tuple(stems)


def _key(entry: str) -> tuple[str, ...]:
    """A thesaurus entry as the stems of its words ("gång- och cykelväg" → gang, cykelvag)."""
    return tuple(stem(word) for word in _words(entry))


@functools.cache
def _thesaurus() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """From search.synonyms: each one-word synonym's stem → its group's term, and each phrase
    (the stems of its words) → its group's term. A group's term is its first entry's stems,
    joined by "_" if it is a phrase."""
    from .synonyms import groups

    meanings: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    for entries in groups():
        keys = [key for key in map(_key, entries) if key]
        if not keys:
            continue
        group_term = "_".join(keys[0])
        for key in keys:
            if len(key) == 1:
                meanings.setdefault(key[0], set()).add(group_term)
            else:
                phrases.setdefault(key, set()).add(group_term)
    # A stem two groups share is left alone: "mätare" and "mat" are both "mat" once folded.
    words = {
        term: next(iter(groups_of))
        for term, groups_of in meanings.items()
        if len(groups_of) == 1 and term not in groups_of
    }
    return words, {key: next(iter(of)) for key, of in phrases.items() if len(of) == 1}


def _canonical(term: str) -> str:
    return _thesaurus()[0].get(term, term)


@functools.cache
def _phrases_by_first_stem() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The thesaurus's phrases by their first stem, longest first, with their group's term."""
    starting: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, group_term in sorted(_thesaurus()[1].items(), key=lambda item: -len(item[0])):
        starting.setdefault(key[0], []).append((key, group_term))
    return starting


def _phrases_in(stems: list[str]):
    """(start, end, group term) of each thesaurus phrase in a text's word stems, longest
    first, none overlapping."""
    starting = _phrases_by_first_stem()
    start = 0
    while start < len(stems):
        for key, group_term in starting.get(stems[start], ()):
            end = start + len(key)
            if tuple(stems[start:end]) == key:
                yield start, end, group_term
                start = end
                break
        else:
            start += 1


@functools.lru_cache(maxsize=100_000)
def terms_of_word(word: str) -> tuple[str, ...]:
    """A folded word's terms: its stem (a synonym made its group's term), then its compound
    parts' stems. Parts are not made synonyms: folded, a part may be another word ("mät" of
    vattenmätare is "mat")."""
    return (_canonical(stem(word)), *_part_stems(word))


def terms(text: str) -> list[str]:
    """The text's terms in order, each word's stem followed by its parts' (repeats kept); a
    phrase of the thesaurus adds its group's term after its words' terms."""
    words = list(_words(text))
    ends = {end: term for _, end, term in _phrases_in([stem(word) for word in words])}
    result: list[str] = []
    for position, word in enumerate(words, 1):
        result.extend(terms_of_word(word))
        if position in ends:
            result.append(ends[position])
    return result


def query_words(text: str) -> list[QueryWord]:
    """The distinct words of a query, each with the stems of its top-level compound parts; a
    phrase of the thesaurus is one word, found as its group's term or as all its words."""
    words = list(_words(text))
    stems = [stem(word) for word in words]
    phrases = {start: (end, term) for start, end, term in _phrases_in(stems)}
    seen: dict[str, QueryWord] = {}
    position = 0
    while position < len(words):
        if position in phrases:
            end, group_term = phrases[position]
            query_word = QueryWord(group_term, tuple(stems[position:end]))
            position = end
        else:
            word, own = words[position], stems[position]
            parts = tuple(stem(part) for part in split(word))
            group_term = _canonical(own)
            # Short stems are where folding makes two words one ("mät" of vattenmätare and
            # "mat"): those are found only as their group's term.
            alternative = own if group_term != own and len(own) >= SHORTEST_PART_ALIKE else ""
            query_word = QueryWord(group_term, parts, alternative)
            position += 1
        seen.setdefault(query_word.stem, query_word)
    return list(seen.values())


def trigrams(text: str) -> frozenset[str]:
    """The text's trigrams as PostgreSQL's pg_trgm makes them: each word lower-cased, with two
    spaces before it and one after."""
    grams: set[str] = set()
    for word in WORD.findall(text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def trigram_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """pg_trgm's similarity(): shared trigrams over all trigrams of the two."""
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if shared else 0.0


@functools.cache
def fingerprint() -> str:
    """What makes the terms: this module's rules, the thesaurus and the versions of the stemmer
    and the word list. An index built under another fingerprint may hold other terms."""
    from importlib.metadata import version

    from .synonyms import PATH

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(PATH.read_bytes())
    for package in ("snowballstemmer", "wordfreq"):
        digest.update(f"{package}=={version(package)}".encode())
    return digest.hexdigest()[:16]
