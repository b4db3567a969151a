import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_start_page_greets_visitors_in_swedish(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response["Content-Language"] == "sv"
    assert "Idéer som gör välfärden bättre" in response.text
    assert 'lang="sv"' in response.text


def test_swedish_is_shown_even_when_the_browser_prefers_english(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "Idéer som gör välfärden bättre" in response.text


def test_the_language_switch_gives_english_on_request(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    page = client.get("/")
    assert "Ideas that make the welfare better" in page.text
    assert 'lang="en"' in page.text


def test_the_start_page_shows_a_member_their_ideas_and_the_inbox_to_coaches(world):
    page = world.client_for(world.submitter).get("/").text
    assert "Välkommen, Sara" in page and world.idea.title in page
    assert "Inkorg" not in page
    coach_page = world.client_for(world.coach).get("/").text
    assert "Inkorg: 1 aktiv idé" in coach_page


def test_health_reports_the_database(client):
    response = client.get("/health/")
    assert response.json() == {"status": "ok", "database": "ok"}


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_a_request_timing_header_is_sent(client):
    assert client.get("/health/")["Server-Timing"].startswith("app;dur=")


def test_the_admin_is_for_super_users_only(world):
    assert world.client_for(world.admin).get("/admin/").status_code == 302
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser(email="root@idesluss.se", password="x" * 12)
    assert "Webbplatsadministration" in world.client_for(root).get("/admin/").text


def test_createadmin_makes_a_super_user(db, capsys):
    call_command("createadmin", "chef@skovde.se", "--password", "ett-langt-losenord")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(email="chef@skovde.se")
    assert user.is_superuser and user.check_password("ett-langt-losenord")
    assert "chef@skovde.se" in capsys.readouterr().out


def test_error_pages_explain_in_swedish(world):
    client = world.client_for(world.colleague)
    refused = client.post(reverse("ideas:take", args=[world.idea.pk]))
    assert refused.status_code == 403 and "Du har inte behörighet att göra detta." in refused.text
    missing = client.get("/finns-inte/")
    assert missing.status_code == 404 and "Sidan finns inte" in missing.text
