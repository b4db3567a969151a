"""The coach's similar-ideas page and merging a duplicate: ideas.views.similar and merge,
ideas.services.merge."""

import pytest
from django.urls import reverse

from idesluss.audit.models import AuditEvent
from idesluss.ideas import services
from idesluss.ideas.models import Comment, Decision, Idea, Support, Visibility
from idesluss.notifications.models import Notification
from idesluss.organisations.models import SluiceRole, Stage

from ..factories import CommentFactory, IdeaFactory, SluiceFactory, grant, member_of, stage
from .helpers import PARAPHRASE, idea, other_topics

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(world):
    """An idea and its duplicate in the joint sluice, each with supporters and comments."""
    original = idea(
        world,
        "Ploga cykelbanorna före sju på morgonen",
        "Cyklister som pendlar till jobbet fastnar i snön eftersom cykelbanorna röjs "
        "efter bilvägarna.",
        organisation=world.lidkoping,
    )
    duplicate = idea(
        world, "Snöröjning av cykelvägar tidigt", PARAPHRASE, submitter=world.submitter
    )
    both, duplicate_only, original_only = (member_of(world.skovde) for _ in range(3))
    for supporter, supported in [
        (both, original),
        (both, duplicate),
        (duplicate_only, duplicate),
        (original_only, original),
    ]:
        Support.objects.create(idea=supported, user=supporter)
    CommentFactory(idea=duplicate, author=world.submitter, body="Gäller även Stationsgatan.")
    CommentFactory(idea=duplicate, author=world.coach, body="Intern anteckning.", internal=True)
    return {
        "original": original,
        "duplicate": duplicate,
        "supporters": {both, duplicate_only, original_only},
    }


def _merge(world, user, duplicate, into, *, follow=False, **extra):
    url = reverse("ideas:merge", args=[duplicate.pk])
    return world.client_for(user).post(url, {"into": into.pk, **extra}, follow=follow)


def _unchanged(pair):
    """What a refused merge must leave as it was."""
    duplicate = Idea.objects.get(pk=pair["duplicate"].pk)
    return (
        duplicate.stage_id,
        duplicate.merged_into_id,
        sorted(Support.objects.values_list("idea_id", "user_id")),
        sorted(Comment.objects.values_list("idea_id", "pk")),
        Decision.objects.count(),
        Notification.objects.count(),
    )


# --- Merging -------------------------------------------------------------------------------


def test_the_coach_merges_a_duplicate_and_a_sammanslagen_decision_links_the_two(world, pair):
    original, duplicate = pair["original"], pair["duplicate"]
    response = _merge(world, world.coach, duplicate, original)
    assert response.status_code == 302 and response.url == original.get_absolute_url()
    duplicate.refresh_from_db()
    assert duplicate.stage.kind == Stage.Kind.MERGED and duplicate.stage.name == "Sammanslagen"
    assert duplicate.merged_into == original
    decision = Decision.objects.get(idea=duplicate)
    assert decision.to_stage == duplicate.stage and decision.merged_into == original
    assert decision.decided_by == world.coach
    assert decision.rationale == (
        "Samma idé som ”Ploga cykelbanorna före sju på morgonen”, som arbetet fortsätter med."
    )
    assert AuditEvent.objects.filter(action="idea.merge").count() == 1


def test_the_coach_is_told_the_merge_is_done(world, pair):
    response = _merge(world, world.coach, pair["duplicate"], pair["original"], follow=True)
    assert "Idén är sammanslagen med ”Ploga cykelbanorna före sju på morgonen”." in (response.text)


def test_a_rationale_given_is_kept(world, pair):
    _merge(world, world.coach, pair["duplicate"], pair["original"], rationale="Samma sak.")
    assert Decision.objects.get(idea=pair["duplicate"]).rationale == "Samma sak."


def test_supports_move_over_and_who_supported_both_counts_once(world, pair):
    _merge(world, world.coach, pair["duplicate"], pair["original"])
    supporters = set(
        Support.objects.filter(idea=pair["original"]).values_list("user_id", flat=True)
    )
    assert supporters == {user.pk for user in pair["supporters"]}
    assert Support.objects.filter(idea=pair["original"]).count() == 3
    assert not Support.objects.filter(idea=pair["duplicate"]).exists()


def test_comments_move_over(world, pair):
    _merge(world, world.coach, pair["duplicate"], pair["original"])
    bodies = set(Comment.objects.filter(idea=pair["original"]).values_list("body", flat=True))
    assert bodies == {"Gäller även Stationsgatan.", "Intern anteckning."}
    assert not Comment.objects.filter(idea=pair["duplicate"]).exists()


