"""Small helpers for extraction tests: run the whole pipeline on text, get facts by label."""

from __future__ import annotations

from kg.documents import document_from_text
from kg.pipeline import build_graph
from kg.resolution import Resolution


def resolve_texts(*texts: str) -> Resolution:
    docs = [document_from_text(t, path=f"doc{i}.txt") for i, t in enumerate(texts)]
    res, _ = build_graph(docs)
    return res


def facts(*texts: str) -> set[tuple[str, str, str]]:
    """{(subject label, relation, object label)} extracted from the texts."""
    res = resolve_texts(*texts)

    def label(value: str, datatype: str | None) -> str:
        if datatype is not None:
            return value
        if value in res.nodes:
            return res.nodes[value].label
        return res.entities[value].label

    return {(res.entities[f.subject].label, f.relation, label(f.object, f.datatype)) for f in res.facts}


def kinds(*texts: str) -> dict[str, str]:
    """{label: kind} of the entities extracted from the texts (last wins on clashes)."""
    return {
        e.label + ("" if e.kind != "series" else " [series]"): e.kind
        for e in resolve_texts(*texts).entities.values()
    }
