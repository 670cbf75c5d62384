"""The interactive network view of the graph: networkx graphs, pyvis networks, offline HTML pages.

``to_networkx(source, ...)`` turns a store (or an rdflib graph, or a store directory) into a
``networkx.MultiDiGraph`` of the world the documents describe: one node per entity (person,
character, series, ...), one edge per relation between two entities. Each node carries its IRI,
label, class, other names and facts; each fact and edge carries its evidence (the sentence and
the document it was extracted from). Selections: a SPARQL query, the neighbourhood of one
entity, classes and relations to include or exclude; the provenance nodes (sentences and
documents) are drawn only with ``evidence=True``.

``network(...)`` returns a :class:`KGNetwork` (a ``pyvis.network.Network``), and
``write_html(...)`` writes it as one self-contained page: vis-network's JavaScript and CSS are
embedded, nothing is requested from the network (a Content-Security-Policy forbids it), and all
text from documents travels as JSON data that the page's script inserts with ``textContent``,
never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
import webbrowser
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from . import names as N
from . import vocab
from .errors import InputError

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
ASSETS_DIR = PACKAGE_DIR / "assets"

#: The classes of the world, in legend order: kind -> (readable name, colour, vis shape).
KIND_STYLE: dict[str, tuple[str, str, str]] = {
    "person": ("person", "#4e79a7", "dot"),
    "character": ("character", "#f28e2b", "diamond"),
    "series": ("TV series", "#e15759", "square"),
    "season": ("season", "#76b7b2", "triangle"),
    "episode": ("episode", "#59a14f", "triangleDown"),
    "film": ("film", "#edc948", "star"),
    "organization": ("organization", "#b07aa1", "hexagon"),
    "place": ("place", "#9c755f", "dot"),
    "other": ("other", "#bab0ac", "dot"),
    "external": ("external resource", "#d4d4d4", "dot"),
    "sentence": ("evidence sentence", "#fffbe6", "box"),
    "document": ("document", "#e8e8e8", "box"),
    "statement": ("statement", "#f1f3f4", "box"),
}
#: Entity kinds a user can select with ``classes`` / ``--class``.
WORLD_KINDS = (*vocab.CLASS_OF_KIND, "other", "external")
PROVENANCE_KINDS = ("sentence", "document", "statement")
KIND_ALIASES = {
    "company": "organization",
    "org": "organization",
    "movie": "film",
    "people": "person",
    "tvseries": "series",
    "tv-series": "series",
}

#: Readable names of the relations and attributes the project uses.
RELATION_NAMES: dict[str, str] = {
    vocab.PLAYS: "plays",
    vocab.APPEARS_IN: "appears in",
    vocab.DIRECTED: "directed",
    vocab.PART_OF_SERIES: "part of series",
    vocab.PART_OF_SEASON: "part of season",
    vocab.SEASON_NUMBER: "season number",
    vocab.EPISODE_NUMBER: "episode number",
    vocab.OWL + "sameAs": "same as",
    vocab.EVIDENCE: "evidence for",
    vocab.REFERENCE_CONTEXT: "in document",
}

#: Predicates that are bookkeeping (provenance, naming), never drawn as facts of an entity.
_NOT_FACTS = {vocab.RDF_TYPE, vocab.LABEL, vocab.ALT_LABEL}
_PROVENANCE_NS = (vocab.PROV, vocab.NIF)
_STATEMENT_PREFIX = vocab.RES + "statement/"
_DOC_NAME = vocab.SCHEMA + "name"
_DERIVED_FROM = vocab.PROV + "wasDerivedFrom"
_RDF_SUBJECT = vocab.RDF + "subject"
_RDF_PREDICATE = vocab.RDF + "predicate"
_RDF_OBJECT = vocab.RDF + "object"

#: Above this many nodes the page uses the cheaper layout settings (straight edges, fewer
#: stabilisation iterations, no Kamada-Kawai pre-layout).
LARGE_GRAPH = 300


# --- reading the graph ----------------------------------------------------------------------


def readable(iri: str) -> str:
    """A readable name for a relation or attribute IRI: kg:appearsIn -> 'appears in'."""
    if iri in RELATION_NAMES:
        return RELATION_NAMES[iri]
    name = vocab.local_name(iri) or iri
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower()


def _term_id(term: Any) -> str | None:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return None


def _literal_text(term: Any) -> str | None:
    return term.value if isinstance(term, ox.Literal) else None


@dataclass
class _Index:
    """Everything the view needs from the source, read in one pass over its triples."""

    types: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, str] = field(default_factory=dict)
    alts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    links: set[tuple[str, str, str]] = field(default_factory=set)  # IRI/bnode -> IRI/bnode
    literals: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    statements: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    sentence_text: dict[str, str] = field(default_factory=dict)
    offsets: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    doc_names: dict[str, str] = field(default_factory=dict)
    _evidence: dict[tuple[str, str, str], list[dict[str, str]]] | None = None

    def add(self, s: Any, p: str, o: Any) -> None:
        sid = _term_id(s)
        if sid is None:
            return
        oid = _term_id(o)
        text = _literal_text(o)
        if p == vocab.RDF_TYPE and oid:
            self.types[sid].add(oid)
        elif p == vocab.LABEL and text is not None:
            # one rdfs:label per entity in the data model; keep the smallest for determinism
            if sid not in self.labels or text < self.labels[sid]:
                self.labels[sid] = text
        elif p == vocab.ALT_LABEL and text is not None:
            self.alts[sid].add(text)
        elif p in (_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT, vocab.EVIDENCE, _DERIVED_FROM) and oid:
            self.statements[sid][p].add(oid)
        elif p == vocab.RDF_VALUE and text is not None:
            self.sentence_text[sid] = text
        elif p in (vocab.BEGIN_INDEX, vocab.END_INDEX) and text is not None:
            self.offsets[sid][p] = text
        elif p == _DOC_NAME and text is not None:
            self.doc_names[sid] = text
            self.literals[sid].add((p, text))
        elif oid is not None:
            self.links.add((sid, p, oid))
        elif text is not None:
            self.literals[sid].add((p, text))

    def kind(self, node: str) -> str | None:
        """The kind of a node: an entity kind, a provenance kind, 'other', 'external' or None."""
        types = self.types.get(node, ())
        for kind, cls in vocab.CLASS_OF_KIND.items():
            if cls in types:
                return kind
        if vocab.SENTENCE in types:
            return "sentence"
        if vocab.DOCUMENT in types:
            return "document"
        if vocab.STATEMENT in types or node.startswith(_STATEMENT_PREFIX):
            return "statement"
        if node.startswith(vocab.RES) or node.startswith("_:"):
            return "other"
        if node.startswith(vocab.BASE + "document/"):
            return "sentence" if "#char=" in node else "document"
        return None

    def label(self, node: str) -> str:
        if node in self.labels:
            return self.labels[node]
        if node in self.doc_names:
            return self.doc_names[node]
        if node in self.sentence_text:
            return _shorten(self.sentence_text[node], 48)
        return vocab.local_name(node) or node

    @property
    def evidence(self) -> dict[tuple[str, str, str], list[dict[str, str]]]:
        """(subject, predicate, object) -> the evidence of that fact: sentence, document, span."""
        if self._evidence is None:
            out: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
            for st in sorted(self.statements):
                props = self.statements[st]
                for s in props.get(_RDF_SUBJECT, ()):
                    for p in props.get(_RDF_PREDICATE, ()):
                        for o in props.get(_RDF_OBJECT, ()):
                            out[(s, p, o)].extend(self._evidence_items(props))
            self._evidence = {k: _dedupe(v) for k, v in out.items()}
        return self._evidence

    def _evidence_items(self, props: dict[str, set[str]]) -> list[dict[str, str]]:
        docs = sorted(props.get(_DERIVED_FROM, ()))
        sentences = sorted(props.get(vocab.EVIDENCE, ())) or [""]
        items = []
        for sent in sentences:
            doc = docs[0] if docs else sent.split("#", 1)[0]
            off = self.offsets.get(sent, {})
            span = ""
            if vocab.BEGIN_INDEX in off and vocab.END_INDEX in off:
                span = f"{off[vocab.BEGIN_INDEX]}-{off[vocab.END_INDEX]}"
            items.append(
                {
                    "sentence": self.sentence_text.get(sent, ""),
                    "sentence_iri": sent,
                    "document": self.doc_names.get(doc, vocab.local_name(doc) if doc else ""),
                    "document_iri": doc,
                    "span": span,
                }
            )
        return items


def _dedupe(items: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for item in items:
        key = tuple(sorted(item.items()))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _as_store(source: Any) -> ox.Store:
    """A pyoxigraph Store for any supported source (rdflib graphs are copied into memory)."""
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, os.PathLike)):
        from .store import open_store

        return open_store(source)
    try:
        import rdflib
    except ImportError:  # pragma: no cover - rdflib is a dependency
        rdflib = None
    if rdflib is not None and isinstance(source, rdflib.Graph):
        store = ox.Store()
        if getattr(source, "context_aware", False):  # a Dataset: keep its named graphs
            data = source.serialize(format="nquads", encoding="utf-8")
            store.load(data, format=ox.RdfFormat.N_QUADS)
        else:
            data = source.serialize(format="nt", encoding="utf-8")
            store.load(data, format=ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(
        f"expected a pyoxigraph Store, an rdflib Graph/Dataset or a store directory, not {type(source)!r}"
    )


def _index(store: ox.Store) -> _Index:
    from .query import run

    index = _Index()
    for sol in run(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"):
        pred = sol["p"]
        if isinstance(pred, ox.NamedNode):
            index.add(sol["s"], pred.value, sol["o"])
    return index


def _query_triples(store: ox.Store, query: str) -> list[tuple[Any, str, Any]]:
    from .query import resolve_query, run

    result = run(store, resolve_query(query))
    if isinstance(result, ox.QueryBoolean):
        raise InputError("--query for a picture must be a CONSTRUCT or a SELECT of ?s ?p ?o, not an ASK")
    triples: list[tuple[Any, str, Any]] = []
    if isinstance(result, ox.QueryTriples):
        for t in result:
            if isinstance(t.predicate, ox.NamedNode):
                triples.append((t.subject, t.predicate.value, t.object))
        return triples
    names = [v.value for v in result.variables]
    if not {"s", "p", "o"} <= set(names):
        raise InputError(
            "--query for a picture must be a CONSTRUCT or a SELECT of ?s ?p ?o "
            f"(this SELECT returns ?{', ?'.join(names)})"
        )
    for sol in result:
        s, p, o = sol["s"], sol["p"], sol["o"]
        if s is not None and isinstance(p, ox.NamedNode) and o is not None:
            triples.append((s, p.value, o))
    return triples


# --- selections -----------------------------------------------------------------------------


def _normalise_kinds(values: Iterable[str] | None, option: str) -> set[str] | None:
    if values is None or isinstance(values, str):
        values = [values] if values else None
    if not values:
        return None
    out = set()
    for raw in values:
        for part in str(raw).split(","):
            name = part.strip().lower()
            if not name:
                continue
            name = KIND_ALIASES.get(name, name)
            if name not in WORLD_KINDS:
                raise InputError(
                    f"unknown class {part.strip()!r} for {option} (classes: {', '.join(WORLD_KINDS)})"
                )
            out.add(name)
    return out


def _relation_matches(token: str, iri: str) -> bool:
    t = token.strip()
    if t == iri:
        return True
    if ":" in t and not t.startswith("http"):
        prefix, local = t.split(":", 1)
        ns = vocab.PREFIXES.get(prefix)
        if ns and ns + local == iri:
            return True
    low = t.lower()
    return low in (vocab.local_name(iri).lower(), readable(iri).lower())


def _normalise_relations(values: Iterable[str] | None, present: set[str], option: str) -> set[str] | None:
    if values is None or isinstance(values, str):
        values = [values] if values else None
    if not values:
        return None
    known = present | set(vocab.RELATIONS.values()) | {vocab.PART_OF_SERIES, vocab.PART_OF_SEASON}
    out: set[str] = set()
    for raw in values:
        for part in str(raw).split(","):
            if not part.strip():
                continue
            matched = {iri for iri in known if _relation_matches(part, iri)}
            if not matched:
                names = ", ".join(sorted({vocab.local_name(i) for i in present})) or "none"
                raise InputError(f"unknown relation {part.strip()!r} for {option} (relations drawn: {names})")
            out |= matched
    return out


def resolve_entity(index_or_source: Any, name: str) -> str:
    """The IRI of an entity given by IRI, prefixed name, label or other name (case-insensitive)."""
    index = index_or_source if isinstance(index_or_source, _Index) else _index(_as_store(index_or_source))
    return _resolve(index, name)


def _resolve(index: _Index, name: str) -> str:
    nodes = set(index.types) | set(index.labels)
    iri = vocab.expand_iri(name)
    if iri is not None and iri in nodes:
        return iri
    if iri is not None and name.strip().strip("<>").split(":", 1)[0] not in vocab.PREFIXES:
        raise InputError(f"no entity with the IRI {iri} in the graph")
    entities = [n for n in nodes if index.kind(n) in WORLD_KINDS]
    top = N.best_ranked(
        N.name_ranks(
            name, {n: index.labels.get(n, "") for n in entities}, {n: index.alts.get(n, ()) for n in entities}
        )
    )
    if len(top) == 1:
        return top[0]
    if len(top) > 1:
        options = "; ".join(f"{index.label(n)} ({index.kind(n)}) <{n}>" for n in top[:5])
        raise InputError(f"the name {name!r} is ambiguous: {options}; give an IRI instead")
    raise InputError(f"no entity called {name!r} in the graph (give a name, another name or an IRI)")


# --- the networkx graph ---------------------------------------------------------------------


def to_networkx(
    graph_or_store: Any,
    *,
    query: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    classes: Iterable[str] | None = None,
    exclude_classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    evidence: bool = False,
) -> nx.MultiDiGraph:
    """The graph of entities and relations as a ``networkx.MultiDiGraph``.

    Nodes are keyed by IRI and carry ``iri``, ``label``, ``class`` (a kind: person, character,
    series, season, episode, film, organization, place, other, external; sentence and document
    with ``evidence``), ``alt_labels`` (list) and ``facts`` (list of dicts: subject, relation,
    object or value, evidence). Edges are keyed by the predicate IRI and carry ``iri``,
    ``relation`` (readable name) and ``evidence`` (list of dicts: sentence, document, span).

    Selections, applied in this order: ``query`` (a CONSTRUCT, or a SELECT of ?s ?p ?o; inline
    SPARQL, a .rq file or a named query) draws its result instead of the whole graph;
    ``classes``/``exclude_classes`` keep or drop kinds of nodes; ``relations``/
    ``exclude_relations`` keep or drop relations (by name, prefixed name or IRI; with
    ``relations``, nodes without a kept relation are left out); ``focus`` (a name or IRI) keeps
    the entities within ``depth`` relations of it. ``evidence=True`` adds the evidence sentences
    and their documents as nodes.
    """
    if depth < 0:
        raise InputError("--depth must be 0 or more")
    store = _as_store(graph_or_store)
    index = _index(store)
    include_kinds = _normalise_kinds(classes, "--class")
    exclude_kinds = _normalise_kinds(exclude_classes, "--exclude-class") or set()

    if query is not None:
        triples = _query_triples(store, query)
        node_ids, edge_list, extra_literals = _from_triples(index, triples, evidence)
    else:
        node_ids, edge_list = _whole_world(index)
        extra_literals = {}

    present = {p for _, p, _ in edge_list}
    keep_rel = _normalise_relations(relations, present, "--relation")
    drop_rel = _normalise_relations(exclude_relations, present, "--exclude-relation") or set()

    focus_iri = _resolve(index, focus) if focus is not None else None
    if focus_iri is not None and focus_iri not in node_ids:
        raise InputError(f"{focus!r} is not in the selected graph")

    def kind_ok(node: str) -> bool:
        if node == focus_iri:
            return True
        kind = index.kind(node) or "external"
        if include_kinds is not None and kind not in include_kinds:
            return False
        return kind not in exclude_kinds

    nodes = {n for n in node_ids if kind_ok(n)}
    edges = [
        (s, p, o)
        for s, p, o in edge_list
        if s in nodes and o in nodes and (keep_rel is None or p in keep_rel) and p not in drop_rel
    ]
    if keep_rel is not None:
        nodes = {n for e in edges for n in (e[0], e[2])} | ({focus_iri} if focus_iri else set())

    if focus_iri is not None:
        nodes = _neighbourhood(focus_iri, edges, depth)
        edges = [e for e in edges if e[0] in nodes and e[2] in nodes]

    # (one edge for "Cole's mother": kg:motherOf, not its implied kg:parentOf beside it)
    registry = vocab.relations()
    broader = {registry[a].iri: registry[b].iri for a, b in vocab.IMPLIES.items()}
    specific = {(s, broader[p], o) for s, p, o in edges if p in broader}
    edges = [e for e in edges if e not in specific]

    graph = nx.MultiDiGraph()
    facts = _facts(index, nodes, extra_literals)
    for node in sorted(nodes):
        graph.add_node(node, **_node_attrs(index, node, facts.get(node, [])))
    for s, p, o in sorted(set(edges)):
        graph.add_edge(s, o, key=p, iri=p, relation=readable(p), evidence=index.evidence.get((s, p, o), []))
    if evidence:
        _add_evidence_nodes(graph, index)
    if focus_iri is not None:
        graph.graph["focus"] = focus_iri
    return graph


def _whole_world(index: _Index) -> tuple[set[str], list[tuple[str, str, str]]]:
    typed = {n for n in index.types if index.kind(n) in vocab.CLASS_OF_KIND}
    nodes = set(typed)
    edges = []
    for s, p, o in index.links:
        if p.startswith(_PROVENANCE_NS):
            continue
        ks, ko = index.kind(s), index.kind(o)
        if ks in PROVENANCE_KINDS or ko in PROVENANCE_KINDS or ks is None or ko is None:
            continue  # bookkeeping, or a link out of the world (owl:sameAs): a fact, not a node
        if s in typed or o in typed:
            nodes.update((s, o))
            edges.append((s, p, o))
    return nodes, edges


def _from_triples(
    index: _Index, triples: Sequence[tuple[Any, str, Any]], evidence: bool
) -> tuple[set[str], list[tuple[str, str, str]], dict[str, set[tuple[str, str]]]]:
    nodes: set[str] = set()
    edges = []
    literals: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for s, p, o in triples:
        sid, oid = _term_id(s), _term_id(o)
        if sid is None:
            continue
        if p == vocab.RDF_TYPE and oid:
            index.types[sid].add(oid)
            nodes.add(sid)
            continue
        if p in (vocab.LABEL, vocab.ALT_LABEL) and oid is None:
            index.add(s, p, o)
            nodes.add(sid)
            continue
        nodes.add(sid)
        if oid is not None:
            nodes.add(oid)
            edges.append((sid, p, oid))
        elif (text := _literal_text(o)) is not None:
            literals[sid].add((p, text))
    if not evidence:
        hidden = {n for n in nodes if index.kind(n) in PROVENANCE_KINDS}
        nodes -= hidden
        edges = [e for e in edges if e[0] not in hidden and e[2] not in hidden]
    return nodes, edges, literals


def _neighbourhood(start: str, edges: Sequence[tuple[str, str, str]], depth: int) -> set[str]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for s, _, o in edges:
        adjacent[s].add(o)
        adjacent[o].add(s)
    seen = {start}
    frontier = deque([(start, 0)])
    while frontier:
        node, dist = frontier.popleft()
        if dist == depth:
            continue
        for nxt in sorted(adjacent[node]):
            if nxt not in seen:
                seen.add(nxt)
                frontier.append((nxt, dist + 1))
    return seen


def _facts(
    index: _Index, nodes: set[str], extra_literals: dict[str, set[tuple[str, str]]]
) -> dict[str, list[dict[str, Any]]]:
    """Every fact about each node (in the whole source, not only the drawn part)."""
    facts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s, p, o in index.links:
        if p.startswith(_PROVENANCE_NS) or p in _NOT_FACTS:
            continue
        if s not in nodes and o not in nodes:
            continue
        if index.kind(s) in PROVENANCE_KINDS or index.kind(o) in PROVENANCE_KINDS:
            continue
        fact = {
            "subject": index.label(s),
            "subject_id": s,
            "relation": readable(p),
            "relation_iri": p,
            "object": index.label(o) if index.kind(o) is not None else o,
            "object_id": o,
            "evidence": index.evidence.get((s, p, o), []),
        }
        for end in {s, o} & nodes:
            facts[end].append(fact)
    for node in nodes:
        literals = set(index.literals.get(node, ())) | extra_literals.get(node, set())
        for p, value in literals:
            if p in _NOT_FACTS or p.startswith(_PROVENANCE_NS) or p.startswith(vocab.KG + "sha256"):
                continue
            facts[node].append(
                {
                    "subject": index.label(node),
                    "subject_id": node,
                    "relation": readable(p),
                    "relation_iri": p,
                    "value": value,
                    "evidence": index.evidence.get((node, p, value), []),
                }
            )
    for node, items in facts.items():
        items.sort(key=lambda f: (f["relation"], f["subject"], f.get("object", f.get("value", ""))))
        facts[node] = items
    return facts


def _node_attrs(index: _Index, node: str, facts: list[dict[str, Any]]) -> dict[str, Any]:
    kind = index.kind(node) or "external"
    label = index.label(node)
    alts = sorted(a for a in index.alts.get(node, ()) if a != label)
    return {"iri": node, "label": label, "class": kind, "alt_labels": alts, "facts": facts}


def _add_evidence_nodes(graph: nx.MultiDiGraph, index: _Index) -> None:
    """Add a node per evidence sentence and per document, linked to what they support."""
    supports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s, o, p, data in list(graph.edges(keys=True, data=True)):
        for ev in data["evidence"]:
            sent, doc = ev["sentence_iri"], ev["document_iri"]
            if not sent:
                continue
            fact = {
                "subject": graph.nodes[s]["label"],
                "subject_id": s,
                "relation": data["relation"],
                "relation_iri": p,
                "object": graph.nodes[o]["label"],
                "object_id": o,
                "evidence": [ev],
            }
            supports[sent].append(fact)
            if sent not in graph:
                graph.add_node(
                    sent,
                    iri=sent,
                    label=_shorten(ev["sentence"] or vocab.local_name(sent), 48),
                    **{"class": "sentence"},
                    alt_labels=[],
                    facts=[],
                    text=ev["sentence"],
                )
            if doc and doc not in graph:
                graph.add_node(
                    doc,
                    iri=doc,
                    label=ev["document"] or vocab.local_name(doc),
                    **{"class": "document"},
                    alt_labels=[],
                    facts=[],
                )
            if doc and not graph.has_edge(sent, doc, key=vocab.REFERENCE_CONTEXT):
                graph.add_edge(
                    sent,
                    doc,
                    key=vocab.REFERENCE_CONTEXT,
                    iri=vocab.REFERENCE_CONTEXT,
                    relation=readable(vocab.REFERENCE_CONTEXT),
                    evidence=[],
                )
            for end in (s, o):
                if not graph.has_edge(sent, end, key=vocab.EVIDENCE):
                    graph.add_edge(
                        sent,
                        end,
                        key=vocab.EVIDENCE,
                        iri=vocab.EVIDENCE,
                        relation="evidence for",
                        evidence=[ev],
                    )
    for sent, items in supports.items():
        graph.nodes[sent]["facts"] = items


# --- the pyvis network and the page -----------------------------------------------------------


def vis_options(n_nodes: int, physics: bool = True) -> dict[str, Any]:
    """vis-network options: a seeded layout, and physics that settles fast even for 1,000 nodes."""
    large = n_nodes > LARGE_GRAPH
    return {
        "autoResize": True,
        "layout": {"randomSeed": 20170818, "improvedLayout": n_nodes <= 100},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -140,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.07,
                "damping": 0.55,
                "avoidOverlap": 0.8,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.45,
            "adaptiveTimestep": True,
            "stabilization": {
                "enabled": True,
                "iterations": stabilisation_iterations(n_nodes),
                "updateInterval": 20,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1.5,
            "font": {"size": 16, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#9aa0a6", "highlight": "#2f3437", "hover": "#5f6368", "inherit": False},
            "font": {
                "size": 12,
                "face": "system-ui, sans-serif",
                "color": "#4a4f54",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "horizontal",
            },
            "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.35},
            "width": 1.2,
            "selectionWidth": 1.5,
        },
    }


def stabilisation_iterations(n_nodes: int) -> int:
    """Layout iterations before physics stops: ~13 ms each for 1,000 nodes in headless Chromium,
    so large graphs get fewer (200 for 1,000 nodes: about 3 s) and small ones settle fully."""
    if n_nodes <= LARGE_GRAPH:
        return 800
    return max(100, min(800, 200_000 // n_nodes))


def _node_size(degree: int) -> float:
    return round(min(10 + 4.5 * math.sqrt(degree), 42), 1)


def _smooth_for_parallel(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Curves for relations between the same pair, bent to alternate sides so labels don't overlap."""
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for s, o, key in graph.edges(keys=True):
        pair = (s, o) if s <= o else (o, s)
        groups[pair].append((s, o, key))
    out = {}
    for (a, _), group in groups.items():
        if len(group) < 2:
            continue
        for i, (s, o, key) in enumerate(sorted(group)):
            clockwise = i % 2 == 0
            if s != a:  # reversed edge: "clockwise" is relative to the edge's own direction
                clockwise = not clockwise
            out[(s, o, key)] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.18 + 0.2 * (i // 2), 2),
            }
    return out


