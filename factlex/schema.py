"""The table of facts: one row per fact, the same columns for Spark, Parquet, CSV and ``to_records``.

The columns are derived from the fact classes (their attrs fields and type
hints), never listed by hand, so that a field added to a fact class becomes a
column everywhere. A row is::

    id columns..., type, start, stop, text, the fields of every fact type...

``type`` is the class name ("Money"), ``start`` and ``stop`` the fact's
span, ``text`` the mention. Each field of a fact class is one column, shared
by the classes that have a field of that name and column type (``qualifier``
of Money and Percent); rows of other types leave it null. A field named like
an earlier column of another type is prefixed with its class name
(``agreement_value`` if Agreement's ``value`` were a Money while Percent's
``value`` is a number). Column types, from the type hints:

====================  ===========================  =====================================
hint                  nested (Spark, Parquet)      flat (CSV, ``to_records``)
====================  ===========================  =====================================
``str``               string                       the string
``int``, ``bool``,    int64, bool, double          the value
``float``
``Decimal``           decimal(38, 10), exact       the Decimal (CSV: ``str(Decimal)``)
``tuple[str, ...]``   list of strings              joined with ``'; '``
an attrs class        struct of its fields; its    one column per field, named
(``Person``)          span as ``start``, ``stop``  ``person_first``, ``person_start``...
anything else         string (``str(value)``)      the string
====================  ===========================  =====================================

>>> [column.name for column in fact_schema().flat_columns()][:8]
['type', 'start', 'stop', 'text', 'amount', 'currency', 'max_amount', 'qualifier']
>>> [column.name for column in fact_schema().flat_columns() if column.name.startswith('person')]
['person_start', 'person_stop', 'person_first', 'person_middle', 'person_last']
"""

from __future__ import annotations

import collections
import types as python_types
import typing
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Optional, Union

import attrs

from .facts import FACT_TYPES, Span

__all__ = ['DECIMAL_PRECISION', 'DECIMAL_SCALE', 'LIST_SEPARATOR', 'Column', 'FactSchema', 'fact_schema']

#: Digits of a decimal column in Spark and Parquet, and how many of them come
#: after the point: amounts up to 10**28 and fractions down to 10**-10 fit;
#: a value that does not raises ValueError rather than being rounded.
DECIMAL_PRECISION = 38
DECIMAL_SCALE = 10

#: What joins the items of a list (an agreement's parties) in a flat row.
LIST_SEPARATOR = '; '

#: Column kinds, the names the docs and ``docs/schema.json``'s test use.
KINDS = ('string', 'integer', 'boolean', 'float', 'decimal', 'list', 'struct')

# Nested fact parts deeper than this are taken for a class that contains itself.
_MAX_DEPTH = 5


@attrs.frozen
class Column:
    """One column of the facts table, or one field of a struct column.

    ``kind`` is one of ``string``, ``integer``, ``boolean``, ``float``,
    ``decimal``, ``list`` (of ``item``) and ``struct`` (of ``fields``);
    ``path`` the attributes read from a fact (``('span', 'start')``);
    ``owners`` the names of the fact classes that have it (top level only).
    """

    name: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    path: tuple[str, ...] = ()
    nullable: bool = True
    item: Optional[Column] = None
    fields: tuple[Column, ...] = ()
    owners: frozenset[str] = frozenset()

    def shape(self) -> Any:
        """The column's type as plain data, for comparing two columns apart from names and owners."""
        return (self.kind, self.item.shape() if self.item else None,
                tuple((field.name, field.nullable, field.shape()) for field in self.fields))

    def value(self, obj: Any) -> Any:
        """This column's value in ``obj`` (a fact or a part): Decimals stay exact, a struct is a dict."""
        for name in self.path:
            if obj is None:
                return None
            obj = getattr(obj, name)
        return self.plain(obj)

    def plain(self, value: Any) -> Any:
        """``value`` as this column holds it."""
        if value is None:
            return None
        if self.kind == 'struct':
            return {field.name: field.value(value) for field in self.fields}
        if self.kind == 'list':
            assert self.item is not None
            return [self.item.plain(item) for item in value]
        if self.kind == 'string' and not isinstance(value, str):
            return str(value)
        return value

    def flat(self, prefix: str = '') -> list[Column]:
        """The scalar columns this column becomes in a flat row: a struct's fields, prefixed."""
        name = prefix + self.name
        if self.kind != 'struct':
            return [attrs.evolve(self, name=name, path=(), fields=())]
        return [column for field in self.fields for column in field.flat(name + '_')]


