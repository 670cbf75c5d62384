"""The VoID description of the dataset (https://www.w3.org/TR/void/).

Served by `kg serve` at ``/.well-known/void`` and written by ``kg export --void``: one
``void:Dataset`` with its size (triples, entities, classes, properties, distinct subjects and
objects, documents), the vocabularies it uses, class and property partitions, its SPARQL
endpoint when served, and one ``void:Linkset`` per external dataset its ``owl:sameAs`` links
point to (Wikidata, DBpedia, ...).
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from typing import Any

import pyoxigraph as ox

from . import vocab

VOID = "http://rdfs.org/ns/void#"
FOAF = "http://xmlns.com/foaf/0.1/"
SAME_AS = vocab.OWL + "sameAs"

#: known link targets: IRI prefix -> (short name, title, homepage)
LINK_TARGETS: dict[str, tuple[str, str, str]] = {
    vocab.WD: ("wikidata", "Wikidata", "https://www.wikidata.org/"),
    "http://dbpedia.org/resource/": ("dbpedia", "DBpedia", "https://www.dbpedia.org/"),
    "https://dbpedia.org/resource/": ("dbpedia", "DBpedia", "https://www.dbpedia.org/"),
}

_KNOWN_VOCABULARIES = [
    vocab.KG,
    vocab.SCHEMA,
    vocab.RDF,
    vocab.RDFS,
    vocab.OWL,
    vocab.SKOS,
    vocab.PROV,
    vocab.DCTERMS,
    vocab.NIF,
    vocab.XSD,
    vocab.WDT,
]

_PREFIXES = {**vocab.PREFIXES, "void": VOID, "foaf": FOAF}


def _count(store: ox.Store, sparql: str) -> int:
    result = store.query(sparql, use_default_graph_as_union=True)
    for row in result:
        value = row[0]
        return int(value.value) if value is not None else 0
    return 0


def _values(store: ox.Store, sparql: str) -> list[tuple[Any, ...]]:
    result = store.query(sparql, use_default_graph_as_union=True)
    return [tuple(row[i] for i in range(len(result.variables))) for row in result]


def _namespace(iri: str) -> str:
    for ns in sorted(_KNOWN_VOCABULARIES, key=len, reverse=True):
        if iri.startswith(ns):
            return ns
    m = re.match(r"(.*[#/])[^#/]*$", iri)
    return m.group(1) if m else iri


def _lit(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(vocab.XSD + "integer"))


def _node(kind: str, key: str) -> ox.BlankNode:
    """A blank node with a stable id, so the same store always gives the same Turtle."""
    return ox.BlankNode(kind + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12])


def sort_triples(triples: list[ox.Triple]) -> list[ox.Triple]:
    """Group triples by subject (the dataset first, rdf:type first) for readable Turtle."""

    def key(t: ox.Triple) -> tuple[int, str, int, str, str]:
        return (
            isinstance(t.subject, ox.BlankNode),
            str(t.subject),
            t.predicate.value != vocab.RDF_TYPE,
            str(t.predicate),
            str(t.object),
        )

    return sorted(triples, key=key)


def used_prefixes(triples: list[ox.Triple], prefixes: dict[str, str]) -> dict[str, str]:
    """The prefixes whose namespace some IRI in the triples starts with."""
    iris = {
        t.value
        for tr in triples
        for t in (tr.subject, tr.predicate, tr.object)
        if isinstance(t, ox.NamedNode)
    }
    iris |= {tr.object.datatype.value for tr in triples if isinstance(tr.object, ox.Literal)}
    return {p: ns for p, ns in prefixes.items() if any(i.startswith(ns) for i in iris)}


def dataset_iri(base_iri: str = vocab.BASE) -> str:
    """The IRI of the dataset: a fragment of the VoID document, so it resolves to its description."""
    return f"{base_iri}.well-known/void#dataset"


def void_graph(
    store: ox.Store,
    *,
    base_iri: str = vocab.BASE,
    sparql_endpoint: str | None = None,
) -> list[ox.Triple]:
    """The VoID description of the store as triples."""
    ds = ox.NamedNode(dataset_iri(base_iri))
    a = ox.NamedNode(vocab.RDF_TYPE)

    def v(name: str) -> ox.NamedNode:
        return ox.NamedNode(VOID + name)

    out: list[ox.Triple] = []

    def add(s: Any, p: ox.NamedNode, o: Any) -> None:
        out.append(ox.Triple(s, p, o))

    triples = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    entities = _count(
        store,
        f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <{vocab.ENTITIES_GRAPH}> {{ ?e a ?c }} }}",
    )
    subjects = _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    objects = _count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }")
    documents = _count(store, f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ ?d a <{vocab.DOCUMENT}> }}")
    classes = _values(
        store, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c ORDER BY STR(?c)"
    )
    properties = _values(
        store,
        "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } "
        "GROUP BY ?p ORDER BY STR(?p)",
    )
    links = _values(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{SAME_AS}> ?o }}")

    add(ds, a, v("Dataset"))
    add(ds, ox.NamedNode(vocab.DCTERMS + "title"), ox.Literal("defenders-kg"))
    add(
        ds,
        ox.NamedNode(vocab.DCTERMS + "description"),
        ox.Literal(
            "A knowledge graph of TV series (people, characters, series, episodes) extracted from "
            "articles, with the evidence sentence of every fact."
        ),
    )
    add(ds, v("uriSpace"), ox.Literal(base_iri + "resource/"))
    add(ds, v("triples"), _lit(triples))
    add(ds, v("entities"), _lit(entities))
    add(ds, v("classes"), _lit(len(classes)))
    add(ds, v("properties"), _lit(len(properties)))
    add(ds, v("distinctSubjects"), _lit(subjects))
    add(ds, v("distinctObjects"), _lit(objects))
    add(ds, v("documents"), _lit(documents))
    if sparql_endpoint:
        add(ds, v("sparqlEndpoint"), ox.NamedNode(sparql_endpoint))

    used = sorted({_namespace(row[0].value) for row in [*classes, *properties] if row[0] is not None})
    for ns in used:
        add(ds, v("vocabulary"), ox.NamedNode(ns))

    for cls, count in classes:
        part = _node("class", cls.value)
        add(ds, v("classPartition"), part)
        add(part, v("class"), cls)
        add(part, v("entities"), _lit(int(count.value)))
    for prop, count in properties:
        part = _node("property", prop.value)
        add(ds, v("propertyPartition"), part)
        add(part, v("property"), prop)
        add(part, v("triples"), _lit(int(count.value)))

    # one example resource per class keeps the description small and useful
    examples = _values(
        store,
        f"SELECT (MIN(STR(?e)) AS ?x) WHERE {{ GRAPH <{vocab.ENTITIES_GRAPH}> {{ ?e a ?c }} }} GROUP BY ?c",
    )
    for (example,) in sorted(examples, key=lambda r: str(r[0]))[:10]:
        if example is not None:
            add(ds, v("exampleResource"), ox.NamedNode(example.value))

    by_target: dict[str, list[tuple[Any, Any]]] = {}
    for subject, obj in links:
        if not isinstance(obj, ox.NamedNode):
            continue
        prefix = next((p for p in LINK_TARGETS if obj.value.startswith(p)), None)
        key = prefix or urllib.parse.urlsplit(obj.value).netloc or obj.value
        by_target.setdefault(key, []).append((subject, obj))
    for key, pairs in sorted(by_target.items()):
        if key in LINK_TARGETS:
            short_name, title, homepage = LINK_TARGETS[key]
            space = key
        else:
            short_name = re.sub(r"[^A-Za-z0-9.-]", "-", key)
            title, homepage, space = key, "", ""
        linkset = ox.NamedNode(f"{base_iri}.well-known/void#links-{short_name}")
        target = ox.NamedNode(f"{base_iri}.well-known/void#{short_name}")
        add(ds, v("subset"), linkset)
        add(linkset, a, v("Linkset"))
        add(linkset, v("linkPredicate"), ox.NamedNode(SAME_AS))
        add(linkset, v("subjectsTarget"), ds)
        add(linkset, v("objectsTarget"), target)
        add(linkset, v("target"), ds)
        add(linkset, v("target"), target)
        add(linkset, v("triples"), _lit(len(pairs)))
        add(target, a, v("Dataset"))
        add(target, ox.NamedNode(vocab.DCTERMS + "title"), ox.Literal(title))
        if homepage:
            add(target, ox.NamedNode(FOAF + "homepage"), ox.NamedNode(homepage))
        if space:
            add(target, v("uriSpace"), ox.Literal(space))
    return sort_triples(out)


def void_turtle(
    store: ox.Store,
    sparql_endpoint: str | None = None,
    *,
    base_iri: str = vocab.BASE,
) -> str:
    """The VoID description as Turtle (what ``kg export --void`` writes)."""
    triples = void_graph(store, base_iri=base_iri, sparql_endpoint=sparql_endpoint)
    prefixes = used_prefixes(triples, _PREFIXES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
