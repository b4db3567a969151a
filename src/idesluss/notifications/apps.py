from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "idesluss.notifications"
    label = "notifications"
