"""pesquisa.store."""
