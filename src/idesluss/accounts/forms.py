from django import forms
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import Form


class TokenForm(Form):
    name = forms.CharField(
        label=_("What is the token for?"),
        max_length=100,
        error_messages={"required": _("Give the token a name.")},
    )
