"""Every domain an idea may be written in (welfare.py, townhall.py), by key."""

from .fields import MUNICIPALITY, REGION, Domain
from .townhall import CLIMATE, CULTURE, DIGITAL, PLANNING, STREETS, WORKPLACE
from .welfare import ELDERCARE, HEALTH, MEALS, SCHOOL, SOCIAL

DOMAINS: tuple[Domain, ...] = (
    ELDERCARE, SCHOOL, STREETS, CULTURE, SOCIAL, HEALTH, MEALS, CLIMATE, DIGITAL, WORKPLACE,
    PLANNING,
)  # fmt: skip
BY_KEY = {domain.key: domain for domain in DOMAINS}

__all__ = ["BY_KEY", "DOMAINS", "MUNICIPALITY", "REGION", "Domain"]
