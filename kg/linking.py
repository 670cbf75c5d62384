"""Links from the graph's entities to Wikidata and DBpedia, with the provenance of each link.

Two sources of links:

* **The reference file** (``ontology/wikipedia-titles.tsv``): English Wikipedia titles checked
  by hand for seed entities. Rows are matched to the graph's entities by class and by
  ``rdfs:label`` / ``skos:altLabel`` (never by guessing IRIs); a ``sameAs`` row gives
  ``owl:sameAs`` to the DBpedia resource and ``schema:sameAs`` to the Wikipedia page, a
  ``basedOn`` row (an article about the comics character a TV character is adapted from)
  gives ``schema:isBasedOn``, never ``owl:sameAs``. Method ``wikipedia-title-reference``.
* **Reconciliation** against a SPARQL endpoint (Wikidata by default, DBpedia as a second
  target): candidates by exact label or alias, constrained by class (people: humans with an
  acting/directing/producing/writing occupation; series: television series; films; characters:
  fictional characters), scored by label similarity and by facts of the external graph that
  agree with ours (the series' cast includes the actor, the cast statement names the
  character, the character is present in the series, shares its narrative universe, ...).
  Candidates at or above the threshold become ``owl:sameAs``; those between the review floor
  and the threshold are listed for review. Method ``wikidata-reconciliation`` or
  ``dbpedia-reconciliation``.

Every link triple is written together with a ``kg:Link`` node (an ``rdf:Statement``) carrying
``kg:method``, ``kg:score``, ``dcterms:date``, ``dcterms:source`` and an ``rdfs:comment``; the
terms are documented in ``ontology/linking.ttl``. The links file (Turtle, triples only) is what
``kg build`` loads into the graph ``https://w3id.org/defenders-kg/graph/links``.

The HTTP client is polite: a User-Agent naming the project, a rate limit, retries with
exponential backoff on 429/5xx honouring ``Retry-After``, an on-disk cache of answers, and a
one-line error when the endpoint cannot be reached.
"""

from __future__ import annotations

import csv
import email.utils
import hashlib
import http.client
import ipaddress
import json
import os
import re
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import __version__, vocab
from .errors import InputError, KGError

# --- files and namespaces -------------------------------------------------------------------

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
DEFAULT_LINKS_FILE = ONTOLOGY_DIR / "links.ttl"
DEFAULT_REFERENCE_FILE = ONTOLOGY_DIR / "wikipedia-titles.tsv"
DEFAULT_CACHE_DIR = Path(".kg-cache") / "sparql"

LINKS_GRAPH = vocab.GRAPH + "links"

DBPEDIA_RESOURCE = "http://dbpedia.org/resource/"
WIKIPEDIA_PAGE = "https://en.wikipedia.org/wiki/"
WD = vocab.WD
WDT = vocab.WDT
WD_P = "http://www.wikidata.org/prop/"
WD_PS = "http://www.wikidata.org/prop/statement/"
WD_PQ = "http://www.wikidata.org/prop/qualifier/"
WD_SCHEMA = "http://schema.org/"  # Wikidata's descriptions use http://schema.org/description
DBO = "http://dbpedia.org/ontology/"

OWL_SAME_AS = vocab.OWL + "sameAs"
SCHEMA_SAME_AS = vocab.SCHEMA + "sameAs"
SCHEMA_IS_BASED_ON = vocab.SCHEMA + "isBasedOn"
LINK = vocab.KG + "Link"
METHOD = vocab.KG + "method"
SCORE = vocab.KG + "score"
DATE = vocab.DCTERMS + "date"
SOURCE = vocab.DCTERMS + "source"
COMMENT = vocab.RDFS + "comment"
RDF_SUBJECT = vocab.RDF + "subject"
RDF_PREDICATE = vocab.RDF + "predicate"
RDF_OBJECT = vocab.RDF + "object"

METHOD_REFERENCE = "wikipedia-title-reference"

DEFAULT_THRESHOLD = 0.8
DEFAULT_REVIEW_FLOOR = 0.5

#: the reference file's ``type`` column -> class IRI
REFERENCE_TYPES: dict[str, str] = {
    "person": vocab.PERSON,
    "series": vocab.SERIES,
    "tvseries": vocab.SERIES,
    "film": vocab.MOVIE,
    "movie": vocab.MOVIE,
    "organization": vocab.ORGANIZATION,
    "character": vocab.CHARACTER,
    "place": vocab.PLACE,
}
REFERENCE_COLUMNS = ("entity_name", "type", "wikipedia_title", "link")

# --- names ----------------------------------------------------------------------------------


