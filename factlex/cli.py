"""Command-line interface: extract facts from Russian text files.

Usage::

    factlex [--types money,percent] [--grammar MODULE[:NAME] ...] [--only-custom]
            [--input-format text|jsonl|html|parquet] [--encoding NAME|auto] [--glob PATTERN ...]
            [--files-from LIST] [--strict] [--text-column NAME] [--id-column NAME]
            [--format jsonl|text|html|csv|parquet] [--output FILE] [--workers N] [--quiet]
            [FILE|DIR ...]
    factlex debug [--types ...] TEXT ...
    python -m factlex [...]

Each FILE is read as UTF-8 (``--encoding`` names another, or ``auto``); a
folder stands for the files of its tree that match ``--glob``
(factlex.inputs); with no FILE, or where FILE is ``-``, standard input is
read. ``--input-format html`` reads a page's visible text, spans being
offsets into the HTML. ``factlex debug`` runs :mod:`factlex.debug` instead (a file
named ``debug`` is given as ``./debug``). docs/cli.md documents it all.

``--input-format text`` (the default): offsets are character offsets into
the text exactly as ``open(FILE, encoding='utf-8', newline='')`` reads it (no
newline translation, a byte-order mark is kept as U+FEFF), so
``text[start:stop]`` is the mention. ``--input-format jsonl``: each line is an
object ``{"id": ..., "text": "..."}``; the id (a string or a number) is
echoed and offsets are into that record's text. ``--input-format parquet``
(needs pyarrow): each row of a Parquet file is a record, its text in
``--text-column`` (default ``text``), its id in ``--id-column`` (default: the
row's number from 0); the file is read a few hundred rows at a time.

``--format jsonl`` (the default) prints one JSON object per fact per line
(docs/schema.json is its JSON Schema)::

    {"file": "news.txt", "type": "Money", "span": [10, 19], "text": "$1,7 млрд", ...}
    {"file": "news.jsonl", "id": 17, "type": "Money", "span": [10, 19], ...}

``--format text`` prints an aligned listing, one fact per line, coloured on
a terminal (with an ``id=`` column for jsonl input); a mention wider than
40 columns is cut with "…"::

    news.txt  10-19  Money    "$1,7 млрд"  amount=1700000000 currency=USD

``--format csv`` prints the facts table of :mod:`factlex.schema`, one row per
fact (``file``, ``id`` for jsonl and parquet input, then its flat columns);
``--format parquet --output FILE`` writes the same table, nested parts as
structs, to a Parquet file. docs/engines.md lists the columns.

``--format html`` prints one self-contained page (factlex.render) with a
section per file, per record, or per block of a long file.

Input streams, in constant memory: a text file is read in blocks of about
64 K characters cut only where the extractor ends a sentence anyway (see
:mod:`factlex.streaming`), a jsonl file line by line, and both are fed to
:func:`factlex.extract_many` lazily, output written as each block is done.

A file that cannot be read, is a directory, is binary (holds a NUL byte) or
is not valid UTF-8 is reported on standard error as ``factlex: FILE: reason``
(facts of the blocks before the bad spot have been printed by then); a bad
jsonl line as ``factlex: FILE:LINE: reason``, and the lines after it are
still read. A text whose extraction raises (a bug, or a custom grammar's
error) is reported as ``factlex: FILE: extraction failed: TYPE: message``
(``FILE:LINE (id ID)`` for a jsonl record; a block of a long text adds its
characters), prints no facts, and the texts after it are still extracted.
The remaining files are still processed and the exit status is 1. An empty
input is only a warning, unless ``--strict`` is given. Usage
errors exit with status 2.

``--workers N`` extracts on N processes (0: one per CPU), output staying in
input order. A run that lasts more than a second shows a progress line on
standard error when that is a terminal, unless ``--quiet`` is given.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import os
import sys
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple, Optional, TextIO

from . import FACT_TYPES, arguments, extract_many, streaming, to_dict
from .failure import Failure
from .parallel import default_workers
from .progress import Progress
from .streaming import EmptyInput, InputError, shift, split_blocks

__all__ = ['format_jsonl', 'format_text', 'main']

PROG = 'factlex'
STDIN = '-'
FORMATS = ('jsonl', 'text', 'html', 'csv', 'parquet')
INPUT_FORMATS = ('text', 'jsonl', 'html', 'parquet')

# Keys of ``to_dict`` output that the text format shows as columns of their
# own rather than as ``key=value`` fields.
_COLUMN_KEYS = frozenset({'type', 'span', 'text'})

#: Display columns the text format gives a mention, quotes included: a longer
#: one (an agreement may run to 150 characters) is cut with an ellipsis, so
#: that the value columns stay on the screen. jsonl and html keep it whole.
MENTION_WIDTH = 40

# JSON's whitespace: a jsonl line of nothing else is skipped.
_JSON_SPACE = ' \t\r\n'


def _version() -> str:
    from .version import __version__

    return __version__


def _parse_workers(value: str) -> int:
    try:
        workers = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a number: {value!r}') from None
    if workers < 0:
        raise argparse.ArgumentTypeError(f'must be 0 or more, got {workers}')
    return workers or default_workers()


def _parse_encoding(value: str) -> str:
    from .inputs import check_encoding

    try:
        return check_encoding(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description='Extract typed facts (money, percentages, officials, agreements) from Russian text.',
        epilog="'factlex debug TEXT' shows how a phrase is read (a file named debug: ./debug). "
               'Exit status: 0 on success, 1 if some input could not be read or some text failed to be '
               'extracted, 2 on usage errors.',
    )
    parser.add_argument(
        'files',
        nargs='*',
        metavar='FILE',
        help="UTF-8 file (see --encoding), or a folder: its files matching --glob, in its whole tree; "
             "'-' or none reads standard input",
    )
    parser.add_argument(
        '--types',
        type=arguments.types,
        metavar='TYPE[,TYPE...]',
        help=f'extract only these fact types (comma separated): {", ".join(FACT_TYPES)}; default all',
    )
    parser.add_argument(
        '--grammar',
        action='append',
        type=arguments.grammar,
        default=[],
        metavar='MODULE[:NAME]',
        help='add a custom grammar: a grammar module, or a Grammar object in a module (repeatable; '
             'see docs/custom-grammars.md)',
    )
    parser.add_argument(
        '--only-custom',
        action='store_true',
        help='run only the --grammar grammars, none of the built-in types',
    )
    parser.add_argument(
        '--input-format',
        choices=INPUT_FORMATS,
        default='text',
        help='text: plain text (default); jsonl: one {"id": ..., "text": "..."} object per line; '
             'html: an HTML page, its visible text read, spans into the HTML; '
             'parquet: a Parquet file, one text per row (--text-column, --id-column)',
    )
    parser.add_argument(
        '--encoding',
        type=_parse_encoding,
        default='utf-8',
        metavar='NAME',
        help="the encoding of text and html input (cp1251, koi8-r, ...), or 'auto' to detect it "
             "(needs factlex[encodings]); default utf-8",
    )
    parser.add_argument(
        '--glob',
        action='append',
        default=[],
        metavar='PATTERN',
        help="the files a folder stands for (repeatable); default '*.txt', '*.jsonl' or '*.html' "
             'and \'*.htm\' by --input-format',
    )
    parser.add_argument(
        '--files-from',
        metavar='LIST',
        help="read the files (or folders) to process from LIST, one per line ('-': standard input), "
             'after those given as arguments',
    )
    parser.add_argument(
        '--strict',
        action='store_true',
        help='an empty input is an error (exit status 1), not a warning',
    )
    parser.add_argument('--text-column', default='text', metavar='NAME',
                        help="parquet input: the column of the texts; default 'text'")
    parser.add_argument('--id-column', metavar='NAME',
                        help="parquet input: the column of the ids; default the row's number from 0")
    parser.add_argument(
        '--format',
        choices=FORMATS,
        default='jsonl',
        help='jsonl: one JSON object per fact (default); text: aligned human-readable listing; '
             'html: one page with the facts highlighted; csv: one row per fact (docs/engines.md); '
             'parquet: the same table in a Parquet file (needs --output)',
    )
    parser.add_argument('--output', metavar='FILE', help='--format parquet: the file to write')
    parser.add_argument(
        '--workers',
        type=_parse_workers,
        default=1,
        metavar='N',
        help='extract on N processes, output in input order (0: one per CPU); default 1',
    )
    parser.add_argument(
        '--quiet',
        action='store_true',
        help='no progress line on standard error (it is shown only on a terminal anyway)',
    )
    parser.add_argument('--version', action='version', version=f'%(prog)s {_version()}')
    return parser


##########
#   READING
##########


class _Unit(NamedTuple):
    """One text handed to the extractor, or one error, in input order."""

    index: int  # of the input on the command line
    path: str
    text: str = ''  # a block, with a little context after it (streaming.Block)
    offset: int = 0  # characters before the block in the file or record text
    stop: int = 0  # facts ending after this belong to the next block
    whole: bool = True  # the block is the whole file or record text
    id: Any = None  # the jsonl record's id; None for text input
    line: int = 0  # the jsonl record's line number
    where: str = ''  # FILE or FILE:LINE, for an error
    error: Optional[str] = None  # the reason, when this reports an error
    warning: bool = False  # the error is a warning unless --strict (an empty input)
    source: Any = None  # an HTML page's HtmlText, whose offsets the facts are given in


class _TextReader:
    """A text stream seen as the UTF-8 bytes it holds (a stand-in for ``.buffer``)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def read1(self, size: int = -1) -> bytes:
        # surrogatepass: a lone surrogate becomes bytes that decode() reports.
        return self._stream.read(size).encode('utf-8', 'surrogatepass')

    def readline(self) -> bytes:
        return self._stream.readline().encode('utf-8', 'surrogatepass')


