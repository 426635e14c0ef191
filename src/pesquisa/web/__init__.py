"""pesquisa.web: the server-rendered workbench (Jinja2 templates, a little same-origin JS, no CDN).

``create_app`` builds the whole workbench (API + pages); ``router`` holds the HTML pages;
``render_error`` draws the one error shape as a page.
"""

from pesquisa.web.app import create_app, render_error
from pesquisa.web.pages import router

__all__ = ["create_app", "render_error", "router"]