def normalize_name(name: str, drop_parenthetical: bool = False) -> str:
    """A comparison key for names: accents, case, punctuation and spacing removed.

    ``normalize_name("S.J. Clarkson") == normalize_name("S. J. Clarkson") == "s j clarkson"``;
    with ``drop_parenthetical`` a trailing "(TV series)" style disambiguator is dropped too.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if drop_parenthetical:
        text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    text = text.replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def name_similarity(a: str, b: str) -> float:
    """Similarity of two names in [0, 1] (1 for names equal up to case, accents, punctuation)."""
    na, nb = normalize_name(a, True), normalize_name(b, True)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    return SequenceMatcher(None, na, nb).ratio()


# --- entities of the graph ------------------------------------------------------------------


@dataclass(frozen=True)
class StoreEntity:
    """An entity of our graph: IRI, class, preferred label and alternative labels."""

    iri: str
    cls: str
    label: str
    alt_labels: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return vocab.KIND_OF_CLASS.get(self.cls, vocab.local_name(self.cls))

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)


def load_entities(store: ox.Store, classes: Iterable[str] | None = None) -> list[StoreEntity]:
    """The entities of the given classes (default: every class of the data model)."""
    from .query import run

    wanted = list(classes) if classes is not None else list(vocab.CLASS_OF_KIND.values())
    values = " ".join(f"<{c}>" for c in wanted)
    rows = run(
        store,
        f"""SELECT ?e ?class ?label ?alt WHERE {{
              VALUES ?class {{ {values} }}
              ?e a ?class ; rdfs:label ?label .
              OPTIONAL {{ ?e skos:altLabel ?alt }}
            }}""",
    )
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    alts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sol in rows:
        key = (sol["e"].value, sol["class"].value)
        labels[key].add(sol["label"].value)
        if sol["alt"] is not None:
            alts[key].add(sol["alt"].value)
    out = []
    for (iri, cls), names in sorted(labels.items()):
        label = min(names)
        extra = sorted((alts[(iri, cls)] | names) - {label})
        out.append(StoreEntity(iri, cls, label, tuple(extra)))
    return out


@dataclass
class GraphContext:
    """Who plays whom, who appears where, who directed what: the facts that a candidate's
    facts in the external graph can agree with. Seasons and episodes are mapped to their series."""

    plays: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    appears: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    directed: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def acting(self, person: str) -> set[tuple[str, str]]:
        return {(c, w) for c in self.plays.get(person, ()) for w in self.appears.get(c, ())}

    def actors(self, character: str) -> set[str]:
        return {p for p, cs in self.plays.items() if character in cs}

    def works(self, character: str) -> set[str]:
        return set(self.appears.get(character, ()))

    def characters(self, work: str) -> set[str]:
        return {c for c, ws in self.appears.items() if work in ws}

    def cast(self, work: str) -> set[tuple[str, str]]:
        return {(p, c) for c in self.characters(work) for p in self.actors(c)}

    def directors(self, work: str) -> set[str]:
        return {p for p, ws in self.directed.items() if work in ws}


def load_context(store: ox.Store) -> GraphContext:
    """Read kg:plays, kg:appearsIn and kg:directed from the store (union of all graphs)."""
    from .query import run

    parent: dict[str, str] = {}
    for sol in run(
        store,
        "SELECT ?x ?s WHERE { { ?x schema:partOfSeries ?s } UNION { ?x schema:partOfSeason ?season . "
        "?season schema:partOfSeries ?s } }",
    ):
        parent[sol["x"].value] = sol["s"].value
    ctx = GraphContext()
    rels = {vocab.PLAYS: ctx.plays, vocab.APPEARS_IN: ctx.appears, vocab.DIRECTED: ctx.directed}
    values = " ".join(f"<{p}>" for p in rels)
    for sol in run(store, f"SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"):
        obj = sol["o"].value
        rels[sol["p"].value][sol["s"].value].add(parent.get(obj, obj))
    return ctx


# --- links ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One link triple and its provenance (written as a kg:Link node beside the triple)."""

    subject: str
    predicate: str
    object: str
    method: str
    score: float
    date: str
    source: str | None = None
    comment: str | None = None

    @property
    def node(self) -> str:
        digest = hashlib.sha256(
            "\n".join((self.subject, self.predicate, self.object, self.method)).encode()
        ).hexdigest()[:20]
        return f"{vocab.RES}link/{digest}"


