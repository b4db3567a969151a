"""`rebuild()` and `idesluss reindex` as they run: in a transaction of their own, after others
committed. A file of its own, so that these transactional tests run after the others (they
empty the database when they end)."""

import io
import re

import pytest
from django.core.management import call_command

from idesluss.ideas import services as ideas
from idesluss.ideas.models import Idea
from idesluss.search import analysis, services, synonyms
from idesluss.search.models import TOTAL, Document, IndexState, Term

from .helpers import found, idea

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _counts() -> dict[str, int]:
    """Each term's count of ideas (a term no idea holds any more counts as absent)."""
    return dict(Term.objects.filter(documents__gt=0).values_list("term", "documents"))


def _submit(world, title, problem="Ett problem att lösa.", **fields):
    return ideas.submit_idea(
        world.submitter, sluice=world.sluice, title=title, problem=problem, **fields
    )


def test_the_counts_equal_a_fresh_rebuild_after_many_submissions(world):
    texts = [
        ("Äldreboendet behöver en minibuss", "Boende på äldreboendet kommer inte ut."),
        ("Minibuss till biblioteket", "Äldre vill låna böcker men bussen går sällan."),
        ("Hemtjänstpersonal på cykel", "Personalen i hemtjänsten kör bil korta sträckor."),
        ("Ljusare cykelbanor", "Cykelbanorna är mörka på vintern."),
        ("🚀", "och det att i en"),  # no terms at all
        ("دار المسنين", "养老院 信息"),
    ]
    for title, problem in texts:
        _submit(world, title, problem, solution="Vi testar i Skövde först.")
    incremental = _counts()
    assert services.rebuild() == Idea.objects.count() == 7
    assert _counts() == incremental
    assert incremental[TOTAL] == 7


def test_rebuild_in_batches_indexes_every_idea_and_reports_progress(world, monkeypatch):
    for number in range(4):
        idea(world, f"Äldreboende nummer {number}")
    expected = _counts()
    monkeypatch.setattr(services, "REBUILD_BATCH", 2)
    batches = []
    assert services.rebuild(progress=batches.append) == 5
    assert batches == [2, 2, 1]
    assert _counts() == expected
    assert len(found(world.coach, "äldreboende")) == 4


def test_the_reindex_command_rebuilds_the_index_and_says_how_many(world):
    idea(world, "Nytt äldreboende i Skövde")
    Document.objects.all().delete()  # as after a bulk load that skipped the index
    Term.objects.all().delete()
    assert found(world.coach, "äldreboende") == []
    out, err = io.StringIO(), io.StringIO()
    call_command("reindex", stdout=out, stderr=err)
    assert re.fullmatch(r"Indexed 2 ideas for search in \d+\.\d s\.\n", out.getvalue())
    assert "2/2 ideas 100%" in err.getvalue()
    assert found(world.coach, "äldreboende") == ["Nytt äldreboende i Skövde"]
    assert Term.objects.get(term=TOTAL).documents == 2


def test_the_reindex_command_can_be_quiet_about_progress(world):
    out, err = io.StringIO(), io.StringIO()
    call_command("reindex", "--no-progress", stdout=out, stderr=err)
    assert out.getvalue().startswith("Indexed 1 ideas for search")
    assert err.getvalue() == ""


def test_reindexing_twice_changes_nothing(world):
    idea(world, "Nytt äldreboende i Skövde")
    call_command("reindex", "--no-progress", stdout=io.StringIO())
    first = _counts()
    call_command("reindex", "--no-progress", stdout=io.StringIO())
    assert _counts() == first
    assert found(world.coach, "äldreboendet") == ["Nytt äldreboende i Skövde"]


def test_an_index_built_by_another_analysis_is_stale_until_reindexed(world):
    idea(world, "Nytt äldreboende i Skövde")
    services.rebuild()
    assert not services.is_stale()
    IndexState.objects.filter(pk=1).update(analysis="an-older-one")  # as after an upgrade
    assert services.is_stale()
    out = io.StringIO()
    call_command("reindex", "--if-stale", "--no-progress", stdout=out)
    assert out.getvalue().startswith("Indexed 2 ideas for search")
    assert not services.is_stale()
    out = io.StringIO()
    call_command("reindex", "--if-stale", "--no-progress", stdout=out)
    assert out.getvalue() == "The search index is current.\n"


def test_ideas_missing_from_the_index_make_it_stale(world):
    restored = idea(world, "Nytt äldreboende i Skövde")
    services.rebuild()
    Document.objects.filter(idea=restored).delete()  # as after a restore without the index
    assert services.is_stale()
    call_command("reindex", "--if-stale", "--no-progress", stdout=io.StringIO())
    assert not services.is_stale()
    assert found(world.coach, "äldreboende") == [restored.title]


def test_migrate_says_when_the_index_needs_rebuilding(world):
    IndexState.objects.filter(pk=1).update(analysis="an-older-one")
    out = io.StringIO()
    call_command("migrate", "--no-input", stdout=out)
    assert "run `idesluss reindex`" in out.getvalue()
    call_command("reindex", "--no-progress", stdout=io.StringIO())
    out = io.StringIO()
    call_command("migrate", "--no-input", stdout=out)
    assert "reindex" not in out.getvalue()


def test_the_fingerprint_follows_the_thesaurus(tmp_path, monkeypatch):
    current = analysis.fingerprint()
    changed = tmp_path / "thesaurus.txt"
    changed.write_text(synonyms.PATH.read_text(encoding="utf-8") + "\nnattis, nattdagis\n")
    monkeypatch.setattr(synonyms, "PATH", changed)
    analysis.fingerprint.cache_clear()
    try:
        assert analysis.fingerprint() != current
    finally:
        monkeypatch.undo()
        analysis.fingerprint.cache_clear()
    assert analysis.fingerprint() == current