class KGNetwork(Network):
    """A pyvis ``Network`` rendered with defenders-kg's page template.

    The page embeds vis-network (no CDN, no bootstrap), forbids every network request with a
    Content-Security-Policy, and carries all labels and tooltips as JSON text rendered with
    ``textContent``. It keeps pyvis's globals ``network``, ``nodes`` and ``edges``.
    ``write_html``/``show``/``save_graph`` work as in pyvis; in a notebook, displaying the object
    shows the page in a sandboxed iframe.
    """

    def __init__(self, *, title: str = "defenders-kg", **kwargs: Any) -> None:
        kwargs.setdefault("directed", True)
        kwargs.setdefault("cdn_resources", "in_line")
        kwargs.setdefault("height", "100vh")
        super().__init__(**kwargs)
        self.title = title
        self.legend: list[dict[str, Any]] = []

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        self.html = render_page(self)
        return self.html

    def write_html(
        self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False
    ) -> None:
        from .export import atomic_write_bytes

        atomic_write_bytes(name, self.generate_html().encode("utf-8"))
        if open_browser:  # pragma: no cover - opens a browser
            webbrowser.open(Path(name).resolve().as_uri())

    def __str__(self) -> str:  # pyvis prints every node and edge as JSON
        return f"KGNetwork {self.title!r}: {self.num_nodes()} nodes, {self.num_edges()} edges"

    def _repr_html_(self) -> str:
        page = html.escape(self.generate_html(), quote=True)
        return f'<iframe sandbox="allow-scripts" style="width:100%;height:640px;border:0" srcdoc="{page}"></iframe>'


