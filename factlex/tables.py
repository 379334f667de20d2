"""Facts as flat rows: ``to_records``, ``to_dataframe`` (pandas) and CSV lines.

A flat row has the columns of :mod:`factlex.schema` with structs spread
into prefixed columns (``person_first``) and lists joined with ``'; '``.

>>> from factlex import extract
>>> text = 'Кредит на $1,7 млрд выдан под 4,4%.'
>>> rows = to_records(extract(text), text, ids={'doc': 'a.txt'})
>>> [(row['doc'], row['type'], row['text'], row['amount'], row['value']) for row in rows]
[('a.txt', 'Money', '$1,7 млрд', Decimal('1700000000'), None), ('a.txt', 'Percent', '4,4%', None, Decimal('4.4'))]
"""

from __future__ import annotations

import csv
import io
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Optional, Union

from .extractor import TypeSpec, _resolve_types
from .facts import FACT_TYPES, Fact
from .grammar import Grammar, as_grammar
from .parallel import extract_many
from .schema import LIST_SEPARATOR, Column, FactSchema, fact_schema

if TYPE_CHECKING:
    import pandas

__all__ = ['csv_header', 'csv_lines', 'describe', 'flat_names', 'read_folder', 'schema_for', 'to_dataframe', 'to_records']

Documents = Union['os.PathLike[str]', Mapping[Any, str], Iterable[tuple[Any, str]]]


def schema_for(types: Optional[Iterable[TypeSpec]] = None, grammars: Iterable[Union[Grammar, ModuleType]] = (),
               ids: Sequence[str] = ()) -> FactSchema:
    """The table schema for the facts ``extract(text, types)`` with ``grammars`` can give.

    Its columns are those of the built-in types selected by ``types`` (all by
    default), then those of the grammars' fact classes; ``ids`` are the names
    of the id columns the caller puts first.
    """
    classes = [FACT_TYPES[name] for name in _resolve_types(types)]
    classes += [as_grammar(grammar).fact for grammar in grammars]
    return fact_schema(classes, reserved=ids)


def to_records(facts: Iterable[Fact], text: Optional[str] = None, ids: Optional[Mapping[str, Any]] = None,
               schema: Optional[FactSchema] = None, join: Optional[str] = LIST_SEPARATOR) -> list[dict[str, Any]]:
    """Flat rows of the facts of one text: ``ids`` first, then the columns of ``schema``.

    ``text`` is the source the spans are into; without it ``text`` is None.
    ``schema`` defaults to the built-in fact classes and the classes of custom
    facts among ``facts``. Every row has every column, None where a fact has
    no such field; decimals stay :class:`~decimal.Decimal`. Lists are joined
    with ``join``, or kept as lists when it is None.
    """
    facts = list(facts)
    ids = dict(ids or {})
    if schema is None:
        extra = [type(fact) for fact in facts if type(fact) not in FACT_TYPES.values()]
        schema = fact_schema([*FACT_TYPES.values(), *extra], reserved=list(ids))
    return [{**ids, **schema.flat_row(schema.row(fact, text), join)} for fact in facts]


def read_folder(folder: Union[str, os.PathLike[str]], pattern: str = '*.txt') -> Iterator[tuple[str, str]]:
    """``(path, text)`` of the files matching ``pattern`` under ``folder``, in path order.

    Files are read as the CLI reads them (UTF-8, line ends kept), so spans
    are offsets into the file's text. Raises ValueError naming a file that
    is not UTF-8, and for a ``folder`` that is no directory.
    """
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f'{os.fspath(folder)}: not a directory')
    for path in sorted(root.rglob(pattern)):
        if not path.is_file():
            continue
        try:
            yield str(path), path.read_bytes().decode('utf-8')
        except UnicodeDecodeError as error:
            raise ValueError(f'{path}: not UTF-8 text ({error.reason} at byte {error.start})') from None


