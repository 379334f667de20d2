"""The Dask example (examples/dask_bag.py) on Dask's local multi-process scheduler.

Worker processes receive the pickled task (the function, its ``types``) and
send facts back as records, so this also checks that all of that crosses
process boundaries. Skipped when dask is not installed (``pip install -e
'.[test]'`` installs it).
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factlex import extract, to_dict

db = pytest.importorskip('dask.bag')

EXAMPLES = Path(__file__).resolve().parent.parent / 'examples'

DOCUMENTS = {
    'credit.txt': 'Кредит на $1,7\u00a0млрд выдан под 4,4% годовых.',
    'empty.txt': 'Текст без фактов.',
    'official.txt': 'Встреча с вице-премьером Юрием Борисовым и главой «Ростеха» Сергеем Чемезовым.',
    'fine.txt': 'Штраф составит от 300 тыс. до 1 млн рублей.',
    'nested/report.txt': 'Инфляция составила 4,4%.\nБанк получил 350 тыс. руб. прибыли.',
}


@pytest.fixture
def dask_bag(monkeypatch):
    # On sys.path here, and so in the spawned workers, which get the parent's path.
    monkeypatch.syspath_prepend(str(EXAMPLES))
    import dask_bag

    return dask_bag


def _expected(types):
    return [
        {'file': name, **to_dict(fact, text)}
        for name, text in DOCUMENTS.items()
        for fact in extract(text, types=types)
    ]


def test_facts_bag_on_worker_processes(dask_bag):
    """map_partitions on two worker processes gives the facts of a sequential run, in order."""
    types = ['money', 'percent', 'official']
    documents = db.from_sequence(list(DOCUMENTS.items()), npartitions=3)
    records = dask_bag.facts_bag(documents, types).compute(scheduler='processes', num_workers=2)
    assert records == _expected(types)
    assert {record['type'] for record in records} == {'Money', 'Percent', 'Official'}


def test_read_documents_from_a_directory(dask_bag, tmp_path):
    """The example's reader finds the *.txt files of a tree, each read as the CLI reads it."""
    for name, text in DOCUMENTS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding='utf-8')
    (tmp_path / 'notes.md').write_text('Рост 4,4%.', encoding='utf-8')
    pairs = dask_bag.read_documents(str(tmp_path), partitions=2).compute(scheduler='sync')
    assert [(Path(path).relative_to(tmp_path).as_posix(), text) for path, text in pairs] == sorted(DOCUMENTS.items())


def test_the_snippet_of_the_docs_runs_as_a_script(tmp_path):
    """docs/performance.md's Dask snippet, saved as a script, runs on worker processes (issue 17:
    without its __main__ guard each spawned worker would start the work again)."""
    page = (EXAMPLES.parent / 'docs' / 'performance.md').read_text(encoding='utf-8')
    dask_section = page[page.index('### Dask'):]
    snippet = re.search(r'```python\n(.*?)```', dask_section, re.DOTALL).group(1)
    assert "if __name__ == '__main__':" in snippet
    (tmp_path / 'news').mkdir()
    for name, text in DOCUMENTS.items():
        (tmp_path / 'news' / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / 'news' / name).write_text(text, encoding='utf-8')
    (tmp_path / 'facts.py').write_text(snippet, encoding='utf-8')
    result = subprocess.run([sys.executable, 'facts.py', 'news'], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [
        {**record, 'file': str(Path('news') / record['file'])}
        for record in _expected(['money', 'percent'])
    ]
    assert sorted(records, key=json.dumps) == sorted(expected, key=json.dumps)
