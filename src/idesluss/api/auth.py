"""Who is calling: a personal API token, the browser session, or (for some reads) anyone.

Every endpoint acts as `request.user`, whichever way the caller proved who they are, so that
the services and rules see the same user object that the pages give them.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from ninja.errors import AuthenticationError
from ninja.security import APIKeyCookie, HttpBearer

from idesluss.accounts.models import ApiToken


class BearerToken(HttpBearer):
    """`Authorization: Bearer ids_…`, a personal API token (stored hashed, revocable)."""

    def authenticate(self, request, token):
        user = ApiToken.user_for_key(token) if token else None
        if user is None:
            # A caller who presents a key that does not work is told so, even on a read that
            # anyone may make: silently answering as anonymous would hide a revoked token.
            raise AuthenticationError
        request.user = user
        return user


class SessionAuth(APIKeyCookie):
    """The browser's Django session. Unsafe methods need the CSRF token, as on the pages."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request):
        if not request.user.is_authenticated:
            # No session, nothing a forged request could ride on: the caller is anonymous
            # (401 where login is needed) rather than "CSRF failed" (403).
            return None
        return super()._get_key(request)

    def authenticate(self, request, key):
        return request.user if request.user.is_authenticated else None


def anyone(request):
    """Lets anonymous callers through, as `AnonymousUser`; the queries show them public ideas."""
    return AnonymousUser()


# A token is tried first, so that a script holding one never needs a CSRF token.
LOGGED_IN = [BearerToken(), SessionAuth()]
ANYONE = [*LOGGED_IN, anyone]
