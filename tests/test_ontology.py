"""ontology/kg.ttl: it parses, documents every kg: term, and declares every term the build writes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import vocab
from kg.documents import document_from_text
from kg.pipeline import COUNT_CLASSES, COUNT_FACTS, ONTOLOGY_GRAPH, build_graph
from kg.query import run
from kg.store import load_rdf_file

ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
ONTOLOGY_IRI = rdflib.URIRef("https://w3id.org/defenders-kg/ontology")
KG = rdflib.Namespace(vocab.KG)
SCHEMA = rdflib.Namespace(vocab.SCHEMA)
WD = rdflib.Namespace(vocab.WD)
WDT = rdflib.Namespace(vocab.WDT)
DCTERMS = rdflib.Namespace(vocab.DCTERMS)
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
XSD_NON_NEGATIVE_INTEGER = rdflib.URIRef(vocab.XSD + "nonNegativeInteger")

DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}

TEXT = (
    "Nightwatch is an American television series created by Ana Ruiz for Netflix. "
    "The series stars Tom Hale as Jack Stone / Nightwatch, and Mia Park as Lena Cho. "
    "Lena Cho appeared in the first season of Harbor Lights. "
    "Sam Ortiz, director of the first two episodes, also serves as an executive producer."
)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def built() -> list[ox.Quad]:
    """The quads of a build of one small synthetic document (spaCy loads once per module)."""
    _, quads = build_graph([document_from_text(TEXT, path="nightwatch.txt")])
    return quads


def kg_terms(g: rdflib.Graph) -> set[rdflib.URIRef]:
    return {s for s in g.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(vocab.KG)}


def declared(g: rdflib.Graph) -> set[str]:
    return {str(s) for t in DECLARATION_TYPES for s in g.subjects(RDF.type, t)}


def union_members(g: rdflib.Graph, node: rdflib.term.Node) -> set[rdflib.term.Node]:
    """The classes a domain/range stands for: itself, or the members of its owl:unionOf."""
    members = g.value(node, OWL.unionOf)
    if members is None:
        return {node}
    return set(rdflib.collection.Collection(g, members))


# --- the file ---------------------------------------------------------------------------------


def test_parses_with_rdflib_and_pyoxigraph(onto: rdflib.Graph) -> None:
    triples = list(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(onto) > 100


def test_ontology_header(onto: rdflib.Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert onto.value(ONTOLOGY_IRI, p) is not None, p
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "kg"
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == vocab.KG


def test_every_kg_term_is_documented(onto: rdflib.Graph) -> None:
    terms = kg_terms(onto)
    assert len(terms) >= 10
    for t in terms:
        assert set(onto.objects(t, RDF.type)) & DECLARATION_TYPES, f"{t} has no OWL declaration"
        assert onto.value(t, RDFS.label) is not None, f"{t} has no rdfs:label"
        assert onto.value(t, RDFS.comment) is not None, f"{t} has no rdfs:comment"
        assert onto.value(t, RDFS.isDefinedBy) == ONTOLOGY_IRI, f"{t} has no rdfs:isDefinedBy"


def test_every_kg_property_has_domain_and_range(onto: rdflib.Graph) -> None:
    props = {
        t
        for t in kg_terms(onto)
        if {OWL.ObjectProperty, OWL.DatatypeProperty} & set(onto.objects(t, RDF.type))
    }
    assert {KG.plays, KG.appearsIn, KG.directed, KG.evidence, KG.sha256} <= props
    for p in props:
        assert onto.value(p, RDFS.domain) is not None, f"{p} has no rdfs:domain"
        assert onto.value(p, RDFS.range) is not None, f"{p} has no rdfs:range"


def test_every_vocab_term_is_declared(onto: rdflib.Graph) -> None:
    """Each kg: constant of kg/vocab.py, and each schema: class or property it names."""
    names = {v for v in vars(vocab).values() if isinstance(v, str) and v.startswith(vocab.KG)}
    names.discard(vocab.KG)
    names |= set(vocab.CLASS_OF_KIND.values())
    names |= {vocab.PART_OF_SERIES, vocab.PART_OF_SEASON, vocab.SEASON_NUMBER, vocab.EPISODE_NUMBER}
    assert names - declared(onto) == set()


def test_character_is_not_a_person(onto: rdflib.Graph) -> None:
    assert (KG.Character, OWL.disjointWith, SCHEMA.Person) in onto
    assert SCHEMA.Person not in set(onto.transitive_objects(KG.Character, RDFS.subClassOf))
    assert (KG.Character, SKOS.closeMatch, WD.Q95074) in onto


def test_alignments(onto: rdflib.Graph) -> None:
    wikidata_class = {
        SCHEMA.Person: WD.Q5,
        SCHEMA.TVSeries: WD.Q5398426,
        SCHEMA.TVSeason: WD.Q3464665,
        SCHEMA.TVEpisode: WD.Q21191270,
        SCHEMA.Movie: WD.Q11424,
        SCHEMA.Organization: WD.Q43229,
        SCHEMA.Place: WD.Q17334923,
    }
    for cls, item in wikidata_class.items():
        assert (cls, RDF.type, OWL.Class) in onto
        assert onto.value(cls, RDFS.label) is not None
        assert (cls, SKOS.closeMatch, item) in onto, cls
    assert (KG.plays, SKOS.closeMatch, WDT.P453) in onto
    assert (KG.appearsIn, SKOS.closeMatch, WDT.P1441) in onto
    assert {SCHEMA.director, WDT.P57} <= set(onto.objects(KG.directed, RDFS.seeAlso))
    # kg:directed (person -> work) is a sub-property of the inverse of schema:director
    inverses = {onto.value(sup, OWL.inverseOf) for sup in onto.objects(KG.directed, RDFS.subPropertyOf)}
    assert SCHEMA.director in inverses
    # nothing is claimed to mean exactly the same as a term of another vocabulary
    assert not list(onto.triples((None, OWL.equivalentProperty, None)))
    assert not list(onto.triples((None, OWL.equivalentClass, None)))


def test_ranges_of_the_relations(onto: rdflib.Graph) -> None:
    assert onto.value(KG.plays, RDFS.domain) == SCHEMA.Person
    assert onto.value(KG.plays, RDFS.range) == KG.Character
    assert union_members(onto, onto.value(KG.appearsIn, RDFS.range)) == {
        SCHEMA.TVSeries,
        SCHEMA.TVSeason,
        SCHEMA.Movie,
    }
    assert union_members(onto, onto.value(KG.directed, RDFS.range)) == {
        SCHEMA.TVEpisode,
        SCHEMA.Movie,
        SCHEMA.TVSeries,
    }
    assert onto.value(KG.evidence, RDFS.domain) == RDF.Statement
    assert onto.value(KG.evidence, RDFS.range) == KG.Sentence
    assert onto.value(KG.characterCount, RDFS.range) == XSD_NON_NEGATIVE_INTEGER


def test_extraction_depth_section_is_reserved() -> None:
    text = ONTOLOGY_FILE.read_text(encoding="utf-8")
    marker = "# --- extraction-depth terms (crew, companies, dates, reception, character relations) ---"
    assert marker in text


# --- the ontology against a real build ----------------------------------------------------------


def test_every_term_the_build_writes_is_declared(onto: rdflib.Graph, built: list[ox.Quad]) -> None:
    namespaces = (vocab.KG, vocab.SCHEMA)
    used = {q.predicate.value for q in built}
    used |= {q.object.value for q in built if q.predicate.value == vocab.RDF_TYPE}
    used = {t for t in used if t.startswith(namespaces)}
    # the synthetic document exercises every relation and every provenance term
    expected = {vocab.PLAYS, vocab.APPEARS_IN, vocab.DIRECTED, vocab.EVIDENCE, vocab.KG + "extractionRule"}
    expected |= {vocab.SHA256, vocab.CHAR_COUNT, vocab.CHARACTER, vocab.SENTENCE, vocab.DOCUMENT}
    expected |= {vocab.PERSON, vocab.SERIES, vocab.SEASON, vocab.EPISODE, vocab.PART_OF_SERIES}
    assert expected <= used
    assert used - declared(onto) == set()


def test_the_build_respects_domains_and_ranges(onto: rdflib.Graph, built: list[ox.Quad]) -> None:
    types: dict[str, set[str]] = {}
    for q in built:
        if q.predicate.value == vocab.RDF_TYPE:
            types.setdefault(q.subject.value, set()).add(q.object.value)
    checked = 0
    for q in built:
        p = rdflib.URIRef(q.predicate.value)
        if not str(p).startswith(vocab.KG):
            continue
        domain = {str(c) for c in union_members(onto, onto.value(p, RDFS.domain))}
        rng = {str(c) for c in union_members(onto, onto.value(p, RDFS.range))}
        assert types.get(q.subject.value, set()) & domain, f"{q.subject} {p}: not in {domain}"
        if isinstance(q.object, ox.Literal):
            assert (p, RDF.type, OWL.DatatypeProperty) in onto, f"{p} has a literal value"
            assert q.object.datatype.value in rng, f"{p} {q.object}: not a {rng}"
        else:
            assert (p, RDF.type, OWL.ObjectProperty) in onto, f"{p} has an IRI value"
            assert types.get(q.object.value, set()) & rng, f"{p} {q.object}: not in {rng}"
        checked += 1
    assert checked > 20


def test_loading_the_ontology_adds_no_facts_or_entities(built: list[ox.Quad]) -> None:
    """`kg build` loads kg.ttl into the store: the summary's counts must not change."""

    def counts(store: ox.Store) -> tuple[set, set]:
        classes = {(r["class"].value, r["n"].value) for r in run(store, COUNT_CLASSES)}
        facts = {(r["p"].value, r["n"].value) for r in run(store, COUNT_FACTS)}
        return classes, facts

    store = ox.Store()
    store.bulk_extend(built)
    before = counts(store)
    load_rdf_file(store, ONTOLOGY_FILE, ONTOLOGY_GRAPH)
    in_graph = list(store.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH)))
    assert len(in_graph) > 100
    assert counts(store) == before
    assert not [q for q in in_graph if q.predicate.value.startswith(vocab.KG)]
