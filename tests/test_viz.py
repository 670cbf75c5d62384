"""The network view: networkx graph, selections, the written page (offline, escaped), `kg viz`."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from conftest import FIXTURES, make_store
from pyvis.network import Network

from kg import viz
from kg.cli import cli
from kg.errors import KGError
from kg.store import open_store

RES = "https://w3id.org/defenders-kg/resource/"
COX = RES + "person/charlie-cox"
MURDOCK = RES + "character/matt-murdock"
DAREDEVIL = RES + "series/daredevil"
DEFENDERS = RES + "series/the-defenders"
KG_PLAYS = "https://w3id.org/defenders-kg/ontology#plays"
HOSTILE = ("<img", "<script>alert", "<svg", "<iframe", "<b>Slash", "<a href")


@pytest.fixture
def store(small_store: Path):
    return open_store(small_store)


@pytest.fixture
def injection_store(tmp_path: Path) -> Path:
    return make_store(tmp_path / "inj", FIXTURES / "viz_injection.trig")


def page_data(page: str) -> dict:
    """The JSON data block of a written page."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no data block in the page"
    return json.loads(match.group(1))


# --- the networkx graph ---------------------------------------------------------------------


def test_whole_graph_counts_classes_and_attributes(store):
    g = viz.to_networkx(store)
    assert isinstance(g, nx.MultiDiGraph)
    assert (g.number_of_nodes(), g.number_of_edges()) == (11, 9)
    kinds = Counter(d["class"] for _, d in g.nodes(data=True))
    assert kinds == {"person": 3, "character": 2, "series": 3, "episode": 1, "organization": 1, "place": 1}
    murdock = g.nodes[MURDOCK]
    assert murdock["label"] == "Matt Murdock"
    assert murdock["iri"] == MURDOCK
    assert murdock["alt_labels"] == ["Daredevil", "Murdock"]
    relations = Counter(d["relation"] for _, _, d in g.edges(data=True))
    assert relations == {"appears in": 5, "plays": 2, "directed": 1, "part of series": 1}
    # no bookkeeping in the picture: no statement, sentence or document nodes
    assert not [n for n in g if "statement" in n or "/document/" in n]


def test_facts_carry_their_evidence_sentence_and_document(store):
    g = viz.to_networkx(store)
    (fact,) = g.nodes[COX]["facts"]
    assert (fact["subject"], fact["relation"], fact["object"]) == ("Charlie Cox", "plays", "Matt Murdock")
    (ev,) = fact["evidence"]
    assert ev["sentence"] == "The series stars Charlie Cox as Matt Murdock / Daredevil."
    assert ev["document"] == "fixture.txt"
    assert ev["span"] == "0-60"
    assert g.edges[COX, MURDOCK, KG_PLAYS]["evidence"] == [ev]
    # a literal fact (episode number) is listed too
    episode = g.nodes[DEFENDERS + "/episode/1"]
    assert {"relation": "episode number", "value": "1"}.items() <= next(
        f for f in episode["facts"] if "value" in f
    ).items()


def test_evidence_nodes_only_when_asked(store):
    g = viz.to_networkx(store, evidence=True)
    kinds = Counter(d["class"] for _, d in g.nodes(data=True))
    assert kinds["sentence"] == 1 and kinds["document"] == 1
    assert g.number_of_nodes() == 13
    # sentence -> document, sentence -> each end of the fact it supports
    assert g.number_of_edges() == 9 + 3
    sentence = next(n for n, d in g.nodes(data=True) if d["class"] == "sentence")
    assert set(g.successors(sentence)) == {
        COX,
        MURDOCK,
        "https://w3id.org/defenders-kg/document/0123456789abcdef",
    }


@pytest.mark.parametrize(
    ("focus", "depth", "expected"),
    [
        ("Matt Murdock", 1, {MURDOCK, COX, DAREDEVIL, DEFENDERS}),
        ("murdock", 0, {MURDOCK}),  # other name, any case
        (COX, 1, {COX, MURDOCK}),  # IRI
        ("res:person/charlie-cox", 2, {COX, MURDOCK, DAREDEVIL, DEFENDERS}),  # prefixed name
        ("Daredevil", 1, {DAREDEVIL, MURDOCK, RES + "character/claire-temple"}),  # label beats other name
    ],
)
def test_focus_neighbourhood(store, focus, depth, expected):
    g = viz.to_networkx(store, focus=focus, depth=depth)
    assert set(g) == expected
    assert all(s in expected and o in expected for s, o in g.edges())


def test_unknown_focus_is_a_one_line_user_error(store):
    with pytest.raises(KGError) as err:
        viz.to_networkx(store, focus="Frank Castle")
    assert "Frank Castle" in str(err.value) and "\n" not in str(err.value)


