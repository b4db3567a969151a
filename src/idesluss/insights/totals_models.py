"""Running totals: the counts the dashboards and the open statistics read instead of counting a
year of ideas per request (docs/architecture.md, "Counting").

Each total is a count of ideas per *span* – a Swedish day, month or calendar year, by the day
the idea was received – per sluice and organisation, and one more key of its own: the stage the
ideas are in now, their unit, their category, how many days their first answer took, or a stage
they have ever reached. A period is read as whole years, whole months and single days
(insights.totals.spans), so that a year of the whole network is a few thousand rows.

The services keep them current in the same transaction as each write (insights.totals), and
`idesluss recount` rebuilds them from the rows (insights.recount). Keys are not unique: a row
missing when two writes come at once may be made twice; the figures are sums, so they stay right.

The foreign keys have no constraint in the database (`db_constraint=False`): the rows are derived,
Django's collector still deletes or empties them with what they point at, and checking millions
of deferred constraints made a rebuild's COMMIT take longer than the rebuild itself.
"""

from django.db import models

from idesluss.ideas.models import Decision, Idea
from idesluss.organisations.models import Category, Organisation, Sluice, Stage, Unit


class Span(models.IntegerChoices):
    DAY = 1
    MONTH = 2
    YEAR = 3


class Total(models.Model):
    """Ideas received in one span (its first Swedish day is `start`), per sluice and
    organisation; the subclasses add their own key."""

    span = models.PositiveSmallIntegerField(choices=Span.choices)
    start = models.DateField()
    sluice = models.ForeignKey(
        Sluice, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    ideas = models.IntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{Span(self.span).label} {self.start}: {self.ideas}"

    @classmethod
    def indexes_named(cls, prefix: str) -> list[models.Index]:
        """A period of every idea, of a sluice, of an organisation."""
        return [
            models.Index(fields=["span", "start"], name=f"{prefix}_span"),
            models.Index(fields=["sluice", "span", "start"], name=f"{prefix}_sluice"),
            models.Index(fields=["organisation", "span", "start"], name=f"{prefix}_organisation"),
        ]


class StageTotal(Total):
    """Ideas by the stage they are in now (a stage with ideas cannot be deleted)."""

    stage = models.ForeignKey(
        Stage, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )

    class Meta:
        indexes = Total.indexes_named("stagetotal")


class UnitTotal(Total):
    """Ideas by unit; NULL: no unit (as the ideas themselves, when a unit is deleted)."""

    unit = models.ForeignKey(
        Unit, null=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )

    class Meta:
        indexes = Total.indexes_named("unittotal")


class CategoryTotal(Total):
    """Ideas by category; NULL: none (as the ideas themselves, when a category is deleted)."""

    category = models.ForeignKey(
        Category, null=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )

    class Meta:
        indexes = Total.indexes_named("categorytotal")


class ResponseTotal(Total):
    """Ideas by the whole days, rounded up, from receiving to the first answer (0 for none at
    all; NULL: not answered yet). An idea was answered in time when these days are at most its
    sluice's first-response days, so a changed setting needs no recount."""

    answered_days = models.IntegerField(null=True)

    class Meta:
        indexes = Total.indexes_named("responsetotal")


class ReachedTotal(Total):
    """Ideas that a decision has ever moved into the stage (each idea once per stage)."""

    stage = models.ForeignKey(
        Stage, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )

    class Meta:
        indexes = Total.indexes_named("reachedtotal")


class Stay(models.Model):
    """A finished stay in a stage: the decision that ended it, with the idea's sluice and
    organisation beside it, so that a sluice's most recent stays are one index walk."""

    decision = models.OneToOneField(
        Decision, primary_key=True, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="+", db_constraint=False)
    sluice = models.ForeignKey(
        Sluice, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    stage = models.ForeignKey(
        Stage, on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    ended_at = models.DateTimeField()
    days = models.BigIntegerField()  # whole days from entering the stage to leaving it

    class Meta:
        indexes = [
            models.Index(fields=["ended_at", "decision"], name="stay_ended"),
            models.Index(fields=["sluice", "ended_at", "decision"], name="stay_sluice"),
            models.Index(fields=["organisation", "ended_at", "decision"], name="stay_organisation"),
        ]

    def __str__(self):
        return f"{self.decision_id}: {self.days}"
