"""pesquisa.extract."""
