"""At most IDEAS_PER_HOUR ideas an hour from one person, on the page and through the API: what
they typed stays on the page, and the API says when to try again."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from idesluss.ideas import services
from idesluss.ideas.models import Idea

pytestmark = pytest.mark.django_db


def _submit(world, number):
    return services.submit_idea(
        world.submitter, sluice=world.sluice, title=f"Idé {number}", problem="Ett behov."
    )


@pytest.fixture
def three_an_hour(settings):
    settings.IDEAS_PER_HOUR = 3


def _three_within_the_hour(world):
    Idea.objects.filter(submitter=world.submitter).update(
        created_at=timezone.now() - timedelta(days=2)
    )
    for number in range(3):
        _submit(world, number)


def test_the_idea_past_the_limit_is_refused_with_a_swedish_message(world, three_an_hour):
    _three_within_the_hour(world)
    with pytest.raises(services.TooManyIdeas) as refused:
        _submit(world, 4)
    assert "3 idéer den senaste timmen" in " ".join(refused.value.messages)
    assert Idea.objects.filter(title="Idé 4").count() == 0


def test_ideas_older_than_an_hour_do_not_count(world, three_an_hour):
    _three_within_the_hour(world)
    Idea.objects.filter(submitter=world.submitter).update(
        created_at=timezone.now() - timedelta(minutes=61)
    )
    assert _submit(world, 4).title == "Idé 4"


def test_zero_means_no_limit(world, settings):
    settings.IDEAS_PER_HOUR = 0
    for number in range(25):
        _submit(world, number)
    assert Idea.objects.filter(submitter=world.submitter, title__startswith="Idé").count() == 25


def test_the_page_keeps_what_was_typed_and_says_why(world, three_an_hour):
    _three_within_the_hour(world)
    client = world.client_for(world.submitter)
    response = client.post(
        reverse("ideas:submit"),
        {
            "sluice": world.sluice.pk,
            "title": "Fler bänkar i parken",
            "problem": "Äldre behöver kunna vila på vägen till affären.",
            "visibility": "organisation",
        },
    )
    assert response.status_code == 429
    page = response.content.decode()
    assert "den senaste timmen" in page
    assert "Fler bänkar i parken" in page
    assert "Äldre behöver kunna vila på vägen till affären." in page
