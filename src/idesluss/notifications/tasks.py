from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks import task

from .models import Notification


@task()
def email_notification(notification_id: int) -> None:
    """Send one notification by e-mail. Runs in the worker, never in a request."""
    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    )
    if notification is None or notification.emailed_at is not None:
        return
    link = f"\n\n{settings.SITE_URL}{notification.url}" if notification.url else ""
    send_mail(
        subject=f"[Idésluss] {notification.subject}",
        message=f"{notification.body}{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[notification.recipient.email],
    )
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
