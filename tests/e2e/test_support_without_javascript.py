"""The support form works without JavaScript: a plain POST and a redirect back to the idea.

Not a browser test, and kept out of the browser test files on purpose: those flush the
database, so they must not share a file (an xdist work unit) with tests that do not.
"""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_plain_post_supports_the_idea_and_redirects_back(world):
    client = world.client_for(world.colleague)
    url = reverse("ideas:support", args=[world.idea.pk])

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == world.idea.get_absolute_url()
    assert world.idea.supports.filter(user=world.colleague).exists()
    page = client.get(response["Location"])
    assert page.context["support_count"] == 1
    assert re.search(r"<p>1 \w", page.text)
    assert 'aria-pressed="true"' in page.text

    response = client.post(url)
    assert response.status_code == 302
    assert not world.idea.supports.exists()
    assert 'aria-pressed="false"' in client.get(world.idea.get_absolute_url()).text


def test_htmx_gets_only_the_support_part(world):
    client = world.client_for(world.colleague)
    response = client.post(
        reverse("ideas:support", args=[world.idea.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert re.search(r"<p>1 \w", response.text)
    assert 'aria-pressed="true"' in response.text


def test_the_submitter_cannot_support_their_own_idea(world):
    client = world.client_for(world.submitter)
    response = client.post(reverse("ideas:support", args=[world.idea.pk]))
    assert response.status_code == 403
    assert not world.idea.supports.exists()


def test_an_outsider_gets_404(world):
    client = world.client_for(world.outsider)
    response = client.post(reverse("ideas:support", args=[world.idea.pk]))
    assert response.status_code == 404
