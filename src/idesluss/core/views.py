from django.db import connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import requires_csrf_token

from idesluss.ideas.queries import ideas_of, inbox_for
from idesluss.organisations.queries import sluices_open_to, staff_sluice_ids


def home(request):
    """Start page: the way in for visitors, and what needs one's attention for members."""
    context = {}
    user = request.user
    if user.is_authenticated:
        context = {
            "my_ideas": list(ideas_of(user).order_by("-created_at", "-id")[:5]),
            "sluices": list(sluices_open_to(user)),
            "inbox_size": inbox_for(user).count() if staff_sluice_ids(user) else None,
        }
    return render(request, "core/home.html", context)


def health(request):
    """Liveness and database reachability for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        database = "unavailable"
    healthy = database == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", "database": database},
        status=200 if healthy else 503,
    )


ERRORS = {
    400: (
        _("Bad request"),
        _("The request could not be understood. Check what you sent and try again."),
    ),
    403: (_("Not allowed"), _("You do not have permission to do this.")),
    404: (_("Page not found"), _("The page does not exist, or you do not have access to it.")),
}


def _error_page(request, status):
    heading, message = ERRORS[status]
    context = {"heading": heading, "message": message}
    return render(request, "errors/error.html", context, status=status)


@requires_csrf_token
def not_found(request, exception=None):
    return _error_page(request, 404)


@requires_csrf_token
def forbidden(request, exception=None):
    return _error_page(request, 403)


@requires_csrf_token
def bad_request(request, exception=None):
    return _error_page(request, 400)


def server_error(request):
    # Rendered without context processors: they need the database, which may be what failed.
    return HttpResponseServerError(loader.get_template("errors/500.html").render())
