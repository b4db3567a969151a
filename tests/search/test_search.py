"""Search finds Swedish words however they are written, among the ideas the user may see only.

Every case runs on the database under test (FTS5 on SQLite, tsvector/GIN on PostgreSQL): both
must find the same ideas.
"""

import pytest

from idesluss.ideas.models import Visibility
from idesluss.search import queries

from ..factories import IdeaFactory, member_of
from .helpers import found, idea

pytestmark = pytest.mark.django_db


# --- Swedish -------------------------------------------------------------------------------


def test_a_definite_form_finds_the_indefinite_one(world):
    idea(world, "Nytt äldreboende i Skövde", "Ett äldreboende med plats för trettio.")
    idea(world, "Fler bänkar i parken")
    assert found(world.coach, "äldreboendet") == ["Nytt äldreboende i Skövde"]


@pytest.mark.parametrize(
    ("searched", "written"),
    [
        ("äldreboende", "äldreboendet"),
        ("äldreboende", "äldreboenden"),
        ("skola", "skolorna"),
        ("skolorna", "skola"),
        ("elev", "eleverna"),
        ("cykelbana", "cykelbanorna"),
        ("bilarna", "bil"),
        ("äldreboende", "äldreboendena"),
        ("lekplats", "lekplatsen"),
        ("kostnad", "kostnaderna"),
        ("cykel", "cyklar"),
        ("cykel", "cykeln"),
        ("lånecyklarna", "lånecykel"),
        ("nyckel", "nycklarna"),
        ("gata", "gatan"),
    ],
)
def test_any_form_of_a_word_finds_the_others(world, searched, written):
    idea(world, f"Om {written} i kommunen")
    assert found(world.coach, searched) == [f"Om {written} i kommunen"]


def test_a_compound_finds_its_parts_written_apart(world):
    idea(world, "Mer tid för personal i hemtjänsten")
    assert found(world.coach, "hemtjänstpersonal") == ["Mer tid för personal i hemtjänsten"]


def test_words_written_apart_find_the_compound(world):
    idea(world, "Hemtjänstpersonalen behöver bilar")
    assert found(world.coach, "personal i hemtjänsten") == ["Hemtjänstpersonalen behöver bilar"]


def test_a_word_typed_without_a_ring_or_dots_finds_the_word_with_them(world):
    idea(world, "Nytt äldreboende i Skövde")
    idea(world, "Större förskola", "Förskolan på Östermalm är för liten.")
    assert found(world.coach, "aldreboende") == ["Nytt äldreboende i Skövde"]
    assert found(world.coach, "forskolan ostermalm") == ["Större förskola"]


def test_a_synonym_finds_the_word_the_idea_uses(world):
    idea(world, "Brukare vill välja tid för besöken")
    idea(world, "Snabbare besked om socialbidrag")
    assert found(world.coach, "vårdtagare") == ["Brukare vill välja tid för besöken"]
    assert found(world.coach, "försörjningsstöd") == ["Snabbare besked om socialbidrag"]


def test_a_phrase_finds_the_word_it_paraphrases_and_back(world):
    idea(world, "Ansök om försörjningsstöd digitalt")
    idea(world, "Ekonomiskt bistånd utan papper")
    idea(world, "Inför single sign-on i alla system")
    idea(world, "Ekonomiskt stöd till föreningar")
    both = ["Ekonomiskt bistånd utan papper", "Ansök om försörjningsstöd digitalt"]
    assert sorted(found(world.coach, "ekonomiskt bistånd")) == sorted(both)
    assert sorted(found(world.coach, "försörjningsstöd")) == sorted(both)
    assert found(world.coach, "enkel inloggning") == ["Inför single sign-on i alla system"]
    assert found(world.coach, "SSO") == ["Inför single sign-on i alla system"]


