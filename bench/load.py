"""Bounded load test of `kg serve`: concurrent clients against a real server on 127.0.0.1.

    .venv/bin/python bench/load.py                       # fixture store, 32 clients, 10 s
    .venv/bin/python bench/load.py --store .kg --clients 32 --duration 10

Starts `kg serve` in a subprocess on a free port of 127.0.0.1 (on ``--store``, or on a store
built from tests/fixtures/server_kg.trig), then runs ``--clients`` threads for ``--duration``
seconds, each sending a fixed mix of requests over a keep-alive connection: SPARQL SELECT over
GET (JSON), SELECT over POST form (CSV), ASK, CONSTRUCT over application/sparql-query (Turtle),
and an entity page as HTML and as Turtle. Reports throughput, latency percentiles and errors
(any non-2xx answer or failed request; the exit status is 1 if there is one).

Baseline, same run: the same SPARQL queries and entity pages in-process (`kg.server.run_job`
and `kg.pages`, same serialization, no HTTP, no worker processes) with the same number of
threads, reported as a ratio. The numbers are reported, never asserted by the tests.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import pages, vocab  # noqa: E402
from kg.query import with_prefixes  # noqa: E402
from kg.server import SPARQL_JSON, TURTLE, Job, run_job  # noqa: E402
from kg.store import current_generation, open_store, write_store  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "server_kg.trig"

CAST = "SELECT ?actor ?character WHERE { ?a kg:plays ?c ; rdfs:label ?actor . ?c rdfs:label ?character }"
LABELS = "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label LIMIT 50"
ASK = "ASK { ?p kg:plays ?c }"
CONSTRUCT = "CONSTRUCT { ?a kg:plays ?c } WHERE { ?a kg:plays ?c }"
ENTITY = "/resource/person/charlie-cox"


@dataclass
class Request:
    name: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None = None


MIX = [
    Request(
        "select GET json",
        "GET",
        "/sparql?" + urllib.parse.urlencode({"query": CAST}),
        {"Accept": SPARQL_JSON},
    ),
    Request(
        "select POST csv",
        "POST",
        "/sparql",
        {"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"},
        urllib.parse.urlencode({"query": LABELS}).encode(),
    ),
    Request(
        "ask GET json", "GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}), {"Accept": SPARQL_JSON}
    ),
    Request(
        "construct POST turtle",
        "POST",
        "/sparql",
        {"Accept": TURTLE, "Content-Type": "application/sparql-query"},
        CONSTRUCT.encode(),
    ),
    Request("entity html", "GET", ENTITY, {"Accept": "text/html"}),
    Request("entity turtle", "GET", ENTITY, {"Accept": TURTLE}),
]


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, error: str | None = None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            self.by_kind.setdefault(kind, []).append(seconds)
            if error:
                self.errors.append(error)


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def report(title: str, stats: Stats, seconds: float) -> float:
    values = sorted(stats.latencies)
    rate = len(values) / seconds
    print(f"{title}")
    print(f"  requests    {len(values):,} in {seconds:.1f} s = {rate:,.0f} req/s")
    print(
        "  latency     p50 {:.1f} ms   p95 {:.1f} ms   p99 {:.1f} ms   max {:.1f} ms".format(
            *(1000 * percentile(values, p) for p in (50, 95, 99, 100))
        )
    )
    print(f"  errors      {len(stats.errors)}" + (f" (first: {stats.errors[0]})" if stats.errors else ""))
    for kind, times in stats.by_kind.items():
        times = sorted(times)
        print(f"    {kind:<22} {len(times):>7,}   p50 {1000 * percentile(times, 50):6.1f} ms")
    return rate


def run_clients(
    clients: int, duration: float, work: Callable[[int, Stats, float], None]
) -> tuple[Stats, float]:
    stats = Stats()
    deadline = time.perf_counter() + duration
    threads = [threading.Thread(target=work, args=(i, stats, deadline)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stats, time.perf_counter() - started


def http_client(port: int) -> Callable[[int, Stats, float], None]:
    def work(index: int, stats: Stats, deadline: float) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = index  # clients start at different points of the mix
        while time.perf_counter() < deadline:
            req = MIX[i % len(MIX)]
            i += 1
            t0 = time.perf_counter()
            error = None
            try:
                conn.request(req.method, req.path, body=req.body, headers=req.headers)
                resp = conn.getresponse()
                resp.read()
                if not 200 <= resp.status < 300:
                    error = f"{req.name}: HTTP {resp.status}"
            except (OSError, http.client.HTTPException) as exc:
                error = f"{req.name}: {exc!r}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            stats.add(req.name, time.perf_counter() - t0, error)
        conn.close()

    return work


def in_process_client(store_dir: Path) -> Callable[[int, Stats, float], None]:
    store = open_store(store_dir)
    generation = str(current_generation(store_dir))
    linker = pages.Linker(vocab.BASE)

    def sparql(query: str, results: str | None, graph: str | None) -> Callable[[], bool]:
        job = Job(with_prefixes(query), generation, None, None, results, graph, 10_000)
        return lambda: run_job(store, job).status == 200

    def entity_html() -> bool:
        view = pages.describe_entity(store, vocab.BASE + ENTITY.lstrip("/"))
        return view is not None and bool(pages.render_entity(view, linker))

    def entity_turtle() -> bool:
        import pyoxigraph as ox

        triples = pages.entity_triples(store, vocab.BASE + ENTITY.lstrip("/"))
        return bool(ox.serialize(triples, format=ox.RdfFormat.TURTLE))

    tasks = [
        sparql(CAST, SPARQL_JSON, None),
        sparql(LABELS, "text/csv", None),
        sparql(ASK, SPARQL_JSON, None),
        sparql(CONSTRUCT, None, TURTLE),
        entity_html,
        entity_turtle,
    ]

    def work(index: int, stats: Stats, deadline: float) -> None:
        i = index
        while time.perf_counter() < deadline:
            task, name = tasks[i % len(tasks)], MIX[i % len(MIX)].name
            i += 1
            t0 = time.perf_counter()
            ok = task()
            stats.add(name, time.perf_counter() - t0, None if ok else name)

    return work


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(port: int, proc: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with status {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not come up")


def fixture_store(root: Path) -> Path:
    import pyoxigraph as ox

    def fill(store: ox.Store) -> dict:
        store.bulk_load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        return {"source": str(FIXTURE)}

    write_store(root, fill)
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--store", type=Path, help="store to serve (default: one built from the test fixture)"
    )
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load (and of baseline)")
    parser.add_argument("--workers", type=int, default=None, help="kg serve --workers (default: its own)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store_dir = args.store or fixture_store(Path(tmp) / "store")
        port = free_port()
        cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir), "--port", str(port)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_up(port, proc)
            print(
                f"kg serve on 127.0.0.1:{port} ({store_dir}), {args.clients} clients for {args.duration:g} s, "
                f"{os.cpu_count()} CPUs (clients and server share them)\n"
            )
            stats, seconds = run_clients(args.clients, args.duration, http_client(port))
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        http_rate = report("HTTP (kg serve)", stats, seconds)
        base_stats, base_seconds = run_clients(args.clients, args.duration, in_process_client(store_dir))
        base_rate = report("\nBaseline: same work in-process, no HTTP, no workers", base_stats, base_seconds)
        http_p50 = percentile(sorted(stats.latencies), 50)
        base_p50 = percentile(sorted(base_stats.latencies), 50)
        print(
            f"\nRatio HTTP / in-process: throughput {http_rate / base_rate:.2f}x, "
            f"p50 latency {http_p50 / base_p50:.1f}x"
        )
        return 1 if stats.errors or base_stats.errors else 0


if __name__ == "__main__":
    sys.exit(main())