def _open(path: str, stdin: Optional[TextIO]) -> contextlib.AbstractContextManager[Any]:
    """The binary file ``path`` (standard input for ``-``), raising InputError."""
    if path == STDIN:
        if stdin is None:
            raise InputError('standard input is not available')
        # Bytes, not the text layer: the locale's encoding and universal
        # newlines would both change the offsets. Left open at the end.
        buffer = getattr(stdin, 'buffer', None)
        return contextlib.nullcontext(buffer if buffer is not None else _TextReader(stdin))
    try:
        # A buffer of one read: jsonl's look for a NUL byte sees all of it.
        return open(path, 'rb', buffering=streaming.READ_BYTES)
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error


def _text_units(index: int, path: str, file: Any, encoding: str = 'utf-8') -> Iterator[_Unit]:
    from .inputs import decode_file

    for block in split_blocks(decode_file(file, encoding)):
        yield _Unit(index, path, block.text, block.offset, block.stop,
                    whole=block.offset == 0 and block.cut == 'end')


def _html_units(index: int, path: str, file: Any, encoding: str = 'utf-8') -> Iterator[_Unit]:
    # A page is read whole: its text and offsets are known only once it is parsed.
    from .inputs import decode_file, html_text

    page = html_text(''.join(decode_file(file, encoding)))
    for block in split_blocks((page.text,)):
        yield _Unit(index, path, block.text, block.offset, block.stop,
                    whole=block.offset == 0 and block.cut == 'end', source=page)