def today() -> str:
    """The date of a run (UTC), or of ``$SOURCE_DATE_EPOCH`` when it is set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


# --- the reference file ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceRow:
    """A row of the hand-checked reference file (see ontology/wikipedia-titles.tsv)."""

    line: int
    entity_name: str
    type: str
    wikipedia_title: str
    url: str
    about: str
    verified_on: str
    link: str


def read_reference(path: str | os.PathLike[str]) -> list[ReferenceRow]:
    """Read the reference TSV; raise InputError if it lacks a required column."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"reference file not found: {file}")
    with file.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = [c for c in REFERENCE_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{file}: missing column(s) {', '.join(missing)} in the header line")
        rows = []
        for number, rec in enumerate(reader, start=2):
            if not (rec.get("entity_name") or "").strip():
                continue
            rows.append(
                ReferenceRow(
                    line=number,
                    entity_name=rec["entity_name"].strip(),
                    type=(rec.get("type") or "").strip(),
                    wikipedia_title=(rec.get("wikipedia_title") or "").strip(),
                    url=(rec.get("url") or "").strip(),
                    about=(rec.get("about") or "").strip(),
                    verified_on=(rec.get("verified_on") or "").strip(),
                    link=(rec.get("link") or "").strip(),
                )
            )
    return rows


_IRI_FORBIDDEN = set('<>"{}|\\^`%?#')


def title_path(title: str) -> str:
    """A Wikipedia title as it appears in DBpedia/Wikipedia IRIs: spaces as underscores;
    parentheses, colons, apostrophes, ``+`` and non-ASCII letters kept; only what IRIs forbid
    (and ``%``, ``?``, ``#``, which would change the IRI's meaning) percent-encoded."""
    out = []
    for ch in title.strip().replace(" ", "_"):
        if ch in _IRI_FORBIDDEN or ord(ch) < 0x21 or 0x7F <= ord(ch) <= 0x9F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def _is_iri(text: str) -> bool:
    if not text.startswith(("http://", "https://")):
        return False
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def dbpedia_iri(title: str) -> str:
    """``dbpedia_iri("The Defenders (miniseries)")`` -> ``http://dbpedia.org/resource/The_Defenders_(miniseries)``."""
    return DBPEDIA_RESOURCE + title_path(title)


def wikipedia_url(title: str) -> str:
    return WIKIPEDIA_PAGE + title_path(title)


@dataclass
class ReferenceMatch:
    """Result of matching the reference rows to the graph's entities."""

    matched: list[tuple[ReferenceRow, StoreEntity]] = field(default_factory=list)
    unmatched: list[tuple[ReferenceRow, str]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)


def match_reference(
    rows: Sequence[ReferenceRow], entities: Sequence[StoreEntity], source_name: str = "wikipedia-titles.tsv"
) -> ReferenceMatch:
    """Match each row to the one entity of its class whose label (or, failing that, whose
    alternative label) equals the row's name, and make the row's links.

    Rows whose name matches no entity, or several, are reported in ``unmatched`` with a reason.
    """
    by_label: dict[tuple[str, str], list[StoreEntity]] = defaultdict(list)
    by_alt: dict[tuple[str, str], list[StoreEntity]] = defaultdict(list)
    for ent in entities:
        by_label[(ent.cls, normalize_name(ent.label))].append(ent)
        for alt in ent.alt_labels:
            by_alt[(ent.cls, normalize_name(alt))].append(ent)
    result = ReferenceMatch()
    for row in rows:
        cls = REFERENCE_TYPES.get(row.type.casefold().replace(" ", ""))
        if cls is None:
            result.unmatched.append((row, f"unknown type {row.type!r}"))
            continue
        if row.link not in ("sameAs", "basedOn"):
            result.unmatched.append((row, f"unknown link kind {row.link!r} (sameAs or basedOn)"))
            continue
        if not row.wikipedia_title:
            result.unmatched.append((row, "no wikipedia_title"))
            continue
        key = (cls, normalize_name(row.entity_name))
        found = by_label.get(key) or by_alt.get(key) or []
        kind = vocab.KIND_OF_CLASS.get(cls, row.type)
        if not found:
            result.unmatched.append((row, f"no {kind} called {row.entity_name!r} in the graph"))
            continue
        if len(found) > 1:
            names = ", ".join(e.iri for e in found)
            result.unmatched.append((row, f"{row.entity_name!r} names several {kind} entities: {names}"))
            continue
        ent = found[0]
        result.matched.append((row, ent))
        result.links.extend(reference_links(row, ent, source_name))
    return result


def reference_links(row: ReferenceRow, entity: StoreEntity, source_name: str) -> list[Link]:
    """The links a matched reference row gives: owl:sameAs (DBpedia) + schema:sameAs (the
    Wikipedia page) for ``sameAs`` rows; schema:isBasedOn (DBpedia) for ``basedOn`` rows."""
    page = row.url if _is_iri(row.url) else wikipedia_url(row.wikipedia_title)
    date = row.verified_on if re.fullmatch(r"\d{4}-\d{2}-\d{2}", row.verified_on) else today()
    about = f" ({row.about})" if row.about else ""
    note = f"{source_name} line {row.line}: {row.entity_name} -> Wikipedia {row.wikipedia_title!r}{about}"
    if row.link == "basedOn":
        note += "; the article is about the character ours is adapted from, not the same thing"
        return [
            Link(
                entity.iri,
                SCHEMA_IS_BASED_ON,
                dbpedia_iri(row.wikipedia_title),
                METHOD_REFERENCE,
                1.0,
                date,
                page,
                note,
            )
        ]
    return [
        Link(
            entity.iri, OWL_SAME_AS, dbpedia_iri(row.wikipedia_title), METHOD_REFERENCE, 1.0, date, page, note
        ),
        Link(
            entity.iri,
            SCHEMA_SAME_AS,
            wikipedia_url(row.wikipedia_title),
            METHOD_REFERENCE,
            1.0,
            date,
            page,
            note,
        ),
    ]


# --- the polite SPARQL client ---------------------------------------------------------------

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class EndpointUnreachable(KGError):
    """The endpoint could not be reached (no network, DNS failure, connection refused)."""


def user_agent() -> str:
    """The User-Agent sent to endpoints (Wikimedia asks for a name, version and contact URL)."""
    return os.environ.get("KG_USER_AGENT") or (
        f"defenders-kg/{__version__} (https://w3id.org/defenders-kg/; entity linking with `kg link`) "
        f"Python-urllib/{urllib.request.__version__}"
    )


def _is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class SparqlClient:
    """A polite SPARQL-protocol client for SELECT queries (results as SPARQL JSON).

    ``rate`` is the most requests per second; ``retries`` how often a 429/5xx answer or a
    timeout is retried, waiting ``Retry-After`` when the server gives it, else ``backoff``
    seconds doubled at each attempt (capped by ``max_wait``). Answers are cached as JSON files
    under ``cache_dir`` (keyed by endpoint and query) and reused for ``cache_max_age`` seconds.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        rate: float = 1.0,
        retries: int = 4,
        backoff: float = 2.0,
        max_wait: float = 60.0,
        timeout: float = 60.0,
        cache_dir: str | os.PathLike[str] | None = DEFAULT_CACHE_DIR,
        cache_max_age: float = 30 * 86400,
        agent: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0:
            raise InputError("--rate must be a positive number of requests per second")
        if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
            raise InputError(
                f"the endpoint must be an http(s) URL like {WIKIDATA.endpoint}, not {endpoint!r}"
            )
        self.endpoint = endpoint
        self.min_interval = 1.0 / rate
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.timeout = timeout
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.cache_max_age = cache_max_age
        self.agent = agent or user_agent()
        self._sleep = sleep
        self._clock = clock
        self._last_request: float | None = None
        # a loopback endpoint never goes through a proxy from the environment
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(endpoint) else []
        self._opener = urllib.request.build_opener(*handlers)
        self.requests = 0
        self.cache_hits = 0
        self.retried = 0
        self.waited = 0.0

    # cache -------------------------------------------------------------------------------
    def _cache_file(self, query: str) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return self.cache_dir / f"{key}.json"

    def _cached(self, query: str) -> dict[str, Any] | None:
        file = self._cache_file(query)
        if file is None or not file.is_file():
            return None
        if time.time() - file.stat().st_mtime > self.cache_max_age:
            return None
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("endpoint") != self.endpoint or data.get("query") != query:
            return None
        return data.get("answer")

    def _store(self, query: str, answer: dict[str, Any]) -> None:
        file = self._cache_file(query)
        if file is None:
            return
        from .export import atomic_write_bytes

        record = {"endpoint": self.endpoint, "query": query, "fetched": today(), "answer": answer}
        atomic_write_bytes(file, json.dumps(record, ensure_ascii=False).encode("utf-8"))

    # requests ----------------------------------------------------------------------------
    def _throttle(self) -> None:
        now = self._clock()
        if self._last_request is not None:
            wait = self._last_request + self.min_interval - now
            if wait > 0:
                self._sleep(wait)
                self.waited += wait
        self._last_request = self._clock()

    def _unreachable(self, reason: object) -> EndpointUnreachable:
        host = urllib.parse.urlsplit(self.endpoint).hostname or self.endpoint
        why = getattr(reason, "strerror", None) or str(reason) or reason.__class__.__name__
        return EndpointUnreachable(
            f"cannot reach the SPARQL endpoint {self.endpoint} ({why}): linking against {host} needs "
            f"network access; run `kg link --offline` to link from the reference file only "
            f"(answers cached under {self.cache_dir or 'the cache'} are reused without network)"
        )

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        """Run a SELECT query; the result's bindings (SPARQL 1.1 JSON terms), from the cache if fresh."""
        answer = self._cached(query)
        if answer is not None:
            self.cache_hits += 1
        else:
            answer = self._fetch(query)
            self._store(query, answer)
        try:
            return list(answer["results"]["bindings"])
        except (KeyError, TypeError):
            raise KGError(f"{self.endpoint} did not answer with SPARQL JSON results") from None

    def _fetch(self, query: str) -> dict[str, Any]:
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        headers = {
            "User-Agent": self.agent,
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        }
        attempt = 0
        while True:
            self._throttle()
            self.requests += 1
            request = urllib.request.Request(self.endpoint, data=body, headers=headers, method="POST")
            try:
                with self._opener.open(request, timeout=self.timeout) as resp:
                    raw = resp.read()
                try:
                    return json.loads(raw.decode("utf-8"))
                except ValueError:
                    raise KGError(f"{self.endpoint} did not answer with SPARQL JSON results") from None
            except urllib.error.HTTPError as exc:
                detail = _first_line(exc.read())
                exc.close()
                if exc.code in RETRY_STATUS and attempt < self.retries:
                    wait = parse_retry_after(exc.headers.get("Retry-After"))
                    if wait is None:
                        wait = self.backoff * (2**attempt)
                    self._pause(min(wait, self.max_wait))
                    attempt += 1
                    continue
                raise KGError(
                    f"{self.endpoint} answered HTTP {exc.code} {exc.reason}"
                    + (f": {detail}" if detail else "")
                    + (f" (after {attempt} retries)" if attempt else "")
                ) from None
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError) and attempt < self.retries:
                    self._pause(min(self.backoff * (2**attempt), self.max_wait))
                    attempt += 1
                    continue
                raise self._unreachable(exc.reason) from None
            except TimeoutError as exc:
                if attempt < self.retries:
                    self._pause(min(self.backoff * (2**attempt), self.max_wait))
                    attempt += 1
                    continue
                raise self._unreachable(exc) from None
            except (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead) as exc:
                if attempt < self.retries:  # the server dropped the connection: try again later
                    self._pause(min(self.backoff * (2**attempt), self.max_wait))
                    attempt += 1
                    continue
                raise self._unreachable(exc) from None
            except (ConnectionError, http.client.HTTPException) as exc:
                raise self._unreachable(exc) from None

    def _pause(self, seconds: float) -> None:
        self.retried += 1
        if seconds > 0:
            self._sleep(seconds)
            self.waited += seconds


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else ""
    return line[:200]


