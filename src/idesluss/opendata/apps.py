from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "idesluss.opendata"
    label = "opendata"
