"""The platform's seal on a signed contract: a PAdES signature (pyHanko) made
with the platform's key, and its verification.

Production configures CONTRACT_SEAL_KEY and CONTRACT_SEAL_CERT (PEM files);
the embedded default makes a self-signed certificate on first use and keeps
it under VAR_DIR, so a contract sealed today still verifies tomorrow."""
import asyncio
import datetime
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from django.conf import settings
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

SEAL_FIELD = "RightsBridgeSeal"


@dataclass(frozen=True)
class SealCheck:
    sealed: bool  # carries the platform's seal at all
    intact: bool  # not one byte changed since sealing
    trusted: bool  # made with this platform's certificate

    @property
    def genuine(self) -> bool:
        return self.sealed and self.intact and self.trusted


def _paths() -> tuple[Path, Path]:
    key, cert = getattr(settings, "CONTRACT_SEAL_KEY", ""), getattr(settings, "CONTRACT_SEAL_CERT", "")
    if key and cert:
        return Path(key), Path(cert)
    folder = Path(settings.VAR_DIR) / "seal"
    return folder / "platform-key.pem", folder / "platform-cert.pem"


def _make_platform_certificate(key_path: Path, cert_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "RightsBridge"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "RightsBridge contract seal")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        # pyHanko expects non-repudiation (content commitment) on a signer's certificate.
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256()))
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


@cache
def _signer_for(key_path: Path, cert_path: Path):
    if not (key_path.exists() and cert_path.exists()):
        _make_platform_certificate(key_path, cert_path)
    key_pem, cert_pem = key_path.read_bytes(), cert_path.read_bytes()
    certificate = asn1_x509.Certificate.load(x509.load_pem_x509_certificate(cert_pem).public_bytes(
        serialization.Encoding.DER))
    private = serialization.load_pem_private_key(key_pem, password=None)
    key_info = asn1_keys.PrivateKeyInfo.load(private.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=certificate, signing_key=key_info,
                                  cert_registry=SimpleCertificateStore.from_certs([certificate]))
    return signer, certificate


def platform_signer():
    return _signer_for(*_paths())


def _outside_event_loop(function, *args):
    """pyHanko runs its own asyncio loop; where one already runs in this
    thread (an ASGI server, Playwright's sync API) call it from another."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


def seal(pdf: bytes, *, reason: str) -> bytes:
    return _outside_event_loop(_seal, pdf, reason)


def _seal(pdf: bytes, reason: str) -> bytes:
    signer, _certificate = platform_signer()
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(field_name=SEAL_FIELD, reason=reason, name="RightsBridge",
                                            subfilter=fields.SigSeedSubFilter.PADES)
    return signers.sign_pdf(writer, metadata, signer=signer).getvalue()


def check(pdf: bytes) -> SealCheck:
    """Judge any uploaded bytes; never raises on garbage."""
    return _outside_event_loop(_check, pdf)


def _check(pdf: bytes) -> SealCheck:
    try:
        signatures = [s for s in PdfFileReader(BytesIO(pdf), strict=False).embedded_signatures
                      if s.field_name == SEAL_FIELD]
    except Exception:  # not a PDF, or one too broken to read: not a sealed original
        return SealCheck(False, False, False)
    if not signatures:
        return SealCheck(False, False, False)
    _signer, certificate = platform_signer()
    try:
        status = validate_pdf_signature(signatures[-1], ValidationContext(trust_roots=[certificate]))
    except Exception:  # a damaged signature structure
        return SealCheck(True, False, False)
    # Anything appended after the seal (an incremental update) leaves the signed bytes intact but is not sealed.
    covers_all = signatures[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    return SealCheck(True, bool(status.intact and covers_all), bool(status.trusted))
