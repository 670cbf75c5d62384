"""`kg serve`: a read-only SPARQL 1.1 endpoint and linked-data pages over the store.

Routes (see README, "SPARQL endpoint and linked-data pages"):

* ``/sparql`` - SPARQL 1.1 Protocol (GET ``query=``, POST form, POST ``application/sparql-query``,
  ``default-graph-uri`` / ``named-graph-uri``), results in SPARQL JSON/XML/CSV/TSV and graphs in
  Turtle/N-Triples/JSON-LD/RDF-XML by content negotiation; a service description on a plain GET.
* ``/`` - a query page (editor, named queries, results table); assets under ``/assets/``.
* ``/resource/...`` and ``/document/...`` - entity pages: HTML for browsers, RDF for RDF clients.
* ``/.well-known/void`` - the VoID description of the dataset.

Security defaults: read-only (the store is opened read-only and updates are refused with 403),
binds 127.0.0.1, and never fetches a URL for a client: ``SERVICE`` is refused unless the operator
allowed the host (``--allow-service``); ``FROM <url>`` only names graphs of the store.

Limits and why queries run in worker processes: pyoxigraph cannot cancel a running query, and a
thread that runs a runaway query keeps burning CPU after its client gave up. So each query runs in
one of a few worker processes (each with its own read-only handle on the store) and is
materialized there with a row cap; the request waits at most ``timeout`` seconds for the answer.
On timeout the worker is killed (SIGKILL) and replaced, so the runaway query really stops and the
other workers keep serving.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Collection
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from . import vocab
from .errors import InputError, KGError, StoreNotFound
from .query import named_queries, with_prefixes
from .store import current_generation
from .void import sort_triples, used_prefixes, void_graph

if TYPE_CHECKING:  # starlette is imported lazily: query workers import this module too
    from starlette.applications import Starlette

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000
MAX_QUERY_CHARS = 100_000
MAX_BODY_BYTES = 1_000_000
#: how long a request may wait for a free worker before it gets "server busy"
QUEUE_WAIT = 30.0
#: how often the server looks for a new store generation (a finished `kg build`), in seconds
GENERATION_CHECK = 1.0
#: how long a freshly started worker may take to import pyoxigraph and report ready
WORKER_START_TIMEOUT = 60.0

# --- media types ---------------------------------------------------------------------------------

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
NTRIPLES = "application/n-triples"
JSONLD = "application/ld+json"
RDFXML = "application/rdf+xml"
HTML = "text/html"

#: results of SELECT/ASK: offered media types (first = default) -> pyoxigraph format
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    SPARQL_JSON: ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    SPARQL_XML: ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    CSV: ox.QueryResultsFormat.CSV,
    TSV: ox.QueryResultsFormat.TSV,
}
#: results of CONSTRUCT/DESCRIBE (and RDF documents): offered media types (first = default)
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    TURTLE: ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,
    "text/rdf+n3": ox.RdfFormat.TURTLE,
    "application/n3": ox.RdfFormat.TURTLE,
    NTRIPLES: ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    JSONLD: ox.RdfFormat.JSON_LD,
    "application/x-json+ld": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    RDFXML: ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
}
#: the Content-Type sent for each format
CONTENT_TYPE: dict[Any, str] = {
    ox.QueryResultsFormat.JSON: SPARQL_JSON,
    ox.QueryResultsFormat.XML: SPARQL_XML,
    ox.QueryResultsFormat.CSV: "text/csv; charset=utf-8",
    ox.QueryResultsFormat.TSV: "text/tab-separated-values; charset=utf-8",
    ox.RdfFormat.TURTLE: "text/turtle; charset=utf-8",
    ox.RdfFormat.N_TRIPLES: "application/n-triples",
    ox.RdfFormat.JSON_LD: JSONLD,
    ox.RdfFormat.RDF_XML: RDFXML,
}
#: ``format=`` / ``output=`` parameter values (and what SPARQLWrapper sends) -> media types
FORMAT_PARAM: dict[str, str] = {
    "json": f"{SPARQL_JSON}, {JSONLD};q=0.9",
    "xml": f"{SPARQL_XML}, {RDFXML};q=0.9",
    "csv": CSV,
    "tsv": TSV,
    "turtle": TURTLE,
    "ttl": TURTLE,
    "n3": TURTLE,
    "nt": NTRIPLES,
    "ntriples": NTRIPLES,
    "n-triples": NTRIPLES,
    "jsonld": JSONLD,
    "json-ld": JSONLD,
    "rdf": RDFXML,
    "rdfxml": RDFXML,
    "rdf+xml": RDFXML,
    "html": HTML,
}


def negotiate(accept: str | None, offers: Collection[str]) -> str | None:
    """The offer the ``Accept`` header prefers (RFC 9110 q-values, most specific range wins).

    Ties go to the earlier offer; no or empty header means the first offer; ``None`` if nothing
    acceptable is offered.
    """
    offers = list(offers)
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges: list[tuple[str, str, float]] = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        mtype = fields[0].lower()
        if "/" not in mtype:
            if mtype == "*":
                mtype = "*/*"
            else:
                continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        main, _, sub = mtype.partition("/")
        ranges.append((main, sub, q))
    best, best_q = None, 0.0
    for offer in offers:
        main, _, sub = offer.lower().partition("/")
        quality, specificity = 0.0, -1
        for rmain, rsub, q in ranges:
            if rmain == main and rsub == sub:
                spec = 2
            elif rmain == main and rsub == "*":
                spec = 1
            elif rmain == "*" and rsub == "*":
                spec = 0
            else:
                continue
            if spec > specificity:
                quality, specificity = q, spec
        if quality > best_q:
            best, best_q = offer, quality
    return best


def accept_with_format(accept: str | None, params: dict[str, list[str]]) -> str | None:
    """``format=`` (or ``output=``) in the request overrides ``Accept`` when it names a known format."""
    for key in ("format", "output"):
        for value in params.get(key, []):
            value = value.strip().lower()
            if value in FORMAT_PARAM:
                return FORMAT_PARAM[value]
            if "/" in value and negotiate(value, [*RESULT_TYPES, *GRAPH_TYPES, HTML]):
                return value
    return accept


# --- SPARQL checks: updates, SERVICE, dataset clauses ----------------------------------------------


class RequestError(KGError):
    """A request the endpoint answers with an HTTP error status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