def _scalar(hint: Any) -> Optional[str]:
    if hint is str:
        return 'string'
    if hint is bool:  # before int: a bool is an int too
        return 'boolean'
    if hint is int:
        return 'integer'
    if hint is float:
        return 'float'
    if hint is Decimal:
        return 'decimal'
    return None


def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception:  # noqa: BLE001 -- a class defined in a function may name types get_type_hints cannot see
        return {field.name: field.type for field in attrs.fields(cls)}


def _column(name: str, hint: Any, path: tuple[str, ...], depth: int) -> Column:
    """The column a field of type ``hint`` becomes."""
    nullable = False
    origin = typing.get_origin(hint)
    if origin is Union or origin is python_types.UnionType:
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            return Column(name, 'string', path, True)
        hint = args[0]
        origin = typing.get_origin(hint)
    kind = _scalar(hint)
    if kind is not None:
        return Column(name, kind, path, nullable)
    if origin in (tuple, list, frozenset, set):
        items = [arg for arg in typing.get_args(hint) if arg is not Ellipsis]
        item_kind = _scalar(items[0]) if len(set(items)) == 1 else None
        return Column(name, 'list', path, nullable, item=Column('item', item_kind or 'string'))
    if isinstance(hint, type) and attrs.has(hint):
        return Column(name, 'struct', path, nullable, fields=_part_fields(hint, depth + 1))
    # Unknown types are written as their str(): readable, if not typed.
    return Column(name, 'string', path, True)


def _part_fields(cls: type, depth: int) -> tuple[Column, ...]:
    """The fields of a struct for a nested attrs class; its span becomes ``start`` and ``stop``."""
    if depth > _MAX_DEPTH:
        raise TypeError(f'{cls.__name__} is nested more than {_MAX_DEPTH} deep: does it contain itself?')
    hints = _hints(cls)
    columns: list[Column] = []
    for field in attrs.fields(cls):
        hint = hints.get(field.name)
        if field.name == 'span' and cls is not Span:
            columns += [Column('start', 'integer', ('span', 'start')), Column('stop', 'integer', ('span', 'stop'))]
        else:
            columns.append(_column(field.name, hint, (field.name,), depth))
    return tuple(columns)


#: The columns every row starts with, after the id columns.
FIXED = (
    Column('type', 'string', nullable=False),
    Column('start', 'integer', ('span', 'start')),
    Column('stop', 'integer', ('span', 'stop')),
    Column('text', 'string'),
)