def test_both_submitters_are_told(world, pair):
    _merge(world, world.coach, pair["duplicate"], pair["original"])
    told = set(Notification.objects.values_list("recipient_id", flat=True))
    assert {world.submitter.pk, pair["original"].submitter_id} <= told
    assert world.coach.pk not in told  # who merged knows


def test_the_submitter_merged_into_is_told_with_a_link_they_may_open(world, pair):
    private = idea(
        world,
        "Snöröjning av cykelvägar, privat",
        PARAPHRASE,
        organisation=world.lidkoping,
        visibility=Visibility.PRIVATE,
    )
    original = idea(world, "Ploga cykelbanorna tidigt", submitter=world.submitter)
    _merge(world, world.coach, private, original)
    [told] = Notification.objects.filter(recipient=world.submitter)
    assert world.client_for(world.submitter).get(told.url).status_code == 200
    assert private.title not in told.subject


def test_a_merge_across_sluices_is_refused_and_changes_nothing(world, pair):
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    grant(world.coach, other, SluiceRole.Role.COACH)
    elsewhere = idea(world, "Ploga cykelbanorna i Tibro", sluice=other)
    before = _unchanged(pair)
    response = _merge(world, world.coach, pair["duplicate"], elsewhere, follow=True)
    assert response.redirect_chain == [(pair["duplicate"].get_absolute_url(), 302)]
    assert "Bara idéer i samma sluss kan slås samman." in response.text
    assert _unchanged(pair) == before


def test_an_idea_cannot_be_merged_into_itself(world, pair):
    before = _unchanged(pair)
    response = _merge(world, world.coach, pair["duplicate"], pair["duplicate"], follow=True)
    assert "En idé kan inte slås samman med sig själv." in response.text
    assert _unchanged(pair) == before


def test_an_idea_cannot_be_merged_into_a_merged_one(world, pair):
    third = idea(world, "Tredje om cykelbanor")
    services.merge(world.coach, third, into=pair["original"])
    before = _unchanged(pair)
    response = _merge(world, world.coach, pair["duplicate"], third, follow=True)
    assert "Den idén är själv sammanslagen" in response.text
    assert _unchanged(pair) == before


@pytest.mark.parametrize("persona", ["submitter", "colleague", "analyst"])
def test_people_who_may_see_but_not_decide_cannot_merge(world, pair, persona):
    before = _unchanged(pair)
    response = _merge(world, getattr(world, persona), pair["duplicate"], pair["original"])
    assert response.status_code == 403
    assert _unchanged(pair) == before


def test_an_outsider_gets_404_and_anonymous_visitors_must_log_in(world, pair):
    before = _unchanged(pair)
    assert _merge(world, world.outsider, pair["duplicate"], pair["original"]).status_code == 404
    anonymous = _merge(world, None, pair["duplicate"], pair["original"])
    assert anonymous.status_code == 302 and "/konto/" in anonymous.url
    assert _unchanged(pair) == before


def test_merging_into_an_idea_the_coach_cannot_see_is_404(world, pair):
    hidden = IdeaFactory(organisation=world.helsingborg, visibility=Visibility.ORGANISATION)
    before = _unchanged(pair)
    assert _merge(world, world.coach, pair["duplicate"], hidden).status_code == 404
    response = world.client_for(world.coach).post(
        reverse("ideas:merge", args=[pair["duplicate"].pk]), {"into": "abc"}
    )
    assert response.status_code == 404
    assert _unchanged(pair) == before


def test_merging_is_a_post(world, pair):
    url = reverse("ideas:merge", args=[pair["duplicate"].pk])
    assert world.client_for(world.coach).get(url).status_code == 405


# --- The coach's page of similar ideas -----------------------------------------------------


@pytest.fixture
def network(world, pair):
    """Similar ideas in another sluice of the network: one active, one already implemented."""
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    other_topics(world)
    return {
        "active": idea(world, "Ploga cykelbanorna tidigt i Tibro", PARAPHRASE, sluice=other),
        "implemented": idea(
            world,
            "Cykelbanorna plogas först i Tibro",
            PARAPHRASE,
            sluice=other,
            stage=other.stages.get(kind=Stage.Kind.IMPLEMENTED),
        ),
        "hidden": IdeaFactory(
            title="Ploga cykelbanorna i Helsingborg",
            problem=PARAPHRASE,
            organisation=world.helsingborg,
            visibility=Visibility.ORGANISATION,
        ),
    }


