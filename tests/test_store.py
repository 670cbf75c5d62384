"""Atomic build-then-swap and determinism, on real on-disk stores."""

from __future__ import annotations

import pytest

from kg.errors import StoreNotFound
from kg.pipeline import build_store
from kg.query import run
from kg.store import open_store

DOC = "Nightwatch is an American television series. The series stars Tom Hale as Jack Stone."
OTHER = "Harbor Lights is a television drama series. The series stars Ruth Nagy as Edith Crane."


def plays(store) -> set[str]:
    return {
        r["a"].value for r in run(open_store(store), "SELECT ?a WHERE { ?p kg:plays ?c ; rdfs:label ?a }")
    }


def test_failed_build_leaves_the_previous_graph_queryable(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(DOC)
    (tmp_path / "b.txt").write_text(OTHER)
    store = tmp_path / "store"
    build_store([tmp_path / "a.txt"], store)
    assert plays(store) == {"Tom Hale"}
    monkeypatch.setenv("KG_FAIL_AFTER_LOAD", "1")
    with pytest.raises(RuntimeError):
        build_store([tmp_path / "b.txt"], store)
    assert plays(store) == {"Tom Hale"}
    assert len([p for p in store.iterdir() if p.name.startswith("gen-")]) == 1
    monkeypatch.delenv("KG_FAIL_AFTER_LOAD")
    build_store([tmp_path / "b.txt"], store)
    assert plays(store) == {"Ruth Nagy"}


def test_same_input_same_triples(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    (tmp_path / "a.txt").write_text(DOC + " " + OTHER)
    dumps = []
    for name in ("s1", "s2"):
        build_store([tmp_path / "a.txt"], tmp_path / name)
        dumps.append(sorted(str(q) for q in open_store(tmp_path / name)))
    assert dumps[0] == dumps[1]


def test_open_missing_store(tmp_path):
    with pytest.raises(StoreNotFound, match="kg build"):
        open_store(tmp_path / "none")
