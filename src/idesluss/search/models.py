"""The full-text index: each idea's terms, and how many ideas hold each term.

The text search itself is the database's (a GIN index over the idea's `tsvector` on
PostgreSQL, an FTS5 table on SQLite: search.backends, migrations 0002 and 0003); these tables
are what both are built from, and what ranking reads.
"""

from django.db import models

TOTAL = ""  # the Term row that counts every indexed idea


class Document(models.Model):
    """An idea's terms (search.analysis), as the full-text index holds them."""

    idea = models.OneToOneField(
        "ideas.Idea", on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    terms = models.TextField(help_text="Distinct terms of the whole idea, space-separated.")
    title_terms = models.TextField(help_text="Distinct terms of the title, space-separated.")
    length = models.PositiveIntegerField(help_text="Terms in the idea, repeats counted.")

    class Meta:
        db_table = "search_document"

    def __str__(self):
        return f"Search document of idea {self.idea_id}"


class Term(models.Model):
    """How many indexed ideas hold a term: how rare, and so how telling, a match on it is."""

    term = models.CharField(max_length=64, primary_key=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "search_term"

    def __str__(self):
        return self.term or "(all ideas)"


class IndexState(models.Model):
    """The one row saying which text analysis built the index (search.analysis.fingerprint),
    so that an upgrade that changes the analysis can tell the operator to run `reindex`."""

    analysis = models.CharField(
        max_length=64, blank=True, help_text="Fingerprint of the analysis; empty if unknown."
    )
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "search_index_state"

    def __str__(self):
        return f"Search index built by analysis {self.analysis or '(unknown)'}"
