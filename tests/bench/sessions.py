"""Sessions against the server: the real log-in form and its CSRF tokens, and following the idea
list's "next" link to its deep page."""

import asyncio
import html
import re
import sys
from urllib.parse import urlencode, urljoin

import load

LOGIN_PAGE = "/konto/login/"

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Session:
    def __init__(self, base: str):
        self.base = base
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def header(self) -> dict:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def request(self, method: str, path: str, form: dict | None = None) -> load.Response:
        headers = self.header()
        body = b""
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urlencode(form).encode()
        response = asyncio.run(load.fetch(self.base, method, path, headers, body))
        self.cookies.update(response.cookies())
        match = CSRF_INPUT.search(response.text())
        if match:
            self.csrf = match.group(1)
        return response

    def log_in(self, email: str, password: str):
        self.request("GET", LOGIN_PAGE)
        form = {"login": email, "password": password, "csrfmiddlewaretoken": self.csrf}
        response = self.request("POST", LOGIN_PAGE, form)
        if response.status != 302 or "sessionid" not in self.cookies:
            sys.exit(f"Log-in as {email} failed: {response.status} {response.text()[:300]!r}")
        # Django rotates the CSRF token at log-in: fetch a form page for the new one.
        self.request("GET", "/ideer/ny/")


NEXT_REL = re.compile(r"<a\b[^>]*\brel=\"next\"[^>]*>", re.I)
HREF = re.compile(r'href="([^"]*)"')
PAGINATION = re.compile(r'<nav class="pagination".*?</nav>', re.S)
NEXT_TEXT = re.compile(r'<a\b[^>]*href="([^"]*)"[^>]*>\s*(?:Nästa sida|Next page)\s*</a>', re.I)


def next_link(page_html: str) -> str | None:
    tag = NEXT_REL.search(page_html)
    if tag:
        href = HREF.search(tag.group(0))
        return html.unescape(href.group(1)) if href else None
    nav = PAGINATION.search(page_html)
    if nav:
        link = NEXT_TEXT.search(nav.group(0))
        if link:
            return html.unescape(link.group(1))
    return None


def find_deep_page(session: Session, first: str, wanted: int) -> tuple[str, int]:
    """Follows "next" from the first page; returns the URL of page `wanted` (or the last)."""
    url, number = first, 1
    while number < wanted:
        response = session.request("GET", url)
        if response.status != 200:
            sys.exit(f"GET {url}: {response.status}")
        link = next_link(response.text())
        if link is None:
            break
        url = urljoin(url, link)
        number += 1
    return url, number
