"""The demo data set: two sluices of real municipalities, their people and about 70 ideas."""

from .build import DEMO_PASSWORD, DemoConflict, is_loaded, load_demo
from .data.people import LOGINS

__all__ = ["DEMO_PASSWORD", "LOGINS", "DemoConflict", "is_loaded", "load_demo"]