_WS = re.compile(r"[ \t\r\n]+")
_COMMENT = re.compile(r"#[^\r\n]*")
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"""\\[tbnrf"'\\]"""
_IRIREF = re.compile(r'<(?:[^\x00-\x20<>"{}|^`\\]|' + _UCHAR + r")*>")
# Same order as the SPARQL grammar tries them: long strings first; escapes exactly as the grammar.
_STRINGS = [
    re.compile(r"'''(?:(?:'|'')?(?:[^'\\]|" + _ECHAR + "|" + _UCHAR + r"))*'''"),
    re.compile(r'"""(?:(?:"|"")?(?:[^"\\]|' + _ECHAR + "|" + _UCHAR + r'))*"""'),
    re.compile(r"'(?:[^'\\\n\r]|" + _ECHAR + "|" + _UCHAR + r")*'"),
    re.compile(r'"(?:[^"\\\n\r]|' + _ECHAR + "|" + _UCHAR + r')*"'),
]
# Narrower than SPARQL's VARNAME on purpose: whatever is not matched is lexed as code (stricter).
_VAR = re.compile(r"[?$][A-Za-z0-9_]+")
_NAME_CHARS = r"A-Za-z0-9_\-:%\\\u00B7\u00C0-\U0010FFFF"
_WORD = re.compile(rf"[{_NAME_CHARS}](?:[{_NAME_CHARS}.]*[{_NAME_CHARS}])?")
_CLEAN_PNAME = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)?:[A-Za-z0-9_][A-Za-z0-9_-]*")
_SERVICE_IRI = re.compile(r"https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(?:[/?#][^\s]*)?")
_MAX_BRANCHES = 256
_OPEN = {"(": ")", "{": "}", "[": "]"}
_CLOSE = {")", "}", "]"}


@dataclass
class _Token:
    kind: str  # iri | string | var | word | punct
    text: str


def _unescape_iri(body: str) -> str:
    return re.sub(_UCHAR, lambda m: chr(int(m.group(0)[2:], 16)), body)


def _service_problem(sparql: str, allow_hosts: Collection[str]) -> str | None:
    """Why the query may not run because of SERVICE, or None if it has no (disallowed) SERVICE.

    pyoxigraph executes ``SERVICE <url>`` by fetching the URL, and its grammar matches keywords
    without word boundaries (``SERVICEex:x`` is a SERVICE), so this is a lexer, not a regex:
    it skips comments, strings and IRIs the way the SPARQL grammar does and treats any other
    occurrence of "service" as a SERVICE clause, except inside variable names and in the local
    part of a plain prefixed name (``schema:ServiceChannel``).

    ``<`` is ambiguous: in ``FILTER(?a<'>"') SERVICE <x> {} #"`` pyoxigraph reads a less-than and a
    string, a naive lexer an IRI ``<'>`` and a string hiding the SERVICE. Where ``<`` can be an
    operator (after an operand, inside parentheses) both readings are checked; if the readings
    branch too much the query is refused as unverifiable.
    """
    if "service" not in sparql.lower():
        return None
    allowed = {_normalize_host(h) for h in allow_hosts}
    seen: set[tuple[int, tuple[str, ...], bool]] = set()
    pending: list[tuple[int, tuple[str, ...], bool]] = [(0, (), False)]
    while pending:
        state = pending.pop()
        if state in seen:
            continue
        seen.add(state)
        if len(seen) > _MAX_BRANCHES:
            return "the query is too ambiguous to check for SERVICE clauses; simplify it"
        problem = _scan_branch(sparql, *state, allowed, pending)
        if problem:
            return problem
    return None


