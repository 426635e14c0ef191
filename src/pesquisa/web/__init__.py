"""pesquisa.web."""
