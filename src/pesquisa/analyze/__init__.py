"""pesquisa.analyze."""
