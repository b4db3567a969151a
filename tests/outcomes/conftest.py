from datetime import timedelta

import pytest
from django.utils import timezone

from idesluss.outcomes import services

from ..ideas.test_submit import PNG

YESTERDAY = timezone.localdate() - timedelta(days=1)
EVIDENCE = "https://www.skovde.se/nyheter/strokegreppet"
__all__ = ["EVIDENCE", "PNG", "YESTERDAY"]


@pytest.fixture
def record(world):
    """record(user=coach, **fields): an outcome on the world's idea through the service."""

    def outcome(user=None, idea=None, **fields):
        values = {"kind": "product", "title": "Strokegreppet", "date": YESTERDAY}
        values["evidence_url"] = EVIDENCE
        values.update(fields)
        return services.record_outcome(user or world.coach, idea or world.idea, **values)

    return outcome


@pytest.fixture
def benefit(world):
    """benefit(user=coach, **fields): a benefit on the world's idea through the service."""

    def add(user=None, idea=None, **fields):
        values = {
            "name": "Tid för pappersblanketter",
            "unit": "hours",
            "baseline": 120,
            "target": 20,
            "implemented_on": timezone.localdate() - timedelta(days=30),
        }
        values.update(fields)
        return services.add_benefit(user or world.coach, idea or world.idea, **values)

    return add
