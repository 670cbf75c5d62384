"""HTML for `kg serve`: entity (linked-data) pages, the query page and error pages.

Every value from the graph goes through Jinja2 with autoescaping on, and links are only made
for http(s) IRIs, so a label such as ``<script>`` or an IRI such as ``javascript:...`` stays text.
The page script (``assets/server_query.js``) builds the results table with ``textContent``.
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from . import vocab
from .query import NamedQuery, short, with_prefixes

MAX_LISTED = 200  # facts shown per section before "and N more"

_TYPE = ox.NamedNode(vocab.RDF_TYPE)
_LABEL = ox.NamedNode(vocab.LABEL)
_ALT = ox.NamedNode(vocab.ALT_LABEL)
_SUBJECT = ox.NamedNode(vocab.RDF + "subject")
_PREDICATE = ox.NamedNode(vocab.RDF + "predicate")
_OBJECT = ox.NamedNode(vocab.RDF + "object")
_EVIDENCE = ox.NamedNode(vocab.EVIDENCE)
_DERIVED = ox.NamedNode(vocab.PROV + "wasDerivedFrom")
_VALUE = ox.NamedNode(vocab.RDF_VALUE)
_BEGIN = ox.NamedNode(vocab.BEGIN_INDEX)
_END = ox.NamedNode(vocab.END_INDEX)
_CONTEXT = ox.NamedNode(vocab.REFERENCE_CONTEXT)
_NAME = ox.NamedNode(vocab.SCHEMA + "name")
_SHOWN_APART = {vocab.RDF_TYPE, vocab.LABEL, vocab.ALT_LABEL}
_REIFICATION = {_SUBJECT.value, _OBJECT.value}

DEFAULT_QUERY = """SELECT ?entity ?label ?class WHERE {
  ?entity a ?class ;
          rdfs:label ?label .
}
ORDER BY ?label
LIMIT 50
"""


class Linker:
    """Where a link to an IRI goes: entities and documents under the base IRI resolve on this
    server, other http(s) IRIs link out, anything else (``javascript:``, ``urn:``, the ontology
    and graph names under the base IRI) gets no link."""

    LOCAL_PATHS = ("resource/", "document/")

    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri

    def href(self, iri: str) -> str | None:
        if iri.startswith(self.base_iri):
            rest = iri[len(self.base_iri) :]
            if rest.startswith(self.LOCAL_PATHS):
                return "/" + urllib.parse.quote(rest, safe="/:@!$&'()*+,;=-._~%#?")
            return None  # e.g. the ontology or graph names: not served here
        if urllib.parse.urlsplit(iri).scheme in ("http", "https"):
            return iri
        return None

    def is_local(self, iri: str) -> bool:
        href = self.href(iri)
        return bool(href and href.startswith("/"))


@dataclass
class Term:
    """An RDF term as shown on a page."""

    text: str  # what to show (label, shortened IRI or literal value)
    iri: str | None = None  # the full IRI of a named node
    note: str = ""  # datatype or language of a literal

    @classmethod
    def of(cls, term: Any, labels: dict[str, str]) -> Term:
        if isinstance(term, ox.NamedNode):
            return cls(labels.get(term.value) or short(term.value), term.value)
        if isinstance(term, ox.Literal):
            note = f"@{term.language}" if term.language else ""
            if not note and term.datatype.value != vocab.XSD + "string":
                note = short(term.datatype.value)
            return cls(term.value, None, note)
        if isinstance(term, ox.BlankNode):
            return cls("_:" + term.value)
        return cls(str(term))


@dataclass
class Fact:
    predicate: Term
    value: Term
    sources: list[Term] = field(default_factory=list)


@dataclass
class Evidence:
    subject: Term
    predicate: Term
    object: Term
    sentence: str
    document: Term | None
    begin: str
    end: str


@dataclass
class EntityView:
    iri: str
    label: str
    classes: list[Term]
    names: list[str]
    facts: list[Fact]
    incoming: list[Fact]
    evidence: list[Evidence]
    more_facts: int = 0
    more_incoming: int = 0


def _first_value(store: ox.Store, subject: Any, predicate: ox.NamedNode) -> Any:
    for quad in store.quads_for_pattern(subject, predicate, None, None):
        return quad.object
    return None


def _label_of(store: ox.Store, iri: str, cache: dict[str, str]) -> str:
    if iri not in cache:
        found = _first_value(store, ox.NamedNode(iri), _LABEL)
        cache[iri] = found.value if isinstance(found, ox.Literal) else ""
    return cache[iri]


def _graph_term(graph: Any, labels: dict[str, str]) -> Term | None:
    if isinstance(graph, ox.NamedNode):
        name = labels.get(graph.value) or (
            "graph " + vocab.local_name(graph.value) if "/graph/" in graph.value else ""
        )
        return Term(name or short(graph.value), graph.value)
    return None


def _facts(store: ox.Store, quads: list[ox.Quad], other_end: str, labels: dict[str, str]) -> list[Fact]:
    """Group quads by (predicate, the other end) and list the graphs each comes from."""
    grouped: dict[tuple[str, str], tuple[Any, Any, list[Any]]] = {}
    for quad in quads:
        other = quad.object if other_end == "object" else quad.subject
        key = (str(quad.predicate), str(other))
        grouped.setdefault(key, (quad.predicate, other, []))[2].append(quad.graph_name)
    facts = []
    for predicate, other, graphs in grouped.values():
        for term in (predicate, other, *graphs):
            if isinstance(term, ox.NamedNode):
                _label_of(store, term.value, labels)
        # documents are named by their file name (schema:name in the meta graph)
        for graph in graphs:
            if isinstance(graph, ox.NamedNode) and not labels.get(graph.value):
                name = _first_value(store, graph, _NAME)
                if isinstance(name, ox.Literal):
                    labels[graph.value] = name.value
        sources = [t for t in (_graph_term(g, labels) for g in graphs) if t is not None]
        facts.append(Fact(Term.of(predicate, labels), Term.of(other, labels), sources))
    facts.sort(key=lambda f: (f.predicate.text.lower(), f.value.text.lower()))
    return facts


def describe_entity(store: ox.Store, iri: str) -> EntityView | None:
    """What the store says about an IRI, for its page; None if the IRI appears nowhere."""
    node = ox.NamedNode(iri)
    outgoing = list(store.quads_for_pattern(node, None, None, None))
    incoming = list(store.quads_for_pattern(None, None, node, None))
    if not outgoing and not incoming:
        return None
    labels: dict[str, str] = {}
    label = _label_of(store, iri, labels) or vocab.local_name(iri)
    classes = sorted(
        {q.object.value for q in outgoing if q.predicate == _TYPE and isinstance(q.object, ox.NamedNode)}
    )
    names = []
    for predicate in (_LABEL, _ALT):
        for quad in outgoing:
            literal = quad.object
            if quad.predicate == predicate and isinstance(literal, ox.Literal) and literal.value not in names:
                names.append(literal.value)
    for cls in classes:
        _label_of(store, cls, labels)
    facts = _facts(store, [q for q in outgoing if q.predicate.value not in _SHOWN_APART], "object", labels)
    inc = _facts(store, [q for q in incoming if q.predicate.value not in _REIFICATION], "subject", labels)
    return EntityView(
        iri=iri,
        label=label,
        classes=[Term.of(ox.NamedNode(c), labels) for c in classes],
        names=names,
        facts=facts[:MAX_LISTED],
        incoming=inc[:MAX_LISTED],
        evidence=_evidence(store, node, labels),
        more_facts=max(0, len(facts) - MAX_LISTED),
        more_incoming=max(0, len(inc) - MAX_LISTED),
    )


def _statements_about(store: ox.Store, node: ox.NamedNode) -> list[Any]:
    found = []
    for predicate in (_SUBJECT, _OBJECT):
        for quad in store.quads_for_pattern(None, predicate, node, None):
            if quad.subject not in found:
                found.append(quad.subject)
    return found


def _evidence(store: ox.Store, node: ox.NamedNode, labels: dict[str, str]) -> list[Evidence]:
    """The sentences behind the facts this entity takes part in (via rdf:Statement nodes)."""
    out = []
    for statement in _statements_about(store, node)[:MAX_LISTED]:
        parts = [_first_value(store, statement, p) for p in (_SUBJECT, _PREDICATE, _OBJECT)]
        for part in parts:
            if isinstance(part, ox.NamedNode):
                _label_of(store, part.value, labels)
        subject, predicate, obj = (Term.of(p, labels) if p is not None else Term("?") for p in parts)
        for quad in store.quads_for_pattern(statement, _EVIDENCE, None, None):
            sentence = quad.object
            text = _first_value(store, sentence, _VALUE)
            doc = _first_value(store, sentence, _CONTEXT) or _first_value(store, statement, _DERIVED)
            doc_term = None
            if isinstance(doc, ox.NamedNode):
                name = _first_value(store, doc, _NAME)
                doc_term = Term(name.value if isinstance(name, ox.Literal) else short(doc.value), doc.value)
            begin = _first_value(store, sentence, _BEGIN)
            end = _first_value(store, sentence, _END)
            out.append(
                Evidence(
                    subject,
                    predicate,
                    obj,
                    text.value if isinstance(text, ox.Literal) else "",
                    doc_term,
                    begin.value if isinstance(begin, ox.Literal) else "",
                    end.value if isinstance(end, ox.Literal) else "",
                )
            )
    out.sort(key=lambda e: (e.predicate.text, e.object.text, e.document.text if e.document else "", e.begin))
    return out


def entity_triples(store: ox.Store, iri: str) -> list[ox.Triple]:
    """The RDF description of an IRI: the triples about it and pointing to it (all graphs, merged),
    plus the statement and sentence nodes that are the evidence of its facts."""
    node = ox.NamedNode(iri)
    triples: set[ox.Triple] = set()
    for quad in store.quads_for_pattern(node, None, None, None):
        triples.add(quad.triple)
    for quad in store.quads_for_pattern(None, None, node, None):
        triples.add(quad.triple)
    for statement in _statements_about(store, node):
        for quad in store.quads_for_pattern(statement, None, None, None):
            triples.add(quad.triple)
            if quad.predicate == _EVIDENCE:
                for sq in store.quads_for_pattern(quad.object, None, None, None):
                    triples.add(sq.triple)
    return sorted(triples, key=str)


# --- rendering ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("kg", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_entity(view: EntityView, linker: Linker) -> str:
    """The HTML page of an entity."""
    return _env().get_template("server_entity.html").render(e=view, link=linker.href, local=linker.is_local)


def render_query_page(
    queries: list[NamedQuery],
    *,
    base_iri: str,
    timeout: float,
    max_rows: int,
) -> str:
    """The query page: an editor with the named queries to pick from, prefixes pre-filled."""
    named = [{"name": q.name, "description": q.description, "text": with_prefixes(q.text)} for q in queries]
    return (
        _env()
        .get_template("server_query.html")
        .render(
            queries=named,
            initial=with_prefixes(DEFAULT_QUERY),
            base_iri=base_iri,
            prefixes=json.dumps(vocab.PREFIXES),
            timeout=f"{timeout:g}",
            max_rows=f"{max_rows:,}",
        )
    )


def render_message(title: str, message: str) -> str:
    """A small page for errors such as 404."""
    return _env().get_template("server_message.html").render(title=title, message=message)
