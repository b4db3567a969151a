"""Browser tests: one Chromium per test process, one context per persona, axe on every page.

Chromium is Debian's (`/usr/bin/chromium`), never one downloaded by Playwright; pages must not
fetch anything from outside the live server.
"""

import os
import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings as django_settings
from django.db import connections
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from ..factories import PASSWORD

CHROMIUM = os.environ.get("IDESLUSS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = {"serious", "critical"}

TIMEOUT_MS = 10_000

expect.set_options(timeout=TIMEOUT_MS)

# Every browser test needs the live server, which needs a transactional database: each test
# ends with a flush, and the serialized rollback restores what the data migrations loaded (the
# municipalities and regions) before the next one. pytest-django runs transactional tests after
# the others; keep plain database tests out of browser test files, which xdist's loadfile
# schedules as one unit.
browser_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    # Playwright's sync API runs an event loop in this thread, and Django refuses database work
    # in a thread with a running loop. The tests do it on purpose, so only while the loop runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps connections in an asgiref Local, which switches to other storage while an
    # event loop runs in the thread: from here on the tests get new connection objects. If the
    # test databases were created before (a plain database test ran first in this process),
    # the snapshot that serialized_rollback restores is on the old objects only; without it
    # the restore would silently do nothing.
    snapshots = _database_snapshots()
    try:
        with sync_playwright() as playwright:
            for alias, snapshot in snapshots.items():
                connections[alias]._test_serialized_contents = snapshot
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def _database_snapshots() -> dict[str, str]:
    return {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all(initialized_only=True)
        if hasattr(connection, "_test_serialized_contents")
    }


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


class Browsing:
    """Opens pages as personas against the live server, each persona in its own context."""

    def __init__(self, browser: Browser, base_url: str):
        self.browser = browser
        self.base_url = base_url
        self.contexts: list[BrowserContext] = []
        self.outside_requests: list[str] = []

    def _context(self, javascript: bool = True) -> BrowserContext:
        context = self.browser.new_context(
            base_url=self.base_url, locale="sv-SE", java_script_enabled=javascript
        )
        context.set_default_timeout(TIMEOUT_MS)
        # Nothing outside the live server: a page that reaches out fails its test.
        context.route(re.compile(r"^(?!" + re.escape(self.base_url) + r")https?://"), self._refuse)
        self.contexts.append(context)
        return context

    def anonymous(self) -> Page:
        return self._context().new_page()

    def as_user(self, user, *, javascript: bool = True) -> Page:
        """A page with `user` already logged in (the session of Django's test client); with
        `javascript=False`, a browser that runs no scripts, as some people's do."""
        client = Client()
        client.force_login(user)
        context = self._context(javascript)
        context.add_cookies(
            [
                {
                    "name": django_settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                    "url": self.base_url,
                }
            ]
        )
        return context.new_page()

    def _refuse(self, route):
        self.outside_requests.append(route.request.url)
        route.abort()

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def browsing(browser, live_server) -> Iterator[Browsing]:
    browsing = Browsing(browser, live_server.url)
    yield browsing
    browsing.close()
    assert not browsing.outside_requests, "Pages fetched from outside the site"


def log_in(page: Page, email: str, password: str = PASSWORD):
    """Log in through the real login page, as a person would."""
    page.get_by_label("E-post").fill(email)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    at {node['target']}: {node['html']}")
            if node.get("failureSummary"):
                summary = node["failureSummary"].replace("\n", " ")
                lines.append(f"      {summary}")
    return "\n".join(lines)


@pytest.fixture
def assert_accessible(axe):
    """Run axe-core on the page; fail on any serious or critical violation, saying where."""

    def check(page: Page, name: str = ""):
        results = axe.run(page)
        blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
        assert not blocking, (
            f"axe-core finds serious or critical problems on {name or page.url}:\n"
            + describe_violations(blocking)
        )

    return check
