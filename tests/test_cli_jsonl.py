"""Tests of ``--input-format jsonl`` and of the error cases of both input formats.

In-process through ``main()``: each run builds its extractor once, and one
run covers a whole list of bad inputs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli_helpers import records, run_main

SENTENCE = 'Кредит на $1,7 млрд и рост 4,4%.'


def line(**record: Any) -> str:
    return json.dumps(record, ensure_ascii=False) + '\n'


def test_records_carry_their_id_and_spans_into_their_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Each fact line has file, then id as given (string or number), spans into the record's text."""
    monkeypatch.chdir(tmp_path)
    texts = {'a-1': SENTENCE, 7: 'Без фактов.', 2.5: 'Рост\r\nна 5%.', 10**30: 'Кредит на 350 тыс. руб.'}
    Path('in.jsonl').write_text(
        '\ufeff' + ''.join(line(id=id_, text=text, extra=[1]) for id_, text in texts.items()) + '\n  \n',
        encoding='utf-8',
    )
    status, out, err = run_main(['--types', 'money,percent', '--input-format', 'jsonl', 'in.jsonl'], capsys)
    assert (status, err) == (0, '')
    recs = records(out)
    assert [rec['id'] for rec in recs] == ['a-1', 'a-1', 2.5, 10**30]
    for rec in recs:
        assert list(rec)[:4] == ['file', 'id', 'type', 'span']
        assert rec['file'] == 'in.jsonl'
        start, stop = rec['span']
        assert texts[rec['id']][start:stop] == rec['text']
    assert '1000000000000000000000000000000' in out  # a big id stays exact


