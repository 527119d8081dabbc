"""Hostile or broken input to the search page and its JSON API: field errors,
never a 500; JSON errors from every JSON endpoint; an engine outage said in
the reader's language; nothing of a huge query string copied into links."""
import json
import re
import string

import pytest
from django.test import Client
from django.utils.translation import gettext, override
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from catalog.tests.factories import RightsOfferFactory, WorkFactory
from cms.tests.factories import site
from search.registry import reset_backends
from tests.support.process import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(embedded_index, django_capture_on_commit_callbacks):
    site()
    with django_capture_on_commit_callbacks(execute=True):
        work = WorkFactory(slug="shanhai-battle", title_th="ศึกขุนเขาและทะเล", year=2021)
        RightsOfferFactory(work=work)
    return work


@pytest.fixture
def engine_down(settings):
    """Elasticsearch configured on a port where nothing listens: a real outage."""
    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.elasticsearch",
                                            "URL": f"http://127.0.0.1:{free_port()}", "TIMEOUT": 2}}
    reset_backends()
    yield
    reset_backends()


@pytest.mark.parametrize("holder", ["9223372036854775808", "²", "①", "٣", "x" * 121, "a b", "<script>"])
def test_a_bad_holder_is_a_field_error(client, catalogue, holder):
    api = client.get("/api/v1/search", {"holder": holder})
    assert api.status_code == 400 and "holder" in api.json()["errors"]
    page = client.get("/th/search/", {"holder": holder})
    assert page.status_code == 200 and 'class="form-errors"' in page.content.decode()


@pytest.mark.parametrize("param", ["year_from", "year_to", "page", "per_page"])
@pytest.mark.parametrize("value", ["²", "①", "１２", "٣", "99999999999999999999999", "-1", "1e3"])
def test_numbers_are_ascii_digits_in_range(client, catalogue, param, value):
    response = client.get("/api/v1/search", {param: value})
    assert response.status_code == 400 and param in response.json()["errors"]


def test_a_real_holder_id_and_slug_still_filter(client, catalogue):
    holder = catalogue.rights_holder
    for value in (str(holder.pk), holder.slug):
        assert client.get("/api/v1/search", {"holder": value}).json()["total"] == 1


# Every parameter the page and the API read, with values from all of Unicode.
PARAMS = ["q", "kind", "subtype", "right", "territory", "language", "available", "holder", "subject",
          "year_from", "year_to", "sort", "page", "per_page", "lang"]
values = st.one_of(st.text(max_size=40), st.integers(min_value=-10**30, max_value=10**30).map(str),
                   st.text(alphabet=string.digits + "²①٣１", max_size=25), st.sampled_from(["", " ", "\x00", "%"]))


@hypothesis_settings(max_examples=300, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PARAMS), values), max_size=8))
def test_fuzzed_parameters_never_give_a_server_error(catalogue, pairs):
    client = Client(raise_request_exception=False)
    for url in ("/api/v1/search", "/api/v1/search/suggest"):
        response = client.get(url, pairs)
        assert response.status_code in (200, 400), (url, pairs, response.status_code)
        assert response["Content-Type"] == "application/json"
        json.loads(response.content)
    page = client.get("/th/search/", pairs)
    assert page.status_code == 200, (pairs, page.status_code)


def test_json_errors_from_every_json_endpoint(client, catalogue, settings):
    client = Client(raise_request_exception=False)
    cases = {
        "unknown address": (client.get("/api/v1/nowhere"), 404),
        "wrong method": (client.post("/api/v1/search", {"q": "x"}), 405),
        "too many parameters": (client.get("/api/v1/search?" + "&".join(f"k{i}=1" for i in range(1200))), 400),
    }
    for name, (response, status) in cases.items():
        assert response.status_code == status, name
        assert response["Content-Type"] == "application/json", name
        assert response.json()["error"]["status"] == status, name
    assert "GET" in cases["wrong method"][0]["Allow"]


def test_a_crash_in_the_api_is_a_json_500_in_the_readers_language(catalogue, settings):
    settings.SEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.no_such_engine"}}
    reset_backends()
    response = Client(raise_request_exception=False).get("/api/v1/search", {"q": "x", "lang": "km"})
    assert response.status_code == 500 and response["Content-Type"] == "application/json"
    message = "Something went wrong on our side. Please try again later."
    with override("km"):
        assert response.json()["error"]["message"] == gettext(message) != message


@pytest.mark.parametrize("lang", ["th", "my", "zh-hans"])
def test_an_engine_outage_is_said_in_the_readers_language(client, engine_down, lang):
    site()
    page = client.get(f"/{lang}/search/", {"q": "ศึก"})
    assert page.status_code == 503
    with override(lang):
        assert gettext("Search is briefly unavailable.") in page.content.decode()
    api = client.get("/api/v1/search", {"q": "ศึก", "lang": lang})
    assert api.status_code == 503 and api["Content-Type"] == "application/json"
    with override(lang):
        assert api.json()["error"]["message"] == gettext(
            "The service is briefly unavailable. Please try again in a minute.")
    suggest = client.get("/api/v1/search/suggest", {"q": "ศึ", "lang": lang})
    assert suggest.status_code == 200 and suggest.json() == {"suggestions": []}


def test_head_is_answered_like_get(client, catalogue):
    for url in ("/th/search/?q=ศึก", "/api/v1/search?q=ศึก", "/api/v1/search/suggest?q=ศึ"):
        assert client.head(url).status_code == 200, url


def test_a_huge_query_string_is_not_copied_into_every_link(client, catalogue):
    noise = "x" * 60_000
    response = client.get("/th/search/", {"q": "ศึก", "zz": noise})
    html = response.content.decode()
    assert response.status_code == 200
    assert len(html) < 100_000
    assert noise[:1000] not in html


def test_only_the_forms_own_parameters_come_back_as_hidden_inputs(client, catalogue):
    html = client.get("/th/search/?q=ศึก&d=1&ject=2&year=3&kind=comic&holder=abc").content.decode()
    hidden = set(re.findall(r'<input type="hidden" name="([^"]+)"', html))
    assert hidden == {"kind", "holder"}
