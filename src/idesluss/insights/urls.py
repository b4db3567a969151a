from django.urls import path

from . import views

app_name = "insights"
urlpatterns = [
    path("", views.index, name="index"),
    path("sluss/<slug:slug>/", views.sluice_dashboard, name="sluice"),
    path("sluss/<slug:slug>/rapport/<int:year>.pdf", views.yearly_report, name="report"),
    path("organisation/<str:code>/", views.organisation_dashboard, name="organisation"),
    path("lan/<str:code>/", views.county_dashboard, name="county"),
    path("natverk/", views.network_dashboard, name="network"),
]
