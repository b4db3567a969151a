"""Synthetic data at benchmark scale: `idesluss benchdata --scale small|region|national`.

world.py plans organisations, sluices and people; lifecycle.py lives through every idea;
phrasebook.py writes the Swedish; load.py writes it all in bulk (database.py); summary.py
finds the log-ins and ids a benchmark needs. Everything is decided by the seed.
"""

from .load import AlreadyLoaded, is_loaded, load
from .scales import SCALES
from .summary import summarise
from .world import PASSWORD

__all__ = ["PASSWORD", "SCALES", "AlreadyLoaded", "is_loaded", "load", "summarise"]
