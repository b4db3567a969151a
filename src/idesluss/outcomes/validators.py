"""Checks of the numbers an outcome carries: organisation numbers and registration numbers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ORGANISATION_NUMBER = re.compile(r"(\d{6})-?(\d{4})")
# Patent and design numbers as the offices write them: "SE 545 123 C2", "EP1234567",
# "002345678-0001", "PCT/SE2024/050123". Letters, digits and the separators they use.
REGISTRATION_NUMBER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ./-]{1,48}[A-Za-z0-9]")

# Shared by the forms and the API, so that both say it in the same words.
NOT_A_NUMBER = _("Enter a number.")


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check that Swedish organisation and personal numbers end with."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_legal_person(digits: str) -> bool:
    """Whether ten digits are a legal person's organisationsnummer (third digit 2 or more),
    not a sole trader's personnummer, which is personal data."""
    return len(digits) == 10 and digits.isascii() and digits.isdigit() and digits[2] >= "2"


def normalise_organisation_number(value: str) -> str:
    """ "5560360793" or "556036-0793" → "556036-0793", or ValidationError in the user's words.

    The third digit of a legal person's number is at least 2; a lower one is a personal
    identity number (a sole trader's), which is personal data and has no place in an outcome.
    """
    match = ORGANISATION_NUMBER.fullmatch(value.strip())
    if match is None:
        raise ValidationError(
            _("Enter the organisation number as NNNNNN-NNNN (ten digits)."),
            code="organisation_number_format",
        )
    digits = match[1] + match[2]
    if not is_legal_person(digits):
        raise ValidationError(
            _(
                "This looks like a personal identity number. Enter the company's organisation "
                "number: its third digit is 2 or more."
            ),
            code="organisation_number_personal",
        )
    if not luhn_ok(digits):
        raise ValidationError(
            _(
                "The organisation number is not valid: check the digits (the last one is a "
                "check digit)."
            ),
            code="organisation_number_check_digit",
        )
    return f"{match[1]}-{match[2]}"


def normalise_registration_number(value: str) -> str:
    """A patent or design registration number, with its spaces tidied, or ValidationError."""
    value = " ".join(value.split())
    if not REGISTRATION_NUMBER.fullmatch(value) or not any(c.isdigit() for c in value):
        raise ValidationError(
            _(
                "Enter the registration number as the patent or design office gives it, for "
                "example SE 545 123 or EP 1234567: letters, digits, spaces, dots, slashes and "
                "hyphens."
            ),
            code="registration_number_format",
        )
    return value
