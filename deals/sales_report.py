"""Sales reports as licensees send them: a CSV or XLSX file against the
template's columns, read whole or refused whole, with every error named by
row and column in the reader's language. Nothing here stores anything; the
statement runs (to come) take the rows this returns.

Bounded: the file's size, the number of rows, and XLSX archives checked for
inflation before openpyxl reads them."""
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from moneyed import CurrencyDoesNotExist, get_currency

COLUMNS = ["period_start", "period_end", "identifier", "format", "territory", "channel", "units", "returns",
           "unit_value", "basis", "currency"]
BASES = {"list_price", "net_receipts"}
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
XLSX_MAX_INFLATED = 400 * 1024 * 1024


@dataclass(frozen=True)
class SalesRow:
    period_start: date
    period_end: date
    identifier: str
    format: str
    territory: str
    channel: str
    units: int
    returns: int
    unit_value: Decimal
    basis: str
    currency: str


def template_csv() -> str:
    """The header line licensees fill in (the contract page offers it)."""
    return ",".join(COLUMNS) + "\n"


def read_report(upload, *, identifiers: set[str], rates: dict[str, Decimal], currency: str) -> list[SalesRow]:
    """The rows of a report, or ValidationError listing every bad row.
    `identifiers`: the ISBNs, SKUs or episode codes the contract covers;
    `rates`: currencies with a rate on record into `currency`."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("The report is larger than %(limit)s MB; split it by period.") % {
            "limit": MAX_BYTES // (1024 * 1024)}, code="too_large")
    header, rows = _table(upload)
    if [str(cell or "").strip().lower() for cell in header] != COLUMNS:
        raise ValidationError(_("The columns must be, in this order: %(columns)s.") % {
            "columns": ", ".join(COLUMNS)}, code="columns")
    errors, parsed, sold = [], [], {}
    for number, row in enumerate(rows, start=2):
        if not any(str(cell or "").strip() for cell in row):
            continue
        try:
            line = _row(dict(zip(COLUMNS, row, strict=False)), identifiers, rates, currency)
        except ValidationError as error:
            errors += [_("Row %(row)s: %(problem)s") % {"row": number, "problem": m} for m in error.messages]
            continue
        key = (line.identifier, line.format, line.territory, line.channel)
        sold[key] = sold.get(key, 0) + line.units - line.returns
        if sold[key] < 0:
            errors.append(_("Row %(row)s: more copies returned than sold so far in this report.") % {"row": number})
        parsed.append(line)
        if len(errors) >= 100:
            break
    if errors:
        raise ValidationError(errors, code="rows")
    return parsed


def _table(upload) -> tuple[list, list]:
    upload.seek(0)
    head = upload.read(4)
    upload.seek(0)
    if head.startswith(b"PK"):
        return _xlsx(upload)
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("Upload the report as CSV (UTF-8) or XLSX."), code="file_type") from None
    if "\x00" in text:
        raise ValidationError(_("Upload the report as CSV (UTF-8) or XLSX."), code="file_type")
    rows = list(csv.reader(io.StringIO(text)))
    return _bounded(rows)


def _xlsx(upload) -> tuple[list, list]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(upload) as archive:
            if sum(member.file_size for member in archive.infolist()) > XLSX_MAX_INFLATED:
                raise ValidationError(_("The spreadsheet unpacks to too much data."), code="zip_bomb")
        upload.seek(0)
        sheet = load_workbook(upload, read_only=True, data_only=True).worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    except ValidationError:
        raise
    except Exception:  # not a spreadsheet, whatever openpyxl or zipfile make of it
        raise ValidationError(_("Upload the report as CSV (UTF-8) or XLSX."), code="file_type") from None
    return _bounded(rows)


def _bounded(rows: list) -> tuple[list, list]:
    if not rows:
        raise ValidationError(_("The report is empty."), code="empty")
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(_("A report holds at most %(rows)s lines.") % {"rows": MAX_ROWS}, code="too_many")
    return rows[0], rows[1:]


def _row(cells: dict, identifiers: set[str], rates: dict[str, Decimal], currency: str) -> SalesRow:
    problems = []

    def text(name):
        return str(cells.get(name) or "").strip()

    def day(name):
        value = cells.get(name)
        if isinstance(value, date):
            return value if not hasattr(value, "date") else value.date()
        try:
            return date.fromisoformat(text(name))
        except ValueError:
            problems.append(_("“%(column)s” must be a date like 2027-06-30.") % {"column": name})

    def whole(name):
        try:
            number = Decimal(text(name) or "0")
            if number != number.to_integral_value() or number < 0:
                raise InvalidOperation
            return int(number)
        except InvalidOperation:
            problems.append(_("“%(column)s” must be a whole number of zero or more.") % {"column": name})
            return 0

    start, end = day("period_start"), day("period_end")
    if start and end and end < start:
        problems.append(_("The period ends before it starts."))
    identifier = text("identifier").replace("-", "")
    if identifier not in identifiers:
        problems.append(_("“%(identifier)s” is not an ISBN, SKU or episode of this contract.") % {
            "identifier": text("identifier")})
    units, returns = whole("units"), whole("returns")
    try:
        unit_value = Decimal(text("unit_value"))
        if not unit_value.is_finite() or unit_value < 0:
            raise InvalidOperation
    except InvalidOperation:
        problems.append(_("“%(column)s” must be an amount of zero or more.") % {"column": "unit_value"})
        unit_value = Decimal(0)
    basis = text("basis").lower()
    if basis not in BASES:
        problems.append(_("“basis” must be list_price or net_receipts."))
    code = text("currency").upper()
    try:
        get_currency(code=code)
    except CurrencyDoesNotExist:
        problems.append(_("“%(code)s” is not an ISO 4217 currency code.") % {"code": code})
    else:
        if code != currency and code not in rates:
            problems.append(_("No exchange rate from %(code)s to %(currency)s is on record.") % {
                "code": code, "currency": currency})
    if problems:
        raise ValidationError(problems)
    return SalesRow(period_start=start, period_end=end, identifier=identifier, format=text("format"),
                    territory=text("territory").upper(), channel=text("channel"), units=units, returns=returns,
                    unit_value=unit_value, basis=basis, currency=code)
