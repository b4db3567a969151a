from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("token/", views.tokens, name="tokens"),
    path("token/<int:pk>/aterkalla/", views.revoke_token, name="revoke_token"),
]
