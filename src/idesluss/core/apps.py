from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "idesluss.core"
    label = "core"
