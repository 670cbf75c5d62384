"""Stage 4: entities and facts -> RDF quads (pyoxigraph terms), with PROV-O provenance."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pyoxigraph as ox

from . import __version__, vocab
from .documents import Document
from .resolution import Resolution

NN = ox.NamedNode
XSD_INT = NN(vocab.XSD + "integer")
XSD_NNI = NN(vocab.XSD + "nonNegativeInteger")
XSD_DATETIME = NN(vocab.XSD + "dateTime")

TYPE, LABEL, ALT = NN(vocab.RDF_TYPE), NN(vocab.LABEL), NN(vocab.ALT_LABEL)
ENTITIES, META = NN(vocab.ENTITIES_GRAPH), NN(vocab.META_GRAPH)
P = vocab.PROV


def build_time() -> str:
    """The extraction time: now, or $SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    t = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.gmtime()
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", t)


def activity_iri(docs: list[Document]) -> str:
    import hashlib

    digest = hashlib.sha256("".join(sorted(d.sha256 for d in docs)).encode()).hexdigest()[:16]
    return f"{vocab.RES}activity/build-{digest}"


def entity_quads(res: Resolution) -> Iterator[ox.Quad]:
    for iri in sorted(res.entities):
        e = res.entities[iri]
        s = NN(iri)
        yield ox.Quad(s, TYPE, NN(vocab.CLASS_OF_KIND[e.kind]), ENTITIES)
        yield ox.Quad(s, LABEL, ox.Literal(e.label), ENTITIES)
        for alt in sorted(e.alt_labels):
            yield ox.Quad(s, ALT, ox.Literal(alt), ENTITIES)
        if e.series:
            yield ox.Quad(s, NN(vocab.PART_OF_SERIES), NN(e.series), ENTITIES)
            prop = vocab.SEASON_NUMBER if e.kind == "season" else vocab.EPISODE_NUMBER
            yield ox.Quad(s, NN(prop), ox.Literal(str(e.number), datatype=XSD_INT), ENTITIES)


def document_quads(doc: Document, activity: str, when: str) -> Iterator[ox.Quad]:
    d = NN(doc.iri)
    yield ox.Quad(d, TYPE, NN(vocab.DOCUMENT), META)
    yield ox.Quad(d, TYPE, NN(P + "Entity"), META)
    yield ox.Quad(d, NN(vocab.SCHEMA + "name"), ox.Literal(doc.name), META)
    yield ox.Quad(d, NN(P + "atLocation"), ox.Literal(doc.path), META)
    yield ox.Quad(d, NN(vocab.SHA256), ox.Literal(doc.sha256), META)
    yield ox.Quad(d, NN(vocab.CHAR_COUNT), ox.Literal(str(len(doc.text)), datatype=XSD_NNI), META)
    yield ox.Quad(NN(activity), NN(P + "used"), d, META)


def activity_quads(activity: str, when: str, ndocs: int) -> Iterator[ox.Quad]:
    a = NN(activity)
    agent = NN(f"{vocab.RES}agent/defenders-kg-{__version__}")
    yield ox.Quad(a, TYPE, NN(P + "Activity"), META)
    yield ox.Quad(a, LABEL, ox.Literal(f"defenders-kg extraction of {ndocs} document(s)"), META)
    yield ox.Quad(a, NN(P + "startedAtTime"), ox.Literal(when, datatype=XSD_DATETIME), META)
    yield ox.Quad(a, NN(P + "wasAssociatedWith"), agent, META)
    yield ox.Quad(agent, TYPE, NN(P + "SoftwareAgent"), META)
    yield ox.Quad(agent, LABEL, ox.Literal(f"defenders-kg {__version__}"), META)
    yield ox.Quad(agent, NN(vocab.SCHEMA + "softwareVersion"), ox.Literal(__version__), META)


def fact_quads(res: Resolution, docs: dict[str, Document], activity: str) -> Iterator[ox.Quad]:
    seen_sentences: set[tuple[str, tuple[int, int]]] = set()
    for f in res.facts:
        g = NN(f.doc)
        s, p = NN(f.subject), NN(vocab.relation(f.relation).iri)
        o = term(f.object, f.datatype)
        yield ox.Quad(s, p, o, g)
        sent = NN(vocab.sentence_iri(f.doc, *f.sentence))
        if (f.doc, f.sentence) not in seen_sentences:
            seen_sentences.add((f.doc, f.sentence))
            text = docs[f.doc].text[f.sentence[0] : f.sentence[1]]
            yield ox.Quad(sent, TYPE, NN(vocab.SENTENCE), g)
            yield ox.Quad(sent, NN(vocab.RDF_VALUE), ox.Literal(text), g)
            yield ox.Quad(sent, NN(vocab.BEGIN_INDEX), ox.Literal(str(f.sentence[0]), datatype=XSD_NNI), g)
            yield ox.Quad(sent, NN(vocab.END_INDEX), ox.Literal(str(f.sentence[1]), datatype=XSD_NNI), g)
            yield ox.Quad(sent, NN(vocab.REFERENCE_CONTEXT), NN(f.doc), g)
        st = NN(vocab.statement_iri(f.doc, f.subject, p.value, str(o)))
        yield ox.Quad(st, TYPE, NN(vocab.STATEMENT), g)
        yield ox.Quad(st, NN(vocab.RDF + "subject"), s, g)
        yield ox.Quad(st, NN(vocab.RDF + "predicate"), p, g)
        yield ox.Quad(st, NN(vocab.RDF + "object"), o, g)
        yield ox.Quad(st, NN(vocab.EVIDENCE), sent, g)
        yield ox.Quad(st, NN(P + "wasDerivedFrom"), NN(f.doc), g)
        yield ox.Quad(st, NN(P + "wasGeneratedBy"), NN(activity), g)
        yield ox.Quad(st, NN(vocab.KG + "extractionRule"), ox.Literal(f.rule), g)


def term(value: str, datatype: str | None) -> ox.NamedNode | ox.Literal:
    """An IRI (datatype None), a plain string (datatype "") or a typed literal."""
    if datatype is None:
        return NN(value)
    if datatype == "":
        return ox.Literal(value)
    return ox.Literal(value, datatype=NN(datatype))


def node_quads(res: Resolution) -> Iterator[ox.Quad]:
    for n in res.nodes.values():
        g, s = NN(n.doc), NN(n.iri)
        yield ox.Quad(s, TYPE, NN(n.type), g)
        yield ox.Quad(s, LABEL, ox.Literal(n.label), g)
        for prop, value, datatype in n.props:
            yield ox.Quad(s, NN(prop), term(value, datatype), g)


def to_quads(docs: list[Document], res: Resolution, when: str | None = None) -> list[ox.Quad]:
    """All quads of a build: entities, document metadata, facts with their evidence."""
    when = when or build_time()
    activity = activity_iri(docs)
    by_iri = {d.iri: d for d in docs}
    quads = list(entity_quads(res))
    quads.extend(activity_quads(activity, when, len(docs)))
    for d in docs:
        quads.extend(document_quads(d, activity, when))
    quads.extend(fact_quads(res, by_iri, activity))
    quads.extend(node_quads(res))
    return list(dict.fromkeys(quads))
