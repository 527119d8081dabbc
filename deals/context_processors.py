from .selectors import unread_count


def notifications(request) -> dict:
    """The header's unread count, for signed-in people only."""
    if not request.user.is_authenticated:
        return {}
    return {"unread_notifications": unread_count(request.user)}
