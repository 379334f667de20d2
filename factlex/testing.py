"""Running a grammar's example corpus from any pytest suite.

A corpus is a module (or any object) with up to four lists, as factlex's own
``tests/corpus/*.py``:

- ``POSITIVE``: ``(text, fact)`` pairs; the whole text is one mention, and
  extraction gives exactly that fact (values compared, spans ignored);
- ``IN_CONTEXT``: ``(text, [(mention, fact), ...])``: in a sentence, exactly
  these facts, in this order, each read from that mention;
- ``NEGATIVE``: texts that give no fact;
- ``XFAIL``: cases known to fail today, each written as the case it fails:
  ``(text, fact)`` as in POSITIVE, ``(text, [(mention, fact), ...])`` as in
  IN_CONTEXT, or ``(text, None)`` for a text that should give no fact; run
  as strict xfail, so a case that starts passing must be moved.

A test module needs two lines per corpus::

    from factlex.testing import corpus_cases

    @pytest.mark.parametrize('case', corpus_cases(my_corpus, extractor))
    def test_my_grammar(case):
        case.check()

A failing case raises ``AssertionError`` with the text, the expected and the
actual facts, each with the mention it was read from, and for a single fact
the fields that differ.

>>> from factlex import Extractor, Percent
>>> extractor = Extractor(['percent'])
>>> case = Case('positive', '4,4%', Percent(None, '4.5'), extractor)
>>> case.check()
Traceback (most recent call last):
...
AssertionError: positive: '4,4%'
  expected one fact over the whole text:
    Percent(value=Decimal('4.5'), max_value=None, unit='percent', qualifier=None)
  got 1 fact:
    [0:4] '4,4%' Percent(value=Decimal('4.4'), max_value=None, unit='percent', qualifier=None)
  value: expected Decimal('4.5'), got Decimal('4.4')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Optional, Union

import attrs

from .facts import Fact

__all__ = ['Case', 'ascii_id', 'corpus_cases', 'values']

Extract = Callable[[str], Sequence[Fact]]

#: Corpus list names and the kind of case each holds.
KINDS = {'POSITIVE': 'positive', 'IN_CONTEXT': 'in_context', 'NEGATIVE': 'negative', 'XFAIL': 'xfail'}


def values(fact: Any) -> Any:
    """``fact`` with its span, and the spans of its parts (a Person), set to None:
    the values alone, to compare with a hand-written expected fact."""
    changes: dict[str, Any] = {'span': None}
    for field in attrs.fields(type(fact)):
        value = getattr(fact, field.name)
        if field.name != 'span' and attrs.has(type(value)) and hasattr(value, 'span'):
            changes[field.name] = values(value)
    return attrs.evolve(fact, **changes)


def _show(fact: Any) -> str:
    """The fact's values without the span noise: "Money(amount=..., ...)"."""
    fields = ', '.join(
        f'{field.name}={_show(value) if attrs.has(type(value)) else repr(value)}'
        for field in attrs.fields(type(fact)) if field.name != 'span'
        for value in [getattr(fact, field.name)]
    )
    return f'{type(fact).__name__}({fields})'


def _located(text: str, fact: Any) -> str:
    span = fact.span
    if span is None:
        return _show(fact)
    return f'[{span.start}:{span.stop}] {text[span.start:span.stop]!r} {_show(fact)}'


def _differences(expected: Any, actual: Any) -> list[str]:
    if type(expected) is not type(actual):
        return [f'type: expected {type(expected).__name__}, got {type(actual).__name__}']
    return [
        f'{field.name}: expected {getattr(expected, field.name)!r}, got {getattr(actual, field.name)!r}'
        for field in attrs.fields(type(expected))
        if getattr(expected, field.name) != getattr(actual, field.name)
    ]


