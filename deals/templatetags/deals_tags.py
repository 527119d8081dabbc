from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """mapping[key], or None where the page has no such mapping (a preview)."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.simple_tag
def query_with(query, **changes) -> str:
    """The page's query string with some parameters replaced: paging keeps the filters."""
    query = query.copy()
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()
