"""pesquisa.ingest."""
