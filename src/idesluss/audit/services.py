from .models import AuditEvent


def record(actor, action: str, target, **data) -> AuditEvent:
    """Write one audit event for `action` by `actor` on the model instance `target`."""
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        data=data,
    )