class _BadLine(Exception):
    """A jsonl line that is no record; the message is the reason."""


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if value is None:
        return 'null'
    if isinstance(value, (int, float)):
        return 'a number'
    if isinstance(value, str):
        return 'a string'
    return 'an array' if isinstance(value, list) else 'an object'


def _reject_constant(name: str) -> Any:
    raise _BadLine(f'invalid JSON: {name} is not a JSON value')


def _parse_record(line: bytes, position: int, first: bool) -> Optional[tuple[Any, str]]:
    """(id, text) of a jsonl line starting at byte ``position``; None for a blank line."""
    try:
        source = line.decode('utf-8')
    except UnicodeDecodeError as error:
        raise _BadLine(f'invalid UTF-8 at byte {position + error.start} ({error.reason})') from error
    if first and source.startswith('\ufeff'):
        source = source[1:]  # a byte-order mark, as some editors write
    # Without its line break, so that an error at the end has a column on this line.
    source = source.removesuffix('\n').removesuffix('\r')
    if not source.strip(_JSON_SPACE):
        return None
    try:
        record = json.loads(source, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise _BadLine(f'invalid JSON: {error.msg} (column {error.colno})') from error
    except (ValueError, RecursionError) as error:
        # An integer of more than 4300 digits, or arrays nested too deep.
        raise _BadLine(f'invalid JSON: {error}'[:200]) from error
    if not isinstance(record, dict):
        raise _BadLine(f'expected an object {{"id": ..., "text": "..."}}, got {_json_type(record)}')
    if 'text' not in record:
        raise _BadLine('no "text" key')
    if not isinstance(record['text'], str):
        raise _BadLine(f'"text" must be a string, got {_json_type(record["text"])}')
    if 'id' not in record:
        raise _BadLine('no "id" key')
    id_ = record['id']
    if isinstance(id_, bool) or not isinstance(id_, (str, int, float)):
        raise _BadLine(f'"id" must be a string or a number, got {_json_type(id_)}')
    if isinstance(id_, float) and not math.isfinite(id_):
        raise _BadLine('"id" is too large a number')
    return id_, record['text']


def _lines(file: Any) -> Iterator[bytes]:
    while True:
        try:
            line = file.readline()
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
        if not line:
            return
        yield line


def _jsonl_units(index: int, path: str, file: Any, encoding: str = 'utf-8') -> Iterator[_Unit]:
    peek = getattr(file, 'peek', None)
    if peek is not None:
        # A binary file is one error, not one per "line" before its first
        # NUL byte: look for one in what the first read brought in (64 KB of
        # a file; of a pipe, what was there).
        try:
            nul = peek(streaming.READ_BYTES)[:streaming.READ_BYTES].find(b'\0')
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
        if nul != -1:
            raise InputError(f'binary file (NUL byte at offset {nul})')
    position = 0  # bytes before the line
    number = 0
    for number, line in enumerate(_lines(file), 1):
        nul = line.find(b'\0')
        if nul != -1:
            # One error for the file, not one per line of an image or archive.
            raise InputError(f'binary file (NUL byte at offset {position + nul})')
        try:
            record = _parse_record(line, position, number == 1)
        except _BadLine as bad:
            yield _Unit(index, path, line=number, where=f'{path}:{number}', error=str(bad))
            record = None
        position += len(line)
        if record is None:
            continue
        id_, text = record
        # A long record is cut in blocks like a text file; most are one block.
        for block in split_blocks((text,)):
            yield _Unit(index, path, block.text, block.offset, block.stop,
                        whole=block.offset == 0 and block.cut == 'end', id=id_, line=number)
    if number == 0:
        raise EmptyInput('empty input')


def _parquet_units(index: int, path: str, file: Any, encoding: str = 'utf-8', *, text_column: str = 'text',
                   id_column: Optional[str] = None) -> Iterator[_Unit]:
    # ``encoding`` is the text readers'; Parquet strings are UTF-8 by the format.
    from .parquet import RowError, read_texts

    if path == STDIN:
        raise InputError('Parquet is read from a file, not from standard input')
    for item in read_texts(file, text_column, id_column):
        if isinstance(item, RowError):
            yield _Unit(index, path, line=item.row, where=path, error=str(item))
            continue
        row, id_, text = item
        for block in split_blocks((text,)):
            yield _Unit(index, path, block.text, block.offset, block.stop,
                        whole=block.offset == 0 and block.cut == 'end', id=id_, line=row)


##########
#   FORMATTING
##########


def _quote(text: str) -> str:
    # JSON string syntax escapes newlines, tabs, quotes and control
    # characters, which keeps every fact on one line of the listing.
    return json.dumps(text, ensure_ascii=False)


def _mention(text: str, width: int = MENTION_WIDTH) -> str:
    """``text`` quoted, cut with "…" inside the quotes to ``width`` display columns."""
    quoted = _quote(text)
    if _width(quoted) <= width:
        return quoted
    kept = []
    used = 3  # the quotes and the ellipsis
    for char in text:
        piece = _quote(char)[1:-1]
        if used + _width(piece) > width:
            break
        kept.append(piece)
        used += _width(piece)
    return '"' + ''.join(kept) + '…"'


def _field_value(value: Any) -> str:
    if isinstance(value, str):
        if value and not any(char.isspace() or char in '"=\\' for char in value):
            return value
        # Quoted so that "name=Иван Петров" cannot be misread as two fields.
        return _quote(value)
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(',', ':'))


