"""Swedish text analysis: a word becomes the same terms however it is inflected or typed.

These need no database; test_search.py checks the same cases end to end on each database.
"""

from idesluss.search import analysis
from idesluss.search.queries import highlight


def _whole(word: str) -> str:
    """The term a word is searched as (its stem, synonyms made one)."""
    [query_word] = analysis.query_words(word)
    return query_word.stem


def test_a_definite_or_plural_form_has_the_term_of_the_word():
    assert _whole("äldreboendet") == _whole("äldreboende") == _whole("äldreboenden")
    assert _whole("skolan") == _whole("skola") == _whole("skolor") == _whole("skolorna")
    assert _whole("eleverna") == _whole("elev")


def test_a_word_in_el_is_one_term_with_and_without_its_e():
    assert _whole("cykel") == _whole("cykeln") == _whole("cyklar") == _whole("cyklarna")
    assert _whole("regel") == _whole("regler") == _whole("regeln")
    assert _whole("enkel") == _whole("enkla")


def test_short_words_and_double_l_keep_their_e():
    assert _whole("spel") == _whole("spelet") != _whole("spl")
    assert _whole("modell") == _whole("modellen")
    assert _whole("hotell") != _whole("hotl")


def test_a_word_typed_without_a_ring_or_dots_is_the_same_word():
    assert analysis.terms("aldreboende") == analysis.terms("äldreboende")
    assert analysis.terms("forskola") == analysis.terms("Förskola")
    assert analysis.fold("ÅÄÖ åäö") == "aao aao"


def test_a_compound_is_indexed_with_its_parts():
    compound = set(analysis.terms("hemtjänstpersonal"))
    assert {analysis.stem("hemtjanst"), analysis.stem("personal")} <= compound
    # Written apart, each word is found in the compound: "personal" as its own stem, though
    # its group ("medarbetare", "anställd", …) is what it is indexed as on its own.
    for word in analysis.query_words("personal i hemtjänsten"):
        assert compound & set(word.whole_terms)


def test_a_query_word_that_is_a_compound_may_match_by_its_parts():
    [word] = analysis.query_words("hemtjänstpersonal")
    assert word.parts == (analysis.stem("hemtjanst"), analysis.stem("personal"))
    # Each part is also found where it stands as a word of its own, as its group's term.
    assert {_whole("hemtjänst"), _whole("personal")} <= set(word.terms)


def test_a_short_synonym_is_not_looked_for_inside_compounds():
    # Folded, "mät" of vattenmätare is "mat": food must not find water meters.
    [food] = analysis.query_words("mat")
    assert analysis.stem("matare") not in food.whole_terms
    assert food.whole_terms == (_whole("måltid"),)


def test_synonyms_are_one_term():
    assert _whole("vårdtagare") == _whole("brukare")
    assert _whole("socialbidrag") == _whole("försörjningsstöd")
    assert _whole("dagis") == _whole("förskola")


def test_a_phrase_of_the_thesaurus_adds_its_group_term():
    # None of these words is a synonym of its own: only the phrase gives the group's term.
    group_term = _whole("hemtjänst")
    assert group_term not in {t for word in ("hjälp", "hemmet") for t in analysis.terms(word)}
    assert group_term in analysis.terms("Hon får hjälp i hemmet varje dag")
    assert group_term in analysis.terms("hjälpen i hemmet")  # inflected
    assert group_term not in analysis.terms("hjälp och stöd i hemmet")  # not in a row
    assert _whole("personalbrist") in analysis.terms("bristen på personal")
    assert _whole("personalbrist") not in analysis.terms("brist på utbildad personal")
    # The phrase's own words stay terms too.
    assert {_whole("hjälp"), _whole("hemmet")} <= set(analysis.terms("hjälp i hemmet"))


def test_stop_words_inside_a_phrase_do_not_count():
    assert _whole("sso") in analysis.terms("vi behöver single sign-on")
    assert _whole("anropsstyrd trafik") in analysis.terms("Anropsstyrd trafik på landsbygden")


def test_a_phrase_in_a_query_is_one_word_found_as_its_group_or_as_all_its_words():
    [phrase] = analysis.query_words("ekonomiskt bistånd")
    assert phrase.stem == _whole("försörjningsstöd")
    assert phrase.parts == (analysis.stem("ekonomiskt"), analysis.stem("bistand"))


def test_stop_words_alone_are_no_terms():
    assert analysis.terms("och det att i en som på är") == []
    assert analysis.query_words("och det att") == []


def test_emoji_and_punctuation_are_no_terms_but_other_scripts_are_words():
    assert analysis.terms("🚀🎉 … !!! ---") == []
    assert analysis.terms("دار المسنين") == ["دار", "المسنين"]
    assert analysis.terms("养老院") == ["养老院"]


def test_search_syntax_is_read_as_plain_words():
    assert analysis.terms('NEAR(buss tåg) "cykel*" -bil :halka AND OR') == [
        "near",
        *analysis.terms("buss tåg cykel bil halka"),
        "and",
        "or",
    ]


def test_pasted_junk_longer_than_a_word_is_ignored():
    assert analysis.terms("a" * 10_000) == []


def test_highlight_marks_inflected_and_compound_words_and_escapes_the_rest():
    terms = {term for word in analysis.query_words("hemtjänstpersonal") for term in word.terms}
    assert highlight("Personal i hemtjänsten", terms) == (
        "<mark>Personal</mark> i <mark>hemtjänsten</mark>"
    )
    assert highlight("<b>Äldreboendet</b> & mer", set(analysis.terms("äldreboende"))) == (
        "&lt;b&gt;<mark>Äldreboendet</mark>&lt;/b&gt; &amp; mer"
    )


def test_a_highlighted_passage_starts_near_the_first_match():
    text = "Inledning utan träff. " * 30 + "Här står äldreboendet. " + "Mer text efteråt. " * 30
    passage = highlight(text, set(analysis.terms("äldreboende")), around=120)
    assert passage.startswith("… ") and passage.endswith(" …")
    assert "<mark>äldreboendet</mark>" in passage
    assert len(passage) < 200
