"""`kg export --format graphml|gexf|csv`: files networkx (hence Gephi/Cytoscape) read back whole."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import Counter

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, make_store

from kg.cli import cli
from kg.errors import KGError
from kg.netexport import EDGE_COLUMNS, NODE_COLUMNS, export_graph
from kg.store import open_store

COX = "https://w3id.org/defenders-kg/resource/person/charlie-cox"
MURDOCK = "https://w3id.org/defenders-kg/resource/character/matt-murdock"
SENTENCE = "The series stars Charlie Cox as Matt Murdock / Daredevil."


def _plays_edge(g: nx.DiGraph) -> dict:
    if g.is_multigraph():
        (data,) = g.get_edge_data(COX, MURDOCK).values()
        return data
    return g.get_edge_data(COX, MURDOCK)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip_through_networkx(small_store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--store", str(small_store), "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert g.is_directed()  # a multigraph only when the file has parallel edges (see below)
    assert (g.number_of_nodes(), g.number_of_edges()) == (11, 9)
    cox = g.nodes[COX]
    assert cox["label"] == "Charlie Cox" and cox["class"] == "person" and cox["iri"] == COX
    assert cox["alt_labels"] == "Cox"
    assert Counter(d["class"] for _, d in g.nodes(data=True))["series"] == 3
    plays = _plays_edge(g)
    assert plays["relation"] == "plays"
    assert plays["iri"] == "https://w3id.org/defenders-kg/ontology#plays"
    assert plays["evidence"] == SENTENCE and plays["documents"] == "fixture.txt"
    assert Counter(d["relation"] for _, _, d in g.edges(data=True))["appears in"] == 5


def test_graphml_is_valid_for_other_readers(small_store, tmp_path):
    """Key ids unique (node and edge attributes share names: label, iri), edge ids unique."""
    out = tmp_path / "g.graphml"
    export_graph(open_store(small_store), "graphml", out)
    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    key_ids = [k.get("id") for k in root.findall("g:key", ns)]
    assert len(key_ids) == len(set(key_ids))
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(edge_ids) == 9 == len(set(edge_ids))


def test_csv_nodes_and_edges(small_store, tmp_path):
    folder = tmp_path / "csv"
    result = CliRunner().invoke(cli, ["export", "--store", str(small_store), "-f", "csv", "-o", str(folder)])
    assert result.exit_code == 0, result.output
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with (folder / "edges.csv").open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    assert len(nodes) == 11 and len(edges) == 9
    assert {"id": COX, "label": "Charlie Cox", "class": "person", "iri": COX, "alt_labels": "Cox"} in nodes
    plays = next(e for e in edges if e["source"] == COX)
    assert (plays["target"], plays["type"], plays["label"]) == (MURDOCK, "Directed", "plays")
    assert plays["evidence"] == SENTENCE and plays["documents"] == "fixture.txt"
    # every edge end is a node
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)


def test_csv_needs_a_folder_and_unknown_formats_fail(small_store, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--store", str(small_store), "-f", "csv"])
    assert result.exit_code == 1 and "give a folder" in result.stderr
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(KGError, match="folder"):
        export_graph(open_store(small_store), "csv", a_file)
    with pytest.raises(KGError, match="unknown graph format"):
        export_graph(open_store(small_store), "dot", tmp_path / "g.dot")


def test_hostile_text_survives_the_exports_as_text(tmp_path):
    store = open_store(make_store(tmp_path / "inj", FIXTURES / "viz_injection.trig"))
    export_graph(store, "graphml", tmp_path / "g.graphml")
    export_graph(store, "gexf", tmp_path / "g.gexf")
    for g in (nx.read_graphml(tmp_path / "g.graphml"), nx.read_gexf(tmp_path / "g.gexf")):
        assert g.is_multigraph()  # directed and appears in, between the same pair
        labels = {d["label"] for _, d in g.nodes(data=True)}
        assert "<img src=x onerror=alert(1)>" in labels
        assert (g.number_of_nodes(), g.number_of_edges()) == (4, 4)
        relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
        assert relations == ["appears in", "appears in", "directed", "plays"]
