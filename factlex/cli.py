"""Command-line interface: extract facts from Russian text files.

Usage::

    factlex [--types money,percent] [--format jsonl|text] [--workers N] [--quiet] [FILE ...]
    python -m factlex [...]

Each FILE is read as UTF-8; with no FILE, or where FILE is ``-``, standard
input is read. Offsets are character offsets into the text exactly as
``open(FILE, encoding='utf-8', newline='')`` reads it (no newline translation,
a byte-order mark is kept as U+FEFF), so ``text[start:stop]`` is the mention.

``--format jsonl`` (the default) prints one JSON object per fact per line::

    {"file": "news.txt", "type": "Money", "span": [10, 19], "text": "$1,7 млрд", ...}

``--format text`` prints an aligned listing, one fact per line::

    news.txt  10-19  Money    "$1,7 млрд"  amount=1700000000 currency=USD

A file that cannot be read or is not valid UTF-8 is reported on standard
error as ``factlex: FILE: reason``; the remaining files are still processed
and the exit status is 1. Usage errors exit with status 2.

``--workers N`` extracts on N processes (0: one per CPU), output staying in
the order of the files. A run that lasts more than a second shows a progress
line on standard error when that is a terminal, unless ``--quiet`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from importlib import metadata
from typing import Any, Optional, TextIO

from . import FACT_TYPES, extract_many, to_dict
from .parallel import default_workers
from .progress import Progress

__all__ = ['format_jsonl', 'format_text', 'main']

PROG = 'factlex'
STDIN = '-'
FORMATS = ('jsonl', 'text')

# Keys of ``to_dict`` output that the text format shows as columns of their
# own rather than as ``key=value`` fields.
_COLUMN_KEYS = frozenset({'type', 'span', 'text'})


class InputError(Exception):
    """An input could not be read; the message is the reason shown to the user."""


def _version() -> str:
    try:
        return metadata.version('factlex')
    except metadata.PackageNotFoundError:
        # Running from a source tree that was never installed.
        return 'unknown'


def _parse_types(value: str) -> tuple[str, ...]:
    valid = ', '.join(FACT_TYPES)
    names: list[str] = []
    for raw in value.split(','):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in FACT_TYPES:
            raise argparse.ArgumentTypeError(f'unknown type {raw.strip()!r} (valid types: {valid})')
        if name not in names:
            names.append(name)
    if not names:
        raise argparse.ArgumentTypeError(f'no type given (valid types: {valid})')
    return tuple(names)


def _parse_workers(value: str) -> int:
    try:
        workers = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a number: {value!r}') from None
    if workers < 0:
        raise argparse.ArgumentTypeError(f'must be 0 or more, got {workers}')
    return workers or default_workers()


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description='Extract typed facts (money, percentages, ...) from Russian text.',
        epilog='Exit status: 0 on success, 1 if some input could not be read, 2 on usage errors.',
    )
    parser.add_argument(
        'files',
        nargs='*',
        metavar='FILE',
        help="UTF-8 text file; '-' or none reads standard input",
    )
    parser.add_argument(
        '--types',
        type=_parse_types,
        metavar='TYPE[,TYPE...]',
        help=f'extract only these fact types (comma separated): {", ".join(FACT_TYPES)}; default all',
    )
    parser.add_argument(
        '--format',
        choices=FORMATS,
        default='jsonl',
        help='jsonl: one JSON object per fact (default); text: aligned human-readable listing',
    )
    parser.add_argument(
        '--workers',
        type=_parse_workers,
        default=1,
        metavar='N',
        help='extract on N processes, output in file order (0: one per CPU); default 1',
    )
    parser.add_argument(
        '--quiet',
        action='store_true',
        help='no progress line on standard error (it is shown only on a terminal anyway)',
    )
    parser.add_argument('--version', action='version', version=f'%(prog)s {_version()}')
    return parser


def _read(path: str, stdin: Optional[TextIO]) -> str:
    """Return the text of ``path`` (standard input for ``-``), raising InputError."""
    try:
        if path == STDIN:
            if stdin is None:
                raise InputError('standard input is not available')
            # Bytes, not the text layer: the locale's encoding and universal
            # newlines would both change the offsets.
            buffer = getattr(stdin, 'buffer', None)
            if buffer is None:
                return stdin.read()
            data = buffer.read()
        else:
            with open(path, 'rb') as file:
                data = file.read()
    except OSError as error:
        raise InputError(error.strerror or str(error)) from error
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError as error:
        # Decoding ourselves, rather than through open(), is what gives us
        # the byte offset, so the user can find the bad byte with a hex editor.
        raise InputError(f'invalid UTF-8 at byte {error.start} ({error.reason})') from error


def _quote(text: str) -> str:
    # JSON string syntax escapes newlines, tabs, quotes and control
    # characters, which keeps every fact on one line of the listing.
    return json.dumps(text, ensure_ascii=False)


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


def _pad(text: str, width: int) -> str:
    return text + ' ' * (width - _width(text))


def format_jsonl(path: str, text: str, facts: Iterable[Any]) -> str:
    """One JSON line per fact; ``file`` first, then ``to_dict`` in its order."""
    return ''.join(
        json.dumps({'file': path, **to_dict(fact, text)}, ensure_ascii=False) + '\n'
        for fact in facts
    )


def format_text(path: str, text: str, facts: Iterable[Any]) -> str:
    """An aligned listing of one file's facts: file, span, type, mention, fields."""
    rows: list[tuple[list[str], str]] = []
    for fact in facts:
        record = to_dict(fact, text)
        start, stop = record['span']
        fields = ' '.join(
            f'{key}={_field_value(value)}'
            for key, value in record.items()
            if key not in _COLUMN_KEYS and value is not None
        )
        rows.append(([path, f'{start}-{stop}', record['type'], _quote(text[start:stop])], fields))
    if not rows:
        return ''
    widths = [max(_width(cells[i]) for cells, _ in rows) for i in range(len(rows[0][0]))]
    lines = []
    for cells, fields in rows:
        line = '  '.join(_pad(cell, width) for cell, width in zip(cells, widths))
        lines.append(f'{line}  {fields}'.rstrip() + '\n')
    return ''.join(lines)


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


