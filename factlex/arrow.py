"""The facts table as Apache Arrow: the types Spark, Dask and Parquet files get (needs pyarrow).

:func:`arrow_schema` turns a :class:`~factlex.schema.FactSchema` into an Arrow
schema, :func:`record_batch` nested rows into a batch of it, and
:func:`row_to_dict` a row read back into what :func:`factlex.to_dict` gave.
pyarrow is imported when these are called, so that ``import factlex`` does
not need it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .normalize import plain
from .schema import DECIMAL_PRECISION, DECIMAL_SCALE, Column, FactSchema

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ['arrow_field', 'arrow_schema', 'arrow_type', 'fact_rows', 'record_batch', 'row_to_dict']


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as error:
        raise ImportError("this needs pyarrow: pip install 'factlex[parquet]'") from error
    return pyarrow


def arrow_type(column: Column) -> pa.DataType:
    """The Arrow type of ``column``: decimals as decimal128(38, 10), structs and lists as such."""
    pa = _pyarrow()
    if column.kind == 'struct':
        return pa.struct([arrow_field(field) for field in column.fields])
    if column.kind == 'list':
        assert column.item is not None
        return pa.list_(arrow_type(column.item))
    return {
        'string': pa.string(),
        'integer': pa.int64(),
        'boolean': pa.bool_(),
        'float': pa.float64(),
        'decimal': pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
    }[column.kind]


def arrow_field(column: Column) -> pa.Field:
    """``column`` as a named Arrow field."""
    return _pyarrow().field(column.name, arrow_type(column), nullable=column.nullable)


def arrow_schema(schema: FactSchema, ids: Sequence[pa.Field] = ()) -> pa.Schema:
    """The Arrow schema of a facts table: the ``ids`` fields first, then ``schema``'s columns."""
    return _pyarrow().schema([*ids, *(arrow_field(column) for column in schema.columns)])


def record_batch(schema: pa.Schema, rows: Sequence[Mapping[str, Any]]) -> pa.RecordBatch:
    """A batch of ``schema`` from nested rows (``FactSchema.row`` plus id columns).

    Raises ValueError for a number that decimal(38, 10) cannot hold exactly,
    rather than rounding it.
    """
    pa = _pyarrow()
    try:
        return pa.RecordBatch.from_pylist(list(rows), schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise ValueError(f'{_culprit(schema, rows)}: {error}') from error


def _culprit(schema: pa.Schema, rows: Sequence[Mapping[str, Any]]) -> str:
    """Which value of ``rows`` Arrow could not take, for the error message."""
    pa = _pyarrow()
    limit = Decimal(10) ** (DECIMAL_PRECISION - DECIMAL_SCALE)
    for row in rows:
        for name in schema.names:
            value = row.get(name)
            if isinstance(value, Decimal) and (value.as_tuple().exponent < -DECIMAL_SCALE or abs(value) >= limit):
                return (f'{row.get("type")} at {row.get("start")}: {name}={value} does not fit '
                        f'decimal({DECIMAL_PRECISION}, {DECIMAL_SCALE})')
            try:
                pa.array([value], schema.field(name).type)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                return f'{row.get("type")} at {row.get("start")}: column {name} cannot hold {value!r}'
    return 'a row does not fit the facts table'


def _plain_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == 'decimal':
        # Read back at the column's scale ("4.4000000000"), written as factlex writes it.
        return str(plain(value))
    if column.kind == 'struct':
        result: dict[str, Any] = {}
        fields = {field.name: field for field in column.fields}
        if 'start' in fields and fields['start'].path == ('span', 'start'):
            start, stop = value.get('start'), value.get('stop')
            result['span'] = None if start is None else [start, stop]
        for field in column.fields:
            if field.path[:1] != ('span',):
                result[field.path[0]] = _plain_value(field, value.get(field.name))
        return result
    if column.kind == 'list':
        assert column.item is not None
        return [_plain_value(column.item, item) for item in value]
    return value


def row_to_dict(schema: FactSchema, row: Mapping[str, Any]) -> dict[str, Any]:
    """What :func:`factlex.to_dict` gave for the fact of a table row (``row`` as Arrow's ``to_pylist`` reads it).

    Only the columns of the row's type are kept; decimals come back as the
    strings ``to_dict`` writes, which :func:`factlex.from_dict` reads.
    """
    result: dict[str, Any] = {'type': row['type'], 'span': None if row.get('start') is None
                              else [row['start'], row['stop']]}
    if row.get('text') is not None:
        result['text'] = row['text']
    for column in schema.field_columns():
        if row['type'] in column.owners:
            result[column.path[0]] = _plain_value(column, row.get(column.name))
    return result


def fact_rows(extractor: Any, schema: Any, texts: Sequence[Any], id_columns: Sequence[str],
              ids: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """The facts table's rows of a batch of texts: the id columns of each text's
    row, then ``schema.row`` of each fact. A text that is no non-empty string
    (None, pandas' NA or NaN, "") has no facts."""
    rows: list[dict[str, Any]] = []
    for index, text in enumerate(texts):
        if not isinstance(text, str) or not text:
            continue
        head = {name: values[index] for name, values in zip(id_columns, ids)}
        rows += [{**head, **schema.row(fact, text)} for fact in extractor.extract(text)]
    return rows
