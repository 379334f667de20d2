"""factlex.schema: the facts table is derived from the fact classes and agrees with docs/schema.json."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

import attrs
import pytest

from factlex import FACT_TYPES, Money, Official, Person, Span, extract, to_dict
from factlex.schema import Column, fact_schema

DOCS = Path(__file__).resolve().parent.parent / 'docs'


def _json_column(name: str, definition: dict[str, Any], defs: dict[str, Any]) -> tuple[Any, ...]:
    """(kind, nullable, item kind, struct fields) of a property of docs/schema.json."""
    if 'oneOf' in definition:
        options = [option for option in definition['oneOf'] if option != {'type': 'null'}]
        (option,) = options
        return _json_column(name, option, defs)[:1] + (True,) + _json_column(name, option, defs)[2:]
    if '$ref' in definition:
        target = definition['$ref'].rsplit('/', 1)[1]
        if target == 'span':
            return ('span', False, None, ())
        resolved = defs[target]
        if target in ('decimal',):
            return ('decimal', False, None, ())
        if 'properties' in resolved:
            fields = []
            for key, value in resolved['properties'].items():
                if key == 'type' and 'const' in value:
                    continue  # a fact's own type tag, which a nested part does not carry
                if key == 'span':
                    fields += [('start', 'integer'), ('stop', 'integer')]
                else:
                    fields.append((key, _json_column(key, value, defs)[0]))
            return ('struct', False, None, tuple(fields))
        return _json_column(name, resolved, defs)
    if 'enum' in definition:
        return ('string', None in definition['enum'], None, ())
    kinds = definition['type'] if isinstance(definition['type'], list) else [definition['type']]
    nullable = 'null' in kinds
    (kind,) = [kind for kind in kinds if kind != 'null']
    if kind == 'array':
        return ('list', nullable, _json_column(name, definition['items'], defs)[0], ())
    return ({'string': 'string', 'integer': 'integer', 'number': 'float', 'boolean': 'boolean'}[kind],
            nullable, None, ())


def _our_column(column: Column) -> tuple[Any, ...]:
    return (column.kind, column.item.kind if column.item else None,
            tuple((field.name, field.kind) for field in column.fields))


def test_columns_agree_with_docs_schema_json() -> None:
    """Every fact class's fields in docs/schema.json have the column the schema derives from the class."""
    document = json.loads((DOCS / 'schema.json').read_text(encoding='utf-8'))
    defs = document['$defs']
    for cls in FACT_TYPES.values():
        alone = fact_schema([cls])
        ours = {column.path[0]: column for column in alone.field_columns()}
        theirs = {key: value for key, value in defs[cls.__name__]['properties'].items() if key != 'type'}
        assert set(ours) == set(theirs), cls.__name__
        for name, definition in theirs.items():
            kind, nullable, item, fields = _json_column(name, definition, defs)
            assert _our_column(ours[name]) == (kind, item, fields), (cls.__name__, name)
            assert ours[name].nullable == nullable, (cls.__name__, name)


def test_a_row_holds_what_to_dict_writes() -> None:
    """The flat row of each fact of a text with all four types carries to_dict's values under its column names."""
    text = (DOCS / 'example.txt').read_text(encoding='utf-8')
    schema = fact_schema()
    facts = extract(text)
    assert {type(fact) for fact in facts} == set(FACT_TYPES.values())
    for fact in facts:
        row, plain = schema.row(fact, text), to_dict(fact, text)
        assert (row['type'], [row['start'], row['stop']], row['text']) == (plain['type'], plain['span'], plain['text'])
        for column in schema.field_columns():
            if type(fact).__name__ not in column.owners:
                assert row[column.name] is None
                continue
            value = plain[column.path[0]]
            if column.kind == 'decimal':
                assert (str(row[column.name]) if row[column.name] is not None else None) == value
            elif column.kind == 'struct' and value is not None:
                # decimals inside a struct (an agreement's worth) are Decimals in the row, strings in JSON
                nested = {key: str(item) if isinstance(item, Decimal) else item for key, item in row[column.name].items()}
                assert nested == {'start': value['span'][0], 'stop': value['span'][1],
                                  **{key: item for key, item in value.items() if key != 'span'}}
            else:
                assert row[column.name] == value, column.name


