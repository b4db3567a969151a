from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task

from .models import Notification


@task()
def email_notifications(notification_ids: list[int]) -> None:
    """E-mail each of the notifications not yet sent. Runs in the worker, never in a request.

    One task per event, not per recipient, so that a submission seen by forty coaches costs
    the request one queue row.
    """
    pending = Notification.objects.select_related("recipient").filter(
        pk__in=notification_ids, emailed_at__isnull=True
    )
    for notification in pending:
        link = f"\n\n{settings.SITE_URL}{notification.url}" if notification.url else ""
        send_mail(
            subject=f"[Idésluss] {notification.subject}",
            message=f"{notification.body}{link}\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[notification.recipient.email],
        )
        # Marked one by one: if the mail server fails half-way, a retry sends only the rest.
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
