"""Where a sentence begins and ends, as the extractor splits a text ("В. В. Путин", "тыс. руб." end none)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from factlex.streaming import abbreviation

__all__ = ['finer_sentence_start', 'sentence_bounds']


def sentence_bounds(text: str, position: int, sentence_of: Callable[[int], int]) -> tuple[int, int]:
    """The start and the end of the sentence that holds ``position``;
    ``sentence_of`` numbers the sentence of a position, never decreasing."""
    index = sentence_of(position)
    start = bisect.bisect_left(range(len(text)), index, hi=position, key=sentence_of)
    stop = bisect.bisect_right(range(len(text)), index, lo=position, key=sentence_of)
    return start, stop


# A word, a stop and a capital after it: where a sentence may end
_SENTENCE_END = re.compile(r'([А-ЯЁа-яёA-Za-z]+)[.!?…]\s+(?=[А-ЯЁA-Z«"])')


def finer_sentence_start(text: str, begin: int, position: int) -> int:
    """Where the sentence of ``position`` begins when ``begin`` is where the
    extractor's sentence does: after the last stop between them that follows
    a word no abbreviation. The extractor joins a short lower-case word's
    stop to the next sentence to keep a window whole ("пришла в банк.
    Кирсанова ..."; factlex.streaming.ends_no_sentence); a subject opens the
    sentence after it."""
    for end in _SENTENCE_END.finditer(text, begin, position):
        if not abbreviation(end.group(1)):
            begin = end.end()
    return begin
