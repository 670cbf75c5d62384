"""SHACL validation of a store against ontology/shapes.ttl (pyshacl).

Facts live in named graphs (one per document) while their subjects' classes live in the
entities graph, so the shapes are checked against one data graph: the union of every named
graph of the store except the ontology graph (the ontology's OWL axioms are not data and hold
blank nodes). No inference is run and the ontology is not mixed in: the graph is checked as it
is queried, so a class or a triple the build did not write is never assumed.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDFS, SH

from . import vocab
from .errors import InputError

SHAPES_FILE = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
ONTOLOGY_GRAPH = vocab.GRAPH + "ontology"
SHAPES_NS = "https://w3id.org/defenders-kg/shapes#"


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with the labels of its nodes where the graph has them."""

    focus: str  # the node that does not conform (an IRI, or a blank node id)
    path: str | None  # the property concerned (an IRI), if any
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    value: str | None = None  # the offending value (IRI or lexical form), if any
    shape: str = ""  # label of the shape (the named node shape) the result comes from
    focus_label: str | None = None
    value_label: str | None = None


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0  # size of the data graph
    seconds: float = 0.0
    shapes: Path = SHAPES_FILE
    #: registered relations the shapes file has no shape for (it is stale: run scripts/gen_shapes.py)
    unshaped: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> Any:
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


class _DataGraph(rdflib.Graph):
    """An rdflib graph that parses each SPARQL text once.

    pyshacl runs a SPARQL-based constraint once per focus node, passing the query as text, and
    rdflib would parse it every time (about 10 ms, most of the validation time).
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def data_graph(store: ox.Store) -> rdflib.Graph:
    """The union of the store's named graphs (the ontology graph excluded) as one rdflib graph."""
    graph = _DataGraph()
    skip = ox.NamedNode(ONTOLOGY_GRAPH)
    add = graph.add
    for quad in store.quads_for_pattern(None, None, None, None):
        if quad.graph_name == skip:
            continue
        add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


def _term(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Identifier:
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    raise TypeError(f"unsupported RDF term: {t!r}")  # pragma: no cover - RDF-star triples


def validate(store: ox.Store, shapes: Path = SHAPES_FILE) -> Report:
    """Check the store against the SHACL shapes; the report lists every result."""
    import pyshacl

    start = time.perf_counter()
    if not shapes.is_file():
        raise InputError(f"no SHACL shapes at {shapes}")
    data = data_graph(store)
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
    )
    report = Report(bool(conforms), triples=len(data), shapes=shapes)
    shaped = {str(p) for p in shapes_graph.objects(None, SH.targetSubjectsOf)}
    report.unshaped = sorted(n for n, r in _registry().items() if r.iri not in shaped)
    report.violations = sorted(
        _violations(results, shapes_graph, data),
        key=lambda v: (v.shape, v.message, v.focus_label or v.focus, v.path or "", v.value or ""),
    )
    report.seconds = time.perf_counter() - start
    return report


def _registry() -> dict[str, vocab.Relation]:
    import kg.rules  # noqa: F401  (the rule modules register their relations on import)

    return vocab.relations()


def _violations(results: rdflib.Graph, shapes: rdflib.Graph, data: rdflib.Graph) -> list[Violation]:
    def one(node: rdflib.term.Node, prop: rdflib.URIRef) -> rdflib.term.Node | None:
        return next(iter(results.objects(node, prop)), None)

    def label(node: rdflib.term.Node | None) -> str | None:
        if not isinstance(node, rdflib.URIRef):
            return None
        found = next(iter(data.objects(node, RDFS.label)), None)
        return str(found) if found is not None else None

    out = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus, path, value = one(result, SH.focusNode), one(result, SH.resultPath), one(result, SH.value)
        severity = one(result, SH.resultSeverity)
        message = one(result, SH.resultMessage)
        out.append(
            Violation(
                focus=str(focus),
                path=str(path) if isinstance(path, rdflib.URIRef) else None,
                message=str(message) if message is not None else "does not conform",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=str(value) if value is not None else None,
                shape=_shape_name(shapes, one(result, SH.sourceShape)),
                focus_label=label(focus),
                value_label=label(value),
            )
        )
    return out


def _shape_name(shapes: rdflib.Graph, shape: rdflib.term.Node | None) -> str:
    """The label of the named shape a result comes from (a blank property shape's owner)."""
    seen = set()
    while isinstance(shape, rdflib.BNode) and shape not in seen:
        seen.add(shape)
        shape = next(iter(shapes.subjects(SH.property, shape)), None)
    if shape is None:
        return "(anonymous shape)"
    found = next(iter(shapes.objects(shape, RDFS.label)), None)
    return str(found) if found is not None else short(str(shape))


def short(iri: str) -> str:
    """A prefixed name for the project's namespaces (res: for entities), else the IRI."""
    for prefix, ns in [("kgsh", SHAPES_NS), *sorted(vocab.PREFIXES.items(), key=lambda p: -len(p[1]))]:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _node(iri: str | None, label: str | None) -> str:
    if iri is None:
        return ""
    if label is not None:
        return f'"{label}" ({short(iri)})'
    return short(iri)


def format_report(report: Report, limit: int | None = None) -> str:
    """One line per result, grouped by shape, and a summary line.

    ``limit`` caps the lines printed per shape (the summary still counts them all).
    """
    groups: dict[str, list[Violation]] = defaultdict(list)
    for v in report.violations:
        groups[v.shape].append(v)
    lines = []
    for shape in sorted(groups):
        found = groups[shape]
        lines.append(f"{shape}: {len(found)} result{'s' if len(found) != 1 else ''}")
        for v in found[:limit] if limit else found:
            where = _node(v.focus, v.focus_label)
            if v.path:
                where += f" {short(v.path)}"
            text = f"  {v.severity}: {where}: {v.message}"
            if v.value is not None and v.value != v.focus:
                text += f" Value: {_node(v.value, v.value_label)}"
            lines.append(text)
        if limit and len(found) > limit:
            lines.append(f"  ... and {len(found) - limit} more")
    counts: dict[str, int] = defaultdict(int)
    for v in report.violations:
        counts[v.severity] += 1
    if report.unshaped:
        lines.append(
            f"Note: {report.shapes.name} has no shape for the registered relation(s) "
            f"{', '.join(report.unshaped)}: run scripts/gen_shapes.py."
        )
    checked = f"{report.triples:,} triples checked against {report.shapes.name} in {report.seconds:.1f} s"
    if report.conforms and not report.violations:
        lines.append(f"The graph conforms: {checked}.")
    else:
        found = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}" for sev, n in sorted(counts.items()))
        verdict = "conforms" if report.conforms else "does not conform"
        lines.append(f"The graph {verdict}: {found} in {len(groups)} shape(s); {checked}.")
    return "\n".join(lines)
