"""Behaviour of the synthetic demo-data generator; each check is written independently of it."""

from __future__ import annotations

import datetime
from types import SimpleNamespace
import re
import unicodedata
import uuid
from itertools import islice

import pytest

from consultant_app.core import demo
from consultant_app.core.domain import vocabulary

TODAY = datetime.date(2024, 6, 1)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return list(demo.generate(3000, seed=11, today=TODAY))


@pytest.fixture(scope="module")
def clients(records) -> list[dict]:
    return [r for r in records if r["type"] == "client"]


def people(client: dict):
    yield client
    if "partner" in client:
        yield client["partner"]
    yield from client.get("children", [])


def elfproef(bsn: str) -> bool:
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(bsn, weights, strict=True)) % 11 == 0


def iban_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(ord(c) - 55) if c.isalpha() else c for c in rearranged)
    return iban.isalnum() and iban.isupper() and int(number) % 97 == 1


def parse_date(value: str) -> datetime.date:
    assert ISO_DATE.match(value), value
    return datetime.date.fromisoformat(value)


def test_same_seed_gives_identical_output_and_another_seed_differs():
    first = list(demo.generate(200, seed=5, today=TODAY))
    again = list(demo.generate(200, seed=5, today=TODAY))
    other = list(demo.generate(200, seed=6, today=TODAY))
    assert first == again
    assert first != other
    assert {r["id"] for r in first if r["type"] == "client"}.isdisjoint(
        r["id"] for r in other if r["type"] == "client")


def test_yields_the_requested_number_of_clients_with_unique_uuid4_ids(clients):
    assert len(clients) == 3000
    ids = [c["id"] for c in clients]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_every_contact_and_note_refers_to_an_earlier_client(records):
    seen: set[str] = set()
    counts = {"client": 0, "contact": 0, "note": 0}
    for record in records:
        counts[record["type"]] += 1
        if record["type"] == "client":
            seen.add(record["id"])
        else:
            assert record["client_id"] in seen
    # the default means (2 contacts, 4 notes) hold roughly
    assert 1.8 < counts["contact"] / counts["client"] < 2.2
    assert 3.7 < counts["note"] / counts["client"] < 4.3


def test_every_generated_bsn_passes_the_elfproef_and_is_unique(clients):
    bsns = [p["bsn"] for c in clients for p in people(c) if "bsn" in p]
    assert bsns and all(elfproef(b) for b in bsns)
    assert len(set(bsns)) == len(bsns)
    share = sum("bsn" in c for c in clients) / len(clients)
    assert 0.8 < share < 0.9  # about 85% of clients have one; the rest must still be importable


def test_independent_elfproef_agrees_with_domain_examples():
    assert elfproef("123456782") and elfproef("111222333")
    assert not elfproef("123456789") and not elfproef("000000000")


def test_independent_iban_check_accepts_published_examples():
    assert iban_ok("TR330006100519786457841326") and iban_ok("BA391290079401028494")
    assert not iban_ok("TR330006100519786457841327")


def test_turkish_and_bosnian_ibans_pass_mod97_with_the_right_length(clients):
    ibans = [c["bank_abroad"]["iban"] for c in clients if "iban" in c.get("bank_abroad", {})]
    countries = {i[:2] for i in ibans}
    assert countries == {"TR", "BA"}
    for iban in ibans:
        assert len(iban) == {"TR": 26, "BA": 20}[iban[:2]], iban
        assert iban[2:].isdigit() and iban_ok(iban), iban


def test_moroccan_accounts_are_24_digit_ribs_without_iban(clients):
    moroccan = [c["bank_abroad"] for c in clients
                if "bank_abroad" in c and c.get("destination", {}).get("country") == "MA"]
    assert moroccan
    for account in moroccan:
        assert "iban" not in account
        assert re.fullmatch(r"\d{24}", account["account_number"])
        assert re.fullmatch(r"[A-Z]{4}MA[A-Z0-9]{2}", account["bic"])


def test_surinamese_accounts_have_account_number_and_bic(clients):
    surinamese = [c["bank_abroad"] for c in clients
                  if "bank_abroad" in c and c.get("destination", {}).get("country") == "SR"]
    assert surinamese
    for account in surinamese:
        assert "iban" not in account
        assert account["account_number"].isdigit()
        assert re.fullmatch(r"[A-Z]{4}SR[A-Z0-9]{2}", account["bic"])


def test_names_are_nfc(clients):
    names = [p[k] for c in clients for p in people(c) for k in ("given_names", "surname")]
    assert all(unicodedata.is_normalized("NFC", n) and n.strip() == n and n for n in names)
    assert any(not n.isascii() for n in names)  # the mix really contains ı, ş, ć, đ...


