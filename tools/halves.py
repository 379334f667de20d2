"""What the scorers of hand-written sets share: a file's items, or a fixed half of them, and P/R/F1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def items(path: Path, ids: str = 'all') -> Iterator[dict]:
    """The JSON lines of ``path``; with ``ids`` 'even' or 'odd', only the
    items whose ``id`` is so, a half fixed by the file itself."""
    for line in path.read_text(encoding='utf-8').splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if ids == 'all' or item['id'] % 2 == (ids == 'odd'):
            yield item


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1, in percent; 0 where nothing was counted."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1
