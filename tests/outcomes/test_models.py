"""The rules of each kind of outcome (DESIGN §3), and the follow-up calendar."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from idesluss.outcomes.models import Outcome, add_months
from idesluss.outcomes.validators import luhn_ok, normalise_organisation_number

YESTERDAY = timezone.localdate() - timedelta(days=1)
EVIDENCE = "https://www.skovde.se/beslut/2025-17"


def _errors(**fields) -> dict[str, list[str]]:
    """What full_clean() says about an outcome with these fields (nothing saved)."""
    values = {"kind": "product", "title": "Strokegreppet", "date": YESTERDAY}
    values.update(fields)
    if "evidence_url" not in fields:
        values["evidence_url"] = EVIDENCE
    outcome = Outcome(**values)
    try:
        outcome.full_clean(exclude=["idea", "created_by"])
    except ValidationError as error:
        return error.message_dict
    return {}


def _clean(**fields) -> Outcome:
    values = {"kind": "product", "title": "Strokegreppet", "date": YESTERDAY}
    values["evidence_url"] = EVIDENCE
    values.update(fields)
    outcome = Outcome(**values)
    outcome.full_clean(exclude=["idea", "created_by"])
    return outcome


# --- Organisation numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["556016-0680", "5560160680", " 556016-0680 ", "212000-0142", "802481-1658"]
)
def test_a_valid_organisation_number_is_stored_normalised(number):
    outcome = _clean(kind="company", organisation_number=number)
    assert outcome.organisation_number == number.strip()[:6] + "-" + number.strip()[-4:]


def test_the_luhn_check_digit():
    assert luhn_ok("5560160680")
    assert not luhn_ok("5560160681")
    assert normalise_organisation_number("5560160680") == "556016-0680"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("556016-0681", "Organisationsnumret är inte giltigt"),
        ("556016068", "Skriv organisationsnumret som NNNNNN-NNNN"),
        ("55601606800", "Skriv organisationsnumret som NNNNNN-NNNN"),
        ("556016 0680", "Skriv organisationsnumret som NNNNNN-NNNN"),
        ("ABCDEF-GHIJ", "Skriv organisationsnumret som NNNNNN-NNNN"),
        # A personal identity number (a sole trader's) is personal data, not a company's number.
        ("811218-9876", "Det här ser ut som ett personnummer"),
    ],
)
def test_a_bad_organisation_number_is_refused_in_swedish(number, message):
    errors = _errors(kind="company", organisation_number=number)
    assert message in " ".join(errors["organisation_number"])


def test_a_new_company_needs_its_organisation_number():
    assert _errors(kind="company")["organisation_number"] == [
        "Ett nytt företag behöver sitt organisationsnummer."
    ]


def test_only_a_company_has_an_organisation_number():
    assert _errors(kind="product", organisation_number="556016-0680")["organisation_number"] == [
        "Bara ett nytt företag har ett organisationsnummer."
    ]


# --- The other kinds ------------------------------------------------------------------------


def test_a_patent_needs_its_registration_number():
    assert "registration_number" in _errors(kind="patent")
    outcome = _clean(kind="patent", registration_number="  SE   545 123 C2 ")
    assert outcome.registration_number == "SE 545 123 C2"


@pytest.mark.parametrize("number", ["<script>", "---", "SE", "nummer saknas"])
def test_a_registration_number_has_a_sane_shape(number):
    assert "registration_number" in _errors(kind="patent", registration_number=number)


def test_a_licence_may_name_the_registration_it_licenses_but_a_product_may_not():
    assert _clean(kind="licence", registration_number="EP1234567").registration_number
    assert "registration_number" in _errors(kind="product", registration_number="EP1234567")


def test_a_saving_needs_an_amount_and_a_unit():
    errors = _errors(kind="saving")
    assert errors["amount"] == ["En mätbar besparing behöver sitt belopp."]
    assert errors["amount_unit"] == ["Ange om besparingen är i kronor eller i timmar."]
    assert _clean(kind="saving", amount=Decimal("480000"), amount_unit="SEK").amount == 480000
    assert _clean(kind="saving", amount=Decimal("0"), amount_unit="hours").amount == 0


def test_a_saving_is_not_negative_and_only_a_saving_has_an_amount():
    negative = _errors(kind="saving", amount=Decimal("-1"), amount_unit="SEK")
    assert negative["amount"] == ["En besparing kan inte vara negativ."]
    product = _errors(kind="product", amount=Decimal("10"), amount_unit="SEK")
    assert set(product) == {"amount", "amount_unit"}


@pytest.mark.parametrize("kind", ["product", "service", "licence", "method", "procurement"])
def test_the_plain_kinds_need_a_title_a_date_and_evidence_only(kind):
    assert _errors(kind=kind) == {}


def test_an_unknown_kind_is_refused():
    assert "kind" in _errors(kind="invention")


# --- Date and evidence ----------------------------------------------------------------------


def test_the_date_may_not_be_in_the_future():
    tomorrow = timezone.localdate() + timedelta(days=1)
    assert _errors(date=tomorrow)["date"] == [
        "Datumet kan inte ligga i framtiden: registrera resultatet när det är uppnått."
    ]
    assert _errors(date=timezone.localdate()) == {}


def test_evidence_is_required_a_link_or_a_file():
    assert _errors(evidence_url="")["evidence_url"] == [
        "Ange underlaget: en länk, en fil eller båda."
    ]
    assert _errors(evidence_url="", evidence_name="protokoll.pdf") == {}


def test_the_evidence_link_is_a_web_address():
    assert "evidence_url" in _errors(evidence_url="javascript:alert(1)")
    assert "evidence_url" in _errors(evidence_url="ftp://example.se/fil")


def test_the_kinds_have_their_swedish_names():
    from django.utils import translation

    with translation.override("sv"):
        assert [str(label) for label in Outcome.Kind.labels] == [
            "Ny produkt",
            "Ny tjänst",
            "Nytt företag",
            "Patent eller designskydd",
            "Licens",
            "Infört arbetssätt",
            "Upphandling startad",
            "Mätbar besparing",
        ]


# --- Follow-up dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("implemented", "months", "due"),
    [
        (date(2025, 3, 14), 6, date(2025, 9, 14)),
        (date(2025, 3, 14), 12, date(2026, 3, 14)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),  # February is shorter
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # a leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 12, 31), 6, date(2025, 6, 30)),
        (date(2024, 7, 31), 6, date(2025, 1, 31)),  # across the new year
        (date(2024, 10, 31), 12, date(2025, 10, 31)),
    ],
)
def test_follow_ups_fall_due_in_the_right_month_even_at_its_end(implemented, months, due):
    assert add_months(implemented, months) == due
