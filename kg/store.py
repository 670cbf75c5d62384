"""The embedded on-disk store (pyoxigraph) and its atomic build-then-swap layout.

A store directory (default ``.kg/``, or ``--store DIR`` / ``$KG_STORE``) looks like::

    .kg/
      current -> gen-20261121T120000-1234     (symlink, replaced atomically)
      gen-20261121T120000-1234/
        oxigraph/                             (the RocksDB-backed pyoxigraph store)
        manifest.json                         (what was built, from what, when)

A build writes a new ``gen-*`` directory and only when it is complete replaces the
``current`` link with ``os.replace`` (atomic on POSIX). A build that fails or is killed
leaves the previous generation in place and queryable.
"""

from __future__ import annotations

import gc
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import StoreNotFound

CURRENT = "current"
MANIFEST = "manifest.json"


def default_store_path() -> Path:
    """``$KG_STORE`` if set, else ``.kg`` in the working directory."""
    return Path(os.environ.get("KG_STORE") or ".kg")


def _resolve(path: str | os.PathLike[str] | None) -> Path:
    return Path(path) if path is not None else default_store_path()


def current_generation(path: str | os.PathLike[str] | None = None) -> Path:
    """The directory of the store's current generation; raises StoreNotFound if there is none."""
    root = _resolve(path)
    gen = root / CURRENT
    if not (gen.is_dir() and (gen / "oxigraph").is_dir() and (gen / MANIFEST).is_file()):
        raise StoreNotFound(
            f"no knowledge graph in {root}/: build one with `kg build` "
            f"(or point --store / KG_STORE at an existing store)"
        )
    return gen.resolve()


def open_store(path: str | os.PathLike[str] | None = None, read_only: bool = True) -> ox.Store:
    """Open the store's current generation (read-only by default)."""
    gen = current_generation(path)
    try:
        if read_only:
            return ox.Store.read_only(str(gen / "oxigraph"))
        return ox.Store(str(gen / "oxigraph"))
    except OSError as exc:  # pragma: no cover - corrupt store or permissions
        raise StoreNotFound(f"cannot open the store in {gen}: {exc}") from exc


def read_manifest(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The manifest written by the build of the current generation."""
    return json.loads((current_generation(path) / MANIFEST).read_text(encoding="utf-8"))


def write_store(
    path: str | os.PathLike[str] | None,
    fill: Callable[[ox.Store], dict[str, Any] | None],
) -> Path:
    """Create a new generation, let ``fill(store)`` load it, then swap it in atomically.

    ``fill`` returns a dict that goes into the manifest. If ``fill`` raises, the new
    generation is deleted and the previous one stays current.
    """
    root = _resolve(path)
    root.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    gen = root / f"gen-{stamp}-{os.getpid()}-{time.monotonic_ns() % 1_000_000}"
    gen.mkdir()
    try:
        store = ox.Store(str(gen / "oxigraph"))
        info = fill(store) or {}
        store.flush()
        store.optimize()
        del store
        manifest = {"format": 1, "built_at": stamp, **info}
        (gen / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    except BaseException:
        store = None  # noqa: F841 - drop the last reference so RocksDB closes before rmtree
        gc.collect()
        shutil.rmtree(gen, ignore_errors=True)
        raise
    link_tmp = root / f".current-{os.getpid()}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(gen.name, link_tmp)
    os.replace(link_tmp, root / CURRENT)
    _remove_old_generations(root, keep=gen.name)
    return gen


def _remove_old_generations(root: Path, keep: str) -> None:
    for child in root.iterdir():
        if child.name.startswith("gen-") and child.name != keep:
            shutil.rmtree(child, ignore_errors=True)


def load_quads(store: ox.Store, quads: Iterable[ox.Quad]) -> int:
    """Bulk-load quads into a store; returns how many were given."""
    batch = list(quads)
    store.bulk_extend(batch)
    return len(batch)


def load_rdf_file(store: ox.Store, file: str | os.PathLike[str], graph: str | None = None) -> None:
    """Load a Turtle/TriG/N-Quads file (format from its extension) into a named graph.

    Blank nodes get stable identifiers (file name + order of appearance), so loading the same
    file twice gives the same quads: builds stay deterministic.
    """
    fmt = ox.RdfFormat.from_extension(Path(file).suffix.lstrip("."))
    if fmt is None:
        raise ValueError(f"unknown RDF file extension: {file}")
    stem = re.sub(r"\W", "", Path(file).stem) or "f"
    names: dict[str, ox.BlankNode] = {}

    def stable(term: Any) -> Any:
        if isinstance(term, ox.BlankNode):
            if term.value not in names:
                names[term.value] = ox.BlankNode(f"{stem}b{len(names)}")
            return names[term.value]
        return term

    target = ox.NamedNode(graph) if graph is not None else ox.DefaultGraph()
    quads = []
    for q in ox.parse(path=str(file), format=fmt):
        g = (
            q.graph_name
            if fmt.supports_datasets and not isinstance(q.graph_name, ox.DefaultGraph)
            else target
        )
        quads.append(ox.Quad(stable(q.subject), q.predicate, stable(q.object), g))
    store.bulk_extend(quads)
