from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "idesluss.audit"
    label = "audit"