def _scan_branch(
    text: str,
    pos: int,
    stack: tuple[str, ...],
    after_operand: bool,
    allowed: set[str],
    pending: list[tuple[int, tuple[str, ...], bool]],
) -> str | None:
    tokens: list[_Token] = []
    stack_list = list(stack)
    unsure = False  # unbalanced brackets: treat every '<' as possibly an operator from here on
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch in " \t\r\n":
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            continue
        if ch == "#":
            pos = _COMMENT.match(text, pos).end()  # type: ignore[union-attr]
            continue
        token: _Token | None = None
        end = pos + 1
        if ch in "'\"":
            for rx in _STRINGS:
                m = rx.match(text, pos)
                if m:
                    token, end = _Token("string", m.group(0)), m.end()
                    break
        elif ch == "<":
            m = _IRIREF.match(text, pos)
            if m:
                if after_operand and (unsure or not stack_list or stack_list[-1] == "("):
                    # the other reading: '<' is the less-than operator, then the rest is code
                    pending.append((pos + 1, tuple(stack_list), False))
                token, end = _Token("iri", m.group(0)), m.end()
        elif ch in "?$":
            m = _VAR.match(text, pos)
            if m:
                token, end = _Token("var", m.group(0)), m.end()
        else:
            m = _WORD.match(text, pos)
            if m:
                token, end = _Token("word", m.group(0)), m.end()
        if token is None:
            token = _Token("punct", ch)
            if ch in _OPEN:
                stack_list.append(ch)
            elif ch in _CLOSE:
                if stack_list and _OPEN[stack_list[-1]] == ch:
                    stack_list.pop()
                else:
                    unsure = True
        tokens.append(token)
        after_operand = token.kind in ("iri", "string", "var", "word") or token.text in (")", "]")
        pos = end
    return _check_service_tokens(tokens, allowed)


def _check_service_tokens(tokens: list[_Token], allowed: set[str]) -> str | None:
    disabled = (
        "SERVICE (federated query) is disabled on this endpoint: the server does not fetch URLs "
        "for clients (the operator can allow hosts with --allow-service HOST)"
    )
    for i, tok in enumerate(tokens):
        if tok.kind != "word" or "service" not in tok.text.lower():
            continue
        if tok.text.lower() != "service":
            m = _CLEAN_PNAME.fullmatch(tok.text)
            if m and "service" not in (m.group(1) or "").lower():
                continue  # a prefixed name such as schema:ServiceChannel
            return f"{disabled}; found {tok.text!r} (write SERVICE as a separate word)"
        if not allowed:
            return disabled
        j = i + 1
        if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.lower() == "silent":
            j += 1
        target = tokens[j] if j < len(tokens) else None
        if target is None or target.kind != "iri":
            return "SERVICE needs the endpoint as a full IRI like <https://host/sparql> on this endpoint"
        iri = _unescape_iri(target.text[1:-1])
        m = _SERVICE_IRI.fullmatch(iri)
        if not m:
            return f"SERVICE endpoint {iri!r} is not an absolute http(s) IRI without user info"
        host = m.group(1).lower().strip("[]")
        hostport = f"{host}:{int(m.group(2))}" if m.group(2) else host
        if host not in allowed and hostport not in allowed:
            return f"SERVICE to {host} is not allowed (allowed hosts: {', '.join(sorted(allowed))})"
    return None


_HOST_ENTRY = re.compile(r"(?:([A-Za-z0-9.-]+)|\[([0-9A-Fa-f:.]+)\])(?::(\d{1,5}))?")


def _normalize_host(entry: str) -> str:
    """An --allow-service entry as compared with SERVICE IRIs: 'host' or 'host:port', lower case."""
    m = _HOST_ENTRY.fullmatch(entry.strip())
    if not m:
        raise InputError(
            f"--allow-service takes a host name like query.wikidata.org (optionally :PORT), not {entry!r}"
        )
    host = (m.group(1) or m.group(2)).lower()
    return f"{host}:{int(m.group(3))}" if m.group(3) else host


_UPDATE_KEYWORDS = ("insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add", "with")