def _width(text: str) -> int:
    # Display width, so that a wide (CJK) or combining character inside a
    # mention does not push the following columns out of line.
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ('W', 'F') else 1
    return width


def _moved(fact: Any, offset: int = 0, source: Any = None) -> Any:
    """``fact`` found in a block, in the offsets of its whole text: moved by
    ``offset`` characters, and into the offsets of an HTML page's ``source``."""
    moved = shift(fact, offset) if offset else fact
    return source.to_source(moved) if source is not None else moved


def _record(fact: Any, text: str, offset: int = 0, source: Any = None) -> dict[str, Any]:
    """``to_dict`` of ``fact``, found in ``text``, in the offsets of the whole
    input (:func:`_moved`); ``text`` stays the mention."""
    if not offset and source is None:
        return to_dict(fact, text)
    record = to_dict(_moved(fact, offset, source))
    return {'type': record.pop('type'), 'span': record.pop('span'), 'text': text[fact.span.start:fact.span.stop],
            **record}


def _jsonl(path: str, text: str, facts: Iterable[Any], offset: int = 0, id_: Any = None, source: Any = None) -> str:
    head: dict[str, Any] = {'file': path} if id_ is None else {'file': path, 'id': id_}
    return ''.join(
        json.dumps({**head, **_record(fact, text, offset, source)}, ensure_ascii=False) + '\n'
        for fact in facts
    )


