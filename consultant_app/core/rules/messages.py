"""The scheme packs' part of the message catalogue (core.messages merges it): the explanations of
each condition's outcome, the lint findings and the errors of `rules` and `eligibility`. Dutch
first, English second. Parameters are dates, numbers, field names and country codes of the
rule, never a client's name or number."""

from __future__ import annotations

_OUTCOMES: dict[str, dict[str, str]] = {
    "rule_missing": {"nl": "Ontbreekt in het dossier: {fields}",
                     "en": "Missing from the file: {fields}"},
    "rule_age_met": {"nl": "{age} jaar op {date} (minimaal {min_age})",
                     "en": "{age} years old on {date} (at least {min_age})"},
    "rule_age_not_met": {
        "nl": "{age} jaar op {date}; minimaal {min_age} vereist (wordt {min_age} op {birthday})",
        "en": "{age} years old on {date}; at least {min_age} required (turns {min_age} on "
              "{birthday})"},
    "rule_residence_too_short": {
        "nl": "In Nederland sinds {arrival}: minder dan {years} jaar op {date}",
        "en": "In the Netherlands since {arrival}: less than {years} years on {date}"},
    "rule_residence_met_dutch": {
        "nl": "In Nederland sinds {arrival}, Nederlander: minstens {years} jaar rechtmatig "
              "verblijf op {date}, aangenomen dat het verblijf sindsdien ononderbroken was",
        "en": "In the Netherlands since {arrival}, a Dutch national: at least {years} years of "
              "lawful residence on {date}, assuming the stay was uninterrupted since"},
    "rule_residence_dutch_exempt": {
        "nl": "Nederlander: de minimale verblijfsduur geldt alleen voor vreemdelingen",
        "en": "A Dutch national: the minimum residence applies to foreign nationals only"},
    "rule_residence_met": {
        "nl": "In Nederland sinds {arrival} met een geldige verblijfsvergunning: minstens "
              "{years} jaar op {date}, aangenomen dat het verblijf sindsdien ononderbroken "
              "rechtmatig was (controleer de verblijfsgeschiedenis)",
        "en": "In the Netherlands since {arrival} with a valid residence permit: at least "
              "{years} years on {date}, assuming lawful residence without a break since "
              "(check the residence history)"},
    "rule_residence_no_permit": {
        "nl": "In Nederland sinds {arrival}; geen verblijfsvergunning in het dossier om "
              "rechtmatig verblijf van {years} jaar te tonen",
        "en": "In the Netherlands since {arrival}; no residence permit in the file to show "
              "{years} years of lawful residence"},
    "rule_residence_permit_expired": {
        "nl": "De verblijfsvergunning in het dossier liep af op {until}, vóór {date}: vul de "
              "huidige vergunning aan",
        "en": "The residence permit in the file expired on {until}, before {date}: add the "
              "current permit"},
    "rule_benefit_met": {
        "nl": "{type} sinds {since}: minstens {months} maanden aaneen op {date}",
        "en": "{type} since {since}: at least {months} consecutive months on {date}"},
    "rule_benefit_short": {
        "nl": "{type} sinds {since}: korter dan {months} maanden op {date}; telt alleen als "
              "er direct daarvóór een andere uitkering liep (vul die aan in het dossier)",
        "en": "{type} since {since}: less than {months} months on {date}; it only counts if "
              "another benefit ran directly before it (add that to the file)"},
    "rule_arrival_age_met": {"nl": "{age} jaar bij aankomst op {arrival} (minimaal {min_age})",
                             "en": "{age} years old on arrival, {arrival} (at least {min_age})"},
    "rule_arrival_age_not_met": {
        "nl": "{age} jaar bij aankomst op {arrival}; minimaal {min_age} vereist",
        "en": "{age} years old on arrival, {arrival}; at least {min_age} required"},
    "rule_origin_met": {"nl": "Land van herkomst {country}: geboren en nationaliteit",
                        "en": "Country of origin {country}: born there and its nationality"},
    "rule_origin_born": {"nl": "Geboren in land van herkomst {country}",
                         "en": "Born in country of origin {country}"},
    "rule_origin_nationality": {"nl": "Nationaliteit van land van herkomst {country}",
                                "en": "Nationality of country of origin {country}"},
    "rule_origin_refugee": {"nl": "Vluchteling of asielgerechtigde (asielvergunning)",
                            "en": "Refugee or asylum holder (asylum permit)"},
    "rule_origin_second_generation": {
        "nl": "Geen land van herkomst bij geboorte of nationaliteit; de tweede generatie telt "
              "via de nationaliteit van een ouder, die niet in het dossier staat",
        "en": "No country of origin by birth or nationality; the second generation counts "
              "through a parent's nationality, which the file does not hold"},
    "rule_origin_nationality_unknown": {
        "nl": "Geboren in {country}, maar die nationaliteit staat niet in het dossier; "
              "telt ook als de cliënt die nationaliteit vroeger had",
        "en": "Born in {country}, but that nationality is not in the file; it also counts if "
              "the client had it before"},
    "rule_refugee_too_late": {
        "nl": "Asielvergunning, maar aangekomen op of na {before}: de vergunning is niet vóór "
              "{before} verleend",
        "en": "Asylum permit, but arrived on or after {before}: the permit was not granted "
              "before {before}"},
    "rule_refugee_permit_date": {
        "nl": "Asielvergunning: telt als die vóór {before} verleend is; die datum staat niet in "
              "het dossier",
        "en": "Asylum permit: counts if it was granted before {before}; the file does not hold "
              "that date"},
    "rule_origin_moluccan": {
        "nl": "Mogelijk de groep Molukkers van 1951-52: inschrijving in het register Wet "
              "Rietkerk staat niet in het dossier",
        "en": "Possibly the Moluccan group of 1951-52: registration under the Wet Rietkerk is "
              "not in the file"},
    "rule_origin_other_groups": {
        "nl": "Geboren in {country}, geen land van herkomst; een erkend vluchteling hoort wel "
              "tot de doelgroep: vul de verblijfsvergunning aan",
        "en": "Born in {country}, not a country of origin; a recognised refugee does belong to "
              "the target group: add the residence permit"},
    "rule_origin_not_met": {
        "nl": "Geboren in {country}, geen land van herkomst, en geen asielvergunning",
        "en": "Born in {country}, not a country of origin, and no asylum permit"},
    "rule_partner_none": {"nl": "Geen partner in het dossier",
                          "en": "No partner in the file"},
    "rule_partner_moves": {"nl": "De partner verhuist mee", "en": "The partner moves along"},
    "rule_partner_stays": {
        "nl": "De partner verhuist niet mee volgens het dossier; dat mag alleen als de "
              "partner al in het bestemmingsland woont",
        "en": "The partner does not move along according to the file; that is allowed only "
              "if the partner already lives in the destination country"},
    "rule_debts_none": {"nl": "Verklaard: geen schulden bij de Nederlandse overheid",
                        "en": "Declared: no debts to the Dutch state"},
    "rule_debts_arrangement": {"nl": "Schulden bij de overheid, met een betalingsregeling",
                               "en": "Debts to the state, with a payment arrangement"},
    "rule_debts_no_arrangement": {"nl": "Schulden bij de overheid zonder betalingsregeling",
                                  "en": "Debts to the state without a payment arrangement"},
    "rule_detention_no": {"nl": "Verklaard: niet gedetineerd of voortvluchtig",
                          "en": "Declared: not detained or a fugitive"},
    "rule_detention_yes": {"nl": "Gedetineerd of voortvluchtig volgens het dossier",
                           "en": "Detained or a fugitive according to the file"},
    "rule_fact_met": {"nl": "{field}: voldaan", "en": "{field}: met"},
    "rule_fact_not_met": {"nl": "{field}: niet voldaan", "en": "{field}: not met"},
    "rule_field_present": {"nl": "{field}: ingevuld", "en": "{field}: filled in"},
    "rule_nationality_excluded": {
        "nl": "Nationaliteit uitgesloten van deze regeling: {countries}",
        "en": "Nationality excluded from this scheme: {countries}"},
    "rule_nationality_not_excluded": {"nl": "Geen uitgesloten nationaliteit",
                                      "en": "No excluded nationality"},
}

