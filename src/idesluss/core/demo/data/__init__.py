"""The demo's content: Swedish texts about real municipalities and invented people."""

from . import (
    helsingborg_care,
    helsingborg_city,
    helsingborg_schools,
    skaraborg_administration,
    skaraborg_culture,
    skaraborg_eldercare,
    skaraborg_homecare,
    skaraborg_schools,
    skaraborg_streets,
)
from .spec import IdeaSpec

# In the order they are played: an idea that others are merged into comes before them.
IDEAS: tuple[IdeaSpec, ...] = (
    *skaraborg_eldercare.IDEAS,
    *skaraborg_homecare.IDEAS,
    *skaraborg_schools.IDEAS,
    *skaraborg_culture.IDEAS,
    *skaraborg_streets.IDEAS,
    *skaraborg_administration.IDEAS,
    *helsingborg_care.IDEAS,
    *helsingborg_schools.IDEAS,
    *helsingborg_city.IDEAS,
)
