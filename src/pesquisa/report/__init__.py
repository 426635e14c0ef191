"""pesquisa.report."""
