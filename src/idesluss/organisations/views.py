from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .queries import sluices_managed_by, sluices_open_to


@login_required
def sluice_list(request):
    return render(
        request,
        "organisations/sluice_list.html",
        {
            "sluices": sluices_open_to(request.user).prefetch_related("members"),
            "managed": list(sluices_managed_by(request.user)),
        },
    )
