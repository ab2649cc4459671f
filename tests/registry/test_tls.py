"""The registry over HTTPS with the office's own CA: a laptop given the CA file logs in and
syncs; a laptop without it refuses the certificate and says so."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import subprocess
import sys
import time

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from consultant_app.core.errors import SyncError
from tests.conftest import ISIK
from tests.registry.devices import make_device
from tests.registry.server import ROOT, RegistryServer, free_port

PASSWORD = "registry-wachtwoord-1"


def _certificate(subject: str, key, issuer_cert=None, issuer_key=None, *, ca: bool):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(name)
               .issuer_name(issuer_cert.subject if issuer_cert else name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False)
    return builder.sign(issuer_key or key, hashes.SHA256())


@pytest.fixture
def office_pki(tmp_path):
    """An office CA and a registry certificate for 127.0.0.1 signed by it (PEM files)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate("Stichting Remigratie-advies CA", ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _certificate("registry", key, ca, ca_key, ca=False)
    files = {"ca": tmp_path / "office-ca.pem", "cert": tmp_path / "registry.pem",
             "key": tmp_path / "registry.key"}
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files["key"].write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return files


@pytest.fixture
def https_registry(office_pki, sqlite_url, tmp_path):
    """`registry serve` with --certfile/--keyfile, as the office runs it; returns its URL."""
    RegistryServer(sqlite_url).add_user("anouk", "eindhoven", PASSWORD)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "consultant_app", "registry", "serve", "--database", sqlite_url,
         "--host", "127.0.0.1", "--port", str(port), "--certfile", str(office_pki["cert"]),
         "--keyfile", str(office_pki["key"])],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    url = f"https://127.0.0.1:{port}"
    trust = ssl.create_default_context(cafile=str(office_pki["ca"]))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/v1/health", verify=trust).is_success:
                    break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("registry serve did not start") from None
                time.sleep(0.02)  # the port opens without an event to wait on
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_laptop_with_the_office_ca_logs_in_and_syncs_over_https(https_registry, office_pki,
                                                                  tmp_path):
    laptop = make_device(tmp_path / "anouk", "anouk")
    try:
        laptop.sync.login(https_registry, "anouk", PASSWORD, ca_file=office_pki["ca"])
        laptop.casefile.add_client(ISIK)
        receipt = laptop.sync.sync()
        assert receipt.pushed == 4 and receipt.checked and not receipt.mismatches
    finally:
        laptop.vault.close()


def test_a_laptop_without_the_ca_refuses_the_certificate_and_says_so(https_registry, tmp_path):
    laptop = make_device(tmp_path / "anouk", "anouk")
    try:
        with pytest.raises(SyncError) as refused:
            laptop.sync.login(https_registry, "anouk", PASSWORD)
        assert refused.value.code == "registry_certificate_untrusted"
        assert "CA-bestand" in refused.value.message("nl")
    finally:
        laptop.vault.close()