def test_flat_names_of_parts_and_lists() -> None:
    """A struct spreads into name_field columns, its span into name_start and name_stop; lists are joined."""
    schema = fact_schema([Official])
    fact = Official(Span(0, 20), 'министр', Person(Span(8, 20), 'Иван', None, 'Петров'))
    assert schema.flat_row(schema.row(fact)) == {
        'type': 'Official', 'start': 0, 'stop': 20, 'text': None, 'position': 'министр',
        'person_start': 8, 'person_stop': 20, 'person_first': 'Иван', 'person_middle': None, 'person_last': 'Петров',
        'organization': None, 'place': None,
    }


# Issue 13's Agreement, as it will be: a new nested part and a field whose name Percent has as a number.
@attrs.frozen
class When:
    span: Optional[Span]
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None


@attrs.frozen
class Deal:
    span: Optional[Span]
    kind: str
    parties: tuple[str, ...] = ()
    when: Optional[When] = None
    value: Optional[Money] = None


def test_new_fields_and_parts_flow_through() -> None:
    """A class with new nested parts gets struct columns without any change to the schema module."""
    schema = fact_schema([*FACT_TYPES.values(), Deal])
    by_name = {column.name: column for column in schema.columns}
    assert [field.name for field in by_name['when'].fields] == ['start', 'stop', 'year', 'month', 'day']
    # Percent's value is a decimal, Deal's a Money: the later one is prefixed with its type.
    assert by_name['value'].kind == 'decimal' and by_name['value'].owners == {'Percent'}
    assert by_name['deal_value'].kind == 'struct'
    assert by_name['kind'].owners == {'Agreement', 'Deal'}
    deal = Deal(Span(0, 30), 'соглашение', ('Россия', 'Беларусь'), When(Span(20, 30), 2023, 11, 22),
                Money(Span(5, 15), '1700000000', 'USD'))
    flat = schema.flat_row(schema.row(deal))
    assert (flat['when_year'], flat['when_start'], flat['deal_value_amount'], flat['deal_value_currency'],
            flat['parties'], flat['value']) == (2023, 20, Decimal('1700000000'), 'USD', 'Россия; Беларусь', None)


def test_clashes_are_clear_errors() -> None:
    """Names that cannot be made unique, and classes that are no facts, are refused when the schema is built."""
    @attrs.frozen
    class Odd:
        span: Optional[Span]
        odd_text: str
        text: str  # clashes with the mention's column, and then with odd_text

    with pytest.raises(ValueError, match='taken'):
        fact_schema([Odd])
    with pytest.raises(TypeError, match='fact class'):
        fact_schema([dict])
    with pytest.raises(ValueError, match='id column'):
        fact_schema(reserved=['type'])
    with pytest.raises(ValueError, match='is not one of'):
        fact_schema([Money]).row(Official(Span(0, 1), 'министр'))


def test_every_table_output_has_the_same_columns() -> None:
    """Arrow (Parquet, Dask), Spark, CSV and to_records all take their columns and types from fact_schema."""
    from factlex import to_records
    from factlex.tables import csv_header

    schema = fact_schema()
    flat = [column.name for column in schema.flat_columns()]
    text = (DOCS / 'example.txt').read_text(encoding='utf-8')
    assert all(list(row) == flat for row in to_records(extract(text), text))
    assert csv_header(schema).strip() == ','.join(flat)
    pa = pytest.importorskip('pyarrow', reason='part of the test extra: pip install -e .[test]')
    from factlex.arrow import arrow_schema

    arrow = arrow_schema(schema)
    assert arrow.names == [column.name for column in schema.columns]
    # Arrow flattens a struct as person.first; the flat table names it person_first.
    assert [name.replace('.', '_') for name in arrow.empty_table().flatten().column_names] == flat
    kinds = {'string': pa.string(), 'integer': pa.int64(), 'decimal': pa.decimal128(38, 10)}
    flattened = {field.name.replace('.', '_'): field for field in arrow.empty_table().flatten().schema}
    for column in schema.flat_columns():
        field = flattened[column.name]
        assert field.type == kinds.get(column.kind, pa.list_(pa.string())), column.name
    pytest.importorskip('pyspark')
    from factlex.spark import spark_schema

    spark = spark_schema(schema)
    assert [field.name for field in spark.fields] == arrow.names
    assert spark['person'].dataType.simpleString() == 'struct<start:bigint,stop:bigint,first:string,middle:string,last:string>'
    assert {spark[column.name].dataType.simpleString() for column in schema.columns if column.kind == 'decimal'} == {
        'decimal(38,10)'}
