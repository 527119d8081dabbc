"""Search engines behind the catalogue, one module each exposing `SearchBackend`."""
