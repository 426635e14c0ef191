"""pesquisa."""
