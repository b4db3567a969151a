import pytest
from django.urls import reverse

from idesluss.audit.models import AuditEvent
from idesluss.organisations.models import SluiceRole

from ..factories import UserFactory, grant
from .helpers import section, settings_url

pytestmark = pytest.mark.django_db


def _grant(client, world, email, role="coach"):
    return client.post(
        settings_url(world, "sluices:role-grant"), {"role-email": email, "role-role": role}
    )


def _revoke(client, world, user, role):
    granted = SluiceRole.objects.get(sluice=world.sluice, user=user, role=role)
    return client.post(settings_url(world, "sluices:role-revoke", granted.pk))


def test_the_roles_are_listed_by_kind(world, admin):
    roles = section(admin.get(settings_url(world)).text, "roles")
    for heading, person in [
        ("Idécoach", "Kim Coach"),
        ("Beslutsfattare", "Dan Beslutsfattare"),
        ("Analytiker", "Ana Analytiker"),
        ("Slussadministratör", "Ada Admin"),
    ]:
        assert roles.index(f"<h3>{heading}</h3>") < roles.index(person)
    assert 'Ta bort<span class="visually-hidden"> Kim Coach som idécoach</span>' in roles


def test_it_grants_a_role_by_e_mail_address(world, admin):
    response = _grant(admin, world, "  Kalle@Skovde.se ", role="decision_maker")
    assert response.status_code == 302
    assert response["Location"] == settings_url(world) + "#roles"
    granted = SluiceRole.objects.get(sluice=world.sluice, user=world.colleague)
    assert granted.role == SluiceRole.Role.DECISION_MAKER
    event = AuditEvent.objects.get(action="role.grant", target_id=str(granted.pk))
    assert event.data == {"user": world.colleague.pk, "role": "decision_maker"}
    page = admin.get(settings_url(world)).text
    assert "Kalle Kollega är nu beslutsfattare." in page
    roles = section(page, "roles")
    assert roles.index("<h3>Beslutsfattare</h3>") < roles.index("Kalle Kollega")
    assert roles.index("Kalle Kollega") < roles.index("<h3>Analytiker</h3>")


def test_a_new_coach_gets_the_inbox(world, admin):
    _grant(admin, world, "kalle@skovde.se")
    assert world.client_for(world.colleague).get(reverse("ideas:inbox")).status_code == 200


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("nobody@skovde.se", "Ingen med e-postadressen nobody@skovde.se har ett konto här."),
        ("inte en adress", "Ange en giltig e-postadress."),
        ("", "Ange personens e-postadress."),
    ],
)
def test_it_refuses_an_unknown_or_bad_e_mail_address_and_keeps_it(world, admin, email, message):
    response = _grant(admin, world, email, role="analyst")
    assert response.status_code == 400
    assert "Ändringen gjordes inte. Se ”Roller” nedan." in response.text
    roles = section(response.text, "roles")
    assert message in roles
    if email:
        assert f'value="{email}"' in roles
    assert '<option value="analyst" selected>' in roles
    assert not AuditEvent.objects.filter(action="role.grant").exists()


def test_an_inactive_account_cannot_be_given_a_role(world, admin):
    UserFactory(email="slutat@skovde.se", is_active=False)
    assert _grant(admin, world, "slutat@skovde.se").status_code == 400


def test_it_revokes_a_role(world, admin):
    response = _revoke(admin, world, world.coach, SluiceRole.Role.COACH)
    assert response.status_code == 302
    assert not SluiceRole.objects.filter(sluice=world.sluice, user=world.coach).exists()
    assert AuditEvent.objects.filter(action="role.revoke").get().data == {
        "user": world.coach.pk,
        "role": "coach",
    }
    page = admin.get(settings_url(world)).text
    assert "Kim Coach är inte längre idécoach." in page
    assert "Kim Coach" not in section(page, "roles")


def test_it_refuses_to_remove_the_last_administrator(world, admin):
    response = _revoke(admin, world, world.admin, SluiceRole.Role.ADMIN)
    assert response.status_code == 400
    roles = section(response.text, "roles")
    assert "En sluss måste ha kvar minst en administratör." in roles
    assert "Ada Admin" in roles
    assert SluiceRole.objects.filter(user=world.admin, role=SluiceRole.Role.ADMIN).exists()


def test_an_administrator_who_steps_down_is_sent_to_the_sluice_list(world, admin):
    grant(world.colleague, world.sluice, SluiceRole.Role.ADMIN)
    response = _revoke(admin, world, world.admin, SluiceRole.Role.ADMIN)
    assert response.status_code == 302
    assert response["Location"] == reverse("sluices:list")
    assert admin.get(settings_url(world)).status_code == 403
    assert world.client_for(world.colleague).get(settings_url(world)).status_code == 200
