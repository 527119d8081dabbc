"""The contract PDF in every script: its text comes back out of the file
(pdftotext) in each language, and its pages render to PNG for people to look
at (var/screenshots/contracts/)."""
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.translation import gettext

from deals import contract_pdf, contracting
from deals.models import Contract
from tests.support.debian import require_debian_packages

from .factories import world
from .test_contracts import accepted_deal

pytestmark = pytest.mark.django_db
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "contracts"


def base_letters(text: str) -> str:
    """Text without spaces and combining marks: pdftotext gives Thai and
    Burmese marks back in visual order (สทิธิ for สิทธิ), the letters in theirs."""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace()
                   and not unicodedata.category(c).startswith("M"))


def found_in(letters: str, text: str) -> bool:
    """The letters in order, allowing a stray one between: pdftotext repeats
    a consonant around Burmese pre-base vowels (ငငွေ for ငွေ)."""
    return re.search(".?".join(map(re.escape, letters)), text) is not None


def text_of(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize("language", ["th", "km", "my", "lo", "zh-hans", "vi"])
def test_the_pdf_carries_the_licence_in_the_licensees_script_beside_english(language, tmp_path):
    require_debian_packages(["poppler-utils", "fonts-noto-core", "fonts-noto-cjk"])
    w = world()
    deal = accepted_deal(w)
    deal.messages.update(language=language)  # the licensee wrote in this language
    contract = contracting.contract_create(user=w.seller.manager, organization=w.seller.organization, deal=deal)
    pdf = contract_pdf.render(contract)
    text = base_letters(text_of(pdf, tmp_path))
    for lang in contract.language_list:
        with translation.override(lang):
            heading = gettext("Licence agreement")
            clause = gettext("2. Payments")
        assert lang == "en" or heading != "Licence agreement", f"no {lang} translation"
        assert found_in(base_letters(heading), text) and found_in(base_letters(clause), text), (lang, heading)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (tmp_path / "c.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "2", str(tmp_path / "c.pdf"),
                    str(SHOTS / f"contract-{language}")], check=True)
    assert Contract.objects.get().language_list[0] == language
