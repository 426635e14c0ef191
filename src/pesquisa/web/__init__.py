"""pesquisa.web: the server-rendered workbench (Jinja2 templates, a little same-origin JS, no CDN).

``create_app`` builds the whole workbench (API + pages), ``create_served_app`` the same as ``pesquisa serve``
runs it (the actor network built in the background from the start); ``router`` holds the HTML pages;
``render_error`` draws the one error shape as a page.
"""

from pesquisa.web.app import create_app, create_served_app, render_error
from pesquisa.web.pages import router

__all__ = ["create_app", "create_served_app", "render_error", "router"]
