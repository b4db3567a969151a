from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "idesluss.insights"
    label = "insights"

    def ready(self):
        # The running totals take a deleted idea out (a pre_delete receiver): see totals.py.
        from . import totals  # noqa: F401