def looks_like_update(sparql: str) -> bool:
    """Whether the text reads as a SPARQL Update (its first keyword after the prologue)."""
    text = _COMMENT.sub(" ", sparql)
    text = re.sub(r"(?is)^\s*(?:(?:prefix\s+[\w.-]*:\s*|base\s+)<[^>]*>\s*)*", "", text)
    first = re.match(r"\s*([A-Za-z]+)", text)
    return bool(first and first.group(1).lower() in _UPDATE_KEYWORDS)


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query has FROM / FROM NAMED (then it picks its own dataset)."""
    if "from" not in sparql.lower():
        return False
    text = sparql
    pos, n = 0, len(text)
    while pos < n:
        ch = text[pos]
        if ch == "#":
            pos = _COMMENT.match(text, pos).end()  # type: ignore[union-attr]
            continue
        m = None
        if ch in "'\"":
            for rx in _STRINGS:
                m = rx.match(text, pos)
                if m:
                    break
        elif ch == "<":
            m = _IRIREF.match(text, pos)
        elif ch in "?$":
            m = _VAR.match(text, pos)
        else:
            m = _WORD.match(text, pos)
            if m and m.group(0).lower() == "from":
                return True
        pos = m.end() if m else pos + 1
    return False


def check_query(sparql: str, allow_service: Collection[str] = ()) -> None:
    """Refuse (RequestError 403) what this endpoint does not run: updates and disallowed SERVICE."""
    problem = _service_problem(sparql, allow_service)
    if problem:
        raise RequestError(403, problem)


# --- workers: each query runs in a separate process ------------------------------------------------


@dataclass
class Job:
    """A query for a worker (sent through a pipe, so plain data only)."""

    sparql: str
    generation: str
    default_graphs: list[str] | None
    named_graphs: list[str] | None
    results_type: str | None
    graph_type: str | None
    max_rows: int


@dataclass
class Outcome:
    status: int
    content_type: str
    body: bytes
    kind: str = ""  # "syntax" marks a query that failed to parse

    @classmethod
    def error(cls, status: int, message: str, kind: str = "") -> Outcome:
        return cls(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), kind)


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if getattr(term, "direction", None) is not None:
                out["its:dir"] = str(term.direction)
        elif term.datatype.value != vocab.XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _term_json(term.subject),
                "predicate": _term_json(term.predicate),
                "object": _term_json(term.object),
            },
        }
    raise TypeError(f"unexpected RDF term {term!r}")


def _solutions_json(variables: list[str], rows: list[ox.QuerySolution]) -> bytes:
    bindings = []
    for row in rows:
        binding = {}
        for name in variables:
            value = row[name]
            if value is not None:
                binding[name] = _term_json(value)
        bindings.append(binding)
    doc = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def run_job(store: ox.Store, job: Job) -> Outcome:
    """Execute one query and serialize its result (runs in a worker process)."""
    kwargs: dict[str, Any] = {}
    if job.default_graphs is not None or job.named_graphs is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or []]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or []]
    elif not has_dataset_clause(job.sparql):
        kwargs["use_default_graph_as_union"] = True
    try:
        result = store.query(job.sparql, **kwargs)
        if isinstance(result, ox.QueryTriples):
            if job.graph_type is None:
                return _not_acceptable("a CONSTRUCT/DESCRIBE result", GRAPH_TYPES)
            fmt = GRAPH_TYPES[job.graph_type]
            triples = []
            for triple in result:
                triples.append(triple)
                if len(triples) > job.max_rows:
                    return _too_many(job.max_rows, "triples")
            prefixes = None
            if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
                prefixes = used_prefixes(triples, vocab.PREFIXES)
            return Outcome(200, CONTENT_TYPE[fmt], ox.serialize(triples, format=fmt, prefixes=prefixes))
        if job.results_type is None:
            return _not_acceptable("a SELECT/ASK result", RESULT_TYPES)
        rfmt = RESULT_TYPES[job.results_type]
        if isinstance(result, ox.QueryBoolean):
            return Outcome(200, CONTENT_TYPE[rfmt], result.serialize(format=rfmt))
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            rows.append(solution)
            if len(rows) > job.max_rows:
                return _too_many(job.max_rows, "rows")
        body = _solutions_json(variables, rows)
        if rfmt != ox.QueryResultsFormat.JSON:
            parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            body = parsed.serialize(format=rfmt)
        return Outcome(200, CONTENT_TYPE[rfmt], body)
    except SyntaxError as exc:
        return Outcome.error(400, f"SPARQL syntax error: {_one_line(str(exc))}", kind="syntax")
    except (ValueError, TypeError) as exc:
        return Outcome.error(400, f"query failed: {_one_line(str(exc))}")
    except (OSError, RuntimeError) as exc:
        return Outcome.error(500, f"query failed: {_one_line(str(exc))}")


def _not_acceptable(what: str, offers: dict[str, Any]) -> Outcome:
    return Outcome.error(406, f"{what} can be sent as {', '.join(offers)}; none of them is acceptable")


def _too_many(max_rows: int, what: str) -> Outcome:
    return Outcome.error(
        400,
        f"the result has more than {max_rows:,} {what} (the endpoint's --max-rows limit): "
        f"add a LIMIT or narrow the query",
    )


def _one_line(msg: str) -> str:
    return " ".join(msg.split())


def _die_with_parent() -> None:  # pragma: no cover - runs in a child process
    """A worker must not outlive the server (a runaway query would keep a CPU busy): ignore Ctrl-C
    (the server stops its workers) and watch the parent from a thread, which runs even during a
    long query because pyoxigraph releases the GIL while it evaluates. (Not PR_SET_PDEATHSIG: it
    fires when the parent *thread* ends, and workers are started from short-lived pool threads.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _worker_main(read_fd: int, write_fd: int) -> None:  # pragma: no cover - runs in a child process
    """Worker process loop: receive a Job, send back an Outcome, until the pipe closes."""
    _die_with_parent()
    inbox, outbox = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    stores: dict[str, ox.Store] = {}
    outbox.send("ready")
    while True:
        try:
            job: Job = inbox.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            store = stores.get(job.generation)
            if store is None:
                stores.clear()  # a newer generation was swapped in: drop the old handle
                store = ox.Store.read_only(str(Path(job.generation) / "oxigraph"))
                stores[job.generation] = store
            outcome = run_job(store, job)
        except Exception as exc:  # keep the worker alive whatever the query did
            outcome = Outcome.error(500, f"query failed: {_one_line(str(exc))}")
        try:
            outbox.send(outcome)
        except (OSError, ValueError):
            return


class _Worker:
    """One worker process, started as ``python -c`` (not multiprocessing's spawn, which re-imports the
    caller's ``__main__``), talking over two pipes with pickled Job/Outcome messages."""

    def __init__(self) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        code = f"from kg.server import _worker_main; _worker_main({to_child_r}, {from_child_w})"
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code],
                pass_fds=(to_child_r, from_child_w),
                stdin=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.send_conn = Connection(to_child_w, readable=False)
        self.recv_conn = Connection(from_child_r, writable=False)
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        if not self.recv_conn.poll(WORKER_START_TIMEOUT) or self.recv_conn.recv() != "ready":
            raise RuntimeError("a query worker did not start")
        self.ready = True

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.wait(5)
        for conn in (self.send_conn, self.recv_conn):
            with contextlib.suppress(Exception):
                conn.close()