@pytest.mark.parametrize("seed,count", [(2016, 50), (1, 50), (99, 400)])
def test_demo_spellings_appear_among_the_first_50_clients(seed, count):
    first = [r for r in islice(demo.generate(count, seed=seed, today=TODAY), 100_000)
             if r["type"] == "client"][:50]
    pairs = {(c["given_names"], c["surname"]) for c in first}
    surnames = {c["surname"] for c in first}
    assert ("Işık", "Öztürk") in pairs
    assert {"Yılmaz", "El Amrani", "El-Amrani"} <= surnames


def test_dates_are_real_iso_dates_and_arrival_is_after_birth(clients, records):
    for c in clients:
        birth = parse_date(c["birth_date"])
        assert datetime.date(1930, 1, 1) < birth < TODAY
        if "arrival_date" in c:
            arrival = parse_date(c["arrival_date"])
            assert birth < arrival <= TODAY
        for benefit in c.get("benefits", []):
            assert birth < parse_date(benefit["since"]) <= TODAY
            assert benefit["payer"] in ("SVB", "UWV") or benefit["payer"].startswith("gemeente")
        if "residence_permit" in c:
            parse_date(c["residence_permit"]["valid_until"])
        if "planned_departure" in c.get("destination", {}):
            departure = parse_date(c["destination"]["planned_departure"])
            assert abs((departure - TODAY).days) <= 2 * 366
        for person in people(c):
            assert parse_date(person["birth_date"]) < TODAY
    for r in records:
        if r["type"] == "contact":
            assert 0 < (TODAY - parse_date(r["date"])).days <= 3 * 366


def test_most_clients_arrived_as_adults_and_are_aged_50_to_80(clients):
    def years(a: datetime.date, b: datetime.date) -> int:
        return b.year - a.year - ((b.month, b.day) < (a.month, a.day))

    with_arrival = [c for c in clients if "arrival_date" in c]
    adults = sum(years(parse_date(c["birth_date"]), parse_date(c["arrival_date"])) >= 18
                 for c in with_arrival)
    assert adults / len(with_arrival) > 0.85
    aged = sum(50 <= years(parse_date(c["birth_date"]), TODAY) <= 80 for c in clients)
    assert aged / len(clients) > 0.75


def test_origin_mix_follows_the_2016_figures(clients):
    origin = {"TR": 0, "SR": 0, "MA": 0}
    for c in clients:
        country = c.get("destination", {}).get("country") or c.get("country_of_birth")
        if c.get("country_of_birth") == "NL":
            country = "SR"  # the Dutch-born clients are of Surinamese background
        if country in origin:
            origin[country] += 1
    assert 0.50 < origin["TR"] / len(clients) < 0.62
    assert 0.10 < origin["SR"] / len(clients) < 0.20
    assert 0.08 < origin["MA"] / len(clients) < 0.16


def test_addresses_phones_and_emails_have_valid_formats(clients):
    for c in clients:
        if "address" in c:
            postcode = c["address"]["postcode"]
            assert re.fullmatch(r"[1-9]\d{3} [A-Z]{2}", postcode), postcode
            assert postcode[-2:] not in ("SA", "SD", "SS")
            assert c["address"]["street"] and c["address"]["city"]
            assert re.fullmatch(r"\d+( [A-D]|-bis|-\w+)?", c["address"]["house_number"])
        if "phone" in c:
            assert re.fullmatch(r"\+31\d{9}", c["phone"]), c["phone"]
        if "email" in c:
            assert re.fullmatch(r"[a-z0-9.]+@[a-z.]+\.(com|nl)", c["email"]), c["email"]


def test_residence_permits_only_for_clients_without_dutch_nationality(clients):
    for c in clients:
        if "residence_permit" in c:
            assert "NL" not in c.get("nationalities", [])
            assert re.fullmatch(r"[A-Z]\d{7}", c["residence_permit"]["number"])


def test_contacts_use_the_shared_vocabularies(records):
    contacts = [r for r in records if r["type"] == "contact"]
    for r in contacts:
        if r["channel"] in ("telefoon", "buitenland"):  # held at no spreekuur: no location
            assert "location" not in r
        else:
            assert r["location"] in vocabulary.LOCATIONS and r["location"] != "Telefonisch"
        assert r["kind"] in vocabulary.CONTACT_KINDS
        assert r["channel"] in vocabulary.CHANNELS
        assert r["topics"] and set(r["topics"]) <= set(vocabulary.TOPICS)
        assert 10 <= r["duration_minutes"] <= 90
        assert r["language"] in vocabulary.LANGUAGES
        assert isinstance(r["interpreter"], bool)
    assert {r["kind"] for r in contacts} == set(vocabulary.CONTACT_KINDS)
    assert demo.LOCATIONS is vocabulary.LOCATIONS and demo.TOPICS is vocabulary.TOPICS


