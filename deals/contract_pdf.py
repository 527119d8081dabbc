"""The contract as a PDF, written with WeasyPrint from templates so that
HarfBuzz shapes Thai, Lao, Khmer, Burmese, Chinese and Vietnamese. The text
runs in two languages side by side; the sealed copy adds each signature."""
from django.template.loader import render_to_string
from django.utils import timezone
from PIL import ImageFile
from weasyprint import HTML

from catalog.kinds import Kind

from .models import Contract

# WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import, which
# would let damaged uploads through marketplace.uploads everywhere. Contracts
# embed no images: put the strict default back.
ImageFile.LOAD_TRUNCATED_IMAGES = False

CLAUSES = ["grant", "payment", "accounting", "release", "attribution", "disputes"]
SCOPE_ROWS = ["right_type", "territories", "languages", "exclusivity", "period", "print_run", "book_format",
              "channel", "episodes", "product_categories"]


def render(contract: Contract, *, signed: bool = False) -> bytes:
    deal, offer, work = contract.deal, contract.offer, contract.deal.work
    parties = list(contract.parties.select_related("organization"))
    signatures = {party.pk: party.signature for party in parties if signed and hasattr(party, "signature")}
    folk_art = work.kind == Kind.FOLK_ART or bool(work.source_community)
    html = render_to_string("deals/contract/contract.html", {
        "contract": contract, "deal": deal, "offer": offer, "work": work, "scope": offer,
        "tiers": list(offer.tiers.all()), "parties": parties,
        "signing_parties": [p for p in parties if p.signs], "signatures": signatures,
        "languages": contract.language_list, "generated_at": timezone.now(),
        "scope_rows": [row for row in SCOPE_ROWS if row in ("period",) or getattr(offer, row, None)],
        "clauses": [f"deals/contract/clauses/{name}.html" for name in CLAUSES
                    if name != "attribution" or folk_art],
    })
    return HTML(string=html).write_pdf()

