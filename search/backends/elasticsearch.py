"""The Elasticsearch backend: transport only; bodies are built in es_query and
es_mapping.

    SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.elasticsearch",
                                   "URL": "http://elasticsearch:9200", "INDEX": "rightsbridge"}}

Documents live in versioned indices "<INDEX>-works-<timestamp>" behind the
alias "<INDEX>-works". A rebuild fills a new index with refreshes off, then
moves the alias in one atomic update_aliases call and drops the old indices.
Optional: REFRESH (make each write searchable before returning: tests,
editors who must see their change), SHARDS, REPLICAS, TIMEOUT (seconds).
"""
import logging
from contextlib import contextmanager
from datetime import UTC, datetime

from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError
from elasticsearch.helpers import bulk, streaming_bulk

from ..base import BaseSearchBackend, Progress, SearchUnavailable
from ..query import CatalogQuery, CatalogResults
from .es_mapping import index_settings, to_es_source
from .es_query import build_search_body, build_suggest_body, parse_search_response, parse_suggest_response

CHUNK = 500
logger = logging.getLogger(__name__)


@contextmanager
def answering():
    """Connection failures, timeouts, a missing index and server errors are an
    outage to the reader; a request the cluster refuses as malformed is a bug
    and stays an error."""
    try:
        yield
    except TransportError as error:
        logger.warning("Elasticsearch unreachable: %s", error)
        raise SearchUnavailable(str(error)) from error
    except ApiError as error:
        if error.status_code not in (404, 429) and error.status_code < 500:
            raise
        logger.warning("Elasticsearch answered %s: %s", error.status_code, error)
        raise SearchUnavailable(str(error)) from error


class SearchBackend(BaseSearchBackend):
    def __init__(self, alias: str, params: dict):
        super().__init__(alias, params)
        self.client = Elasticsearch(params["URL"], request_timeout=params.get("TIMEOUT", 10))
        self.name = f"{params.get('INDEX', 'rightsbridge')}-works"
        self.refresh = "wait_for" if params.get("REFRESH") else False
        self.shards = params.get("SHARDS", 1)
        self.replicas = params.get("REPLICAS", 0)

    def search(self, query: CatalogQuery) -> CatalogResults:
        with answering():
            response = self.client.search(index=self.name, body=build_search_body(query))
        return parse_search_response(response.body, query)

    def suggest(self, prefix: str, ui_language: str, limit: int = 8) -> list[str]:
        if not prefix.strip() or limit < 1:
            return []
        with answering():
            response = self.client.search(index=self.name, body=build_suggest_body(prefix, limit))
        return parse_suggest_response(response.body, prefix, ui_language, limit)

    def index_documents(self, docs) -> int:
        actions = [{"_index": self.name, "_id": doc["id"], "_source": to_es_source(doc)} for doc in docs]
        if actions:
            self._ensure_index()
            bulk(self.client, actions, chunk_size=CHUNK, refresh=self.refresh)
        return len(actions)

    def delete_documents(self, ids) -> None:
        actions = [{"_op_type": "delete", "_index": self.name, "_id": int(i)} for i in ids]
        if actions and self.client.indices.exists_alias(name=self.name):
            bulk(self.client, actions, chunk_size=CHUNK, refresh=self.refresh, ignore_status=(404,))

    def rebuild(self, docs, total: int | None = None, progress: Progress | None = None) -> int:
        new = self._create_index(bulk_loading=True)
        done = 0
        try:
            actions = ({"_index": new, "_id": doc["id"], "_source": to_es_source(doc)} for doc in docs)
            for _ok, _item in streaming_bulk(self.client, actions, chunk_size=CHUNK):
                done += 1
                if progress and done % CHUNK == 0:
                    progress(done, total)
            self.client.indices.put_settings(index=new, settings={"index": {"refresh_interval": None}})
            self.client.indices.refresh(index=new)
        except BaseException:
            self.client.indices.delete(index=new, ignore_unavailable=True)
            raise
        old = self._aliased_indices()
        self.client.indices.update_aliases(actions=[
            *({"remove": {"index": name, "alias": self.name}} for name in old),
            {"add": {"index": new, "alias": self.name}},
        ])
        if old:
            self.client.indices.delete(index=",".join(old), ignore_unavailable=True)
        if progress:
            progress(done, total)
        return done

    def count(self) -> int:
        try:
            return self.client.count(index=self.name)["count"]
        except NotFoundError:
            return 0

    def ping(self) -> bool:
        return bool(self.client.ping())

    def close(self) -> None:
        self.client.close()

    def _ensure_index(self) -> None:
        """First write to a fresh cluster: an empty versioned index behind the alias."""
        if not self.client.indices.exists_alias(name=self.name):
            new = self._create_index(bulk_loading=False)
            self.client.indices.put_alias(index=new, name=self.name)

    def _create_index(self, bulk_loading: bool) -> str:
        name = f"{self.name}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        body = index_settings(shards=self.shards, replicas=self.replicas)
        if bulk_loading:  # no refreshes while filling; restored before the alias moves
            body["settings"]["refresh_interval"] = "-1"
        self.client.indices.create(index=name, body=body)
        return name

    def _aliased_indices(self) -> list[str]:
        try:
            return list(self.client.indices.get_alias(name=self.name).body)
        except NotFoundError:
            return []
