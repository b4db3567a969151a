from django.shortcuts import render
from django.views.decorators.http import require_POST
from django_htmx.http import push_url

from idesluss.core.htmx import changed_from_page
from idesluss.core.ids import parse_id
from idesluss.core.pagination import CURSOR_PARAMETER
from idesluss.ideas.queries import filter_ideas, ideas_visible_to
from idesluss.organisations.models import Category, Organisation, Stage
from idesluss.organisations.queries import sluices_seen_by

from . import queries
from .forms import SearchForm, SimilarForm

PAGE_SIZE = 20
PAGE_PARAMETER = "sida"
SPELLING_PARAMETER = "stavning"  # "exakt": no guessing at misspelled words
SUGGESTIONS = 5
FILTERS = ("sluice", "organisation", "stage", "category", "submitted_from", "submitted_to")
OF_THE_SLUICE = ("stage", "category")  # filters whose choices are the chosen sluice's


def search(request):
    """Ideas the visitor may see, by words and filters; matched words marked.

    When htmx asks with another sluice than the page shows, the stage and category chosen (the
    former sluice's) are dropped, and the answer brings the new sluice's choices for both."""
    data = request.GET.copy()
    new_sluice = changed_from_page(request, "sluice")
    if new_sluice:
        for name in OF_THE_SLUICE:
            data.pop(name, None)
    sluices = sluices_seen_by(request.user)
    chosen = parse_id(data.get("sluice", ""))
    in_chosen = {"sluice_id": chosen} if chosen else {"pk__in": []}
    form = SearchForm(
        data,
        sluices=sluices,
        organisations=Organisation.objects.filter(sluices__in=sluices).distinct().order_by("name"),
        stages=Stage.objects.filter(**in_chosen).order_by("position", "id"),
        categories=Category.objects.filter(**in_chosen).order_by("name"),
    )
    results = None
    if form.is_valid():
        cleaned = form.cleaned_data
        try:
            page = max(1, int(request.GET.get(PAGE_PARAMETER, 1)))
        except ValueError:
            page = 1
        results = queries.search(
            request.user,
            cleaned["q"],
            ideas=filter_ideas(
                ideas_visible_to(request.user),
                **{name: cleaned[name] for name in FILTERS},
            ),
            newest_first=cleaned["sort"] == "datum",
            cursor=request.GET.get(CURSOR_PARAMETER),
            page=page,
            per_page=PAGE_SIZE,
            respell=request.GET.get(SPELLING_PARAMETER) != "exakt",
        )
    for name in (CURSOR_PARAMETER, PAGE_PARAMETER):
        data.pop(name, None)
    query = data.urlencode()  # the filters, for the links to other pages
    context = {
        "form": form,
        "results": results,
        "query": query,
        "spelling_parameter": SPELLING_PARAMETER,
        "new_fields": [form[name] for name in OF_THE_SLUICE] if new_sluice else [],
    }
    if not request.htmx:
        return render(request, "search/search.html", context)
    response = render(request, "search/_results.html", context)
    if new_sluice:  # the address shows the filters the results are for
        push_url(response, f"{request.path}?{query}")
    return response


@require_POST
def similar(request):
    """Up to five ideas like the draft of a new idea (the submit form asks as one types)."""
    form = SimilarForm(request.POST)
    text = form.text()
    found = queries.similar_ideas(request.user, text, limit=SUGGESTIONS) if text.strip() else []
    return render(request, "search/_similar.html", {"similar": found})
