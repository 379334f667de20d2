"""Dates as written turned into their parts: "12 марта 2015 года" -> (2015, 3, 12).

Pure functions on strings, doctested, no yargy: the date block
(``grammars/blocks/dates.py``) finds a phrase, :func:`date_parts` reads it.
A part the phrase does not give is ``None``. Relative phrases ("вчера", "в
среду", "в прошлом месяце") are resolved only against a reference date
(:func:`date_parts`'s ``reference``, or the one ``extract(...,
reference_date=...)`` sets for the call, :func:`reference_date`).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import re
from collections.abc import Iterator
from typing import Optional

__all__ = ['date_parts', 'reference_date', 'using_reference']

Parts = tuple[Optional[int], Optional[int], Optional[int]]

#: Month stems, in the order of the months: "марта", "мае", "декабрь".
_MONTHS = ('январ', 'феврал', 'март', 'апрел', 'ма[йяею]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр',
           'декабр')
_MONTH = re.compile(r'\b(?:' + '|'.join(f'({stem})' for stem in _MONTHS) + r')[а-я]*', re.IGNORECASE)
_WEEKDAYS = ('понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень')
_WEEKDAY = re.compile(r'\b(?:' + '|'.join(f'({stem})' for stem in _WEEKDAYS) + r')[а-я]*', re.IGNORECASE)
_NUMERIC = re.compile(r'\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b')
_YEAR = re.compile(r'\b(1[89]\d\d|2[01]\d\d)\b')
_DAY_MONTH = re.compile(r'\b(\d{1,2})\s+(?=[а-яё]+)')
_DAYS_BACK = {'позавчера': -2, 'вчера': -1, 'накануне': -1, 'сегодня': 0, 'завтра': 1, 'послезавтра': 2}
_BEFORE_LAST = re.compile(r'(?i)\bпозапрошл')
_PAST = re.compile(r'(?i)\b(?:прошл|минувш|прошедш|предыдущ)')
_NEXT = re.compile(r'(?i)\b(?:следующ|будущ|наступающ)')
_THIS = re.compile(r'(?i)\b(?:эт|текущ|нынешн|сем)')

_REFERENCE: contextvars.ContextVar[Optional[datetime.date]] = contextvars.ContextVar('reference_date', default=None)


def reference_date() -> Optional[datetime.date]:
    """The reference date of the extraction running now, or ``None``.

    >>> reference_date() is None
    True
    """
    return _REFERENCE.get()


@contextlib.contextmanager
def using_reference(value: Optional[datetime.date]) -> Iterator[None]:
    """Set the reference date for the extraction inside the block.

    >>> with using_reference(datetime.date(2020, 5, 14)):
    ...     reference_date()
    datetime.date(2020, 5, 14)
    """
    if value is not None and not isinstance(value, datetime.date):
        raise TypeError(f'reference_date must be a datetime.date, got {type(value).__name__}')
    if isinstance(value, datetime.datetime):
        value = value.date()
    token = _REFERENCE.set(value)
    try:
        yield
    finally:
        _REFERENCE.reset(token)


def _month(text: str) -> Optional[int]:
    match = _MONTH.search(text)
    if match is None:
        return None
    return next(index for index, group in enumerate(match.groups(), 1) if group)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def date_parts(text: str, reference: Optional[datetime.date] = None, ahead: Optional[bool] = None) -> Parts:
    """``(year, month, day)`` of a date phrase as written; unknown parts are ``None``.

    Absolute forms need no reference:

    >>> date_parts('12 марта 2015 года')
    (2015, 3, 12)
    >>> date_parts('12.03.2015')
    (2015, 3, 12)
    >>> date_parts('в феврале')
    (None, 2, None)
    >>> date_parts('в 2019 г.')
    (2019, None, None)
    >>> date_parts('весной 2020 года')
    (2020, None, None)
    >>> date_parts('в минувшую среду 12 мая')
    (None, 5, 12)

    Relative ones are resolved against ``reference`` (a Thursday here), and
    stay unknown without it; a month or day without a year takes the
    reference's year:

    >>> day = datetime.date(2020, 5, 14)
    >>> date_parts('вчера'), date_parts('вчера', day)
    ((None, None, None), (2020, 5, 13))
    >>> date_parts('в среду', day), date_parts('в следующую среду', day)
    ((2020, 5, 13), (2020, 5, 20))
    >>> date_parts('в прошлом месяце', day), date_parts('в прошлом году', day)
    ((2020, 4, None), (2019, None, None))
    >>> date_parts('в феврале', day)
    (2020, 2, None)
    >>> date_parts('осенью прошлого года', day), date_parts('30 декабря позапрошлого года', day)
    ((2019, None, None), (2018, 12, 30))

    ``ahead`` is the tense of what the date tells: ``True`` for what is still
    to come ("подписание состоится в среду"), ``False`` for what is done,
    ``None`` when unknown. A bare weekday is then the next one or the last
    one, and a month without a year falls in the year that makes it so:

    >>> date_parts('в среду', day, ahead=True), date_parts('в декабре', day, ahead=False)
    ((2020, 5, 20), (2019, 12, None))
    >>> date_parts('в феврале', day, ahead=True), date_parts('12 мая', day, ahead=True)
    ((2021, 2, None), (2021, 5, 12))
    """
    text = text.strip()
    lower = text.lower()
    numeric = _NUMERIC.search(text)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        if year < 100:
            year += 2000 if year < 50 else 1900
        if 1 <= month <= 12 and 1 <= day <= 31:
            return year, month, day
    year_match = _YEAR.search(text)
    year: Optional[int] = int(year_match.group(1)) if year_match else None
    month = _month(lower)
    day: Optional[int] = None
    if month is not None:
        for match in _DAY_MONTH.finditer(lower):
            value = int(match.group(1))
            if 1 <= value <= 31 and _month(lower[match.end():match.end() + 12]) == month:
                day = value
                break
    if year is None and reference is not None:
        year = _relative_year(lower, reference)
    seasonal = re.search(r'(?i)\b(?:весн|лет[оа]м?\b|осен|зим)', lower)
    if seasonal and month is None:
        return year, None, None  # "весной 2020 года": a season is no month
    if year is not None or month is not None:
        if year is None and reference is not None:
            year = reference.year
            if month is not None and ahead is not None:
                told = (month, day or (1 if ahead else 31))
                if ahead and told < (reference.month, reference.day):
                    year += 1
                elif not ahead and told > (reference.month, reference.day):
                    year -= 1
        return year, month, day
    if reference is None:
        return None, None, None
    for word, shift in _DAYS_BACK.items():
        if re.search(rf'\b{word}\b', lower):
            found = reference + datetime.timedelta(days=shift)
            return found.year, found.month, found.day
    weekday = _WEEKDAY.search(lower)
    if weekday:
        target = next(index for index, group in enumerate(weekday.groups()) if group)
        back = (reference.weekday() - target) % 7
        if _NEXT.search(lower) or (ahead and not _PAST.search(lower)):
            found = reference + datetime.timedelta(days=(target - reference.weekday()) % 7 or 7)
        else:
            if _PAST.search(lower) and back == 0:
                back = 7
            found = reference - datetime.timedelta(days=back)
        return found.year, found.month, found.day
    if re.search(r'(?i)\bмесяц', lower):
        shift = _shift(lower)
        if shift is not None:
            found_year, found_month = _shift_month(reference.year, reference.month, shift)
            return found_year, found_month, None
    return None, None, None


def _relative_year(lower: str, reference: datetime.date) -> Optional[int]:
    """The year of "в прошлом году", "осенью позапрошлого года", "30 декабря прошлого года"; else ``None``."""
    if not re.search(r'(?i)\b(?:году|года|год)\b', lower):
        return None
    if _BEFORE_LAST.search(lower):
        return reference.year - 2
    shift = _shift(lower)
    return None if shift is None else reference.year + shift


def _shift(lower: str) -> Optional[int]:
    """-1 for "прошлый", 1 for "следующий", 0 for "этот", None for none of them."""
    return -1 if _PAST.search(lower) else 1 if _NEXT.search(lower) else 0 if _THIS.search(lower) else None
