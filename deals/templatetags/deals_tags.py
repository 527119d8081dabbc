from django import template

register = template.Library()


@register.simple_tag
def query_with(query, **changes) -> str:
    """The page's query string with some parameters replaced: paging keeps the filters."""
    query = query.copy()
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()
