import sys

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "idesluss.search"
    label = "search"

    def ready(self):
        # A deleted idea's terms are counted out (a pre_delete receiver): see services.py.
        from . import services  # noqa: F401

        post_migrate.connect(_say_if_stale, sender=self, dispatch_uid="search.say_if_stale")


def _say_if_stale(sender, using, verbosity=1, stdout=None, **kwargs):
    """After `migrate`, tell the operator if the index needs rebuilding (services.is_stale)."""
    from .services import is_stale

    if verbosity < 1:
        return
    if is_stale():
        (stdout or sys.stdout).write(
            "The search index is out of date (built by another text analysis than this "
            "version's, or missing ideas): run `idesluss reindex` (searches work meanwhile, "
            "but may miss ideas).\n"
        )
