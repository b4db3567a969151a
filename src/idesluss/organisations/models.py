from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A municipality, region, company, university or civil-society body."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        REGION = "region", _("Region")
        FEDERATION = "federation", _("Municipal federation")
        COMPANY = "company", _("Company")
        UNIVERSITY = "university", _("University")
        CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    # kommunkod (4 digits) or länskod (2 digits); unique per kind, empty for other kinds.
    code = models.CharField(_("code"), max_length=20, blank=True)
    name = models.CharField(_("name"), max_length=200)
    county_code = models.CharField(_("county code"), max_length=2, blank=True)
    county_name = models.CharField(_("county"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "code"], condition=~models.Q(code=""), name="unique_code_per_kind"
            )
        ]

    def __str__(self):
        return self.name


class Unit(models.Model):
    """A förvaltning or enhet: a tree inside an organisation, used to route and to count."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="units")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["organisation__name", "name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A person belongs to an organisation (as employee), optionally in a unit."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL)
    is_admin = models.BooleanField(
        _("organisation administrator"),
        default=False,
        help_text=_("May set up sluices that this organisation runs."),
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self):
        return f"{self.user} @ {self.organisation}"


class Sluice(models.Model):
    """A programme with its own pipeline, categories, staff and response times."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(
        Organisation, related_name="sluices", verbose_name=_("member organisations")
    )
    first_response_days = models.PositiveSmallIntegerField(
        _("days to first response"),
        default=5,
        help_text=_("How many days a new idea may wait for its first response."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sluice")
        verbose_name_plural = _("sluices")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Stage(models.Model):
    """One step of a sluice's pipeline, or one of the outcome states that end it."""

    class Kind(models.TextChoices):
        ACTIVE = "active", _("In progress")
        IMPLEMENTED = "implemented", _("Implemented")
        SPREAD = "spread", _("Spread")
        CLOSED = "closed", _("Closed")
        MERGED = "merged", _("Merged")
        HANDED_OVER = "handed_over", _("Handed over")

    # The outcome states of an idea that was carried out: what spreads, and what funders count.
    DONE_KINDS = (Kind.IMPLEMENTED, Kind.SPREAD)

    sluice = models.ForeignKey(Sluice, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.ACTIVE)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    response_days = models.PositiveSmallIntegerField(
        _("days in stage before it is overdue"), null=True, blank=True
    )
    is_gate = models.BooleanField(
        _("decision maker required"),
        default=False,
        help_text=_("Only a decision maker may move an idea into this stage."),
    )

    class Meta:
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        ordering = ["sluice", "position", "id"]

    def __str__(self):
        return self.name

    @property
    def is_final(self) -> bool:
        return self.kind != self.Kind.ACTIVE

    @property
    def is_done(self) -> bool:
        return self.kind in self.DONE_KINDS


class Category(models.Model):
    sluice = models.ForeignKey(Sluice, on_delete=models.CASCADE, related_name="categories")
    name = models.CharField(_("name"), max_length=100)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sluice", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["sluice", "name"], name="unique_category_per_sluice")
        ]

    def __str__(self):
        return self.name


class SluiceRole(models.Model):
    """A person's role in one sluice: coach, decision maker, analyst or administrator."""

    class Role(models.TextChoices):
        COACH = "coach", _("Idea coach")
        DECISION_MAKER = "decision_maker", _("Decision maker")
        ANALYST = "analyst", _("Analyst")
        ADMIN = "admin", _("Sluice administrator")

    sluice = models.ForeignKey(Sluice, on_delete=models.CASCADE, related_name="roles")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sluice_roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("sluice role")
        verbose_name_plural = _("sluice roles")
        ordering = ["sluice", "role", "user__name"]
        constraints = [
            models.UniqueConstraint(fields=["sluice", "user", "role"], name="unique_sluice_role")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.sluice}"


# The roles that make up a sluice's staff: they see every idea of the sluice and its internal notes.
STAFF_ROLES = (SluiceRole.Role.COACH, SluiceRole.Role.DECISION_MAKER, SluiceRole.Role.ADMIN)