def test_class_and_relation_selections(store):
    g = viz.to_networkx(store, classes=["person", "character"])
    assert Counter(d["class"] for _, d in g.nodes(data=True)) == {"person": 3, "character": 2}
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {"plays"}
    g = viz.to_networkx(store, exclude_classes=["series", "company"])  # company = organization
    assert {d["class"] for _, d in g.nodes(data=True)} == {"person", "character", "episode", "place"}
    g = viz.to_networkx(store, relations=["plays"])
    assert set(g) == {COX, MURDOCK, RES + "person/rosario-dawson", RES + "character/claire-temple"}
    assert g.number_of_edges() == 2
    g = viz.to_networkx(store, relations=["kg:directed", "appears in"])
    assert Counter(d["relation"] for _, _, d in g.edges(data=True)) == {"appears in": 5, "directed": 1}
    g = viz.to_networkx(store, exclude_relations=["appearsIn"])
    assert (g.number_of_nodes(), g.number_of_edges()) == (11, 4)
    with pytest.raises(KGError, match="unknown class 'wizard'"):
        viz.to_networkx(store, classes=["wizard"])
    with pytest.raises(KGError, match="unknown relation 'marries'"):
        viz.to_networkx(store, relations=["marries"])


def test_query_selection_construct_and_select(store):
    construct = "CONSTRUCT { ?p kg:plays ?c } WHERE { ?p kg:plays ?c }"
    g = viz.to_networkx(store, query=construct)
    assert g.number_of_edges() == 2 and g.number_of_nodes() == 4
    assert g.nodes[COX]["class"] == "person" and g.nodes[COX]["label"] == "Charlie Cox"
    assert g.edges[COX, MURDOCK, KG_PLAYS]["evidence"][0]["document"] == "fixture.txt"
    select = "SELECT ?s ?p ?o WHERE { ?s kg:appearsIn ?o BIND(kg:appearsIn AS ?p) }"
    g = viz.to_networkx(store, query=select)
    assert g.number_of_edges() == 5 and g.number_of_nodes() == 5
    g = viz.to_networkx(store, query=construct, focus="Rosario Dawson")
    assert g.number_of_nodes() == 2
    with pytest.raises(KGError, match=r"SELECT of \?s \?p \?o"):
        viz.to_networkx(store, query="SELECT ?x WHERE { ?x a kg:Character }")
    with pytest.raises(KGError, match="ASK"):
        viz.to_networkx(store, query="ASK { ?s ?p ?o }")


def test_rdflib_dataset_and_graph_are_accepted():
    ds = rdflib.Dataset()
    ds.parse(FIXTURES / "small.trig", format="trig")
    g = viz.to_networkx(ds)
    assert (g.number_of_nodes(), g.number_of_edges()) == (11, 9)
    assert g.nodes[COX]["facts"][0]["evidence"][0]["document"] == "fixture.txt"
    plain = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        plain.add((s, p, o))
    assert viz.to_networkx(plain).number_of_edges() == 9


def test_parallel_relations_are_curved_apart(injection_store):
    g = viz.to_networkx(open_store(injection_store))
    mallory, trap = RES + "person/mallory", RES + "film/trap"
    assert g.number_of_edges(mallory, trap) == 2
    net = viz.network(g)
    parallel = [e for e in net.edges if (e["from"], e["to"]) == (mallory, trap)]
    assert {e["label"] for e in parallel} == {"directed", "appears in"}
    assert {e["smooth"]["type"] for e in parallel} == {"curvedCW", "curvedCCW"}
    # the link to Wikidata is a fact of the node, not a node
    assert "http://www.wikidata.org/entity/Q0" not in g
    assert any(f["relation"] == "same as" for f in g.nodes[mallory]["facts"])


# --- pyvis network and page -----------------------------------------------------------------


def test_network_is_a_pyvis_network_styled_by_class(store):
    net = viz.network(store)
    assert isinstance(net, Network)
    assert (net.num_nodes(), net.num_edges()) == (11, 9)
    node = net.get_node(COX)
    assert node["label"] == "Charlie Cox" and node["shape"] == "dot"
    assert node["kg"]["class"] == "person" and node["kg"]["facts"]
    assert net.get_node(MURDOCK)["shape"] == "diamond"
    # sized by degree: Murdock (3 relations) is bigger than Cox (1)
    assert net.get_node(MURDOCK)["size"] > node["size"]
    assert {e["arrows"] for e in net.edges} == {"to"}
    assert {item["class"] for item in net.legend} == {
        "person",
        "character",
        "series",
        "episode",
        "organization",
        "place",
    }
    assert net.options["layout"]["randomSeed"] == viz.vis_options(1)["layout"]["randomSeed"]


def test_page_is_self_contained_and_deterministic(store, tmp_path):
    out = tmp_path / "out" / "page.html"
    viz.write_html(store, out)
    page = out.read_text(encoding="utf-8")
    # vis-network is embedded; nothing is loaded from anywhere
    assert "vis-network" in page and "new vis.Network" in page
    tags_with_urls = re.findall(
        r"<(?:script|link|img|iframe|style)\b[^>]*\b(?:src|href)\s*=\s*\"([^\"]*)\"", page
    )
    assert tags_with_urls == ["data:,"]
    assert "bootstrap" not in page and "cdnjs" not in page and "jsdelivr" not in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    data = page_data(page)
    assert len(data["nodes"]) == 11 and len(data["edges"]) == 9
    # same graph, same bytes (the layout seed is fixed in the options)
    again = tmp_path / "again.html"
    viz.write_html(store, again)
    assert again.read_bytes() == out.read_bytes()
    assert not list(out.parent.glob(".page.html.*")), "temporary file left behind"


