"""pesquisa.api: the JSON API over the knowledge base (read-only, except token-guarded merge and split).

``create_app(db, token=...)`` builds the FastAPI app of the API; ``pesquisa.web.create_app`` adds the web UI.
"""

from pesquisa.api.app import create_app
from pesquisa.api.errors import ApiError, error_body

__all__ = ["ApiError", "create_app", "error_body"]