def network(
    graph_or_store: Any,
    *,
    title: str = "defenders-kg",
    physics: bool = True,
    query: str | None = None,
    focus: str | None = None,
    depth: int = 1,
    classes: Iterable[str] | None = None,
    exclude_classes: Iterable[str] | None = None,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    evidence: bool = False,
) -> KGNetwork:
    """The pyvis network of the graph (or of a selection: see :func:`to_networkx`).

    ``graph_or_store`` may also be a graph returned by :func:`to_networkx`. Nodes are coloured
    and shaped by class and sized by degree; edges are labelled with the relation's name. Write
    it with ``net.write_html(path)``, or display it in a notebook.
    """
    if isinstance(graph_or_store, nx.MultiDiGraph):
        graph = graph_or_store
    else:
        graph = to_networkx(
            graph_or_store,
            query=query,
            focus=focus,
            depth=depth,
            classes=classes,
            exclude_classes=exclude_classes,
            relations=relations,
            exclude_relations=exclude_relations,
            evidence=evidence,
        )
    net = KGNetwork(title=title)
    counts: dict[str, int] = defaultdict(int)
    focus_iri = graph.graph.get("focus")
    for node, data in graph.nodes(data=True):
        kind = data.get("class", "other")
        counts[kind] += 1
        name, colour, shape = KIND_STYLE.get(kind, KIND_STYLE["other"])
        info = {
            "iri": data.get("iri", node),
            "class": kind,
            "className": name,
            "altLabels": list(data.get("alt_labels", [])),
            "facts": data.get("facts", []),
        }
        if data.get("text"):
            info["text"] = data["text"]
        border = "#222222" if node == focus_iri else _darker(colour)
        net.add_node(
            node,
            label=str(data.get("label") or node),
            shape=shape,
            color={
                "background": colour,
                "border": border,
                "highlight": {"background": colour, "border": "#111111"},
                "hover": {"background": colour, "border": "#111111"},
            },
            size=_node_size(graph.degree(node)) if shape != "box" else 10,
            borderWidth=3 if node == focus_iri else 1.5,
            kg=info,
        )
    curves = _smooth_for_parallel(graph)
    for i, (s, o, key, data) in enumerate(graph.edges(keys=True, data=True)):
        options: dict[str, Any] = {
            "id": f"e{i}",
            "label": data.get("relation", readable(key)),
            "arrows": "to",
            "kg": {
                "iri": data.get("iri", key),
                "relation": data.get("relation", readable(key)),
                "from": graph.nodes[s].get("label", s),
                "to": graph.nodes[o].get("label", o),
                "evidence": data.get("evidence", []),
            },
        }
        if (s, o, key) in curves:
            options["smooth"] = curves[(s, o, key)]
        if data.get("iri") in (vocab.EVIDENCE, vocab.REFERENCE_CONTEXT):
            options["dashes"] = True
        net.add_edge(s, o, **options)
    net.options = vis_options(graph.number_of_nodes(), physics)
    net.legend = [
        {"class": kind, "name": style[0], "color": style[1], "shape": style[2], "count": counts[kind]}
        for kind, style in KIND_STYLE.items()
        if counts.get(kind)
    ]
    return net


