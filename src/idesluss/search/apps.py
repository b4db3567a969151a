from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "idesluss.search"
    label = "search"

    def ready(self):
        # A deleted idea's terms are counted out (a pre_delete receiver): see services.py.
        from . import services  # noqa: F401