def _documents(documents: Documents) -> Iterable[tuple[Any, str]]:
    if isinstance(documents, os.PathLike):
        return read_folder(documents)
    if isinstance(documents, (str, bytes)):
        raise TypeError('documents must be a folder (a pathlib.Path), a mapping {id: text} '
                        'or (id, text) pairs, not a str: wrap a folder name in pathlib.Path')
    if isinstance(documents, Mapping):
        return documents.items()
    return documents


_PANDAS_TYPES = {'integer': 'Int64', 'boolean': 'boolean', 'float': 'Float64', 'string': 'string',
                 'decimal': 'object', 'list': 'object'}


def to_dataframe(documents: Documents, types: Optional[Iterable[TypeSpec]] = None,
                 grammars: Iterable[Union[Grammar, ModuleType]] = (), workers: int = 1,
                 id_column: Optional[str] = None) -> pandas.DataFrame:
    """A pandas DataFrame of the facts of ``documents``, one flat row per fact (needs pandas).

    ``documents`` is a folder (``pathlib.Path``: its ``*.txt`` files, read
    by :func:`read_folder`), a mapping ``{id: text}`` or ``(id, text)`` pairs.
    The first column holds the id, named ``id_column`` (default ``file`` for
    a folder, ``id`` otherwise); the others are :func:`to_records`'. Integers
    are pandas' nullable ``Int64``, strings its ``string`` dtype, decimals
    exact ``Decimal`` objects (None where missing).
    ``workers`` extracts on that many processes (``extract_many``).
    """
    try:
        import pandas
    except ImportError as error:
        raise ImportError("to_dataframe needs pandas: pip install 'factlex[pandas]'") from error
    if id_column is None:
        id_column = 'file' if isinstance(documents, os.PathLike) else 'id'
    grammars = tuple(grammars)
    schema = schema_for(types, grammars, ids=[id_column])
    pairs = _documents(documents)
    # Documents read ahead and not yet extracted: extract_many reads a bounded
    # number ahead, so the texts are not all kept in memory.
    pending: deque[tuple[Any, str]] = deque()

    def texts() -> Iterator[str]:
        for id_, text in pairs:
            pending.append((id_, text))
            yield text

    rows: list[dict[str, Any]] = []
    for facts in extract_many(texts(), workers=workers, types=types, grammars=grammars):
        id_, text = pending.popleft()
        rows += to_records(facts, text, {id_column: id_}, schema)
    columns = {id_column: pandas.Series([row[id_column] for row in rows], dtype=object)}
    for column in schema.flat_columns():
        columns[column.name] = pandas.Series([row[column.name] for row in rows],
                                             dtype=_PANDAS_TYPES[column.kind])
    return pandas.DataFrame(columns)


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return 'true' if value else 'false'
    return '' if value is None else value


def csv_header(schema: FactSchema, ids: Sequence[str] = ()) -> str:
    """The CSV header line: the id columns, then the flat columns of ``schema``."""
    return csv_lines([dict.fromkeys([*ids, *flat_names(schema)])], header=True)


def csv_lines(rows: Iterable[Mapping[str, Any]], header: bool = False) -> str:
    """CSV lines (RFC 4180, ``\\r\\n`` line ends) of flat rows; None is an empty cell, a bool ``true``/``false``.

    With ``header``, the line of the first row's keys instead of its values.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(list(row) if header else [_csv_value(value) for value in row.values()])
    return out.getvalue()


def flat_names(schema: FactSchema) -> list[str]:
    """The flat column names of ``schema``, as the CSV header and ``to_records`` have them."""
    return [column.name for column in schema.flat_columns()]


def describe(schema: Optional[FactSchema] = None) -> list[tuple[str, str, str]]:
    """``(flat column, kind, fact types)`` for the docs' table of columns."""
    schema = schema or fact_schema()
    result = []
    for column in schema.columns:
        owners = ', '.join(cls.__name__ for cls in schema.classes if cls.__name__ in column.owners) or 'all'
        for flat in column.flat():
            kind = flat.kind if flat.kind != 'list' else f'list of {_item(flat)}'
            result.append((flat.name, kind, owners))
    return result


def _item(column: Column) -> str:
    assert column.item is not None
    return column.item.kind
