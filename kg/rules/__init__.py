"""Rule families beyond the core cast and director rules of `kg.extraction`.

Each module of this package defines ``rules(ex, s)``: given the document's `Extractor` and
one sentence (`SentenceView`), it yields candidate facts (``ex.emit(s, subject, relation,
object, rule)``). A module registers the relations it states with `kg.vocab.register` at
import time. Modules are found automatically and run in name order.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import Any

FAMILIES: list[Callable[[Any, Any], Iterable[Any]]] = []

for _info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
    _module = importlib.import_module(f"{__name__}.{_info.name}")
    if hasattr(_module, "rules"):
        FAMILIES.append(_module.rules)
