"""Namespaces, classes, properties and IRI minting: the vocabulary contract.

Every other module builds IRIs through this one, so the same input always gives
the same IRIs (readable, stable slugs) and the vocabulary lives in one place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

KG = "https://w3id.org/defenders-kg/ontology#"
BASE = "https://w3id.org/defenders-kg/"
RES = BASE + "resource/"
GRAPH = BASE + "graph/"

SCHEMA = "https://schema.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
WDT = "http://www.wikidata.org/prop/direct/"
WD = "http://www.wikidata.org/entity/"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "res": RES,
    "schema": SCHEMA,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "nif": NIF,
}


def sparql_prefixes() -> str:
    """The PREFIX lines for every namespace above, for prepending to queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


# --- classes -----------------------------------------------------------------
PERSON = SCHEMA + "Person"
CHARACTER = KG + "Character"
SERIES = SCHEMA + "TVSeries"
SEASON = SCHEMA + "TVSeason"
EPISODE = SCHEMA + "TVEpisode"
MOVIE = SCHEMA + "Movie"
ORGANIZATION = SCHEMA + "Organization"
PLACE = SCHEMA + "Place"
GROUP = KG + "FictionalOrganization"

#: entity kind (used in slugs and in the code) -> class IRI
CLASS_OF_KIND: dict[str, str] = {
    "person": PERSON,
    "character": CHARACTER,
    "series": SERIES,
    "season": SEASON,
    "episode": EPISODE,
    "film": MOVIE,
    "organization": ORGANIZATION,
    "place": PLACE,
    "group": GROUP,
}
KIND_OF_CLASS: dict[str, str] = {v: k for k, v in CLASS_OF_KIND.items()}


def register_kind(kind: str, class_iri: str) -> None:
    """Declare another entity kind (rule modules call this at import time)."""
    if CLASS_OF_KIND.get(kind, class_iri) != class_iri:
        raise ValueError(f"kind {kind} already maps to {CLASS_OF_KIND[kind]}")
    CLASS_OF_KIND[kind] = class_iri
    KIND_OF_CLASS[class_iri] = kind


# --- properties ----------------------------------------------------------------
PLAYS = KG + "plays"
APPEARS_IN = KG + "appearsIn"
DIRECTED = KG + "directed"
PART_OF_SERIES = SCHEMA + "partOfSeries"
EPISODE_NUMBER = SCHEMA + "episodeNumber"
SEASON_NUMBER = SCHEMA + "seasonNumber"
PART_OF_SEASON = SCHEMA + "partOfSeason"

RDF_TYPE = RDF + "type"
RDF_VALUE = RDF + "value"
LABEL = RDFS + "label"
ALT_LABEL = SKOS + "altLabel"


@dataclass(frozen=True)
class Relation:
    """A relation the extractor can state: its name (in rules, gold files and the CLI), its
    property IRI, the entity kinds of its subject, and of its object -- or, for a literal
    object, the literal's datatype IRI ("" for a plain string)."""

    name: str
    iri: str
    domain: frozenset[str]
    range: frozenset[str] = frozenset()
    datatype: str | None = None  # set for literal-valued relations


_REGISTRY: dict[str, Relation] = {}


def register(
    name: str, iri: str, domain: Iterable[str], range: Iterable[str] = (), datatype: str | None = None
) -> Relation:
    """Declare a relation (rule modules call this at import time)."""
    rel = Relation(name, iri, frozenset(domain), frozenset(range), datatype)
    old = _REGISTRY.get(name)
    if old is not None and old != rel:
        raise ValueError(f"relation {name} registered twice with different definitions")
    _REGISTRY[name] = rel
    return rel


#: relations stated together with the relation they specialise (ontology/kg.ttl's
#: rdfs:subPropertyOf): name -> the broader relation's name
IMPLIES: dict[str, str] = {}


def implies(name: str, broader: str) -> None:
    """Declare that every ``name`` fact is stated as a ``broader`` fact too ("motherOf" ->
    "parentOf"), so that a query needs no inference."""
    IMPLIES[name] = broader


def relation(name: str) -> Relation:
    return relations()[name]


def relations() -> dict[str, Relation]:
    """Every registered relation, by name (the rule families in kg/rules register theirs)."""
    import kg.rules  # noqa: F401 - importing the rule modules registers their relations

    return dict(_REGISTRY)


register("plays", PLAYS, {"person"}, {"character"})
register("appearsIn", APPEARS_IN, {"character"}, {"series", "season", "film"})
register("directed", DIRECTED, {"person"}, {"episode", "film", "series"})

#: the three core relations: name -> property IRI
RELATIONS: dict[str, str] = {"plays": PLAYS, "appearsIn": APPEARS_IN, "directed": DIRECTED}

# --- provenance ------------------------------------------------------------------
STATEMENT = RDF + "Statement"
SENTENCE = KG + "Sentence"
DOCUMENT = KG + "Document"
EVIDENCE = KG + "evidence"
SHA256 = KG + "sha256"
CHAR_COUNT = KG + "characterCount"
BEGIN_INDEX = NIF + "beginIndex"
END_INDEX = NIF + "endIndex"
REFERENCE_CONTEXT = NIF + "referenceContext"

ENTITIES_GRAPH = GRAPH + "entities"
META_GRAPH = GRAPH + "meta"


def slugify(name: str) -> str:
    """A readable, stable slug: 'Chloë Levine' -> 'chloe-levine', 'S. J. Clarkson' -> 's-j-clarkson'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("\u2019", "")
    text = text.replace("+", " plus ")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x" + hashlib.sha256(name.encode()).hexdigest()[:8]


def node_iri(kind: str, key: str) -> str:
    """IRI of an n-ary node (a review, a rating, a qualified role): stable hash of its content."""
    return f"{RES}{kind}/{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def entity_iri(kind: str, name: str) -> str:
    """IRI of a top-level entity: entity_iri('person', 'Charlie Cox') -> .../resource/person/charlie-cox."""
    if kind not in CLASS_OF_KIND or kind in ("season", "episode"):
        raise ValueError(f"not a top-level entity kind: {kind}")
    return f"{RES}{kind}/{slugify(name)}"


def season_iri(series_iri: str, number: int) -> str:
    return f"{series_iri}/season/{number}"


def episode_iri(series_iri: str, number: int) -> str:
    return f"{series_iri}/episode/{number}"


def document_iri(sha256_hex: str) -> str:
    """The IRI of a document, which is also the name of the graph extracted from it."""
    return f"{BASE}document/{sha256_hex[:16]}"


def sentence_iri(doc_iri: str, begin: int, end: int) -> str:
    return f"{doc_iri}#char={begin},{end}"


def statement_iri(doc_iri: str, s: str, p: str, o: str) -> str:
    digest = hashlib.sha256("\n".join((doc_iri, s, p, o)).encode()).hexdigest()[:20]
    return f"{RES}statement/{digest}"


def expand_iri(text: str) -> str | None:
    """The IRI written as ``<iri>``, ``https://...``, ``urn:...`` or a project CURIE (``res:person/x``);
    None when ``text`` is not written as an IRI (then it is a name)."""
    t = text.strip()
    if t.startswith("<") and t.endswith(">"):
        t = t[1:-1]
    if t.startswith(("http://", "https://", "urn:")):
        return t
    if ":" in t:
        prefix, local = t.split(":", 1)
        if prefix in PREFIXES:
            return PREFIXES[prefix] + local
    return None


def local_name(iri: str) -> str:
    """The readable tail of an IRI (after '#' or the last '/')."""
    return re.split(r"[#/]", iri.rstrip("/"))[-1]
