"""Money inside a custom grammar: the rule ``MONEY`` to embed, and ``money_fact``
to build the :class:`~factlex.Money` it matched, as the money grammar would.

``MONEY`` reads every shape of an amount with its currency that the money
grammar reads ("500 тыс. рублей", "$1,7 млрд", "от 6 до 9 млн евро", "около
300 тыс. руб.", "299 рублей 90 копеек"), but not an amount whose currency is
left out. It carries its own interpretation (a nested fact): give it an
attribute of your fact, ``MONEY.interpretation(Raw.amount)``, and read it in
``to_facts`` with ``money_fact(raw, 'amount')``.

>>> from yargy import rule
>>> from yargy.interpretation import fact
>>> from yargy.predicates import dictionary, eq
>>> Raw = fact('Raw', ['amount'])
>>> RULE = rule(dictionary({'штраф'}), eq('в'), dictionary({'размер'}),
...             MONEY.interpretation(Raw.amount)).interpretation(Raw)

>>> from factlex import Extractor, Grammar, Money
>>> def to_facts(raw, tokens):
...     return money_fact(raw, 'amount')
>>> AMOUNTS = Grammar(name='amounts', fact=Money, rule=RULE, trigger='(?i)штраф', to_facts=to_facts)
>>> Extractor(types=[], grammars=[AMOUNTS]).extract('Штраф в размере от 6 до 9 млн евро.')
[Money(span=Span(start=16, stop=34), amount=Decimal('6000000'), currency='EUR', max_amount=Decimal('9000000'), qualifier=None)]

docs/custom-grammars.md builds a whole grammar on it (court fines).
"""

from __future__ import annotations

from typing import Any, Optional

from factlex.facts import Money

from ..money import MONEY
from ..money import to_facts as _money_facts
from ..tokens import attribute_tokens

__all__ = ['MONEY', 'money_fact']


def money_fact(raw: Any, name: str) -> Optional[Money]:
    """The Money that attribute ``name`` of ``raw`` holds, a ``MONEY`` match.

    None when the attribute is unset, and for a change of two amounts ("с 40
    до 45 рублей"), which is two Money facts, not one.
    """
    nested = getattr(raw, name, None)
    if nested is None:
        return None
    produced = [fact for fact in _money_facts(nested, attribute_tokens(raw, name)) if isinstance(fact, Money)]
    return produced[0] if len(produced) == 1 else None
