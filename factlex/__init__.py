"""factlex: typed facts from Russian text with yargy rules.

>>> from factlex import extract
>>> [(type(fact).__name__, str(fact.amount)) for fact in extract('Кредит на $1,7 млрд.')]
[('Money', '1700000000')]
"""

from .extractor import Extractor, extract
from .failure import Failure
from .grammar import Grammar
from .facts import FACT_TYPES, Agreement, Fact, Money, Official, Percent, Person, Span, When
from .inputs import extract_html
from .parallel import extract_many
from .serialize import from_dict, to_dict
from .tables import to_dataframe, to_records
from .version import __version__

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
    'When',
    'extract',
    'extract_html',
    'extract_many',
    'from_dict',
    'to_dataframe',
    'to_dict',
    'to_records',
    '__version__',
]
