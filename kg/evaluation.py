"""Accuracy against a hand-labelled set: precision, recall and F1 per relation."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import names as N
from . import vocab
from .errors import InputError
from .query import run

#: the properties the ontology (loaded into every store with the graph) declares symmetric: a
#: gold "A siblingOf B" is matched by a predicted "B siblingOf A" too
SYMMETRIC = "SELECT ?p WHERE { ?p a owl:SymmetricProperty }"


def _classes(kinds: frozenset[str]) -> set[str]:
    return {vocab.CLASS_OF_KIND[k] for k in kinds if k in vocab.CLASS_OF_KIND}


@dataclass(frozen=True)
class GoldFact:
    relation: str
    subject: str
    object: str
    document: str = ""
    evidence: str = ""


@dataclass
class RelationScore:
    relation: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[GoldFact] = field(default_factory=list)
    wrong: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> list[GoldFact]:
    """Read a gold TSV file, or every .tsv file of a folder ('#' lines are comments)."""
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"no gold .tsv file at {path}")
    facts = []
    for f in files:
        lines = [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            facts.append(
                GoldFact(
                    row["relation"],
                    row["subject"],
                    row["object"],
                    row.get("document") or "",
                    row.get("evidence") or "",
                )
            )
    return facts


PREDICTED = """
SELECT DISTINCT ?s ?p ?o ?olabel WHERE {
  GRAPH ?g { ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/defenders-kg/document/"))
  OPTIONAL { ?o rdfs:label ?olabel }
}
"""
NAMES = (
    """
SELECT ?e ?n ?c WHERE { GRAPH <%s> { ?e a ?c . { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } } }
"""
    % vocab.ENTITIES_GRAPH
)


def _match_key(name: str) -> str:
    """How a gold name and a graph name are compared: case, accents and spacing aside, and "&"
    read as "and" ("Kath & Kim" is "Kath and Kim")."""
    return re.sub(r"\s*&\s*", " and ", N.fold(name))


def evaluate(store: ox.Store, gold: list[GoldFact]) -> dict[str, RelationScore]:
    """Match predicted facts to gold facts by names (label or alternative name) and classes.

    The graph is what is scored: a fact that the gold set labels in several documents counts
    once, like the one triple the graph holds for it.
    """
    names: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for row in run(store, NAMES):
        names[row["e"].value].add(_match_key(row["n"].value))
        classes[row["e"].value].add(row["c"].value)
    registry = vocab.relations()
    rel_of = {r.iri: name for name, r in registry.items()}
    predicted: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in run(store, PREDICTED):
        rel = rel_of.get(row["p"].value)
        if rel is None:
            continue
        o = row["o"]
        if isinstance(o, ox.Literal) or (row["olabel"] is not None and registry[rel].range & {"node"}):
            # literal values and n-ary nodes are matched by their text
            text = o.value if isinstance(o, ox.Literal) else row["olabel"].value
            names[f"literal:{text}"].add(_match_key(text))
            classes[f"literal:{text}"].add("literal")
            predicted[rel].append((row["s"].value, f"literal:{text}"))
        else:
            predicted[rel].append((row["s"].value, o.value))
    symmetric_iris = {row["p"].value for row in run(store, SYMMETRIC)}
    scores = {}
    # a gold set defines its scope: only the relations it labels are scored
    wanted = [r for r in registry if any(g.relation == r for g in gold)]
    for rel in wanted:
        # the graph is scored, not each document: a fact labelled in two documents is one fact
        golds = list(
            {
                (_match_key(g.subject), _match_key(g.object)): g for g in reversed(gold) if g.relation == rel
            }.values()
        )[::-1]
        preds = sorted(set(predicted.get(rel, [])))
        sc = RelationScore(rel, gold=len(golds), predicted=len(preds))
        spec = registry[rel]
        dom = _classes(spec.domain)
        rng = {"literal"} if spec.datatype is not None or "node" in spec.range else _classes(spec.range)
        symmetric = spec.iri in symmetric_iris
        if symmetric:  # "A siblingOf B" and "B siblingOf A" are one fact
            preds = sorted({(min(s, o), max(s, o)) for s, o in preds})
            sc.predicted = len(preds)
        used: set[int] = set()

        def same(gs: str, go: str, s: str, o: str, dom: set[str] = dom, rng: set[str] = rng) -> bool:
            return gs in names[s] and go in names[o] and bool(classes[s] & dom) and bool(classes[o] & rng)

        for g in golds:
            gs, go = _match_key(g.subject), _match_key(g.object)
            hit = next(
                (
                    i
                    for i, (s, o) in enumerate(preds)
                    if i not in used and (same(gs, go, s, o) or (symmetric and same(gs, go, o, s)))
                ),
                None,
            )
            if hit is None:
                sc.misses.append(g)
            else:
                used.add(hit)
                sc.correct += 1
        sc.wrong = [(s, o) for i, (s, o) in enumerate(preds) if i not in used]
        scores[rel] = sc
    return scores


def overall(scores: dict[str, RelationScore]) -> RelationScore:
    total = RelationScore("overall")
    for sc in scores.values():
        total.gold += sc.gold
        total.predicted += sc.predicted
        total.correct += sc.correct
    return total


def format_report(
    scores: dict[str, RelationScore], store: ox.Store | None = None, details: bool = True
) -> str:
    def label(iri: str) -> str:
        if store is not None:
            for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(vocab.LABEL), None):
                return q.object.value
        return iri

    w = max([12, *(len(r) for r in scores)])
    lines = [f"{'relation':<{w}} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for sc in [*scores.values(), overall(scores)]:
        lines.append(
            f"{sc.relation:<{w}} {sc.gold:>5} {sc.predicted:>5} {sc.correct:>5} "
            f"{sc.precision:>6.3f} {sc.recall:>6.3f} {sc.f1:>6.3f}"
        )
    if details:
        for sc in scores.values():
            for g in sc.misses:
                lines.append(
                    f"MISS  {g.relation}: {g.subject} -> {g.object}   [{g.document}: {g.evidence[:80]}]"
                )
            for s, o in sc.wrong:
                lines.append(
                    f"WRONG {sc.relation}: {label(s)} -> {o[8:] if o.startswith('literal:') else label(o)}"
                )
    return "\n".join(lines)
