from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from idesluss.audit.services import record

from .models import ApiToken


@transaction.atomic
def issue_token(actor, name: str) -> tuple[ApiToken, str]:
    """Create a personal API token for `actor`; the raw key is returned once and never stored."""
    token, raw = ApiToken.issue(actor, name)
    record(actor, "token.issue", token, name=name)
    return token, raw


@transaction.atomic
def revoke_token(actor, token: ApiToken) -> None:
    """Revoke a token so that it no longer authenticates."""
    if token.user_id != actor.pk and not actor.is_superuser:
        raise PermissionDenied
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record(actor, "token.revoke", token)