def _sparql_string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def _term(binding: dict[str, dict[str, str]], var: str) -> str | None:
    term = binding.get(var)
    return term.get("value") if term else None


# --- reconciliation targets -----------------------------------------------------------------

#: occupations that make a human a candidate for a person of the graph (with their subclasses)
WIKIDATA_OCCUPATIONS = {
    "Q33999": "actor",
    "Q3455803": "director",
    "Q2526255": "film director",
    "Q2059704": "television director",
    "Q28389": "screenwriter",
    "Q3282637": "film producer",
    "Q578109": "television producer",
}
WIKIDATA_CLASS_ROOTS = {
    "series": "Q5398426",  # television series (miniseries, web series... are subclasses)
    "film": "Q11424",  # film
    "character": "Q95074",  # fictional character
}


@dataclass(frozen=True)
class Target:
    """How to find candidates and their facts in one external graph.

    ``candidate_pattern`` binds ``?item`` for a name ``?name``; ``name_variants`` are suffixes
    tried after each name (DBpedia's resources carry Wikipedia's disambiguators, "Daredevil (TV
    series)"); ``class_patterns`` constrain ``?item`` per kind; ``details_pattern`` binds
    ``?p ?v`` (labels, aliases, descriptions) and ``facts_pattern`` binds ``?rel ?a ?b ?c`` for
    the items in ``?x`` / ``?item``.
    """

    name: str
    title: str
    endpoint: str
    namespace: str
    method: str
    prefixes: str
    candidate_pattern: str
    details_pattern: str
    facts_pattern: str
    label_properties: tuple[str, ...]
    alias_properties: tuple[str, ...]
    description_properties: tuple[str, ...]
    languages: tuple[str, ...]
    class_patterns: dict[str, str]
    kind_notes: dict[str, str]
    name_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def variants(self, kind: str, name: str) -> list[str]:
        """The strings looked up for one of our names (the name itself first)."""
        return [name + suffix for suffix in ("", *self.name_variants.get(kind, ()))]

    def candidate_query(self, kind: str, names: Sequence[str]) -> str:
        values = " ".join(f"{_sparql_string(n)}@{lang}" for n in names for lang in self.languages)
        return (
            f"{self.prefixes}SELECT DISTINCT ?name ?item WHERE {{\n"
            f"  VALUES ?name {{ {values} }}\n"
            f"  {self.candidate_pattern}\n"
            f"  {self.class_patterns[kind]}\n"
            f"}}"
        )

    def details_query(self, items: Sequence[str]) -> str:
        values = " ".join(f"<{i}>" for i in items)
        langs = ", ".join(f'"{lang}"' for lang in self.languages)
        return (
            f"{self.prefixes}SELECT ?item ?p ?v WHERE {{\n"
            f"  VALUES ?item {{ {values} }}\n{self.details_pattern}\n"
            f"  FILTER(LANG(?v) IN ({langs}))\n"
            f"}}"
        )

    def facts_query(self, items: Sequence[str]) -> str:
        values = " ".join(f"<{i}>" for i in items)
        return (
            f"{self.prefixes}SELECT DISTINCT ?rel ?a ?b ?c WHERE {{\n"
            f"  VALUES ?x {{ {values} }}\n{self.facts_pattern}\n}}"
        )


_WIKIDATA_PREFIXES = (
    f"PREFIX wd: <{WD}>\nPREFIX wdt: <{WDT}>\nPREFIX p: <{WD_P}>\nPREFIX ps: <{WD_PS}>\n"
    f"PREFIX pq: <{WD_PQ}>\nPREFIX rdfs: <{vocab.RDFS}>\nPREFIX skos: <{vocab.SKOS}>\n"
    f"PREFIX schema: <{WD_SCHEMA}>\n"
)
WIKIDATA = Target(
    name="wikidata",
    title="Wikidata",
    endpoint="https://query.wikidata.org/sparql",
    namespace=WD,
    method="wikidata-reconciliation",
    prefixes=_WIKIDATA_PREFIXES,
    candidate_pattern="?item rdfs:label|skos:altLabel ?name .",
    details_pattern="  VALUES ?p { rdfs:label skos:altLabel schema:description }\n  ?item ?p ?v .",
    facts_pattern="""\
  { ?x p:P161 ?st . ?st ps:P161 ?b . OPTIONAL { ?st pq:P453 ?c } BIND(?x AS ?a) BIND("cast" AS ?rel) }
  UNION { ?st ps:P161 ?x . ?a p:P161 ?st . OPTIONAL { ?st pq:P453 ?c } BIND(?x AS ?b) BIND("cast" AS ?rel) }
  UNION { ?st pq:P453 ?x . ?a p:P161 ?st . ?st ps:P161 ?b . BIND(?x AS ?c) BIND("cast" AS ?rel) }
  UNION { ?x wdt:P57 ?b . BIND(?x AS ?a) BIND("director" AS ?rel) }
  UNION { ?a wdt:P57 ?x . BIND(?x AS ?b) BIND("director" AS ?rel) }
  UNION { ?x wdt:P175 ?b . BIND(?x AS ?a) BIND("performer" AS ?rel) }
  UNION { ?x wdt:P1441 ?b . BIND(?x AS ?a) BIND("presentIn" AS ?rel) }
  UNION { ?x wdt:P1080 ?b . BIND(?x AS ?a) BIND("universe" AS ?rel) }""",
    label_properties=(vocab.RDFS + "label",),
    alias_properties=(vocab.SKOS + "altLabel",),
    description_properties=(WD_SCHEMA + "description",),
    languages=("en", "mul"),
    class_patterns={
        "person": "?item wdt:P31 wd:Q5 .\n  FILTER EXISTS { VALUES ?occupation { "
        + " ".join(f"wd:{q}" for q in WIKIDATA_OCCUPATIONS)
        + " } ?item wdt:P106/wdt:P279* ?occupation }",
        **{
            kind: f"FILTER EXISTS {{ ?item wdt:P31/wdt:P279* wd:{q} }}"
            for kind, q in WIKIDATA_CLASS_ROOTS.items()
        },
    },
    kind_notes={
        "person": "human (P31 Q5) with an acting, directing, producing or writing occupation (P106)",
        "series": "instance of television series (Q5398426) or a subclass",
        "film": "instance of film (Q11424) or a subclass",
        "character": "instance of fictional character (Q95074) or a subclass",
    },
)

