"""Accuracy on the generality set: articles about other series that nobody tunes on.

    .venv/bin/python bench/eval_general.py [--set general|heldout|heldout2|...|heldout11] [--quiet] [--store DIR]

Builds a temporary store from tests/<set>/articles (as `kg build` would, without the
shipped links), scores it against tests/general/gold.tsv with kg.evaluation (the `kg eval`
table: precision, recall and F1 per relation, then the misses and the wrong facts), and adds:

* the pooled score of the creative roles (every registered relation from a work to a person:
  creator, showrunner, writer, composer, ...);
* the targets of the project's own check on unseen articles (plays and appearsIn: P >= 0.90
  and R >= 0.75; directed and the creative roles: P >= 0.85 and R >= 0.70), for information;
* the gold relations the project does not register and the predicted relations the gold set
  does not label (neither is scored);
* the SHACL validation summary of the graph built from these articles (`kg validate`).

This is a report, not a test; tests/test_general_set.py only checks that the set is
well-formed. The set was written to be held out, but the core rules were later developed
against it (README, "Accuracy"), so its numbers are optimistic: tests/heldout2 is the set
that has never been tuned on.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import vocab  # noqa: E402
from kg.evaluation import RelationScore, evaluate, format_report, overall, read_gold  # noqa: E402

#: every labelled set under tests/: general, then heldout, heldout2, ... in order
HELD_OUT = sorted(
    (p.parent.name for p in (ROOT / "tests").glob("heldout*/gold.tsv")),
    key=lambda name: int(name[len("heldout") :] or 1),
)
SETS = ("general", *HELD_OUT)
WORKS = {"series", "season", "episode", "film"}
#: the project's targets on unseen articles: relation group -> (precision, recall)
TARGETS = {"plays": (0.90, 0.75), "appearsIn": (0.90, 0.75), "directed": (0.85, 0.70)}
CREATIVE_TARGET = (0.85, 0.70)


def creative_roles() -> list[str]:
    """Registered relations from a work to a person (crew and creative credits)."""
    return sorted(
        name
        for name, r in vocab.relations().items()
        if r.datatype is None and r.range == frozenset({"person"}) and r.domain and r.domain <= WORKS
    )


def pooled(scores: dict[str, RelationScore], names: list[str], label: str) -> RelationScore:
    total = overall({n: scores[n] for n in names if n in scores})
    total.relation = label
    return total


def verdict(sc: RelationScore, target: tuple[float, float]) -> str:
    p, r = target
    if not sc.gold:
        return f"{sc.relation:<16} no gold fact scored (relations not registered)"
    ok = sc.precision >= p and sc.recall >= r
    return (
        f"{sc.relation:<16} P {sc.precision:.3f} (>= {p:.2f})  R {sc.recall:.3f} (>= {r:.2f})  "
        f"{'meets the target' if ok else 'below the target'}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--set", default="general", choices=SETS, help="Which labelled set under tests/ (default: general)."
    )
    ap.add_argument("--quiet", "-q", action="store_true", help="Scores only, no misses or wrong facts.")
    ap.add_argument("--store", type=Path, default=None, help="Build into this store (kept) instead.")
    args = ap.parse_args(argv)

    import kg.rules  # noqa: F401  (registers the rule modules' relations)
    from kg.pipeline import build_store
    from kg.store import open_store
    from kg.validation import validate

    ARTICLES = ROOT / "tests" / args.set / "articles"
    GOLD = ROOT / "tests" / args.set / "gold.tsv"
    gold = read_gold(GOLD)
    articles = sorted(ARTICLES.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="kg-general-") as tmp:
        root = args.store or Path(tmp) / "store"
        t0 = time.perf_counter()
        build_store([ARTICLES], root, links=False)
        built = time.perf_counter() - t0
        st = open_store(root)
        scores = evaluate(st, gold)
        print(
            f"Labelled set {args.set}: {len(articles)} articles, {len(gold)} gold facts ({GOLD.relative_to(ROOT)})"
        )
        print(f"Built in {built:.1f} s with rule families: {', '.join(sorted(rule_modules()))}")
        print("Note: every set was later used for development (README, Accuracy): optimistic numbers.")
        print()
        print(format_report(scores, st, details=not args.quiet))

        creative = creative_roles()
        print()
        print("Pooled:")
        cr = pooled(scores, creative, "creative roles")
        print(
            f"  {cr.relation:<16} gold {cr.gold:>4}  pred {cr.predicted:>4}  ok {cr.correct:>4}  "
            f"P {cr.precision:.3f}  R {cr.recall:.3f}  F1 {cr.f1:.3f}"
        )
        print(f"  (creative roles = {', '.join(n for n in creative if n in scores) or 'none scored'})")
        print()
        print("Targets of the check on unseen articles (for information, not asserted):")
        for name, target in TARGETS.items():
            if name in scores:
                print("  " + verdict(scores[name], target))
        print("  " + verdict(cr, CREATIVE_TARGET))

        registry = vocab.relations()
        unregistered: dict[str, int] = {}
        for g in gold:
            if g.relation not in registry:
                unregistered[g.relation] = unregistered.get(g.relation, 0) + 1
        predicted = predicted_counts(st)
        labelled = {g.relation for g in gold}
        unlabelled = sorted(n for n in predicted if n not in labelled)
        print()
        if unregistered:
            listed = ", ".join(f"{n} {k}" for n, k in sorted(unregistered.items()))
            print(f"Gold relations the project does not register (not scored): {listed}")
        if unlabelled:
            listed = ", ".join(f"{n} {predicted[n]}" for n in unlabelled)
            print(f"Predicted relations the gold set does not label (not scored): {listed}")

        report = validate(st)
        print()
        counts: dict[tuple[str, str], int] = {}
        for v in report.violations:
            counts[(v.severity, v.shape)] = counts.get((v.severity, v.shape), 0) + 1
        state = "conforms" if report.conforms else "does not conform"
        print(f"SHACL (ontology/shapes.ttl, `kg validate`): the graph {state}")
        for (severity, shape), n in sorted(counts.items()):
            print(f"  {severity}: {shape}: {n}")
        del st
    return 0


def predicted_counts(st) -> dict[str, int]:
    """Distinct extracted facts per registered relation name."""
    from kg.query import run

    names = {r.iri: n for n, r in vocab.relations().items()}
    rows = run(
        st,
        """SELECT ?p (COUNT(*) AS ?n) WHERE {
             SELECT DISTINCT ?s ?p ?o WHERE {
               ?st a rdf:Statement ; kg:evidence ?e ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } }
           GROUP BY ?p""",
    )
    return {names[r["p"].value]: int(r["n"].value) for r in rows if r["p"].value in names}


def rule_modules() -> list[str]:
    import pkgutil

    import kg.rules

    return [m.name for m in pkgutil.iter_modules(kg.rules.__path__)]


if __name__ == "__main__":
    sys.exit(main())
