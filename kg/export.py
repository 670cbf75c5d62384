"""RDF exports of the store, and atomic file writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from . import vocab
from .errors import InputError

DATASET_FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export_rdf(store: ox.Store, fmt: str) -> bytes:
    """Serialize the store. N-Quads and TriG keep every named graph; Turtle, N-Triples,
    RDF/XML and JSON-LD write the union of all graphs (one copy of each triple)."""
    if fmt in DATASET_FORMATS:
        return store.dump(format=DATASET_FORMATS[fmt], prefixes=vocab.PREFIXES if fmt == "trig" else None)
    triples = sorted(
        {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None)},
        key=str,
    )
    if fmt in GRAPH_FORMATS:
        prefixes = vocab.PREFIXES if fmt != "ntriples" else None
        return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes)
    raise InputError(f"unknown RDF format: {fmt}")


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write to a temporary file beside ``path`` then rename it over ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file normal permissions
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
