"""Percent: "4,4%", "25 процентов", "на 0,25 п.п.", "20-процентная", "от 10 до 15 %"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import custom, dictionary, eq, in_caseless

from factlex import normalize
from factlex.facts import Percent

from .blocks.numbers import DASH, DIGITS
from .blocks.quantities import quantity
from .tokens import attribute_tokens, change_spans, lemmas, tokens_span

__all__ = ['FACT', 'NAME', 'RULE', 'TRIGGER', 'Raw', 'to_facts']

NAME = 'percent'
FACT = Percent

Raw = fact('Raw', ['qualifier', 'amount', 'max_amount', 'first', 'unit'])

##########
#   UNIT
##########

DOT = eq('.')

# "п.п.", "п. п.", "пп", "п.п": percentage points.
POINT_ABBREVIATION = or_(
    rule(in_caseless({'п'}), DOT, in_caseless({'п'}), DOT.optional()),
    rule(in_caseless({'пп'}), DOT.optional()),
)

# "б.п.", "базисных пунктов": hundredths of a percentage point.
BASIS_POINT = or_(
    rule(in_caseless({'б'}), DOT, in_caseless({'п'}), DOT.optional()),
    rule(dictionary({'базисный'}), dictionary({'пункт'})),
)

UNIT = or_(
    rule(eq('%')).interpretation(Raw.unit.const('percent')),
    rule(dictionary({'процент'})).interpretation(Raw.unit.const('percent')),
    rule(dictionary({'процентный'}), dictionary({'пункт'})).interpretation(Raw.unit.const('point')),
    POINT_ABBREVIATION.interpretation(Raw.unit.const('point')),
    BASIS_POINT.interpretation(Raw.unit.const('basis_point')),
)

##########
#   ADJECTIVE
##########


# "20-процентная пошлина", "пятипроцентный рост": the number and the unit
# are one adjective.
ADJECTIVE = or_(
    # The hyphen is often dropped: "с 54 процентным перевесом".
    rule(DIGITS.interpretation(Raw.amount), DASH.optional(), dictionary({'процентный'})),
    rule(custom(lambda word: normalize.compound_number(word, 'процентн') is not None).interpretation(Raw.amount)),
)

RULE = or_(
    quantity(
        UNIT,
        amount=Raw.amount,
        max_amount=Raw.max_amount,
        first=Raw.first,
        qualifier=Raw.qualifier,
    ),
    ADJECTIVE,
).interpretation(Raw)

#: Text without these holds no percentage.
TRIGGER = re.compile(r'%|процент|п\.\s?п|\bпп\b|б\.\s?п|базисн', re.IGNORECASE)
#: Every mention holds a trigger match: no parse starts after the last one.
ANCHORED = True



def _value(raw, name: str) -> Decimal:
    tokens = attribute_tokens(raw, name)
    if len(tokens) == 1 and 'процентн' in tokens[0].value.lower():
        value = normalize.compound_number(tokens[0].value, 'процентн')
        if value is None:
            raise ValueError(f'not a numbered percent adjective: {tokens[0].value!r}')
        return value
    # "7,125%" is seven and an eighth: percentages are never grouped by thousands.
    return normalize.parse_amount(lemmas(tokens, normalize.AMOUNT_WORDS), three_digit_groups=False)


def to_facts(raw, tokens: list) -> Iterator[Percent]:
    """The Percent facts of one match: one, or two for a change "с 7% до 8%".

    ``tokens`` are the matched tokens, in text order.
    """
    span = tokens_span(tokens)
    unit = raw.unit or 'percent'
    divisor = 1
    if unit == 'basis_point':
        # A basis point is a hundredth of a percentage point.
        unit, divisor = 'point', 100
    value = normalize.plain(_value(raw, 'amount') / divisor)
    qualifier = normalize.qualifier(raw.qualifier.split()) if raw.qualifier else None
    if raw.first:
        first_span, second_span = change_spans(raw, tokens)
        yield Percent(first_span, normalize.plain(_value(raw, 'first') / divisor), unit=unit)
        yield Percent(second_span, value, unit=unit)
        return
    max_value = normalize.plain(_value(raw, 'max_amount') / divisor) if raw.max_amount else None
    yield Percent(span, value, max_value=max_value, unit=unit, qualifier=qualifier)
