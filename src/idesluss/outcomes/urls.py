from django.urls import path

from . import views

app_name = "outcomes"
urlpatterns = [
    path("<str:pk>/utfall/ny/", views.record_outcome, name="record"),
    path("<str:pk>/utfall/<int:outcome_pk>/underlag/", views.evidence, name="evidence"),
    path("<str:pk>/nytta/ny/", views.add_benefit, name="add_benefit"),
    path("<str:pk>/nytta/<int:benefit_pk>/matning/", views.record_measurement, name="measure"),
]
