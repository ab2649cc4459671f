"""The registry's HTTP face: `create_app(database_url)` builds the FastAPI application of the sync
protocol (core.sync.protocol) over a Store, with the bearer-token check, the protocol-version
check, and error handlers that answer every refusal as {"code": ...} without echoing input.

Endpoints are plain functions (FastAPI runs them in its thread pool): the database drivers and
Argon2 are blocking, and each request holds one pooled connection for as long as it needs it.
(No `from __future__ import annotations` here: FastAPI reads the dependency annotations of the
route functions, which name objects local to the functions that define them.)
"""

import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from consultant_app import __version__
from consultant_app.core.sync.protocol import MAX_PAGE, PROTOCOL_HEADER, PROTOCOL_VERSION
from consultant_app.registry import Refusal, RegistryError, reports, sync
from consultant_app.registry.accounts import ACCESS_TTL, REFRESH_TTL, Accounts, Identity
from consultant_app.registry.limits import BodyLimit, MAX_BODY_BYTES, error_locations
from consultant_app.registry.models import (
    AnnualReport, ErrorBody, Health, LoginRequest, LoginResponse, Me, Page, PushRequest, PushResponse, Seq,
    Summary, TeamReports, TokenRequest, TokenResponse,
)
from consultant_app.registry.store import Store, is_demo, is_unavailable, mark_demo

log = logging.getLogger("consultant_app.registry")
SERVICE = "spreekuur-registry"

PUSH_PATH = "/v1/sync/push"
_BEARER = HTTPBearer(auto_error=False, description="an access token from /v1/login")

_ERROR = {"model": ErrorBody}
COMMON = {409: _ERROR, 413: _ERROR, 422: _ERROR, 503: _ERROR}
AUTHORISED = {**COMMON, 401: _ERROR}


def create_app(database_url: str, *, access_ttl: int = ACCESS_TTL,
               refresh_ttl: int = REFRESH_TTL, pool_size: int = 8,
               clock: Callable[[], float] = time.time,
               max_body_bytes: int = MAX_BODY_BYTES, demo: bool = False) -> FastAPI:
    """The registry over the database at `database_url` (opened and migrated now, so a wrong
    URL or an unreachable database fails here, before the server listens). A push may bring
    `max_body_bytes`, any other request limits.SMALL_BODY_BYTES. `demo` marks an empty database
    as a demo registry for good; login, token and health answers say whether it is one, and a
    device syncs a demo vault only with a demo registry (and a real one only with a real one)."""
    store = Store.open(database_url, pool_size=pool_size)
    with store.connection() as conn:
        if demo:
            mark_demo(conn)
        demo = is_demo(conn)
    accounts = Accounts(store, access_ttl=access_ttl, refresh_ttl=refresh_ttl, clock=clock)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="Spreekuur registry", version=__version__, lifespan=lifespan,
                  description="The central registry of the Spreekuur sync protocol "
                              f"(version {PROTOCOL_VERSION}).")
    app.state.store = store
    app.state.demo = demo
    app.add_middleware(BodyLimit, large={PUSH_PATH: max_body_bytes},
                       gate=_push_gate(accounts))
    _add_error_handlers(app)
    user = Annotated[Identity, Depends(_identity(accounts))]
    _add_account_routes(app, accounts, user, {"demo": demo})
    _add_sync_routes(app, store, user)
    _add_report_routes(app, store, user)
    _describe_protocol_header(app)
    return app


def protocol(version: Annotated[str | None, Header(
        alias=PROTOCOL_HEADER, description="the protocol version the device speaks")] = None,
) -> None:
    """409 protocol_mismatch unless the device speaks this server's protocol version."""
    if version != str(PROTOCOL_VERSION):
        raise Refusal(409, "protocol_mismatch", server_protocol=PROTOCOL_VERSION)


def _who(accounts: Accounts, credentials: HTTPAuthorizationCredentials | None) -> Identity:
    """The user of a bearer access token, else 401 unauthorized."""
    who = accounts.authenticate(credentials.credentials) if credentials else None
    if who is None:
        raise Refusal(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})
    return who


def _identity(accounts: Accounts) -> Callable[..., Identity]:
    """The dependency that turns a bearer access token into its user, else 401 unauthorized."""

    def identity(credentials: Annotated[HTTPAuthorizationCredentials | None,
                                        Depends(_BEARER)]) -> Identity:
        return _who(accounts, credentials)
    return identity


def _push_gate(accounts: Accounts) -> Callable[[dict], Any]:
    """What a push must show before its (large) body is read: the protocol version and a live
    access token, the same checks, in the same order, as the route's own; the answer that
    refuses it, else None."""

    async def gate(scope: dict) -> JSONResponse | None:
        request = Request(scope)
        try:
            protocol(request.headers.get(PROTOCOL_HEADER))
            await run_in_threadpool(_who, accounts, await _BEARER(request))
        except Refusal as error:
            return _refusal(error)
        except RegistryError as error:
            log.error("registry database unavailable (%s)", error.code)
            return _unavailable()
        return None
    return gate