DBPEDIA = Target(
    name="dbpedia",
    title="DBpedia",
    endpoint="https://dbpedia.org/sparql",
    namespace=DBPEDIA_RESOURCE,
    method="dbpedia-reconciliation",
    prefixes=f"PREFIX dbo: <{DBO}>\nPREFIX rdfs: <{vocab.RDFS}>\n",
    candidate_pattern="{ ?item rdfs:label ?name } UNION { ?redirect rdfs:label ?name ; "
    "dbo:wikiPageRedirects ?item }",
    details_pattern="  { VALUES ?p { rdfs:label rdfs:comment } ?item ?p ?v }\n"
    "  UNION { ?redirect dbo:wikiPageRedirects ?item ; rdfs:label ?v . BIND(dbo:wikiPageRedirects AS ?p) }",
    facts_pattern="""\
  { ?x dbo:starring ?b . BIND(?x AS ?a) BIND("cast" AS ?rel) }
  UNION { ?a dbo:starring ?x . BIND(?x AS ?b) BIND("cast" AS ?rel) }
  UNION { ?x dbo:director ?b . BIND(?x AS ?a) BIND("director" AS ?rel) }
  UNION { ?a dbo:director ?x . BIND(?x AS ?b) BIND("director" AS ?rel) }
  UNION { ?x dbo:portrayer ?b . BIND(?x AS ?a) BIND("performer" AS ?rel) }""",
    label_properties=(vocab.RDFS + "label",),
    alias_properties=(DBO + "wikiPageRedirects",),  # labels of the pages redirecting to the item
    description_properties=(vocab.RDFS + "comment",),
    languages=("en",),
    class_patterns={
        "person": "?item a dbo:Person .",
        "series": "?item a dbo:TelevisionShow .",
        "film": "?item a dbo:Film .",
        "character": "?item a dbo:FictionalCharacter .",
    },
    kind_notes={
        "person": "dbo:Person",
        "series": "dbo:TelevisionShow",
        "film": "dbo:Film",
        "character": "dbo:FictionalCharacter",
    },
    name_variants={
        "person": (" (actor)", " (actress)", " (director)", " (producer)"),
        "series": (" (TV series)", " (American TV series)", " (miniseries)", " (web series)"),
        "film": (" (film)",),
        "character": (" (character)", " (Marvel Cinematic Universe)"),
    },
)

TARGETS: dict[str, Target] = {"wikidata": WIKIDATA, "dbpedia": DBPEDIA}
RECONCILED_KINDS = ("person", "series", "film", "character")


# --- reconciliation -------------------------------------------------------------------------

LABEL_WEIGHT = 0.6
FACTS_WEIGHT = 0.4
UNIQUE_BONUS = 0.1
ALIAS_WEIGHT = 0.95  # their alias rather than their label
ALT_WEIGHT = 0.8  # our alternative label rather than our label
SURNAME_WEIGHT = 0.5  # our one-word alternative label of a person (a surname alone)
SUPPORT_MIN_LABEL = 0.75  # a candidate can support a neighbour's facts from this label score on
AMBIGUITY_MARGIN = 0.05


@dataclass
class ItemInfo:
    labels: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    description: str = ""

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else (self.aliases[0] if self.aliases else "")


@dataclass
class ExternalFacts:
    """The facts of the external graph about the candidates, in a target-neutral shape."""

    cast: set[tuple[str, str, str | None]] = field(default_factory=set)  # (work, actor, role)
    directors: set[tuple[str, str]] = field(default_factory=set)  # (work, director)
    performers: set[tuple[str, str]] = field(default_factory=set)  # (character, actor)
    present_in: set[tuple[str, str]] = field(default_factory=set)  # (character, work)
    universe: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, rel: str, a: str | None, b: str | None, c: str | None) -> None:
        if a is None or b is None:
            return
        if rel == "cast":
            self.cast.add((a, b, c))
        elif rel == "director":
            self.directors.add((a, b))
        elif rel == "performer":
            self.performers.add((a, b))
        elif rel == "presentIn":
            self.present_in.add((a, b))
        elif rel == "universe":
            self.universe[a].add(b)


@dataclass
class Candidate:
    """A candidate item for one of our entities, with its score and the reasons for it."""

    entity: StoreEntity
    item: str
    label: str
    description: str
    label_score: float
    facts: list[str]
    unique: bool
    score: float = 0.0
    status: str = "rejected"  # linked | review | rejected
    note: str = ""

    def reasons(self, limit: int | None = None) -> str:
        """Why this score: label similarity, the agreeing facts (at most ``limit``), uniqueness."""
        parts = [f"label {self.label_score:.2f}"]
        facts = self.facts[:limit] if limit is not None else self.facts
        parts += facts or ["no agreeing fact"]
        if len(facts) < len(self.facts):
            parts.append(f"{len(self.facts) - len(facts)} more agreeing facts")
        if self.unique:
            parts.append("only candidate of its class")
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