class QueryPool:
    """A fixed number of worker processes; a query that runs past ``timeout`` gets its worker killed."""

    def __init__(self, size: int, timeout: float) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False
        self.killed = 0  # how many workers were killed on timeout (for tests and logs)

    def start(self) -> None:
        """Start all workers now (otherwise they start on first use)."""
        with self._lock:
            while len(self._workers) < self.size and not self._closed:
                worker = _Worker()
                self._workers.add(worker)
                self._idle.put(worker)

    def _acquire(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RequestError(503, "the server is shutting down")
            if self._idle.empty() and len(self._workers) < self.size:
                worker = _Worker()
                self._workers.add(worker)
                return worker
        try:
            return self._idle.get(timeout=QUEUE_WAIT)
        except queue.Empty:
            raise RequestError(503, "the server is busy: every query worker is in use; retry later") from None

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
                return
        self._idle.put(worker)

    def run(self, job: Job) -> Outcome:
        """Run a job on a free worker (blocking; call it from a thread)."""
        worker = self._acquire()
        try:
            worker.wait_ready()
            worker.send_conn.send(job)
            if not worker.recv_conn.poll(self.timeout):
                self._discard(worker)
                self.killed += 1
                worker = None
                return Outcome.error(
                    503,
                    f"the query ran past the endpoint's {self.timeout:g} s timeout and was stopped: "
                    f"make it more selective or add a LIMIT",
                )
            outcome: Outcome = worker.recv_conn.recv()
            return outcome
        except (EOFError, OSError, RuntimeError):
            if worker is not None:
                self._discard(worker)
                worker = None
            return Outcome.error(500, "the query worker stopped unexpectedly (out of memory?)")
        finally:
            if worker is not None:
                self._release(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.kill()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid is not None]


# --- the application -------------------------------------------------------------------------------


@dataclass
class Settings:
    store_path: Path | None
    base_iri: str
    timeout: float
    max_rows: int
    allow_service: tuple[str, ...]
    queries_folder: Path | None
    workers: int


@dataclass
class ServerState:
    settings: Settings
    pool: QueryPool
    _store: ox.Store | None = None
    _generation: Path | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _void_cache: dict[str, list[ox.Triple]] = field(default_factory=dict)

    _checked: tuple[float, Path] | None = None

    def generation(self) -> Path:
        """The store's current generation, re-read at most every GENERATION_CHECK seconds, so a
        `kg build` that swaps in a new graph is picked up without a stat() storm per request."""
        now = time.monotonic()
        checked = self._checked
        if checked is not None and now - checked[0] < GENERATION_CHECK:
            return checked[1]
        try:
            gen = current_generation(self.settings.store_path)
        except StoreNotFound as exc:
            raise RequestError(503, str(exc)) from None
        self._checked = (now, gen)
        return gen

    def store(self) -> ox.Store:
        """A read-only handle on the current generation (reopened when a build swapped in a new one)."""
        gen = self.generation()
        with self._lock:
            if self._store is None or gen != self._generation:
                self._store = ox.Store.read_only(str(gen / "oxigraph"))
                self._generation = gen
                self._void_cache.clear()
            return self._store

    def void(self, sparql_endpoint: str | None) -> list[ox.Triple]:
        store = self.store()
        key = sparql_endpoint or ""
        with self._lock:
            cached = self._void_cache.get(key)
        if cached is None:
            cached = void_graph(store, base_iri=self.settings.base_iri, sparql_endpoint=sparql_endpoint)
            with self._lock:
                self._void_cache[key] = cached
        return cached

    def close(self) -> None:
        self.pool.close()


def default_workers() -> int:
    """Worker processes by default: the CPU count, at least 2 (so one slow query never blocks all)."""
    return max(2, min(8, os.cpu_count() or 2))


def normalize_base_iri(base_iri: str) -> str:
    base = base_iri.strip()
    parts = urllib.parse.urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(f"--base-iri must be an absolute http(s) IRI like {vocab.BASE}, not {base_iri!r}")
    return base if base.endswith("/") else base + "/"


def create_app(
    store_path: str | os.PathLike[str] | None,
    *,
    base_iri: str = vocab.BASE,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    allow_service: Collection[str] = (),
    queries_folder: str | os.PathLike[str] | None = None,
    workers: int | None = None,
) -> Starlette:
    """The ASGI application (a Starlette app) serving the store read-only.

    ``store_path`` is a store directory (None: ``$KG_STORE`` or ``.kg``); raises StoreNotFound
    if it holds no graph. ``base_iri`` is the IRI the server's root stands for: ``GET /resource/x``
    describes ``<base_iri>resource/x``. ``allow_service`` lists hosts SERVICE may call.
    """
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.routing import Route

    if timeout <= 0:
        raise InputError("--timeout must be a positive number of seconds")
    if max_rows < 1:
        raise InputError("--max-rows must be at least 1")
    store_dir = Path(store_path) if store_path is not None else None
    current_generation(store_dir)  # fail fast with a clear message
    settings = Settings(
        store_path=store_dir,
        base_iri=normalize_base_iri(base_iri),
        timeout=float(timeout),
        max_rows=int(max_rows),
        allow_service=tuple(_normalize_host(h) for h in allow_service),
        queries_folder=Path(queries_folder) if queries_folder is not None else None,
        workers=workers or default_workers(),
    )
    state = ServerState(settings, QueryPool(settings.workers, settings.timeout))

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> Any:
        state.pool.start()
        try:
            yield
        finally:
            state.close()

    routes = [
        Route("/", _query_page, methods=["GET"]),
        Route("/sparql", _sparql, methods=["GET", "POST"]),
        Route("/assets/{name}", _asset, methods=["GET"]),
        Route("/resource/{path:path}", _entity, methods=["GET"]),
        Route("/document/{path:path}", _entity, methods=["GET"]),
        Route("/.well-known/void", _void, methods=["GET"]),
    ]
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=["*"],
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["*"],
            max_age=86400,
        ),
        Middleware(_SecurityHeaders),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={404: _not_found, 405: _method_not_allowed, RequestError: _request_error},
    )
    app.state.kg = state
    return app


