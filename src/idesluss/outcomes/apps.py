from django.apps import AppConfig


class OutcomesConfig(AppConfig):
    name = "idesluss.outcomes"
    label = "outcomes"
