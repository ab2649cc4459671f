"""The templates a consultant can choose from: the shipped ones (templates/ beside the package)
and the office's own, imported into the data folder, each described by a manifest.json entry
(id, title, version, valid_from / valid_until, language, scheme, and `stops_benefit` for a letter
that asks a payer to stop the benefit it prints as `uitkering`).

Templates are not personal data, so the office's folder is plain files next to the vault. Every
template carries the period it is valid for: the SVB application, for one, is valid for new
applications only until 2024-12-31, and a later letter date needs an explicit override.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from consultant_app.core.fileio import atomic_write_bytes, storage_error
from consultant_app.core.errors import LetterError, TemplateExpiredError
from consultant_app.core.letters.package import check_docx

MANIFEST = "manifest.json"
OFFICE_FOLDER = "templates"  # below the data folder
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    title: str
    path: Path
    version: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    language: str = "nl"
    scheme: str = ""
    description: str = ""
    expired_notice: dict[str, str] = field(default_factory=dict)
    origin: str = "shipped"  # shipped | office | file
    stops_benefit: bool = False  # asks the payer to stop `uitkering` (the file's first benefit)

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and \
            (self.valid_until is None or day <= self.valid_until)

    def read(self) -> bytes:
        """The template's bytes, checked as a safe .docx package."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise LetterError("template_file_missing") from None
        except OSError as exc:
            raise storage_error(exc) from None
        check_docx(data)
        return data

    def require_valid_on(self, day: date, allow_expired: bool = False) -> None:
        """Refuse a letter dated outside the template's period, unless explicitly allowed."""
        if allow_expired or self.valid_on(day):
            return
        if self.valid_until is not None and day > self.valid_until:
            raise TemplateExpiredError(self.valid_until.isoformat(), self.expired_notice)
        raise LetterError("template_not_yet_valid", since=str(self.valid_from))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class TemplateLibrary:
    """Shipped templates first, then the office's; an office template may replace a shipped
    one by using its id (a newer version of the same letter)."""

    def __init__(self, shipped: Path, office: Path | None = None):
        self.shipped = Path(shipped)
        self.office = Path(office) if office is not None else None

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> TemplateLibrary:
        from consultant_app.core.paths import templates_dir

        return cls(templates_dir(), Path(data_dir) / OFFICE_FOLDER)

    def templates(self) -> dict[str, TemplateInfo]:
        found = {t.id: t for t in _load_manifest(self.shipped, "shipped")}
        if self.office is not None:
            found.update({t.id: t for t in _load_manifest(self.office, "office")})
        return found

    def listed(self, on: date) -> list[TemplateInfo]:
        """Valid templates first, then by title."""
        return sorted(self.templates().values(),
                      key=lambda t: (not t.valid_on(on), t.title.casefold(), t.id))

    def get(self, template_id: str) -> TemplateInfo:
        try:
            return self.templates()[template_id]
        except KeyError:
            raise LetterError("template_not_found") from None

    def resolve(self, id_or_path: str) -> TemplateInfo:
        """A manifest id, or the path of a .docx (an ad-hoc template without validity)."""
        if id_or_path in self.templates():
            return self.get(id_or_path)
        path = Path(id_or_path)
        if path.suffix.lower() == ".docx" or path.exists():
            if not path.is_file():
                raise LetterError("template_file_missing")
            return TemplateInfo(id=_id_from_name(path.stem), title=path.stem, path=path,
                                origin="file")
        raise LetterError("template_not_found")

    def import_template(self, source: Path, template_id: str, title: str, *,
                        version: str = "1", valid_from: date | None = None,
                        valid_until: date | None = None, language: str = "nl",
                        scheme: str = "", description: str = "") -> TemplateInfo:
        """Copy a checked .docx into the office folder and list it in its manifest."""
        if self.office is None:
            raise LetterError("template_no_office_folder")
        if not ID_PATTERN.match(template_id):
            raise LetterError("template_bad_id")
        if not title.strip():
            raise LetterError("template_title_required")
        data = Path(source).read_bytes()
        check_docx(data)
        try:
            self.office.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.office / f"{template_id}.docx", data, mode=0o644)
            entries = [e for e in _read_entries(self.office) if e.get("id") != template_id]
            entries.append({
                "id": template_id, "file": f"{template_id}.docx", "title": title.strip(),
                "version": version, "valid_from": valid_from and valid_from.isoformat(),
                "valid_until": valid_until and valid_until.isoformat(), "language": language,
                "scheme": scheme, "description": description})
            text = json.dumps({"templates": entries}, ensure_ascii=False, indent=2) + "\n"
            atomic_write_bytes(self.office / MANIFEST, text.encode("utf-8"), mode=0o644)
        except OSError as exc:
            raise storage_error(exc) from None
        return self.get(template_id)


def _id_from_name(stem: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", stem.casefold()).strip("-")
    return cleaned[:64] or "sjabloon"


def _read_entries(folder: Path) -> list[dict[str, Any]]:
    path = folder / MANIFEST
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["templates"]
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise TypeError
        return entries
    except (OSError, ValueError, KeyError, TypeError):
        raise LetterError("manifest_invalid", file=str(path)) from None


def _load_manifest(folder: Path, origin: str) -> list[TemplateInfo]:
    infos = []
    for entry in _read_entries(folder):
        try:
            infos.append(TemplateInfo(
                id=_required(entry, "id"), title=_required(entry, "title"),
                path=folder / Path(_required(entry, "file")).name,
                version=str(entry.get("version") or ""),
                valid_from=_date(entry.get("valid_from")),
                valid_until=_date(entry.get("valid_until")),
                language=str(entry.get("language") or "nl"),
                scheme=str(entry.get("scheme") or ""),
                description=str(entry.get("description") or ""),
                expired_notice=dict(entry.get("expired_notice") or {}),
                origin=origin, stops_benefit=entry.get("stops_benefit") is True))
        except (TypeError, ValueError):
            raise LetterError("manifest_invalid", file=str(folder / MANIFEST)) from None
    return infos


def _required(entry: dict[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(key)
    return value.strip()


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None

