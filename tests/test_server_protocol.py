"""The SPARQL endpoint over real HTTP: SPARQLWrapper against `kg serve`'s app on 127.0.0.1.

Every protocol path (GET, POST form, POST application/sparql-query) and every result format is
checked against the same query run in-process on the same store; updates are refused; the
timeout stops a runaway query while other queries are answered; SERVICE never reaches a canary
listener unless the operator allowed its host.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from conftest import FIXTURES, make_store
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg import vocab
from kg.query import with_prefixes
from kg.server import ServerThread, _service_problem, create_app
from kg.store import current_generation, open_store

TRIG = FIXTURES / "server_kg.trig"
DOC_A = vocab.BASE + "document/aaaaaaaaaaaaaaaa"
DOC_B = vocab.BASE + "document/bbbbbbbbbbbbbbbb"
TIMEOUT = 1.5
MAX_ROWS = 40

CAST = """SELECT ?actor ?character WHERE {
  ?a kg:plays ?c . ?a rdfs:label ?actor . ?c rdfs:label ?character .
} ORDER BY ?actor"""
# 5-way cross product of ~90 triples: billions of rows, far past any timeout
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


# --- fixtures --------------------------------------------------------------------------------------


class Canary:
    """A listener on 127.0.0.1 that records every connection; it answers like a SPARQL endpoint."""

    ANSWER: ClassVar[dict] = {
        "head": {"vars": ["x"]},
        "results": {"bindings": [{"x": {"type": "literal", "value": "canary"}}]},
    }

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.requests: list[bytes] = []
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.05)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                except OSError:
                    pass
                self.requests.append(data or b"<connection without request>")
                body = json.dumps(self.ANSWER).encode()
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                ).encode()
                try:
                    conn.sendall(head + body)
                except OSError:
                    pass

    def close(self) -> None:
        self._stop = True
        self.thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("server") / "store", TRIG)


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[tuple[str, object]]:
    app = create_app(store_dir, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2)
    with ServerThread(app) as url:
        yield url, app


@pytest.fixture(scope="module")
def endpoint(server: tuple[str, object]) -> str:
    return server[0] + "/sparql"


@pytest.fixture(scope="module")
def local_store(store_dir: Path) -> ox.Store:
    return open_store(store_dir)


@pytest.fixture
def canary() -> Iterator[Canary]:
    c = Canary()
    yield c
    c.close()


def wrapper(endpoint: str, query: str, fmt: str = JSON, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method == "POST":
        sparql.setMethod(POST)
        sparql.setRequestMethod(URLENCODED)
    elif method == "POSTDIRECTLY":
        sparql.setMethod(POST)
        sparql.setRequestMethod(POSTDIRECTLY)
    return sparql


def http(
    url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
):
    """(status, headers, body) of a request, without raising on HTTP errors."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(endpoint: str, query: str, accept: str = "application/sparql-results+json", **params: str):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http(f"{endpoint}?{qs}", headers={"Accept": accept})


def local_rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    """The same query in-process: the reference the endpoint's answers are compared with."""
    result = store.query(vocab.sparql_prefixes() + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in result]


def json_rows(doc: dict) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


# --- protocol paths and formats ------------------------------------------------------------------------

METHODS = ["GET", "POST", "POSTDIRECTLY"]


@pytest.mark.parametrize("method", METHODS)
def test_select_json_matches_in_process(endpoint: str, local_store: ox.Store, method: str) -> None:
    result = wrapper(endpoint, CAST, JSON, method).query()
    assert "application/sparql-results+json" in result.info()["content-type"]
    rows = json_rows(result.convert())
    assert rows == local_rows(local_store, CAST)
    assert {"actor": "Charlie Cox", "character": "Matt Murdock"} in rows


@pytest.mark.parametrize("method", METHODS)
def test_select_xml_csv_tsv(endpoint: str, local_store: ox.Store, method: str) -> None:
    expected = local_rows(local_store, CAST)

    xml_doc = wrapper(endpoint, CAST, XML, method).query().convert()
    results = xml_doc.getElementsByTagName("result")
    assert len(results) == len(expected)
    literals = [n.firstChild.data for n in xml_doc.getElementsByTagName("literal")]
    assert literals[:2] == [expected[0]["actor"], expected[0]["character"]]

    csv_result = wrapper(endpoint, CAST, CSV, method).query()
    assert csv_result.info()["content-type"].startswith("text/csv")
    lines = csv_result.convert().decode("utf-8").splitlines()
    assert lines[0] == "actor,character"
    assert lines[1:] == [f"{r['actor']},{r['character']}" for r in expected]

    tsv_result = wrapper(endpoint, CAST, TSV, method).query()
    assert tsv_result.info()["content-type"].startswith("text/tab-separated-values")
    lines = tsv_result.convert().decode("utf-8").splitlines()
    assert lines[0] == "?actor\t?character"
    assert lines[1:] == [f'"{r["actor"]}"\t"{r["character"]}"' for r in expected]


