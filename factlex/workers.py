"""One Extractor per worker process, for engines that call factlex once per batch (Spark, Dask).

Building an Extractor builds a parser per grammar and loads the morphology
dictionaries, which costs as much as extracting a few pages; an engine calls
its function once per partition or Arrow batch, so the extractor is kept in
the worker process and reused by every later call with the same settings.
"""

from __future__ import annotations

import pickle
import threading
from typing import Any

from .extractor import Extractor
from .grammar import Grammar

__all__ = ['worker_extractor']

_extractors: dict[Any, Extractor] = {}
_lock = threading.Lock()


def _key(types: tuple[str, ...], grammars: tuple[Grammar, ...]) -> Any:
    # Each task unpickles its own copies of the grammars, so identity would
    # never match; their pickles do (a module's grammar pickles as its name).
    try:
        return types, pickle.dumps(grammars)
    except Exception:  # noqa: BLE001 -- an unpicklable grammar is simply not shared
        return types, tuple(id(grammar) for grammar in grammars)


def worker_extractor(types: tuple[str, ...], grammars: tuple[Grammar, ...] = ()) -> Extractor:
    """The Extractor of this process for ``types`` and ``grammars``, built on first use.

    Dask runs tasks on threads too: the lock keeps two from building one each.
    """
    key = _key(types, grammars)
    with _lock:
        extractor = _extractors.get(key)
        if extractor is None:
            extractor = _extractors[key] = Extractor(types, grammars=grammars)
    return extractor
