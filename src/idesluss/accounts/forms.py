from allauth.account import forms as allauth_forms
from django import forms
from django.utils.translation import gettext_lazy as _

from idesluss.core.forms import Form


class TokenForm(Form):
    name = forms.CharField(
        label=_("What is the token for?"),
        max_length=100,
        error_messages={"required": _("Give the token a name.")},
    )


class LoginForm(allauth_forms.LoginForm):
    """allauth's log-in, with labels that end without a colon like the rest of the site."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