def test_hostile_text_is_data_never_markup(injection_store, tmp_path):
    out = tmp_path / "inj.html"
    viz.write_html(open_store(injection_store), out, evidence=True, title="<script>alert('title')</script>")
    page = out.read_text(encoding="utf-8")
    for needle in (*HOSTILE, "alert('title')</script>"):
        assert needle not in page, f"raw {needle!r} in the page"
    # ... and the text is intact in the data, to be shown as text
    data = page_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert "<img src=x onerror=alert(1)>" in labels
    assert "Eve </script><script>alert(3)</script>" in labels
    assert data["title"] == "<script>alert('title')</script>"
    everything = json.dumps(data)
    assert "Mallory <script>alert(7)</script> plays Eve <img src=x onerror=alert(8)> in Hack." in everything
    assert "<img src=x onerror=alert(6)>.txt" in everything
    # pyvis's traps are not used: no `title` HTML in the data, no raw heading, no select menu
    assert all("title" not in n for n in data["nodes"])
    assert "TomSelect" not in page


def test_page_from_a_prebuilt_graph_and_notebook_repr(store):
    g = viz.to_networkx(store, focus="Matt Murdock")
    net = viz.network(g)
    assert net.num_nodes() == 4
    # the focus node is outlined
    assert net.get_node(MURDOCK)["borderWidth"] > net.get_node(COX)["borderWidth"]
    frame = net._repr_html_()
    assert frame.startswith('<iframe sandbox="allow-scripts"') and "<script" not in frame


# --- the command ------------------------------------------------------------------------------


def test_cli_viz_writes_the_page(small_store, tmp_path):
    out = tmp_path / "build" / "defenders.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(small_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.stdout and "11 nodes, 9 edges" in result.stdout
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 11


def test_cli_viz_selections(small_store, tmp_path):
    out = tmp_path / "sel.html"
    args = ["viz", "--store", str(small_store), "-o", str(out)]
    result = CliRunner().invoke(
        cli, [*args, "--focus", "Matt Murdock", "--depth", "1", "--exclude-class", "series"]
    )
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"Matt Murdock", "Charlie Cox"}
    assert "Matt Murdock" in data["title"]
    result = CliRunner().invoke(
        cli, [*args, "--class", "person,character", "--relation", "plays", "--evidence"]
    )
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert Counter(n["kg"]["class"] for n in data["nodes"]) == {
        "person": 2,
        "character": 2,
        "sentence": 1,
        "document": 1,
    }
    result = CliRunner().invoke(
        cli, [*args, "--query", "CONSTRUCT { ?s kg:directed ?o } WHERE { ?s kg:directed ?o }"]
    )
    assert result.exit_code == 0 and "2 nodes, 1 edges" in result.stdout


def test_cli_viz_user_errors_and_large_graph_warning(small_store, tmp_path):
    args = ["viz", "--store", str(small_store), "-o", str(tmp_path / "x.html")]
    result = CliRunner().invoke(cli, [*args, "--focus", "Frank Castle"])
    assert result.exit_code == 1
    assert (
        result.stderr.startswith("Error: no entity called 'Frank Castle'") and result.stderr.count("\n") == 1
    )
    result = CliRunner().invoke(cli, [*args, "--query", "SELECT ?x WHERE {"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    result = CliRunner().invoke(cli, [*args, "--max-nodes", "5"])
    assert result.exit_code == 0
    assert "large graph (11 nodes" in result.stderr and "--focus" in result.stderr
    result = CliRunner().invoke(
        cli, ["viz", "--store", str(tmp_path / "nowhere"), "-o", str(tmp_path / "y.html")]
    )
    assert result.exit_code == 1 and "kg build" in result.stderr


def test_an_implied_parent_edge_is_not_drawn_beside_the_mother_edge(tmp_path):
    doc = tmp_path / "docs" / "harbor.txt"
    doc.parent.mkdir()
    doc.write_text(
        "Harbor is an American drama.\n\nDana Mor as Della Mill: Cole's mother.\nTom Kay as Cole Mill: a detective.\n"
    )
    result = CliRunner().invoke(
        cli, ["build", "-q", "--no-links", "--store", str(tmp_path / "st"), str(doc.parent)]
    )
    assert result.exit_code == 0, result.output
    g = viz.to_networkx(open_store(tmp_path / "st"))
    between = [
        d["relation"]
        for s, o, d in g.edges(data=True)
        if {s, o} == {RES + "character/della-mill", RES + "character/cole-mill"}
    ]
    assert between == ["mother of"]
