from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "idesluss.search"
    label = "search"
