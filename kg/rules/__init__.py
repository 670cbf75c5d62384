"""Rule families beyond the core cast and director rules of `kg.extraction`.

Each module defines ``rules(ex, s)``: given the document's `Extractor` and one sentence
(`SentenceView`), it yields candidate facts (`ex.emit(s, subject, relation, object, rule)`).
Each module registers the relations it states with `kg.vocab.register` at import time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

FAMILIES: list[Callable[[Any, Any], Iterable[Any]]] = []
