from django.apps import AppConfig


class IdeasConfig(AppConfig):
    name = "idesluss.ideas"
    label = "ideas"
