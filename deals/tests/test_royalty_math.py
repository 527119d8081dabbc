"""The royalty arithmetic's invariants (../shared/DEALS-DOMAIN.md), property-
tested, and worked examples computed by hand."""
import ast
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deals.royalty_math import CENT, Tier, allocate, earned, reversed_returns, statement

D = Decimal
money = st.decimals(min_value=D("-1000000"), max_value=D("1000000"), places=2, allow_nan=False,
                    allow_infinity=False)
positive = st.decimals(min_value=D("0"), max_value=D("1000000"), places=2, allow_nan=False, allow_infinity=False)
percent = st.decimals(min_value=D("0"), max_value=D("100"), places=2, allow_nan=False, allow_infinity=False)


@st.composite
def shares(draw):
    """Percentages to two places that sum to exactly 100."""
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=0, max_size=6)))
    points = [0, *cuts, 10_000]
    return {f"party{n}": D(b - a) / 100 for n, (a, b) in enumerate(zip(points, points[1:], strict=False))}


@settings(max_examples=300)
@given(total=money, split=shares())
def test_allocations_add_up_to_the_cent(total, split):
    paid = allocate(total, split)
    assert sum(paid.values()) == total and all(amount == amount.quantize(CENT) for amount in paid.values())
    for party, share in split.items():  # nobody is more than a cent from their exact share
        assert abs(paid[party] - total * share / 100) < CENT


def test_splits_must_sum_to_exactly_100():
    with pytest.raises(ValueError):
        allocate(D("10.00"), {"author": D("60"), "agent": D("39.99")})
    assert allocate(D("0.02"), {"a": D("33.34"), "b": D("33.33"), "c": D("33.33")}) == {
        "a": D("0.01"), "b": D("0.01"), "c": D("0.00")}


TIERS = [Tier(D("6")), Tier(D("8"), 5000), Tier(D("10"), 10000)]


@settings(max_examples=300)
@given(first=st.integers(0, 20000), second=st.integers(0, 20000), price=positive)
def test_escalators_do_not_depend_on_how_sales_are_split_into_periods(first, second, price):
    together = earned(units=first + second, unit_value=price, tiers=TIERS, sold_before=0)
    apart = (earned(units=first, unit_value=price, tiers=TIERS, sold_before=0)
             + earned(units=second, unit_value=price, tiers=TIERS, sold_before=first))
    assert together == apart


@settings(max_examples=300)
@given(sold=st.integers(0, 20000), returned=st.integers(0, 25000), price=positive)
def test_returns_never_exceed_sales_and_reverse_at_the_rate_paid(sold, returned, price):
    if returned > sold:
        with pytest.raises(ValueError):
            reversed_returns(returns=returned, unit_value=price, tiers=TIERS, sold_before=sold)
        return
    back = reversed_returns(returns=returned, unit_value=price, tiers=TIERS, sold_before=sold)
    assert back == earned(units=sold, unit_value=price, tiers=TIERS, sold_before=0) - earned(
        units=sold - returned, unit_value=price, tiers=TIERS, sold_before=0)


@settings(max_examples=500)
@given(opening=money, earnings=money, advance=positive, recouped_before=positive, reserve=percent,
       released=positive, commission=percent, withholding=percent, fx=money, threshold=positive)
def test_every_statement_reconciles_and_never_recoups_beyond_the_advance(
        opening, earnings, advance, recouped_before, reserve, released, commission, withholding, fx, threshold):
    result = statement(opening=opening, earned=earnings, advance_paid=advance, recouped_before=recouped_before,
                       reserve_rate=reserve, reserve_released=released, commission_rate=commission,
                       withholding_rate=withholding, fx=fx, threshold=threshold)
    assert result.reconciles()
    assert recouped_before + result.recouped <= max(advance, recouped_before)
    assert result.paid >= 0 and (result.paid == 0 or result.paid >= threshold)


def test_a_thai_translation_with_an_escalator_worked_by_hand():
    """Paperback at THB 250, 6% to 5,000 copies and 8% after; advance USD-equivalent THB 60,000.
    Period 1: 4,000 sold. Period 2: 2,500 sold, 300 returned."""
    first = earned(units=4000, unit_value=D("250"), tiers=TIERS, sold_before=0)
    assert first == D("60000")  # 4,000 × 250 × 6%
    second = earned(units=2500, unit_value=D("250"), tiers=TIERS, sold_before=4000)
    assert second == D("45000")  # 1,000 × 250 × 6% = 15,000; 1,500 × 250 × 8% = 30,000
    back = reversed_returns(returns=300, unit_value=D("250"), tiers=TIERS, sold_before=6500)
    assert back == D("6000")  # the last 300 were paid at 8%: 300 × 250 × 8%
    p1 = statement(opening=D(0), earned=first, advance_paid=D("60000"), recouped_before=D(0), reserve_rate=D(0),
                   reserve_released=D(0), commission_rate=D(0), withholding_rate=D(0))
    assert (p1.recouped, p1.paid, p1.closing) == (D("60000"), D(0), D(0))  # earned out exactly
    p2 = statement(opening=D(0), earned=second - back, advance_paid=D("60000"), recouped_before=D("60000"),
                   reserve_rate=D("15"), reserve_released=D(0), commission_rate=D("15"), withholding_rate=D("10"))
    # 39,000 earned; 5,850 reserve; 33,150 left; 15% commission 4,972.50; 10% withholding of 28,177.50 = 2,817.75
    assert (p2.reserve_held, p2.commission, p2.withholding, p2.paid) == (
        D("5850.00"), D("4972.50"), D("2817.75"), D("25359.75"))
    assert p2.reconciles()


def test_no_float_in_the_money_code():
    tree = ast.parse(Path(__file__).resolve().parents[1].joinpath("royalty_math.py").read_text())
    floats = [node.lineno for node in ast.walk(tree)
              if (isinstance(node, ast.Constant) and isinstance(node.value, float))
              or (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "float")]
    assert floats == []