@pytest.mark.parametrize("method", METHODS)
def test_ask(endpoint: str, method: str) -> None:
    assert wrapper(endpoint, "ASK { ?p kg:plays ?c }", JSON, method).queryAndConvert() == {
        "head": {},
        "boolean": True,
    }
    xml_doc = wrapper(endpoint, "ASK { ?p kg:directed ?c }", XML, method).queryAndConvert()
    assert xml_doc.getElementsByTagName("boolean")[0].firstChild.data == "false"


CONSTRUCT = "CONSTRUCT { ?a kg:plays ?c . ?c rdfs:label ?l } WHERE { ?a kg:plays ?c . ?c rdfs:label ?l }"
GRAPH_FORMATS = [
    (TURTLE, "text/turtle", ox.RdfFormat.TURTLE),
    (N3, "text/turtle", ox.RdfFormat.TURTLE),
    (RDFXML, "application/rdf+xml", ox.RdfFormat.RDF_XML),
    (JSONLD, "application/ld+json", ox.RdfFormat.JSON_LD),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(("fmt", "ctype", "rdf_format"), GRAPH_FORMATS)
def test_construct_formats(
    endpoint: str, local_store: ox.Store, method: str, fmt: str, ctype: str, rdf_format: ox.RdfFormat
) -> None:
    response = wrapper(endpoint, CONSTRUCT, fmt, method).query()
    assert response.info()["content-type"].startswith(ctype)
    triples = {q.triple for q in ox.parse(response.response.read(), format=rdf_format)}
    expected = set(local_store.query(vocab.sparql_prefixes() + CONSTRUCT, use_default_graph_as_union=True))
    assert triples == expected
    assert len(triples) == 4


def test_construct_ntriples_and_describe(endpoint: str) -> None:
    status, headers, body = get(endpoint, CONSTRUCT, accept="application/n-triples")
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert len(list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))) == 4
    status, _, body = get(endpoint, "DESCRIBE res:person\\/charlie-cox", accept="text/turtle")
    assert status == 200
    labels = [
        q.object.value for q in ox.parse(body, format=ox.RdfFormat.TURTLE) if q.predicate.value == vocab.LABEL
    ]
    assert labels == ["Charlie Cox"]


def test_format_parameter_overrides_accept(endpoint: str) -> None:
    status, headers, body = get(endpoint, CAST, accept="application/sparql-results+json", format="csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert body.decode().startswith("actor,character")


def test_unacceptable_type_is_406(endpoint: str) -> None:
    status, _, body = get(endpoint, CAST, accept="image/png")
    assert status == 406
    assert b"application/sparql-results+json" in body


def test_syntax_error_is_400_with_the_clients_line(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as info:
        wrapper(endpoint, "SELECT * WHERE {\n  ?s ?p\n}").query()
    assert "error at 3:" in str(info.value)  # line 3 of the query sent, not of the query + PREFIXes


# --- datasets -------------------------------------------------------------------------------------------

PLAYS = "SELECT ?a WHERE { ?a kg:plays ?c } ORDER BY ?a"


@pytest.mark.parametrize("method", METHODS)
def test_default_graph_uri(endpoint: str, method: str) -> None:
    sparql = wrapper(endpoint, PLAYS, JSON, method)
    assert len(json_rows(sparql.queryAndConvert())) == 2  # union of all graphs
    sparql = wrapper(endpoint, PLAYS, JSON, method)
    sparql.addDefaultGraph(DOC_A)
    assert json_rows(sparql.queryAndConvert()) == [{"a": vocab.RES + "person/charlie-cox"}]


@pytest.mark.parametrize("method", METHODS)
def test_named_graph_uri(endpoint: str, method: str) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a kg:plays ?c } } ORDER BY ?g"
    assert json_rows(wrapper(endpoint, query, JSON, method).queryAndConvert()) == [{"g": DOC_A}, {"g": DOC_B}]
    sparql = wrapper(endpoint, query, JSON, method)
    sparql.addNamedGraph(DOC_B)
    assert json_rows(sparql.queryAndConvert()) == [{"g": DOC_B}]
    # only named graphs given: the default graph is empty, as the protocol says
    sparql = wrapper(endpoint, PLAYS, JSON, method)
    sparql.addNamedGraph(DOC_B)
    assert json_rows(sparql.queryAndConvert()) == []


