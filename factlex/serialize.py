"""A JSON-friendly form of facts: plain dicts with Decimals as strings.

>>> from factlex.facts import Money, Span
>>> fact = Money(Span(10, 19), '1700000000', 'USD')
>>> to_dict(fact, 'Кредит на $1,7 млрд.')
{'type': 'Money', 'span': [10, 19], 'text': '$1,7 млрд', 'amount': '1700000000', 'currency': 'USD', 'max_amount': None, 'qualifier': None}
>>> from_dict(to_dict(fact)) == fact
True
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Optional

import attrs

from .facts import FACT_TYPES, Fact, Span

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
    the built-in ones. Values come back as the fields' type hints say: a
    nested fact (an official's ``Person``, a custom ``Fine``'s ``Money``) is
    rebuilt from its dict and a span from its ``[start, stop]``; a field
    without a usable hint keeps the value JSON gave.
    """
    known = {**_CLASSES, **{cls.__name__: cls for cls in classes}}
    try:
        cls = known[data['type']]
    except KeyError:
        raise ValueError(f'unknown fact type {data.get("type")!r}; valid types: {", ".join(known)}') from None
    return _build(cls, data)


@functools.lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception:  # noqa: BLE001 -- a name the class's module cannot resolve (a class made in a function)
        return {}


def _build(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    values = {
        # A fact's own span is a Span whatever its hint says.
        field.alias or field.name: _value(data[field.name], Span if field.name == 'span' else hints.get(field.name))
        for field in attrs.fields(cls)
        if field.init and field.name in data
    }
    return cls(**values)


def _value(value: Any, hint: Any) -> Any:
    """``value`` as JSON gave it, rebuilt into what the type hint ``hint`` names."""
    if value is None or hint is None:
        return value
    if hint is Span:
        # msgpack (spaCy's user data) gives back a tuple where JSON gives a list.
        return Span(*value) if isinstance(value, (list, tuple)) and len(value) == 2 else value
    if isinstance(hint, type) and attrs.has(hint):
        return _build(hint, value) if isinstance(value, dict) else value
    origin, arguments = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [argument for argument in arguments if argument is not type(None)]
        if len(options) == 1:
            return _value(value, options[0])
        for option in options:
            # Of several fact classes, the first that accepts the fields.
            try:
                rebuilt = _value(value, option)
            except (TypeError, ValueError):
                continue
            if rebuilt is not value:
                return rebuilt
        return value
    if origin in (tuple, list) and isinstance(value, (list, tuple)) and arguments:
        item = arguments[0]
        return origin(_value(element, item) for element in value)
    return value
