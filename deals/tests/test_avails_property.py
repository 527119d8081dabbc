"""The overlap rule, property-tested: for random existing grants and a random
new claim (countries, languages, periods, exclusivity), `avails.conflicts`
reports exactly the cells a brute-force comparison of every pair finds."""
from datetime import date, timedelta

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deals.avails import Claim, conflicts
from deals.models import Grant
from deals.tests.test_contract_race import signed_contracts

from .factories import world

DAY0 = date(2027, 1, 1)
COUNTRIES, LANGUAGES = ["TH", "LA", "VN", "KH"], ["th", "lo"]
periods = st.tuples(st.integers(0, 40), st.integers(0, 20)).map(
    lambda p: (DAY0 + timedelta(days=p[0]), DAY0 + timedelta(days=p[0] + p[1])))
grants = st.lists(st.tuples(st.sampled_from(["translation", "audio"]), st.sampled_from(COUNTRIES),
                            st.sampled_from(LANGUAGES), periods, st.booleans()), max_size=12)
claims = st.tuples(st.sets(st.sampled_from(COUNTRIES), min_size=1), st.sets(st.sampled_from(LANGUAGES), min_size=1),
                   periods, st.booleans())


@pytest.fixture
def holder(db):
    w = world()
    return w, signed_contracts(w, 1)[0]


@pytest.mark.django_db
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(existing=grants, claim=claims)
def test_conflicts_agree_with_every_pair_compared(holder, existing, claim):
    w, contract = holder
    countries, languages, (start, end), exclusive = claim
    with transaction.atomic():
        kept = []
        for right, country, language, (g_start, g_end), g_exclusive in existing:
            # Existing grants obey the rule among themselves, as the database guarantees.
            if any(r == right and c == country and lang == language and s <= g_end and g_start <= e
                   and (x or g_exclusive) for r, c, lang, (s, e), x in kept):
                continue
            kept.append((right, country, language, (g_start, g_end), g_exclusive))
        Grant.objects.bulk_create(Grant(contract=contract, work=w.work, right_type=r, country=c, language=lang,
                                        starts_on=s, ends_on=e, exclusive=x) for r, c, lang, (s, e), x in kept)
        found = conflicts(Claim(work_id=w.work.pk, right_type="translation", countries=frozenset(countries),
                                languages=tuple(sorted(languages)), starts_on=start, ends_on=end,
                                exclusive=exclusive))
        reported = {(c, lang) for conflict in found for c in conflict.countries for lang in conflict.languages}
        oracle = {(c, lang) for r, c, lang, (s, e), x in kept
                  if r == "translation" and c in countries and lang in languages and s <= end and start <= e
                  and (exclusive or x)}
        assert bool(found) == bool(oracle) and oracle <= reported
        transaction.set_rollback(True)
