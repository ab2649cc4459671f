"""Letters benchmark: render time next to raw docxtpl, a batch of letters, PDF conversion.

What it measures (the figures of the letters issue; nothing is asserted, targets are printed):

  render     for each shipped template, median of --runs: the product's render_docx (package
             check, sandboxed and bounded render, missing-field recording, reproducible re-zip)
             next to raw docxtpl doing the same work: DocxTemplate(bytes).render(context) in a
             plain ImmutableSandboxedEnvironment(autoescape=True) with the same filters, saved to
             memory. Same template bytes, same context. Target: ratio <= 1.5x.
  letter     the whole service call a consultant triggers (LetterService.make: read the client
             from the vault, build the context, render, keep the letter encrypted with its
             template and data, audit entry), median of --runs.
  batch      LetterService.make_batch of the machtiging for --batch demo clients into a
             folder: total and per letter (demo files lacking data are refused, and counted).
  pdf        LibreOffice conversion of one letter (first, with a cold profile, then median of
             3), when soffice is installed.

    .venv/bin/python bench/letters_bench.py [--runs 20] [--batch 100]

The last line of output is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import _util
from _util import BENCH_PASSPHRASE, table

from consultant_app.core.casefile import CaseFile
from consultant_app.core.demo_vault import fill_demo
from consultant_app.core.letters.catalogue import build_context
from consultant_app.core.letters.environment import FILTERS
from consultant_app.core.letters.library import TemplateLibrary
from consultant_app.core.letters.pdf import find_soffice, to_pdf
from consultant_app.core.letters.render import render_docx
from consultant_app.core.letters.service import LetterService
from consultant_app.core.paths import templates_dir
from consultant_app.core.vault import clients
from consultant_app.core.vault.vault import Vault

LETTER_DAY = date(2024, 11, 4)
# A complete synthetic household: every shipped template fills in without asking for more.
COMPLETE = {
    "given_names": "Hatice", "surname": "Yıldırım", "birth_date": "1962-04-09", "bsn": "111222333",
    "country_of_birth": "TR", "nationalities": ["TR"], "arrival_date": "1981-05-12",
    "residence_permit": {"type": "regulier onbepaalde tijd", "number": "X7654321",
                         "valid_until": "2029-06-30"},
    "address": {"street": "Boschdijk", "house_number": "200", "postcode": "5612 HJ",
                "city": "Eindhoven"},
    "phone": "06-23456789", "email": "hatice@example.org",
    "benefits": [{"type": "WW", "payer": "UWV", "since": "2023-01-01"}],
    "destination": {"country": "TR", "address": "Cumhuriyet Mah. 5, Konya",
                    "planned_departure": "2025-04-01"},
    "bank_abroad": {"iban": "TR33 0006 1005 1978 6457 8413 26"},
    "declarations": {"debts_to_state": False, "payment_arrangement": False, "detention": False},
    "partner": {"given_names": "Mehmet", "surname": "Yıldırım", "birth_date": "1958-02-01",
                "country_of_birth": "TR", "nationalities": ["TR"], "arrival_date": "1979-03-01",
                "co_migrates": True},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    figures: dict = {"bench": "letters_bench", "machine": _util.machine()}
    with tempfile.TemporaryDirectory(prefix="spreekuur-letters-bench-") as tmp:
        work = Path(tmp)
        fill_demo(work / "vault", BENCH_PASSPHRASE, args.batch, seed=args.seed)
        vault = Vault.unlock(work / "vault", BENCH_PASSPHRASE)
        vault.set_setting("organisation_address", "Postbus 1, 3500 AA Utrecht")
        vault.set_setting("organisation_phone", "030 000 00 00")
        ids = [c.id for c in CaseFile(vault).list_clients()]
        service = LetterService(vault, TemplateLibrary(templates_dir()), "Kantoor Utrecht")
        client_id = CaseFile(vault).add_client(COMPLETE)
        figures["render"] = render_figures(service, client_id, args.runs)
        figures["letter"] = letter_figures(service, client_id, args.runs)
        figures["batch"] = batch_figures(service, ids, work / "batch")
        figures["pdf"] = pdf_figures(service, client_id)
        vault.close()
    print()
    print(json.dumps(figures, separators=(",", ":"), default=str))


def render_figures(service: LetterService, client_id: str, runs: int) -> dict:
    from docxtpl import DocxTemplate
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    client = clients.get_client(service.db, client_id)
    rows, out = [], {}
    for template in service.library.listed(LETTER_DAY):
        data = template.read()
        context = build_context(client, service.sender(LETTER_DAY))

        def raw() -> None:
            env = ImmutableSandboxedEnvironment(autoescape=True)
            env.filters.update(FILTERS)
            document = DocxTemplate(io.BytesIO(data))
            document.render(context, jinja_env=env, autoescape=True)
            document.save(io.BytesIO())

        product, library = _alternating_medians_ms(lambda: render_docx(data, context), raw, runs)
        out[template.id] = {"product_ms": product, "raw_docxtpl_ms": library,
                            "ratio": round(product / library, 2), "template_kb": len(data) // 1024}
        rows.append((template.id, len(data) // 1024, library, product, product / library))
    print(table(rows, ("template", "KB", "raw docxtpl ms", "product ms", "ratio")))
    worst = max(v["ratio"] for v in out.values())
    print(f"  worst ratio {worst:.2f}x {'meets' if worst <= 1.5 else 'MISSES'} the target of 1.5x "
          f"(median of {runs}, run in turns; same template bytes and context)")
    return out


def letter_figures(service: LetterService, client_id: str, runs: int) -> dict:
    template = service.library.get("aanvraag-remigratie-uitkering")
    ms = _median_ms(lambda: service.make(client_id, template, LETTER_DAY), runs)
    print(f"\nwhole letter (read client, render, keep encrypted, audit): {ms:.1f} ms median")
    return {"make_ms": ms}


def batch_figures(service: LetterService, ids: list[str], folder: Path) -> dict:
    folder.mkdir()
    template = service.library.get("machtiging")  # the one most demo files can fill in
    start = time.perf_counter()
    result = service.make_batch(ids, template, LETTER_DAY, folder)
    seconds = time.perf_counter() - start
    print(f"batch of {len(ids)}: {seconds:.2f} s ({seconds / len(ids) * 1000:.1f} ms a letter), "
          f"{len(result.written)} written, {len(result.refused)} refused for missing data")
    return {"clients": len(ids), "seconds": round(seconds, 2),
            "written": len(result.written), "refused": len(result.refused)}


def pdf_figures(service: LetterService, client_id: str) -> dict | None:
    if find_soffice() is None:
        print("pdf: LibreOffice not installed, not measured")
        return None
    _, content = service.make(client_id, service.library.get("aanvraag-remigratie-uitkering"),
                              LETTER_DAY)
    work = service.vault.data_dir
    first = _time_ms(lambda: to_pdf(content, work))
    median = statistics.median(_time_ms(lambda: to_pdf(content, work)) for _ in range(3))
    print(f"pdf (LibreOffice, fresh profile each time): first {first:.0f} ms, "
          f"median of 3 {median:.0f} ms")
    return {"first_ms": round(first), "median_ms": round(median)}


def _time_ms(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _alternating_medians_ms(first, second, runs: int) -> tuple[float, float]:
    """Medians of two kinds of work run in turns, so a busy machine slows both alike."""
    first(), second()  # warm-up
    a, b = [], []
    for _ in range(runs):
        a.append(_time_ms(first))
        b.append(_time_ms(second))
    return round(statistics.median(a), 2), round(statistics.median(b), 2)


def _median_ms(work, runs: int) -> float:
    work()  # warm-up: imports, caches
    return round(statistics.median(_time_ms(work) for _ in range(runs)), 2)


if __name__ == "__main__":
    main()
