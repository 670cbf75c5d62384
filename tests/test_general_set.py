"""The generality set (tests/general) is well-formed. No accuracy is asserted here: nobody tunes
on this set; bench/eval_general.py reports its numbers."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import kg.rules  # noqa: F401  (registers the rule modules' relations)
from kg import vocab

GENERAL = Path(__file__).resolve().parent / "general"
ARTICLES = GENERAL / "articles"
GOLD = GENERAL / "gold.tsv"
COLUMNS = ["relation", "subject", "object", "document", "evidence"]
LEXICAL = {
    vocab.XSD + "date": r"\d{4}-\d{2}-\d{2}",
    vocab.XSD + "gYearMonth": r"\d{4}-\d{2}",
    vocab.XSD + "gYear": r"\d{4}",
    vocab.XSD + "integer": r"-?\d+",
    vocab.XSD + "decimal": r"-?\d+(\.\d+)?",
}


def _gold() -> tuple[list[str], list[dict[str, str]]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#")]
    rows = list(
        csv.DictReader(
            [ln for ln in lines if ln and not ln.startswith("#")], delimiter="\t", quoting=csv.QUOTE_NONE
        )
    )
    return header, rows


def test_at_least_eight_short_articles():
    articles = sorted(ARTICLES.glob("*.txt"))
    assert len(articles) >= 8
    for a in articles:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", a.name), a.name
        words = len(a.read_text(encoding="utf-8").split())
        assert 150 <= words <= 400, f"{a.name}: {words} words"


def test_gold_rows_are_complete_and_point_into_their_articles():
    _, rows = _gold()
    assert rows
    texts = {a.name: " ".join(a.read_text(encoding="utf-8").split()) for a in ARTICLES.glob("*.txt")}
    for i, row in enumerate(rows, start=2):
        assert list(row) == COLUMNS, f"gold line {i}: columns {list(row)}"
        assert all((row[c] or "").strip() for c in COLUMNS), f"gold line {i}: empty field: {row}"
        assert row["document"] in texts, f"gold line {i}: no article {row['document']}"
        evidence = row["evidence"].removesuffix("...")
        assert evidence in texts[row["document"]], f"gold line {i}: evidence not in {row['document']}"
    assert {r["document"] for r in rows} == set(texts), "every article has gold facts"


def test_no_duplicate_facts():
    _, rows = _gold()
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        key = (row["relation"], row["subject"].casefold(), row["object"].casefold())
        assert key not in seen, f"duplicate gold fact {key} (the evaluation would count a miss)"
        seen.add(key)


def test_relations_are_registered_or_reported_in_the_header():
    header, rows = _gold()
    registry = vocab.relations()
    reported = " ".join(header).split("does not register", 1)[-1]
    for name in sorted({r["relation"] for r in rows} - set(registry)):
        assert f"{name} (" in reported, f"{name} is neither registered nor listed in the gold header"


def test_literal_values_have_the_registered_lexical_form():
    _, rows = _gold()
    registry = vocab.relations()
    for row in rows:
        rel = registry.get(row["relation"])
        if rel is None or rel.datatype not in LEXICAL:
            continue
        pattern = LEXICAL[rel.datatype]
        if rel.datatype == vocab.XSD + "date":  # partial dates are gYearMonth / gYear values
            pattern = "|".join(LEXICAL[vocab.XSD + d] for d in ("date", "gYearMonth", "gYear"))
        assert re.fullmatch(pattern, row["object"]), f"{row['relation']}: {row['object']!r}"


#: every held-out set beside this file (bench/eval_general.py --set lists the same ones)
HELD_OUT = sorted(p.parent.name for p in GENERAL.parent.glob("heldout*/gold.tsv"))


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_sets_are_well_formed(name: str):
    """Every held-out gold row is complete, names an article, quotes it, and uses a relation the
    project registers (so `bench/eval_general.py --set NAME` scores every row)."""
    base = Path(__file__).resolve().parent / name
    lines = (base / "gold.tsv").read_text(encoding="utf-8").splitlines()
    rows = list(
        csv.DictReader(
            [ln for ln in lines if ln and not ln.startswith("#")], delimiter="\t", quoting=csv.QUOTE_NONE
        )
    )
    texts = {
        a.name: " ".join(a.read_text(encoding="utf-8").split()) for a in (base / "articles").glob("*.txt")
    }
    registry = vocab.relations()
    assert rows and texts
    for row in rows:
        assert list(row) == COLUMNS and all((row[c] or "").strip() for c in COLUMNS), row
        assert row["document"] in texts, row
        evidence = " ".join(row["evidence"].removesuffix("...").split())
        assert evidence in texts[row["document"]], row
        assert row["relation"] in registry, row
