"""factlex on Dask: the facts of a Dask DataFrame or Bag of texts (``pip install 'factlex[dask]'``).

::

    from factlex.dask import extract_facts

    texts = dask.dataframe.read_parquet('news.parquet')    # columns doc_id, text, ...
    facts = extract_facts(texts, 'text', ['doc_id'])       # lazy; .compute() or .to_parquet(...)

:func:`extract_facts` gives a DataFrame with one row per fact: the id
columns, then the facts table of :mod:`factlex.schema`, every column a
pandas ``ArrowDtype`` of the Arrow types Spark's function and the CLI's
Parquet output have (decimals exact, nested parts as structs). A row whose
text is missing or empty has no facts. :func:`facts_bag` does the same for a
Bag of ``(id, text)`` pairs and gives ``to_dict`` records.

Each worker process builds one :class:`~factlex.Extractor` and reuses it for
every partition it is given (:mod:`factlex.workers`); workers need factlex,
and a custom grammar's module, importable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Optional, Union

from .arrow import _pyarrow, arrow_schema, fact_rows, record_batch
from .extractor import TypeSpec, _resolve_types
from .grammar import Grammar, as_grammar
from .schema import FactSchema
from .serialize import to_dict
from .tables import schema_for
from .workers import worker_extractor

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas
    import pyarrow

__all__ = ['extract_facts', 'facts_bag']


def _frame(schema: pyarrow.Schema, rows: list[dict[str, Any]]) -> pandas.DataFrame:
    import pandas

    table = _pyarrow().Table.from_batches([record_batch(schema, rows)], schema=schema)
    return table.to_pandas(types_mapper=pandas.ArrowDtype)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _extract_partition(frame: pandas.DataFrame, text_column: str, id_columns: Sequence[str],
                       types: tuple[str, ...], grammars: tuple[Grammar, ...], schema: FactSchema,
                       output: pyarrow.Schema) -> pandas.DataFrame:
    """The facts table of one partition of texts (runs on a worker)."""
    extractor = worker_extractor(types, grammars)
    ids = [frame[name].tolist() for name in id_columns]
    return _frame(output, fact_rows(extractor, schema, frame[text_column].tolist(), id_columns, ids))


def extract_facts(df: dask.dataframe.DataFrame, text_column: str = 'text',
                  id_columns: Union[str, Sequence[str]] = ('id',), types: Optional[Iterable[TypeSpec]] = None,
                  grammars: Iterable[Union[Grammar, ModuleType]] = ()) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of the facts of ``df[text_column]``, one row per fact, ``id_columns`` first.

    ``types`` and ``grammars`` select the grammars as for ``extract``; the
    result is lazy. Raises ValueError for a column ``df`` lacks or an id
    column named like a column of the facts table, TypeError for a text
    column that holds no strings.
    """
    import pandas

    names = _resolve_types(types)
    custom = tuple(as_grammar(grammar) for grammar in grammars)
    id_columns = [id_columns] if isinstance(id_columns, str) else list(id_columns)
    for name in [text_column, *id_columns]:
        if name not in df.columns:
            raise ValueError(f'no column {name!r} in the DataFrame (columns: {", ".join(map(str, df.columns))})')
    dtype = df.dtypes[text_column]
    if not (pandas.api.types.is_string_dtype(dtype) or pandas.api.types.is_object_dtype(dtype)):
        raise TypeError(f'column {text_column!r} holds {dtype}, not strings')
    schema = schema_for(names, custom, ids=id_columns)
    pa = _pyarrow()
    meta_ids = pa.Schema.from_pandas(df._meta[id_columns], preserve_index=False)
    output = arrow_schema(schema, [meta_ids.field(name) for name in id_columns])
    meta = output.empty_table().to_pandas(types_mapper=pandas.ArrowDtype)
    return df[list(dict.fromkeys([*id_columns, text_column]))].map_partitions(
        _extract_partition, text_column, id_columns, names, custom, schema, output, meta=meta,
    )


def _bag_partition(documents: Iterable[tuple[Any, str]], key: str, types: tuple[str, ...],
                   grammars: tuple[Grammar, ...], report: bool) -> list[dict[str, Any]]:
    extractor = worker_extractor(types, grammars)
    records: list[dict[str, Any]] = []
    for id_, text in documents:
        if not _is_text(text):
            continue
        try:
            facts = extractor.extract(text)
        except Exception as error:  # noqa: BLE001 -- one document's failure, reported in its place or raised
            if not report:
                error.add_note(f'factlex.dask: raised by the document {id_!r}')
                raise
            records.append({key: id_, 'error': {'type': type(error).__name__, 'message': str(error)}})
            continue
        records += [{key: id_, **to_dict(fact, text)} for fact in facts]
    return records


def facts_bag(documents: dask.bag.Bag, types: Optional[Iterable[TypeSpec]] = None,
              grammars: Iterable[Union[Grammar, ModuleType]] = (), key: str = 'id',
              errors: str = 'raise') -> dask.bag.Bag:
    """A Bag of ``{key: id, **to_dict(fact, text)}`` records from a Bag of ``(id, text)`` pairs.

    The records are the CLI's jsonl lines with the id under ``key``. A pair
    whose text is missing or empty gives none. ``errors="raise"`` (the
    default) lets an exception raised on one document fail its task, with a
    note naming the document; ``errors="report"`` gives that document one
    record ``{key: id, "error": {"type": ..., "message": ...}}`` and none of
    its facts, and the partition goes on.
    """
    if errors not in ('raise', 'report'):
        raise ValueError(f"errors must be 'raise' or 'report', got {errors!r}")
    names = _resolve_types(types)
    custom = tuple(as_grammar(grammar) for grammar in grammars)
    return documents.map_partitions(_bag_partition, key, names, custom, errors == 'report')
