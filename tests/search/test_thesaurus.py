"""The thesaurus file (search/data/thesaurus.txt) is well formed: a mistake in it would quietly
make searches find too much or too little, so it fails here instead."""

from collections import Counter

from idesluss.search import analysis, synonyms
from idesluss.search.models import Term


def _keys(entries):
    return [analysis._key(entry) for entry in entries]


def test_every_group_names_one_thing_in_several_ways():
    groups = synonyms.groups()
    assert len(groups) > 500
    for entries in groups:
        keys = _keys(entries)
        assert all(keys), f"an entry of {entries} has no words once stop words are gone"
        assert len(set(keys)) > 1, f"{entries} says one thing once stemmed"


def test_no_entry_stands_in_two_groups():
    seen = Counter(key for entries in synonyms.groups() for key in set(_keys(entries)))
    twice = sorted(" ".join(key) for key, n in seen.items() if n > 1)
    assert twice == []


def test_every_group_term_fits_the_index():
    longest = Term._meta.get_field("term").max_length
    for entries in synonyms.groups():
        assert len("_".join(analysis._key(entries[0]))) <= longest, entries[0]


def test_a_file_of_groups_reads_as_lists_of_entries(tmp_path):
    path = tmp_path / "thesaurus.txt"
    path.write_text(
        "# a comment\n\nbrukare, vårdtagare , \n  # indented comment\nsso, single sign-on\n"
    )
    assert synonyms.groups(path) == [["brukare", "vårdtagare"], ["sso", "single sign-on"]]
