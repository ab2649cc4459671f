"""Where the registry refresh token is kept: the OS keyring (Windows Credential Manager, macOS
Keychain, Secret Service) when a real one is there, else inside the encrypted vault — never in a
plaintext file, so a plaintext keyring backend counts as none.

The server, the user name and where the token lives are vault settings; the token is looked up
under the vault's id, so two vaults on one laptop keep their own logins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the doctor asks about keyrings without opening any vault
    from consultant_app.core.vault.vault import Vault

SERVICE = "Spreekuur registry"
IN_KEYRING, IN_VAULT = "keyring", "vault"


class Credentials:
    """The login of one vault: server, user and refresh token."""

    def __init__(self, vault: Vault, backend: Any | None = None):
        self.vault = vault
        # A backend given (tests) is judged like the OS keyring, which is looked up when needed.
        self._given = backend
        self._backend: Any = None

    @property
    def server(self) -> str | None:
        return self.vault.setting("sync_server")

    @property
    def user(self) -> str | None:
        return self.vault.setting("sync_user")

    @property
    def store(self) -> str | None:
        """Where the token is: IN_KEYRING, IN_VAULT, or None when not logged in."""
        return self.vault.setting("sync_token_store")

    def save(self, server: str, user: str, refresh_token: str) -> str:
        """Keep the login; returns where the token went."""
        self.forget_token()
        backend = self.keyring()
        store = IN_VAULT
        if backend is not None:
            try:
                backend.set_password(SERVICE, self._account(server, user), refresh_token)
                store = IN_KEYRING
            except Exception:  # noqa: BLE001 - locked collection, D-Bus gone: use the vault
                store = IN_VAULT
        self.vault.set_setting("sync_server", server)
        self.vault.set_setting("sync_user", user)
        self.vault.set_setting("sync_token_store", store)
        self.vault.set_setting("sync_refresh_token", refresh_token if store == IN_VAULT else None)
        return store

    def refresh_token(self) -> str | None:
        if self.store == IN_VAULT:
            return self.vault.setting("sync_refresh_token")
        if self.store == IN_KEYRING:
            backend = self.keyring()
            try:
                return (backend.get_password(SERVICE, self._account(self.server, self.user))
                        if backend else None)
            except Exception:  # noqa: BLE001 - the keyring went away: sync asks for a login
                return None
        return None

    def forget_token(self) -> None:
        """Drop the token wherever it is (a logout, a refused token, a new login)."""
        if self.store == IN_KEYRING:
            backend = self.keyring()
            try:
                if backend is not None:
                    backend.delete_password(SERVICE, self._account(self.server, self.user))
            except Exception:  # noqa: BLE001 - already gone, or the keyring is unavailable
                pass
        if self.store is not None:
            self.vault.set_setting("sync_token_store", None)
            self.vault.set_setting("sync_refresh_token", None)

    def keyring(self) -> Any | None:
        """The OS keyring backend to use, or None when there is no safe one."""
        if self._backend is None:
            try:
                import keyring

                candidate = self._given if self._given is not None else keyring.get_keyring()
                self._backend = safe_backend(candidate) or False
            except Exception:  # noqa: BLE001 - broken D-Bus, bad PYTHON_KEYRING_BACKEND...
                self._backend = False
        return self._backend or None

    def _account(self, server: str | None, user: str | None) -> str:
        return f"{self.vault.setting('vault_id')}:{user}@{server}"


def safe_backend(backend: Any) -> Any | None:
    """`backend` itself, or for a chain the best member, if it keeps secrets encrypted and is
    available; else None. A chain is not used as such: it would write to whichever member
    ranks first, which may be a plaintext file."""
    try:
        from keyring.backends import chainer, fail
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, chainer.ChainerBackend):
        try:
            members = sorted(backend.backends, key=lambda b: b.priority, reverse=True)
        except Exception:  # noqa: BLE001
            return None
        return next((m for m in members if safe_backend(m) is not None), None)
    if isinstance(backend, fail.Keyring) or is_plaintext(backend):
        return None
    try:
        return backend if float(backend.priority) > 0 else None
    except Exception:  # noqa: BLE001 - priority raises when the backend is unavailable
        return None


def is_plaintext(backend: object) -> bool:
    kind = type(backend)
    return "plaintext" in kind.__name__.lower() or (
        kind.__module__.startswith("keyrings.alt") and "file" in kind.__module__
        and "encrypted" not in kind.__name__.lower())


def backend_name(backend: object) -> str:
    try:
        name = getattr(backend, "name", "")
    except Exception:  # noqa: BLE001 - a backend property that raises
        name = ""
    return str(name or f"{type(backend).__module__}.{type(backend).__name__}")