def test_notes_are_varied_dutch_sentences(records):
    notes = [r["text"] for r in records if r["type"] == "note"]
    sentences = {s for n in notes for s in re.split(r"(?<=\.) ", n)}
    words = {w for n in notes for w in re.findall(r"\w+", n.lower())}
    assert len(sentences) > 1000 and len(words) > 400
    assert all(n and n[0].isupper() and n.endswith(".") and "{" not in n for n in notes)
    assert all(unicodedata.is_normalized("NFC", n) for n in notes)


def test_counts_follow_the_requested_means():
    records = list(demo.generate(300, seed=3, today=TODAY, notes_per_client=0,
                                 contacts_per_client=0))
    assert [r["type"] for r in records] == ["client"] * 300
    assert list(demo.generate(0, today=TODAY)) == []


def _without_ids(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("id", "client_id")} for r in records]


def test_a_salt_changes_the_ids_and_nothing_else():
    plain = list(demo.generate(100, seed=2016, today=TODAY))
    one = list(demo.generate(100, seed=2016, today=TODAY, id_salt="vault-one"))
    two = list(demo.generate(100, seed=2016, today=TODAY, id_salt="vault-two"))
    assert _without_ids(one) == _without_ids(two) == _without_ids(plain)
    ids = [{r["id"] for r in rs if r["type"] == "client"} for rs in (plain, one, two)]
    assert all(len(i) == 100 for i in ids)
    assert ids[0].isdisjoint(ids[1]) and ids[1].isdisjoint(ids[2]) and ids[0].isdisjoint(ids[2])
    assert all(uuid.UUID(i).version == 4 for i in ids[1])
    assert one == list(demo.generate(100, seed=2016, today=TODAY, id_salt="vault-one"))


def test_planned_departures_lie_after_the_day_the_demo_is_made(clients):
    planned = [parse_date(c["destination"]["planned_departure"]) for c in clients
               if "planned_departure" in c.get("destination", {})]
    assert len(planned) > len(clients) * 0.2
    assert all(d > TODAY for d in planned)


def _complete(client: dict) -> bool:
    return (all(key in client for key in ("bsn", "address", "phone", "benefits", "bank_abroad"))
            and parse_date(client["destination"]["planned_departure"]) > TODAY)


@pytest.mark.parametrize("seed", [2016, 1, 99])
def test_the_named_demo_clients_have_a_complete_file(seed):
    """The names a demo opens first (Işık Öztürk, El Amrani) show every part of a file."""
    first = [r for r in demo.generate(50, seed=seed, today=TODAY) if r["type"] == "client"]
    isik = [c for c in first if (c["given_names"], c["surname"]) == ("Işık", "Öztürk")]
    amrani = [c for c in first if c["surname"] == "El Amrani"]
    assert any(_complete(c) and iban_ok(c["bank_abroad"]["iban"]) for c in isik)
    assert any(_complete(c) and re.fullmatch(r"\d{24}", c["bank_abroad"]["account_number"])
               for c in amrani)


# -- remigratie cases (generate(cases=True)) ----------------------------------------------------

CLOSED_ON = datetime.date(2025, 1, 1)  # the scheme takes no applications from this day
AFTER_CLOSURE = datetime.date(2026, 12, 7)
STATES = ("open", "ingediend", "toegekend", "afgewezen", "vertrokken", "geschorst",
          "ingetrokken", "beeindigd", "teruggekeerd")


def _with_cases(today: datetime.date, count: int = 3000, seed: int = 11) -> tuple[list, dict]:
    """The records, and per case: (client, case, [(kind, date)])."""
    records = list(demo.generate(count, seed=seed, today=today, cases=True))
    found, client = {}, None
    for record in records:
        if record["type"] == "client":
            client = record
        elif record["type"] == "case":
            assert record["client_id"] == client["id"]  # right after its client
            found[record["id"]] = (client, record, [])
        elif record["type"] == "case_event":
            assert record["case_id"] in found
            found[record["case_id"]][2].append((record["kind"], parse_date(record["date"])))
    return records, found


@pytest.fixture(scope="module", params=[TODAY, AFTER_CLOSURE], ids=["before", "after-closure"])
def demo_cases(request):
    records, found = _with_cases(request.param)
    return request.param, records, found


def _state(events) -> str:
    from consultant_app.core.cases import states

    return states.state_after(kind for kind, _ in events)


def test_cases_come_in_every_state_for_a_few_percent_of_the_clients(demo_cases):
    today, records, found = demo_cases
    clients = sum(r["type"] == "client" for r in records)
    assert clients == 3000
    assert {_state(events) for _, _, events in found.values()} == set(STATES)
    assert 0.01 < len(found) / clients < 0.06
    assert len({case["client_id"] for _, case, _ in found.values()}) == len(found)


