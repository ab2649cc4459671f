"""The device's HTTP connection to the registry (httpx): the calls of the protocol, and every
way they can fail turned into a SyncError the consultant can read.

Plain HTTP is refused unless the server is on this machine (a loopback address); HTTPS verifies
the certificate, against the system's store or an office CA file. Bodies are JSON; nothing
personal goes into a URL. A 401 on a sync call is answered once by refreshing the access token,
and a dropped connection by trying the call again (twice, after a pause): on a flaky link one
lost answer should not end a sync, and every sync call is safe to repeat.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from consultant_app import __version__
from consultant_app.core.errors import SyncError
from consultant_app.core.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, is_loopback

TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# Server codes the consultant can act on; anything else is reported with the HTTP status.
KNOWN_CODES = {"invalid", "forbidden", "too_large", "unavailable", "report_no_data"}
RETRY_PAUSES = (0.5, 1.5)  # seconds before the 2nd and 3rd try of a sync call


def check_server_url(url: str) -> str:
    """The registry's base URL, normalised; refuses plain HTTP to anything but loopback."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError("server_url_invalid")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncError("server_url_insecure")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class Transport:
    """One registry. `refresh` is called to get a new access token when the current one is
    refused; it returns the new token or raises SyncError('login_required')."""

    def __init__(self, server: str, *, ca_file: Path | None = None,
                 refresh: Callable[[], str] | None = None, timeout: httpx.Timeout = TIMEOUT,
                 sleep: Callable[[float], None] = time.sleep):
        self.server = check_server_url(server)
        verify: Any = True
        if ca_file is not None:
            if not Path(ca_file).is_file():
                raise SyncError("ca_file_missing")
            try:
                verify = ssl.create_default_context(cafile=str(ca_file))
            except (OSError, ssl.SSLError):
                raise SyncError("ca_file_unreadable") from None
        self._client = httpx.Client(
            base_url=self.server, verify=verify, timeout=timeout,
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                     "User-Agent": f"Spreekuur/{__version__}"})
        self._refresh = refresh
        self._sleep = sleep
        self._read_seconds = f"{timeout.read or 0:g}"
        self.access_token: str | None = None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- accounts ------------------------------------------------------------------------------
    def login(self, user: str, password: str, device_id: str, device_name: str) -> dict:
        return self._call("POST", "/v1/login", json={
            "user": user, "password": password, "device_id": device_id,
            "device_name": device_name})

    def refresh_access(self, refresh_token: str) -> dict:
        return self._call("POST", "/v1/token", json={"refresh_token": refresh_token},
                          expired_code="login_required")

    def logout(self, refresh_token: str) -> None:
        self._call("POST", "/v1/logout", json={"refresh_token": refresh_token})

    # -- sync ----------------------------------------------------------------------------------
    def push(self, device_id: str, changes: list[dict], audit: list[dict]) -> dict:
        return self._authorised("POST", "/v1/sync/push", json={
            "device_id": device_id, "changes": changes, "audit": audit})

    def pull(self, since: int, limit: int) -> dict:
        return self._authorised("GET", "/v1/sync/changes",
                                params={"since": since, "limit": limit})

    def summary(self) -> dict:
        return self._authorised("GET", "/v1/sync/summary")

    # -- reports -------------------------------------------------------------------------------
    def annual_report(self, year: int, team: str | None = None) -> dict:
        """The team's annual report computed by the registry (counts only); `team` another
        team's, for a coordinator."""
        params: dict[str, Any] = {"year": year, **({"team": team} if team else {})}
        return self._authorised("GET", "/v1/reports/annual", params=params)

    def annual_reports(self, year: int) -> dict:
        """Every team's annual report (a coordinator only): {year, source, teams}."""
        return self._authorised("GET", "/v1/reports/annual/teams", params={"year": year})

    # -- plumbing ------------------------------------------------------------------------------
    def _authorised(self, method: str, path: str, **kwargs: Any) -> dict:
        if self.access_token is None:
            self._renew()
        try:
            return self._retried(method, path, **kwargs)
        except SyncError as error:
            if error.code != "login_required":
                raise
        self._renew()
        return self._retried(method, path, **kwargs)

    def _retried(self, method: str, path: str, **kwargs: Any) -> dict:
        """A sync call, tried again after a dropped connection: every sync call is safe to
        repeat (a push is applied once per change id, a pull or summary only reads), and on a
        flaky link one lost answer should not end the whole sync."""
        for pause in RETRY_PAUSES:
            try:
                return self._call(method, path, **kwargs)
            except SyncError as error:
                if error.code != "registry_unreachable":
                    raise
            self._sleep(pause)
        return self._call(method, path, **kwargs)

    def _renew(self) -> None:
        if self._refresh is None:
            raise SyncError("login_required")
        self.access_token = self._refresh()

    def _call(self, method: str, path: str, expired_code: str = "login_required",
              **kwargs: Any) -> dict:
        headers = {"Authorization": f"Bearer {self.access_token}"} if self.access_token else {}
        try:
            response = self._client.request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as error:
            # Connection refused or reset, timeouts: "not reachable" for the consultant; what
            # was applied stays, the next sync resumes. A certificate this laptop does not
            # trust is said as such: it is for the office to fix, and it may be an attack.
            if _untrusted_certificate(error):
                raise SyncError("registry_certificate_untrusted") from None
            if isinstance(error, httpx.TimeoutException) and not isinstance(
                    error, httpx.ConnectTimeout):
                # Connected, but no answer in time: waiting three times as long helps no one.
                raise SyncError("registry_timeout", seconds=self._read_seconds) from None
            raise SyncError("registry_unreachable") from None
        if response.status_code == 204:
            return {}
        body = _json(response)
        if response.is_success and isinstance(body, dict):
            return body
        code = body.get("code") if isinstance(body, dict) else None
        if response.status_code == 401:
            raise SyncError("login_failed" if code == "login_failed" else expired_code)
        if code == "protocol_mismatch":
            raise SyncError("protocol_mismatch", server=body.get("server_protocol", "?"),
                            ours=PROTOCOL_VERSION)
        if code == "too_many_attempts":
            raise SyncError("too_many_attempts",
                            seconds=response.headers.get("Retry-After", "?"))
        if code in KNOWN_CODES:
            raise SyncError(f"registry_{code}")
        raise SyncError("registry_status", status=response.status_code)


def _untrusted_certificate(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
                seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