def format_jsonl(path: str, text: str, facts: Iterable[Any]) -> str:
    """One JSON line per fact; ``file`` first, then ``to_dict`` in its order."""
    return _jsonl(path, text, facts)


class _Listing:
    """The text format of one input: columns aligned over all its facts so far.

    A long file comes in blocks, whose facts are printed as they are found;
    a column widens when a wider value comes, and the lines above stay as
    they were printed.
    """

    def __init__(self, color: bool = False) -> None:
        self.widths: list[int] = []
        self.color = color

    def format(self, path: str, text: str, facts: Iterable[Any], offset: int = 0, id_: Any = None,
               source: Any = None) -> str:
        rows: list[tuple[list[str], str]] = []
        for fact in facts:
            record = _record(fact, text, offset, source)
            start, stop = record['span']
            fields = ' '.join(
                f'{key}={_field_value(value)}'
                for key, value in record.items()
                if key not in _COLUMN_KEYS and value is not None
            )
            ids = [] if id_ is None else [f'id={_field_value(id_)}']
            rows.append(([path, *ids, f'{start}-{stop}', record['type'], _mention(record['text'])], fields))
        if not rows:
            return ''
        widths = [max(_width(cells[i]) for cells, _ in rows) for i in range(len(rows[0][0]))]
        self.widths = [max(pair) for pair in zip(widths, self.widths or widths)]
        lines = []
        for cells, fields in rows:
            shown = []
            for index, (cell, width) in enumerate(zip(cells, self.widths)):
                padding = ' ' * (width - _width(cell))
                if self.color and index >= len(cells) - 2:
                    # The type and the mention, in the colour of the type.
                    cell = _colorize(cell, cells[-2])
                shown.append(cell + padding)
            lines.append(f'{"  ".join(shown)}  {fields}'.rstrip() + '\n')
        return ''.join(lines)


def format_text(path: str, text: str, facts: Iterable[Any]) -> str:
    """An aligned listing of one file's facts: file, span, type, mention, fields."""
    return _Listing().format(path, text, facts)


def _colorize(value: str, type_name: str) -> str:
    from .render import colorize

    return colorize(value, type_name)


def _use_color(stream: TextIO) -> bool:
    from .render import use_color

    return use_color(stream)


class _Output:
    """What a format prints: before the first input, for each block or error, at the end."""

    def __init__(self, args: argparse.Namespace, paths: Sequence[str]) -> None:
        self.args = args
        self.paths = paths
        self.failed = False  # some facts could not be written

    def begin(self) -> str:
        return ''

    def unit(self, unit: _Unit, facts: list[Any]) -> str:
        return _jsonl(unit.path, unit.text, facts, unit.offset, unit.id, unit.source)

    def end(self) -> str:
        return ''

    def close(self) -> None:
        """Release what the output holds open, also when the run stops early."""


class _TextOutput(_Output):
    def __init__(self, args: argparse.Namespace, paths: Sequence[str]) -> None:
        super().__init__(args, paths)
        self.color = _use_color(sys.stdout)
        self.listing = _Listing(self.color)
        self.index = -1  # the input of the listing

    def unit(self, unit: _Unit, facts: list[Any]) -> str:
        if unit.index != self.index:
            self.index, self.listing = unit.index, _Listing(self.color)
        return self.listing.format(unit.path, unit.text, facts, unit.offset, unit.id, unit.source)


class _HtmlOutput(_Output):
    def begin(self) -> str:
        from .render import html_head

        names = self.paths if len(self.paths) <= 3 else [*self.paths[:3], '…']
        return html_head(f'{PROG}: {", ".join(names)}')

    def unit(self, unit: _Unit, facts: list[Any]) -> str:
        from .render import html_document

        if unit.id is None:
            name = unit.path
        else:
            name = unit.id if isinstance(unit.id, str) else json.dumps(unit.id)
            if len(self.paths) > 1:
                name = f'{unit.path}: {name}'
        if not unit.whole:
            # A long text is shown block by block, each with its own offsets.
            name += f', characters {unit.offset}–{unit.offset + unit.stop}'
        return html_document(name, unit.text[:unit.stop], facts)

    def end(self) -> str:
        from .render import html_tail

        return html_tail()