def test_a_synonym_finds_food_and_not_water_meters(world):
    idea(world, "Godare mat i skolan")
    idea(world, "Vattenmätare som larmar")
    assert found(world.coach, "lunch") == ["Godare mat i skolan"]


def test_food_does_not_find_water_meters(world):
    idea(world, "Godare mat i skolan")
    idea(world, "Vattenmätare som larmar")
    assert found(world.coach, "mat") == ["Godare mat i skolan"]


@pytest.mark.parametrize(
    ("searched", "unrelated"),
    [
        ("samtal", "Bättre sortering av avfall"),
        ("brukare", "Ett bra kar för disken"),
    ],
)
def test_a_word_does_not_find_ideas_that_only_share_made_up_parts_of_it(world, searched, unrelated):
    idea(world, unrelated)
    assert found(world.coach, searched) == []


def test_stop_words_alone_find_nothing(world):
    idea(world, "Det är så att vi och de andra inte hinner", "Det som är det.")
    assert found(world.coach, "och det att") == []
    assert found(world.coach, "det är") == []


def test_every_word_must_match(world):
    idea(world, "Nytt äldreboende i Skövde")
    idea(world, "Nytt bibliotek i Skövde")
    assert found(world.coach, "äldreboende skövde") == ["Nytt äldreboende i Skövde"]
    assert found(world.coach, "äldreboende lidköping") == []


# --- Misspellings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "misspelled",
    ["hemtjänsen", "hemtänsten", "hemtjäntsen", "hemjtänsten", "hemtjaanst"],
)
def test_a_misspelled_word_finds_the_word_one_letter_away(world, misspelled):
    idea(world, "Mer tid i hemtjänsten", "Hemtjänsten hinner inte prata med brukarna.")
    idea(world, "Fler bänkar i parken")
    results = queries.search(world.coach, f"{misspelled} tid")
    assert [hit.idea.title for hit in results.hits] == ["Mer tid i hemtjänsten"]
    assert results.respelled == [misspelled]
    assert "<mark>hemtjänsten</mark>" in results.hits[0].title


def test_the_word_most_ideas_hold_is_chosen(world):
    idea(world, "Snökanon i skidbacken")
    for number in range(3):
        idea(world, f"Belysning i skidbanan, förslag {number}")
    results = queries.search(world.coach, "skidbaka")  # skidbacka or skidbana?
    assert len(results.hits) == 3 and results.respelled == ["skidbaka"]
    assert all("skidbanan" in hit.idea.title for hit in results.hits)


def test_a_real_word_no_idea_holds_is_not_respelled(world):
    """ "Hallon" is a word: that no idea holds it is the answer, not a misspelling of "hallen"."""
    idea(world, "Öppna hallen på helgerna")
    results = queries.search(world.coach, "hallon")
    assert results.hits == [] and results.respelled == []


def test_short_words_and_found_words_are_not_respelled(world):
    idea(world, "Nya bänkar i parken")
    idea(world, "Fler bänkar vid torget")
    results = queries.search(world.coach, "bänkarna")
    assert len(results.hits) == 2 and results.respelled == []
    results = queries.search(world.coach, "bnkar")  # under six letters: no guess
    assert results.hits == [] and results.respelled == []


def test_respelling_can_be_declined(world):
    idea(world, "Mer tid i hemtjänsten")
    assert queries.search(world.coach, "hemtjänsen", respell=False).hits == []


def test_a_misspelling_held_only_by_hidden_ideas_finds_nothing_and_says_nothing(world):
    IdeaFactory(
        title="Mer tid i hemtjänsten",
        problem="",
        organisation=world.helsingborg,
        visibility=Visibility.ORGANISATION,
    )
    results = queries.search(world.coach, "hemtjänsen")
    assert results.hits == [] and results.respelled == []


def test_ideas_in_other_scripts_are_found_by_their_words(world):
    idea(world, "Information på arabiska", "Broschyr: دار المسنين للجميع")
    idea(world, "Information på kinesiska", "养老院 信息")
    assert found(world.coach, "المسنين") == ["Information på arabiska"]
    assert found(world.coach, "养老院") == ["Information på kinesiska"]


