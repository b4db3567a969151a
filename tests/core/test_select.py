"""core.forms.Select writes the same HTML as Django's Select, faster."""

import pytest
from django import forms
from django.test.html import parse_html

from idesluss.core.forms import Select

CHOICES = [("", "Alla"), (1, "Ale kommun"), (2, "Åre & <Berg>"), (3, 'Citat "x"')]
GROUPED = [("", "Alla"), ("Västra Götaland", [(1, "Skövde"), (2, "Lidköping")]), (3, "Övrigt")]


@pytest.mark.parametrize(
    ("choices", "value", "attrs"),
    [
        (CHOICES, None, {}),
        (CHOICES, 2, {"id": "id_organisation", "aria-describedby": "hint", "required": True}),
        (CHOICES, "3", {"disabled": True, "data-x": "<y>"}),
        (GROUPED, 2, {"id": "id_o"}),
    ],
)
def test_it_renders_what_djangos_select_renders(choices, value, attrs):
    django = forms.Select(choices=choices).render("organisation", value, attrs)
    ours = Select(choices=choices).render("organisation", value, attrs)
    assert parse_html(ours) == parse_html(django)


def test_a_form_field_with_it_renders_the_chosen_value_selected():
    class Filter(forms.Form):
        organisation = forms.TypedChoiceField(choices=CHOICES, coerce=int, widget=Select)

    html = str(Filter({"organisation": "2"})["organisation"])
    assert '<option value="2" selected>Åre &amp; &lt;Berg&gt;</option>' in html
    assert 'id="id_organisation"' in html
