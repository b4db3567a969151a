"""The export page and one's own exports, included from the project's urls (insikter/export/)."""

from django.urls import path

from . import export_views

app_name = "exports"
urlpatterns = [
    path("", export_views.export, name="export"),
    path("filer/", export_views.jobs, name="jobs"),
    path("filer/<int:pk>/", export_views.download, name="download"),
    path("filer/<int:pk>/ta-bort/", export_views.remove, name="remove"),
]