def test_case_dates_follow_the_scheme_and_lie_before_today(demo_cases):
    """Applied 2015-2024 (never from the closure on), awarded or refused after applying,
    left within six months of the award, and everything before the day the demo is made."""
    from consultant_app.core.cases import states
    from consultant_app.core.domain.dates import add_months

    today, _, found = demo_cases
    for client, case, events in found.values():
        opened = parse_date(case["opened_at"])
        assert case["scheme"] == "remigratiewet"
        assert opened < today
        # the state machine takes the history as it stands
        states.check_history(SimpleNamespace(kind=kind, date=day.isoformat())
                             for kind, day in events)
        state = _state(events)
        when = {kind: day for kind, day in events if kind not in states.RECORDS}
        if not events:
            assert opened < CLOSED_ON
            continue
        applied = when["ingediend"]
        assert datetime.date(2015, 1, 1) <= applied < CLOSED_ON and opened <= applied
        assert all(applied <= day < today for _, day in events)
        if "toegekend" in when:
            award = when["toegekend"]
            # a few months after applying; a case still waiting for the departure may have had
            # its award only after an objection
            assert 30 <= (award - applied).days <= (1000 if state == "toegekend" else 150)
        if "afgewezen" in when:
            assert 30 <= (when["afgewezen"] - applied).days <= 200
        if "vertrokken" in when:
            assert when["toegekend"] < when["vertrokken"] <= add_months(when["toegekend"], 6)
        if state == "ingetrokken" and "toegekend" in when:  # not left within the six months
            assert when["ingetrokken"] > add_months(when["toegekend"], 6)


def test_clients_abroad_sent_a_life_certificate_a_year_and_a_few_are_overdue(demo_cases):
    from consultant_app.core.domain.dates import add_months

    today, _, found = demo_cases
    abroad = [events for _, _, events in found.values()
              if _state(events) in ("vertrokken", "geschorst")]
    overdue = 0
    for events in abroad:
        left = dict(events)["vertrokken"]
        received = [day for kind, day in events if kind == "levensbewijs_ontvangen"]
        # one a year, a few weeks before each anniversary of the departure
        for year, day in enumerate(received, start=1):
            assert 5 <= (add_months(left, 12 * year) - day).days <= 40
        overdue += add_months(left, 12 * (len(received) + 1)) < today
    assert abroad and sum(1 for e in abroad if len(e) > 3) > len(abroad) / 2
    assert 0 < overdue < len(abroad) / 3  # a few to chase, not most


def test_no_application_after_the_scheme_closed():
    _, found = _with_cases(datetime.date(2031, 3, 1), count=2000, seed=5)
    applied = [dict(events)["ingediend"] for _, _, events in found.values() if events]
    assert applied and max(applied) <= datetime.date(2024, 12, 31)
    opened = [parse_date(case["opened_at"]) for _, case, _ in found.values()]
    assert max(opened) < CLOSED_ON


def test_only_plausibly_eligible_clients_have_a_case(demo_cases):
    """55 or older on applying, born in a country of origin, there for eight years and more;
    and the scheme's own rules find nothing that rules them out on that day."""
    from consultant_app.core.rules.evaluate import NOT_ELIGIBLE, evaluate
    from consultant_app.core.rules.library import RuleLibrary

    pack = RuleLibrary.for_data_dir(None).get("remigratiewet")
    _, _, found = demo_cases
    for client, case, events in found.values():
        applied = dict(events).get("ingediend", parse_date(case["opened_at"]))
        born = parse_date(client["birth_date"])
        age = applied.year - born.year - ((applied.month, applied.day) < (born.month, born.day))
        assert age >= 55
        assert client["country_of_birth"] in {"TR", "MA", "SR", "BA"}
        if "arrival_date" in client:
            arrived = parse_date(client["arrival_date"])
            assert (applied - arrived).days >= 8 * 365
        assert evaluate(pack, client, applied).verdict != NOT_ELIGIBLE


def test_the_file_follows_the_case_departure(demo_cases):
    """Gone: the destination is the country of origin and no departure is planned any more.
    Awarded and still here: the planned departure lies ahead, within six months of the award."""
    from consultant_app.core.domain.dates import add_months

    today, _, found = demo_cases
    for client, _, events in found.values():
        state, when = _state(events), dict(events)
        destination = client.get("destination", {})
        if "vertrokken" in when:
            assert destination["country"] == client["country_of_birth"]
            assert "planned_departure" not in destination
        if state == "toegekend":
            planned = parse_date(destination["planned_departure"])
            assert today < planned <= add_months(when["toegekend"], 6)


def test_cases_follow_the_seed():
    first = list(demo.generate(500, seed=4, today=AFTER_CLOSURE, cases=True))
    assert first == list(demo.generate(500, seed=4, today=AFTER_CLOSURE, cases=True))
    assert any(r["type"] == "case" for r in first)
