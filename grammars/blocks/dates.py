"""Dates: "12 марта 2015 года", "в феврале", "в 2019 г.", "12.03.2015", "весной 2020 года", "вчера".

A shared block: rules without interpretation, and :func:`when`, which reads
the tokens a grammar matched with ``DATE`` into a :class:`~factlex.When`.
Use it as the agreement grammar does::

    from .blocks.dates import DATE, when
    RULE = rule(..., DATE.interpretation(Raw.date).optional())
    ...
    def to_facts(raw, tokens):
        date_tokens = ...            # the tokens of the DATE part
        yield Fact(..., when=when(date_tokens))

Relative dates get their parts only when the caller passed a
``reference_date`` to ``extract`` or ``Extractor`` (:mod:`factlex.dates`).
"""

from collections.abc import Sequence
from typing import Any, Optional

from yargy import or_, rule
from yargy.predicates import eq, in_caseless, type

from factlex.dates import date_parts, reference_date
from factlex.facts import When

from ..circumstances import DATE as WRITTEN_DATE
from ..circumstances import SCHEDULED
from ..tokens import tokens_span

__all__ = ['DATE', 'NUMERIC_DATE', 'SCHEDULED', 'when']

#: "12.03.2015", "12.03.15": the tokenizer leaves the digits and dots apart.
NUMERIC_DATE = rule(type('INT'), eq('.'), type('INT'), eq('.'), type('INT'))

#: Any date phrase a signing or an event is told with, as written.
DATE = or_(
    WRITTEN_DATE,
    NUMERIC_DATE,
    rule(in_caseless({'от'}), NUMERIC_DATE),  # "договор от 12.03.2015"
)


def when(tokens: Sequence[Any], ahead: Optional[bool] = None) -> Optional[When]:
    """The :class:`~factlex.When` of a date's tokens, ``None`` for no tokens.

    ``ahead`` tells whether the event is still to come (a planned signing) or
    done, which decides "в среду" and a month without a year
    (:func:`factlex.dates.date_parts`).
    """
    tokens = [token for token in tokens if token.type != 'PUNCT' or token.value == '.']
    if not tokens:
        return None
    text = ''.join(
        (' ' if index and tokens[index - 1].span.stop < token.span.start else '') + token.value
        for index, token in enumerate(tokens)
    )
    year, month, day = date_parts(text, reference_date(), ahead)
    return When(tokens_span(tokens), year, month, day)
