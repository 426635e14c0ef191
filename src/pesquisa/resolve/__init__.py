"""pesquisa.resolve."""
