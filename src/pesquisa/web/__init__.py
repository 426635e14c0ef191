"""pesquisa.web: the server-rendered workbench (Jinja2 templates, a little same-origin JS, no CDN).

``router`` holds the HTML pages; ``render_error`` draws the one error shape as a page.
"""

from fastapi import Request
from fastapi.responses import HTMLResponse

from pesquisa.web.pages import router
from pesquisa.web.templating import render


def render_error(request: Request, body: dict) -> HTMLResponse:
    """The error shape (``ok``, ``error``, ``errors``, ``status``) as an HTML page with the same status."""
    return render(request, "error.html", status_code=body["status"], error=body)


__all__ = ["render_error", "router"]
