from django.urls import path

from . import views, views_settings

app_name = "sluices"
urlpatterns = [
    path("", views.sluice_list, name="list"),
    path("<slug:slug>/installningar/", views_settings.overview, name="settings"),
    path(
        "<slug:slug>/installningar/allmant/",
        views_settings.update_general,
        name="settings-general",
    ),
    path(
        "<slug:slug>/installningar/organisationer/",
        views_settings.update_members,
        name="settings-members",
    ),
    path("<slug:slug>/installningar/steg/", views_settings.add_stage, name="stage-add"),
    path("<slug:slug>/installningar/steg/<int:pk>/", views_settings.edit_stage, name="stage-edit"),
    path(
        "<slug:slug>/installningar/steg/<int:pk>/flytta/",
        views_settings.move_stage,
        name="stage-move",
    ),
    path(
        "<slug:slug>/installningar/steg/<int:pk>/ta-bort/",
        views_settings.delete_stage,
        name="stage-delete",
    ),
    path("<slug:slug>/installningar/kategorier/", views_settings.add_category, name="category-add"),
    path(
        "<slug:slug>/installningar/kategorier/<int:pk>/",
        views_settings.rename_category,
        name="category-rename",
    ),
    path(
        "<slug:slug>/installningar/kategorier/<int:pk>/ta-bort/",
        views_settings.delete_category,
        name="category-delete",
    ),
    path("<slug:slug>/installningar/roller/", views_settings.grant_role, name="role-grant"),
    path(
        "<slug:slug>/installningar/roller/<int:pk>/ta-bort/",
        views_settings.revoke_role,
        name="role-revoke",
    ),
]
