from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "idesluss.search"
    label = "search"

    def ready(self):
        from .backends import Matches
        from .models import TermsField

        TermsField.register_lookup(Matches)
