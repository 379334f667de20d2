"""A JSON-friendly form of facts: plain dicts with Decimals as strings.

>>> from factlex.facts import Money, Span
>>> fact = Money(Span(10, 19), '1700000000', 'USD')
>>> to_dict(fact, 'Кредит на $1,7 млрд.')
{'type': 'Money', 'span': [10, 19], 'text': '$1,7 млрд', 'amount': '1700000000', 'currency': 'USD', 'max_amount': None, 'qualifier': None}
>>> from_dict(to_dict(fact)) == fact
True
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Optional

import attrs

from .facts import FACT_TYPES, Fact, Money, Person, Span, When

__all__ = ['from_dict', 'to_dict']

_CLASSES = {cls.__name__: cls for cls in FACT_TYPES.values()}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Span):
        return [value.start, value.stop]
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    return value


def to_dict(fact: Fact, text: Optional[str] = None) -> dict[str, Any]:
    """``{'type', 'span', 'text'?, fields...}``; ``text`` is the mention when the source is given.

    Any fact works, a custom grammar's included: an attrs instance with a ``span``.
    """
    if not (attrs.has(type(fact)) and 'span' in attrs.fields_dict(type(fact))
            and isinstance(fact.span, (Span, type(None)))):
        raise TypeError(f'expected a fact (an attrs instance with a span), got {type(fact).__name__}')
    result: dict[str, Any] = {'type': type(fact).__name__, 'span': _plain(fact.span)}
    if text is not None and fact.span is not None:
        result['text'] = text[fact.span.start:fact.span.stop]
    for field in attrs.fields(type(fact)):
        if field.name != 'span':
            result[field.name] = _plain(getattr(fact, field.name))
    return result


def from_dict(data: dict[str, Any], classes: Iterable[type] = ()) -> Fact:
    """The fact ``to_dict`` produced ``data`` from (``text`` is ignored).

    ``classes`` are the fact classes of custom grammars to recognize besides
    the built-in ones; their fields come back as JSON gave them.
    """
    known = {**_CLASSES, **{cls.__name__: cls for cls in classes}}
    try:
        cls = known[data['type']]
    except KeyError:
        raise ValueError(f'unknown fact type {data.get("type")!r}; valid types: {", ".join(known)}') from None
    span = data.get('span')
    values = {
        field.name: data[field.name]
        for field in attrs.fields(cls)
        if field.name != 'span' and field.name in data
    }
    person = values.get('person')
    if isinstance(person, dict):
        # An official's person comes back as the Person it was written from.
        person_span = person.get('span')
        values['person'] = Person(
            Span(*person_span) if person_span is not None else None,
            person.get('first'), person.get('middle'), person.get('last'),
        )
    # An agreement's date parts and worth come back as their classes too.
    for name, part in (('when', When), ('value', Money)):
        nested = values.get(name)
        if isinstance(nested, dict):
            nested_span = nested.get('span')
            values[name] = part(span=Span(*nested_span) if nested_span is not None else None,
                                **{key: item for key, item in nested.items() if key != 'span'})
    return cls(span=Span(*span) if span is not None else None, **values)