class _SecurityHeaders:
    """nosniff everywhere; a strict CSP (no inline script, same-origin only) on HTML."""

    CSP = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html") and b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", self.CSP.encode()))
                    headers.append((b"referrer-policy", b"no-referrer"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _state(request: Any) -> ServerState:
    return request.app.state.kg


def _text(status: int, message: str, headers: dict[str, str] | None = None) -> Any:
    from starlette.responses import Response

    return Response(
        message.rstrip("\n") + "\n", status, headers=headers, media_type="text/plain; charset=utf-8"
    )


async def _request_error(request: Any, exc: Exception) -> Any:
    assert isinstance(exc, RequestError)
    return _text(exc.status, str(exc))


async def _not_found(request: Any, exc: Exception) -> Any:
    detail = getattr(exc, "detail", None)
    message = (
        detail if isinstance(detail, str) and detail != "Not Found" else f"not found: {request.url.path}"
    )
    if negotiate(request.headers.get("accept"), [HTML, "text/plain"]) == HTML:
        from starlette.responses import HTMLResponse

        from .pages import render_message

        return HTMLResponse(render_message("Not found", message), status_code=404)
    return _text(404, message)


async def _method_not_allowed(request: Any, exc: Exception) -> Any:
    headers = getattr(exc, "headers", None) or {}
    return _text(405, f"method {request.method} is not allowed on {request.url.path}", headers=headers)


def _sparql_endpoint_url(request: Any) -> str:
    return str(request.base_url).rstrip("/") + "/sparql"


# --- /sparql -----------------------------------------------------------------------------------------


async def _read_body(request: Any) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise RequestError(413, f"the request body is larger than {MAX_BODY_BYTES:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise RequestError(413, f"the request body is larger than {MAX_BODY_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_qs(text: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise RequestError(400, f"cannot decode the request parameters: {exc}") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise RequestError(400, f"give one {name} parameter, not {len(values)}")
    return values[0]


async def _sparql(request: Any) -> Any:
    state = _state(request)
    params = _parse_qs(request.url.query)
    query_text: str | None = None
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await _read_body(request)
        try:
            decoded = body.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestError(400, "the request body is not UTF-8") from None
        if ctype == "application/x-www-form-urlencoded":
            form = _parse_qs(decoded)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif ctype == "application/sparql-query":
            query_text = decoded
        elif ctype == "application/sparql-update":
            raise RequestError(403, "this endpoint is read-only: SPARQL Update is not accepted")
        else:
            raise RequestError(
                415,
                "POST a SPARQL query as application/x-www-form-urlencoded (query=...) "
                "or as application/sparql-query",
            )
    if "update" in params:
        raise RequestError(403, "this endpoint is read-only: SPARQL Update is not accepted")
    if query_text is None:
        query_text = _one(params, "query")
    elif "query" in params:
        raise RequestError(400, "give the query either in the body or as query=, not both")
    accept = accept_with_format(request.headers.get("accept"), params)
    if query_text is None:
        if request.method == "POST":
            raise RequestError(400, "no query: send query=... or a body of type application/sparql-query")
        return _rdf_response(
            service_description(state, _sparql_endpoint_url(request)), accept, html_fallback=True
        )
    if len(query_text) > MAX_QUERY_CHARS:
        raise RequestError(413, f"the query is longer than {MAX_QUERY_CHARS:,} characters")
    if not query_text.strip():
        raise RequestError(400, "the query is empty")
    sparql = with_prefixes(query_text)
    check_query(sparql, state.settings.allow_service)
    default_graphs = params.get("default-graph-uri")
    named_graphs = params.get("named-graph-uri")
    for iri in [*(default_graphs or []), *(named_graphs or [])]:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise RequestError(400, f"not an IRI: {iri!r} (default-graph-uri / named-graph-uri)") from None
    results_type = negotiate(accept, RESULT_TYPES)
    graph_type = negotiate(accept, GRAPH_TYPES)
    if results_type is None and graph_type is None:
        raise RequestError(
            406,
            f"cannot answer with {accept!r}; SPARQL results come as {', '.join([*RESULT_TYPES, *GRAPH_TYPES])}",
        )
    job = Job(
        sparql=sparql,
        generation=str(state.generation()),
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        results_type=results_type,
        graph_type=graph_type,
        max_rows=state.settings.max_rows,
    )
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import Response

    outcome = await run_in_threadpool(state.pool.run, job)
    if outcome.kind == "syntax":
        if looks_like_update(query_text):
            raise RequestError(403, "this endpoint is read-only: SPARQL Update is not accepted")
        outcome = _shift_error_lines(outcome, sparql.count("\n") - query_text.count("\n"))
    return Response(outcome.body, outcome.status, media_type=outcome.content_type, headers={"Vary": "Accept"})


def _shift_error_lines(outcome: Outcome, injected: int) -> Outcome:
    """Report syntax error positions in the client's lines, not counting the PREFIX lines we added."""
    if injected <= 0:
        return outcome

    def shift(m: re.Match[str]) -> str:
        line = int(m.group(1))
        return f"error at {line - injected if line > injected else line}:{m.group(2)}"

    text = re.sub(r"error at (\d+):(\d+)", shift, outcome.body.decode("utf-8"), count=1)
    return Outcome(outcome.status, outcome.content_type, text.encode("utf-8"), outcome.kind)


def service_description(state: ServerState, endpoint: str) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of this endpoint."""
    sd = "http://www.w3.org/ns/sparql-service-description#"
    fmt = "http://www.w3.org/ns/formats/"
    void = "http://rdfs.org/ns/void#"
    node = ox.NamedNode(endpoint)
    dataset = ox.BlankNode("dataset")
    default_graph = ox.BlankNode("defaultGraph")
    a = ox.NamedNode(vocab.RDF_TYPE)
    out = [
        ox.Triple(node, a, ox.NamedNode(sd + "Service")),
        ox.Triple(node, ox.NamedNode(sd + "endpoint"), node),
        ox.Triple(node, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
        ox.Triple(node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
        ox.Triple(node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "BasicFederatedQuery"))
        if state.settings.allow_service
        else None,
        ox.Triple(
            node,
            ox.NamedNode(vocab.RDFS + "comment"),
            ox.Literal(
                "Read-only SPARQL 1.1 endpoint of defenders-kg. The default graph is the union of "
                f"all named graphs. Limits: {state.settings.timeout:g} s per query, "
                f"{state.settings.max_rows:,} result rows."
            ),
        ),
        ox.Triple(node, ox.NamedNode(sd + "defaultDataset"), dataset),
        ox.Triple(dataset, a, ox.NamedNode(sd + "Dataset")),
        ox.Triple(dataset, ox.NamedNode(sd + "defaultGraph"), default_graph),
        ox.Triple(default_graph, a, ox.NamedNode(sd + "Graph")),
        ox.Triple(
            dataset,
            ox.NamedNode(vocab.RDFS + "seeAlso"),
            ox.NamedNode(endpoint.rsplit("/", 1)[0] + "/.well-known/void"),
        ),
    ]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"):
        out.append(ox.Triple(node, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(fmt + name)))
    for name in ("Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        out.append(ox.Triple(node, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(fmt + name)))
    store = state.store()
    total = 0
    for graph in sorted(store.named_graphs(), key=str):
        if not isinstance(graph, ox.NamedNode):
            continue
        size = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
        total += size
        digest = hashlib.sha256(graph.value.encode("utf-8")).hexdigest()[:12]
        named, info = ox.BlankNode("named" + digest), ox.BlankNode("graph" + digest)
        out += [
            ox.Triple(dataset, ox.NamedNode(sd + "namedGraph"), named),
            ox.Triple(named, a, ox.NamedNode(sd + "NamedGraph")),
            ox.Triple(named, ox.NamedNode(sd + "name"), graph),
            ox.Triple(named, ox.NamedNode(sd + "graph"), info),
            ox.Triple(info, a, ox.NamedNode(sd + "Graph")),
            ox.Triple(info, ox.NamedNode(void + "triples"), ox.Literal(str(size), datatype=_XSD_INT)),
        ]
    out.append(
        ox.Triple(default_graph, ox.NamedNode(void + "triples"), ox.Literal(str(total), datatype=_XSD_INT))
    )
    return sort_triples([t for t in out if t is not None])


_XSD_INT = ox.NamedNode(vocab.XSD + "integer")

RDF_DOC_TYPES = [TURTLE, JSONLD, NTRIPLES, RDFXML, "application/json", "text/plain", "application/x-turtle"]


def _rdf_response(triples: list[ox.Triple], accept: str | None, *, html_fallback: bool) -> Any:
    """Serialize triples in the negotiated RDF format (Turtle when the client takes anything)."""
    from starlette.responses import Response

    offers = [TURTLE, JSONLD, NTRIPLES, RDFXML, "application/x-turtle", "text/plain"]
    if html_fallback:
        offers.append(HTML)
    chosen = negotiate(accept, offers)
    if chosen is None:
        raise RequestError(406, f"cannot answer with {accept!r}; this resource comes as {', '.join(offers)}")
    fmt = GRAPH_TYPES.get(chosen, ox.RdfFormat.TURTLE)
    # a browser asking for HTML gets the Turtle as plain text, so it shows it instead of saving it
    content_type = "text/plain; charset=utf-8" if chosen == HTML else CONTENT_TYPE[fmt]
    prefixes = None
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
        prefixes = used_prefixes(triples, {**vocab.PREFIXES, **_EXTRA_PREFIXES})
    body = ox.serialize(triples, format=fmt, prefixes=prefixes)
    return Response(body, 200, media_type=content_type, headers={"Vary": "Accept"})


_EXTRA_PREFIXES = {
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    "void": "http://rdfs.org/ns/void#",
    "formats": "http://www.w3.org/ns/formats/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}


# --- pages ---------------------------------------------------------------------------------------------

ENTITY_TYPES = [HTML, "application/xhtml+xml", TURTLE, JSONLD, NTRIPLES, RDFXML, "application/x-turtle"]


async def _query_page(request: Any) -> Any:
    from starlette.responses import HTMLResponse

    from .pages import render_query_page

    state = _state(request)
    queries = named_queries(state.settings.queries_folder)
    html = render_query_page(
        queries,
        base_iri=state.settings.base_iri,
        timeout=state.settings.timeout,
        max_rows=state.settings.max_rows,
    )
    return HTMLResponse(html)


ASSETS_DIR = Path(__file__).resolve().parent / "assets"
_ASSET_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


async def _asset(request: Any) -> Any:
    from starlette.exceptions import HTTPException
    from starlette.responses import FileResponse

    name = request.path_params["name"]
    path = ASSETS_DIR / name
    if not re.fullmatch(r"server_[\w-]+\.(js|css)", name) or not path.is_file():
        raise HTTPException(404)
    return FileResponse(path, media_type=_ASSET_TYPES[path.suffix], headers={"Cache-Control": "no-cache"})


async def _entity(request: Any) -> Any:
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import HTMLResponse

    from . import pages

    state = _state(request)
    base = state.settings.base_iri
    path = request.url.path.lstrip("/")
    iri = base + urllib.parse.quote(urllib.parse.unquote(path), safe="/:@!$&'()*+,;=-._~%")
    params = _parse_qs(request.url.query)
    accept = accept_with_format(request.headers.get("accept"), params)
    chosen = negotiate(accept, ENTITY_TYPES)
    if chosen is None:
        raise RequestError(
            406, f"cannot answer with {accept!r}; this resource comes as {', '.join(ENTITY_TYPES)}"
        )
    store = state.store()
    if chosen in (HTML, "application/xhtml+xml"):
        view = await run_in_threadpool(pages.describe_entity, store, iri)
        if view is None:
            return HTMLResponse(
                pages.render_message("Not found", f"Nothing is known about {iri}."),
                status_code=404,
                headers={"Vary": "Accept"},
            )
        html = pages.render_entity(view, pages.Linker(base))
        return HTMLResponse(html, headers={"Vary": "Accept"})
    triples = await run_in_threadpool(pages.entity_triples, store, iri)
    if not triples:
        return _text(404, f"nothing is known about {iri}", headers={"Vary": "Accept"})
    return _rdf_response(triples, chosen, html_fallback=False)


async def _void(request: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    state = _state(request)
    params = _parse_qs(request.url.query)
    accept = accept_with_format(request.headers.get("accept"), params)
    triples = await run_in_threadpool(state.void, _sparql_endpoint_url(request))
    return _rdf_response(triples, accept, html_fallback=True)


# --- running it ----------------------------------------------------------------------------------------


def serve(
    store_path: str | os.PathLike[str] | None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    log_level: str = "info",
    **app_options: Any,
) -> None:
    """Serve the store with uvicorn until interrupted (blocking)."""
    import uvicorn

    app = create_app(store_path, **app_options)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


class ServerThread:
    """Run an app with uvicorn on a background thread, on 127.0.0.1 and a free port by default.

    For tests, notebooks and benchmarks::

        with ServerThread(create_app(path)) as url:
            ...  # url == "http://127.0.0.1:PORT"
    """

    def __init__(self, app: Any, host: str = DEFAULT_HOST, port: int = 0) -> None:
        import uvicorn

        self.app = app
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()


def get_once(
    path: str,
    accept: str = "*/*",
    **app_options: Any,
) -> tuple[int, dict[str, str], bytes]:
    """Answer one GET request in-process (no socket) and return (status, headers, body).

    ``app_options`` are create_app's arguments (``store_path=...`` etc.).
    """
    if not path.startswith("/"):
        path = "/" + path
    store_path = app_options.pop("store_path", None)
    app = create_app(store_path, **{"workers": 1, **app_options})
    try:
        return asyncio.run(_asgi_get(app, path, accept))
    finally:
        app.state.kg.close()


async def _asgi_get(app: Any, target: str, accept: str) -> tuple[int, dict[str, str], bytes]:
    parts = urllib.parse.urlsplit(target)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": urllib.parse.unquote(parts.path),
        "raw_path": parts.path.encode("utf-8"),
        "query_string": parts.query.encode("utf-8"),
        "root_path": "",
        "headers": [
            (b"host", f"{DEFAULT_HOST}:{DEFAULT_PORT}".encode()),
            (b"accept", accept.encode("latin-1")),
        ],
        "client": (DEFAULT_HOST, 0),
        "server": (DEFAULT_HOST, DEFAULT_PORT),
    }
    status = 500
    headers: dict[str, str] = {}
    body = bytearray()
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # pragma: no cover - nothing more to receive
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            for key, value in message.get("headers", []):
                headers[key.decode("latin-1").lower()] = value.decode("latin-1")
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, send)
    return status, headers, bytes(body)


def html_message(page: str) -> str:
    """The message of an error page rendered by pages.render_message (for one-line CLI errors)."""
    import html

    m = re.search(r'<p class="message">(.*?)</p>', page, re.S)
    return html.unescape(m.group(1)).strip() if m else "see the page for details"
