"""pesquisa.clean."""
