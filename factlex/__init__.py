"""factlex: typed facts from Russian text with yargy rules.

>>> from factlex import extract
>>> [(type(fact).__name__, str(fact.amount)) for fact in extract('Кредит на $1,7 млрд.')]
[('Money', '1700000000')]
"""

from .extractor import Extractor, extract
from .failure import Failure
from .grammar import Grammar
from .facts import FACT_TYPES, Agreement, Fact, Money, Official, Percent, Person, Span
from .parallel import extract_many
from .serialize import from_dict, to_dict

__all__ = [
    'Agreement',
    'FACT_TYPES',
    'Extractor',
    'Fact',
    'Failure',
    'Grammar',
    'Money',
    'Official',
    'Percent',
    'Person',
    'Span',
    'extract',
    'extract_many',
    'from_dict',
    'to_dict',
]
