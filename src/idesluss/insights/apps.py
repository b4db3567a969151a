from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "idesluss.insights"
    label = "insights"
