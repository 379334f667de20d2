"""Throughput of factlex.spark and factlex.dask with 1 and 2 workers (docs/engines.md's table).

Usage (needs ``pip install -e '.[test]'``)::

    python tools/engines_bench.py CORPUS_DIR [--megabytes 100] [--engines spark,dask] [--workers 1,2]

The ``*.txt`` files of CORPUS_DIR are repeated until the text reaches
``--megabytes`` of UTF-8 and written, one file a row, to a Parquet file in a
scratch folder under /tmp (never in the repository). Each engine then reads
it and writes the facts to Parquet, once per worker count, in a fresh child
process. Printed per run: start-up (session or cluster), the run itself,
characters per second of the run, and the facts written. Before the runs, the
overheads of one process: building an Extractor, and turning facts into
Arrow rows against extracting them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARTITIONS_PER_WORKER = 8


def make_corpus(corpus: Path, megabytes: float, folder: Path) -> tuple[Path, int]:
    """A Parquet file of ``doc_id, text`` rows repeating the corpus to ``megabytes``; its characters."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = sorted(corpus.rglob('*.txt'))
    if not files:
        raise SystemExit(f'{corpus}: no *.txt files')
    texts = [(path.relative_to(corpus).as_posix(), path.read_text(encoding='utf-8')) for path in files]
    ids, rows, size, copy = [], [], 0, 0
    while size < megabytes * 1_000_000:
        for name, text in texts:
            ids.append(f'{copy}/{name}')
            rows.append(text)
            size += len(text.encode('utf-8'))
        copy += 1
    path = folder / 'texts.parquet'
    pq.write_table(pa.table({'doc_id': ids, 'text': rows}), path)
    return path, sum(map(len, rows))


def overheads(texts: Path, limit: int = 300_000) -> dict[str, float]:
    """Seconds to build an Extractor, to extract ``limit`` characters, and to make Arrow rows of their facts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from factlex import Extractor
    from factlex.arrow import arrow_schema, record_batch
    from factlex.schema import fact_schema

    start = time.perf_counter()
    extractor = Extractor()
    extractor.extract('Кредит на $1,7 млрд.')
    built = time.perf_counter() - start
    sample, size = [], 0
    for text in pq.read_table(texts, columns=['text']).column('text').to_pylist():
        sample.append(text)
        size += len(text)
        if size >= limit:
            break
    start = time.perf_counter()
    found = [(text, extractor.extract(text)) for text in sample]
    extracted = time.perf_counter() - start
    schema = fact_schema()
    output = arrow_schema(schema, [pa.field('doc_id', pa.string())])
    start = time.perf_counter()
    batch = record_batch(output, [{'doc_id': 'x', **schema.row(fact, text)} for text, facts in found for fact in facts])
    converted = time.perf_counter() - start
    return {'build_s': built, 'sample_chars': size, 'extract_s': extracted, 'arrow_s': converted,
            'facts': batch.num_rows}


def run_spark(texts: str, out: str, workers: int) -> dict[str, float]:
    """Start a local[workers] session, extract, write; seconds of each step."""
    os.environ['PYSPARK_PYTHON'] = sys.executable
    start = time.perf_counter()
    from pyspark.sql import SparkSession

    from factlex.spark import extract_facts

    spark = (SparkSession.builder.master(f'local[{workers}]').config('spark.ui.enabled', 'false')
             .config('spark.driver.memory', '2g').getOrCreate())
    spark.sparkContext.setLogLevel('ERROR')
    ready = time.perf_counter()
    frame = spark.read.parquet(texts).repartition(PARTITIONS_PER_WORKER * workers)
    extract_facts(frame, 'text', ['doc_id']).write.mode('overwrite').parquet(out)
    done = time.perf_counter()
    facts = spark.read.parquet(out).count()
    spark.stop()
    return {'startup_s': ready - start, 'run_s': done - ready, 'facts': facts}


def run_dask(texts: str, out: str, workers: int) -> dict[str, float]:
    """Start a LocalCluster of ``workers`` processes, extract, write; seconds of each step."""
    start = time.perf_counter()
    import dask.dataframe as dd
    import pyarrow.parquet as pq
    from dask.distributed import Client, LocalCluster

    from factlex.dask import extract_facts

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    ready = time.perf_counter()
    frame = dd.read_parquet(texts).repartition(npartitions=PARTITIONS_PER_WORKER * workers)
    extract_facts(frame, 'text', ['doc_id']).to_parquet(out, overwrite=True)
    done = time.perf_counter()
    facts = pq.read_table(out).num_rows
    client.close()
    cluster.close()
    return {'startup_s': ready - start, 'run_s': done - ready, 'facts': facts}


def main(argv: list[str] | None = None) -> int:
    """Make the corpus, measure the overheads, run each engine with each worker count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('corpus', type=Path, metavar='CORPUS_DIR')
    parser.add_argument('--megabytes', type=float, default=100)
    parser.add_argument('--engines', default='spark,dask')
    parser.add_argument('--workers', default='1,2')
    parser.add_argument('--child', nargs=4, metavar=('ENGINE', 'TEXTS', 'OUT', 'WORKERS'), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        engine, texts, out, workers = args.child
        result = (run_spark if engine == 'spark' else run_dask)(texts, out, int(workers))
        print(json.dumps(result))
        return 0
    folder = Path(tempfile.mkdtemp(prefix='factlex-engines-'))
    texts, chars = make_corpus(args.corpus, args.megabytes, folder)
    print(f'corpus: {texts} ({texts.stat().st_size / 1e6:.1f} MB Parquet, {chars:,} characters)', flush=True)
    print('overheads:', json.dumps(overheads(texts)), flush=True)
    print('| engine | workers | start-up, s | run, s | characters/s | facts |')
    print('| --- | --- | --- | --- | --- | --- |', flush=True)
    for engine in args.engines.split(','):
        for workers in args.workers.split(','):
            out = folder / f'facts-{engine}-{workers}'
            child = subprocess.run([sys.executable, __file__, str(args.corpus), '--child', engine, str(texts),
                                    str(out), workers], capture_output=True, text=True, check=False)
            if child.returncode:
                print(child.stderr[-3000:], file=sys.stderr)
                return 1
            result = json.loads(child.stdout.strip().splitlines()[-1])
            print(f'| {engine} | {workers} | {result["startup_s"]:.1f} | {result["run_s"]:.1f} | '
                  f'{chars / result["run_s"]:,.0f} | {result["facts"]:,} |', flush=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
