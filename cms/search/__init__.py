"""The catalogue search as pages: the search page, its JSON API, the form and
facet labels. The engine (`search/`) never imports this layer."""