def _similar_page(world, user, idea_, **headers):
    return world.client_for(user).get(reverse("ideas:similar", args=[idea_.pk]), headers=headers)


def _section(html, heading):
    return html.split(heading, 1)[1].split("<h3>", 1)[0]


def test_the_coach_sees_possible_duplicates_with_merge_buttons(world, pair, network):
    response = _similar_page(world, world.coach, pair["duplicate"])
    assert response.status_code == 200
    duplicates = _section(response.text, "Möjliga dubbletter i den här slussen")
    assert pair["original"].title in duplicates
    assert pair["duplicate"].title not in duplicates.split("<ul", 1)[1]  # not itself
    assert f'action="{reverse("ideas:merge", args=[pair["duplicate"].pk])}"' in duplicates
    assert f'name="into" value="{pair["original"].pk}"' in duplicates
    assert "Slå samman den här idén med ”Ploga cykelbanorna före sju på morgonen”" in duplicates


def test_the_coach_sees_active_similar_ideas_in_other_sluices(world, pair, network):
    html = _similar_page(world, world.coach, pair["duplicate"]).text
    elsewhere = _section(html, "Liknande aktiva idéer i andra slussar")
    assert network["active"].title in elsewhere and "Tibros sluss" in elsewhere
    assert network["implemented"].title not in elsewhere
    assert network["hidden"].title not in html
    assert 'name="into"' not in elsewhere  # nothing to merge across sluices


def test_merged_ideas_are_not_offered_as_duplicates(world, pair):
    third = idea(world, "Ploga cykelbanorna, en gång till", PARAPHRASE)
    services.merge(world.coach, third, into=pair["original"])
    html = _similar_page(world, world.coach, pair["duplicate"]).text
    assert third.title not in html


def test_a_decision_maker_may_merge_and_an_administrator_only_look(world, pair):
    assert 'name="into"' in _similar_page(world, world.decision_maker, pair["duplicate"]).text
    admin = _similar_page(world, world.admin, pair["duplicate"])
    assert admin.status_code == 200 and pair["original"].title in admin.text
    assert 'name="into"' not in admin.text


def test_a_finished_idea_offers_no_merge(world, pair):
    services.decide(
        world.decision_maker,
        pair["duplicate"],
        to_stage=stage(world.sluice, "Avslutad"),
        rationale="Klart.",
    )
    html = _similar_page(world, world.coach, pair["duplicate"]).text
    assert pair["original"].title in html and 'name="into"' not in html


def test_htmx_gets_the_fragment_and_the_idea_page_asks_for_it(world, pair):
    fragment = _similar_page(world, world.coach, pair["duplicate"], HX_Request="true")
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert pair["original"].title in fragment.text
    detail = world.client_for(world.coach).get(pair["duplicate"].get_absolute_url()).text
    assert f'hx-get="{reverse("ideas:similar", args=[pair["duplicate"].pk])}"' in detail


def test_nothing_similar_says_so(world):
    lonely = idea(world, "Brandvarnare i alla lägenheter", "Ingen annan skriver om detta.")
    html = _similar_page(world, world.coach, lonely).text
    assert "Ingen idé i den här slussen liknar den." in html
    assert "Inga som du får se." in html


@pytest.mark.parametrize("persona", ["submitter", "colleague", "analyst", "outsider"])
def test_the_similar_page_is_404_to_all_but_the_staff(world, pair, persona):
    assert _similar_page(world, getattr(world, persona), pair["duplicate"]).status_code == 404
    detail = world.client_for(getattr(world, persona)).get(pair["duplicate"].get_absolute_url())
    assert reverse("ideas:similar", args=[pair["duplicate"].pk]) not in detail.text


def test_anonymous_visitors_must_log_in_for_the_similar_page(world, pair):
    response = _similar_page(world, None, pair["duplicate"])
    assert response.status_code == 302 and "/konto/" in response.url


@pytest.mark.parametrize("pk", ["abc", "0", "99999999", "99999999999999999999999"])
def test_a_similar_page_of_no_idea_is_404(world, pk):
    url = reverse("ideas:similar", args=[pk])
    assert world.client_for(world.coach).get(url).status_code == 404


def test_a_duplicate_is_offered_even_when_copies_exist_in_other_sluices(world, pair):
    other = SluiceFactory(name="Tibros sluss", members=[world.skovde])
    for town in ("Tibro", "Hjo"):
        idea(world, f"Snöröjning av cykelvägar i {town}", PARAPHRASE, sluice=other)
    html = _similar_page(world, world.coach, pair["duplicate"]).text
    assert pair["original"].title in _section(html, "Möjliga dubbletter i den här slussen")