@attrs.frozen
class Case:
    """One corpus example and the extraction to check it with.

    ``kind`` is ``positive``, ``in_context``, ``negative`` or ``xfail`` (which
    is checked as positive); ``expected`` is a fact, a list of
    ``(mention, fact)`` pairs, or None for a negative.
    """

    kind: str = attrs.field(validator=attrs.validators.in_(set(KINDS.values())))
    text: str
    expected: Any
    extract: Extract = attrs.field(repr=False)

    def check(self) -> None:
        """Raise AssertionError, saying what differs, unless extraction gives the expected facts."""
        facts = list(self.extract(self.text))
        # A known miss is written as the case it fails: a fact, a list of
        # (mention, fact) pairs, or None for a text that should give nothing.
        if self.kind == 'positive' or (self.kind == 'xfail' and attrs.has(type(self.expected))):
            self._check_whole(facts)
        elif self.kind == 'in_context' or (self.kind == 'xfail' and isinstance(self.expected, list)):
            self._check_in_context(facts)
        elif facts:
            self._fail('expected no fact', facts)

    def _check_whole(self, facts: list[Any]) -> None:
        expected = f'expected one fact over the whole text:\n    {_show(self.expected)}'
        if len(facts) != 1:
            self._fail(expected, facts)
        (fact,) = facts
        if fact.span is None or (fact.span.start, fact.span.stop) != (0, len(self.text)):
            self._fail(expected, facts, ['the fact does not cover the whole text'])
        differences = _differences(self.expected, values(fact))
        if differences:
            self._fail(expected, facts, differences)

    def _check_in_context(self, facts: list[Any]) -> None:
        actual = [
            (self.text[fact.span.start:fact.span.stop] if fact.span else None, values(fact)) for fact in facts
        ]
        if actual != list(self.expected):
            lines = '\n'.join(f'    {mention!r} {_show(fact)}' for mention, fact in self.expected) or '    nothing'
            self._fail(f'expected {_count(len(self.expected))}, in this order:\n{lines}', facts)

    def _fail(self, expected: str, facts: list[Any], notes: Sequence[str] = ()) -> None:
        got = '\n'.join(f'    {_located(self.text, fact)}' for fact in facts)
        message = f'{self.kind}: {self.text!r}\n  {expected}\n  got {_count(len(facts))}' + (f':\n{got}' if facts else '')
        message += ''.join(f'\n  {note}' for note in notes)
        raise AssertionError(message)


def _count(number: int) -> str:
    return f'{number} fact' + ('' if number == 1 else 's')


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + '…'


_CYRILLIC = dict(zip(
    'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
    ['a', 'b', 'v', 'g', 'd', 'e', 'yo', 'zh', 'z', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
     'u', 'f', 'kh', 'c', 'ch', 'sh', 'shh', '', 'y', '', 'eh', 'yu', 'ya'],
))
_SYMBOLS = {
    '«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '’': "'", '—': '-', '–': '-', '−': '-', '…': '...',
    '\xa0': ' ', '№': 'No', '₽': 'RUB', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₸': 'KZT', '₴': 'UAH',
}


def ascii_id(text: str) -> str:
    """``text`` in ASCII for a test id: Russian transliterated, common symbols
    spelled out, anything else as "?". pytest would otherwise show each
    non-ASCII character as a ``\\u`` escape.

    >>> ascii_id('Штраф 500 тыс. ₽ «Газпрому»')
    'Shtraf 500 tys. RUB "Gazpromu"'
    """
    result = []
    for char in text:
        if char.isascii():
            result.append(char)
        elif char.lower() in _CYRILLIC:
            latin = _CYRILLIC[char.lower()]
            result.append(latin.capitalize() if char.isupper() else latin)
        else:
            result.append(_SYMBOLS.get(char, '?'))
    return ''.join(result)


def corpus_cases(corpus: Any, extract: Union[Extract, Any], name: Optional[str] = None, *,
                 ascii_ids: bool = True) -> list[Any]:
    """``pytest.param`` of every case of ``corpus``, to parametrize one test with.

    ``extract`` is what gives the facts of a text: an ``Extractor`` (it is
    callable) or any function of a text. ``name`` prefixes the test ids
    (default: the corpus module's last name). The ids hold the text
    transliterated to ASCII (:func:`ascii_id`), which pytest shows as it is;
    ``ascii_ids=False`` keeps it as written, for a suite whose pytest is set
    not to escape ids. XFAIL cases are marked
    ``xfail(strict=True)``. A corpus without any list raises ``ValueError``:
    a typo in a list name would otherwise test nothing.
    """
    import pytest

    if not callable(extract):
        raise TypeError(f'extract must be an Extractor or a function of a text, got {type(extract).__name__}')
    label = name or getattr(corpus, '__name__', type(corpus).__name__).rsplit('.', 1)[-1]
    present = [attribute for attribute in KINDS if hasattr(corpus, attribute)]
    if not present:
        raise ValueError(f'{label}: a corpus needs at least one of {", ".join(KINDS)}')
    params = []
    for attribute in present:
        kind = KINDS[attribute]
        marks = [pytest.mark.xfail(strict=True, raises=AssertionError)] if kind == 'xfail' else []
        for item in getattr(corpus, attribute):
            text, expected = (item, None) if kind == 'negative' else item
            if not isinstance(text, str):
                raise TypeError(f'{label}.{attribute}: a case starts with its text, got {item!r}')
            params.append(pytest.param(
                Case(kind, text, expected, extract), marks=marks,
                id=f'{label} {kind}: {_short(ascii_id(text) if ascii_ids else text)}',
            ))
    return params
