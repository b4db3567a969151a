from .models import Notification


def unread_count(user) -> int:
    """How many notifications the user has not read."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_for(user, limit: int = 100):
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")[:limit]
