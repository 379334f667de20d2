"""factlex on Dask: the facts of a directory of text files as a ``dask.bag`` of JSON records.

Usage (needs ``pip install 'factlex[dask]'``)::

    python examples/dask_bag.py CORPUS_DIR [--types money,percent] [--partitions N] [--scheduler processes]

prints one JSON line per fact, as ``factlex --format jsonl`` does, with the
file name under ``file``, as the command line names it. The extraction is
:func:`factlex.dask.facts_bag`; this script only reads the files. A file whose
extraction raises is reported on standard error as ``dask_bag: FILE:
extraction failed: TYPE: message``, the other files' facts are all printed,
and the exit status is 1. The same runs on a cluster: connect a
``dask.distributed.Client`` first and call ``.compute()`` without a
scheduler. See docs/engines.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

import dask.bag as db

from factlex.dask import facts_bag
from factlex.grammar import load_grammar


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
    grammars = [load_grammar(spec) for spec in args.grammar]
    bag = facts_bag(read_documents(args.corpus, args.partitions), args.types, grammars, key='file', errors='report')
    status = 0
    for record in bag.compute(scheduler=args.scheduler):
        if 'error' in record:
            error = record['error']
            message = ' '.join(error['message'].split())
            print(f'dask_bag: {record["file"]}: extraction failed: {error["type"]}: {message}', file=sys.stderr)
            status = 1
            continue
        print(json.dumps(record, ensure_ascii=False))
    return status


if __name__ == '__main__':
    sys.exit(main())
