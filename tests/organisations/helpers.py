"""Helpers for reading the sluice settings pages in tests."""

import re

from django.urls import reverse


def settings_url(world, name="sluices:settings", *args):
    return reverse(name, args=[world.sluice.slug, *args])


def section(html: str, section_id: str) -> str:
    """The HTML of one <section> of the settings page."""
    found = re.search(rf'<section id="{section_id}".*?</section>', html, re.S)
    assert found, f"no section {section_id}"
    return found.group(0)


def stage_names(html: str) -> list[str]:
    """Stage names in the order the settings page lists them."""
    return re.findall(r'<th scope="row">([^<]+)</th>', section(html, "stages"))
