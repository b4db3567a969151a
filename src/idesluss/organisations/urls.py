from django.urls import path

from . import views

app_name = "sluices"
urlpatterns = [
    path("", views.sluice_list, name="list"),
    path("<slug:slug>/installningar/", views.sluice_settings, name="settings"),
]
