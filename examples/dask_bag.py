"""factlex on Dask: the facts of a directory of text files as a ``dask.bag`` of JSON records.

Usage (needs ``pip install 'factlex[dask]'``)::

    python examples/dask_bag.py CORPUS_DIR [--types money,percent] [--partitions N] [--scheduler processes]

prints one JSON line per fact, as ``factlex --format jsonl`` does, with the
file name under ``file``, as the command line names it. The same functions run on a cluster: connect a
``dask.distributed.Client`` first and call ``.compute()`` without a
scheduler. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Optional

import dask.bag as db

from factlex import Extractor, to_dict


def extract_partition(documents: Iterable[tuple[str, str]], types: Optional[list[str]] = None) -> list[dict[str, Any]]:
    """The facts of one partition of ``(name, text)`` pairs as ``to_dict`` records with ``file``.

    One extractor per partition, not per document: building one builds a
    parser per grammar, which costs as much as extracting from a few pages.
    The morphology dictionaries are loaded once per worker process whatever
    the number of partitions.
    """
    extractor = Extractor(types)
    return [
        {'file': name, **to_dict(fact, text)}
        for name, text in documents
        for fact in extractor.extract(text)
    ]


def facts_bag(documents: db.Bag, types: Optional[list[str]] = None) -> db.Bag:
    """A bag of fact records from a bag of ``(name, text)`` pairs."""
    return documents.map_partitions(extract_partition, types)


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
    args = parser.parse_args(argv)
    bag = facts_bag(read_documents(args.corpus, args.partitions), args.types)
    for record in bag.compute(scheduler=args.scheduler):
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main())