@attrs.frozen
class FactSchema:
    """The columns of a facts table for a set of fact classes; see the module's docstring."""

    classes: tuple[type, ...]
    columns: tuple[Column, ...]

    def field_columns(self) -> tuple[Column, ...]:
        """The columns after the fixed ones: the fact classes' fields."""
        return self.columns[len(FIXED):]

    def flat_columns(self) -> list[Column]:
        """The columns of a flat row (CSV, ``to_records``): structs spread into prefixed columns."""
        return [flat for column in self.columns for flat in column.flat()]

    def row(self, fact: Any, text: Optional[str] = None) -> dict[str, Any]:
        """The nested row of ``fact`` (not its id columns); ``text`` is the source the span is into."""
        cls = type(fact)
        if cls not in self.classes:
            known = ', '.join(known.__name__ for known in self.classes)
            raise ValueError(f'{cls.__name__} is not one of the fact classes of this table ({known})')
        span = fact.span
        row: dict[str, Any] = {
            'type': cls.__name__,
            'start': span.start if span is not None else None,
            'stop': span.stop if span is not None else None,
            'text': text[span.start:span.stop] if text is not None and span is not None else None,
        }
        for column in self.field_columns():
            row[column.name] = column.value(fact) if cls.__name__ in column.owners else None
        return row

    def flat_row(self, row: Mapping[str, Any], join: Optional[str] = LIST_SEPARATOR) -> dict[str, Any]:
        """A nested ``row`` spread into the flat columns; lists joined with ``join`` unless it is None."""
        flat: dict[str, Any] = {}
        for column in self.columns:
            _spread(column, row.get(column.name), column.name, flat, join)
        return flat


def _spread(column: Column, value: Any, name: str, into: dict[str, Any], join: Optional[str]) -> None:
    if column.kind == 'struct':
        for field in column.fields:
            _spread(field, None if value is None else value.get(field.name), f'{name}_{field.name}', into, join)
    elif column.kind == 'list' and value is not None and join is not None:
        into[name] = join.join(str(item) for item in value)
    else:
        into[name] = value


def fact_schema(classes: Optional[Iterable[type]] = None, reserved: Sequence[str] = ()) -> FactSchema:
    """The table schema of facts of ``classes`` (default: the built-in fact classes, in ``FACT_TYPES`` order).

    ``reserved`` are names the caller's id columns take; a field of that name
    is prefixed with its class name, as a field that clashes with an earlier
    type's column is. Raises TypeError for a class that is no fact (an attrs
    class with a ``span``), ValueError when a name cannot be made unique.
    """
    classes = tuple(FACT_TYPES.values()) if classes is None else tuple(dict.fromkeys(classes))
    taken: dict[str, Column] = {column.name: column for column in FIXED}
    for name in reserved:
        if name in taken:
            raise ValueError(f'an id column cannot be named {name!r}: a column of the facts table has that name')
        taken[name] = Column(name, 'string')
    order: list[str] = [column.name for column in FIXED]
    for cls in classes:
        if not (isinstance(cls, type) and attrs.has(cls) and 'span' in attrs.fields_dict(cls)):
            raise TypeError(f'expected a fact class (an attrs class with a span field), got {cls!r}')
        hints = _hints(cls)
        for field in attrs.fields(cls):
            if field.name == 'span':
                continue
            column = _column(field.name, hints.get(field.name), (field.name,), 0)
            name = field.name
            existing = taken.get(name)
            if existing is not None and (not existing.owners or cls.__name__ in existing.owners
                                         or existing.shape() != column.shape()):
                name = f'{cls.__name__.lower()}_{field.name}'
                existing = taken.get(name)
                if existing is not None:
                    raise ValueError(f'{cls.__name__}.{field.name}: both {field.name!r} and {name!r} are taken '
                                     'by other columns of the facts table')
            if existing is None:
                taken[name] = attrs.evolve(column, name=name, owners=frozenset({cls.__name__}))
                order.append(name)
            else:
                # Same name, same type: one column, read from each class that has it.
                taken[name] = attrs.evolve(existing, nullable=True, owners=existing.owners | {cls.__name__})
    columns = tuple(taken[name] for name in order)
    flat_names = [column.name for column in columns for column in column.flat()]
    counts = collections.Counter(flat_names)
    duplicates = sorted({name for name, count in counts.items() if count > 1} | (set(flat_names) & set(reserved)))
    if duplicates:
        raise ValueError(f'flattened columns would share the names {duplicates}; rename a field')
    # A column only some types have is null in the rows of the others.
    columns = tuple(column if column.owners == set(cls.__name__ for cls in classes) or not column.owners
                    else attrs.evolve(column, nullable=True) for column in columns)
    return FactSchema(classes, columns)
