"""The index stays current on every write, its counts stay right, and `reindex` rebuilds it."""

import pytest
from django.db import transaction
from django.urls import reverse

from idesluss.ideas import services as ideas
from idesluss.ideas.models import Idea, Visibility
from idesluss.search import services
from idesluss.search.models import TOTAL, Document, Term

from .helpers import found, idea

pytestmark = pytest.mark.django_db


def _counts() -> dict[str, int]:
    """Each term's count of ideas (a term no idea holds any more counts as absent)."""
    return dict(Term.objects.filter(documents__gt=0).values_list("term", "documents"))


def _submit(world, title, problem="Ett problem att lösa.", **fields):
    return ideas.submit_idea(
        world.submitter, sluice=world.sluice, title=title, problem=problem, **fields
    )


def test_a_submitted_idea_is_found_at_once_in_the_same_transaction(world):
    with transaction.atomic():
        new = _submit(world, "Äldreboendet behöver en minibuss")
        assert found(world.submitter, "äldreboende minibuss") == [new.title]
        assert found(world.coach, "minibussar") == [new.title]


def test_an_idea_submitted_on_the_page_is_found_on_the_search_page(world):
    client = world.client_for(world.submitter)
    response = client.post(
        reverse("ideas:submit"),
        {
            "sluice": world.sluice.pk,
            "title": "Cykelpool för hemtjänstpersonalen",
            "problem": "Personalen kör bil korta sträckor.",
            "visibility": Visibility.ORGANISATION,
        },
    )
    assert response.status_code == 302
    page = client.get("/sok/", {"q": "personal hemtjänsten"}).text
    assert "Cykelpool för <mark>hemtjänstpersonalen</mark>" in page


def test_a_submission_that_is_rolled_back_leaves_nothing_in_the_index(world):
    before = _counts()
    documents = Document.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        _submit(world, "Ångrad idé om snöskotrar")
        raise RuntimeError("the request failed after the idea was written")
    assert Document.objects.count() == documents
    assert _counts() == before
    assert found(world.coach, "snöskoter") == []


def test_the_total_row_counts_the_ideas(world):
    for number in range(3):
        _submit(world, f"Idé {number} om parkering")
    idea(world, "Och en från fabriken")
    assert Term.objects.get(term=TOTAL).documents == Idea.objects.count() == 5


def test_indexing_an_idea_again_counts_its_old_terms_out(world):
    changed = idea(world, "Snöröjning av cykelbanor")
    changed.title = "Sandning av gångbanor"
    changed.save()
    services.index_idea(changed)
    services.index_idea(changed)  # again with the same text: nothing to count
    assert found(world.coach, "snöröjning") == []
    assert found(world.coach, "sandning") == [changed.title]
    incremental = _counts()
    services.rebuild()
    assert _counts() == incremental


def test_a_deleted_idea_is_counted_out(world):
    kept = idea(world, "Fler laddstolpar vid kommunhuset")
    before = _counts()
    gone = idea(world, "Laddstolpar vid simhallen", "Bilarna står utan ström.")
    Idea.objects.filter(pk=gone.pk).delete()
    assert _counts() == before
    assert found(world.coach, "laddstolpar") == [kept.title]
    incremental = _counts()
    services.rebuild()
    assert _counts() == incremental


def test_count_terms_adds_to_the_counts(world):
    services.count_terms({"zzsolros": 2, "zzmaskros": 1})
    services.count_terms({"zzsolros": 1, "zzmaskros": 0, "zzvitsippa": 1})
    services.count_terms({})
    counts = _counts()
    assert (counts["zzsolros"], counts["zzmaskros"], counts["zzvitsippa"]) == (3, 1, 1)


def test_count_terms_takes_off_in_the_same_statement(world):
    services.count_terms({"zzsolros": 2, "zzmaskros": 1})
    services.count_terms({"zzsolros": -1, "zzmaskros": -1})
    counts = _counts()
    assert counts["zzsolros"] == 1 and "zzmaskros" not in counts


def test_rebuild_works_inside_a_transaction_that_indexed_ideas(world):
    with transaction.atomic():
        _submit(world, "Äldreboendet behöver en minibuss")
        assert services.rebuild() == 2
        assert found(world.coach, "minibuss") == ["Äldreboendet behöver en minibuss"]
