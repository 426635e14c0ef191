"""pesquisa.cli."""
