"""SPARQL over the store: named queries, execution, and result formatting.

Queries run with the union of all named graphs as the default graph, so a plain
``SELECT ?s ?p ?o WHERE { ?s ?p ?o }`` sees every document's facts; ``GRAPH ?g``
still reaches each document's own graph (its provenance).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from . import vocab
from .errors import InputError, QuerySyntaxError

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    description: str
    text: str


def queries_dir() -> Path:
    """The folder of named queries: ``$KG_QUERIES`` is not consulted; it is the repo's ``queries/``."""
    return QUERIES_DIR


def _description(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if line.startswith("#"):
            lines.append(line.lstrip("#").strip())
        elif line.strip():
            break
    return " ".join(x for x in lines if x)


def named_queries(folder: Path | None = None) -> list[NamedQuery]:
    """All ``*.rq`` files of the queries folder, sorted by name, with their opening comment."""
    folder = folder or queries_dir()
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        out.append(NamedQuery(path.stem, path, _description(text), text))
    return out


def resolve_query(query: str) -> str:
    """QUERY may be inline SPARQL, a path to a ``.rq`` file, or a named query's name."""
    candidate = query.strip()
    if re.fullmatch(r"[\w.-]+", candidate):
        for nq in named_queries():
            if nq.name == candidate:
                return nq.text
        path = Path(candidate)
        if path.suffix == ".rq" and path.is_file():
            return path.read_text(encoding="utf-8")
        names = ", ".join(nq.name for nq in named_queries())
        raise InputError(f"no named query or file called {candidate!r} (named queries: {names})")
    path = Path(candidate)
    if path.suffix in (".rq", ".sparql") and "\n" not in candidate:
        if not path.is_file():
            raise InputError(f"query file not found: {candidate}")
        return path.read_text(encoding="utf-8")
    return query


def with_prefixes(sparql: str) -> str:
    """Prepend the project's PREFIX declarations the query does not declare itself."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*prefix\s+([\w-]*)\s*:", sparql)}
    missing = {p: ns for p, ns in vocab.PREFIXES.items() if p.lower() not in declared}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in missing.items()) + sparql


def run(store: ox.Store, sparql: str, **kwargs: Any) -> Any:
    """Run a SPARQL query (default graph = union of all graphs); raise QuerySyntaxError on bad syntax."""
    # FROM / FROM NAMED choose the dataset themselves; otherwise the default graph is the union
    has_from = re.search(r"(?im)^\s*FROM\b|\}\s*FROM\b|\bFROM\s+(?:NAMED\s+)?<", sparql) is not None
    kwargs.setdefault("use_default_graph_as_union", not has_from)
    kwargs.setdefault("prefixes", dict(vocab.PREFIXES))
    try:
        return store.query(sparql, **kwargs)
    except SyntaxError as exc:
        raise QuerySyntaxError(f"SPARQL syntax error: {_one_line(str(exc))}") from None


def _one_line(msg: str, limit: int = 160) -> str:
    """The parser's message on one line, without its long list of expected tokens."""
    text = " ".join(msg.split())
    m = re.match(r"(error at \d+:\d+: expected one of )(.*)", text)
    if m and len(text) > limit:
        tokens = re.findall(r"'[^']+'|[A-Z][A-Z_]+", m.group(2))
        return m.group(1) + ", ".join(tokens[:6]) + ", ..."
    return text if len(text) <= limit else text[: limit - 3] + "..."


def term_text(term: Any) -> str:
    """Plain text of an RDF term for tables: IRIs as-is, literals as their lexical value."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term)


def select_rows(result: ox.QuerySolutions) -> tuple[list[str], list[list[Any]]]:
    """Variables and rows (of terms, None when unbound) of a SELECT result."""
    names = [v.value for v in result.variables]
    rows = [[sol[v] for v in names] for sol in result]
    return names, rows


def format_result(result: Any, fmt: str = "table") -> str:
    """Render a query result.

    SELECT/ASK: ``table`` (aligned text), ``csv``, ``tsv``, ``json`` (SPARQL 1.1 Query
    Results JSON), ``xml``. CONSTRUCT/DESCRIBE: ``turtle`` (default), ``ntriples``, ``nquads``,
    ``trig``, ``rdfxml``.
    """
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)})
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        rdf_fmt = GRAPH_FORMATS.get(fmt if fmt in GRAPH_FORMATS else "turtle")
        if fmt not in GRAPH_FORMATS and fmt != "table":
            raise InputError(f"a CONSTRUCT/DESCRIBE result takes --format {'|'.join(GRAPH_FORMATS)}")
        graph = ox.serialize(result, format=rdf_fmt, prefixes=vocab.PREFIXES)
        return graph.decode("utf-8")
    if fmt in RESULT_FORMATS:
        return result.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    names, rows = select_rows(result)
    if fmt != "table":
        raise InputError(f"a SELECT result takes --format table|csv|tsv|json|xml, not {fmt}")
    return render_table(names, [[short(term_text(t)) for t in row] for row in rows])


def short(text: str) -> str:
    """Shorten IRIs with the project prefixes for display."""
    for prefix, ns in sorted(vocab.PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns) and prefix != "res":
            return f"{prefix}:{text[len(ns) :]}"
    return text


def render_table(names: list[str], rows: list[list[str]]) -> str:
    widths = [len(n) for n in names]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()
    sep = "  ".join("-" * w for w in widths)
    body = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return "\n".join([line, sep, *body, footer]) + "\n"
