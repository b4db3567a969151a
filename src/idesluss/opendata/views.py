from django.shortcuts import render

from .catalogue import CC0


def index(request):
    """Öppna data: what is published, under which licence, and where to fetch it."""
    return render(request, "opendata/index.html", {"licence_url": CC0})
