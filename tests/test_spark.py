"""factlex.spark on a real local Spark session (local[2]): the facts of sequential extract, as a table.

One session for the module: starting Spark costs seconds. Skipped when
pyspark is not installed (``pip install -e '.[test]'`` installs it); Java 17
must be on the machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engines import EXAMPLES, TEXTS, snippet
from factlex import Extractor, Money, Official, extract, to_dict
from factlex.arrow import row_to_dict
from factlex.schema import fact_schema

pytest.importorskip('pyspark', reason='part of the test extra: pip install -e .[test]')
pa = pytest.importorskip('pyarrow')


@pytest.fixture(scope='module')
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # Python workers run this interpreter, which has factlex, not whatever python3 is on PATH.
    before = os.environ.get('PYSPARK_PYTHON')
    os.environ['PYSPARK_PYTHON'] = sys.executable
    session = (SparkSession.builder.master('local[2]').appName('factlex-tests')
               .config('spark.ui.enabled', 'false')
               # Batches of two rows: each worker serves several with one extractor.
               .config('spark.sql.execution.arrow.maxRecordsPerBatch', '2')
               .getOrCreate())
    session.sparkContext.setLogLevel('ERROR')
    yield session
    session.stop()
    if before is None:
        del os.environ['PYSPARK_PYTHON']
    else:
        os.environ['PYSPARK_PYTHON'] = before


def _texts(spark: Any) -> Any:
    rows = [(index, f'doc-{index}', text) for index, text in enumerate(TEXTS)] + [(len(TEXTS), 'null', None)]
    return spark.createDataFrame(rows, 'n long, name string, body string').repartition(2)


def _sorted(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda record: (record['n'], record['span'], record['type'], repr(record)))


def test_facts_equal_sequential_extract(spark: Any) -> None:
    """Every fact of every text, with its ids, as extract gives it; null, empty and factless texts give no rows."""
    from factlex.spark import extract_facts

    facts = extract_facts(_texts(spark), 'body', ['n', 'name'])
    schema = fact_schema()
    got = [{'n': row['n'], 'name': row['name'], **row_to_dict(schema, row.asDict(recursive=True))}
           for row in facts.collect()]
    expected = [{'n': index, 'name': f'doc-{index}', **to_dict(fact, text)}
                for index, text in enumerate(TEXTS) for fact in extract(text)]
    assert len(expected) > 10 and {record['type'] for record in expected} == {'Money', 'Percent', 'Official',
                                                                               'Agreement'}
    assert _sorted(got) == _sorted(expected)


def test_schema_is_the_documented_one(spark: Any) -> None:
    """Ids keep their types, then the facts table: decimals as decimal(38,10), the person as a struct."""
    from factlex.spark import extract_facts, spark_schema

    texts = _texts(spark)
    facts = extract_facts(texts, 'body', 'n', types=['money', 'official'])
    fields = {field.name: field.dataType.simpleString() for field in facts.schema.fields}
    assert list(fields)[:5] == ['n', 'type', 'start', 'stop', 'text']
    assert (fields['n'], fields['amount'], fields['person']) == (
        'bigint', 'decimal(38,10)', 'struct<start:bigint,stop:bigint,first:string,middle:string,last:string>')
    assert 'value' not in fields  # Percent was not asked for
    assert facts.schema == spark_schema(fact_schema([Money, Official], reserved=['n']), [texts.schema['n']])


def test_a_custom_grammar_runs_on_the_workers(spark: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A grammar module shipped with addPyFile gives its facts, with its own columns."""
    from factlex.spark import extract_facts

    monkeypatch.syspath_prepend(str(EXAMPLES))
    import dates

    spark.sparkContext.addPyFile(str(EXAMPLES / 'dates.py'))
    rows = extract_facts(_texts(spark), 'body', ['n'], types=[], grammars=[dates.GRAMMAR]).collect()
    expected = [(index, fact) for index, text in enumerate(TEXTS)
                for fact in Extractor(types=[], grammars=[dates.GRAMMAR]).extract(text)]
    assert expected
    got = sorted((row['n'], row['start'], row['stop'], row['year'], row['month'], row['day']) for row in rows)
    assert got == sorted((index, fact.span.start, fact.span.stop, fact.year, fact.month, fact.day)
                         for index, fact in expected)


def test_bad_columns_are_clear_errors(spark: Any) -> None:
    """A missing column or a text column of numbers is refused before anything runs."""
    from factlex.spark import extract_facts

    texts = _texts(spark)
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_facts(texts, 'text', ['n'])
    with pytest.raises(TypeError, match="column 'n' holds bigint, not strings"):
        extract_facts(texts, 'n', ['name'])
    with pytest.raises(ValueError, match='id column'):
        extract_facts(texts.withColumnRenamed('name', 'type'), 'body', ['type'])


def test_one_extractor_serves_every_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker function builds its Extractor once for all batches and calls (run here, in-process)."""
    from factlex import spark as factlex_spark
    from factlex import workers

    built = []
    monkeypatch.setattr(workers, '_extractors', {})
    monkeypatch.setattr(workers, 'Extractor', lambda *args, **kwargs: built.append(1) or Extractor(*args, **kwargs))
    batch = pa.RecordBatch.from_pydict({'n': [1, 2], 'body': ['Рост 4,4%.', None]})
    schema = fact_schema()
    for _ in range(2):
        out = list(factlex_spark._extract_batches([batch, batch], 'body', ['n'], ('percent',), (), schema))
        assert [b.num_rows for b in out] == [1, 1]
    assert built == [1]


def test_the_docs_example_runs(spark: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/engines.md's Spark example, as written, writes the facts of a Parquet file of texts."""
    pq = pytest.importorskip('pyarrow.parquet')
    monkeypatch.chdir(tmp_path)
    pq.write_table(pa.table({'doc_id': [f'doc{index}' for index in range(len(TEXTS))], 'text': TEXTS}),
                   'news.parquet')
    # Spark's JVM resolves relative paths against its own working directory, not this test's.
    code = snippet('## Spark').replace("'news.parquet'", repr(str(tmp_path / 'news.parquet')))
    code = code.replace("'facts.parquet'", repr(str(tmp_path / 'facts.parquet')))
    exec(code, {})  # noqa: S102 -- the documentation's own code
    rows = pq.read_table(tmp_path / 'facts.parquet').to_pylist()
    types = ['money', 'percent', 'official']
    assert sorted((row['doc_id'], row['start'], row['type']) for row in rows) == sorted(
        (f'doc{index}', fact.span.start, type(fact).__name__)
        for index, text in enumerate(TEXTS) for fact in extract(text, types=types))
