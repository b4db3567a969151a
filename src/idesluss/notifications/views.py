from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .queries import notifications_for
from .services import mark_read


@login_required
def notification_list(request):
    return render(
        request,
        "notifications/list.html",
        {"notifications": list(notifications_for(request.user))},
    )


@login_required
@require_POST
def mark_all_read(request):
    mark_read(request.user)
    return redirect("notifications:list")
