def site(request):
    """What every page's layout needs: unread notifications, whether to offer the inbox and
    Insikter (from the roles, read once per request)."""
    context = {"unread_notifications": 0, "show_inbox": False, "show_insights": False}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from idesluss.insights.rules import may_see_any_dashboard
        from idesluss.notifications.queries import unread_count
        from idesluss.organisations.queries import staff_sluice_ids

        context["unread_notifications"] = unread_count(user)
        context["show_inbox"] = bool(staff_sluice_ids(user))
        context["show_insights"] = may_see_any_dashboard(user)
    return context
