"""factlex --input-format parquet, --format parquet and --format csv: the facts table on the command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli_helpers import records, run_main
from factlex import extract, from_dict, to_dict
from factlex.arrow import row_to_dict
from factlex.schema import fact_schema

pa = pytest.importorskip('pyarrow', reason='part of the test extra: pip install -e .[test]')
pq = pytest.importorskip('pyarrow.parquet')

DOCS = Path(__file__).resolve().parent.parent / 'docs'
TEXTS = [
    DOCS.joinpath('example.txt').read_text(encoding='utf-8'),
    'Текст без фактов.',
    '',
    'Штраф составит от 300 тыс. до 1 млн рублей, около 2,5%.',
]


@pytest.fixture
def texts_parquet(tmp_path: Path) -> Path:
    path = tmp_path / 'texts.parquet'
    # Small row groups, so that reading crosses several.
    pq.write_table(pa.table({'doc_id': [f'doc{index}' for index in range(len(TEXTS))], 'body': TEXTS}), path,
                   row_group_size=2)
    return path


def test_parquet_round_trip_is_lossless(texts_parquet: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Facts read back from the written file are to_dict of the extracted facts, and from_dict gives the facts."""
    out = tmp_path / 'facts.parquet'
    status, stdout, stderr = run_main(['--input-format', 'parquet', '--text-column', 'body', '--id-column', 'doc_id',
                                       '--format', 'parquet', '--output', str(out), str(texts_parquet)], capsys)
    assert (status, stdout, stderr) == (0, '', '')
    table = pq.read_table(out)
    assert table.column_names[:2] == ['file', 'id']
    rows = table.to_pylist()
    expected = [(f'doc{index}', fact, text) for index, text in enumerate(TEXTS) for fact in extract(text)]
    assert len(rows) == len(expected) and len(rows) > 10
    schema = fact_schema()
    for row, (id_, fact, text) in zip(rows, expected):
        assert (row['file'], row['id']) == (str(texts_parquet), id_)
        assert row_to_dict(schema, row) == to_dict(fact, text)
        assert from_dict(row_to_dict(schema, row)) == fact


def test_parquet_input_gives_jsonl_like_jsonl_input(texts_parquet: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The same records as jsonl input of the same texts; without --id-column the id is the row number."""
    jsonl = tmp_path / 'texts.jsonl'
    jsonl.write_text(''.join(json.dumps({'id': index, 'text': text}) + '\n' for index, text in enumerate(TEXTS)),
                     encoding='utf-8')
    _, from_jsonl, _ = run_main(['--input-format', 'jsonl', str(jsonl)], capsys)
    status, from_parquet, _ = run_main(['--input-format', 'parquet', '--text-column', 'body', str(texts_parquet)],
                                       capsys)
    assert status == 0
    assert [{**record, 'file': None} for record in records(from_parquet)] == \
        [{**record, 'file': None} for record in records(from_jsonl)]


def test_bad_parquet_input_is_reported_and_the_rest_goes_on(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A missing column, a non-string text column, a corrupt file and null texts are errors; the rest is read."""
    good = tmp_path / 'good.parquet'
    pq.write_table(pa.table({'text': ['Рост 4,4%.', None, 'Кредит на $1,7 млрд.'], 'n': [1, 2, 3]}), good)
    corrupt = tmp_path / 'corrupt.parquet'
    corrupt.write_bytes(good.read_bytes()[:-30] + b'\0' * 30)
    status, stdout, stderr = run_main(['--input-format', 'parquet', str(corrupt), str(good),
                                       str(tmp_path / 'missing.parquet')], capsys)
    assert status == 1
    assert [record['text'] for record in records(stdout)] == ['4,4%', '$1,7 млрд.']
    assert [record['id'] for record in records(stdout)] == [0, 2]
    lines = stderr.splitlines()
    assert lines[0].startswith(f'factlex: {corrupt}: not a readable Parquet file (')
    assert lines[1:] == [f'factlex: {good}: row 2: text is null',
                         f'factlex: {tmp_path / "missing.parquet"}: No such file or directory']
    status, _, stderr = run_main(['--input-format', 'parquet', '--id-column', 'doc', str(good)], capsys)
    assert (status, stderr) == (1, f"factlex: {good}: no column 'doc' (columns: text, n)\n")
    status, _, stderr = run_main(['--input-format', 'parquet', '--text-column', 'n', str(good)], capsys)
    assert (status, stderr) == (1, f"factlex: {good}: column 'n' holds int64, not strings\n")
    status, _, stderr = run_main(['--input-format', 'parquet', '-'], capsys)
    assert (status, stderr) == (1, 'factlex: -: Parquet is read from a file, not from standard input\n')


def test_output_options_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format parquet needs --output, the others refuse it, and an unwritable output is a usage error."""
    text = tmp_path / 'a.txt'
    text.write_text('Рост 4,4%.', encoding='utf-8')
    for args, message in [
        (['--format', 'parquet', str(text)], '--format parquet needs --output FILE'),
        (['--output', 'x', str(text)], '--output is for --format parquet'),
        (['--id-column', 'doc', str(text)], '--text-column and --id-column are for --input-format parquet'),
        (['--format', 'parquet', '--output', str(tmp_path / 'no' / 'x.parquet'), str(text)], 'no/x.parquet'),
    ]:
        status, stdout, stderr = run_main(args, capsys)
        assert (status, stdout) == (2, '') and message in stderr, stderr


def test_a_folder_of_news_becomes_a_csv_in_one_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """factlex --format csv FILE... prints the header and one row per fact with the table's flat columns."""
    paths = []
    news = [text for text in TEXTS if text]  # the CLI reports an empty file as an error
    for index in range(30):
        path = tmp_path / f'news{index:02}.txt'
        path.write_text(news[index % len(news)], encoding='utf-8')
        paths.append(str(path))
    status, stdout, stderr = run_main(['--format', 'csv', *paths], capsys)
    assert (status, stderr) == (0, '')
    rows = list(csv.DictReader(io.StringIO(stdout, newline='')))
    schema = fact_schema()
    assert list(rows[0]) == ['file', *(column.name for column in schema.flat_columns())]
    expected = [{'file': path, **schema.flat_row(schema.row(fact, text))}
                for path in paths for text in [Path(path).read_text(encoding='utf-8')] for fact in extract(text)]
    assert rows == [{key: '' if value is None else str(value) for key, value in row.items()} for row in expected]


def test_an_html_page_as_csv_gives_the_same_offsets_as_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An HTML page has no id column, and its rows point into the page's source, as its JSON lines do."""
    page = tmp_path / 'page.html'
    page.write_text('<html><body><p>Кредит на <b>$1,7 млрд</b> выдан.</p></body></html>', encoding='utf-8')
    status, stdout, stderr = run_main(['--input-format', 'html', '--format', 'csv', str(page)], capsys)
    assert (status, stderr) == (0, '')
    (row,) = csv.DictReader(io.StringIO(stdout, newline=''))
    assert 'id' not in row
    status, stdout, stderr = run_main(['--input-format', 'html', '--format', 'jsonl', str(page)], capsys)
    (record,) = [json.loads(line) for line in stdout.splitlines()]
    assert (int(row['start']), int(row['stop'])) == tuple(record['span'])
    assert page.read_text(encoding='utf-8')[int(row['start']):int(row['stop'])] == '$1,7 млрд'
