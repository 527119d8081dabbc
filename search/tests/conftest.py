import os
import uuid

import pytest

from search.registry import get_backend, reset_backends

# Elasticsearch cannot run on this machine: its cases exist only when a server
# is named (the report header says which engines ran).
ENGINES = ["embedded"] + (["elasticsearch"] if os.environ.get("ELASTICSEARCH_URL") else [])


@pytest.fixture(params=ENGINES)
def backend(request, settings, tmp_path):
    """Every reachable engine, configured through settings like the site's."""
    if request.param == "elasticsearch":
        url = os.environ["ELASTICSEARCH_URL"]
        config = {"BACKEND": "search.backends.elasticsearch", "URL": url,
                  "INDEX": f"rbtest-{uuid.uuid4().hex[:8]}", "REFRESH": True}
    else:
        config = {"BACKEND": "search.backends.embedded", "PATH": tmp_path / "search-index"}
    settings.SEARCH_BACKENDS = {"default": config}
    reset_backends()
    yield get_backend()
    if request.param == "elasticsearch":  # by name: clusters refuse wildcard deletes by default
        client = get_backend().client
        names = list(client.indices.get(index=f"{config['INDEX']}-works-*").body)
        if names:
            client.indices.delete(index=",".join(names))
    reset_backends()
