"""Supporting an idea updates the count in place (htmx), without reloading the page."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_a_colleague_supports_an_idea_without_a_page_reload(world, browsing, assert_accessible):
    page = browsing.as_user(world.colleague)
    page.goto(world.idea.get_absolute_url())
    support = page.locator("#support")
    expect(support.locator("p")).to_have_text(re.compile(r"^0\b"))
    assert_accessible(page, "idea detail as colleague")
    # A full page load would start a new window object and lose this mark.
    page.evaluate("window.stillTheSamePage = true")

    button = support.get_by_role("button", name="Stöd idén")
    expect(button).to_have_attribute("aria-pressed", "false")
    with page.expect_response(lambda response: response.url.endswith("/stod/")) as answer:
        button.click()
    assert answer.value.status == 200
    assert answer.value.request.headers.get("hx-request") == "true"
    expect(support.locator("p")).to_have_text(re.compile(r"^1\b"))
    expect(support.get_by_role("button")).to_have_attribute("aria-pressed", "true")
    assert world.idea.supports.filter(user=world.colleague).exists()
    assert page.evaluate("window.stillTheSamePage") is True
    assert_accessible(page, "idea detail as colleague, after supporting")

    support.get_by_role("button").click()  # withdraws the support
    expect(support.locator("p")).to_have_text(re.compile(r"^0\b"))
    expect(support.get_by_role("button", name="Stöd idén")).to_have_attribute(
        "aria-pressed", "false"
    )
    assert not world.idea.supports.exists()
    assert page.evaluate("window.stillTheSamePage") is True
