"""The whole job: documents -> mentions -> entities -> facts -> RDF -> store, and its summary."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import vocab
from .documents import Document, load_documents
from .extraction import DocumentExtraction, extract
from .query import run
from .rdf import to_quads
from .resolution import Resolution, resolve
from .store import load_rdf_file, open_store, read_manifest, write_store

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
LINKS_FILE = ONTOLOGY_DIR / "links.ttl"
LINKS_GRAPH = vocab.GRAPH + "links"
ONTOLOGY_GRAPH = vocab.GRAPH + "ontology"


@dataclass
class Summary:
    documents: int
    entities: dict[str, int]
    facts: dict[str, int]
    triples: int
    seconds: float | None = None
    store: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def extract_all(
    docs: Sequence[Document], progress: Callable[[str], None] | None = None
) -> list[DocumentExtraction]:
    """Run extraction on every document (each independently of the others)."""
    out = []
    for i, d in enumerate(docs, 1):
        if progress and len(docs) > 1:
            progress(f"[{i}/{len(docs)}] extracting {d.path}")
        out.append(extract(d))
    return out


def build_graph(
    docs: Sequence[Document], progress: Callable[[str], None] | None = None
) -> tuple[Resolution, list[ox.Quad]]:
    """Documents -> resolved entities and facts -> quads (no store involved)."""
    extractions = extract_all(docs, progress)
    res = resolve(extractions)
    return res, to_quads(list(docs), res)


def build_store(
    paths: Sequence[Path],
    store: Path | None = None,
    progress: Callable[[str], None] | None = None,
    links: bool = True,
) -> Summary:
    """Build the graph of the documents under ``paths`` into ``store`` (atomically)."""
    t0 = time.perf_counter()
    docs = load_documents(paths)
    res, quads = build_graph(docs, progress)

    def fill(st: ox.Store) -> dict[str, Any]:
        st.bulk_extend(quads)
        if (ONTOLOGY_DIR / "kg.ttl").is_file():
            load_rdf_file(st, ONTOLOGY_DIR / "kg.ttl", ONTOLOGY_GRAPH)
        if links and LINKS_FILE.is_file():
            load_rdf_file(st, LINKS_FILE, LINKS_GRAPH)
        if os.environ.get("KG_FAIL_AFTER_LOAD"):  # test hook: simulate a crash mid-build
            raise RuntimeError("simulated failure during build (KG_FAIL_AFTER_LOAD)")
        return {"documents": [d.path for d in docs], "facts": len(res.facts)}

    gen = write_store(store, fill)
    summary = store_summary(store)
    summary.seconds = time.perf_counter() - t0
    summary.store = str(gen.parent)
    return summary


COUNT_CLASSES = (
    """
SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
  GRAPH <%s> { ?e a ?class }
} GROUP BY ?class
"""
    % vocab.ENTITIES_GRAPH
)

COUNT_FACTS = """
SELECT ?p (COUNT(*) AS ?n) WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE {
      GRAPH ?g { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . }
      FILTER(STRSTARTS(STR(?g), "%s"))
  } }
} GROUP BY ?p
""" % (vocab.BASE + "document/")


def store_summary(store: Path | None = None) -> Summary:
    """Counts from a built store: documents, entities per class, facts per relation."""
    st = open_store(store)
    manifest = read_manifest(store)
    entities = {}
    for row in run(st, COUNT_CLASSES):
        kind = vocab.KIND_OF_CLASS.get(row["class"].value, vocab.local_name(row["class"].value))
        entities[kind] = int(row["n"].value)
    facts = {}
    rel_names = {r.iri: name for name, r in vocab.relations().items()}
    for row in run(st, COUNT_FACTS):
        p = row["p"].value
        facts[rel_names.get(p, vocab.local_name(p))] = int(row["n"].value)
    return Summary(
        documents=len(manifest.get("documents", [])),
        entities=dict(sorted(entities.items())),
        facts=dict(sorted(facts.items())),
        triples=len(st),
    )


def format_summary(s: Summary) -> str:
    import textwrap

    def wrapped(head: str, items: dict[str, int]) -> str:
        text = ", ".join(f"{k} {v}" for k, v in items.items()) or "none"
        return textwrap.fill(text, width=100, initial_indent=head, subsequent_indent=" " * len(head))

    lines = [f"Documents: {s.documents}"]
    lines.append(wrapped("Entities:  ", s.entities))
    lines.append(wrapped("Facts:     ", s.facts))
    lines.append(f"Quads:     {s.triples}")
    if s.seconds is not None:
        lines.append(f"Time:      {s.seconds:.2f} s")
    if s.store:
        lines.append(f"Store:     {s.store}")
    return "\n".join(lines)
