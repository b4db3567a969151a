"""The JSON API, /api/v1/: one router per app, one exception mapping, OpenAPI at openapi.json.

Callers authenticate with a personal API token (`Authorization: Bearer …`) or the browser
session (with the CSRF token on writes). Reads of ideas are open to anyone for public ideas.
"""

from ninja import NinjaAPI

from . import errors, ideas, search, sluices
from .auth import LOGGED_IN

api = NinjaAPI(
    title="Idésluss API",
    version="1",
    description="Ideas, sluices, decisions and comments, with the same rules as the pages. "
    "Authenticate with a personal API token: `Authorization: Bearer <token>` "
    "(`idesluss token <e-mail>` prints one), or the browser session.",
    urls_namespace="api",
    auth=LOGGED_IN,
    parser=errors.JsonParser(),
)
errors.install(api)
api.add_router("", sluices.router)
api.add_router("", ideas.router)
api.add_router("", search.router)
api.add_router("", "idesluss.api.outcomes.router")
api.add_router("", "idesluss.api.insights.router")
