import pytest
from django.urls import reverse

from idesluss.ideas.models import Comment, Idea
from idesluss.notifications.models import Notification

pytestmark = pytest.mark.django_db


def _comment(world, user, body, internal=False):
    data = {"body": body}
    if internal:
        data["internal"] = "on"
    return world.client_for(user).post(reverse("ideas:comment", args=[world.idea.pk]), data)


def test_internal_notes_are_for_staff_only(world):
    assert (
        _comment(world, world.coach, "Påminner om liknande idé i Skara.", internal=True).status_code
        == 302
    )
    assert (
        "Påminner om liknande idé i Skara."
        in world.client_for(world.decision_maker).get(world.idea.get_absolute_url()).text
    )
    for reader in (world.submitter, world.colleague):
        page = world.client_for(reader).get(world.idea.get_absolute_url())
        assert page.status_code == 200
        assert "Påminner om liknande idé i Skara." not in page.text
    assert not Notification.objects.filter(recipient=world.submitter).exists()


def test_the_coach_asks_and_the_submitter_answers(world):
    _comment(world, world.coach, "Hur många brukare berörs?")
    assert Notification.objects.filter(recipient=world.submitter).count() == 1
    Idea.objects.filter(pk=world.idea.pk).update(coach=world.coach)
    assert _comment(world, world.submitter, "Ungefär fyrtio i veckan.").status_code == 302
    assert Notification.objects.filter(recipient=world.coach).count() == 1
    page = world.client_for(world.submitter).get(world.idea.get_absolute_url())
    assert "Hur många brukare berörs?" in page.text and "Ungefär fyrtio i veckan." in page.text
    world.idea.refresh_from_db()
    assert world.idea.first_response_at is not None


def test_the_submitter_cannot_write_an_internal_note(world):
    _comment(world, world.submitter, "Försöker vara intern", internal=True)
    assert Comment.objects.get().internal is False


def test_a_colleague_reads_but_cannot_comment(world):
    assert _comment(world, world.colleague, "Hej").status_code == 403
    assert _comment(world, world.outsider, "Hej").status_code == 404
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused_in_swedish(world):
    response = _comment(world, world.coach, "   ")
    assert response.status_code == 400
    assert "Skriv en kommentar." in response.text


def test_htmx_comment_returns_the_history_fragment(world):
    response = world.client_for(world.coach).post(
        reverse("ideas:comment", args=[world.idea.pk]),
        {"body": "Via htmx"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert "Via htmx" in response.text
    assert "<html" not in response.text


def test_a_coach_working_in_english_notifies_the_submitter_in_swedish(world):
    """Notifications are in the site's language, whatever language the one who caused them uses
    (the e-mail and the in-app message are read later, by someone else)."""
    client = world.client_for(world.coach)
    client.cookies["django_language"] = "en"
    url = reverse("ideas:comment", args=[world.idea.pk])
    assert client.post(url, {"body": "Bra idé, vi testar."}).status_code == 302
    told = Notification.objects.get(recipient=world.idea.submitter, idea=world.idea)
    assert told.subject == f"Ny kommentar på ”{world.idea.title}”"
    assert told.body.endswith("skrev: Bra idé, vi testar.")
