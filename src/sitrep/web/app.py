"""The FastAPI app: a JSON API over the ledger and the page that uses it, served from one process.

Every list is paginated and bounded, every parameter validated (a bad one is a 400 with a
message), every ledger read runs on a cursor of a read-only snapshot of the file under a time limit
(see `access`), and storing documents is off unless the server was started with
`--allow-ingest --token TOKEN`.
"""

from __future__ import annotations

import gzip
import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from sitrep.errors import InputError, LedgerError, QueryError
from sitrep.ledger import Ledger, queries
from sitrep.records import MODES, PLOVER_TYPES, RawDocument
from sitrep.web import lookups, views
from sitrep.web.access import LedgerAccess, LedgerBusy, QueryTimeout
from sitrep.web.coding import Coder, raw_from_bytes, raw_from_text
from sitrep.web.guards import BodyLimit, SecurityHeaders
from sitrep.web.limits import (
    CODE_SECONDS,
    DEFAULT_PAGE,
    ID_PATTERN,
    MAX_BODY_BYTES,
    MAX_NETWORK_EDGES,
    MAX_PAGE,
    MAX_QUERY_CHARS,
    MAX_TITLE_CHARS,
)
from sitrep.web.models import (
    ActorPage,
    CodedDocumentOut,
    DocumentDetail,
    DocumentPage,
    DyadResponse,
    ErrorResponse,
    EventDetail,
    EventPage,
    ExtractRequest,
    IngestResponse,
    NetworkResponse,
)

STATIC = Path(str(files("sitrep.web").joinpath("static")))
LOCAL_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")

Limit = Annotated[int, Query(ge=0, le=MAX_PAGE, description=f"At most this many rows (0..{MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Skip this many rows first.")]
Day = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD.")]
ActorCode = Annotated[str | None, Query(max_length=12, description="Actor code (RUSGOV) or country (RUS).")]
Text = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS, description="Case-insensitive text search.")]
Id = Annotated[str, PathParam(pattern=ID_PATTERN, max_length=128)]

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "A parameter is invalid."},
    503: {"model": ErrorResponse, "description": "The ledger is being written by another process."},
    504: {"model": ErrorResponse, "description": "The query took too long."},
}

SUBMISSION_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {
                    "file": {"type": "string", "format": "binary", "description": "A text or HTML file."},
                    "title": {"type": "string"}, "published": {"type": "string", "format": "date"},
                }}},
        },
    },
}


def plotly_path() -> Path:
    """plotly.js as the pinned `plotly` package bundles it (the page loads nothing from elsewhere)."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


@cache
def plotly_gzipped() -> bytes:
    """plotly.js compressed once per process (4.8 MB; compressing it per request takes a second)."""
    return gzip.compress(plotly_path().read_bytes(), compresslevel=6)


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """Rows fetched with `limit + 1` as a page that says whether more follow."""
    return {"items": rows[:limit], "limit": limit, "offset": offset, "has_more": len(rows) > limit}


def _validation_message(exc: RequestValidationError | ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path", "header"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "invalid request"


def _check_bearer(request: Request, token: str | None) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if token is None or scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
        raise HTTPException(403, "a valid `Authorization: Bearer TOKEN` header is needed to add documents")


async def _submission(request: Request) -> RawDocument:
    """The raw document of an extract or ingest request: a JSON body or an uploaded file."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=4)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise InputError("send the article as a form field named `file`", "upload")
        name = Path(upload.filename or "upload").name[:100] or "upload"
        title, published = form.get("title"), form.get("published")
        if title is not None and (not isinstance(title, str) or len(title) > MAX_TITLE_CHARS):
            raise InputError(f"title must be text of at most {MAX_TITLE_CHARS} characters", name)
        if published is not None:
            if not isinstance(published, str):
                raise InputError("published must be a date, YYYY-MM-DD", name)
            try:
                published = date.fromisoformat(published).isoformat()
            except ValueError:
                raise InputError(f"bad published date {published!r}: use YYYY-MM-DD", name) from None
        data = await upload.read()
        return raw_from_bytes(data, f"upload:{name}", title=title or None, published=published or None)
    if content_type not in ("application/json", ""):
        raise HTTPException(415, "send JSON {\"text\": ...} or a multipart form with a `file`")
    try:
        body = ExtractRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise InputError(_validation_message(exc), "request") from None
    return raw_from_text(body.text, "request", title=body.title,
                         published=body.published.isoformat() if body.published else None)


