#!/usr/bin/env bash
# The services the test suite runs against: a real PostgreSQL and a real local Ray cluster
# (one head and one worker), both on 127.0.0.1 with throwaway state.
#
#   scripts/services.sh start   # install PostgreSQL (Debian package) when missing, start both, write the env file
#   scripts/services.sh stop    # stop both and remove their state
#   scripts/services.sh env     # print the env file: PESQUISA_TEST_PG_URL, PESQUISA_TEST_RAY_ADDRESS
#
# `make test` sources the env file, so tests/test_store_postgres.py and tests/test_services_ray.py
# run instead of skipping. Settings: PESQUISA_SERVICES_DIR (state, default /tmp/pesquisa-services),
# PESQUISA_PG_PORT (default 54329), PESQUISA_RAY_PORT (default 6390). Ray comes from the venv
# (`pip install -e '.[services]'`, done by `make install`).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${PESQUISA_SERVICES_DIR:-/tmp/pesquisa-services}"
PG_PORT="${PESQUISA_PG_PORT:-54329}"
RAY_PORT="${PESQUISA_RAY_PORT:-6390}"
RAY="${ROOT}/.venv/bin/ray"
ENV_FILE="${STATE}/env"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

as_postgres() {
  # PostgreSQL refuses to run as root: run as the postgres user the Debian package creates
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  local bin
  bin="$(pg_bin || true)"
  if [ -z "$bin" ]; then
    echo "services: installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(pg_bin)"
  fi
  local data="${STATE}/pg"
  mkdir -p "$STATE"
  if [ -f "$data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "services: PostgreSQL already running on 127.0.0.1:${PG_PORT}"
  else
    rm -rf "$data"
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$data" "$STATE"
    as_postgres "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=${PG_PORT} -c unix_socket_directories=$data -c fsync=off" start >/dev/null
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres pesquisa_test
    echo "services: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:${PG_PORT}"
  fi
  echo "export PESQUISA_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:${PG_PORT}/pesquisa_test" >> "$ENV_FILE.new"
}

start_ray() {
  if [ ! -x "$RAY" ]; then
    echo "services: $RAY not found (run make install)" >&2
    return 1
  fi
  local tmp="${STATE}/ray"
  mkdir -p "$tmp"
  export RAY_USAGE_STATS_ENABLED=0
  if ! "$RAY" status --address "127.0.0.1:${RAY_PORT}" >/dev/null 2>&1; then
    "$RAY" start --head --node-ip-address=127.0.0.1 --port="$RAY_PORT" --num-cpus=1 --include-dashboard=false \
      --disable-usage-stats --temp-dir="$tmp" >/dev/null
    "$RAY" start --address="127.0.0.1:${RAY_PORT}" --node-ip-address=127.0.0.1 --num-cpus=1 --disable-usage-stats >/dev/null
  fi
  echo "services: Ray head on 127.0.0.1:${RAY_PORT} with one worker"
  echo "export PESQUISA_TEST_RAY_ADDRESS=127.0.0.1:${RAY_PORT}" >> "$ENV_FILE.new"
}

stop_all() {
  if [ -x "$RAY" ] && [ -d "${STATE}/ray" ]; then
    RAY_USAGE_STATS_ENABLED=0 "$RAY" stop --force >/dev/null 2>&1 || true
  fi
  local bin
  bin="$(pg_bin || true)"
  if [ -n "$bin" ] && [ -f "${STATE}/pg/postmaster.pid" ]; then
    as_postgres "$bin/pg_ctl" -D "${STATE}/pg" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$STATE"
  echo "services: stopped"
}

case "${1:-}" in
  start)
    mkdir -p "$STATE"
    rm -f "$ENV_FILE.new"
    start_postgres
    start_ray
    mv "$ENV_FILE.new" "$ENV_FILE"
    ;;
  stop) stop_all ;;
  env) cat "$ENV_FILE" ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
