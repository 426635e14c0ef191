"""Load test of the workbench: N concurrent clients, M requests over API and web pages; errors and latency.

    .venv/bin/python bench/load_test.py [--db FILE] [--clients 200] [--requests 4000] [--workers 2] [--entity-pages N]

Without ``--db`` it builds a knowledge base of ../shared/corpus/{news,dev} first. Starts
``pesquisa serve --workers W`` on a free loopback port, runs the clients (asyncio, httpx),
and prints the figures; it asserts nothing. The reference row is the same load on one
static file in the same run, so the ratios compare across machines. With ``--entity-pages N``
a third row loads the pages of N entities spread over the mention ranking (each requested
several times: the first request of each is uncached). Under each row, the CPU seconds the client
(this process) and the server (with its workers) used during it: on a machine of few cores the
client takes a share of them from the server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from pesquisa.api.server import free_port

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_client

BIN = Path(sys.executable).parent
PATHS = ["/api/search?q=Ebrard", "/api/documents?limit=20", "/api/entities?type=person&limit=20", "/api/quotes?limit=20",
         "/api/quantities/totals", "/api/events?limit=10", "/api/summary", "/", "/documents", "/entities?type=organization",
         "/quotes", "/failures"]


def build_db(shared: Path, folder: Path) -> Path:
    db = folder / "load.sqlite"
    subprocess.run([str(BIN / "pesquisa"), "ingest", str(shared / "corpus" / "news"), str(shared / "corpus" / "dev"),
                    "--db", str(db), "--silent"], check=True, capture_output=True)
    return db


async def run_load(base: str, paths: list[str], clients: int, total: int) -> tuple[list[float], Counter, float]:
    """(latencies in ms, errors by kind, seconds) of ``total`` requests spread over ``clients`` concurrent clients."""
    latencies: list[float] = []
    errors: Counter = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def worker(n: int) -> None:
            for i in range(n, total, clients):
                started = time.perf_counter()
                try:
                    response = await client.get(paths[i % len(paths)])
                    if response.status_code >= 400:
                        errors[f"HTTP {response.status_code} {paths[i % len(paths)]}"] += 1
                except httpx.HTTPError as err:
                    errors[f"{type(err).__name__} {paths[i % len(paths)]}"] += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(clients)))
    return latencies, errors, time.perf_counter() - started


def cpu_seconds(pid: int | None = None) -> float:
    """CPU seconds (user + system) used so far by this process (``pid`` None) or by process ``pid`` and its
    children (the server and its workers), from /proc; 0.0 where /proc cannot be read."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    tick, total = os.sysconf("SC_CLK_TCK"), 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def entity_paths(base: str, n: int) -> list[str]:
    """The pages of ``n`` entities spread evenly over the mention ranking, the most mentioned first."""
    ids: list[str] = []
    while True:
        page = httpx.get(base + "/api/entities", params={"limit": 500, "offset": len(ids)}, timeout=120).json()
        ids += [e["id"] for e in page["items"]]
        if len(ids) >= page["total"] or not page["items"]:
            break
    return [f"/entities/{ident}" for ident in ids[::max(1, len(ids) // n)][:n]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--entity-pages", type=int, default=0, help="also load N entity pages (issue 15)")
    parser.add_argument("--client", choices=("httpx", "raw", "both"), default="httpx",
                        help="the load client: httpx, a lighter one on raw sockets (raw_client.py), or each in turn")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or build_db(args.shared, Path(folder))
        port = free_port()
        env = {k: v for k, v in os.environ.items() if k != "PESQUISA_TOKEN"}
        server = subprocess.Popen([str(BIN / "pesquisa"), "serve", "--db", str(db), "--port", str(port),
                                   "--workers", str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    httpx.get(base + "/api/summary", timeout=2)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        sys.exit("server did not start")
                    time.sleep(0.2)
            print(f"clients={args.clients} requests={args.requests} workers={args.workers} db={db}")
            print("case,requests,errors,p50_ms,p95_ms,p99_ms,req_per_s,p50_ratio")
            reference = None
            cases = [("reference_static_css", ["/static/style.css"]), ("workbench_mix", PATHS)]
            if args.entity_pages:
                cases.append(("entity_pages", entity_paths(base, args.entity_pages)))
            loads = {"httpx": run_load, "raw": raw_client.run_load}
            clients = list(loads) if args.client == "both" else [args.client]
            for (name, paths), client in [(case, client) for case in cases for client in clients]:
                name = name if args.client == "httpx" else f"{name}_{client}"
                cpu = cpu_seconds(), cpu_seconds(server.pid)
                latencies, errors, seconds = asyncio.run(loads[client](base, paths, args.clients, args.requests))
                client_cpu, server_cpu = cpu_seconds() - cpu[0], cpu_seconds(server.pid) - cpu[1]
                q = statistics.quantiles(latencies, n=100)
                p50 = statistics.median(latencies)
                reference = reference or p50
                print(f"{name},{len(latencies)},{sum(errors.values())},{p50:.1f},{q[94]:.1f},{q[98]:.1f},"
                      f"{len(latencies) / seconds:.0f},{p50 / reference:.2f}")
                print(f"  cpu: client {client_cpu:.1f} s, server {server_cpu:.1f} s in {seconds:.1f} s "
                      f"(load {os.getloadavg()[0]:.1f})")
                for kind, n in errors.most_common():
                    print(f"  error: {kind}: {n}")
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