def create_app(db_path: str | Path, allow_ingest: bool = False, token: str | None = None, *,
               pipeline: Any = None, allowed_hosts: tuple[str, ...] = LOCAL_HOSTS) -> FastAPI:
    """The web app over the ledger file `db_path` (read-only unless `allow_ingest` with a `token`)."""
    if allow_ingest and not token:
        raise ValueError("allowing ingest needs a token (--token)")
    path = Path(db_path)
    if not path.exists():
        if not allow_ingest:
            raise LedgerError("no such ledger; create it with `sitrep run PATH --db FILE`", str(path))
        Ledger(path).close()  # a new, empty ledger to add documents to
    access = LedgerAccess(path)
    # the first snapshot now, so the first request need not wait for the copy; if a writer holds
    # the file or it is broken, requests say so (503) until it can be taken
    with suppress(LedgerBusy):
        access.refresh()
    coder = Coder(pipeline)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()  # drop the snapshot copy in the temp folder

    app = FastAPI(
        title="sitrep", version="0.1.0",
        description="A sourced ledger of political events (PLOVER/CAMEO) coded from news reports.",
        # the docs pages load scripts from a CDN; the spec itself is at /api/openapi.json
        docs_url=None, redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.access = access

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, status_code=400)

    @app.exception_handler(QueryError)
    @app.exception_handler(InputError)
    async def bad_value(_: Request, exc: QueryError | InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(LedgerBusy)
    @app.exception_handler(LedgerError)
    async def busy(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"ledger unavailable: {exc}"}, status_code=503)

    @app.exception_handler(QueryTimeout)
    async def slow(_: Request, exc: QueryTimeout) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=504)

    # -- reading ---------------------------------------------------------------------------------
    @app.get("/api/info", tags=["meta"])
    def info() -> dict[str, Any]:
        """What the page needs to build its controls: event types, modes, limits, ingest status."""
        return {"types": list(PLOVER_TYPES), "modes": list(MODES), "max_page": MAX_PAGE,
                "max_body_bytes": MAX_BODY_BYTES, "allow_ingest": allow_ingest}

    @app.get("/api/events", response_model=EventPage, responses=ERRORS, tags=["events"])
    def list_events(source: ActorCode = None, target: ActorCode = None, actor: ActorCode = None,
                    type: Annotated[str | None, Query(max_length=20, description="PLOVER type.")] = None,
                    mode: Annotated[str | None, Query(max_length=20, description=", ".join(MODES))] = None,
                    since: Day = None, until: Day = None, q: Text = None,
                    limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Coded events matching the filters, oldest first, with their first evidence span."""
        rows = access.read(lambda led: queries.events(
            led.con, source=source, target=target, actor=actor, type=type, mode=mode, since=since,
            until=until, text=q, limit=limit + 1, offset=offset))
        return _page(rows, limit, offset)

    @app.get("/api/events/{event_id}", response_model=EventDetail, responses=ERRORS, tags=["events"])
    def get_event(event_id: Id) -> dict[str, Any]:
        """One event with every evidence span, its document and its cluster (other reports of it)."""
        def work(led: Ledger) -> dict[str, Any] | None:
            doc_id = lookups.event_document(led.con, event_id)
            doc = queries.document(led.con, doc_id) if doc_id else None
            if doc is None:
                return None
            event = next(e for e in doc["events_coded"] if e["id"] == event_id)
            cluster = lookups.cluster(led.con, event["cluster_id"]) if event.get("cluster_id") else None
            return {"event": event, "document": doc, "cluster": cluster}

        found = access.read(work)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return found

    @app.get("/api/documents", response_model=DocumentPage, responses=ERRORS, tags=["documents"])
    def list_documents(since: Day = None, until: Day = None, q: Text = None,
                       publisher: Annotated[str | None, Query(max_length=200)] = None,
                       limit: Limit = DEFAULT_PAGE, offset: Offset = 0) -> dict[str, Any]:
        """Stored documents (without text), newest last, with their event counts."""
        rows = access.read(lambda led: queries.documents(
            led.con, since=since, until=until, publisher=publisher, text=q, limit=limit + 1, offset=offset))
        return _page(rows, limit, offset)

    @app.get("/api/documents/{doc_id}", response_model=DocumentDetail, responses=ERRORS, tags=["documents"])
    def get_document(doc_id: Id) -> dict[str, Any]:
        """One document: its cleaned text, its events and every evidence span (offsets into the text)."""
        found = access.read(lambda led: queries.document(led.con, doc_id))
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return found

    @app.get("/api/actors", response_model=ActorPage, responses=ERRORS, tags=["actors"])
    def list_actors(country: ActorCode = None, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
                    ) -> dict[str, Any]:
        """Actors, most active first, with how often each acts and is acted on."""
        rows = access.read(lambda led: queries.actors(led.con, country=country))
        return _page(rows[offset:offset + limit + 1], limit, offset)

    @app.get("/api/dyad", response_model=DyadResponse, responses=ERRORS, tags=["actors"])
    def get_dyad(a: Annotated[str, Query(max_length=12, description="First actor (code or country).")],
                 b: Annotated[str, Query(max_length=12, description="Second actor (code or country).")],
                 by: Literal["day", "week", "month", "year"] = "month", since: Day = None, until: Day = None
                 ) -> dict[str, Any]:
        """What two actors did to each other per period: counts per type and a cooperation/conflict score."""
        periods = access.read(lambda led: views.dyad_periods(led, a, b, by=by, since=since, until=until))
        return {"a": a.strip().upper(), "b": b.strip().upper(), "by": by, "periods": periods}

    @app.get("/api/network", response_model=NetworkResponse, responses=ERRORS, tags=["actors"])
    def get_network(since: Day = None, until: Day = None,
                    limit: Annotated[int, Query(ge=1, le=MAX_NETWORK_EDGES)] = 200) -> dict[str, Any]:
        """The actor network's heaviest edges, with a spring layout computed on the server."""
        return access.read(lambda led: views.network_view(led, since=since, until=until, max_edges=limit))

    # -- coding and storing ----------------------------------------------------------------------
    async def code(raw: RawDocument) -> Any:
        try:
            with anyio.fail_after(CODE_SECONDS):
                return await anyio.to_thread.run_sync(coder.code, raw, abandon_on_cancel=True)
        except TimeoutError:
            raise HTTPException(504, f"coding took longer than {CODE_SECONDS:g} s") from None

    submission_errors = {**ERRORS, 413: {"model": ErrorResponse, "description": "The body is too large."}}

    @app.post("/api/extract", response_model=CodedDocumentOut, responses=submission_errors,
              openapi_extra=SUBMISSION_BODY, tags=["coding"])
    async def extract(request: Request) -> dict[str, Any]:
        """Code a text or file without storing it; the answer is `sitrep extract`'s JSON for it."""
        coded = await code(await _submission(request))
        return coded.public()

    @app.post("/api/documents", response_model=IngestResponse, openapi_extra=SUBMISSION_BODY,
              responses={**submission_errors, 403: {"model": ErrorResponse, "description": "Ingest is off."}},
              tags=["coding"])
    async def add_document(request: Request) -> dict[str, Any]:
        """Code a text or file and store it in the ledger (needs --allow-ingest and the bearer token)."""
        if not allow_ingest:
            raise HTTPException(403, "this server is read-only; start it with --allow-ingest --token TOKEN")
        _check_bearer(request, token)
        coded = await code(await _submission(request))
        stored = await anyio.to_thread.run_sync(lambda: access.write(lambda led: led.store(coded)))
        return {"id": coded.document.id, "stored": stored, "events": len(coded.events)}

    # -- the page --------------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js(request: Request) -> Response:
        headers = {"cache-control": "max-age=86400", "vary": "accept-encoding"}
        if "gzip" in request.headers.get("accept-encoding", ""):
            return Response(plotly_gzipped(), media_type="text/javascript",
                            headers={**headers, "content-encoding": "gzip"})
        return FileResponse(plotly_path(), media_type="text/javascript", headers=headers)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app