_LINT: dict[str, dict[str, str]] = {
    "rules_not_utf8": {"nl": "Geen UTF-8-tekst", "en": "Not UTF-8 text"},
    "rules_toml_syntax": {"nl": "Geen geldige TOML: {detail}", "en": "Not valid TOML: {detail}"},
    "rules_missing_key": {"nl": "{key} ontbreekt", "en": "{key} is missing"},
    "rules_unknown_key": {"nl": "Onbekende sleutel {key} (een tikfout?)",
                          "en": "Unknown key {key} (a typo?)"},
    "rules_wrong_type": {"nl": "{key}: verwacht {expected}", "en": "{key}: expected {expected}"},
    "rules_title": {"nl": "{key}: een titel in het Nederlands en Engels (nl, en)",
                    "en": "{key}: a title in Dutch and English (nl, en)"},
    "rules_bad_id": {"nl": "Id {id}: kleine letters, cijfers, - en _ (max. 64)",
                     "en": "Id {id}: lower-case letters, digits, - and _ (max. 64)"},
    "rules_pack_kind": {"nl": "Onbekende soort regeling {kind} (bekend: {kinds})",
                        "en": "Unknown kind of scheme {kind} (known: {kinds})"},
    "rules_no_regime": {"nl": "Geen enkel regime ([[regimes]])",
                        "en": "No regime at all ([[regimes]])"},
    "rules_undated": {"nl": "{what} heeft geen geldigheidsdatum (valid_from)",
                      "en": "{what} is not dated (valid_from)"},
    "rules_not_a_date": {"nl": "{key}: geen datum (schrijf 2014-07-01, zonder aanhalingstekens)",
                         "en": "{key}: not a date (write 2014-07-01, without quotes)"},
    "rules_bad_period": {"nl": "{what} eindigt vóór het begint",
                         "en": "{what} ends before it starts"},
    "rules_unsourced": {"nl": "{what} heeft geen bron (source: wetsartikel of openbare pagina)",
                        "en": "{what} has no source (source: law article or public page)"},
    "rules_uncertain_without_note": {
        "nl": "{what} is onzeker gemarkeerd zonder note die zegt wat open is",
        "en": "{what} is marked uncertain without a note saying what is open"},
    "rules_overlap": {"nl": "{what} overlapt in tijd met {other}",
                      "en": "{what} overlaps in time with {other}"},
    "rules_no_values": {"nl": "Parameter {parameter} heeft geen waarden",
                        "en": "Parameter {parameter} has no values"},
    "rules_unknown_kind": {"nl": "Onbekende soort voorwaarde {kind} (bekend: {kinds})",
                           "en": "Unknown condition kind {kind} (known: {kinds})"},
    "rules_missing_parameter": {"nl": "Voorwaarde mist parameter {name}",
                                "en": "Condition lacks parameter {name}"},
    "rules_unknown_parameter": {"nl": "Onbekende parameter {name}",
                                "en": "Unknown parameter {name}"},
    "rules_unknown_binding": {"nl": "Deze soort voorwaarde kent geen parameter {name}",
                              "en": "This condition kind takes no parameter {name}"},
    "rules_value_type": {"nl": "Waarde van {parameter}: verwacht {expected}",
                         "en": "Value of {parameter}: expected {expected}"},
    "rules_parameter_gap": {
        "nl": "Parameter {parameter} heeft geen waarde op {date}, waar een voorwaarde hem nodig "
              "heeft",
        "en": "Parameter {parameter} has no value on {date}, where a condition needs it"},
    "rules_missing_setting": {"nl": "Voorwaarde mist instelling {name}",
                              "en": "Condition lacks setting {name}"},
    "rules_bad_setting": {"nl": "Ongeldige instelling {name}", "en": "Invalid setting {name}"},
    "rules_unknown_setting": {"nl": "Onbekende instelling {name}",
                              "en": "Unknown setting {name}"},
    "rules_unknown_field": {
        "nl": "Onbekend dossierveld {field} (of markeer de voorwaarde outside_file = true)",
        "en": "Unknown client-file field {field} (or mark the condition outside_file = true)"},
    "rules_deadline_kind": {"nl": "Onbekende soort termijn {kind} (bekend: {kinds})",
                            "en": "Unknown deadline kind {kind} (known: {kinds})"},
    "rules_deadline_anchor": {
        "nl": "Onbekend ankerpunt {anchor} (event:<gebeurtenis> of field:<dossierveld>)",
        "en": "Unknown anchor {anchor} (event:<event> or field:<client field>)"},
    "rules_bad_offset": {"nl": "Ongeldige termijn {offset} (bijv. \"6 months\", \"-5 days\")",
                         "en": "Invalid offset {offset} (e.g. \"6 months\", \"-5 days\")"},
    "rules_deadline_setting": {
        "nl": "Onbekende kantoorinstelling {setting} (bekend: {settings})",
        "en": "Unknown office setting {setting} (known: {settings})"},
    "rules_unknown_word": {"nl": "{key}: onbekend {word} (bekend: {known})",
                           "en": "{key}: unknown {word} (known: {known})"},
}