def _error(path: str, reason: str) -> None:
    print(f'{PROG}: {path}: {reason}', file=sys.stderr, flush=True)


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


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``factlex ... | head``): stop quietly, as
        # Python's documentation recommends, instead of printing a traceback.
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130


def _main(argv: Optional[Sequence[str]]) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        # argparse exits on --help, --version and usage errors; callers of
        # main() get the status back instead.
        return exit_.code if isinstance(exit_.code, int) else 2

    format_facts = format_jsonl if args.format == 'jsonl' else format_text
    paths = args.files or [STDIN]
    sizes = [_size(path) for path in paths]
    progress = Progress(len(paths), sum(sizes), sys.stderr, enabled=not args.quiet and _is_terminal(sys.stderr))
    # Files are read ahead of the output, by a bounded number, as extract_many
    # takes texts; what the output needs of each file waits here in order.
    read: deque[tuple[str, int, Optional[str], Optional[str]]] = deque()

    def texts() -> Iterator[str]:
        for path, size in zip(paths, sizes, strict=True):
            try:
                text = _read(path, sys.stdin)
            except InputError as error:
                read.append((path, size, None, str(error)))
                yield ''  # finds nothing at no cost, and keeps the files in step
            else:
                read.append((path, size, text, None))
                yield text

    # One extractor per process for the whole run: building grammars and
    # loading the morphology dictionary costs far more than a short file.
    output_is_terminal = _is_terminal(sys.stdout)
    workers = min(args.workers, len(paths))
    results = extract_many(texts(), workers=workers, types=args.types)
    status = 0
    blocks_written = 0
    try:
        for facts in results:
            path, size, text, reason = read.popleft()
            progress.advance(size)
            if text is None:
                progress.clear()
                _error(path, reason or '')
                status = 1
                continue
            output = format_facts(path, text, facts)
            if not output:
                continue
            if args.format == 'text' and blocks_written:
                # Widths differ between files, so a blank line marks where the
                # alignment restarts.
                output = '\n' + output
            if output_is_terminal:
                progress.clear()
            # Written and flushed per file so that long runs stream to the reader.
            _write(sys.stdout, output)
            blocks_written += 1
    except BrokenProcessPool:
        progress.clear()
        path = read[0][0] if read else paths[-1]
        _error(path, 'a worker process ended abruptly (killed, or out of memory?); '
                     'this file and the ones after it were not processed')
        return 1
    finally:
        results.close()
        progress.close()
    return status


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
