import calendar
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from idesluss.ideas.models import TEXT_MAX_LENGTH, TOO_LONG, Idea

from .validators import normalise_organisation_number, normalise_registration_number

NOTE_MAX_LENGTH = 2_000
# Benefits are followed up this many months after the change was implemented.
FOLLOW_UP_MONTHS = (6, 12)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day if it is shorter (31 Aug + 6 → 28/29
    Feb): a follow-up is never pushed into the month after."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class WebAddressField(models.URLField):
    """A link people can follow: http or https only (not ftp, javascript: or the like)."""

    default_validators = [URLValidator(schemes=["http", "https"])]


def evidence_path(outcome, filename):
    return f"outcomes/{outcome.idea_id}/{timezone.now():%Y%m%d%H%M%S}-{filename}"


class Outcome(models.Model):
    """What an idea produced, counted the way funders count, with its date and evidence."""

    class Kind(models.TextChoices):
        PRODUCT = "product", _("New product")
        SERVICE = "service", _("New service")
        COMPANY = "company", _("New company")
        PATENT = "patent", _("Patent or design protection")
        LICENCE = "licence", _("Licence")
        METHOD = "method", _("Implemented work method")
        PROCUREMENT = "procurement", _("Procurement started")
        SAVING = "saving", _("Measured saving")

    class AmountUnit(models.TextChoices):
        SEK = "SEK", _("SEK")
        HOURS = "hours", _("hours")

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(
        _("title"), max_length=200, error_messages={"blank": _("Name the outcome.")}
    )
    description = models.TextField(
        _("description"),
        max_length=TEXT_MAX_LENGTH,
        blank=True,
        error_messages={"max_length": TOO_LONG},
    )
    date = models.DateField(
        _("date achieved"), error_messages={"null": _("Give the date the outcome was achieved.")}
    )
    evidence_url = WebAddressField(_("link to the evidence"), max_length=500, blank=True)
    evidence_file = models.FileField(upload_to=evidence_path, max_length=300, blank=True)
    evidence_name = models.CharField(max_length=255, blank=True)
    evidence_content_type = models.CharField(max_length=100, blank=True)
    evidence_size = models.PositiveIntegerField(null=True, blank=True)
    # Room for what people type; clean() stores the normalised NNNNNN-NNNN.
    organisation_number = models.CharField(_("organisation number"), max_length=20, blank=True)
    registration_number = models.CharField(_("registration number"), max_length=50, blank=True)
    amount = models.DecimalField(
        _("amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message=_("A saving cannot be negative."))],
    )
    amount_unit = models.CharField(_("unit"), max_length=10, choices=AmountUnit.choices, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["date", "id"]
        indexes = [
            models.Index(fields=["idea", "date"]),
            models.Index(fields=["kind", "date"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_evidence_url(self) -> str:
        """The evidence file, served only to those who may see the idea."""
        return reverse("outcomes:evidence", args=[self.idea_id, self.pk])

    def clean(self):
        """The rules of each kind (DESIGN §3): its own numbers, a date that has come, evidence."""
        errors = {}
        if not (self.evidence_url or self.evidence_file or self.evidence_name):
            errors["evidence_url"] = _("Give the evidence: a link, a file, or both.")
        if self.date is not None and self.date > timezone.localdate():
            errors["date"] = _(
                "The date cannot be in the future: record the outcome once it is achieved."
            )
        errors |= self._clean_organisation_number()
        errors |= self._clean_registration_number()
        errors |= self._clean_amount()
        if errors:
            raise ValidationError(errors)

    def _clean_organisation_number(self) -> dict:
        if not self.organisation_number:
            if self.kind == self.Kind.COMPANY:
                return {"organisation_number": _("A new company needs its organisation number.")}
            return {}
        if self.kind != self.Kind.COMPANY:
            return {"organisation_number": _("Only a new company has an organisation number.")}
        try:
            self.organisation_number = normalise_organisation_number(self.organisation_number)
        except ValidationError as error:
            return {"organisation_number": error}
        return {}

    def _clean_registration_number(self) -> dict:
        if not self.registration_number:
            if self.kind == self.Kind.PATENT:
                return {
                    "registration_number": _(
                        "A patent or design protection needs its registration number."
                    )
                }
            return {}
        if self.kind not in (self.Kind.PATENT, self.Kind.LICENCE):
            return {
                "registration_number": _(
                    "Only a patent, a design protection or a licence has a registration number."
                )
            }
        try:
            self.registration_number = normalise_registration_number(self.registration_number)
        except ValidationError as error:
            return {"registration_number": error}
        return {}

    def _clean_amount(self) -> dict:
        errors = {}
        if self.kind == self.Kind.SAVING:
            if self.amount is None:
                errors["amount"] = _("A measured saving needs its amount.")
            if not self.amount_unit:
                errors["amount_unit"] = _("Say whether the saving is in SEK or in hours.")
        else:
            if self.amount is not None:
                errors["amount"] = _("Only a measured saving has an amount.")
            if self.amount_unit:
                errors["amount_unit"] = _("Only a measured saving has a unit.")
        return errors


class Benefit(models.Model):
    """Nyttohemtagning: what an implemented idea is meant to give, measured against a baseline."""

    class Unit(models.TextChoices):
        HOURS = "hours", _("hours")
        SEK = "SEK", _("SEK")
        CO2E = "CO2e_kg", _("CO₂e (kg)")
        CUSTOM = "custom", _("another unit")

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="benefits")
    name = models.CharField(
        _("benefit"), max_length=200, error_messages={"blank": _("Name the benefit.")}
    )
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    custom_unit = models.CharField(_("name of the unit"), max_length=50, blank=True)
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=2)
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=2)
    implemented_on = models.DateField(_("implemented on"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("benefit")
        verbose_name_plural = _("benefits")
        ordering = ["implemented_on", "id"]
        indexes = [models.Index(fields=["idea", "implemented_on"])]

    def __str__(self):
        return self.name

    @property
    def unit_label(self) -> str:
        return self.custom_unit if self.unit == self.Unit.CUSTOM else self.get_unit_display()

    def clean(self):
        if self.unit == self.Unit.CUSTOM:
            self.custom_unit = self.custom_unit.strip()
            if not self.custom_unit:
                raise ValidationError(
                    {"custom_unit": _("Name the unit, for example days or visits.")}
                )
        else:
            self.custom_unit = ""  # a name typed before another unit was chosen


class BenefitMeasurement(models.Model):
    """One measured value of a benefit; it completes the follow-ups due by then."""

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="measurements")
    measured_on = models.DateField(_("measured on"))
    value = models.DecimalField(_("measured value"), max_digits=16, decimal_places=2)
    note = models.TextField(
        _("note"), max_length=NOTE_MAX_LENGTH, blank=True, error_messages={"max_length": TOO_LONG}
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        ordering = ["measured_on", "id"]

    def __str__(self):
        return f"{self.benefit_id}: {self.value} ({self.measured_on})"

    def clean(self):
        if self.measured_on is None:
            return
        if self.measured_on > timezone.localdate():
            raise ValidationError(
                {"measured_on": _("The date cannot be in the future: record what was measured.")}
            )
        if self.measured_on < self.benefit.implemented_on:
            raise ValidationError(
                {
                    "measured_on": _(
                        "A follow-up measures after the change: the benefit was implemented on "
                        "%(date)s. The value before it is the baseline."
                    )
                    % {"date": date_format(self.benefit.implemented_on, "j F Y")}
                }
            )


class FollowUp(models.Model):
    """A measurement the benefit owes at 6 or 12 months; done once a measurement is recorded.

    One row per due date, so that "what is due or overdue" is a plain query for the dashboard.
    """

    benefit = models.ForeignKey(Benefit, on_delete=models.CASCADE, related_name="follow_ups")
    months = models.PositiveSmallIntegerField()
    due_on = models.DateField()
    measurement = models.ForeignKey(
        BenefitMeasurement,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["due_on", "id"]
        constraints = [
            models.UniqueConstraint(fields=["benefit", "months"], name="one_follow_up_per_month")
        ]
        indexes = [
            models.Index(
                fields=["due_on"],
                condition=models.Q(measurement__isnull=True),
                name="follow_up_open_due",
            )
        ]

    def __str__(self):
        return f"{self.benefit_id} +{self.months}: {self.due_on}"

    @property
    def is_done(self) -> bool:
        return self.measurement_id is not None

    def is_overdue(self, today: date | None = None) -> bool:
        return not self.is_done and self.due_on < (today or timezone.localdate())