def test_the_solution_and_beneficiaries_are_searched_too(world):
    idea(world, "Lösning längre ner", solution="Solceller på taket.")
    idea(world, "Mottagare längre ner", beneficiaries="Pensionärer i Tibro.")
    assert found(world.coach, "solpanel") == ["Lösning längre ner"]
    assert found(world.coach, "tibro") == ["Mottagare längre ner"]


# --- Relevance -----------------------------------------------------------------------------


def test_a_match_in_the_title_ranks_above_one_in_the_text_only(world):
    body = "Vi föreslår att kommunen ser över hur det fungerar idag."
    idea(world, "Fler bänkar i parken", f"{body} Även vid äldreboendet.")
    idea(world, "Äldreboendet behöver bänkar", f"{body} Även i parken.")
    assert found(world.coach, "äldreboende") == [
        "Äldreboendet behöver bänkar",
        "Fler bänkar i parken",
    ]
    newest_first = found(world.coach, "äldreboende", newest_first=True)
    assert newest_first == ["Äldreboendet behöver bänkar", "Fler bänkar i parken"]


def test_a_relevance_score_is_between_zero_and_one(world):
    idea(world, "Äldreboendet behöver bänkar")
    idea(world, "Bänkar", "Äldreboende och mycket annat, som skolor, parker och bibliotek.")
    from idesluss.search.queries import search

    scores = [hit.score for hit in search(world.coach, "äldreboende bänkar").hits]
    assert len(scores) == 2 and scores == sorted(scores, reverse=True)
    assert all(0 < score <= 1 for score in scores)


# --- Who sees what -------------------------------------------------------------------------


@pytest.fixture
def hidden_and_shown(world):
    """The same words in ideas of every audience, in and out of the colleague's reach."""
    words = "Lånecykel för hemtjänsten"
    return {
        "own organisation": idea(world, f"{words} A", visibility=Visibility.ORGANISATION),
        "network": idea(world, f"{words} B", organisation=world.lidkoping),
        "public elsewhere": IdeaFactory(
            title=f"{words} C", problem="", visibility=Visibility.PUBLIC
        ),
        "private of another": idea(world, f"{words} D", visibility=Visibility.PRIVATE),
        "organisation-only of Lidköping": idea(
            world, f"{words} E", organisation=world.lidkoping, visibility=Visibility.ORGANISATION
        ),
        "organisation-only of Helsingborg": IdeaFactory(
            title=f"{words} F",
            problem="",
            organisation=world.helsingborg,
            visibility=Visibility.ORGANISATION,
        ),
    }


def test_search_finds_only_what_the_user_may_see(world, hidden_and_shown):
    seen = sorted(found(world.colleague, "lånecykel hemtjänst"))
    assert seen == [
        "Lånecykel för hemtjänsten A",
        "Lånecykel för hemtjänsten B",
        "Lånecykel för hemtjänsten C",
    ]


def test_anonymous_visitors_find_public_ideas_only(world, hidden_and_shown):
    from django.contrib.auth.models import AnonymousUser

    assert found(AnonymousUser(), "lånecykel hemtjänst") == ["Lånecykel för hemtjänsten C"]


def test_the_submitter_finds_their_private_idea_and_others_do_not(world, hidden_and_shown):
    private = hidden_and_shown["private of another"]
    assert private.title in found(private.submitter, "lånecykel")
    assert private.title not in found(member_of(world.skovde), "lånecykel")


def test_a_member_of_another_organisation_finds_its_ideas_and_public_ones(world, hidden_and_shown):
    seen = sorted(found(world.outsider, "lånecykel hemtjänst"))
    assert seen == ["Lånecykel för hemtjänsten C", "Lånecykel för hemtjänsten F"]
