from dataclasses import dataclass

import pytest
from django.test import Client

from idesluss.organisations.models import Organisation, SluiceRole

from .factories import IdeaFactory, SluiceFactory, grant, member_of


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@dataclass
class World:
    """A joint sluice of two real municipalities, its people, and an outsider elsewhere."""

    skovde: Organisation
    lidkoping: Organisation
    helsingborg: Organisation
    sluice: object
    submitter: object
    colleague: object
    coach: object
    decision_maker: object
    admin: object
    analyst: object
    outsider: object
    idea: object

    def client_for(self, user) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client


@pytest.fixture
def world(db) -> World:
    skovde = Organisation.objects.get(kind="municipality", code="1496")
    lidkoping = Organisation.objects.get(kind="municipality", code="1494")
    helsingborg = Organisation.objects.get(kind="municipality", code="1283")
    sluice = SluiceFactory(
        name="Skaraborgs innovationssluss", slug="skaraborg", members=[skovde, lidkoping]
    )
    submitter = member_of(skovde, name="Sara Idégivare", email="sara@skovde.se")
    coach = grant(
        member_of(skovde, name="Kim Coach", email="kim@skovde.se"), sluice, SluiceRole.Role.COACH
    )
    decision_maker = grant(
        member_of(lidkoping, name="Dan Beslutsfattare", email="dan@lidkoping.se"),
        sluice,
        SluiceRole.Role.DECISION_MAKER,
    )
    admin = grant(
        member_of(skovde, name="Ada Admin", email="ada@skovde.se"), sluice, SluiceRole.Role.ADMIN
    )
    analyst = grant(
        member_of(lidkoping, name="Ana Analytiker", email="ana@lidkoping.se"),
        sluice,
        SluiceRole.Role.ANALYST,
    )
    return World(
        skovde=skovde,
        lidkoping=lidkoping,
        helsingborg=helsingborg,
        sluice=sluice,
        submitter=submitter,
        colleague=member_of(skovde, name="Kalle Kollega", email="kalle@skovde.se"),
        coach=coach,
        decision_maker=decision_maker,
        admin=admin,
        analyst=analyst,
        outsider=member_of(helsingborg, name="Olle Utomstående", email="olle@helsingborg.se"),
        idea=IdeaFactory(
            sluice=sluice,
            organisation=skovde,
            submitter=submitter,
            title="Digital tavla för lediga hjälpmedel",
        ),
    )
