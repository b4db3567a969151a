from dataclasses import dataclass

import pytest
from django.test import Client

from idesluss.organisations.models import Organisation, SluiceRole

from .factories import IdeaFactory, SluiceFactory, grant, member_of


def pytest_addoption(parser):
    parser.addoption(
        "--transactional",
        choices=("only", "skip"),
        help="Run only the tests that commit (transactional_db), or all but those. A test that "
        "commits empties the database when it ends, so the tests after it on the same worker "
        "would find no municipalities; `make test` runs the two kinds one after the other.",
    )


def _commits(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or (
        "transactional_db" in getattr(item, "fixturenames", ())
    )


def pytest_collection_modifyitems(config, items):
    mode = config.getoption("--transactional")
    if mode is None:
        return
    keep = [item for item in items if _commits(item) == (mode == "only")]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


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
