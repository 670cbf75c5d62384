"""Graph exports for Gephi and Cytoscape: GraphML, GEXF, and CSV (nodes.csv + edges.csv).

The exported graph is the one ``kg viz`` draws (``kg.viz.to_networkx``): entities as nodes,
relations as directed edges. Node attributes: ``iri``, ``label``, ``class``, ``alt_labels``;
edge attributes: ``iri``, ``relation``, ``label`` (the relation, for display), ``evidence``
(the evidence sentences) and ``documents``. GraphML and GEXF hold only scalar values, so lists
are joined into strings (" | " between items).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import InputError
from .export import atomic_write_bytes
from .viz import to_networkx

FORMATS = ("graphml", "gexf", "csv")
SEPARATOR = " | "
NODE_COLUMNS = ("id", "label", "class", "iri", "alt_labels")
EDGE_COLUMNS = ("source", "target", "type", "label", "relation", "iri", "evidence", "documents")


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of a :func:`kg.viz.to_networkx` graph with string attributes only, edges keyed e0, e1..."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(
            node,
            iri=str(data.get("iri", node)),
            label=str(data.get("label", node)),
            **{"class": str(data.get("class", ""))},
            alt_labels=SEPARATOR.join(data.get("alt_labels", [])),
        )
    for i, (s, o, key, data) in enumerate(graph.edges(keys=True, data=True)):
        evidence = data.get("evidence", [])
        flat.add_edge(
            s,
            o,
            key=f"e{i}",
            iri=str(data.get("iri", key)),
            relation=str(data.get("relation", "")),
            label=str(data.get("relation", "")),
            evidence=SEPARATOR.join(ev["sentence"] for ev in evidence if ev.get("sentence")),
            documents=SEPARATOR.join(sorted({ev["document"] for ev in evidence if ev.get("document")})),
        )
    return flat


def export_graph(store: Any, fmt: str, output: str | os.PathLike[str], **selection: Any) -> None:
    """Write the graph of ``store`` as GraphML or GEXF to the file ``output``, or as CSV into the
    folder ``output`` (nodes.csv and edges.csv). ``selection`` is passed to ``to_networkx``."""
    if fmt not in FORMATS:
        raise InputError(f"unknown graph format {fmt!r} (formats: {', '.join(FORMATS)})")
    graph = flat_graph(to_networkx(store, **selection))
    out = Path(output)
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise InputError(f"--format csv writes nodes.csv and edges.csv into a folder: {out} is a file")
        nodes, edges = csv_tables(graph)
        atomic_write_bytes(out / "nodes.csv", nodes.encode("utf-8"))
        atomic_write_bytes(out / "edges.csv", edges.encode("utf-8"))
        return
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    else:
        nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    atomic_write_bytes(out, buffer.getvalue())


def csv_tables(graph: nx.MultiDiGraph) -> tuple[str, str]:
    """The nodes and edges tables of a flat graph, with headers Gephi and Cytoscape recognise."""
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(NODE_COLUMNS)
    for node, data in graph.nodes(data=True):
        writer.writerow([node, data["label"], data["class"], data["iri"], data["alt_labels"]])
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    for s, o, data in graph.edges(data=True):
        writer.writerow(
            [
                s,
                o,
                "Directed",
                data["label"],
                data["relation"],
                data["iri"],
                data["evidence"],
                data["documents"],
            ]
        )
    return nodes.getvalue(), edges.getvalue()
