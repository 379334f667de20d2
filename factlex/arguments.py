"""Command-line argument types shared by ``factlex`` and ``factlex debug``.

Both commands take ``--types`` and ``--grammar``; the converters live here so
that neither command has to import the other for them.
"""

from __future__ import annotations

import argparse

from .facts import FACT_TYPES
from .grammar import Grammar, load_grammar

__all__ = ['grammar', 'types']


def types(value: str) -> tuple[str, ...]:
    """``--types``: comma-separated fact type names, checked, in the order given.

    >>> types('Money, percent,money')
    ('money', 'percent')
    """
    valid = ', '.join(FACT_TYPES)
    names: list[str] = []
    for raw in value.split(','):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in FACT_TYPES:
            raise argparse.ArgumentTypeError(f'unknown type {raw.strip()!r} (valid types: {valid})')
        if name not in names:
            names.append(name)
    if not names:
        raise argparse.ArgumentTypeError(f'no type given (valid types: {valid})')
    return tuple(names)


def grammar(spec: str) -> Grammar:
    """``--grammar MODULE[:NAME]``: the custom grammar it names (:func:`factlex.grammar.load_grammar`)."""
    try:
        return load_grammar(spec)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
