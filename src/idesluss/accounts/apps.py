from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "idesluss.accounts"
    label = "accounts"
