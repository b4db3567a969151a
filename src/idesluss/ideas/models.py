from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from idesluss.organisations.models import Category, Organisation, Sluice, Stage, Unit

PROBLEM_MAX_LENGTH = 20_000
TEXT_MAX_LENGTH = 10_000
COMMENT_MAX_LENGTH = 10_000
TOO_LONG = _(
    "The text is too long: at most %(limit_value)d characters (it has %(show_value)d). "
    "Shorten it, or attach the longer version as a file."
)


class Visibility(models.TextChoices):
    PRIVATE = "private", _("Private: me, my team and the sluice's staff")
    ORGANISATION = "organisation", _("My organisation")
    NETWORK = "network", _("All organisations of the sluice")
    PUBLIC = "public", _("Public")


class Idea(models.Model):
    """An idea or a problem, submitted to a sluice, with its current stage."""

    sluice = models.ForeignKey(Sluice, on_delete=models.PROTECT, related_name="ideas")
    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("need or problem"), max_length=PROBLEM_MAX_LENGTH)
    solution = models.TextField(_("proposed solution"), max_length=TEXT_MAX_LENGTH, blank=True)
    beneficiaries = models.TextField(_("who benefits"), max_length=TEXT_MAX_LENGTH, blank=True)
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="ideas",
        verbose_name=_("organisation"),
    )
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL)
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="submitted_ideas"
    )
    team = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="team_ideas")
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coached_ideas",
    )
    visibility = models.CharField(
        _("who may see the idea"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.ORGANISATION,
    )
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT, related_name="ideas")
    stage_entered_at = models.DateTimeField(default=timezone.now)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_ideas"
    )
    first_response_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("idea")
        verbose_name_plural = _("ideas")
        ordering = ["-created_at", "-id"]
        indexes = [
            # Keyset pagination walks (created_at, id); the sluice/stage filter comes first.
            models.Index(fields=["created_at", "id"], name="idea_created_keyset"),
            models.Index(fields=["sluice", "stage", "created_at", "id"], name="idea_stage_keyset"),
            models.Index(fields=["organisation", "created_at"]),
            models.Index(fields=["visibility"]),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("ideas:detail", args=[self.pk])

    @property
    def first_response_due(self):
        return self.created_at + timezone.timedelta(days=self.sluice.first_response_days)

    @property
    def stage_due(self):
        if self.stage.response_days is None or self.stage.is_final:
            return None
        return self.stage_entered_at + timezone.timedelta(days=self.stage.response_days)

    def is_first_response_overdue(self, now=None) -> bool:
        now = now or timezone.now()
        return self.first_response_at is None and now > self.first_response_due

    def is_stage_overdue(self, now=None) -> bool:
        due = self.stage_due
        return due is not None and (now or timezone.now()) > due


class Decision(models.Model):
    """An immutable record of a stage change and why. The submitter sees every one."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="decisions")
    from_stage = models.ForeignKey(
        Stage, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions_from"
    )
    to_stage = models.ForeignKey(Stage, on_delete=models.PROTECT, related_name="decisions_to")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="decisions"
    )
    rationale = models.TextField(_("rationale"), max_length=TEXT_MAX_LENGTH)
    merged_into = models.ForeignKey(
        Idea, null=True, blank=True, on_delete=models.SET_NULL, related_name="merge_decisions"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["idea", "created_at"]),
            # The dashboards' time in stage: a period's most recent decisions, newest first.
            models.Index(fields=["created_at", "id"], name="decision_created_keyset"),
        ]

    def __str__(self):
        return f"{self.idea_id}: {self.from_stage_id} → {self.to_stage_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Decisions are immutable once recorded")
        super().save(*args, **kwargs)


class Comment(models.Model):
    """A note on an idea: internal ones are for the sluice's staff only."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="comments"
    )
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    internal = models.BooleanField(_("internal (staff only)"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["idea", "created_at"])]

    def __str__(self):
        return f"{self.author_id} on {self.idea_id}"


class Support(models.Model):
    """A colleague backs an idea."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="supports")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="supports"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [models.UniqueConstraint(fields=["idea", "user"], name="one_support_each")]

    def __str__(self):
        return f"{self.user_id} supports {self.idea_id}"


def attachment_path(attachment, filename):
    return f"ideas/{attachment.idea_id}/{timezone.now():%Y%m%d%H%M%S}-{filename}"


class Attachment(models.Model):
    """A file attached to an idea; served only to those who may see the idea."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=300)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.original_name
