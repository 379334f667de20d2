"""factlex on Apache Spark: a DataFrame of facts from a DataFrame of texts (``pip install 'factlex[spark]'``).

::

    from factlex.spark import extract_facts

    texts = spark.read.parquet('news.parquet')             # columns doc_id, text, ...
    facts = extract_facts(texts, 'text', ['doc_id'], types=['money', 'official'])
    facts.write.parquet('facts.parquet')

The result has one row per fact: the id columns as the input has them, then
the facts table of :mod:`factlex.schema` (``type``, ``start``, ``stop``,
``text`` and the fields of each fact type), nested parts as structs and
decimals as ``DecimalType(38, 10)``; :func:`spark_schema` gives it without
running anything. A row whose text is null or empty has no facts.

It runs on ``mapInArrow``: the Python worker gets the texts as Arrow batches
and builds one :class:`~factlex.Extractor` that serves all the batches and
tasks it is given (:mod:`factlex.workers`). Every executor needs factlex (and
any custom grammar's module) importable: install it there, or ship a wheel
with ``--py-files`` and a grammar with ``spark.sparkContext.addPyFile``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Optional, Union

from .arrow import arrow_schema, fact_rows, record_batch
from .extractor import TypeSpec, _resolve_types
from .grammar import Grammar, as_grammar
from .schema import DECIMAL_PRECISION, DECIMAL_SCALE, Column, FactSchema
from .tables import schema_for
from .workers import worker_extractor

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import DataType, StructType

__all__ = ['extract_facts', 'spark_schema']


def _spark_type(column: Column) -> DataType:
    from pyspark.sql import types

    if column.kind == 'struct':
        return types.StructType([types.StructField(field.name, _spark_type(field), field.nullable)
                                 for field in column.fields])
    if column.kind == 'list':
        assert column.item is not None
        return types.ArrayType(_spark_type(column.item), containsNull=True)
    return {
        'string': types.StringType,
        'integer': types.LongType,
        'boolean': types.BooleanType,
        'float': types.DoubleType,
        'decimal': lambda: types.DecimalType(DECIMAL_PRECISION, DECIMAL_SCALE),
    }[column.kind]()


def spark_schema(schema: FactSchema, ids: Sequence[Any] = ()) -> StructType:
    """The Spark schema of a facts table: the ``ids`` StructFields, then ``schema``'s columns."""
    from pyspark.sql import types

    return types.StructType([*ids, *(types.StructField(column.name, _spark_type(column), column.nullable)
                                     for column in schema.columns)])


def _extract_batches(batches: Iterable[pyarrow.RecordBatch], text_column: str, id_columns: Sequence[str],
                     types: tuple[str, ...], grammars: tuple[Grammar, ...],
                     schema: FactSchema) -> Iterator[pyarrow.RecordBatch]:
    """The facts of Arrow batches of texts, as Arrow batches of the facts table (runs in a Python worker)."""
    extractor = worker_extractor(types, grammars)
    output = None
    for batch in batches:
        if output is None:
            # The id columns keep the Arrow types Spark gave them.
            output = arrow_schema(schema, [batch.schema.field(name) for name in id_columns])
        ids = [batch.column(name).to_pylist() for name in id_columns]
        yield record_batch(output, fact_rows(extractor, schema, batch.column(text_column).to_pylist(), id_columns, ids))


def extract_facts(df: DataFrame, text_column: str = 'text', id_columns: Union[str, Sequence[str]] = ('id',),
                  types: Optional[Iterable[TypeSpec]] = None,
                  grammars: Iterable[Union[Grammar, ModuleType]] = ()) -> DataFrame:
    """A DataFrame of the facts of ``df[text_column]``, one row per fact, with ``id_columns`` first.

    ``types`` and ``grammars`` select the grammars as for ``extract``. The
    result is lazy, as Spark's DataFrames are: extraction runs when it is
    written or collected. Raises ValueError for a column ``df`` does not have
    or an id column named like a column of the facts table, TypeError for a
    text column that is not a string column.
    """
    from pyspark.sql import types as spark_types

    names = _resolve_types(types)
    custom = tuple(as_grammar(grammar) for grammar in grammars)
    id_columns = [id_columns] if isinstance(id_columns, str) else list(id_columns)
    fields = {field.name: field for field in df.schema.fields}
    for name in [text_column, *id_columns]:
        if name not in fields:
            raise ValueError(f'no column {name!r} in the DataFrame (columns: {", ".join(fields)})')
    if not isinstance(fields[text_column].dataType, spark_types.StringType):
        raise TypeError(f'column {text_column!r} holds {fields[text_column].dataType.simpleString()}, not strings')
    schema = schema_for(names, custom, ids=id_columns)
    result = spark_schema(schema, [fields[name] for name in id_columns])

    def run(batches: Iterable[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        return _extract_batches(batches, text_column, id_columns, names, custom, schema)

    return df.select(*dict.fromkeys([*id_columns, text_column])).mapInArrow(run, result)