class _TableOutput(_Output):
    """Rows of the facts table (factlex.schema): ``file``, ``id`` for records, then the columns."""

    def __init__(self, args: argparse.Namespace, paths: Sequence[str]) -> None:
        from .tables import schema_for

        super().__init__(args, paths)
        # only records have ids: jsonl lines and Parquet rows, not text or HTML files
        self.ids = ['file', 'id'] if args.input_format in ('jsonl', 'parquet') else ['file']
        self.schema = schema_for(() if args.only_custom else args.types, args.grammar, self.ids)

    def rows(self, unit: _Unit, facts: list[Any]) -> list[dict[str, Any]]:
        head: dict[str, Any] = {'file': unit.path}
        if unit.id is not None:
            # One column type for every input: ids are strings, numbers written as JSON does.
            head['id'] = unit.id if isinstance(unit.id, str) else json.dumps(unit.id)
        rows = []
        for fact in facts:
            row = self.schema.row(_moved(fact, unit.offset, unit.source))
            row['text'] = unit.text[fact.span.start:fact.span.stop]
            rows.append({**head, **row})
        return rows


class _CsvOutput(_TableOutput):
    def begin(self) -> str:
        from .tables import csv_header

        return csv_header(self.schema, self.ids)

    def unit(self, unit: _Unit, facts: list[Any]) -> str:
        from .tables import csv_lines

        return csv_lines({**{key: row[key] for key in self.ids}, **self.schema.flat_row(row)}
                         for row in self.rows(unit, facts))


class _ParquetOutput(_TableOutput):
    def __init__(self, args: argparse.Namespace, paths: Sequence[str]) -> None:
        import pyarrow

        from .parquet import FactWriter

        super().__init__(args, paths)
        ids = [pyarrow.field(name, pyarrow.string(), nullable=False) for name in self.ids]
        self.writer = FactWriter(args.output, self.schema, ids)

    def unit(self, unit: _Unit, facts: list[Any]) -> str:
        try:
            self.writer.write(self.rows(unit, facts))
        except ValueError as error:
            _error(unit.path if unit.id is None else f'{unit.path}: id {unit.id}', f'facts not written: {error}')
            self.failed = True
        return ''

    def end(self) -> str:
        self.close()
        return ''

    def close(self) -> None:
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.close()


_OUTPUTS = {'jsonl': _Output, 'text': _TextOutput, 'html': _HtmlOutput, 'csv': _CsvOutput,
            'parquet': _ParquetOutput}


##########
#   WRITING
##########


def _write(stream: TextIO, chunk: str) -> None:
    buffer = getattr(stream, 'buffer', None)
    if buffer is None:
        stream.write(chunk)
        stream.flush()
        return
    # Always UTF-8, whatever the locale says: JSON Lines is UTF-8, and a
    # Latin-1 terminal would otherwise crash on the first Cyrillic letter.
    # backslashreplace only matters for undecodable file names (lone
    # surrogates from os.fsdecode); inside a JSON string "\udcff" stays valid.
    stream.flush()
    data = memoryview(chunk.encode('utf-8', 'backslashreplace'))
    while data:
        # A blocking write that the reader abandons half way returns a short
        # count instead of raising; writing the rest is what surfaces the
        # BrokenPipeError rather than silently dropping output.
        data = data[buffer.write(data):]
    buffer.flush()


