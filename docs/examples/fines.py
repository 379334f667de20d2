"""An example custom grammar with a nested fact: court fines, "суд оштрафовал
компанию на 500 тыс. рублей", as ``Fine(span, amount: Money)``.

It is not part of factlex. It shows a grammar module (NAME, FACT, RULE,
TRIGGER, to_facts) that embeds factlex's money block, ``MONEY`` from
``factlex.grammars.blocks.money``, and builds the fine's ``Money`` with
``money_fact``; docs/custom-grammars.md walks through it and
docs/examples/test_fines.py tests it.

>>> from factlex import Extractor
>>> import fines
>>> extractor = Extractor(types=[], grammars=[fines])
>>> text = 'Суд оштрафовал компанию на 500 тыс. рублей.'
>>> (fine,) = extractor.extract(text)
>>> fine
Fine(span=Span(start=4, stop=42), amount=Money(span=Span(start=27, stop=42), amount=Decimal('500000'), currency='RUB', max_amount=None, qualifier=None))
>>> text[fine.span.start:fine.span.stop], text[fine.amount.span.start:fine.amount.span.stop]
('оштрафовал компанию на 500 тыс. рублей', '500 тыс. рублей')
"""

from __future__ import annotations

import re
from typing import Optional

import attrs
from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq, in_, type as token_type

from factlex import Money, Span
from factlex.grammars.blocks.money import MONEY, money_fact
from factlex.grammars.tokens import tokens_span


##########
#   FACT
##########

@attrs.frozen
class Fine:
    """A fine a court or an agency imposed, and its amount."""

    span: Optional[Span]
    amount: Money = attrs.field(validator=attrs.validators.instance_of(Money))


##########
#   RULE
##########

Raw = fact('Raw', ['amount'])

# "оштрафовал", "оштрафована", "оштрафуют": pymorphy2 gives each the lemma of the verb.
FINED = dictionary({'оштрафовать'})
FINE = dictionary({'штраф'})

# What was fined, between the verb and "на": "компанию", "ООО «Ромашка»",
# "бывшего министра". A few words, not "на" itself, no sentence punctuation.
OBJECT_WORD = and_(
    not_(eq('на')),
    or_(token_type('RU'), token_type('LATIN'), in_({'«', '»', '"', '-'})),
)

RULE = or_(
    # "суд оштрафовал компанию на 500 тыс. рублей", "оштрафован на сумму 30 тыс. рублей"
    rule(FINED, rule(OBJECT_WORD).repeatable(max=5).optional(), eq('на'),
         dictionary({'сумма'}).optional(), MONEY.interpretation(Raw.amount)),
    # "штраф в размере 300 тыс. рублей", "штраф в 1,5 млн рублей", "штраф 200 тыс. руб."
    rule(FINE, rule(eq('в'), dictionary({'размер'}).optional()).optional(), MONEY.interpretation(Raw.amount)),
).interpretation(Raw)

#: Both shapes hold "штраф": "оштрафовал", "штрафа".
TRIGGER = re.compile(r'(?i)штраф')

NAME = 'fine'
FACT = Fine
#: A mention starts at its trigger word; the amount may come a dozen tokens after it.
REACH = (0, 16)
ANCHORED = True


##########
#   FACTS
##########

def to_facts(raw, tokens) -> Optional[Fine]:
    """The fine of one match; none when the amount is a change of two ("с 40 до 45 тыс. рублей")."""
    amount = money_fact(raw, 'amount')
    if amount is None:
        return None
    return Fine(tokens_span(tokens), amount)
