"""The insights app's models, each defined in the module of its own part of the app."""

from .export_jobs import ExportJob
from .totals_models import (
    CategoryTotal,
    ReachedTotal,
    ResponseTotal,
    Span,
    StageTotal,
    Stay,
    UnitTotal,
)

__all__ = [
    "CategoryTotal",
    "ExportJob",
    "ReachedTotal",
    "ResponseTotal",
    "Span",
    "StageTotal",
    "Stay",
    "UnitTotal",
]
