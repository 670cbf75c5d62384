"""Linked-data pages, the query page, VoID and `kg serve --get`, answered in-process.

The pages are fetched through `kg.server.get_once` (the app itself, no socket) and through the
CLI with click's CliRunner.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, make_store

from kg import vocab
from kg.cli import cli
from kg.server import get_once
from kg.store import open_store
from kg.void import VOID, void_turtle

TRIG = FIXTURES / "server_kg.trig"
CHARLIE = vocab.RES + "person/charlie-cox"
RDF_FORMATS = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("pages") / "store", TRIG)


@pytest.fixture(scope="module")
def queries_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("queries")
    (folder / "cast.rq").write_text(
        "# Who plays whom <b>(cast)</b>\nSELECT ?actor ?character WHERE {\n"
        "  ?a kg:plays ?c ; rdfs:label ?actor . ?c rdfs:label ?character .\n}\n",
        encoding="utf-8",
    )
    (folder / "series.rq").write_text(
        "# Every series\nSELECT ?s ?label WHERE { ?s a schema:TVSeries ; rdfs:label ?label }\n",
        encoding="utf-8",
    )
    return folder


def fetch(
    store_dir: Path, path: str, accept: str = "*/*", **options: object
) -> tuple[int, dict[str, str], bytes]:
    return get_once(path, accept=accept, store_path=store_dir, **options)


def triples_of(body: bytes, fmt: ox.RdfFormat) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(body, format=fmt)}


# --- entity pages: content negotiation ------------------------------------------------------------------


def test_entity_page_html(store_dir: Path) -> None:
    status, headers, body = fetch(store_dir, "/resource/person/charlie-cox", "text/html")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert "Accept" in headers["vary"]
    page = body.decode()
    assert "<h1>Charlie Cox</h1>" in page
    assert "schema:Person" in page  # class
    assert "<li>Cox</li>" in page  # names
    # a fact, linked to the object's page on this server, with its source document
    assert '<a href="/resource/character/matt-murdock"' in page
    assert ">Matt Murdock</a>" in page
    assert '<a href="/document/aaaaaaaaaaaaaaaa"' in page and "daredevil.txt" in page
    assert "http://www.wikidata.org/entity/Q2698254" in page  # owl:sameAs, linking out
    # the evidence sentence
    assert "Daredevil stars Charlie Cox as Matt Murdock, a blind lawyer." in page
    assert "characters 0–58" in page
    assert "default-src 'none'" in headers["content-security-policy"]


def test_entity_page_incoming_facts(store_dir: Path) -> None:
    _, _, body = fetch(store_dir, "/resource/series/the-defenders", "text/html")
    page = body.decode()
    incoming = page.split('id="incoming"')[1].split("</table>")[0]
    for who in ("Matt Murdock", "Claire Temple", "The Defenders season 1"):
        assert who in incoming
    assert '<a href="/resource/character/claire-temple"' in incoming


@pytest.mark.parametrize(("accept", "fmt"), RDF_FORMATS)
def test_entity_rdf_by_accept(store_dir: Path, accept: str, fmt: ox.RdfFormat) -> None:
    status, headers, body = fetch(store_dir, "/resource/person/charlie-cox", accept)
    assert status == 200
    assert headers["content-type"].startswith(accept)
    triples = triples_of(body, fmt)
    charlie = ox.NamedNode(CHARLIE)
    assert ox.Triple(charlie, ox.NamedNode(vocab.LABEL), ox.Literal("Charlie Cox")) in triples
    assert (
        ox.Triple(charlie, ox.NamedNode(vocab.PLAYS), ox.NamedNode(vocab.RES + "character/matt-murdock"))
        in triples
    )
    sentences = [t.object.value for t in triples if t.predicate.value == vocab.RDF_VALUE]
    assert sentences == ["Daredevil stars Charlie Cox as Matt Murdock, a blind lawyer."]
    # same description whatever the format
    _, _, turtle = fetch(store_dir, "/resource/person/charlie-cox", "text/turtle")
    assert triples == triples_of(turtle, ox.RdfFormat.TURTLE)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"),  # a browser
        ("*/*", "text/html"),
        ("text/turtle;q=0.5, text/html", "text/html"),
        ("text/html;q=0.5, text/turtle", "text/turtle"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples, */*;q=0.1", "application/n-triples"),
    ],
)
def test_negotiation_preferences(store_dir: Path, accept: str, expected: str) -> None:
    status, headers, _ = fetch(store_dir, "/resource/person/charlie-cox", accept)
    assert status == 200 and headers["content-type"].startswith(expected)


def test_format_parameter_and_406(store_dir: Path) -> None:
    status, headers, _ = fetch(store_dir, "/resource/person/charlie-cox?format=jsonld", "text/html")
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    status, _, body = fetch(store_dir, "/resource/person/charlie-cox", "image/png")
    assert status == 406 and b"text/turtle" in body


def test_unknown_entity_is_404(store_dir: Path) -> None:
    status, headers, body = fetch(store_dir, "/resource/person/nobody", "text/html")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert "resource/person/nobody" in body.decode()
    status, headers, body = fetch(store_dir, "/resource/person/nobody", "text/turtle")
    assert status == 404 and headers["content-type"].startswith("text/plain")
    status, _, _ = fetch(store_dir, "/nothing/here", "text/plain")
    assert status == 404


def test_document_page(store_dir: Path) -> None:
    status, _, body = fetch(store_dir, "/document/bbbbbbbbbbbbbbbb", "text/html")
    assert status == 200
    page = body.decode()
    assert "defenders.txt" in page
    assert "kg:Document" in page


# --- escaping and link safety ---------------------------------------------------------------------------


def test_markup_in_labels_is_escaped(store_dir: Path) -> None:
    status, _, body = fetch(store_dir, "/resource/character/mallory", "text/html")
    assert status == 200
    page = body.decode()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;Mallory&#34;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # the only <script> tags a page may have are our own local ones
    assert re.findall(r"<script\b[^>]*>", page) == []
    # a javascript: IRI is shown, never linked
    assert "javascript:alert(document.cookie)" in page
    assert 'href="javascript:' not in page.lower()


def test_markup_in_evidence_is_escaped(store_dir: Path) -> None:
    _, _, body = fetch(store_dir, "/resource/person/rosario-dawson", "text/html")
    page = body.decode()
    assert "Claire Temple &lt;b&gt;in&lt;/b&gt; The Defenders." in page
    assert "<b>in</b>" not in page


# --- base IRI -------------------------------------------------------------------------------------------


def test_base_iri_maps_paths_to_the_deployments_iris(tmp_path: Path) -> None:
    other = "https://example.org/kg/"
    trig = tmp_path / "other.trig"
    trig.write_text(TRIG.read_text(encoding="utf-8").replace(vocab.BASE, other), encoding="utf-8")
    store = make_store(tmp_path / "store", trig)

    status, _, body = fetch(store, "/resource/person/charlie-cox", "text/html", base_iri=other)
    assert status == 200
    page = body.decode()
    assert "https://example.org/kg/resource/person/charlie-cox" in page
    assert '<a href="/resource/character/matt-murdock"' in page  # resolves on this server
    status, _, body = fetch(
        store, "/resource/person/charlie-cox", "text/turtle", base_iri="https://example.org/kg"
    )
    assert status == 200  # a missing trailing slash is added
    assert ox.NamedNode(other + "resource/person/charlie-cox") in {
        t.subject for t in triples_of(body, ox.RdfFormat.TURTLE)
    }
    # with the default base IRI these paths name other IRIs, which this store does not have
    status, _, _ = fetch(store, "/resource/person/charlie-cox", "text/html")
    assert status == 404


def test_bad_base_iri_is_a_clear_error(store_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--store", str(store_dir), "--base-iri", "ftp:/x", "--get", "/"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: --base-iri must be an absolute http(s) IRI")
    assert "Traceback" not in result.output


# --- VoID -----------------------------------------------------------------------------------------------


def void_triples(body: bytes) -> set[ox.Triple]:
    return triples_of(body, ox.RdfFormat.TURTLE)


def value_of(triples: set[ox.Triple], subject: ox.NamedNode | ox.BlankNode, prop: str) -> list[str]:
    return sorted(
        t.object.value for t in triples if t.subject == subject and t.predicate.value == VOID + prop
    )


def test_void_served_at_well_known(store_dir: Path) -> None:
    status, headers, body = fetch(store_dir, "/.well-known/void", "text/turtle")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    triples = void_triples(body)
    ds = ox.NamedNode(vocab.BASE + ".well-known/void#dataset")
    assert ox.Triple(ds, ox.NamedNode(vocab.RDF_TYPE), ox.NamedNode(VOID + "Dataset")) in triples

    store = open_store(store_dir)
    distinct = {q.triple for q in store.quads_for_pattern(None, None, None, None)}
    assert value_of(triples, ds, "triples") == [str(len(distinct))]
    typed = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(vocab.RDF_TYPE), None, None)}
    entities = {
        q.subject
        for q in store.quads_for_pattern(
            None, ox.NamedNode(vocab.RDF_TYPE), None, ox.NamedNode(vocab.ENTITIES_GRAPH)
        )
    }
    assert value_of(triples, ds, "entities") == [str(len(entities))]
    classes = {q.object for q in store.quads_for_pattern(None, ox.NamedNode(vocab.RDF_TYPE), None, None)}
    assert value_of(triples, ds, "classes") == [str(len(classes))]
    assert value_of(triples, ds, "properties") == [str(len({t.predicate for t in distinct}))]
    assert len(typed) >= len(entities)
    vocabularies = value_of(triples, ds, "vocabulary")
    assert vocab.SCHEMA in vocabularies and vocab.KG in vocabularies and vocab.OWL in vocabularies
    assert value_of(triples, ds, "sparqlEndpoint") == ["http://127.0.0.1:8000/sparql"]

    linksets = {t.object for t in triples if t.subject == ds and t.predicate.value == VOID + "subset"}
    by_target = {}
    for linkset in linksets:
        target = next(
            t.object for t in triples if t.subject == linkset and t.predicate.value == VOID + "objectsTarget"
        )
        by_target[value_of(triples, target, "uriSpace")[0]] = value_of(triples, linkset, "triples")
        assert value_of(triples, linkset, "linkPredicate") == [vocab.OWL + "sameAs"]
    assert by_target == {vocab.WD: ["2"], "http://dbpedia.org/resource/": ["1"]}


def test_void_in_other_formats(store_dir: Path) -> None:
    _, _, turtle = fetch(store_dir, "/.well-known/void", "text/turtle")
    for accept, fmt in RDF_FORMATS[1:]:
        status, headers, body = fetch(store_dir, "/.well-known/void", accept)
        assert status == 200 and headers["content-type"].startswith(accept)
        assert len(triples_of(body, fmt)) == len(void_triples(turtle))


def test_export_void(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "void.ttl"
    result = CliRunner().invoke(cli, ["export", "--store", str(store_dir), "--void", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "void:Dataset" in text and "void:Linkset" in text
    assert "sparqlEndpoint" not in text  # not served: no endpoint to name
    assert text == void_turtle(open_store(store_dir))  # same store, same bytes


# --- the query page and its assets ------------------------------------------------------------------------


def test_query_page(store_dir: Path, queries_dir: Path) -> None:
    status, headers, body = fetch(store_dir, "/", "text/html", queries_folder=queries_dir)
    assert status == 200 and headers["content-type"].startswith("text/html")
    page = body.decode()
    assert '<option value="cast"' in page and '<option value="series"' in page
    # descriptions are escaped like everything else
    assert "&lt;b&gt;(cast)&lt;/b&gt;" in page and "<b>(cast)</b>" not in page
    # prefixes are pre-filled, in the editor and in the named queries
    editor = page.split('<textarea id="query"')[1].split("</textarea>")[0]
    assert "PREFIX kg: &lt;https://w3id.org/defenders-kg/ontology#&gt;" in editor
    cast_option = page.split('<option value="cast"')[1].split(">")[0]
    assert "PREFIX rdfs:" in cast_option
    # every asset is served from here: no CDN, no inline script
    refs = re.findall(r"<(?:script|link)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", page)
    assert refs and all(r.startswith("/assets/server_") for r in refs), refs
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []


def test_assets(store_dir: Path) -> None:
    status, headers, body = fetch(store_dir, "/assets/server_query.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript")
    assert re.search(rb"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write", body) is None
    assert b"textContent" in body
    assert re.findall(rb"[\"'`]https?://", body) == []  # fetches only this server
    status, headers, _ = fetch(store_dir, "/assets/server_style.css")
    assert status == 200 and headers["content-type"].startswith("text/css")
    for path in ("/assets/kg-viz.js", "/assets/..%2Fserver.py", "/assets/server_nope.js"):
        assert fetch(store_dir, path)[0] == 404, path


# --- kg serve --get -------------------------------------------------------------------------------------


def test_serve_get_entity_as_turtle(store_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "serve",
            "--store",
            str(store_dir),
            "--get",
            "/resource/person/charlie-cox",
            "--accept",
            "text/turtle",
        ],
    )
    assert result.exit_code == 0, result.output
    triples = {q.triple for q in ox.parse(result.stdout_bytes, format=ox.RdfFormat.TURTLE)}
    assert ox.Triple(ox.NamedNode(CHARLIE), ox.NamedNode(vocab.LABEL), ox.Literal("Charlie Cox")) in triples


def test_serve_get_sparql(store_dir: Path) -> None:
    query = "SELECT ?l WHERE { res:person\\/charlie-cox rdfs:label ?l }"
    result = CliRunner().invoke(cli, ["serve", "--store", str(store_dir), "--get", "/sparql?query=" + query])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout_bytes)["results"]["bindings"] == [
        {"l": {"type": "literal", "value": "Charlie Cox"}}
    ]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/resource/person/nobody", "Error: HTTP 404: Nothing is known about"),
        ("/sparql?query=SELEC", "Error: HTTP 400: SPARQL syntax error"),
        ("/sparql?query=CLEAR ALL", "Error: HTTP 403: this endpoint is read-only"),
        ("/sparql?query=SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "Error: HTTP 403: SERVICE"),
    ],
)
def test_serve_get_errors_exit_non_zero(store_dir: Path, path: str, message: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(store_dir), "--get", path])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_serve_without_a_store_is_one_line(tmp_path: Path) -> None:
    for args in (["--get", "/"], []):
        result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none"), *args])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: no knowledge graph in")
        assert "Traceback" not in result.output


def test_serve_rejects_a_url_as_allowed_host(store_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--store", str(store_dir), "--allow-service", "https://x.org/", "--get", "/"]
    )
    assert result.exit_code == 1
    assert "--allow-service takes a host name" in result.stderr
