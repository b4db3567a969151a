import pytest

from idesluss.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def test_the_migrations_load_every_municipality_and_region():
    assert Organisation.objects.filter(kind="municipality").count() == 290
    assert Organisation.objects.filter(kind="region").count() == 21


def test_every_municipality_code_has_four_digits_and_starts_with_a_county_code():
    region_codes = set(Organisation.objects.filter(kind="region").values_list("code", flat=True))
    assert all(len(code) == 2 and code.isdigit() for code in region_codes)
    for code, county_code in Organisation.objects.filter(kind="municipality").values_list(
        "code", "county_code"
    ):
        assert len(code) == 4 and code.isdigit(), code
        assert code[:2] in region_codes, code
        assert county_code == code[:2], code


@pytest.mark.parametrize(
    ("kind", "code", "name", "county_name"),
    [
        ("municipality", "1496", "Skövde", "Västra Götalands län"),
        ("municipality", "0180", "Stockholm", "Stockholms län"),
        ("municipality", "1283", "Helsingborg", "Skåne län"),
        ("municipality", "2584", "Kiruna", "Norrbottens län"),
        ("region", "14", "Västra Götalandsregionen", "Västra Götalands län"),
        ("region", "01", "Region Stockholm", "Stockholms län"),
    ],
)
def test_real_municipalities_and_regions_carry_their_official_codes(kind, code, name, county_name):
    organisation = Organisation.objects.get(kind=kind, code=code)
    assert organisation.name == name
    assert organisation.county_name == county_name
