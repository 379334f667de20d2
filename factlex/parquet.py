"""Parquet files in and out of the command line (needs pyarrow).

:func:`read_texts` reads ``(row, id, text)`` from a Parquet file batch by
batch, never the whole file; :class:`FactWriter` writes nested fact rows in
the Arrow schema of :mod:`factlex.arrow`, which Spark's function gives too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, BinaryIO, Optional, Union

from .arrow import _pyarrow, arrow_schema, record_batch
from .schema import FactSchema
from .streaming import InputError

__all__ = ['BATCH_ROWS', 'FactWriter', 'RowError', 'read_texts']

#: Rows read at a time. A batch is read column chunk page by page, so memory
#: holds about this many texts whatever the size of the file's row groups.
BATCH_ROWS = 256

#: Bytes read from the file at a time, instead of a whole column chunk.
READ_BUFFER = 1 << 20

#: Fact rows gathered before they are written as one row group.
WRITE_ROWS = 50_000


class RowError(Exception):
    """A row that holds no text to read: ``row`` counts from 1, the message says why."""

    def __init__(self, row: int, reason: str) -> None:
        super().__init__(f'row {row}: {reason}')
        self.row = row


def _is_text(data_type: Any) -> bool:
    pa = _pyarrow()
    return pa.types.is_string(data_type) or pa.types.is_large_string(data_type) or (
        hasattr(pa.types, 'is_string_view') and pa.types.is_string_view(data_type))


def _is_id(data_type: Any) -> bool:
    return _is_text(data_type) or _pyarrow().types.is_integer(data_type)


def _describe(error: Exception) -> str:
    return str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__


def read_texts(file: Union[str, BinaryIO], text_column: str = 'text',
               id_column: Optional[str] = None) -> Iterator[Union[tuple[int, Any, str], RowError]]:
    """``(row, id, text)`` for each row of a Parquet file, or a :class:`RowError` for a row without text.

    ``row`` counts from 1; ``id`` is the ``id_column`` value, or the row's
    number from 0 without one. A file that is no Parquet file, lacks a
    column or has one of the wrong type raises :class:`InputError`, as does
    a file found corrupt part way, after the rows before it.
    """
    pa = _pyarrow()
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file, buffer_size=READ_BUFFER, pre_buffer=False)
    except (pa.ArrowException, OSError) as error:
        raise InputError(f'not a readable Parquet file ({_describe(error)})') from error
    schema = parquet.schema_arrow
    columns = [text_column] if id_column is None else [text_column, id_column]
    for name in columns:
        if name not in schema.names:
            raise InputError(f'no column {name!r} (columns: {", ".join(schema.names)})')
    if not _is_text(schema.field(text_column).type):
        raise InputError(f'column {text_column!r} holds {schema.field(text_column).type}, not strings')
    if id_column is not None and not _is_id(schema.field(id_column).type):
        raise InputError(f'id column {id_column!r} holds {schema.field(id_column).type}, '
                         'not strings or integers')
    row = 0
    batches = parquet.iter_batches(batch_size=BATCH_ROWS, columns=list(dict.fromkeys(columns)))
    while True:
        try:
            batch = next(batches, None)
        except (pa.ArrowException, OSError) as error:
            raise InputError(f'corrupt after row {row} ({_describe(error)})') from error
        if batch is None:
            return
        texts = batch.column(text_column).to_pylist()
        ids = batch.column(id_column).to_pylist() if id_column is not None else range(row, row + len(texts))
        for text, id_ in zip(texts, ids):
            row += 1
            if text is None:
                yield RowError(row, f'{text_column} is null')
            elif id_ is None:
                yield RowError(row, f'{id_column} is null')
            else:
                yield row, id_, text


class FactWriter:
    """Writes nested fact rows to a Parquet file of the facts table's schema.

    ``ids`` are the id columns' Arrow fields, which each row carries first.
    Use it as a context manager, or call :meth:`close`; the file is complete
    only then.
    """

    def __init__(self, path: str, schema: FactSchema, ids: Sequence[Any] = ()) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema(schema, ids)
        self.batches: list[Any] = []
        self.count = 0
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Add ``rows``, written in row groups of about WRITE_ROWS.

        Raises ValueError, with none of ``rows`` added, when one does not fit
        the schema (a decimal beyond decimal(38, 10)).
        """
        if rows:
            self.batches.append(record_batch(self.schema, rows))
            self.count += len(rows)
        if self.count >= WRITE_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the rows added so far."""
        if self.batches:
            self.writer.write_table(_pyarrow().Table.from_batches(self.batches, schema=self.schema))
            self.batches, self.count = [], 0

    def close(self) -> None:
        """Write what is left and the file's footer."""
        try:
            self.flush()
        finally:
            self.writer.close()

    def __enter__(self) -> FactWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
