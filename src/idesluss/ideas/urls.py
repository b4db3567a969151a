from django.urls import path

from . import views

app_name = "ideas"
urlpatterns = [
    path("", views.idea_list, name="list"),
    path("ny/", views.submit, name="submit"),
    path("mina/", views.my_ideas, name="mine"),
    path("inkorg/", views.inbox, name="inbox"),
    path("<str:pk>/", views.detail, name="detail"),
    path("<str:pk>/kvitto/", views.receipt, name="receipt"),
    path("<str:pk>/ta/", views.take, name="take"),
    path("<str:pk>/kommentar/", views.comment, name="comment"),
    path("<str:pk>/beslut/", views.decide, name="decide"),
    path("<str:pk>/stod/", views.support, name="support"),
    path("<str:pk>/liknande/", views.similar, name="similar"),
    path("<str:pk>/sammanslagning/", views.merge, name="merge"),
    path("<str:pk>/bilagor/<int:attachment_pk>/", views.attachment, name="attachment"),
]
