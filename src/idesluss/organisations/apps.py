from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "idesluss.organisations"
    label = "organisations"
