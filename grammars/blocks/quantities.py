"""The shapes an amount with a unit takes in text, shared by money and percent.

"около 5 млн руб.", "от 6 до 9 млн руб.", "10–15 %", "с 40 до 45 рублей".
A shape is built around a grammar's own unit rule and attributes, so the block
stays free of any one grammar's fact.
"""

from yargy import or_, rule
from yargy.pipelines import caseless_pipeline
from yargy.predicates import in_caseless

from factlex.normalize import QUALIFIERS

from .numbers import AMOUNT, DASH, QUALIFIER

__all__ = ['quantity']

# "оценивается примерно в 40 млрд тенге", "выросли почти на 5%": a hedge
# before the preposition a verb of value or change governs; the preposition
# stays in the mention, the hedge is the qualifier
# ("более чем на 12%", "менее чем в два раза": a comparison's "чем" before the preposition)
HEDGES = ['примерно', 'приблизительно', 'почти', 'ориентировочно', 'более чем', 'менее чем', 'больше чем',
          'меньше чем', 'не более чем']
assert set(HEDGES) <= set(QUALIFIERS), 'a hedge needs its code in factlex.normalize.QUALIFIERS'
PREPOSITION = in_caseless({'в', 'на'})

FROM = in_caseless({'от'})
TO = in_caseless({'до'})
SINCE = in_caseless({'с', 'со'})


def quantity(unit, *, amount, max_amount, first, qualifier, prefix_unit=None):
    """A rule for every shape of an amount with ``unit``.

    ``amount``, ``max_amount``, ``first`` and ``qualifier`` are the grammar's
    attributes: a range fills ``amount`` and ``max_amount``; a change
    ("с 40 до 45 рублей", two facts) fills ``first`` and ``amount``.
    ``prefix_unit`` is a unit that may stand before the amount ("$5 млн").
    """
    hedge = rule(caseless_pipeline(HEDGES)).interpretation(qualifier)
    low = AMOUNT.interpretation(amount)
    high = AMOUNT.interpretation(max_amount)
    start = AMOUNT.interpretation(first)
    end = AMOUNT.interpretation(amount)

    shapes = [
        rule(QUALIFIER.interpretation(qualifier).optional(), low, unit),
        rule(hedge, PREPOSITION, low, unit),
        rule(FROM, low, unit.optional(), TO, high, unit),
        rule(low, DASH, high, unit),
        rule(SINCE, start, unit.optional(), TO, end, unit),
    ]
    if prefix_unit is not None:
        shapes += [
            rule(QUALIFIER.interpretation(qualifier).optional(), prefix_unit, low),
            rule(hedge, PREPOSITION, prefix_unit, low),
            rule(FROM, prefix_unit, low, TO, prefix_unit.optional(), high),
            rule(prefix_unit, low, DASH, prefix_unit.optional(), high),
            rule(SINCE, prefix_unit, start, TO, prefix_unit.optional(), end),
        ]
    return or_(*shapes)
