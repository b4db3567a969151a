"""The dashboards' filters: the default period."""

from datetime import date

from idesluss.insights.forms import default_period


def test_the_default_period_starts_on_the_first_of_the_month_eleven_months_back():
    assert default_period(date(2025, 1, 15)) == (date(2024, 2, 1), date(2025, 1, 15))
    assert default_period(date(2025, 12, 31)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert default_period(date(2024, 11, 30)) == (date(2023, 12, 1), date(2024, 11, 30))
