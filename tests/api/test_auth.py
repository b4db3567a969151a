"""Who may call: personal API tokens, the session (with CSRF on writes), anonymous readers."""

import pytest
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from django.utils import timezone

from idesluss.accounts.models import ApiToken
from idesluss.ideas.models import Comment, Idea, Visibility

from .conftest import API

pytestmark = pytest.mark.django_db


def test_a_bearer_token_reads_and_writes_without_a_session_or_csrf(
    world, api_with_token, token_for
):
    caller = api_with_token(token_for(world.submitter))
    assert caller.get(f"/ideas/{world.idea.pk}").json()["submitter"] == "Sara Idégivare"
    response = caller.post(f"/ideas/{world.idea.pk}/comments", {"body": "Via API:et"})
    assert response.status_code == 201
    assert Comment.objects.get().author == world.submitter
    assert ApiToken.objects.get().last_used_at is not None


def test_a_bearer_token_acts_with_the_rights_of_its_owner(world, api_with_token, token_for):
    caller = api_with_token(token_for(world.outsider))
    assert caller.get(f"/ideas/{world.idea.pk}").status_code == 404


def test_a_revoked_token_gets_401(world, api_with_token, token_for):
    raw = token_for(world.submitter)
    ApiToken.objects.update(revoked_at=timezone.now())
    caller = api_with_token(raw)
    assert caller.get("/ideas").status_code == 401
    assert caller.get("/sluices").status_code == 401
    response = caller.post(f"/ideas/{world.idea.pk}/comments", {"body": "Hej"})
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert not Comment.objects.exists()


def test_an_unknown_token_gets_401_even_where_anyone_may_read(world, api_with_token):
    Idea.objects.update(visibility=Visibility.PUBLIC)
    assert api_with_token("ids_not-a-real-key").get("/ideas").status_code == 401


def test_the_token_of_a_deactivated_user_gets_401(world, api_with_token, token_for):
    raw = token_for(world.submitter)
    world.submitter.is_active = False
    world.submitter.save()
    assert api_with_token(raw).get("/ideas").status_code == 401


def test_the_session_needs_the_csrf_token_to_write(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.submitter)
    path = f"{API}/ideas/{world.idea.pk}/comments"
    refused = client.post(path, {"body": "Utan token"}, content_type="application/json")
    assert refused.status_code == 403
    secret = _get_new_csrf_string()
    client.cookies["csrftoken"] = secret
    allowed = client.post(
        path,
        {"body": "Med token"},
        content_type="application/json",
        headers={"X-CSRFToken": secret},
    )
    assert allowed.status_code == 201
    assert [c.body for c in Comment.objects.all()] == ["Med token"]


def test_the_session_reads_without_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.colleague)
    assert client.get(f"{API}/ideas/{world.idea.pk}").status_code == 200


def test_anonymous_callers_are_asked_to_authenticate_on_writes(world, api):
    response = api(None).post("/ideas", {"sluice": world.sluice.pk, "problem": "Hej"})
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["detail"]


def test_messages_are_swedish_unless_the_language_cookie_says_otherwise(world, api):
    caller = api(world.submitter)
    swedish = caller.post("/ideas", {"sluice": world.sluice.pk}).json()
    caller.client.cookies["django_language"] = "en"
    english = caller.post("/ideas", {"sluice": world.sluice.pk}).json()
    assert swedish["detail"][0]["msg"] == "Detta fält måste fyllas i."
    assert english["detail"][0]["msg"] == "This field is required."
