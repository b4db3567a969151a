from django.shortcuts import render
from django.views.decorators.http import require_POST

from idesluss.core.ids import parse_id
from idesluss.core.pagination import CURSOR_PARAMETER
from idesluss.ideas.queries import filter_ideas, ideas_visible_to
from idesluss.organisations.models import Category, Organisation, Stage
from idesluss.organisations.queries import sluices_seen_by

from . import queries
from .forms import SearchForm, SimilarForm

PAGE_SIZE = 20
PAGE_PARAMETER = "sida"
SUGGESTIONS = 5
FILTERS = ("sluice", "organisation", "stage", "category", "submitted_from", "submitted_to")


def search(request):
    """Ideas the visitor may see, by words and filters; matched words marked."""
    sluices = sluices_seen_by(request.user)
    chosen = parse_id(request.GET.get("sluice", ""))
    in_chosen = {"sluice_id": chosen} if chosen else {"pk__in": []}
    form = SearchForm(
        request.GET,
        sluices=sluices,
        organisations=Organisation.objects.filter(sluices__in=sluices).distinct().order_by("name"),
        stages=Stage.objects.filter(**in_chosen).order_by("position", "id"),
        categories=Category.objects.filter(**in_chosen).order_by("name"),
    )
    results = None
    if form.is_valid():
        data = form.cleaned_data
        try:
            page = max(1, int(request.GET.get(PAGE_PARAMETER, 1)))
        except ValueError:
            page = 1
        results = queries.search(
            request.user,
            data["q"],
            ideas=filter_ideas(
                ideas_visible_to(request.user),
                **{name: data[name] for name in FILTERS},
            ),
            newest_first=data["sort"] == "datum",
            cursor=request.GET.get(CURSOR_PARAMETER),
            page=page,
            per_page=PAGE_SIZE,
        )
    query = request.GET.copy()
    for name in (CURSOR_PARAMETER, PAGE_PARAMETER):
        query.pop(name, None)
    context = {"form": form, "results": results, "query": query.urlencode()}
    template = "search/_results.html" if request.htmx else "search/search.html"
    return render(request, template, context)


@require_POST
def similar(request):
    """Up to five ideas like the draft of a new idea (the submit form asks as one types)."""
    form = SimilarForm(request.POST)
    text = form.text()
    found = queries.similar_ideas(request.user, text, limit=SUGGESTIONS) if text.strip() else []
    return render(request, "search/_similar.html", {"similar": found})