def test_stdin_jsonl_and_text_format_shows_the_id(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """--format text has an id= column after the file; '-' reads records from standard input."""
    monkeypatch.chdir(tmp_path)
    Path('in.jsonl').write_text(line(id='doc one', text=SENTENCE) + line(id=2, text='Рост 5%.'), encoding='utf-8')
    status, out, err = run_main(['--format', 'text', '--input-format', 'jsonl', 'in.jsonl'], capsys)
    assert (status, err) == (0, '')
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith('in.jsonl  id="doc one"  10-19  Money    "$1,7 млрд"')
    assert lines[2].startswith('in.jsonl  id=2          5-7    Percent  "5%"')


def test_bad_lines_are_reported_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Every bad line gives one FILE:LINE error; the lines after it and the next file are still read."""
    monkeypatch.chdir(tmp_path)
    lines = [
        line(id=1, text='Рост 1%.'),
        '{"id": 2, "text": "Рост 2%."\n',
        '[1, 2]\n',
        line(id=3),
        line(id=4, text=None),
        line(text='Рост 5%.'),
        line(id=[6], text='Рост 6%.'),
        '{"id": NaN, "text": "Рост 7%."}\n',
        '\n',
        line(id=9, text='Рост 9%.'),
    ]
    data = ''.join(lines).encode('utf-8')
    bad_at = len(data)
    data += b'{"id": 11, "text": "\xff"}\n' + line(id=12, text='Рост 12%.').encode('utf-8')
    Path('bad.jsonl').write_bytes(data)
    Path('good.jsonl').write_text(line(id='g', text='Рост 4,4%.'), encoding='utf-8')
    status, out, err = run_main(['--types', 'percent', '--input-format', 'jsonl', 'bad.jsonl', 'good.jsonl'], capsys)
    assert status == 1
    assert err.splitlines() == [
        "factlex: bad.jsonl:2: invalid JSON: Expecting ',' delimiter (column 29)",
        'factlex: bad.jsonl:3: expected an object {"id": ..., "text": "..."}, got an array',
        'factlex: bad.jsonl:4: no "text" key',
        'factlex: bad.jsonl:5: "text" must be a string, got null',
        'factlex: bad.jsonl:6: no "id" key',
        'factlex: bad.jsonl:7: "id" must be a string or a number, got an array',
        'factlex: bad.jsonl:8: invalid JSON: NaN is not a JSON value',
        f'factlex: bad.jsonl:11: invalid UTF-8 at byte {bad_at + 20} (invalid start byte)',
    ]
    assert [(rec['file'], rec['id']) for rec in records(out)] == [
        ('bad.jsonl', 1), ('bad.jsonl', 9), ('bad.jsonl', 12), ('good.jsonl', 'g'),
    ]


@pytest.mark.parametrize('input_format', ['text', 'jsonl'])
def test_error_cases_of_both_input_formats(
    input_format: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Missing file, directory, empty file, bad UTF-8, binary: one line each naming the file."""
    monkeypatch.chdir(tmp_path)
    good = line(id=1, text=SENTENCE) if input_format == 'jsonl' else SENTENCE
    Path('good.txt').write_text(good, encoding='utf-8')
    Path('adir').mkdir()
    Path('empty.txt').write_bytes(b'')
    latin1 = b'{"id": 1, "text": "caf\xe9"}\n' if input_format == 'jsonl' else b'Cafe caf\xe9 bar.'
    Path('latin1.txt').write_bytes(latin1)
    # A PNG signature and header: binary data, with bytes that are not UTF-8 before its first NUL.
    Path('image.png').write_bytes(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(range(256)))
    utf16 = good.encode('utf-16')
    Path('utf16.txt').write_bytes(utf16)
    files = ['missing.txt', 'adir', 'empty.txt', 'latin1.txt', 'image.png', 'utf16.txt', 'good.txt']
    status, out, err = run_main(['--types', 'money', '--input-format', input_format, '--strict', *files], capsys)
    assert status == 1
    where = 'latin1.txt:1' if input_format == 'jsonl' else 'latin1.txt'
    # Only a text file may be in another encoding: JSON Lines are UTF-8.
    hint = '' if input_format == 'jsonl' else (
        '; if the file is in another encoding, give it: --encoding cp1251, or --encoding auto'
    )
    assert err.splitlines() == [
        'factlex: missing.txt: No such file or directory',
        f'factlex: adir: a folder with no file matching *.{"jsonl" if input_format == "jsonl" else "txt"}',
        'factlex: empty.txt: empty input',
        f'factlex: {where}: invalid UTF-8 at byte {latin1.index(0xE9)} (invalid continuation byte){hint}',
        'factlex: image.png: binary file (NUL byte at offset 8)',
        f'factlex: utf16.txt: binary file (NUL byte at offset {utf16.index(0)})',
    ]
    assert [rec['file'] for rec in records(out)] == ['good.txt']


def test_nul_byte_in_otherwise_valid_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A NUL byte is valid UTF-8 but marks a binary file, for either input format."""
    monkeypatch.chdir(tmp_path)
    Path('nul.txt').write_bytes(b'abc\x00def\n')
    for input_format in ('text', 'jsonl'):
        status, out, err = run_main(['--input-format', input_format, 'nul.txt'], capsys)
        assert (status, out, err) == (1, '', 'factlex: nul.txt: binary file (NUL byte at offset 3)\n')


@pytest.mark.parametrize('input_format', ['text', 'jsonl'])
def test_empty_input(input_format: str, monkeypatch: pytest.MonkeyPatch,
                     capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An empty file is a warning (an error with --strict); a text of blanks, or a jsonl file of
    blank lines, has no facts and is neither."""
    monkeypatch.chdir(tmp_path)
    Path('empty.txt').write_bytes(b'')
    assert run_main(['--input-format', input_format, 'empty.txt'], capsys) == (
        0, '', 'factlex: empty.txt: warning: empty input (skipped; --strict makes it an error)\n',
    )
    assert run_main(['--input-format', input_format, '--strict', 'empty.txt'], capsys) == (
        1, '', 'factlex: empty.txt: empty input\n',
    )
    Path('blank.txt').write_bytes(b'\n \r\n')
    assert run_main(['--input-format', input_format, 'blank.txt'], capsys) == (0, '', '')


def test_a_file_named_debug_is_read_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """'debug' first is the subcommand; './debug' or a later position is a file."""
    monkeypatch.chdir(tmp_path)
    Path('debug').write_text('Рост 4,4%.', encoding='utf-8')
    status, out, err = run_main(['--types', 'percent', './debug', 'debug'], capsys)
    assert (status, err) == (0, '')
    assert [rec['file'] for rec in records(out)] == ['./debug', 'debug']
