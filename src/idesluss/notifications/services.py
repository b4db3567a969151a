from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.functional import lazy

from .models import Notification
from .tasks import email_notifications


def _filled(text, params: dict) -> str:
    return str(text) % params


_lazy_filled = lazy(_filled, str)


def message(text, **params):
    """A translatable text with its placeholders filled in when notify() renders it, in the
    site's language: `_("…%(title)s") % {...}` would render it at once, in the language of
    whoever caused the notification."""
    return _lazy_filled(text, params)


def notify(recipients, *, subject: str, body: str, idea=None, url: str = "") -> list[Notification]:
    """Tell each recipient in-app and queue an e-mail to them, in the caller's transaction.

    `subject` and `body` may be lazy translations: they are rendered in the site's language.
    """
    unique = {user.pk: user for user in recipients if user is not None and user.is_active}
    if not unique:
        return []
    with translation.override(settings.LANGUAGE_CODE):
        notifications = Notification.objects.bulk_create(
            Notification(
                recipient=user, idea=idea, subject=str(subject)[:300], body=str(body), url=url
            )
            for user in unique.values()
        )
    # The database task backend stores the task in the caller's transaction, so the e-mails
    # are queued exactly when the write that caused them commits.
    email_notifications.enqueue([notification.pk for notification in notifications])
    return notifications


@transaction.atomic
def mark_read(user, notification_ids=None) -> int:
    """Mark the user's notifications (all, or the given ones) as read."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())
