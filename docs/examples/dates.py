"""An example custom grammar: calendar dates, "22 ноября 2023 года", "в мае",
"12.05.2020", "в 2015 году", as ``Date(span, year, month, day)``.

It is not part of factlex: it shows how a grammar written outside the package
reuses factlex's blocks and helpers (docs/custom-grammars.md walks through it)
and is tested with factlex.testing (docs/examples/test_dates.py).

>>> from factlex import Extractor
>>> extractor = Extractor(types=[], grammars=[GRAMMAR])
>>> extractor.extract('Соглашение подписали 22 ноября 2023 года в Сочи.')
[Date(span=Span(start=21, stop=40), year=2023, month=11, day=22)]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import Optional

import attrs
from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, gte, lte, type as token_type

from factlex import Grammar, Span
from factlex.grammars.circumstances import MONTHS
from factlex.grammars.tokens import attribute_tokens, lemmas, tokens_span


##########
#   FACT
##########

def _in_range(low: int, high: int):
    def check(instance, attribute, value):
        if value is not None and not low <= value <= high:
            raise ValueError(f'{attribute.name} must be in {low}..{high}, got {value}')
    return check


@attrs.frozen
class Date:
    """A calendar date as far as the text gives it: a year, a month of a year, a day."""

    span: Optional[Span]
    year: Optional[int] = attrs.field(default=None, validator=_in_range(1, 9999))
    month: Optional[int] = attrs.field(default=None, validator=_in_range(1, 12))
    day: Optional[int] = attrs.field(default=None, validator=_in_range(1, 31))


##########
#   RULE
##########

Raw = fact('Raw', ['day', 'month', 'year'])

MONTH_NUMBERS = {
    name: number for number, name in enumerate(
        ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
         'ноябрь', 'декабрь'], start=1)
}
assert set(MONTH_NUMBERS) == MONTHS  # the shared block's month names, numbered

INT = token_type('INT')
DAY = and_(INT, gte(1), lte(31))
YEAR = and_(INT, gte(1000), lte(2999))
MONTH = rule(dictionary(MONTHS))
NUMERIC_MONTH = and_(INT, gte(1), lte(12))
DOT = eq('.')
# "года", "году", "г."
YEAR_WORD = or_(rule(dictionary({'год'})), rule(eq('г'), DOT.optional()))

RULE = or_(
    # "22 ноября 2023 года", "22 ноября 2023", "22 ноября"
    rule(DAY.interpretation(Raw.day), MONTH.interpretation(Raw.month),
         rule(YEAR.interpretation(Raw.year), YEAR_WORD.optional()).optional()),
    # "ноябре 2023 года", "мае"
    rule(MONTH.interpretation(Raw.month), rule(YEAR.interpretation(Raw.year), YEAR_WORD.optional()).optional()),
    # "12.05.2020"
    rule(DAY.interpretation(Raw.day), DOT, NUMERIC_MONTH.interpretation(Raw.month), DOT,
         YEAR.interpretation(Raw.year)),
    # "2015 году"; a bare number is too often not a year
    rule(YEAR.interpretation(Raw.year), YEAR_WORD),
).interpretation(Raw)

#: Every mention holds a month's stem, a form of "год" or a numeric date.
TRIGGER = re.compile(
    r'(?i)январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|\bгод|\bг\b|\d\.\d\d?\.\d'
)


##########
#   FACTS
##########

def _month(raw) -> Optional[int]:
    tokens = attribute_tokens(raw, 'month')
    if not tokens:
        return None
    if tokens[0].type == 'INT':
        return int(tokens[0].value)
    # The reading the rule matched: "мая" is also a form of "мая" (a surname).
    (name,) = lemmas(tokens, MONTH_NUMBERS)
    return MONTH_NUMBERS[name]


def to_facts(raw, tokens) -> Iterator[Date]:
    """The date of one match; nothing for a day the month does not have ("31 апреля")."""
    year = int(raw.year) if raw.year else None
    month = _month(raw)
    day = int(raw.day) if raw.day else None
    if day is not None and month is not None:
        # February has 29 days in a year not given: "29 февраля" is a date.
        if day > calendar.monthrange(year or 2000, month)[1]:
            return
    yield Date(tokens_span(tokens), year=year, month=month, day=day)


GRAMMAR = Grammar(name='date', fact=Date, rule=RULE, trigger=TRIGGER, to_facts=to_facts)