def _error(where: str, reason: str) -> None:
    print(f'{PROG}: {where}: {reason}', file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    # The interpreter flushes stdout once more at exit; pointing the file
    # descriptor at /dev/null keeps that flush from raising again and
    # printing "Exception ignored ... BrokenPipeError" after we have left.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        # No real file descriptor (e.g. stdout replaced in-process).
        pass


##########
#   MAIN
##########


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ['debug']:
            return _debug(args[1:])
        return _main(args)
    except BrokenPipeError:
        # The reader went away (``factlex ... | head``): stop quietly, as
        # Python's documentation recommends, instead of printing a traceback.
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130


def _debug(argv: Sequence[str]) -> int:
    """``factlex debug ...``: factlex.debug's own command line."""
    try:
        from . import debug
    except ModuleNotFoundError as error:
        if error.name != f'{__package__}.debug':
            raise
        print(f'{PROG}: debug: not available in this version of factlex', file=sys.stderr)
        return 2
    return debug.main(argv)


def _useful_workers(requested: int, paths: Sequence[str], sizes: Sequence[int], input_format: str) -> int:
    """Workers worth starting: no more than there are blocks to extract, as far as sizes tell."""
    if requested <= 1 or input_format != 'text' or STDIN in paths:
        return requested
    # Bytes are at least characters, so this is an upper bound.
    return min(requested, sum(max(1, -(-size // streaming.BLOCK_CHARS)) for size in sizes))


def _main(argv: Sequence[str]) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits on --help, --version and usage errors; callers of
        # main() get the status back instead.
        return exit_.code if isinstance(exit_.code, int) else 2

    if args.only_custom and not args.grammar:
        parser.print_usage(sys.stderr)
        print(f'{PROG}: error: --only-custom needs a --grammar', file=sys.stderr)
        return 2
    types = () if args.only_custom else args.types
    if args.grammar:
        # Checked here, once, for a usage error rather than a traceback from
        # the first text: grammar names must be unique, workers need grammars
        # they can import.
        from .extractor import Extractor

        try:
            Extractor(types, grammars=args.grammar)
            extract_many((), workers=max(args.workers, 1), types=types, grammars=args.grammar).close()
        except (TypeError, ValueError) as error:
            print(f'{PROG}: error: {error}', file=sys.stderr)
            return 2

    if args.input_format == 'jsonl' and args.encoding != 'utf-8':
        parser.print_usage(sys.stderr)
        print(f'{PROG}: error: --encoding applies to text and html input; JSON Lines are UTF-8', file=sys.stderr)
        return 2
    try:
        paths, unreadable = _paths(args)
    except InputError as error:
        print(f'{PROG}: error: --files-from {args.files_from}: {error}', file=sys.stderr)
        return 2
    sizes = [_size(path) for path in paths]
    problem = _table_usage(args)
    if problem:
        parser.print_usage(sys.stderr)
        print(f'{PROG}: error: {problem}', file=sys.stderr)
        return 2
    try:
        output = _OUTPUTS[args.format](args, paths)
    except (OSError, ValueError) as error:
        print(f'{PROG}: error: {args.output or args.format}: {error}', file=sys.stderr)
        return 2
    read_units: Any = {'jsonl': _jsonl_units, 'html': _html_units}.get(args.input_format, _text_units)
    if args.input_format == 'parquet':
        read_units = functools.partial(_parquet_units, text_column=args.text_column, id_column=args.id_column)
    progress = Progress(len(paths), sum(sizes), sys.stderr, enabled=not args.quiet and _is_terminal(sys.stderr))
    # Blocks are read ahead of the output, by the bounded number extract_many
    # takes; what the output needs of each waits here in order.
    queue: deque[_Unit] = deque()

    def texts() -> Iterator[str]:
        for index, path in enumerate(paths):
            if index in unreadable:
                queue.append(_Unit(index, path, where=path, error=unreadable[index]))
                yield ' '
                continue
            try:
                with _open(path, sys.stdin) as file:
                    for unit in read_units(index, path, file, args.encoding):
                        queue.append(unit)
                        # An error is a text that finds nothing at no cost and
                        # keeps the output in step; ' ' rather than '' so that
                        # extract_many's chunks, sized in characters, stay
                        # bounded however many errors come in a row.
                        yield unit.text or ' '
            except EmptyInput as error:
                queue.append(_Unit(index, path, where=path, error=str(error), warning=True))
                yield ' '
            except InputError as error:
                queue.append(_Unit(index, path, where=path, error=_hint(str(error), args.encoding)))
                yield ' '

    # One extractor per process for the whole run: building grammars and
    # loading the morphology dictionary costs far more than a short file.
    output_is_terminal = _is_terminal(sys.stdout)
    workers = _useful_workers(args.workers, paths, sizes, args.input_format)
    # A text that raises is reported and the run goes on with the next one.
    results = extract_many(texts(), workers=workers, types=types, grammars=args.grammar, errors='report')
    status = 0
    counted = 0  # inputs counted as done by the progress line
    written_from = -1  # the input whose output came last, for text's blank lines

    def count_done(before: int) -> None:
        nonlocal counted
        while counted < before:
            progress.advance(sizes[counted])
            counted += 1

    try:
        _write(sys.stdout, output.begin())
        for facts in results:
            unit = queue.popleft()
            count_done(unit.index)
            if unit.error is not None or isinstance(facts, Failure):
                progress.clear()
                if isinstance(facts, Failure):
                    _error(_failed_where(unit), f'extraction failed: {facts.type}: {_one_line(facts.message)}')
                elif unit.warning and not args.strict:
                    # An empty file is most often a failed download among
                    # good ones: said, but the batch still succeeds.
                    _error(unit.where, f'warning: {unit.error} (skipped; --strict makes it an error)')
                    continue
                else:
                    _error(unit.where, unit.error)
                status = 1
                continue
            if unit.stop < len(unit.text):
                # Facts of the text after the block are the next block's.
                facts = [fact for fact in facts if fact.span.stop <= unit.stop]
            chunk = output.unit(unit, facts)
            if not chunk:
                continue
            if args.format == 'text' and unit.index != written_from and written_from != -1:
                # Widths differ between files, so a blank line marks where the
                # alignment restarts.
                chunk = '\n' + chunk
            if output_is_terminal:
                progress.clear()
            # Written and flushed per block so that long runs stream to the reader.
            _write(sys.stdout, chunk)
            written_from = unit.index
        count_done(len(paths))
        progress.clear()
        _write(sys.stdout, output.end())
    except BrokenProcessPool:
        progress.clear()
        _error(*_lost(queue, paths, counted))
        return 1
    finally:
        results.close()
        progress.close()
        output.close()
    return 1 if output.failed else status


def _table_usage(args: argparse.Namespace) -> Optional[str]:
    """What is wrong with the Parquet and output options, if anything."""
    if args.format == 'parquet' and not args.output:
        return '--format parquet needs --output FILE'
    if args.output and args.format != 'parquet':
        return '--output is for --format parquet; the other formats write to standard output'
    if args.input_format != 'parquet' and (args.id_column is not None or args.text_column != 'text'):
        return '--text-column and --id-column are for --input-format parquet'
    if 'parquet' in (args.format, args.input_format):
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            return "Parquet needs pyarrow: pip install 'factlex[parquet]'"
    return None


def _paths(args: argparse.Namespace) -> tuple[list[str], dict[int, str]]:
    """The files to read, folders expanded, and the reasons of those that cannot be."""
    from .inputs import DEFAULT_GLOBS, expand_paths, read_list

    given = list(args.files)
    if args.files_from is not None:
        try:
            if args.files_from == STDIN:
                given += read_list(sys.stdin)
            else:
                with open(args.files_from, encoding='utf-8') as listing:
                    given += read_list(listing)
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(getattr(error, 'strerror', None) or str(error)) from error
    expanded = expand_paths(given or [STDIN], args.glob or DEFAULT_GLOBS[args.input_format])
    paths: list[str] = []
    unreadable: dict[int, str] = {}
    for item in expanded:
        if isinstance(item, tuple):
            unreadable[len(paths)] = item[1]
            item = item[0]
        paths.append(item)
    return paths, unreadable


def _hint(reason: str, encoding: str) -> str:
    if reason.startswith('invalid UTF-8') and encoding == 'utf-8':
        return reason + '; if the file is in another encoding, give it: --encoding cp1251, or --encoding auto'
    return reason


def _failed_where(unit: _Unit) -> str:
    """FILE, FILE:LINE (id ID) for a jsonl record, and the characters of a block of a long text."""
    where = unit.path
    if unit.line:
        where += f':{unit.line} (id {json.dumps(unit.id, ensure_ascii=False)})'
    if not unit.whole:
        where += f' (characters {unit.offset}–{unit.offset + unit.stop})'
    return where


def _one_line(message: str) -> str:
    # One line per error on standard error, whatever the exception says.
    return ' '.join(message.split()) or '(no message)'


def _lost(queue: deque[_Unit], paths: Sequence[str], counted: int) -> tuple[str, str]:
    """(file, reason) for a worker that died: where the lost output starts."""
    reason = 'a worker process ended abruptly (killed, or out of memory?); '
    if not queue:
        return paths[min(counted, len(paths) - 1)], reason + 'this file and the ones after it were not processed'
    unit = queue[0]
    if unit.line > 1 or (unit.line and unit.offset):
        start = f'from line {unit.line} on'
    elif unit.offset:
        start = f'from character {unit.offset} on'
    else:
        return unit.path, reason + 'this file and the ones after it were not processed'
    return unit.path, reason + f'this file {start} and the files after it were not processed'


def _size(path: str) -> int:
    """Bytes in ``path`` for the progress line; 0 when unknown (standard input, errors)."""
    if path == STDIN:
        return 0
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