def _darker(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (r, g, b)))


def write_html(graph_or_store: Any, path: str | os.PathLike[str], **selection: Any) -> KGNetwork:
    """Write the page of the graph (or of a selection: see :func:`network`) to ``path``, atomically."""
    net = network(graph_or_store, **selection)
    net.write_html(os.fspath(path))
    return net


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    return {
        "vis_js": (ASSETS_DIR / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (ASSETS_DIR / "vis-network.min.css").read_text(encoding="utf-8"),
        "app_js": (ASSETS_DIR / "kg-viz.js").read_text(encoding="utf-8"),
        "app_css": (ASSETS_DIR / "kg-viz.css").read_text(encoding="utf-8"),
    }


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("viz.html")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


_CSS_SIZE = re.compile(r"^(\d+(\.\d+)?(px|%|vh|vw|em|rem)|calc\([\d.a-z%+\- ]+\))$")


def render_page(net: Network) -> str:
    """The self-contained HTML page of a pyvis network (see :class:`KGNetwork`)."""
    assets = _assets()
    # our networks carry a dict; a plain pyvis Network carries an Options object
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    height = str(net.height)
    if not _CSS_SIZE.match(height):
        raise ValueError(f"height must be a CSS length, not {height!r}")
    data = {
        "title": getattr(net, "title", "") or net.heading or "defenders-kg",
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "legend": getattr(net, "legend", []),
    }
    scripts = [assets["vis_js"], assets["app_js"]]
    csp = (
        "default-src 'none'; "
        f"script-src {' '.join(_csp_hash(s) for s in scripts)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    return _template().render(
        title=data["title"],
        csp=csp,
        height=height,
        data=data,
        **assets,
    )
