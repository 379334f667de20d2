"""factlex.dask on a dask.distributed LocalCluster of two worker processes, and the example that uses it.

Worker processes receive the pickled tasks (the function, the schema, the
grammars) and send the facts back as Arrow-typed pandas frames or records,
so this also checks that all of that crosses process boundaries. One cluster
for the module, started by docs/engines.md's own example. Skipped when dask
is not installed (``pip install -e '.[test]'`` installs it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from engines import TEXTS, snippet
from factlex import extract, to_dict
from factlex.arrow import row_to_dict
from factlex.schema import fact_schema

db = pytest.importorskip('dask.bag', reason='part of the test extra: pip install -e .[test]')
dd = pytest.importorskip('dask.dataframe')
pytest.importorskip('dask.distributed')
pa = pytest.importorskip('pyarrow')
pq = pytest.importorskip('pyarrow.parquet')
pandas = pytest.importorskip('pandas')

EXAMPLES = Path(__file__).resolve().parent.parent / 'examples'
TYPES = ['money', 'percent', 'official']


@pytest.fixture(scope='module')
def docs_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """docs/engines.md's Dask example, run as written in a folder with its news.parquet; its namespace."""
    folder = tmp_path_factory.mktemp('dask')
    pq.write_table(pa.table({'doc_id': [f'doc{index}' for index in range(len(TEXTS))], 'text': TEXTS}),
                   folder / 'news.parquet', row_group_size=3)
    namespace: dict[str, Any] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        exec(snippet('## Dask'), namespace)  # noqa: S102 -- the documentation's own code
    namespace['folder'] = folder
    yield namespace
    namespace['client'].close()
    namespace['cluster'].close()


def test_the_docs_example_runs_on_two_worker_processes(docs_run: dict[str, Any]) -> None:
    """The example's cluster has two worker processes, and its Parquet output holds the facts of extract."""
    assert len(docs_run['client'].scheduler_info()['workers']) == 2
    rows = pq.read_table(docs_run['folder'] / 'facts').to_pylist()
    assert sorted((row['doc_id'], row['start'], row['type']) for row in rows) == sorted(
        (f'doc{index}', fact.span.start, type(fact).__name__)
        for index, text in enumerate(TEXTS) for fact in extract(text, types=TYPES))


def test_facts_equal_sequential_extract(docs_run: dict[str, Any]) -> None:
    """Every fact of every text with its ids, in order; missing, empty and factless texts give no rows."""
    from factlex.dask import extract_facts

    frame = pandas.DataFrame({'n': range(len(TEXTS) + 1), 'body': [*TEXTS, None]})
    texts = dd.from_pandas(frame, npartitions=3)
    facts = extract_facts(texts, 'body', 'n').compute()
    schema = fact_schema()
    table = pa.Table.from_pandas(facts, preserve_index=False)
    assert table.schema.field('amount').type == pa.decimal128(38, 10)
    got = [{'n': row['n'], **row_to_dict(schema, row)} for row in table.to_pylist()]
    expected = [{'n': index, **to_dict(fact, text)} for index, text in enumerate(TEXTS) for fact in extract(text)]
    assert len(expected) > 10 and got == expected


def test_bad_columns_are_clear_errors() -> None:
    """A missing column or a column of numbers as the text is refused before anything runs."""
    from factlex.dask import extract_facts

    texts = dd.from_pandas(pandas.DataFrame({'n': [1, 2], 'body': ['a', 'b']}), npartitions=1)
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_facts(texts, 'text', 'n')
    with pytest.raises(TypeError, match="column 'n' holds int64, not strings"):
        extract_facts(texts, 'n', 'body')


def test_facts_bag_on_the_cluster(docs_run: dict[str, Any]) -> None:
    """A Bag of (id, text) pairs gives the to_dict records of a sequential run, in order, the id under key."""
    from factlex.dask import facts_bag

    pairs = [*enumerate(TEXTS), (len(TEXTS), None)]
    records = facts_bag(db.from_sequence(pairs, npartitions=3), TYPES, key='doc').compute()
    assert records == [{'doc': index, **to_dict(fact, text)}
                       for index, text in enumerate(TEXTS) for fact in extract(text, types=TYPES)]


def test_the_bag_example_reads_a_folder(docs_run: dict[str, Any], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """examples/dask_bag.py prints the CLI's records of a tree of *.txt files, the file under doc."""
    monkeypatch.syspath_prepend(str(EXAMPLES))
    import dask_bag

    documents = {f'{index:02}.txt': text for index, text in enumerate(TEXTS)}
    documents['nested/x.txt'] = 'Инфляция составила 4,4%.'
    for name, text in documents.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding='utf-8')
    (tmp_path / 'notes.md').write_text('Рост 4,4%.', encoding='utf-8')
    assert dask_bag.main([str(tmp_path), '--types', 'money,percent', '--partitions', '3', '--scheduler', 'sync']) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert printed == [{'file': str(tmp_path / name), **to_dict(fact, text)}
                       for name, text in sorted(documents.items(), key=lambda item: str(tmp_path / item[0]))
                       for fact in extract(text, types=['money', 'percent'])]
