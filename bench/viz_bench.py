"""How long the network page takes for a large graph: build, write, and lay out in a browser.

    .venv/bin/python bench/viz_bench.py [--nodes 1000] [--no-browser]
    .venv/bin/python bench/viz_bench.py --store .kg --screenshot docs/screenshots/defenders.png


Makes a synthetic store in the project's data model (series, episodes, characters, people,
with an evidence sentence per fact), times ``kg.viz.to_networkx`` and ``kg.viz.write_html``, and,
when Chromium is installed, the time the page takes to stabilise its layout (read from the
page's ``window.kgStabilizationMs``). The numbers are reported, not asserted.

With ``--store DIR --screenshot PNG`` it instead draws the store's whole graph, selects one
node (``--select``, default Matt Murdock) so the side panel shows its facts and evidence, and
saves a screenshot: the README's picture is made this way from `kg build seeds`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import viz, vocab

CHROMIUM = Path("/usr/bin/chromium")


def synthetic_store(n_nodes: int, seed: int = 7) -> ox.Store:
    """An in-memory store of about ``n_nodes`` entities, shaped like `kg build` output."""
    rng = random.Random(seed)
    nn, lit = ox.NamedNode, ox.Literal
    entities = ox.NamedNode(vocab.ENTITIES_GRAPH)
    doc = vocab.document_iri("f" * 64)
    doc_graph = nn(doc)
    quads: list[ox.Quad] = []

    def entity(kind: str, iri: str, label: str) -> str:
        quads.append(ox.Quad(nn(iri), nn(vocab.RDF_TYPE), nn(vocab.CLASS_OF_KIND[kind]), entities))
        quads.append(ox.Quad(nn(iri), nn(vocab.LABEL), lit(label), entities))
        return iri

    offset = 0

    def fact(s: str, p: str, o: str, sentence: str) -> None:
        nonlocal offset
        quads.append(ox.Quad(nn(s), nn(p), nn(o), doc_graph))
        sent = vocab.sentence_iri(doc, offset, offset + len(sentence))
        st = vocab.statement_iri(doc, s, p, o)
        quads.extend(
            [
                ox.Quad(nn(sent), nn(vocab.RDF_TYPE), nn(vocab.SENTENCE), doc_graph),
                ox.Quad(nn(sent), nn(vocab.RDF_VALUE), lit(sentence), doc_graph),
                ox.Quad(nn(st), nn(vocab.RDF_TYPE), nn(vocab.STATEMENT), doc_graph),
                ox.Quad(nn(st), nn(vocab.RDF + "subject"), nn(s), doc_graph),
                ox.Quad(nn(st), nn(vocab.RDF + "predicate"), nn(p), doc_graph),
                ox.Quad(nn(st), nn(vocab.RDF + "object"), nn(o), doc_graph),
                ox.Quad(nn(st), nn(vocab.EVIDENCE), nn(sent), doc_graph),
                ox.Quad(nn(st), nn(vocab.PROV + "wasDerivedFrom"), doc_graph, doc_graph),
            ]
        )
        offset += len(sentence) + 1

    n_series = max(2, n_nodes // 50)
    n_episodes = n_nodes // 5
    n_characters = n_nodes * 2 // 5
    n_people = n_nodes - n_series - n_episodes - n_characters
    series = [entity("series", vocab.entity_iri("series", f"Show {i}"), f"Show {i}") for i in range(n_series)]
    episodes = []
    for i in range(n_episodes):
        show = series[i % n_series]
        ep = entity("episode", vocab.episode_iri(show, i // n_series + 1), f"Show {i % n_series} ep {i}")
        quads.append(ox.Quad(nn(ep), nn(vocab.PART_OF_SERIES), nn(show), entities))
        episodes.append(ep)
    characters = [
        entity("character", vocab.entity_iri("character", f"Hero {i}"), f"Hero {i}")
        for i in range(n_characters)
    ]
    people = [
        entity("person", vocab.entity_iri("person", f"Actor {i}"), f"Actor {i}") for i in range(n_people)
    ]
    for i, ch in enumerate(characters):
        actor = people[i % len(people)]
        fact(actor, vocab.PLAYS, ch, f"Actor {i % len(people)} plays Hero {i}.")
        for show in rng.sample(series, k=rng.randint(1, 2)):
            fact(ch, vocab.APPEARS_IN, show, f"Hero {i} appears in {show}.")
    for i, ep in enumerate(episodes):
        fact(rng.choice(people), vocab.DIRECTED, ep, f"Episode {i} was directed by someone.")
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def _launch(p: Any) -> Any:
    return p.chromium.launch(
        executable_path=str(CHROMIUM),
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )


def screenshot(store_dir: Path, png: Path, select: str) -> None:
    """A screenshot of the whole graph of a store, with one node's details in the side panel."""
    from playwright.sync_api import sync_playwright

    from kg.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "graph.html"
        viz.write_html(open_store(store_dir), page_path)
        with sync_playwright() as p:
            browser = _launch(p)
            tab = browser.new_page(viewport={"width": 1600, "height": 1000})
            tab.goto(page_path.as_uri())
            tab.wait_for_selector("html[data-kg-ready]", state="attached", timeout=120_000)
            tab.evaluate("(name) => window.kg.showNode(window.kg.findNode(name))", select)
            tab.evaluate("(name) => network.selectNodes([window.kg.findNode(name)])", select)
            png.parent.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(png))
            browser.close()
    print(f"wrote {png}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--nodes", type=int, default=1000, help="size of the synthetic graph")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurement")
    parser.add_argument("--store", type=Path, help="with --screenshot: the store to draw")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="save a screenshot of --store's graph")
    parser.add_argument("--select", default="Matt Murdock", help="with --screenshot: the node to show")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.store or Path(".kg"), args.screenshot, args.select)
        return

    store = synthetic_store(args.nodes)
    t0 = time.perf_counter()
    graph = viz.to_networkx(store)
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bench.html"
        viz.write_html(graph, page)
        t2 = time.perf_counter()
        print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
        print(
            f"to_networkx: {t1 - t0:.2f} s   write_html: {t2 - t1:.2f} s   page: {page.stat().st_size:,} bytes"
        )
        if args.no_browser or not CHROMIUM.exists():
            print("browser: skipped" + ("" if args.no_browser else f" ({CHROMIUM} not found)"))
            return
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = _launch(p)
            tab = browser.new_page(viewport={"width": 1400, "height": 900})
            t3 = time.perf_counter()
            tab.goto(page.as_uri())
            tab.wait_for_selector("html[data-kg-ready]", state="attached", timeout=120_000)
            t4 = time.perf_counter()
            ms = tab.evaluate("window.kgStabilizationMs")
            browser.close()
        print(f"chromium: page ready (layout stabilised, physics off) in {t4 - t3:.2f} s; in-page {ms} ms")


if __name__ == "__main__":
    main()
