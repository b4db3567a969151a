import pytest
from django.test import Client

from idesluss.accounts.models import ApiToken

API = "/api/v1"


class Caller:
    """A JSON client for the API, as a session user, a token holder or anonymous."""

    def __init__(self, client: Client, headers: dict | None = None):
        self.client, self.headers = client, headers or {}

    def get(self, path, **params):
        return self.client.get(API + path, params, headers=self.headers)

    def post(self, path, body=None, *, raw: str | None = None):
        data = raw if raw is not None else body or {}
        return self.client.post(
            API + path, data, content_type="application/json", headers=self.headers
        )


@pytest.fixture
def api(world):
    """api(user) calls with the user's session; api(None) anonymously."""

    def as_user(user) -> Caller:
        return Caller(world.client_for(user))

    return as_user


@pytest.fixture
def api_with_token():
    """api_with_token(raw_key) calls with `Authorization: Bearer <key>` and no session."""

    def with_token(raw: str) -> Caller:
        return Caller(Client(), {"Authorization": f"Bearer {raw}"})

    return with_token


@pytest.fixture
def token_for():
    def issue(user) -> str:
        _token, raw = ApiToken.issue(user, "tests")
        return raw

    return issue


@pytest.fixture
def stages(world):
    """The joint sluice's stages in pipeline order: 0 received, 1 assessment, 3 a gate …"""
    return list(world.sluice.stages.order_by("position"))
