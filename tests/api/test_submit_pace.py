"""The API keeps the page's pace limit on submissions and says when to try again."""

from datetime import timedelta

import pytest
from django.utils import timezone

from idesluss.ideas.models import Idea

pytestmark = pytest.mark.django_db


def test_the_idea_past_the_limit_is_429_with_retry_after(world, api, settings):
    settings.IDEAS_PER_HOUR = 2
    caller = api(world.submitter)
    Idea.objects.filter(submitter=world.submitter).update(
        created_at=timezone.now() - timedelta(days=2)
    )
    for number in range(2):
        response = caller.post("/ideas", {"sluice": world.sluice.pk, "problem": f"Behov {number}"})
        assert response.status_code == 201, response.content
    refused = caller.post("/ideas", {"sluice": world.sluice.pk, "problem": "Ett behov till."})
    assert refused.status_code == 429
    assert "den senaste timmen" in refused.json()["detail"]
    assert 3500 <= int(refused["Retry-After"]) <= 3600
    assert not Idea.objects.filter(problem="Ett behov till.").exists()
