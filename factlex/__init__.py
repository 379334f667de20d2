"""factlex: typed facts from Russian text with yargy rules.

>>> from factlex import extract
>>> [(type(fact).__name__, str(fact.amount)) for fact in extract('Кредит на $1,7 млрд.')]
[('Money', '1700000000')]
"""

import importlib
from typing import Any

from .extractor import Extractor, extract
from .failure import Failure
from .grammar import Grammar
from .facts import FACT_TYPES, Agreement, Fact, Money, Official, Percent, Person, Span, When
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

# Imported when first asked for: together they cost some 35 ms of an import
# that the first fact waits for (importlib.metadata alone 17 ms), and
# extracting needs none of them.
_LAZY = {
    'extract_html': 'inputs',
    'extract_many': 'parallel',
    'to_dataframe': 'tables',
    'to_records': 'tables',
    '__version__': 'version',
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
    value = getattr(importlib.import_module(f'.{_LAZY[name]}', __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
