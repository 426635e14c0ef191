"""pesquisa.api."""
