"""Key material of a vault: the random data key and the two ways it is stored wrapped.

The 32-byte data key is the raw SQLCipher key (no second KDF inside SQLCipher). It never touches
disk in the clear: the key file holds it (a) sealed with AES-256-GCM under a key derived from the
consultant's passphrase with Argon2id, and (b) optionally sealed with RSA-OAEP under the
organisation's recovery public key, so the office can restore access without learning the
passphrase. Changing the passphrase re-wraps the same data key; the database is not re-encrypted.
The key file holds no personal data, only parameters, salts and ciphertexts.
"""

from __future__ import annotations

import base64
import json
import os
import time
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from consultant_app.core.domain.validation import MIN_PASSPHRASE_CHARS
from consultant_app.core.errors import VaultError
from consultant_app.core.fileio import atomic_write_bytes

KEY_FILE_FORMAT = 1
DATA_KEY_BYTES = 32
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
MIN_RSA_BITS = 2048
_AAD = b"spreekuur/vault-data-key/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; stored beside the wrapped key so any later version can unlock."""

    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    parallelism: int = 4
    salt: str = ""  # base64; a fresh one is drawn every time a key is wrapped

    def with_fresh_salt(self) -> KdfParams:
        return replace(self, salt=_b64e(os.urandom(16)))

    def derive(self, passphrase: str) -> bytes:
        # NFC: "Öztürk" typed on another keyboard or system may arrive decomposed (NFD).
        return hash_secret_raw(
            unicodedata.normalize("NFC", passphrase).encode("utf-8"),
            _b64d(self.salt),
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


def calibrate_kdf(target_seconds: float = 0.6, max_seconds: float = 1.0) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` here, never below m=64 MiB, t=3.

    Memory is raised first (it is what makes guessing expensive on GPUs), then passes.
    """
    params = KdfParams().with_fresh_salt()
    elapsed = _time_kdf(params)
    # Every candidate is measured, not extrapolated: memory bandwidth does not scale linearly.
    while elapsed < target_seconds and params.memory_kib < 4 * MIN_MEMORY_KIB:
        bigger = replace(params, memory_kib=params.memory_kib * 2)
        bigger_elapsed = _time_kdf(bigger)
        if bigger_elapsed > max_seconds:
            break
        params, elapsed = bigger, bigger_elapsed
    while elapsed < target_seconds and params.time_cost < 24:
        more = replace(params, time_cost=params.time_cost + 1)
        more_elapsed = _time_kdf(more)
        if more_elapsed > max_seconds:
            break
        params, elapsed = more, more_elapsed
    return params


def _time_kdf(params: KdfParams) -> float:
    start = time.perf_counter()
    params.derive("calibration")
    return time.perf_counter() - start


@dataclass
class KeyFile:
    """What `vault.keys` holds: KDF parameters and the two wrapped copies of the data key."""

    vault_id: str
    kdf: KdfParams
    passphrase_wrap: str  # base64(nonce || AES-GCM ciphertext)
    recovery_wrap: str | None = None  # base64(RSA-OAEP ciphertext)
    recovery_key_fingerprint: str | None = None
    format: int = KEY_FILE_FORMAT
    extra: dict = field(default_factory=dict)

    # -- persistence -------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        data = asdict(self)
        atomic_write_bytes(path, json.dumps(data, indent=2, sort_keys=True).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != KEY_FILE_FORMAT:
                raise VaultError("key_file_version")
            data["kdf"] = KdfParams(**data["kdf"])
            return cls(**data)
        except FileNotFoundError:
            raise VaultError("no_vault") from None
        except (ValueError, TypeError, KeyError):
            raise VaultError("key_file_damaged") from None

    # -- wrapping ----------------------------------------------------------------------------
    @classmethod
    def create(
        cls, vault_id: str, data_key: bytes, passphrase: str, kdf: KdfParams,
        recovery_public_pem: bytes | None = None,
    ) -> KeyFile:
        key_file = cls(vault_id=vault_id, kdf=kdf, passphrase_wrap="")
        key_file.rewrap(data_key, passphrase, kdf)
        if recovery_public_pem is not None:
            key_file.set_recovery_key(recovery_public_pem, data_key)
        return key_file

    def unwrap(self, passphrase: str) -> bytes:
        """The data key, or VaultError('wrong_passphrase')."""
        blob = _b64d(self.passphrase_wrap)
        try:
            return AESGCM(self.kdf.derive(passphrase)).decrypt(blob[:12], blob[12:], self._aad())
        except InvalidTag:
            raise VaultError("wrong_passphrase") from None

    def rewrap(self, data_key: bytes, new_passphrase: str, kdf: KdfParams) -> None:
        """Seal the same data key under a new passphrase (with fresh salt and parameters)."""
        check_passphrase_strength(new_passphrase)
        if kdf.memory_kib < MIN_MEMORY_KIB or kdf.time_cost < MIN_TIME_COST:
            raise ValueError("Argon2id parameters below the floor of m=64 MiB, t=3")
        self.kdf = kdf.with_fresh_salt()
        self.passphrase_wrap = self._seal(self.kdf.derive(new_passphrase), data_key)

    def set_recovery_key(self, public_pem: bytes, data_key: bytes) -> None:
        public_key = load_recovery_public_key(public_pem)
        self.recovery_wrap = _b64e(public_key.encrypt(data_key, _oaep()))
        self.recovery_key_fingerprint = recovery_fingerprint(public_key)

    def unwrap_with_recovery_key(self, private_pem: bytes, password: bytes | None = None) -> bytes:
        if not self.recovery_wrap:
            raise VaultError("no_recovery_wrap")
        try:
            private_key = serialization.load_pem_private_key(private_pem, password=password)
        except TypeError:
            raise VaultError("recovery_key_needs_password") from None
        except ValueError:
            raise VaultError("recovery_key_unreadable") from None
        if not isinstance(private_key, rsa.RSAPrivateKey):
            raise VaultError("recovery_key_not_rsa")
        try:
            data_key = private_key.decrypt(_b64d(self.recovery_wrap), _oaep())
        except ValueError:
            raise VaultError("recovery_key_mismatch") from None
        if len(data_key) != DATA_KEY_BYTES:
            raise VaultError("recovery_key_mismatch")
        return data_key

    def _seal(self, kek: bytes, data_key: bytes) -> str:
        nonce = os.urandom(12)
        return _b64e(nonce + AESGCM(kek).encrypt(nonce, data_key, self._aad()))

    def _aad(self) -> bytes:
        # Binding the vault id stops a wrapped key from being swapped in from another vault.
        return _AAD + b"/" + self.vault_id.encode("ascii")


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise VaultError("passphrase_too_short", minimum=MIN_PASSPHRASE_CHARS)


def load_recovery_public_key(public_pem: bytes) -> rsa.RSAPublicKey:
    try:
        public_key = serialization.load_pem_public_key(public_pem)
    except ValueError:
        raise VaultError("recovery_key_unreadable") from None
    if not isinstance(public_key, rsa.RSAPublicKey) or public_key.key_size < MIN_RSA_BITS:
        raise VaultError("recovery_key_not_rsa")
    return public_key


def recovery_fingerprint(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashes.Hash(hashes.SHA256())
    digest.update(der)
    return digest.finalize().hex()[:32]


def generate_recovery_keypair(bits: int = 3072) -> tuple[bytes, bytes]:
    """(private PEM, public PEM) for an office that has no key yet; the private one stays offline."""
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def _oaep() -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def _b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