@dataclass
class Reconciliation:
    """What a reconciliation run found: links, candidates to review, and counts."""

    target: Target
    endpoint: str
    threshold: float
    review_floor: float
    candidates: dict[str, list[Candidate]] = field(default_factory=dict)
    entities: list[StoreEntity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def review(self) -> list[Candidate]:
        return [c for cands in self.candidates.values() for c in cands if c.status == "review"]

    @property
    def linked(self) -> list[Candidate]:
        return [c for cands in self.candidates.values() for c in cands if c.status == "linked"]

    def without_candidate(self) -> list[StoreEntity]:
        return [e for e in self.entities if not self.candidates.get(e.iri)]


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def label_score(entity: StoreEntity, info: ItemInfo) -> float:
    """How well the candidate's label or aliases match our label or alternative labels."""
    best = 0.0
    ours = [(entity.label, 1.0)]
    for alt in entity.alt_labels:
        weight = ALT_WEIGHT
        if entity.kind == "person" and len(normalize_name(alt).split()) == 1:
            weight = SURNAME_WEIGHT
        ours.append((alt, weight))
    theirs = [(x, 1.0) for x in info.labels] + [(x, ALIAS_WEIGHT) for x in info.aliases]
    for name, w1 in ours:
        for other, w2 in theirs:
            best = max(best, name_similarity(name, other) * w1 * w2)
    return round(best, 3)


class _Facts:
    """Checks a candidate's external facts against our graph's facts."""

    def __init__(
        self,
        ctx: GraphContext,
        ext: ExternalFacts,
        support: Callable[[str], set[str]],
        item_label: Callable[[str], str],
        entity_label: Callable[[str], str],
    ) -> None:
        self.ctx, self.ext, self.support, self.lbl, self.our = ctx, ext, support, item_label, entity_label
        self.cast_by_work: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        self.cast_by_actor: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        self.cast_by_role: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
        for row in ext.cast:
            self.cast_by_work[row[0]].add(row)
            self.cast_by_actor[row[1]].add(row)
            if row[2]:
                self.cast_by_role[row[2]].add(row)

    def agreeing(self, entity: StoreEntity, item: str) -> list[str]:
        kind = entity.kind
        if kind == "person":
            found = self._person(entity.iri, item)
        elif kind in ("series", "film"):
            found = self._work(entity.iri, item)
        elif kind == "character":
            found = self._character(entity.iri, item)
        else:
            found = set()
        return sorted(found)

    def _person(self, person: str, q: str) -> set[str]:
        out = set()
        for character, work in self.ctx.acting(person):
            works, roles = self.support(work), self.support(character)
            for w, _a, role in self.cast_by_actor.get(q, ()):
                if w in works:
                    out.add(f"cast member of {self.lbl(w)} (our {self.our(work)})")
                    if role in roles:
                        out.add(f"cast as {self.lbl(role)} (our {self.our(character)})")
            for ch, actor in self.ext.performers:
                if actor == q and ch in roles:
                    out.add(f"performer of {self.lbl(ch)} (our {self.our(character)})")
        for work in self.ctx.directed.get(person, ()):
            works = self.support(work)
            for w, d in self.ext.directors:
                if d == q and w in works:
                    out.add(f"director of {self.lbl(w)} (our {self.our(work)})")
        return out

    def _work(self, work: str, q: str) -> set[str]:
        out = set()
        for person, character in self.ctx.cast(work):
            actors, roles = self.support(person), self.support(character)
            for _w, actor, role in self.cast_by_work.get(q, ()):
                if actor in actors:
                    out.add(f"cast includes {self.lbl(actor)} (our {self.our(person)})")
                    if role in roles:
                        out.add(f"{self.lbl(actor)} cast as {self.lbl(role)} (our {self.our(character)})")
        for character in self.ctx.characters(work):
            roles = self.support(character)
            for ch, w in self.ext.present_in:
                if w == q and ch in roles:
                    out.add(f"{self.lbl(ch)} is present in it (our {self.our(character)})")
        for person in self.ctx.directors(work):
            people = self.support(person)
            for w, d in self.ext.directors:
                if w == q and d in people:
                    out.add(f"directed by {self.lbl(d)} (our {self.our(person)})")
        return out

    def _character(self, character: str, q: str) -> set[str]:
        out = set()
        for person in self.ctx.actors(character):
            actors = self.support(person)
            for ch, actor in self.ext.performers:
                if ch == q and actor in actors:
                    out.add(f"performed by {self.lbl(actor)} (our {self.our(person)})")
            for w, actor, _r in self.cast_by_role.get(q, ()):
                if actor in actors:
                    out.add(f"role of {self.lbl(actor)} in {self.lbl(w)} (our {self.our(person)})")
        for work in self.ctx.works(character):
            works = self.support(work)
            for ch, w in self.ext.present_in:
                if ch == q and w in works:
                    out.add(f"present in {self.lbl(w)} (our {self.our(work)})")
            for w, _a, _r in self.cast_by_role.get(q, ()):
                if w in works:
                    out.add(f"a role in the cast of {self.lbl(w)} (our {self.our(work)})")
            mine = self.ext.universe.get(q, set())
            for w in works:
                for u in sorted(mine & self.ext.universe.get(w, set())):
                    out.add(f"same narrative universe as {self.lbl(w)}: {self.lbl(u)} (our {self.our(work)})")
        return out


def reconcile(
    entities: Sequence[StoreEntity],
    ctx: GraphContext,
    client: SparqlClient,
    target: Target = WIKIDATA,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    review_floor: float = DEFAULT_REVIEW_FLOOR,
    known: dict[str, set[str]] | None = None,
    date: str | None = None,
    progress: Callable[[str], None] | None = None,
    batch: int = 40,
) -> Reconciliation:
    """Find, score and decide candidates in ``target`` for the people, series, films and
    characters among ``entities``.

    ``known`` maps entity IRIs to items of the target they are already linked to (e.g. by the
    reference file): those entities are not reconciled again, and their known items support
    their neighbours' facts.
    """
    if not 0 <= review_floor <= threshold <= 1:
        raise InputError("need 0 <= review floor <= threshold <= 1")
    known = known or {}
    date = date or today()
    say = progress or (lambda _msg: None)
    result = Reconciliation(target, client.endpoint, threshold, review_floor)
    todo = [e for e in entities if e.kind in RECONCILED_KINDS]
    result.entities = [e for e in todo if e.iri not in known]

    # 1. candidates by exact label or alias, constrained by class
    found: dict[str, set[str]] = defaultdict(set)
    for kind in RECONCILED_KINDS:
        group = [e for e in todo if e.kind == kind and e.iri not in known]
        by_name: dict[str, list[StoreEntity]] = defaultdict(list)
        for ent in group:
            for name in ent.names:
                for variant in target.variants(kind, name):
                    if ent not in by_name[variant]:
                        by_name[variant].append(ent)
        names = sorted(by_name)
        if names:
            say(
                f"{target.title}: looking up {len(group)} {kind} entities by {len(names)} names "
                f"(candidates: {target.kind_notes[kind]})"
            )
        for chunk in _chunks(names, batch):
            for row in client.select(target.candidate_query(kind, chunk)):
                name, item = _term(row, "name"), _term(row, "item")
                if name is None or item is None or not item.startswith(target.namespace):
                    continue
                for ent in by_name.get(name, ()):
                    found[ent.iri].add(item)

    # 2. labels, aliases, descriptions of the candidates; their facts
    items = sorted({i for its in found.values() for i in its} | {i for its in known.values() for i in its})
    info: dict[str, ItemInfo] = defaultdict(ItemInfo)
    ext = ExternalFacts()
    if items:
        say(f"{target.title}: reading {len(items)} candidates and their facts")
    for chunk in _chunks(items, batch):
        for row in client.select(target.details_query(chunk)):
            item, prop, value = _term(row, "item"), _term(row, "p"), _term(row, "v")
            if item is None or prop is None or value is None:
                continue
            lang = row["v"].get("xml:lang", "")
            rec = info[item]
            if prop in target.label_properties:
                if lang == "en":
                    rec.labels.insert(0, value)
                else:
                    rec.labels.append(value)
            elif prop in target.alias_properties:
                rec.aliases.append(value)
            elif prop in target.description_properties and (lang == "en" or not rec.description):
                rec.description = value
        for row in client.select(target.facts_query(chunk)):
            ext.add(_term(row, "rel") or "", _term(row, "a"), _term(row, "b"), _term(row, "c"))
    universes = sorted({u for us in ext.universe.values() for u in us} - set(info))
    for chunk in _chunks(universes, batch):  # only to name them in the reasons
        for row in client.select(target.details_query(chunk)):
            item, prop, value = _term(row, "item"), _term(row, "p"), _term(row, "v")
            if item and value and prop in target.label_properties:
                info[item].labels.append(value)
    for rec in info.values():
        rec.labels = list(dict.fromkeys(rec.labels))
        rec.aliases = sorted(set(rec.aliases) - set(rec.labels))

    # 3. scores
    by_iri = {e.iri: e for e in entities}
    label_scores = {(e, i): label_score(by_iri[e], info[i]) for e, its in found.items() for i in its}

    def support(entity_iri: str) -> set[str]:
        if entity_iri in known:
            return set(known[entity_iri])
        return {i for i in found.get(entity_iri, ()) if label_scores[(entity_iri, i)] >= SUPPORT_MIN_LABEL}

    def item_label(item: str) -> str:
        label = info[item].label if item in info else ""
        return f"{label} ({vocab.local_name(item)})" if label else vocab.local_name(item)

    def entity_label(iri: str) -> str:
        ent = by_iri.get(iri)
        return ent.label if ent else vocab.local_name(iri)

    facts = _Facts(ctx, ext, support, item_label, entity_label)
    for ent in result.entities:
        items_of = sorted(found.get(ent.iri, ()))
        cands = []
        for item in items_of:
            agreeing = facts.agreeing(ent, item)
            unique = len(items_of) == 1
            lscore = label_scores[(ent.iri, item)]
            score = LABEL_WEIGHT * lscore + FACTS_WEIGHT * min(1.0, len(agreeing) / 2)
            score = round(min(1.0, score + (UNIQUE_BONUS if unique else 0.0)), 3)
            cands.append(
                Candidate(
                    ent, item, info[item].label, info[item].description, lscore, agreeing, unique, score
                )
            )
        cands.sort(key=lambda c: (-c.score, c.item))
        _decide(cands, threshold, review_floor)
        if cands:
            result.candidates[ent.iri] = cands

    # 4. one external item, one entity of ours: keep the best-scored claim, review the others
    claims: dict[str, list[Candidate]] = defaultdict(list)
    for cand in result.linked:
        claims[cand.item].append(cand)
    for item, rivals in claims.items():
        if len(rivals) < 2:
            continue
        rivals.sort(key=lambda c: (-c.score, c.entity.iri))
        keep_first = rivals[0].score - rivals[1].score >= AMBIGUITY_MARGIN
        for cand in rivals[1:] if keep_first else rivals:
            others = ", ".join(r.entity.label for r in rivals if r is not cand)
            cand.status, cand.note = (
                "review",
                f"{vocab.local_name(item)} is also the best candidate for {others}",
            )

    for cand in sorted(result.linked, key=lambda c: c.entity.iri):
        comment = (
            f"{target.title} candidate {cand.label!r}"
            + (f" ({cand.description})" if cand.description else "")
            + f" for {cand.entity.label!r}: score {cand.score:.2f} from {cand.reasons(limit=4)}"
        )
        result.links.append(
            Link(
                cand.entity.iri,
                OWL_SAME_AS,
                cand.item,
                target.method,
                cand.score,
                date,
                client.endpoint,
                comment,
            )
        )
    return result


def _decide(cands: list[Candidate], threshold: float, floor: float) -> None:
    if not cands:
        return
    best = cands[0]
    if best.score >= threshold:
        rivals = [c for c in cands[1:] if c.score >= threshold and best.score - c.score < AMBIGUITY_MARGIN]
        if rivals:
            for cand in [best, *rivals]:
                cand.status, cand.note = "review", "several candidates score alike"
        else:
            best.status = "linked"
        return
    for cand in cands:
        if cand.score >= floor:
            cand.status = "review"


# --- the links file -------------------------------------------------------------------------

FILE_PREFIXES = {
    "rdf": vocab.RDF,
    "rdfs": vocab.RDFS,
    "owl": vocab.OWL,
    "xsd": vocab.XSD,
    "schema": vocab.SCHEMA,
    "dcterms": vocab.DCTERMS,
    "kg": vocab.KG,
}
_PREDICATE_ORDER = [OWL_SAME_AS, SCHEMA_SAME_AS, SCHEMA_IS_BASED_ON]


def link_triples(links: Iterable[Link]) -> list[ox.Triple]:
    """The triples of the links file: each link triple, then the kg:Link nodes describing them."""
    nn, lit = ox.NamedNode, ox.Literal
    ordered = sorted(set(links), key=lambda lk: (lk.subject, _pred_rank(lk.predicate), lk.object, lk.method))
    asserted: list[ox.Triple] = []
    seen: set[tuple[str, str, str]] = set()
    nodes: list[ox.Triple] = []
    for lk in ordered:
        if (lk.subject, lk.predicate, lk.object) not in seen:
            seen.add((lk.subject, lk.predicate, lk.object))
            asserted.append(ox.Triple(nn(lk.subject), nn(lk.predicate), nn(lk.object)))
    for lk in sorted(ordered, key=lambda x: x.node):
        node = nn(lk.node)
        nodes += [
            ox.Triple(node, nn(vocab.RDF_TYPE), nn(vocab.STATEMENT)),
            ox.Triple(node, nn(vocab.RDF_TYPE), nn(LINK)),
            ox.Triple(node, nn(RDF_SUBJECT), nn(lk.subject)),
            ox.Triple(node, nn(RDF_PREDICATE), nn(lk.predicate)),
            ox.Triple(node, nn(RDF_OBJECT), nn(lk.object)),
            ox.Triple(node, nn(METHOD), lit(lk.method)),
            ox.Triple(node, nn(SCORE), lit(f"{lk.score:.3f}", datatype=nn(vocab.XSD + "decimal"))),
            ox.Triple(node, nn(DATE), lit(lk.date, datatype=nn(vocab.XSD + "date"))),
        ]
        if lk.source:
            nodes.append(ox.Triple(node, nn(SOURCE), nn(lk.source)))
        if lk.comment:
            nodes.append(ox.Triple(node, nn(COMMENT), lit(lk.comment)))
    return asserted + nodes


def _pred_rank(predicate: str) -> int:
    return _PREDICATE_ORDER.index(predicate) if predicate in _PREDICATE_ORDER else len(_PREDICATE_ORDER)


def links_turtle(links: Sequence[Link]) -> bytes:
    """The links file's content: a comment header, then Turtle (triples only)."""
    counts = count_links(links)
    by_method = ", ".join(f"{m}: {n}" for m, n in sorted(counts["method"].items())) or "none"
    by_pred = ", ".join(f"{p}: {n}" for p, n in sorted(counts["predicate"].items())) or "none"
    header = (
        "# Links from defenders-kg entities to DBpedia, Wikipedia and Wikidata, generated by `kg link`.\n"
        '# Do not edit by hand: rerun `kg link` (README, "Links to Wikidata and DBpedia").\n'
        "# `kg build` loads this file into the graph <https://w3id.org/defenders-kg/graph/links>.\n"
        "# Each link triple has a kg:Link node (an rdf:Statement) with its kg:method, kg:score,\n"
        "# dcterms:date, dcterms:source and an rdfs:comment; the terms are in ontology/linking.ttl.\n"
        f"# {len(links)} links; by method: {by_method}; by property: {by_pred}.\n"
    )
    body = ox.serialize(link_triples(links), format=ox.RdfFormat.TURTLE, prefixes=FILE_PREFIXES)
    return header.encode("utf-8") + body


def count_links(links: Iterable[Link]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"method": defaultdict(int), "predicate": defaultdict(int)}
    short = {
        OWL_SAME_AS: "owl:sameAs",
        SCHEMA_SAME_AS: "schema:sameAs",
        SCHEMA_IS_BASED_ON: "schema:isBasedOn",
    }
    for lk in links:
        out["method"][lk.method] += 1
        out["predicate"][short.get(lk.predicate, lk.predicate)] += 1
    return out


def read_links_file(path: str | os.PathLike[str]) -> list[Link]:
    """The links described by the kg:Link nodes of a links file (empty if it does not exist)."""
    file = Path(path)
    if not file.is_file():
        return []
    store = ox.Store()
    try:
        store.load(path=str(file), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise InputError(f"{file} is not valid Turtle: {' '.join(str(exc).split())}") from None
    query = f"""
        SELECT ?s ?p ?o ?method ?score ?date ?source ?comment WHERE {{
          ?n a <{LINK}> ; <{RDF_SUBJECT}> ?s ; <{RDF_PREDICATE}> ?p ; <{RDF_OBJECT}> ?o ;
             <{METHOD}> ?method ; <{SCORE}> ?score ; <{DATE}> ?date .
          OPTIONAL {{ ?n <{SOURCE}> ?source }}
          OPTIONAL {{ ?n <{COMMENT}> ?comment }}
        }}"""
    links = []
    for sol in store.query(query):
        links.append(
            Link(
                sol["s"].value,
                sol["p"].value,
                sol["o"].value,
                sol["method"].value,
                float(sol["score"].value),
                sol["date"].value,
                sol["source"].value if sol["source"] is not None else None,
                sol["comment"].value if sol["comment"] is not None else None,
            )
        )
    return links


def merge_links(existing: Iterable[Link], new: Iterable[Link], replace_methods: Iterable[str]) -> list[Link]:
    """The links of ``existing`` made by other methods than ``replace_methods``, plus ``new``."""
    drop = set(replace_methods)
    merged = {lk.node: lk for lk in existing if lk.method not in drop}
    for lk in new:
        merged[lk.node] = lk
    return sorted(merged.values(), key=lambda lk: (lk.subject, lk.predicate, lk.object, lk.method))


def write_links_file(path: str | os.PathLike[str], links: Sequence[Link]) -> int:
    """Write the links file atomically (temporary file, then rename); returns its size in bytes."""
    from .export import atomic_write_bytes

    data = links_turtle(links)
    atomic_write_bytes(path, data)
    return len(data)


# --- report helpers for the CLI -------------------------------------------------------------


def review_rows(
    reconciliation: Reconciliation | None, reference: ReferenceMatch | None
) -> tuple[list[str], list[list[str]]]:
    """A table of what needs a human: uncertain candidates, and reference rows matching no entity."""
    names = ["entity", "kind", "candidate", "label", "score", "why"]
    rows: list[list[str]] = []
    if reconciliation is not None:
        for cand in sorted(reconciliation.review, key=lambda c: (c.entity.kind, c.entity.label, -c.score)):
            desc = f" — {cand.description}" if cand.description else ""
            rows.append(
                [
                    cand.entity.label,
                    cand.entity.kind,
                    cand.item,
                    f"{cand.label}{desc}",
                    f"{cand.score:.2f}",
                    cand.reasons(),
                ]
            )
    if reference is not None:
        for row, reason in reference.unmatched:
            rows.append(
                [
                    row.entity_name,
                    row.type.lower(),
                    dbpedia_iri(row.wikipedia_title) if row.wikipedia_title else "",
                    f"reference line {row.line}",
                    "-",
                    reason,
                ]
            )
    return names, rows
