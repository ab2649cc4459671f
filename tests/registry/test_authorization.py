"""Who may do what on the registry: an authorisation matrix per endpoint (owner, colleague of the
same team, other team, anonymous, expired token, revoked token, disabled user), and the shape of
every refusal."""

from __future__ import annotations

from typing import Any

import pytest

from consultant_app.registry.accounts import token_hash
from tests.registry.people import (
    ISIK, NOORD, PASSWORD, ZUID, create, new_id, note, pull_all, push, update,
)

PRINCIPALS = ("owner", "colleague", "other_team", "anonymous", "expired", "revoked", "disabled")
REFUSED = {"anonymous": (401, "unauthorized"), "expired": (401, "unauthorized"),
           "revoked": (401, "unauthorized"), "disabled": (401, "unauthorized")}


class World:
    """Team noord (anouk owns a client, bram is her colleague, daan will be disabled), team zuid
    (chantal), and one token pair per principal."""

    def __init__(self, registry):
        self.registry = registry
        for name, team in (("anouk", NOORD), ("bram", NOORD), ("chantal", ZUID),
                           ("daan", NOORD)):
            registry.add_user(name, team, PASSWORD)
        login = registry.login
        self.tokens: dict[str, dict[str, Any] | None] = {
            "owner": login("anouk", PASSWORD), "colleague": login("bram", PASSWORD),
            "other_team": login("chantal", PASSWORD), "anonymous": None,
            "expired": login("anouk", PASSWORD), "revoked": login("anouk", PASSWORD),
            "disabled": login("daan", PASSWORD)}
        expired = self.tokens["expired"]
        for token in (expired["access_token"], expired["refresh_token"]):
            registry.execute("UPDATE tokens SET expires_at = 0 WHERE token_hash = ?",
                             (token_hash(token),))
        with registry.client() as api:
            assert api.post("/v1/logout", json={
                "refresh_token": self.tokens["revoked"]["refresh_token"]}).status_code == 204
        registry.disable_user("daan")
        self.client_id = new_id()
        with self.api("owner") as api:
            push(api, [create("clients", ISIK, self.client_id), note(self.client_id, "Intake")])

    def api(self, principal: str):
        tokens = self.tokens[principal]
        return self.registry.client(tokens["access_token"] if tokens else None)

    def matrix(self, probe) -> dict[str, Any]:
        """What `probe(api, principal)` sees for every principal: the probe's own summary of a
        200, else (status, code)."""
        seen = {}
        for principal in PRINCIPALS:
            with self.api(principal) as api:
                seen[principal] = probe(api, principal)
        return seen


@pytest.fixture
def world(registry) -> World:
    return World(registry)


def _refusal(response) -> tuple[int, str]:
    return response.status_code, response.json().get("code")


def test_only_the_team_may_change_its_clients(world):
    def probe(api, principal):
        # Two columns, so the owner and a colleague do not conflict.
        fields = ({"language": principal} if principal == "owner"
                  else {"email": f"{principal}@example.org"})
        response = api.post("/v1/sync/push", json={"device_id": principal, "changes": [
            update("clients", world.client_id, fields, {}, 1)]})
        if response.status_code != 200:
            return _refusal(response)
        result = response.json()["results"][0]
        return result["status"] if result["status"] != "rejected" else result["reason"]

    assert world.matrix(probe) == {"owner": "applied", "colleague": "merged",
                                   "other_team": "not_permitted", **REFUSED}


def test_only_the_team_pulls_its_clients(world):
    def probe(api, principal):
        response = api.get("/v1/sync/changes", params={"since": 0})
        if response.status_code != 200:
            return _refusal(response)
        return sorted(row["entity"] for row in response.json()["rows"])

    assert world.matrix(probe) == {"owner": ["clients", "notes"],
                                   "colleague": ["clients", "notes"], "other_team": [],
                                   **REFUSED}


def test_only_the_team_sees_its_clients_in_the_summary(world):
    def probe(api, principal):
        response = api.get("/v1/sync/summary")
        if response.status_code != 200:
            return _refusal(response)
        body = response.json()
        return body["head"], body["entities"]["clients"]["count"]

    assert world.matrix(probe) == {"owner": (2, 1), "colleague": (2, 1), "other_team": (0, 0),
                                   **REFUSED}


def test_me_names_the_user_of_the_token(world):
    def probe(api, principal):
        response = api.get("/v1/me")
        return response.json() if response.status_code == 200 else _refusal(response)

    assert world.matrix(probe) == {
        "owner": {"user": "anouk", "team": "noord"}, "colleague": {"user": "bram", "team": "noord"},
        "other_team": {"user": "chantal", "team": "zuid"}, **REFUSED}


def test_a_session_is_refreshed_only_while_it_lives(world):
    def probe(api, principal):
        tokens = world.tokens[principal]
        refresh = tokens["refresh_token"] if tokens else "not-a-token-of-this-registry"
        response = api.post("/v1/token", json={"refresh_token": refresh})
        if response.status_code != 200:
            return _refusal(response)
        with world.registry.client(response.json()["access_token"]) as fresh:
            return fresh.get("/v1/me").json()["user"]

    expired = (401, "session_expired")
    assert world.matrix(probe) == {
        "owner": "anouk", "colleague": "bram", "other_team": "chantal", "anonymous": expired,
        "expired": expired, "revoked": expired, "disabled": expired}


def test_logout_revokes_the_refresh_token_and_its_access_tokens(world):
    api = world.api("colleague")
    refresh = world.tokens["colleague"]["refresh_token"]
    renewed = api.post("/v1/token", json={"refresh_token": refresh}).json()["access_token"]

    assert api.post("/v1/logout", json={"refresh_token": refresh}).status_code == 204

    with world.registry.client(renewed) as other:
        assert _refusal(other.get("/v1/me")) == (401, "unauthorized")
    assert _refusal(api.get("/v1/me")) == (401, "unauthorized")
    assert _refusal(api.post("/v1/token", json={"refresh_token": refresh})) == (
        401, "session_expired")
    api.close()


def test_disabling_a_user_ends_their_sessions_at_once(world):
    owner = world.api("owner")
    assert owner.get("/v1/me").status_code == 200
    world.registry.disable_user("anouk")
    assert _refusal(owner.get("/v1/sync/changes")) == (401, "unauthorized")
    assert world.registry.sql("SELECT count(*) FROM tokens WHERE user_name = 'anouk' "
                              "AND revoked = 0") == [(0,)]
    with world.registry.client() as api:
        response = api.post("/v1/login", json={"user": "anouk", "password": PASSWORD,
                                               "device_id": "d", "device_name": "laptop"})
    assert _refusal(response) == (401, "login_failed")
    owner.close()


def test_tokens_are_stored_only_as_their_hashes(world):
    stored = repr(world.registry.sql("SELECT * FROM tokens"))
    tokens = [t for pair in world.tokens.values() if pair
              for t in (pair["access_token"], pair["refresh_token"])]
    assert len(tokens[0]) >= 43  # 32 random bytes, base64
    assert [t for t in tokens if t in stored] == []
    assert all(token_hash(t) in stored for t in tokens)
    pulled, _ = pull_all(world.api("owner"))
    assert len(pulled) == 2
