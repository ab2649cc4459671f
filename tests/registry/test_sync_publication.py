"""A published year between two laptops of a team over the real registry: the publication made
on one is on the other, which then shows the published figures and refuses to publish the year
again; what the colleague registers afterwards shows as changed since publication, a new
edition travels back, and the registry holds counts only."""

from __future__ import annotations

import pytest

from consultant_app.core.errors import ReportError
from consultant_app.core.reports.publication import figures
from tests.conftest import ISIK, MEHMET
from tests.registry.test_sync_cases import team  # noqa: F401  (the fixture)
from tests.registry.test_sync_devices import _sync_all

pytestmark = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def _helped(device, person: dict, day: str) -> None:
    client_id = device.casefile.add_client(person)
    device.casefile.add_contact(client_id, {"date": day, "kind": "intake",
                                            "location": "Kantoor Utrecht"})


def test_a_year_published_on_one_laptop_is_frozen_on_the_other(team, registry):  # noqa: F811
    anouk, youssef = team
    _helped(anouk, ISIK, "2025-03-04")
    published = anouk.workspace.reports.publish(2025)
    _sync_all(anouk, youssef)

    theirs = youssef.workspace.reports
    assert theirs.publications() == anouk.workspace.reports.publications()
    shown = theirs.annual(2025)
    assert shown["published"] == {"at": published["published_at"],
                                  "by": published["published_by"],
                                  "sha256": published["sha256"], "edition": 1}
    assert shown["changes_since_publication"] == []
    with pytest.raises(ReportError) as refused:
        theirs.publish(2025)
    assert refused.value.code == "report_already_published"

    _helped(youssef, MEHMET, "2025-11-20")  # registered after the year was published
    later = theirs.annual(2025)
    assert figures(later) == figures(shown)
    assert {"path": "clients.total", "published": 1, "now": 2} in later[
        "changes_since_publication"]

    again = theirs.publish(2025, again=True)
    _sync_all(youssef, anouk)
    mine = anouk.workspace.reports
    assert [(p["edition"], p["current"]) for p in mine.publications(2025)] == [
        (1, False), (2, True)]
    assert mine.annual(2025)["published"]["sha256"] == again["sha256"] != published["sha256"]
    assert mine.annual(2025)["changes_since_publication"] == []

    stored = registry.sql("SELECT fields FROM records WHERE entity = 'report_publications'")
    assert len(stored) == 2
    for (fields,) in stored:
        text = str(fields)
        assert "clients" in text
        assert not any(name in text for name in ("Işık", "Öztürk", "Mehmet", "Yıldız"))
