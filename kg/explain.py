"""Why is a fact in the graph? Find its evidence sentences."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from . import names as N
from . import vocab
from .errors import InputError


@dataclass(frozen=True)
class Evidence:
    document: str
    path: str
    begin: int
    end: int
    sentence: str
    rule: str


@dataclass
class Explanation:
    subject: tuple[str, str]  # (iri, label)
    predicate: str
    object: tuple[str, str]
    evidence: list[Evidence]


def _label(store: ox.Store, iri: str) -> str:
    for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(vocab.LABEL), None):
        return q.object.value
    return iri


def find_entity(store: ox.Store, name_or_iri: str, classes: set[str] | None = None) -> str:
    """An entity IRI from an IRI, a CURIE (res:person/x), a label or an alternative name.

    When a name fits several entities, ``classes`` (the classes the relation expects) decides."""
    iri = vocab.expand_iri(name_or_iri)
    if iri is not None:
        return iri
    labels: dict[str, str] = {}
    alts: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(vocab.LABEL), None):
        if isinstance(q.subject, ox.NamedNode):
            labels[q.subject.value] = q.object.value
    for q in store.quads_for_pattern(None, ox.NamedNode(vocab.ALT_LABEL), None):
        if isinstance(q.subject, ox.NamedNode):
            alts.setdefault(q.subject.value, []).append(q.object.value)

    ranks = N.name_ranks(name_or_iri, labels, alts)
    if classes and len(ranks) > 1:
        typed = {
            iri: r
            for iri, r in ranks.items()
            if any(
                q.object.value in classes
                for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(vocab.RDF_TYPE), None)
            )
        }
        ranks = typed or ranks
    top = N.best_ranked(ranks)
    if not top:
        raise InputError(f"no entity called {name_or_iri!r} (try `kg query entities_per_class` or an IRI)")
    if len(top) > 1:
        raise InputError(f"{name_or_iri!r} is ambiguous: {', '.join(top)} (give an IRI)")
    return top[0]


def find_predicate(text: str) -> str:
    t = text.strip().strip("<>")
    if t in vocab.RELATIONS:
        return vocab.RELATIONS[t]
    if t.startswith(("http://", "https://")):
        return t
    if ":" in t and t.split(":", 1)[0] in vocab.PREFIXES:
        prefix, rest = t.split(":", 1)
        return vocab.PREFIXES[prefix] + rest
    return vocab.KG + t


DOMAIN_RANGE: dict[str, tuple[set[str], set[str]]] = {
    vocab.PLAYS: ({vocab.PERSON}, {vocab.CHARACTER}),
    vocab.APPEARS_IN: ({vocab.CHARACTER}, {vocab.SERIES, vocab.SEASON, vocab.MOVIE}),
    vocab.DIRECTED: ({vocab.PERSON}, {vocab.EPISODE, vocab.MOVIE}),
}

EVIDENCE_QUERY = """
SELECT DISTINCT ?g ?path ?begin ?end ?sentence ?rule WHERE {
  GRAPH ?g {
    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sent .
    OPTIONAL { ?st kg:extractionRule ?rule }
    ?sent rdf:value ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end .
  }
  OPTIONAL { ?g prov:atLocation ?path }
}
ORDER BY ?g ?begin
"""


def explain_fact(store: ox.Store, subject: str, predicate: str, obj: str) -> Explanation:
    """Resolve the names and return the evidence of ``subject predicate object``."""
    from .query import run

    p = find_predicate(predicate)
    dom, rng = DOMAIN_RANGE.get(p, (None, None))
    s, o = find_entity(store, subject, dom), find_entity(store, obj, rng)
    query = EVIDENCE_QUERY
    for var, iri in (("?s", s), ("?p", p), ("?o", o)):
        query = query.replace(f"{var} ", f"{ox.NamedNode(iri)} ")
    ev: dict[tuple[str, int], Evidence] = {}
    for row in run(store, query):
        key = (row["g"].value, int(row["begin"].value))
        rule = row["rule"].value if row["rule"] else ""
        if key in ev:
            rule = ", ".join(sorted({*ev[key].rule.split(", "), rule} - {""}))
        ev[key] = Evidence(
            document=row["g"].value,
            path=row["path"].value if row["path"] else row["g"].value,
            begin=int(row["begin"].value),
            end=int(row["end"].value),
            sentence=row["sentence"].value,
            rule=rule,
        )
    return Explanation((s, _label(store, s)), p, (o, _label(store, o)), list(ev.values()))


def format_explanation(x: Explanation) -> str:
    head = f"{x.subject[1]} --{vocab.local_name(x.predicate)}--> {x.object[1]}"
    if not x.evidence:
        return f"{head}\nNot in the graph: no document states this fact."
    lines = [head, f"{len(x.evidence)} evidence sentence(s):"]
    for e in x.evidence:
        lines.append(f"\n  {e.path} [chars {e.begin}-{e.end}] (rule: {e.rule or '?'})")
        lines.append(f"  “{e.sentence}”")
    return "\n".join(lines)
