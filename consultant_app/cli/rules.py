"""Scheme packs and eligibility on the command line: `rules list|show|check|import` (no vault
needed: an office checks a pack before anyone uses it), `eligibility check` (a client of the
vault against a scheme on a date, every condition explained with its source, the check kept in
the client file) and `eligibility history` (the checks kept).

`eligibility check` exits 0 whatever the verdict: the verdict is the answer, not an error.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consultant_app.cli.common import CliError, print_json, read_file, say, with_workspace
from consultant_app.core.messages import cli_language, translate

if TYPE_CHECKING:
    from consultant_app.core.rules.pack import Pack
    from consultant_app.core.workspace import Workspace

DEFAULT_SCHEME = "remigratiewet"


def register(sub: argparse._SubParsersAction) -> None:
    rules = sub.add_parser("rules", help="scheme packs: dated rules with their sources")
    actions = rules.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the scheme packs, shipped and the office's")
    p.add_argument("--date", help="which regime applies on this date, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rules_list)
    p = actions.add_parser("show", help="one pack: regimes, dated values, conditions, sources")
    p.add_argument("scheme")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rules_show)
    p = actions.add_parser("check", help="lint a pack file (no vault needed)")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=cmd_rules_check)
    p = actions.add_parser("import", help="add an office's pack (checked first)")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=cmd_rules_import)
    eligibility = sub.add_parser("eligibility", help="check a client against a scheme")
    actions = eligibility.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("check", help="every condition on a date, explained, with its source")
    p.add_argument("client_id")
    p.add_argument("--scheme", default=DEFAULT_SCHEME)
    p.add_argument("--date", help="the date of the application, YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_eligibility_check))
    p = actions.add_parser("history", help="the checks kept in a client's file, oldest first")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=with_workspace(cmd_eligibility_history))


# -- rules --------------------------------------------------------------------------------------
def _library(args: argparse.Namespace):
    from consultant_app.core.rules.library import RuleLibrary

    return RuleLibrary.for_data_dir(args.data_dir)


def cmd_rules_list(args: argparse.Namespace) -> int:
    day = _date(args.date)
    packs = _library(args).listed(day)
    lang = cli_language()
    if args.json:
        print_json([_summary(p, day, lang) for p in packs])
        return 0
    for pack in packs:
        regime = pack.regime_on(day)
        state = translate("rules_state_open" if pack.takes_applications(day)
                          else "rules_state_closed", lang)
        print(f"{pack.id}\t{pack.version}\t{regime.id if regime else '-'}\t{state}\t"
              f"{pack.title_in(lang)}")
    return 0


def _summary(pack: Pack, day: date, lang: str) -> dict[str, Any]:
    regime = pack.regime_on(day)
    return {"id": pack.id, "kind": pack.kind, "version": pack.version,
            "title": pack.title_in(lang), "origin": pack.origin, "pack_hash": pack.sha256,
            "date": day.isoformat(), "regime": regime.id if regime else None,
            "takes_applications": pack.takes_applications(day)}


def cmd_rules_show(args: argparse.Namespace) -> int:
    from consultant_app.core.rules.describe import describe

    pack = _library(args).get(args.scheme)
    lang = cli_language()
    data = describe(pack, lang)
    if args.json:
        print_json(data)
        return 0
    print(f"{pack.id} {pack.version} ({pack.kind}, {pack.origin}): {pack.title_in(lang)}")
    print(f"sha256 {pack.sha256}")
    uncertain = translate("rules_uncertain", lang)
    for section in ("applications", "regimes", "conditions", "deadlines", "notes"):
        print(f"\n[{section}]")
        for item in data[section]:
            mark = f" ({uncertain}: {item['note']})" if item["uncertain"] else ""
            cells = [item.get("id"), _period(item), item.get("kind")]
            print("\t".join(c for c in cells if c) + mark)
            print(f"  {item['source']}")
    print("\n[benefits_abroad]")
    for item in data["benefits_abroad"]:
        mark = f" ({uncertain}: {item['note']})" if item["uncertain"] else ""
        countries = f" {','.join(item['countries'])}" if item["countries"] else ""
        deducted = " deducted" if item["deducted_from_remigratie_uitkering"] else ""
        print(f"{item['benefit']}\t{_period(item)}\t{item['continues']}{countries}"
              f"{deducted}{mark}")
        print(f"  {item['source']}")
    print("\n[parameters]")
    for pid, values in data["parameters"].items():
        for item in values:
            mark = f" ({uncertain}: {item['note']})" if item["uncertain"] else ""
            print(f"{pid}\t{_period(item)}\t{item['value']}{mark}")
            print(f"  {item['source']}")
    return 0


def _period(item: dict[str, Any]) -> str:
    return f"{item['valid_from'] or '…'} – {item['valid_until'] or '…'}"


def cmd_rules_check(args: argparse.Namespace) -> int:
    from consultant_app.core.rules.lint import check_pack

    return _report(args.path.name, check_pack(read_file(args.path), args.path.name))


def cmd_rules_import(args: argparse.Namespace) -> int:
    from consultant_app.core.rules.lint import check_pack

    data = read_file(args.path)
    findings = check_pack(data, args.path.name)
    if findings:
        return _report(args.path.name, findings)
    pack = _library(args).import_pack(data, args.path.name)
    print(pack.id)
    say("rules_imported", id=pack.id, version=pack.version)
    return 0


def _report(name: str, findings: list) -> int:
    """Each finding on stdout (`file:line: what`); the verdict as the one line on stderr."""
    lang = cli_language()
    for finding in findings:
        print(finding.text(name, lang))
    if findings:
        raise CliError("check_findings", count=len(findings))
    say("check_clean")
    return 0


# -- eligibility ----------------------------------------------------------------------------------
def cmd_eligibility_check(workspace: Workspace, args: argparse.Namespace) -> int:
    day = _date(args.date)
    check_id, check = workspace.eligibility.check(args.client_id, args.scheme, day)
    lang = cli_language()
    if args.json:
        print_json({"check_id": check_id, **check.as_dict(args.client_id, lang)})
        return 0
    verdict = translate(f"rules_verdict_{check.verdict}", lang, date=day.isoformat())
    print(translate("rules_check_header", lang, scheme=check.scheme, version=check.rules_version,
                    regime=check.regime, date=day.isoformat(), verdict=verdict))
    uncertain = translate("rules_uncertain", lang)
    for result in check.conditions:
        outcome = translate(f"rules_outcome_{result.outcome}", lang)
        mark = f" [{uncertain}]" if result.uncertain else ""
        missing = ""
        if result.missing and result.code != "rule_missing":  # else the explanation names them
            missing = " — " + translate("rule_missing", lang, fields=", ".join(result.missing))
        print(f"{result.id}\t{outcome}\t{result.explanation(lang)}{missing}{mark}")
        print(f"  {result.source}")
    for deducted in check.deducted:
        mark = f" [{uncertain}]" if deducted.uncertain else ""
        print(translate("rules_benefit_deducted", lang, benefit=deducted.benefit) + mark)
        print(f"  {deducted.source}")
    return 0


def cmd_eligibility_history(workspace: Workspace, args: argparse.Namespace) -> int:
    kept = workspace.eligibility.history(args.client_id)
    if args.json:
        print_json([check.as_dict() for check in kept])
        return 0
    lang = cli_language()
    for check in kept:
        verdict = translate(f"rules_verdict_{check.verdict}", lang, date=check.check_date)
        print(f"{check.id}\t{check.check_date}\t{check.scheme} {check.rules_version}\t"
              f"{verdict}\t{check.created_at}")
    return 0


def _date(text: str | None) -> date:
    if text is None:
        return date.today()
    from consultant_app.core.domain.validation import date_value

    return date_value("--date", text)

