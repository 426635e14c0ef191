"""HTTP errors: one JSON shape, rendered by one handler.

Every error the API or the web UI returns has the body
``{"ok": false, "error": "<one line>", "errors": {field: message}, "status": <code>}``.
``/api/...`` paths (and clients asking for JSON) get it as JSON; web pages get
the same fields rendered as an HTML page, so a URL and its JSON twin fail alike.

    ApiError(status, message, errors)   raised by our routes
    PesquisaError                       NotFoundError -> 404, RefusedError -> 422, any other -> 400
    RequestValidationError              422, with field -> message
    StarletteHTTPException              its own status (404 for unknown routes, 405 ...)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from pesquisa.errors import NotFoundError, PesquisaError, RefusedError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An HTTP error with a status, a one-line message and field -> message detail."""

    def __init__(self, status: int, message: str, *, errors: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or {}
        self.headers = headers


def error_body(status: int, message: str, errors: dict[str, str] | None = None) -> dict:
    """The one error shape: ``ok``, ``error``, ``errors``, ``status``."""
    return {"ok": False, "error": message, "errors": errors or {}, "status": status}


def to_api_error(exc: Exception) -> ApiError:
    """Map any exception the app handles to an ``ApiError`` (status, message, field errors)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, NotFoundError):
        return ApiError(404, str(exc), errors=exc.errors)
    if isinstance(exc, RefusedError):
        return ApiError(422, str(exc), errors=exc.errors)
    if isinstance(exc, PesquisaError):
        return ApiError(400, str(exc), errors=exc.errors)
    if isinstance(exc, RequestValidationError):
        errors = {".".join(str(p) for p in e["loc"] if p not in ("query", "body", "path")) or "request": e["msg"]
                  for e in exc.errors()}
        first = next(iter(errors.items()))
        return ApiError(422, f"{first[0]}: {first[1]}", errors=errors)
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "HTTP error"
        return ApiError(exc.status_code, message, headers=getattr(exc, "headers", None))
    log.exception("unhandled error")
    return ApiError(500, "internal error")


def wants_json(request: Request) -> bool:
    """JSON for API paths and for clients that ask for it; HTML for web pages."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def install_error_handler(app: FastAPI, render_html: Callable[[Request, dict], Response] | None = None) -> None:
    """Register the one handler for every error type (writes nothing; changes ``app``)."""

    async def handle(request: Request, exc: Exception) -> Response:
        err = to_api_error(exc)
        body = error_body(err.status, err.message, err.errors)
        if render_html is not None and not wants_json(request):
            response = render_html(request, body)
        else:
            response = JSONResponse(body, status_code=err.status)
        for key, value in (err.headers or {}).items():
            response.headers[key] = value
        return response

    for exc_type in (ApiError, PesquisaError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(exc_type, handle)
