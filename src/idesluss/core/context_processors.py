def site(request):
    """What every page's layout needs: unread notifications and whether to offer the inbox."""
    context = {"unread_notifications": 0, "show_inbox": False}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from idesluss.notifications.queries import unread_count
        from idesluss.organisations.queries import staff_sluice_ids

        context["unread_notifications"] = unread_count(user)
        context["show_inbox"] = bool(staff_sluice_ids(user))
    return context
