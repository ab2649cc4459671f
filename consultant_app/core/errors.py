"""Typed errors of the core, each with a stable code; the faces (CLI, GUI) turn codes into text.

An error never carries personal data: it names the field and the rule that failed, not the value
the user typed, because messages end up on screens, in terminals and in bug reports.
"""

from __future__ import annotations


class ConsultantAppError(Exception):
    """Base of every error a user can act on. `code` selects the message in core.messages."""

    code = "error"

    def __init__(self, code: str | None = None, *, field: str | None = None, **params: object):
        if code is not None:
            self.code = code
        self.field = field
        self.params = params
        super().__init__(self.code if field is None else f"{field}: {self.code}")

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import translate

        text = translate(self.code, lang, **self.params)
        return f"{self.field}: {text}" if self.field else text


class ValidationError(ConsultantAppError):
    """One field of user input breaks a rule (bad BSN, impossible date, unknown country...)."""

    code = "invalid"


class ValidationErrors(ConsultantAppError):
    """Several fields at once; the message lists each as `field: reason`."""

    code = "invalid"

    def __init__(self, errors: list[ValidationError]):
        super().__init__("invalid")
        self.errors = errors

    def message(self, lang: str = "en") -> str:
        return "; ".join(e.message(lang) for e in self.errors)


class VaultError(ConsultantAppError):
    """The vault cannot be opened, created or used as asked (missing, exists, wrong passphrase...)."""

    code = "vault_error"


class NotFoundError(ConsultantAppError):
    """A client, note or contact id that the vault does not hold."""

    code = "not_found"
