"""A custom grammar that raises on a marker word, so batch isolation is tested whether or not a real bug exists.

"МЕТКА" gives a ``Mark`` fact; "СБОЙ" makes ``to_facts`` raise, as a
normalizer bug would. It is a module of its own so that worker processes
(``extract_many(workers=2)``, the CLI's ``--workers``, Dask, spaCy's
``n_process``) can import it: ``--grammar fragile_grammar:GRAMMAR``.
"""

from typing import Optional

import attrs
from yargy import rule
from yargy.interpretation import fact
from yargy.predicates import in_

from factlex import Grammar, Span

__all__ = ['GRAMMAR', 'MARKER', 'Mark', 'Marker']

#: The word that makes the grammar raise.
MARKER = 'СБОЙ'


class Marker(Exception):
    """What the grammar raises on :data:`MARKER`."""


@attrs.frozen
class Mark:
    span: Optional[Span]
    word: str


Raw = fact('Raw', ['word'])
RULE = rule(in_({'МЕТКА', MARKER}).interpretation(Raw.word)).interpretation(Raw)


def to_facts(raw, tokens):
    if raw.word == MARKER:
        raise Marker(f'the marker word at character {tokens[0].span.start}')
    return Mark(Span(tokens[0].span.start, tokens[0].span.stop), raw.word)


GRAMMAR = Grammar(name='fragile', fact=Mark, rule=RULE, trigger='МЕТКА|' + MARKER, to_facts=to_facts)
