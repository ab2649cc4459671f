"""The vault's settings, declared once: each key with its type, its default, who may change it
and how a value is checked. They are stored as text in the vault's `settings` table (booleans as
"yes"/"no", numbers in decimals, as vaults of every earlier version hold them); `VaultSettings`
reads and writes them typed, and refuses a key that is not declared here.

Three kinds: the vault's identity (written when it is made), the organisation's policy and letter
sender (`consultant-app settings KEY VALUE`, the preferences, a letter's missing fields), and the
sync client's bookkeeping (server, cursors, the last receipt).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from consultant_app.core.domain import validation as v
from consultant_app.core.errors import ValidationError

if TYPE_CHECKING:
    from consultant_app.core.vault.vault import Vault

YES, NO = "yes", "no"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type  # str, bool or int
    default: Any = None
    # Changed by the organisation (`settings KEY VALUE`, the preferences), not by the program.
    editable: bool = False
    # Checks and normalises a text value; raises ValidationError naming the key as the field.
    check: Callable[[str, object], str] | None = None
    limits: tuple[int, int] | None = None  # a number's smallest and largest value
    range_error: str | None = None  # the message code for a number outside them

    def encode(self, value: Any) -> str | None:
        """The stored text of a typed value (None removes the value: the default applies)."""
        if value is None:
            return None
        if self.kind is bool:
            if not isinstance(value, bool):
                raise TypeError(f"setting {self.key} is a yes/no value")
            return YES if value else NO
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"setting {self.key} is a whole number")
            if self.limits and not self.limits[0] <= value <= self.limits[1]:
                raise ValidationError(self.range_error or "bad_setting_value", field=self.key,
                                      choices=f"{self.limits[0]}-{self.limits[1]}")
            return str(value)
        text = str(value)
        return self.check(self.key, text) if self.check else text

    def decode(self, text: str | None) -> Any:
        """The typed value of stored text; text that does not read as one gives the default."""
        if text is None or text == "":
            return self.default
        if self.kind is bool:
            return {YES: True, NO: False}.get(text, self.default)
        if self.kind is int:
            try:
                return int(text)
            except ValueError:
                return self.default
        return text

    def parse(self, text: str) -> Any:
        """A value as a person typed it (`settings store_bsn no`): yes/no (ja/nee) for a
        yes/no setting; ValidationError("bad_setting_value") for anything else."""
        if self.kind is bool:
            answer = {"yes": True, "ja": True, "no": False, "nee": False}.get(text.strip().lower())
            if answer is None:
                raise ValidationError("bad_setting_value", choices="yes, no")
            return answer
        if self.kind is int:
            try:
                return int(text.strip())
            except ValueError:
                raise ValidationError("bad_setting_value", choices="0-9") from None
        return text


def _declare(*settings: Setting) -> dict[str, Setting]:
    return {s.key: s for s in settings}


# The organisation settings a letter uses, by their catalogue name (`organisatie.adres`).
ORGANISATION_SETTINGS = {"naam": "organisation", "adres": "organisation_address",
                         "telefoon": "organisation_phone"}

SETTINGS: dict[str, Setting] = _declare(
    # -- the vault itself (written when it is made) --
    Setting("vault_id", str),
    Setting("created_at", str),
    Setting("consultant", str),
    Setting("device_id", str),
    Setting("device_name", str),
    # A vault of synthetic people (core.demo_vault): it syncs only with a demo registry.
    Setting("demo", bool, False),
    # -- the organisation: its policy and the sender of its letters --
    Setting("store_bsn", bool, True, editable=True),
    Setting("organisation", str, editable=True, check=v.name),
    Setting("organisation_address", str, editable=True, check=v.postal_address),
    Setting("organisation_phone", str, editable=True, check=v.phone),
    # How often a client abroad sends the SVB a life certificate, in months (a pack's `cycle`
    # deadline counts from the last one received; core.cases.deadlines).
    Setting("life_certificate_cycle_months", int, 12, editable=True, limits=(1, 60),
            range_error="life_certificate_cycle_range"),
    # -- the sync client (core.sync) --
    Setting("sync_server", str),
    Setting("sync_user", str),
    Setting("sync_team", str),
    Setting("sync_ca_file", str),
    Setting("sync_token_store", str),
    Setting("sync_refresh_token", str),
    Setting("sync_cursor", int, 0),
    Setting("sync_audit_cursor", int, 0),
    Setting("sync_last_at", str),
    Setting("sync_last_receipt", str),
    Setting("sync_warn_days", int, 7, limits=(1, 365), range_error="sync_warn_days_range"),
)
EDITABLE = tuple(key for key, s in SETTINGS.items() if s.editable)
# What `consultant-app settings` shows (nothing secret, nothing only the sync client reads).
LISTED = ("consultant", "organisation", "organisation_address", "organisation_phone", "store_bsn",
          "life_certificate_cycle_months", "device_name", "demo")


def declared(key: str) -> Setting:
    """The declaration of `key`; an undeclared key is a mistake in the program, not the user's."""
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"undeclared vault setting: {key}") from None


class VaultSettings:
    """The settings of one open vault, typed: `settings.get("store_bsn")` is a bool."""

    def __init__(self, vault: Vault):
        self._vault = vault

    def get(self, key: str) -> Any:
        return declared(key).decode(self._vault.setting(key))

    def set(self, key: str, value: Any) -> None:
        """Store a typed value, checked (a ValidationError names the key as the field)."""
        self._vault.set_setting(key, declared(key).encode(value))

    def set_many(self, values: Mapping[str, Any]) -> None:
        """Several at once, each checked first: one refusal stores none of them."""
        from consultant_app.core.errors import ValidationErrors
        from consultant_app.core.vault.database import transaction

        encoded, errors = {}, []
        for key, value in values.items():
            try:
                encoded[key] = declared(key).encode(value)
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationErrors(errors)
        with transaction(self._vault.db):
            for key, text in encoded.items():
                self._vault.set_setting(key, text)

    def set_text(self, key: str, text: str) -> None:
        """An editable setting as a person typed it (the command line)."""
        setting = SETTINGS.get(key)
        if setting is None or not setting.editable:
            raise ValidationError("unknown_setting", choices=", ".join(EDITABLE))
        self.set(key, setting.parse(text))

    def listed(self) -> dict[str, str | None]:
        """What `consultant-app settings` shows, as stored (yes/no for a yes/no setting)."""
        return {key: self._vault.setting(key) for key in LISTED}

    def organisation(self) -> dict[str, str | None]:
        """The letter sender's settings by their catalogue name (naam, adres, telefoon)."""
        return {name: self.get(key) for name, key in ORGANISATION_SETTINGS.items()}
