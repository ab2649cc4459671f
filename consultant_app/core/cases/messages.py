"""The texts of eligibility checks kept in the file and of cases, Dutch first, English second
(merged into core.messages). States and event kinds are the words a consultant types
(`toegekend`, `vertrokken`) and appear as they are."""

from __future__ import annotations

CASE_MESSAGES: dict[str, dict[str, str]] = {
    "eligibility_check_not_found": {"nl": "Toets niet gevonden", "en": "Check not found"},
    "case_error": {"nl": "De zaak kan dit niet aannemen", "en": "The case cannot take this"},
    "case_not_found": {"nl": "Zaak niet gevonden", "en": "Case not found"},
    "case_event_not_found": {"nl": "Gebeurtenis niet gevonden", "en": "Event not found"},
    "case_unknown_kind": {
        "nl": "Onbekende gebeurtenis {kind} (bekend: {kinds})",
        "en": "Unknown event {kind} (known: {kinds})"},
    "case_unknown_state": {
        "nl": "Onbekende stand {state} (bekend: {states})",
        "en": "Unknown state {state} (known: {states})"},
    "case_event_out_of_order": {
        "nl": "De zaak staat op {state}: {kind} kan nu niet (wel mogelijk: {allowed})",
        "en": "The case is at {state}: {kind} cannot follow now (possible: {allowed})"},
    "deadline_not_found": {"nl": "Termijn niet gevonden", "en": "Deadline not found"},
    "deadline_not_marked": {
        "nl": "Deze termijn is niet als afgerond gemarkeerd: er is niets te heropenen",
        "en": "This deadline is not marked done: there is nothing to reopen"},
    "case_fields_only_on_change": {
        "nl": "Alleen een wijziging noemt gewijzigde velden ({kind} niet)",
        "en": "Only a change names changed fields ({kind} does not)"},
    "case_change_fields": {"nl": "Wijziging: {fields}", "en": "Change: {fields}"},
    "life_certificate_cycle_range": {"nl": "Tussen 1 en 60 maanden",
                                     "en": "Between 1 and 60 months"},
    "case_event_before_last": {
        "nl": "{kind} op {date} ligt vóór de laatste stap van de zaak ({last})",
        "en": "{kind} on {date} is before the case's last step ({last})"},
}
