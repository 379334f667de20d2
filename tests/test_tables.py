"""factlex.to_records and factlex.to_dataframe: flat rows of the one facts table."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

import factlex
from factlex import extract
from factlex.schema import fact_schema
from factlex.tables import csv_header, csv_lines, read_folder

DOCS = Path(__file__).resolve().parent.parent / 'docs'
EXAMPLES = DOCS / 'examples'

NEWS = {
    'a.txt': 'Кредит на $1,7\u00a0млрд выдан под 4,4% годовых.',
    'b.txt': 'Текст без фактов.',
    'c.txt': '',
    'sub/d.txt': 'Россия и Беларусь подписали соглашение о взаимной отмене виз.\r\nВице-премьер Юрий Борисов.',
}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    for name, text in NEWS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(text.encode('utf-8'))
    (tmp_path / 'notes.md').write_text('Рост 4,4%.', encoding='utf-8')
    return tmp_path


def _expected_rows(folder: Path) -> list[dict[str, object]]:
    schema = fact_schema()
    return [
        {'file': str(folder / name), **schema.flat_row(schema.row(fact, text))}
        for name, text in sorted(NEWS.items(), key=lambda item: str(folder / item[0]))
        for fact in extract(text)
    ]


def test_to_records_has_every_column_in_order() -> None:
    """Each row has the ids, then every flat column of the schema, whatever the fact's type."""
    text = NEWS['sub/d.txt']
    rows = factlex.to_records(extract(text), text, ids={'doc': 7})
    names = ['doc', *(column.name for column in fact_schema().flat_columns())]
    assert [list(row) for row in rows] == [names] * len(rows)
    assert [(row['type'], row['parties'], row['person_last']) for row in rows] == [
        ('Agreement', 'Россия; Беларусь', None), ('Official', None, 'Борисов')]
    kept = factlex.to_records(extract(text), text, join=None)
    assert kept[0]['parties'] == ['Россия', 'Беларусь']


def test_to_records_of_a_custom_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts of a custom grammar get their own columns after the built-in ones."""
    monkeypatch.syspath_prepend(str(EXAMPLES))
    import dates

    text = 'Соглашение подписали 22 ноября 2023 года в Сочи.'
    facts = factlex.Extractor(types=[], grammars=[dates.GRAMMAR]).extract(text)
    (row,) = factlex.to_records(facts, text)
    assert (row['type'], row['text'], row['year'], row['month'], row['day'], row['amount']) == (
        'Date', '22 ноября 2023 года', 2023, 11, 22, None)


def test_to_dataframe_of_a_folder_is_one_call(news: Path) -> None:
    """A folder of news files becomes a DataFrame of the same rows as a sequential extract."""
    pytest.importorskip('pandas', reason='part of the test extra: pip install -e .[test]')
    frame = factlex.to_dataframe(news)
    assert frame.columns[0] == 'file'
    rows = [{key: (None if value is factlex_na(value) else value) for key, value in row.items()}
            for row in frame.astype(object).to_dict('records')]
    assert rows == _expected_rows(news)
    assert str(frame['start'].dtype) == 'Int64' and frame['amount'].iloc[0] == Decimal('1700000000')


def factlex_na(value: object) -> object:
    """The value itself when it is pandas' missing marker, so that the test compares None instead."""
    import pandas

    return value if value is not None and pandas.isna(value) else object()


def test_to_dataframe_of_pairs_with_workers() -> None:
    """(id, text) pairs on two processes give the rows of one; no documents give the columns and no rows."""
    pytest.importorskip('pandas', reason='part of the test extra: pip install -e .[test]')
    pairs = [(index, text) for index, text in enumerate(NEWS.values())]
    one = factlex.to_dataframe(pairs, types=['money', 'official'])
    two = factlex.to_dataframe(pairs, types=['money', 'official'], workers=2)
    assert one.equals(two) and list(one['type']) == ['Money', 'Official']
    assert 'value' not in one.columns  # Percent's columns are not asked for
    empty = factlex.to_dataframe({})
    assert empty.shape == (0, 1 + len(fact_schema().flat_columns()))


def test_bad_documents_are_clear_errors(tmp_path: Path) -> None:
    """A str instead of a folder, a missing folder and a file that is not UTF-8 raise with the reason."""
    pytest.importorskip('pandas', reason='part of the test extra: pip install -e .[test]')
    with pytest.raises(TypeError, match='pathlib.Path'):
        factlex.to_dataframe('news')
    with pytest.raises(ValueError, match='not a directory'):
        factlex.to_dataframe(tmp_path / 'missing')
    (tmp_path / 'latin.txt').write_bytes('Кредит'.encode('cp1251'))
    with pytest.raises(ValueError, match='latin.txt: not UTF-8'):
        list(read_folder(tmp_path))


def test_csv_round_trip_through_the_csv_module() -> None:
    """The CSV lines read back as the flat rows, None as empty cells, the header as the column names."""
    text = NEWS['a.txt'] + ' ' + NEWS['sub/d.txt']
    rows = factlex.to_records(extract(text), text, ids={'file': 'x, "y".txt'})
    data = csv_header(fact_schema(), ['file']) + csv_lines(rows)
    read = list(csv.DictReader(io.StringIO(data, newline='')))
    assert len(read) == len(rows)
    for back, row in zip(read, rows):
        assert back == {key: '' if value is None else str(value) for key, value in row.items()}


def test_the_docs_table_of_columns_is_describe() -> None:
    """docs/engines.md lists the flat columns as factlex.tables.describe() derives them from the fact classes."""
    from factlex.tables import describe

    text = DOCS.joinpath('engines.md').read_text(encoding='utf-8')
    section = text[text.index('\n### Columns\n'):]
    lines = [line for line in section.split('\n\n')[2].splitlines()[2:]]
    documented = [tuple(cell.strip().strip('`') for cell in line.strip('|').split('|')) for line in lines]
    # After a change to a fact class, print the new rows with:
    # python -c "from factlex.tables import describe; [print(f'| `{n}` | {k} | {o} |') for n, k, o in describe()]"
    assert documented == describe()
