"""Where a sentence begins and ends, as the extractor splits a text ("В. В. Путин", "тыс. руб." end none)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from factlex.streaming import is_abbreviation

__all__ = ['TIME_OPENING', 'finer_sentence_start', 'sentence_bounds']


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
    sentence after it.

    >>> text = 'Елена Кирсанова пришла в банк. Кирсанова занимала должность.'
    >>> finer_sentence_start(text, 0, 31), finer_sentence_start(text, 0, 20)
    (31, 0)
    """
    # (the capital after the stop may be the word at ``position`` itself)
    for end in _SENTENCE_END.finditer(text, begin, min(len(text), position + 1)):
        if end.end() <= position and not is_abbreviation(end.group(1)):
            begin = end.end()
    return begin


# A year or a span of years with its month and its noun: "2013 года",
# "2013–2015 годах", "1990-х годах", "90-х годах", "марте 2015 г."
_MONTH = (r'(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?'
          r'|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])')
_YEARS = r'(?:%s\s+)?(?:\d{4}(?:\s*[–—-]\s*\d{2,4})?|\d{2}(?=-))(?:-?(?:ых|х|е|м|ые))?' % _MONTH
_YEAR_NOUN = r'(?:год[а-я]*|гг?\.)'
#: A time that opens a sentence before its subject: "В 2003–2010 годах",
#: "С 2013 по 2015 год", "В 1990-х годах", "С марта 2019 года", "Затем",
#: "До назначения".
TIME_OPENING = re.compile(
    rf'(?:[Сс]\s+{_YEARS}(?:\s+{_YEAR_NOUN})?\s+по\s+{_YEARS}\s+{_YEAR_NOUN}'
    rf'|(?:[ВвСс]|До|После|К)\s+{_YEARS}\s+{_YEAR_NOUN}'
    r'|Затем|Потом|Позже|Позднее|Впоследствии|Тогда|Вскоре|Ранее|Прежде|Сейчас|Теперь'
    r'|До\s+(?:назначения|избрания|этого|того)|В\s+прошлом)\s+')
