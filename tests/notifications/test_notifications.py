import pytest
from django.urls import reverse

from idesluss.ideas import services

pytestmark = pytest.mark.django_db


def test_notifications_are_listed_and_marked_read(world):
    services.add_comment(world.coach, world.idea, body="Kan du berätta mer?")
    client = world.client_for(world.submitter)
    assert '1<span class="visually-hidden"> oläst</span>' in client.get("/").text
    page = client.get(reverse("notifications:list")).text
    assert "Ny kommentar på ”Digital tavla för lediga hjälpmedel”" in page
    assert "Kim Coach skrev: Kan du berätta mer?" in page
    client.post(reverse("notifications:mark_read"))
    assert "oläst" not in client.get("/").text


def test_notifications_are_private(world):
    services.add_comment(world.coach, world.idea, body="Hemlig för andra")
    page = world.client_for(world.colleague).get(reverse("notifications:list")).text
    assert "Hemlig för andra" not in page and "Du har inga notiser." in page