_ERRORS: dict[str, dict[str, str]] = {
    "rules_error": {"nl": "De regeling kon niet gebruikt worden",
                    "en": "The scheme could not be used"},
    "rules_pack_invalid": {
        "nl": "Regeling {file} geweigerd: {count} fout(en) (zie `rules check`)",
        "en": "Scheme pack {file} refused: {count} problem(s) (see `rules check`)"},
    "rules_unknown_scheme": {"nl": "Onbekende regeling {scheme} (zie `rules list`)",
                             "en": "Unknown scheme {scheme} (see `rules list`)"},
    "rules_no_regime_on": {
        "nl": "De regeling {scheme} gold nog niet op {date} (vanaf {first})",
        "en": "The scheme {scheme} did not apply yet on {date} (from {first})"},
    "rules_parameter_missing_on": {"nl": "Parameter {parameter} heeft geen waarde op {date}",
                                   "en": "Parameter {parameter} has no value on {date}"},
    "rules_no_office_folder": {"nl": "Geen map voor eigen regelingen",
                               "en": "No folder for the office's schemes"},
    "rules_id_is_shipped": {
        "nl": "Id {id} is van een meegeleverde regeling; geef de eigen regeling een eigen id",
        "en": "Id {id} belongs to a shipped scheme; give the office's pack an id of its own"},
    "rules_check_header": {
        "nl": "{scheme} versie {version}, regime {regime}, op {date}: {verdict}",
        "en": "{scheme} version {version}, regime {regime}, on {date}: {verdict}"},
    "rules_imported": {"nl": "Regeling {id} (versie {version}) toegevoegd",
                       "en": "Scheme {id} (version {version}) added"},
    "rules_verdict_eligible": {"nl": "Voldoet aan alle voorwaarden",
                               "en": "Meets every condition"},
    "rules_verdict_not_eligible": {"nl": "Voldoet niet", "en": "Does not qualify"},
    "rules_verdict_incomplete": {"nl": "Onvolledig: nog niet te beoordelen",
                                 "en": "Incomplete: cannot be decided yet"},
    "rules_verdict_closed": {
        "nl": "Gesloten: de regeling neemt op {date} geen nieuwe aanvragen aan",
        "en": "Closed: the scheme takes no new applications on {date}"},
    "rules_outcome_met": {"nl": "voldaan", "en": "met"},
    "rules_outcome_not_met": {"nl": "niet voldaan", "en": "not met"},
    "rules_outcome_unknown": {"nl": "onbekend", "en": "unknown"},
    "rules_uncertain": {"nl": "onzeker", "en": "uncertain"},
    "rules_state_open": {"nl": "open voor aanvragen", "en": "open for applications"},
    "rules_state_closed": {"nl": "gesloten voor nieuwe aanvragen",
                           "en": "closed to new applications"},
}

RULES_MESSAGES: dict[str, dict[str, str]] = {**_OUTCOMES, **_LINT, **_ERRORS}
