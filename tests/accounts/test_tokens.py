import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from idesluss.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def test_the_token_command_prints_a_key_that_is_stored_hashed(world, capsys):
    call_command("token", "sara@skovde.se")
    raw = capsys.readouterr().out.strip()
    assert raw.startswith("ids_") and len(raw) > 40
    token = ApiToken.objects.get(user=world.submitter)
    assert raw not in (token.key_hash, token.hint) and token.hint == raw[:10]
    assert ApiToken.user_for_key(raw) == world.submitter


def test_the_token_command_refuses_an_unknown_address(db):
    with pytest.raises(CommandError, match="ingen@example.se"):
        call_command("token", "ingen@example.se")


def test_a_person_creates_and_revokes_a_token_on_the_page(world):
    client = world.client_for(world.submitter)
    page = client.post(reverse("accounts:tokens"), {"name": "Rapportskript"})
    assert "Kopiera den nu" in page.text
    token = ApiToken.objects.get(user=world.submitter)
    assert client.post(reverse("accounts:revoke_token", args=[token.pk])).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert "Återkallad" in client.get(reverse("accounts:tokens")).text


def test_a_nameless_token_is_refused_in_swedish(world):
    page = world.client_for(world.submitter).post(reverse("accounts:tokens"), {"name": ""})
    assert "Ge nyckeln ett namn." in page.text
    assert not ApiToken.objects.exists()


def test_nobody_revokes_someone_elses_token(world):
    token, _raw = ApiToken.issue(world.submitter, "privat")
    response = world.client_for(world.colleague).post(
        reverse("accounts:revoke_token", args=[token.pk])
    )
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_login_page_is_swedish_and_logs_in_by_e_mail(world, client):
    page = client.get(reverse("account_login"))
    assert "Logga in" in page.text
    from ..factories import PASSWORD

    response = client.post(
        reverse("account_login"), {"login": "sara@skovde.se", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "Välkommen, Sara" in client.get("/").text


def test_a_wrong_password_gives_a_swedish_message(world, client):
    response = client.post(reverse("account_login"), {"login": "sara@skovde.se", "password": "fel"})
    assert response.status_code == 200
    assert "Epost-adressen och/eller lösenordet är felaktigt." in response.text
