"""Sales reports read whole or refused whole, each bad row named in the
uploader's language."""
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from openpyxl import Workbook

from deals.sales_report import COLUMNS, MAX_BYTES, read_report, template_csv

ISBN = "9786042134583"
GOOD = ["2027-01-01", "2027-06-30", "978-604-213458-3", "paperback", "TH", "bookshops", "4000", "120", "250.00",
        "list_price", "THB"]


def csv_file(*rows, header=None) -> SimpleUploadedFile:
    lines = [",".join(header or COLUMNS)] + [",".join(row) for row in rows]
    return SimpleUploadedFile("report.csv", ("\n".join(lines) + "\n").encode())


def xlsx_file(*rows) -> SimpleUploadedFile:
    book = Workbook()
    sheet = book.active
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return SimpleUploadedFile("report.xlsx", out.getvalue())


def read(upload, rates=None):
    return read_report(upload, identifiers={ISBN}, rates=rates or {}, currency="THB")


def test_a_csv_report_is_read_into_exact_rows():
    [row] = read(csv_file(GOOD))
    assert (row.identifier, row.units, row.returns, row.unit_value, row.currency) == (
        ISBN, 4000, 120, Decimal("250.00"), "THB")
    assert template_csv().startswith("period_start,period_end,identifier")


def test_an_xlsx_report_with_real_dates_and_numbers_is_read():
    from datetime import date

    rows = read(xlsx_file([date(2027, 1, 1), date(2027, 6, 30), ISBN, "ebook", "TH", "online", 300, 0, 120.5,
                           "net_receipts", "THB"]))
    assert rows[0].unit_value == Decimal("120.5") and rows[0].period_end == date(2027, 6, 30)


BAD = [
    ({"units": "four thousand"}, "units"),
    ({"units": "-5"}, "units"),
    ({"identifier": "9780000000002"}, "9780000000002"),
    ({"currency": "USD"}, "USD"),
    ({"currency": "XYZ"}, "XYZ"),
    ({"basis": "gross"}, "basis"),
    ({"period_end": "2026-12-31"}, ""),
    ({"unit_value": "NaN"}, "unit_value"),
]


@pytest.mark.parametrize(("change", "named"), BAD)
def test_each_bad_row_is_named_in_thai_and_nothing_is_returned(change, named):
    row = [change.get(column, value) for column, value in zip(COLUMNS, GOOD, strict=True)]
    said = {}
    for language in ("th", "en"):
        with translation.override(language), pytest.raises(ValidationError) as refused:
            read(csv_file(GOOD, row))
        said[language] = refused.value.messages[0]
    assert "3" in said["th"] and named in said["th"] and said["th"] != said["en"]


def test_returns_beyond_sales_are_refused():
    row = list(GOOD)
    row[6], row[7] = "10", "11"
    with pytest.raises(ValidationError) as refused:
        read(csv_file(row))
    assert refused.value.messages


def test_a_currency_with_a_rate_on_record_is_accepted():
    row = list(GOOD)
    row[-1] = "USD"
    assert read(csv_file(row), rates={"USD": Decimal("35.6")})[0].currency == "USD"


@pytest.mark.parametrize("upload", [
    SimpleUploadedFile("report.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
    SimpleUploadedFile("report.xlsx", b"PK\x03\x04 not really a spreadsheet"),
])
def test_a_file_of_the_wrong_type_is_refused(upload):
    with pytest.raises(ValidationError) as refused:
        read(upload)
    assert refused.value.code == "file_type"


def test_wrong_columns_and_oversized_files_are_refused_before_any_row():
    with pytest.raises(ValidationError) as refused:
        read(csv_file(GOOD, header=list(reversed(COLUMNS))))
    assert refused.value.code == "columns"
    big = SimpleUploadedFile("report.csv", b"x" * (MAX_BYTES + 1))
    with pytest.raises(ValidationError) as refused:
        read(big)
    assert refused.value.code == "too_large"
