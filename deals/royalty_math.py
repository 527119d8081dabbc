"""The arithmetic of royalties, in Decimal and nothing else: escalating tiers
over cumulative units, returns reversed at the rate originally paid, advance
recoupment, reserves, commission, withholding, and allocation to the cent by
largest remainder. Pure functions: the statement runs (to come) feed them rows.

Every invariant of ../shared/DEALS-DOMAIN.md that is arithmetic lives here and
is property-tested in deals/tests/test_royalty_math.py."""
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)


def allocate(total: Decimal, shares: dict[str, Decimal], unit: Decimal = CENT) -> dict[str, Decimal]:
    """Split `total` by percentage `shares` (summing to exactly 100) into amounts
    that add up to `total` to the unit: each gets its share rounded down, and
    the units left go to the largest remainders (ties by name, so it is stable)."""
    if sum(shares.values(), ZERO) != HUNDRED:
        raise ValueError(f"shares sum to {sum(shares.values(), ZERO)}%, not 100%")
    if any(share < 0 for share in shares.values()):
        raise ValueError("a share cannot be negative")
    sign = -1 if total < 0 else 1
    total = abs(total).quantize(unit, ROUND_HALF_EVEN)
    exact = {party: total * share / HUNDRED for party, share in shares.items()}
    floored = {party: amount.quantize(unit, ROUND_DOWN) for party, amount in exact.items()}
    left = int((total - sum(floored.values(), ZERO)) / unit)
    by_remainder = sorted(exact, key=lambda party: (-(exact[party] - floored[party]), party))
    for party in by_remainder[:left]:
        floored[party] += unit
    return {party: sign * amount for party, amount in floored.items()}


@dataclass(frozen=True)
class Tier:
    rate: Decimal  # percent
    from_units: int = 0  # the tier applies from this cumulative unit on


def _check_tiers(tiers: list[Tier]) -> list[Tier]:
    tiers = sorted(tiers, key=lambda t: t.from_units)
    if not tiers or tiers[0].from_units != 0:
        raise ValueError("the first tier starts at unit 0")
    return tiers


def earned(*, units: int, unit_value: Decimal, tiers: list[Tier], sold_before: int) -> Decimal:
    """Royalty on `units` sold this period, each at the rate of its place in the
    cumulative count (escalators), on `unit_value` (list price or net receipt)."""
    tiers = _check_tiers(tiers)
    if units < 0 or sold_before < 0:
        raise ValueError("units cannot be negative")
    total, end = ZERO, sold_before + units
    for index, tier in enumerate(tiers):
        stop = tiers[index + 1].from_units if index + 1 < len(tiers) else end
        counted = min(stop, end) - max(tier.from_units, sold_before)
        if counted > 0:
            total += counted * unit_value * tier.rate / HUNDRED
    return total


def reversed_returns(*, returns: int, unit_value: Decimal, tiers: list[Tier], sold_before: int) -> Decimal:
    """The royalty given back for `returns` units: the most recently sold units
    come back first, each at the rate it was paid at. Returns never exceed what
    was sold."""
    if returns < 0:
        raise ValueError("returns cannot be negative")
    if returns > sold_before:
        raise ValueError(f"{returns} returns exceed the {sold_before} units sold")
    return earned(units=returns, unit_value=unit_value, tiers=tiers, sold_before=sold_before - returns)


@dataclass(frozen=True)
class Statement:
    opening: Decimal  # carried from the last period (negative: owed back against future earnings)
    earned: Decimal
    recouped: Decimal
    reserve_held: Decimal
    reserve_released: Decimal
    commission: Decimal
    withholding: Decimal
    fx: Decimal  # the difference made by converting once at the recorded rate
    paid: Decimal
    closing: Decimal

    def reconciles(self) -> bool:
        return (self.opening + self.earned - self.recouped - self.reserve_held + self.reserve_released
                - self.commission - self.withholding + self.fx) == self.paid + self.closing


def statement(*, opening: Decimal, earned: Decimal, advance_paid: Decimal, recouped_before: Decimal,
              reserve_rate: Decimal, reserve_released: Decimal, commission_rate: Decimal,
              withholding_rate: Decimal, fx: Decimal = ZERO, threshold: Decimal = ZERO) -> Statement:
    """One period for one payee line, every amount to the cent. The advance is
    recouped from earnings, never beyond what was paid; a reserve is held
    against returns; commission and withholding come off what is payable; a
    negative or below-threshold balance is carried forward, not paid."""
    cents = lambda value: value.quantize(CENT, ROUND_HALF_EVEN)  # noqa: E731
    earned = cents(earned)
    reserve_held = cents(max(earned, ZERO) * reserve_rate / HUNDRED)
    unrecouped = max(advance_paid - recouped_before, ZERO)
    recouped = min(max(earned - reserve_held, ZERO), unrecouped)
    base = opening + earned - recouped - reserve_held + reserve_released + fx
    commission = cents(max(base, ZERO) * commission_rate / HUNDRED)
    withholding = cents(max(base - commission, ZERO) * withholding_rate / HUNDRED)
    payable = base - commission - withholding
    paid = payable if payable > 0 and payable >= threshold else ZERO
    return Statement(opening=opening, earned=earned, recouped=recouped, reserve_held=reserve_held,
                     reserve_released=reserve_released, commission=commission, withholding=withholding, fx=fx,
                     paid=paid, closing=payable - paid)
