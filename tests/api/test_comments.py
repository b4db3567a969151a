"""GET and POST /api/v1/ideas/{id}/comments."""

import pytest

from idesluss.ideas.models import Comment, Idea, Visibility

from ..factories import CommentFactory

pytestmark = pytest.mark.django_db


def _path(world):
    return f"/ideas/{world.idea.pk}/comments"


def test_the_submitter_comments_and_reads_it_back(world, api):
    response = api(world.submitter).post(_path(world), {"body": "  Det gäller alla boenden.  "})
    assert response.status_code == 201
    body = response.json()
    assert body["body"] == "Det gäller alla boenden."
    assert body["author"] == "Sara Idégivare"
    assert body["by_submitter"] is True and body["internal"] is False
    listed = api(world.submitter).get(_path(world)).json()
    assert [c["id"] for c in listed] == [body["id"]]


def test_staff_write_internal_notes_that_only_staff_read(world, api):
    CommentFactory(idea=world.idea, author=world.submitter, body="Synlig")
    response = api(world.coach).post(_path(world), {"body": "Kolla budgeten.", "internal": True})
    assert response.status_code == 201
    assert response.json()["internal"] is True
    assert [c["body"] for c in api(world.coach).get(_path(world)).json()] == [
        "Synlig",
        "Kolla budgeten.",
    ]
    assert [c["body"] for c in api(world.submitter).get(_path(world)).json()] == ["Synlig"]
    assert [c["body"] for c in api(world.colleague).get(_path(world)).json()] == ["Synlig"]


def test_the_submitter_cannot_write_an_internal_note(world, api):
    response = api(world.submitter).post(_path(world), {"body": "Hemligt", "internal": True})
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_colleague_who_may_read_the_idea_gets_403(world, api):
    assert api(world.colleague).get(_path(world)).status_code == 200
    internal = api(world.colleague).post(_path(world), {"body": "Hemligt", "internal": True})
    visible = api(world.colleague).post(_path(world), {"body": "Bra idé!"})
    assert internal.status_code == visible.status_code == 403
    assert not Comment.objects.exists()


def test_an_outsider_gets_404_on_reading_and_writing(world, api):
    assert api(world.outsider).get(_path(world)).status_code == 404
    assert api(world.outsider).post(_path(world), {"body": "Hej"}).status_code == 404


def test_an_unknown_idea_is_404(world, api):
    assert api(world.coach).get("/ideas/987654/comments").status_code == 404
    assert api(world.coach).post("/ideas/987654/comments", {"body": "Hej"}).status_code == 404


def test_anonymous_callers_read_the_visible_comments_of_a_public_idea_only(world, api):
    CommentFactory(idea=world.idea, author=world.coach, body="Synlig")
    CommentFactory(idea=world.idea, author=world.coach, body="Intern", internal=True)
    assert api(None).get(_path(world)).status_code == 404
    Idea.objects.filter(pk=world.idea.pk).update(visibility=Visibility.PUBLIC)
    assert [c["body"] for c in api(None).get(_path(world)).json()] == ["Synlig"]
    assert api(None).post(_path(world), {"body": "Hej"}).status_code == 401


def test_an_empty_comment_is_refused(world, api):
    response = api(world.submitter).post(_path(world), {"body": "   "})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "body"]
    assert not Comment.objects.exists()


def test_fifty_thousand_characters_are_refused(world, api):
    response = api(world.submitter).post(_path(world), {"body": "a" * 50_000})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "string_too_long"
    assert not Comment.objects.exists()


def test_internal_must_be_true_or_false(world, api):
    response = api(world.coach).post(_path(world), {"body": "Hej", "internal": "kanske"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "internal"]


def test_malformed_json_is_a_bad_request(world, api):
    response = api(world.submitter).post(_path(world), raw='{"body": "oavslutad')
    assert response.status_code == 400
