from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from idesluss.api.api import api
from idesluss.core import views as core_views
from idesluss.opendata.api import open_api

urlpatterns = [
    path("", core_views.home, name="home"),
    path("health/", core_views.health, name="health"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("konto/", include("allauth.urls")),
    path("konto/", include("idesluss.accounts.urls")),
    path("ideer/", include("idesluss.ideas.urls")),
    path("ideer/", include("idesluss.outcomes.urls")),
    path("slussar/", include("idesluss.organisations.urls")),
    path("sok/", include("idesluss.search.urls")),
    path("notiser/", include("idesluss.notifications.urls")),
    path("insikter/export/", include("idesluss.insights.export_urls")),
    path("insikter/", include("idesluss.insights.urls")),
    path("api/v1/", api.urls),
    path("api/open/v1/", open_api.urls),
    path("oppna-data/", include("idesluss.opendata.urls")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "idesluss.core.views.not_found"
handler403 = "idesluss.core.views.forbidden"
handler400 = "idesluss.core.views.bad_request"
handler500 = "idesluss.core.views.server_error"