def _add_account_routes(app: FastAPI, accounts: Accounts, user: Any,
                        kind: dict[str, bool]) -> None:
    """`kind` ({"demo": ...}) goes with every answer that starts or renews a session, so a
    device learns it before it sends anything."""
    checked = [Depends(protocol), _query_limited()]

    @app.get("/v1/health", response_model=Health, tags=["service"])
    def health() -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "service": SERVICE, "version": __version__,
                **kind}

    @app.post("/v1/login", response_model=LoginResponse, dependencies=checked,
              responses={**COMMON, 401: _ERROR, 429: _ERROR}, tags=["accounts"])
    def login(body: LoginRequest, request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else "unknown"
        return {**accounts.login(body.user, body.password, body.device_id, body.device_name,
                                 address), **kind}

    @app.post("/v1/token", response_model=TokenResponse, dependencies=checked,
              responses={**COMMON, 401: _ERROR}, tags=["accounts"])
    def token(body: TokenRequest) -> dict[str, Any]:
        return {**accounts.refresh(body.refresh_token), **kind}

    @app.post("/v1/logout", status_code=204, response_class=Response, dependencies=checked,
              responses=COMMON, tags=["accounts"])
    def logout(body: TokenRequest) -> Response:
        accounts.logout(body.refresh_token)
        return Response(status_code=204)

    @app.get("/v1/me", response_model=Me, dependencies=checked, responses=AUTHORISED,
             tags=["accounts"])
    def me(who: user) -> dict[str, Any]:
        return {"user": who.user, "team": who.team}


def _add_sync_routes(app: FastAPI, store: Store, user: Any) -> None:
    checked = [Depends(protocol), _query_limited()]

    @app.post(PUSH_PATH, response_model=PushResponse, dependencies=checked,
              responses=AUTHORISED, tags=["sync"])
    def push(body: PushRequest, who: user) -> dict[str, Any]:
        with store.connection() as conn:
            return sync.push(conn, who, body.device_id,
                             [c.model_dump() for c in body.changes],
                             [e.model_dump() for e in body.audit])

    @app.get("/v1/sync/changes", response_model=Page,
             dependencies=[Depends(protocol), _query_limited("since", "limit")],
             responses=AUTHORISED, tags=["sync"])
    def changes(who: user, since: Annotated[Seq, Query()] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = MAX_PAGE) -> dict[str, Any]:
        with store.connection() as conn:
            return sync.pull(conn, who, since, limit)

    @app.get("/v1/sync/summary", response_model=Summary, dependencies=checked,
             responses=AUTHORISED, tags=["sync"])
    def summary(who: user) -> dict[str, Any]:
        with store.connection() as conn:
            return sync.summary(conn, who)


def _add_report_routes(app: FastAPI, store: Store, user: Any) -> None:
    """The annual report's figures, counts only (core.sync.protocol documents the calls)."""
    year_query = Annotated[int, Query(ge=reports.FIRST_YEAR + 1, le=reports.LAST_YEAR)]
    team_query = Annotated[str | None, Query(min_length=1, max_length=64,
                                             pattern=r"^[\w.@-]+$")]
    refusals = {**AUTHORISED, 403: _ERROR, 404: _ERROR}

    @app.get("/v1/reports/annual", response_model=AnnualReport,
             dependencies=[Depends(protocol), _query_limited("year", "team")],
             responses=refusals, tags=["reports"])
    def annual(who: user, year: year_query, team: team_query = None) -> dict[str, Any]:
        with store.connection() as conn:
            return reports.annual(conn, who, year, team)

    @app.get("/v1/reports/annual/teams", response_model=TeamReports,
             dependencies=[Depends(protocol), _query_limited("year")],
             responses=refusals, tags=["reports"])
    def annual_teams(who: user, year: year_query) -> dict[str, Any]:
        with store.connection() as conn:
            return reports.all_teams(conn, who, year)


def _query_limited(*names: str) -> Any:
    """Unknown query parameters are refused, not ignored: the description says what a call
    takes, and a misspelt `since` must not silently mean 0."""
    def check(request: Request) -> None:
        if any(key not in names for key in request.query_params):
            raise Refusal(422, "invalid", fields=["query"])
    return Depends(check)


def _describe_protocol_header(app: FastAPI) -> None:
    """In the OpenAPI the protocol header is what the protocol says: required, and "1". The code
    takes it as optional text, so that a missing or other value gets 409 protocol_mismatch (which
    a device understands) rather than FastAPI's 422."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            for operation in (op for path in build()["paths"].values() for op in path.values()):
                for parameter in operation.get("parameters", []):
                    if parameter["in"] == "header" and parameter["name"] == PROTOCOL_HEADER:
                        parameter["required"] = True
                        parameter["schema"] = {"type": "string",
                                               "enum": [str(PROTOCOL_VERSION)]}
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _add_error_handlers(app: FastAPI) -> None:
    """Every error body is {"code": ...}; nothing the client sent is echoed (it may be a name)."""

    @app.exception_handler(Refusal)
    def refused(_: Request, error: Refusal) -> JSONResponse:
        return _refusal(error)

    @app.exception_handler(RequestValidationError)
    def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        return JSONResponse({"code": "invalid", "fields": error_locations(error.errors())},
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        if error.status_code == 400:  # a body FastAPI could not even read (not UTF-8...)
            return JSONResponse({"code": "invalid", "fields": ["body"]}, status_code=422)
        code = {404: "not_found", 405: "method_not_allowed",
                413: "too_large"}.get(error.status_code, "error")
        return JSONResponse({"code": code}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(RegistryError)
    def unavailable(_: Request, error: RegistryError) -> JSONResponse:
        log.error("registry database unavailable (%s)", error.code)
        return _unavailable()

    @app.exception_handler(Exception)
    def crashed(_: Request, error: Exception) -> JSONResponse:
        if is_unavailable(error):
            log.error("registry database unavailable (%s)", type(error).__name__)
            return JSONResponse({"code": "unavailable"}, status_code=503)
        # The type only: a message could quote a value from the request.
        log.error("internal error (%s)", type(error).__name__)
        return JSONResponse({"code": "internal"}, status_code=500)


def _refusal(error: Refusal) -> JSONResponse:
    return JSONResponse({"code": error.code, **error.extra}, status_code=error.status,
                        headers=error.headers)


def _unavailable() -> JSONResponse:
    return JSONResponse({"code": "unavailable"}, status_code=503)
