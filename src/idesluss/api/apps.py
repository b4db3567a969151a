from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "idesluss.api"
    label = "api"
