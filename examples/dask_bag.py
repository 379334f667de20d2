"""factlex on Dask: the facts of a directory of text files as a ``dask.bag`` of JSON records.

Usage (needs ``pip install 'factlex[dask]'``)::

    python examples/dask_bag.py CORPUS_DIR [--types money,percent] [--partitions N] [--scheduler processes]

prints one JSON line per fact, as ``factlex --format jsonl`` does, with the
file name under ``doc``. A file whose extraction raises is reported on
standard error as ``dask_bag: FILE: extraction failed: TYPE: message``, the
other files' facts are all printed, and the exit status is 1. The same
functions run on a cluster: connect a ``dask.distributed.Client`` first and
call ``.compute()`` without a scheduler. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Optional

import dask.bag as db

from factlex import Extractor, to_dict
from factlex.grammar import load_grammar


def extract_partition(documents: Iterable[tuple[str, str]], types: Optional[list[str]] = None,
                      errors: str = 'raise', grammars: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The facts of one partition of ``(name, text)`` pairs as ``to_dict`` records with ``doc``.

    One extractor per partition, not per document: building one builds a
    parser per grammar, which costs as much as extracting from a few pages.
    The morphology dictionaries are loaded once per worker process whatever
    the number of partitions. ``grammars`` adds custom grammars by name
    (``"module:NAME"``), which each worker imports.

    ``errors="raise"`` (the default) lets an exception raised on one
    document fail the task, as Dask does. ``errors="report"`` gives such a
    document one record ``{"doc": name, "error": {"type": ..., "message":
    ...}}`` and none of its facts, and goes on with the next document.
    """
    if errors not in ('raise', 'report'):
        raise ValueError(f"errors must be 'raise' or 'report', got {errors!r}")
    extractor = Extractor(types, grammars=[load_grammar(spec) for spec in grammars])
    records = []
    for name, text in documents:
        try:
            facts = extractor.extract(text)
        except Exception as error:  # noqa: BLE001 -- one document's failure, reported in its place
            if errors == 'raise':
                error.add_note(f'raised by document {name!r}')
                raise
            records.append({'doc': name, 'error': {'type': type(error).__name__, 'message': str(error)}})
            continue
        records += [{'doc': name, **to_dict(fact, text)} for fact in facts]
    return records


def facts_bag(documents: db.Bag, types: Optional[list[str]] = None, errors: str = 'raise',
              grammars: Sequence[str] = ()) -> db.Bag:
    """A bag of fact records from a bag of ``(name, text)`` pairs (and failure
    records, with ``errors="report"``: see :func:`extract_partition`)."""
    return documents.map_partitions(extract_partition, types, errors, tuple(grammars))


def _read(path: str) -> tuple[str, str]:
    # newline='' as the CLI reads: offsets are into the file as it is.
    with open(path, encoding='utf-8', newline='') as file:
        return path, file.read()


def read_documents(directory: str, partitions: int) -> db.Bag:
    """``(path, text)`` pairs of the ``*.txt`` files under ``directory``, read by the workers."""
    paths = sorted(str(path) for path in Path(directory).rglob('*.txt'))
    return db.from_sequence(paths, npartitions=max(1, min(partitions, len(paths)))).map(_read)


def main(argv: Optional[list[str]] = None) -> int:
    """Print the facts of CORPUS_DIR as JSON lines, extracted by Dask."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('corpus', metavar='CORPUS_DIR')
    parser.add_argument('--types', type=lambda value: value.split(','), default=None)
    parser.add_argument('--partitions', type=int, default=8)
    parser.add_argument('--scheduler', default='processes', help='threads, processes or sync; default processes')
    parser.add_argument('--grammar', action='append', default=[], metavar='MODULE:NAME', help='add a custom grammar')
    args = parser.parse_args(argv)
    bag = facts_bag(read_documents(args.corpus, args.partitions), args.types, 'report', args.grammar)
    status = 0
    for record in bag.compute(scheduler=args.scheduler):
        if 'error' in record:
            error = record['error']
            message = ' '.join(error['message'].split())
            print(f'dask_bag: {record["doc"]}: extraction failed: {error["type"]}: {message}', file=sys.stderr)
            status = 1
            continue
        print(json.dumps(record, ensure_ascii=False))
    return status


if __name__ == '__main__':
    sys.exit(main())
