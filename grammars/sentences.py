"""Where a sentence begins and ends, as the extractor splits a text ("В. В. Путин", "тыс. руб." end none)."""

from __future__ import annotations

import bisect
from collections.abc import Callable

__all__ = ['sentence_bounds']


def sentence_bounds(text: str, position: int, sentence_of: Callable[[int], int]) -> tuple[int, int]:
    """The start and the end of the sentence that holds ``position``;
    ``sentence_of`` numbers the sentence of a position, never decreasing."""
    index = sentence_of(position)
    start = bisect.bisect_left(range(len(text)), index, hi=position, key=sentence_of)
    stop = bisect.bisect_right(range(len(text)), index, lo=position, key=sentence_of)
    return start, stop
