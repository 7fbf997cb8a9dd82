"""The HTTP service: ``POST /clean``, ``POST /detect``, ``GET /health``, ``GET /version``; OpenAPI at ``/docs``.

An ASGI app on FastAPI (request and response models give validation and the OpenAPI schema for free),
served by uvicorn (``translit serve``). Each worker process loads the pipeline once, at start-up; requests
share it (a loaded pipeline is immutable and thread-safe). The endpoints are plain functions, so FastAPI
runs them in its thread pool and a long article never blocks ``/health``.

Errors are JSON, ``{"error": "one line"}``: 400 for a body that is not JSON, 413 for a body over the limit
(by Content-Length, or counted as it arrives), 422 for JSON of the wrong shape.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from translit import __version__, api
from translit.config import Config
from translit.errors import TranslitError
from translit.records import clean_report, detect_report
from translit.service import MAX_BODY_BYTES, SETTINGS_VARIABLE

#: Cleaned once at start-up, in each format, so that the parts of the pipeline built on first use (word
#: tables, the Markdown parser) are ready before the first request: without it that request took 2.3 s.
WARM_UP = (
    "Shelling resumed in Udong overnight, officials in Kiev said.\n\nHeavy fighting continued in Lugansk, "
    "the governor of Luhansk region said. Lai Qingde met He Jinli in Kramatorsk and Kramatorsk.\n\nRead more"
)


class Options(BaseModel):
    """Settings a request may change."""

    model_config = ConfigDict(extra="forbid")
    house_style: bool = Field(
        True, description="Apply house-style rewrites of valid spellings (Kiev -> Kyiv)."
    )


class Document(BaseModel):
    """One article: exactly one of ``text``, ``html`` or ``markdown``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"text": "Shelling resumed in Udong overnight, officials in Kiev said."}]
        },
    )
    text: str | None = Field(None, description="Plain text.")
    html: str | None = Field(
        None, description="HTML: only text nodes are cleaned; markup comes back as it is."
    )
    markdown: str | None = Field(
        None, description="Markdown: only text is cleaned; markup comes back as it is."
    )
    source: str | None = Field(
        None, description="The Chinese original of the whole text, for source-aware repair."
    )
    options: Options = Field(default=Options.model_validate({}), description="Settings for this request.")

    @model_validator(mode="after")
    def one_document(self) -> Document:
        given = [name for name in ("text", "html", "markdown") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of text, html or markdown (got {', '.join(given) or 'none'})")
        return self

    @property
    def input_format(self) -> str:
        return "text" if self.text is not None else "html" if self.html is not None else "markdown"

    @property
    def content(self) -> str:
        return next(value for value in (self.text, self.html, self.markdown) if value is not None)


class EditOut(BaseModel):
    start: int = Field(description="Code-point offset into the document as sent (into the markup for HTML).")
    end: int
    original: str
    replacement: str
    type: str
    rule: str
    reason: str
    score: float
    entry: str | None


class CandidateOut(BaseModel):
    replacement: str
    reason: str
    prior: float
    score: float | None
    entry: str | None
    references: int


class FindingOut(BaseModel):
    start: int
    end: int
    original: str
    type: str
    rule: str
    note: str
    candidates: list[CandidateOut]


class CleanOut(BaseModel):
    text: str = Field(description="The cleaned document, in the format it was sent in.")
    input: Literal["text", "html", "markdown"]
    edits: list[EditOut]
    skipped: list[FindingOut]


class DetectOut(BaseModel):
    input: Literal["text", "html", "markdown"]
    findings: list[FindingOut]


class Health(BaseModel):
    status: Literal["ok"]


class Version(BaseModel):
    version: str
    signature: str = Field(
        description="Everything that changes a result: version, rules, gazetteer, thresholds."
    )


def create_app(config: Config | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The service for ``config`` (the default config without one)."""
    base = config or Config()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        api.load_pipeline(base)  # once per worker, before the first request
        for input_format in ("text", "html", "markdown"):
            api.clean(WARM_UP, base, input=input_format)
        yield

    app = FastAPI(
        title="translit",
        version=__version__,
        summary="Post-edit machine-translated news: fix the artifacts translit is sure of, explain every fix.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    def config_for(document: Document) -> Config:
        return dataclasses.replace(base, house_style=document.options.house_style)

    @app.post("/clean", response_model=CleanOut, summary="Clean one article")
    def clean(document: Document) -> dict[str, object]:
        result = api.clean(
            document.content, config_for(document), input=document.input_format, source=document.source
        )
        return {"input": document.input_format, "text": result.text, **clean_report(result)}

    @app.post("/detect", response_model=DetectOut, summary="Report findings; change nothing")
    def detect(document: Document) -> dict[str, object]:
        findings = api.detect(
            document.content, config_for(document), input=document.input_format, source=document.source
        )
        return {"input": document.input_format, **detect_report(findings)}

    @app.get("/health", response_model=Health)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/version", response_model=Version)
    def version() -> dict[str, str]:
        return {"version": __version__, "signature": api.load_pipeline(base).signature()}

    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]  # also 404, 405
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(TranslitError, _translit_error)  # type: ignore[arg-type]
    return app


async def _http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"error": str(error.detail)}, status_code=error.status_code, headers=error.headers)


async def _validation_error(request: Request, error: RequestValidationError) -> JSONResponse:
    """400 for a body that is not JSON; 422, naming the field, for JSON of the wrong shape."""
    first = error.errors()[0]
    if first.get("type") == "json_invalid":
        return JSONResponse(
            {"error": f"the body is not valid JSON ({first.get('msg', '')})"}, status_code=400
        )
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
    message = str(first.get("msg", "invalid request")).removeprefix("Value error, ")
    return JSONResponse({"error": f"{where}: {message}" if where else message}, status_code=422)


async def _translit_error(request: Request, error: TranslitError) -> JSONResponse:
    return JSONResponse({"error": str(error)}, status_code=422)


Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class BodyLimit:
    """Refuse a request body over ``max_bytes`` with 413: by its Content-Length before reading anything, and
    by counting what arrives (a chunked body has no length), so that no large body is ever held in memory."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await JSONResponse({"error": self.message}, status_code=413)(scope, receive, send)
            return
        received = 0

        async def counted() -> MutableMapping[str, Any]:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise HTTPException(413, self.message)  # FastAPI turns it into the JSON reply
            return message

        await self.app(scope, counted, send)

    @property
    def message(self) -> str:
        return f"request body larger than {self.max_bytes} bytes; send one article per request"


def app_from_environment() -> FastAPI:
    """The app for the settings ``translit serve`` put in the environment (uvicorn's factory)."""
    settings = json.loads(os.environ.get(SETTINGS_VARIABLE, "{}"))
    config = Config(
        house_style=settings.get("house_style", True),
        glossaries=tuple(Path(path) for path in settings.get("glossaries", ())),
    )
    return create_app(config, settings.get("max_body_bytes", MAX_BODY_BYTES))
