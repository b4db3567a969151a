"""Keeping the index current: every write of an idea's text indexes it in the same transaction."""

from collections import Counter

from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from idesluss.ideas.models import Idea

from . import analysis
from .models import TOTAL, Document, IndexState, Term


def text_of(title: str, problem: str, solution: str, beneficiaries: str) -> str:
    return "\n".join(part for part in (title, problem, solution, beneficiaries) if part)


def document_fields(title, problem, solution, beneficiaries) -> dict:
    """What the Document row of an idea with this text holds."""
    terms = analysis.terms(text_of(title, problem, solution, beneficiaries))
    return {
        "terms": " ".join(dict.fromkeys(terms)),
        "title_terms": " ".join(dict.fromkeys(analysis.terms(title))),
        "length": len(terms),
    }


def index_idea(idea) -> Document:
    """Index the idea's current text, and count its terms in and its old ones out."""
    fields = document_fields(idea.title, idea.problem, idea.solution, idea.beneficiaries)
    with transaction.atomic():
        old = Document.objects.select_for_update().filter(idea_id=idea.pk).first()
        new_terms = set(fields["terms"].split())
        old_terms = set(old.terms.split()) if old else set()
        document, _ = Document.objects.update_or_create(idea_id=idea.pk, defaults=fields)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"{SET_VECTOR} WHERE id = %s", [fields["terms"], idea.pk])
        changes = Counter(dict.fromkeys(new_terms - old_terms, 1))
        changes.update(dict.fromkeys(old_terms - new_terms, -1))
        if old is None:
            changes[TOTAL] += 1
        count_terms(changes)
    return document


@receiver(pre_delete, sender=Idea, dispatch_uid="search.services.unindex_idea")
def unindex_idea(sender, instance: Idea, **kwargs) -> None:
    """An idea being deleted (its document goes with it): its terms counted out, so that the
    rarity of words is that of the ideas there are."""
    terms = Document.objects.filter(idea_id=instance.pk).values_list("terms", flat=True).first()
    if terms is not None:
        count_terms(dict.fromkeys([*terms.split(), TOTAL], -1))


def count_terms(changes: dict[str, int]) -> None:
    """Add each change to its term's count: new terms in one statement, terms gone in another,
    each in term order so that two writers never wait for each other in a circle."""
    added = sorted((term, change) for term, change in changes.items() if change > 0)
    gone = sorted(term for term, change in changes.items() if change < 0)
    with connection.cursor() as cursor:
        if added:
            values = ", ".join(["(%s, %s)"] * len(added))
            cursor.execute(
                f"INSERT INTO search_term (term, documents) VALUES {values} "  # noqa: S608
                "ON CONFLICT (term) DO UPDATE "
                "SET documents = search_term.documents + excluded.documents",
                [value for row in added for value in row],
            )
    if gone:
        Term.objects.filter(term__in=gone, documents__gt=0).update(documents=F("documents") - 1)


# PostgreSQL's index (search.backends): the terms as they are, so no configuration changes them.
SET_VECTOR = "UPDATE ideas_idea SET search_vector = array_to_tsvector(string_to_array(%s, ' '))"
REBUILD_BATCH = 2000


def rebuild(progress=None) -> int:
    """Index every idea anew, in one transaction: `idesluss reindex`, and after bulk loads.

    `progress(ideas_done)` is called after each batch. On PostgreSQL the ideas' vectors are
    set in one statement at the end, with the GIN index dropped for it and built once after,
    which is several times faster than keeping it.
    """
    counts: Counter = Counter()
    done = last_pk = 0
    with transaction.atomic():
        _empty()
        while True:
            rows = list(
                Idea.objects.filter(pk__gt=last_pk)
                .order_by("pk")
                .values_list("pk", "title", "problem", "solution", "beneficiaries")[:REBUILD_BATCH]
            )
            if not rows:
                break
            documents = []
            for pk, *text in rows:
                fields = document_fields(*text)
                counts.update(fields["terms"].split())  # distinct already: document counts
                documents.append(Document(idea_id=pk, **fields))
            Document.objects.bulk_create(documents)
            done += len(rows)
            last_pk = rows[-1][0]
            if progress:
                progress(len(rows))
        counts[TOTAL] = done
        Term.objects.bulk_create(
            (Term(term=term, documents=n) for term, n in counts.items()), batch_size=5000
        )
        _index_again()
        IndexState.objects.update_or_create(pk=1, defaults={"analysis": analysis.fingerprint()})
    return done


def is_stale() -> bool:
    """Whether the index is not that of every idea by this code's text analysis: an upgrade
    changed the stemming rules, the thesaurus or the word list, or ideas were written around
    the services (a restore, a bulk import). `idesluss reindex` makes it current."""
    built_by = IndexState.objects.filter(pk=1).values_list("analysis", flat=True).first()
    ideas = Idea.objects.count()
    if built_by != analysis.fingerprint() and ideas:
        return True
    return Document.objects.count() != ideas


def _empty() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Foreign keys are checked at commit; a table cannot be emptied with checks pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("DROP INDEX IF EXISTS ideas_idea_search_vector")
            cursor.execute("TRUNCATE search_document, search_term")
        else:
            cursor.execute("DELETE FROM search_document")
            cursor.execute("DELETE FROM search_term")


def _index_again() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The foreign keys are checked at commit; an index cannot be made with checks pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            # Every idea has a document now; rows whose vector is already right are not written.
            vector = "array_to_tsvector(string_to_array(d.terms, ' '))"
            cursor.execute(
                f"UPDATE ideas_idea SET search_vector = {vector} FROM search_document d "  # noqa: S608
                f"WHERE d.idea_id = ideas_idea.id AND search_vector IS DISTINCT FROM {vector}"
            )
            cursor.execute(
                "CREATE INDEX ideas_idea_search_vector ON ideas_idea USING gin (search_vector)"
            )
