"""Shared fixtures: a real on-disk store built from a small TriG file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import write_store

FIXTURES = Path(__file__).parent / "fixtures"


def make_store(root: Path, trig: Path = FIXTURES / "small.trig") -> Path:
    """Write ``trig`` into a new store at ``root`` (same layout as `kg build`) and return root."""

    def fill(store: ox.Store) -> dict:
        store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        return {"source": str(trig)}

    write_store(root, fill)
    return root


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    """A store directory holding tests/fixtures/small.trig."""
    return make_store(tmp_path / "store")


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store built from seeds/ by the real pipeline (built once per test session)."""
    from kg.pipeline import build_store

    root = tmp_path_factory.mktemp("seeds") / "store"
    build_store([ROOT / "seeds"], root)
    return root
