"""Synthetic people and changes for the registry tests: consultants of two teams, and clients
with Turkish, Moroccan, Surinamese and Bosnian names (never real persons)."""

from __future__ import annotations

import uuid
from typing import Any

PASSWORD = "spreekuur-test-wachtwoord"
NOORD, ZUID = "noord", "zuid"
# name -> team; anouk and bram cover each other's hours, chantal works for another office.
CONSULTANTS = {"anouk": NOORD, "bram": NOORD, "chantal": ZUID}

ISIK = {"given_names": "Işık", "surname": "Öztürk", "birth_date": "1961-03-05",
        "country_of_birth": "TR", "phone": "06-12345678"}
FATIMA = {"given_names": "Fatima", "surname": "El Amrani", "birth_date": "1958-11-02",
          "country_of_birth": "MA"}
RAMDIN = {"given_names": "Ramdin", "surname": "Sewnarain", "birth_date": "1949-06-17",
          "country_of_birth": "SR"}
AMRA = {"given_names": "Amra", "surname": "Hadžić", "birth_date": "1972-01-23",
        "country_of_birth": "BA"}


def new_id() -> str:
    return str(uuid.uuid4())


def change(entity: str, row_id: str, op: str, fields: dict[str, Any] | None = None,
           base: dict[str, Any] | None = None, base_version: int | None = None,
           change_id: str | None = None) -> dict[str, Any]:
    return {"change_id": change_id or new_id(), "entity": entity, "row_id": row_id, "op": op,
            "base_version": base_version, "fields": fields or {}, "base": base or {}}


def create(entity: str, fields: dict[str, Any], row_id: str | None = None) -> dict[str, Any]:
    return change(entity, row_id or new_id(), "create", fields)


def update(entity: str, row_id: str, fields: dict[str, Any], base: dict[str, Any],
           base_version: int) -> dict[str, Any]:
    return change(entity, row_id, "update", fields, base, base_version)


def delete(entity: str, row_id: str, base_version: int) -> dict[str, Any]:
    return change(entity, row_id, "delete", base_version=base_version)


def note(client_id: str, text: str) -> dict[str, Any]:
    return create("notes", {"client_id": client_id, "text": text})


def push(api: Any, changes: list[dict[str, Any]], audit: list[dict[str, Any]] | None = None,
         device_id: str = "device-test") -> dict[str, Any]:
    """Push and return the answer, asserting a 200."""
    response = api.post("/v1/sync/push", json={"device_id": device_id, "changes": changes,
                                               "audit": audit or []})
    assert response.status_code == 200, response.text
    return response.json()


def pull_all(api: Any, since: int = 0, limit: int = 2000) -> tuple[list[dict[str, Any]], int]:
    """Every row after `since`, page by page; returns (rows, cursor)."""
    rows: list[dict[str, Any]] = []
    while True:
        response = api.get("/v1/sync/changes", params={"since": since, "limit": limit})
        assert response.status_code == 200, response.text
        page = response.json()
        rows += page["rows"]
        since = page["next"]
        if not page["more"]:
            return rows, since
