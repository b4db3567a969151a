"""The export page, included from the project's urls under insikter/export/."""

from django.urls import path

from . import export_views

app_name = "exports"
urlpatterns = [path("", export_views.export, name="export")]