def test_from_clause_picks_the_default_graph(endpoint: str) -> None:
    query = f"SELECT ?a FROM <{DOC_B}> WHERE {{ ?a kg:plays ?c }}"
    assert json_rows(wrapper(endpoint, query).queryAndConvert()) == [
        {"a": vocab.RES + "person/rosario-dawson"}
    ]


def test_bad_graph_iri_is_400(endpoint: str) -> None:
    status, _, body = get(endpoint, PLAYS, **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"not an IRI" in body


# --- service description, CORS, methods -----------------------------------------------------------------


def test_service_description(endpoint: str) -> None:
    status, headers, body = http(endpoint, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    triples = {q.triple for q in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    sd = "http://www.w3.org/ns/sparql-service-description#"
    me = ox.NamedNode(endpoint)
    assert ox.Triple(me, ox.NamedNode(vocab.RDF_TYPE), ox.NamedNode(sd + "Service")) in triples
    assert ox.Triple(me, ox.NamedNode(sd + "endpoint"), me) in triples
    assert (
        ox.Triple(me, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")) in triples
    )
    names = {t.object.value for t in triples if t.predicate.value == sd + "name"}
    assert {DOC_A, DOC_B, vocab.ENTITIES_GRAPH} <= names
    status, headers, body = http(endpoint, headers={"Accept": "application/ld+json"})
    assert status == 200 and headers["content-type"].startswith("application/ld+json")
    assert len(list(ox.parse(body, format=ox.RdfFormat.JSON_LD))) == len(triples)


def test_cors(endpoint: str) -> None:
    qs = urllib.parse.urlencode({"query": "ASK {}"})
    status, headers, _ = http(f"{endpoint}?{qs}", headers={"Origin": "https://yasgui.example"})
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    status, headers, _ = http(
        endpoint,
        method="OPTIONS",
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, accept",
        },
    )
    assert status == 200
    assert "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()


def test_oversized_requests_are_413(endpoint: str) -> None:
    # a body announced as too large is refused before it is read (the client may still be sending
    # it, so speak raw HTTP: send the headers and a little of the body, then read the answer)
    parts = urllib.parse.urlsplit(endpoint)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(
            f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            "Connection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1100000\r\n\r\nquery=".encode()
        )
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert b"larger than 1,000,000 bytes" in answer
    query = "ASK {}" + " " * 100_000
    status, _, body = http(
        endpoint, data=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    assert status == 413 and b"longer than 100,000 characters" in body


def test_unsupported_post_body_is_415(endpoint: str) -> None:
    status, _, body = http(endpoint, data=b"{}", headers={"Content-Type": "application/json"})
    assert status == 415 and b"application/sparql-query" in body


# --- read-only ------------------------------------------------------------------------------------------

INSERT = f'INSERT DATA {{ <{vocab.RES}x> <{vocab.RDFS}label> "injected" }}'


def test_updates_are_refused(endpoint: str, store_dir: Path) -> None:
    before = len(open_store(store_dir))
    sparql = SPARQLWrapper(endpoint)  # SPARQLWrapper sends updates as update=... (POST form)
    sparql.setMethod(POST)
    sparql.setQuery(INSERT)
    with pytest.raises(urllib.error.HTTPError) as info:
        sparql.query()
    assert info.value.code == 403
    assert b"read-only" in info.value.read()
    status, _, body = http(
        endpoint, data=INSERT.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    assert status == 403 and b"read-only" in body
    status, _, body = get(endpoint, INSERT)  # an update smuggled in as a query
    assert status == 403 and b"read-only" in body
    status, _, body = get(endpoint, "PREFIX x: <http://x/>\nDROP ALL")
    assert status == 403
    assert get(endpoint, 'ASK { ?s ?p "injected" }')[2] == b'{"head":{},"boolean":false}'
    assert len(open_store(store_dir)) == before


# --- limits ---------------------------------------------------------------------------------------------


def test_timeout_stops_a_runaway_query_while_others_are_served(
    server: tuple[str, object], endpoint: str
) -> None:
    app = server[1]
    pool = app.state.kg.pool  # type: ignore[attr-defined]
    killed_before = pool.killed
    pids_before = set(pool.pids())
    slow: dict[str, object] = {}

    def run_slow() -> None:
        slow["response"] = get(endpoint, RUNAWAY)

    thread = threading.Thread(target=run_slow)
    thread.start()
    answered_while_slow_ran = False
    for _ in range(3):
        status, _, body = get(endpoint, CAST)
        assert status == 200 and b"Charlie Cox" in body
        answered_while_slow_ran = answered_while_slow_ran or thread.is_alive()
    thread.join(30)
    assert answered_while_slow_ran, "the quick queries should be answered while the runaway one runs"
    status, _, body = slow["response"]  # type: ignore[misc]
    assert status == 503
    assert f"{TIMEOUT:g} s timeout" in body.decode()
    assert pool.killed == killed_before + 1
    gone = pids_before - set(pool.pids())
    assert len(gone) == 1
    assert not alive(gone.pop())  # the worker that ran the runaway query is really gone
    status, _, body = get(endpoint, CAST)  # and a replacement serves the next queries
    assert status == 200 and b"Matt Murdock" in body


def test_max_rows(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 400
    assert f"more than {MAX_ROWS} rows" in body.decode()
    status, _, body = get(endpoint, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    status, _, body = get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert status == 400 and f"more than {MAX_ROWS} triples" in body.decode()


# --- SERVICE: no outbound requests on a client's behalf ---------------------------------------------------


def service_variants(url: str) -> dict[str, str]:
    """Ways to write a SERVICE call; each one makes pyoxigraph fetch the URL (checked below)."""
    host = urllib.parse.urlsplit(url)
    escaped = url.replace(":", "\\u003A", 2).replace("\\u003A", ":", 1)  # escape the port colon
    return {
        "plain": f"SELECT * WHERE {{ ?s ?p ?o SERVICE <{url}> {{ ?x ?y ?z }} }}",
        "lower case, no spaces": f"select * where {{ ?s ?p ?o service<{url}>{{ ?x ?y ?z }} }}",
        "silent": f"SELECT * WHERE {{ ?s ?p ?o SERVICE SILENT <{url}> {{ ?x ?y ?z }} }}",
        "glued to a prefixed name": f"PREFIX ep: <http://{host.netloc}/> "
        f"SELECT * WHERE {{ ?s ?p ?o SERVICEep:sparql {{ ?x ?y ?z }} }}",
        "escaped IRI": f"SELECT * WHERE {{ ?s ?p ?o SERVICE <{escaped}> {{ ?x ?y ?z }} }}",
        "after a dot": f"SELECT * WHERE {{ ?s ?p ?o.SERVICE<{url}> {{ ?x ?y ?z }} }}",
        "inside FILTER EXISTS": f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
        # '<' is a less-than here, so the quote opens a string that ends before SERVICE; a lexer that
        # reads <'> as an IRI sees SERVICE inside a string instead
        "hidden by an ambiguous <": f"SELECT * WHERE {{ ?s ?p ?o BIND(?s<'>\"' AS ?z) "
        f'SERVICE <{url}> {{ ?x ?y ?z }} #"\n}}',
    }


def test_service_variants_really_fetch_in_pyoxigraph(canary: Canary) -> None:
    """The threat is real: run directly in pyoxigraph, every variant connects to the canary."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    for name, query in service_variants(canary.url).items():
        before = len(canary.requests)
        try:
            list(store.query(query))
        except (OSError, RuntimeError, SyntaxError) as exc:
            assert not isinstance(exc, SyntaxError), f"{name}: {exc}"
        assert len(canary.requests) == before + 1, name


def test_service_is_refused_and_nothing_is_fetched(endpoint: str, canary: Canary) -> None:
    for name, query in service_variants(canary.url).items():
        status, _, body = get(endpoint, query)
        assert status == 403, name
        assert b"SERVICE" in body and b"--allow-service" in body, name
    # FROM / FROM NAMED only name graphs of the store: they fetch nothing either
    for query in (
        f"SELECT * FROM <{canary.url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{canary.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ):
        status, _, body = get(endpoint, query)
        assert status == 200 and json.loads(body)["results"]["bindings"] == []
    status, _, _ = get(endpoint, f"ASK {{ ?s ?p <{canary.url}> }}")
    assert status == 200
    assert canary.requests == []


def test_allow_service_lets_the_named_host_through(store_dir: Path, canary: Canary) -> None:
    app = create_app(store_dir, allow_service=["127.0.0.1"], workers=1)
    with ServerThread(app) as url:
        endpoint = url + "/sparql"
        status, _, body = get(endpoint, f"SELECT ?x WHERE {{ SERVICE <{canary.url}> {{ ?x ?y ?z }} }}")
        assert status == 200, body
        assert json_rows(json.loads(body)) == [{"x": "canary"}]
        assert len(canary.requests) == 1
        # other hosts, prefixed names and variables stay refused, without a connection
        other = canary.url.replace("127.0.0.1", "localhost")
        for query in (
            f"SELECT * WHERE {{ SERVICE <{other}> {{ ?x ?y ?z }} }}",
            f"PREFIX c: <{canary.url}> SELECT * WHERE {{ SERVICE c: {{ ?x ?y ?z }} }}",
            f"SELECT * WHERE {{ VALUES ?e {{ <{canary.url}> }} SERVICE ?e {{ ?x ?y ?z }} }}",
            f"SELECT * WHERE {{ SERVICE <http://user@127.0.0.1:{canary.port}/> {{ ?x ?y ?z }} }}",
        ):
            status, _, body = get(endpoint, query)
            assert status == 403, query
        assert len(canary.requests) == 1


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p 'SERVICE <http://x/> {}' }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> {}",
        "SELECT * WHERE { ?s <http://example.org/service> ?o }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?p = <http://example.org/service>) }",
        "SELECT ?service WHERE { ?service ?p ?o }",
        "PREFIX schema: <https://schema.org/> SELECT * WHERE { ?s a schema:ServiceChannel }",
        'SELECT * WHERE { ?s ?p """a long "SERVICE" string""" }',
    ],
)
def test_service_check_lets_harmless_mentions_through(query: str) -> None:
    assert _service_problem(query, ()) is None


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p 1SERVICE<http://x/>{} }",  # keywords have no word boundary in pyoxigraph
        "SELECT * WHERE { ?s ?p 'x'@en-SERVICE<http://x/>{} }",
        "SELECT * WHERE { ?s ?p ''' ' SERVICE <http://x/> {} ' }",  # unterminated long string
        "SELECT * WHERE { ?s ?p ?o FILTER(?o<'>\"') SERVICE <http://x/> {} #\"\n}",
    ],
)
def test_service_check_refuses_when_unsure(query: str) -> None:
    assert _service_problem(query, ()) is not None


def test_a_new_build_is_picked_up_while_serving(tmp_path: Path) -> None:
    """`kg build` swaps in a new generation atomically; the running server moves to it."""
    root = make_store(tmp_path / "store", FIXTURES / "small.trig")
    app = create_app(root, workers=1)
    query = "SELECT ?l WHERE { res:character\\/mallory rdfs:label ?l }"
    with ServerThread(app) as url:
        status, _, body = get(url + "/sparql", query)
        assert status == 200 and json.loads(body)["results"]["bindings"] == []
        assert http(url + "/resource/character/mallory", headers={"Accept": "text/turtle"})[0] == 404
        make_store(root, TRIG)  # what `kg build` does: write a new generation, swap the link
        deadline = threading.Event()
        for _ in range(100):  # the server re-reads the current generation about once a second
            status, _, body = get(url + "/sparql", query)
            assert status == 200
            if json.loads(body)["results"]["bindings"]:
                break
            deadline.wait(0.05)
        assert json.loads(body)["results"]["bindings"][0]["l"]["value"].endswith('"Mallory"')
        assert http(url + "/resource/character/mallory", headers={"Accept": "text/turtle"})[0] == 200


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting for its reaper does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


ORPHAN_PARENT = """
import sys, threading
from kg.server import Job, QueryPool
pool = QueryPool(1, 600)
starter = threading.Thread(target=pool.start)  # started from a thread that ends at once
starter.start()
starter.join()
print(pool.pids()[0], flush=True)
pool.run(Job(sys.argv[1], sys.argv[2], None, None, "application/sparql-results+json", None, 10))
"""


def test_a_worker_does_not_outlive_the_server(store_dir: Path) -> None:
    """Kill the server process while its worker runs a runaway query: the worker goes too."""
    server = subprocess.Popen(
        [sys.executable, "-c", ORPHAN_PARENT, with_prefixes(RUNAWAY), str(current_generation(store_dir))],
        stdout=subprocess.PIPE,
        text=True,
    )
    worker = int(server.stdout.readline())
    time.sleep(0.5)  # let the query start
    os.kill(worker, 0)  # alive, although the thread that started it has ended
    server.kill()
    server.wait()
    server.stdout.close()
    for _ in range(100):
        if not alive(worker):
            break
        time.sleep(0.1)
    else:
        os.kill(worker, 9)
        pytest.fail("the worker kept running its query after the server died")
