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


class LetterError(ConsultantAppError):
    """A template or letter problem the user can act on (syntax, unknown field, expired...)."""

    code = "letter_error"


class MissingFieldsError(LetterError):
    """The letter needs catalogue fields this client file lacks; `fields` names them all, and
    `settings` maps those that are organisation settings to their key (`organisation_phone`):
    they are set once for every letter, not in the client's file. `example` is how to set the
    first of them (`organisation_phone "+31 30 123 45 67"`)."""

    code = "letter_missing_fields"

    def __init__(self, fields: list[str], settings: dict[str, str] | None = None,
                 example: str = ""):
        super().__init__(fields=", ".join(fields))
        self.fields = list(fields)
        self.settings = dict(settings or {})
        self.example = example

    def listing(self, lang: str = "en") -> str:
        """What is missing, the client's file and the organisation's settings apart."""
        from consultant_app.core.messages import translate

        in_file = [name for name in self.fields if name not in self.settings]
        parts = [translate("letter_missing_fields", lang, fields=", ".join(in_file))] \
            if in_file else []
        if self.settings:
            parts.append(translate("letter_missing_settings", lang,
                                   settings=", ".join(self.settings.values()),
                                   example=self.example))
        return "; ".join(parts)

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import sentence, translate

        return sentence(translate("letter_nothing_written", lang, problems=self.listing(lang)))


class LetterProblems(LetterError):
    """Every reason a letter cannot be made yet, told at once (the template's period, missing
    fields, no LibreOffice for the PDF asked for): nothing was kept or written."""

    code = "letter_nothing_written"

    def __init__(self, problems: list[LetterError]):
        super().__init__()
        self.problems = list(problems)

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import sentence, translate

        texts = [p.listing(lang) if isinstance(p, MissingFieldsError) else p.message(lang)
                 for p in self.problems]
        return sentence(translate(self.code, lang, problems="; ".join(texts)))


class BenefitContinuesError(LetterError):
    """The letter asks a payer to stop a benefit that goes on (or may go on) in the country the
    client moves to, according to the scheme pack (`source`): made only on deliberate
    confirmation. `outcome` is `continues` or `may_continue`; `continues` the pack's value
    (`reduced` when it goes on at a possibly lower amount); `country` an ISO code."""

    code = "letter_benefit_continues"

    def __init__(self, benefit: str, country: str, outcome: str, continues: str, source: str):
        super().__init__(benefit=benefit, country=country, source=source)
        self.benefit, self.country, self.source = benefit, country, source
        self.outcome, self.continues = outcome, continues

    def notice(self, lang: str = "en") -> str:
        """What the consultant reads before deciding: the benefit, the country, the source."""
        from consultant_app.core.domain.countries import country_name, is_country
        from consultant_app.core.messages import translate

        code = ("letter_benefit_may_continue" if self.outcome == "may_continue"
                else "letter_benefit_continues_reduced" if self.continues == "reduced"
                else "letter_benefit_continues")
        country = country_name(self.country, lang) if is_country(self.country) else self.country
        return translate(code, lang, benefit=self.benefit, country=country, source=self.source)

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import translate

        return f"{self.notice(lang)} {translate('letter_benefit_confirm', lang)}"


class PdfNotMadeError(LetterError):
    """The letter was kept and its .docx written, but its PDF could not be made (`cause`)."""

    code = "letter_pdf_not_made"

    def __init__(self, letter_id: str, path: object, cause: ConsultantAppError):
        super().__init__(id=letter_id, path=path)
        self.letter_id = letter_id
        self.cause = cause

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import translate

        return translate(self.code, lang, reason=self.cause.message(lang), **self.params)


class TemplateExpiredError(LetterError):
    """A letter dated after the template's period; `notice` is the template's own word on why
    ({"nl": ..., "en": ...}, e.g. that the SVB takes no new applications since 2025)."""

    code = "template_expired"

    def __init__(self, until: str, notice: dict[str, str]):
        super().__init__(until=until)
        self.notice = dict(notice)

    def message(self, lang: str = "en") -> str:
        from consultant_app.core.messages import translate

        notice = self.notice.get(lang) or self.notice.get("en") or ""
        return translate(self.code, lang, until=self.params["until"], notice=notice)


class CaseError(ConsultantAppError):
    """A case cannot take what was asked: an unknown event kind, an event out of order (the
    message names the case's state and what may follow), an event dated before the last."""

    code = "case_error"


class RulesError(ConsultantAppError):
    """A scheme pack or an eligibility check cannot be used as asked: an unknown scheme, a date
    before any regime, a pack that fails its lint (`findings`, each with its line)."""

    code = "rules_error"

    def __init__(self, code: str | None = None, *, findings: list | None = None,
                 **params: object):
        super().__init__(code, **params)
        self.findings = list(findings or [])


class ReportError(ConsultantAppError):
    """An annual report cannot be exported as asked: the figures do not have the documented
    shape (`path` names the first place that is wrong), the file name has an extension no
    export knows, or the file exists already."""

    code = "report_error"


class SyncError(ConsultantAppError):
    """Sync with the registry could not go on: not reachable, refused, needs a login, another
    protocol version... What was already applied stays applied; the next sync resumes."""

    code = "sync_error"


def error_text(error: BaseException, language: str) -> str:
    """What a person reads for `error` (translated, one line, never a traceback): the one route
    from an error to its text, for the command line and the desktop alike. An error of the core
    gives its own message; SQLCipher's errors and the operating system's (a full disk, a folder
    without permission) their typed message; anything else says only what kind of error it was.
    """
    import sys

    # Without the database module no vault was ever opened, so no SQLCipher error can be here;
    # asking would import it (and sqlite-utils) for nothing, or fail where it is missing.
    database = sys.modules.get("consultant_app.core.vault.database")
    if database is not None and isinstance(error, database.DatabaseError):
        error = database.as_vault_error(error)
    if isinstance(error, ConsultantAppError):
        return error.message(language)
    if isinstance(error, OSError):
        from consultant_app.core.fileio import storage_error

        return storage_error(error).message(language)
    return ConsultantAppError("internal", kind=type(error).__name__).message(language)
