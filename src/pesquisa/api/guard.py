"""Request guard: size limits and cross-site request refusal, before any route runs (issue 16).

One ASGI middleware, so it covers the API, the web pages and static files alike:

- **query size**: a query string longer than ``MAX_QUERY_BYTES`` answers 414;
- **body size**: a declared ``Content-Length`` over ``MAX_BODY_BYTES`` answers 413 before
  the body is read, and a chunked body is cut off (413) once it passes the limit;
- **CSRF**: a state-changing request (POST, PUT, PATCH, DELETE) whose ``Origin`` (else
  ``Referer``) names another site answers 403, unless it carries the token in a header
  (``Authorization: Bearer`` or ``X-Pesquisa-Token``: a browser never adds those to a
  cross-site form, and a script on another site would need a CORS preflight the app never
  grants). Requests without either header (curl, scripts) go on to the token check. Cookies play no part
  in authentication here, so there is no cookie to ride on; this check keeps it so for
  any form added later.

Refusals use the one error shape of ``pesquisa.api.errors``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse

from pesquisa.api.errors import error_body

MAX_BODY_BYTES = 64 * 1024  # a merge or split request is a few hundred bytes
MAX_QUERY_BYTES = 4096
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def cross_site(headers: Headers) -> bool:
    """True when ``Origin`` (else ``Referer``) names another site than the host the request was sent to.

    Browsers send ``Origin`` with every POST (``null`` from sandboxed or privacy-stripped
    contexts, refused too); a request with neither header does not come from a browser
    form or script, so it is not a forgery vector and goes on to the token check.
    """
    source = headers.get("origin") or headers.get("referer")
    if source is None:
        return False
    host = headers.get("host", "")
    return source == "null" or not host or urlsplit(source).netloc.lower() != host.lower()


def has_token_header(headers: Headers) -> bool:
    """True when the request carries a token header (checked for its value by ``require_token``)."""
    return headers.get("authorization", "").lower().startswith("bearer ") or "x-pesquisa-token" in headers


def refusal(scope: dict) -> tuple[int, str, dict[str, str]] | None:
    """(status, message, field errors) refusing the request before it runs, or None to let it through."""
    if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
        return 414, f"query string longer than {MAX_QUERY_BYTES} bytes", {"query": "too long"}
    headers = Headers(scope=scope)
    length = headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        return 413, f"request body larger than {MAX_BODY_BYTES} bytes", {"body": "too large"}
    if scope["method"] in UNSAFE_METHODS and not has_token_header(headers) and cross_site(headers):
        return 403, "cross-site request refused: send the token header, or post from this site", {"origin": "refused"}
    return None


class RequestGuard:
    """ASGI middleware: ``refusal`` before the app; a state-changing request's body read whole, within the limit."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        refused = refusal(scope)
        if refused is None and scope["method"] in UNSAFE_METHODS:
            # Read the body here (at most MAX_BODY_BYTES + 1 bytes kept), so a chunked body
            # without a Content-Length is held to the same limit, then replay it to the app.
            chunks, size, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > MAX_BODY_BYTES:
                    refused = 413, f"request body larger than {MAX_BODY_BYTES} bytes", {"body": "too large"}
                    break
                chunks.append(chunk)
                more = message.get("more_body", False)
            body = b"".join(chunks)
            receive = _replay(body, receive) if refused is None else receive
        if refused:
            status, message_text, errors = refused
            response = JSONResponse(error_body(status, message_text, errors), status_code=status)
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def _replay(body: bytes, receive):
    """A ``receive`` that gives ``body`` once, then passes on what the client sends (a disconnect)."""
    given = False

    async def replay():
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
