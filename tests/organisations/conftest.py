import pytest

from idesluss.organisations.models import Category


@pytest.fixture
def category(world):
    return Category.objects.create(sluice=world.sluice, name="Äldreomsorg", position=0)


@pytest.fixture
def admin(world):
    """A logged-in client of the sluice's administrator; one session, so messages carry over."""
    return world.client_for(world.admin)
