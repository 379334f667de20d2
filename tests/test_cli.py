"""Tests of the ``factlex`` command line, run as ``python -m factlex`` subprocesses.

Each test starts at most one or two interpreters; most of their time is the
morphology dictionary load, so inputs are kept to a sentence or two.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any, Optional

import pytest

import factlex
from factlex import cli
from factlex.cli import MENTION_WIDTH, format_text, main

from cli_helpers import dying_extract_many
from factlex.facts import Money, Span
from factlex.progress import Progress

SENTENCE = 'Кредит на $1,7 млрд и рост 4,4%.'
EXAMPLE = Path(__file__).resolve().parent.parent / 'docs' / 'example.txt'


def run(
    *args: str,
    cwd: Path,
    stdin: bytes = b'',
    env: Optional[dict[str, str]] = None,
) -> tuple[int, str, str]:
    """Run the CLI; return (status, stdout, stderr), both decoded strictly as UTF-8."""
    result = subprocess.run(
        [sys.executable, '-m', 'factlex', *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def read_text(path: Path) -> str:
    # The same reading the CLI promises its offsets against.
    with open(path, encoding='utf-8', newline='') as file:
        return file.read()


def assert_spans_match(recs: list[dict[str, Any]], text: str) -> None:
    assert recs
    for rec in recs:
        start, stop = rec['span']
        assert rec['text'] == text[start:stop], rec


def test_jsonl_facts_and_spans(tmp_path: Path) -> None:
    (tmp_path / 'news.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('news.txt', cwd=tmp_path)
    assert (status, err) == (0, '')
    recs = records(out)
    assert_spans_match(recs, SENTENCE)
    assert all(rec['file'] == 'news.txt' for rec in recs)
    assert list(recs[0])[:3] == ['file', 'type', 'span']
    assert [rec['span'] for rec in recs] == sorted(rec['span'] for rec in recs)

    money = [rec for rec in recs if rec['type'] == 'Money']
    percent = [rec for rec in recs if rec['type'] == 'Percent']
    assert len(money) == 1 and len(percent) == 1, recs
    assert money[0]['currency'] == 'USD'
    assert Decimal(money[0]['amount']) == Decimal('1700000000')
    assert '1,7 млрд' in money[0]['text']
    assert Decimal(percent[0]['value']) == Decimal('4.4')
    assert '4,4%' in percent[0]['text']


def test_offsets_follow_the_raw_file_text(tmp_path: Path) -> None:
    # A byte-order mark, CRLF line ends and a character outside the BMP
    # would each shift offsets if the CLI read the file differently from
    # open(..., newline='').
    path = tmp_path / 'crlf.txt'
    path.write_bytes('\ufeffСводка 🙂\r\nКредит на $1,7 млрд.\r\nРост 4,4%.\r\n'.encode('utf-8'))
    status, out, err = run('crlf.txt', cwd=tmp_path)
    assert (status, err) == (0, '')
    recs = records(out)
    assert_spans_match(recs, read_text(path))
    assert {rec['type'] for rec in recs} == {'Money', 'Percent'}


@pytest.mark.parametrize('args', [[], ['-']], ids=['no-args', 'dash'])
def test_stdin(tmp_path: Path, args: list[str]) -> None:
    status, out, err = run(*args, cwd=tmp_path, stdin=SENTENCE.encode('utf-8'))
    assert (status, err) == (0, '')
    recs = records(out)
    assert_spans_match(recs, SENTENCE)
    assert {rec['file'] for rec in recs} == {'-'}
    assert {rec['type'] for rec in recs} == {'Money', 'Percent'}


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    env = {**os.environ, 'PYTHONIOENCODING': 'ascii', 'LC_ALL': 'C'}
    status, out, err = run(cwd=tmp_path, stdin=SENTENCE.encode('utf-8'), env=env)
    assert (status, err) == (0, '')
    assert_spans_match(records(out), SENTENCE)


@pytest.mark.parametrize(
    'types, expected',
    [('percent', {'Percent'}), (' Money ', {'Money'})],
)
def test_types_filter(tmp_path: Path, types: str, expected: set[str]) -> None:
    (tmp_path / 'news.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('--types', types, 'news.txt', cwd=tmp_path)
    assert (status, err) == (0, '')
    assert {rec['type'] for rec in records(out)} == expected


def test_unknown_type_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / 'news.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('--types', 'money,gold', 'news.txt', cwd=tmp_path)
    assert status == 2
    assert out == ''
    assert err.startswith('usage: factlex')
    assert "'gold'" in err
    for name in factlex.FACT_TYPES:
        assert name in err


def test_main_returns_usage_status(capsys: pytest.CaptureFixture[str]) -> None:
    # In-process: argparse's SystemExit must become main()'s return value.
    assert main(['--types', 'gold']) == 2
    assert 'valid types' in capsys.readouterr().err


def test_text_format_is_aligned(tmp_path: Path) -> None:
    (tmp_path / 'news.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('--format', 'text', 'news.txt', cwd=tmp_path)
    assert (status, err) == (0, '')
    lines = out.splitlines()
    assert len(lines) == 2, out

    decoder = json.JSONDecoder()
    columns = []
    for line in lines:
        match = re.match(r'news\.txt +(\d+)-(\d+) +(Money|Percent) +', line)
        assert match, line
        start, stop = int(match[1]), int(match[2])
        mention, end = decoder.raw_decode(line, match.end())
        assert mention == SENTENCE[start:stop]
        fields_at = end + len(line[end:]) - len(line[end:].lstrip())
        assert re.match(r'\w+=\S', line[fields_at:]), line
        assert 'None' not in line
        columns.append((match.start(3), match.end(), fields_at))
    assert columns[0] == columns[1], out
    assert 'currency=USD' in out


def test_text_format_escapes_newlines_in_mentions() -> None:
    # In-process, with a hand-made fact: whether a grammar matches across a
    # line break is not the CLI's business, keeping the listing one line per
    # fact is.
    text = 'на $1,7\nмлрд'
    fact = Money(span=Span(3, len(text)), amount='1700000000', currency='USD')
    out = format_text('x.txt', text, [fact])
    assert out.count('\n') == 1
    assert '"$1,7\\nмлрд"' in out
    assert 'max_amount' not in out  # None fields are omitted


def test_text_format_cuts_long_mentions() -> None:
    """A mention wider than MENTION_WIDTH is cut with an ellipsis, so the value columns stay in view."""
    text = 'Стороны подписали ' + 'соглашение о сотрудничестве в области ' * 4 + 'на $5 млн'
    long = Money(span=Span(0, len(text)), amount='5000000', currency='USD')
    short = Money(span=Span(len(text) - 6, len(text)), amount='5000000', currency='USD')
    lines = format_text('x.txt', text, [long, short]).splitlines()
    assert len(text) > 150 and len(lines) == 2
    cut = re.search(r'"[^"]*"', lines[0])[0]
    assert cut == '"' + text[:len(cut) - 3] + '…"' and len(cut) == MENTION_WIDTH
    assert lines[0].index('amount=') == lines[1].index('amount=') < 80
    assert '"$5 млн"' in lines[1]


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / 'good.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('missing.txt', 'good.txt', cwd=tmp_path)
    assert status == 1
    assert err.splitlines() == ['factlex: missing.txt: No such file or directory']
    recs = records(out)
    assert_spans_match(recs, SENTENCE)
    assert {rec['file'] for rec in recs} == {'good.txt'}


def test_invalid_utf8_names_file_and_byte(tmp_path: Path) -> None:
    head = 'Рост 4,4%. '.encode('utf-8')
    (tmp_path / 'bad.txt').write_bytes(head + b'\xff' + 'ещё'.encode('utf-8'))
    (tmp_path / 'good.txt').write_text(SENTENCE, encoding='utf-8')
    status, out, err = run('bad.txt', 'good.txt', cwd=tmp_path)
    assert status == 1
    [line] = err.splitlines()
    assert line.startswith('factlex: bad.txt: invalid UTF-8 at byte ')
    assert f'at byte {len(head)}' in line
    assert {rec['file'] for rec in records(out)} == {'good.txt'}


def test_directory_argument(tmp_path: Path) -> None:
    """A folder with no *.txt file in its tree is an error naming the folder."""
    (tmp_path / 'adir').mkdir()
    (tmp_path / 'adir' / 'notes.md').write_text('Рост 4,4%.', encoding='utf-8')
    assert run('adir', cwd=tmp_path) == (1, '', 'factlex: adir: a folder with no file matching *.txt\n')


def test_empty_input(tmp_path: Path) -> None:
    """Empty standard input is reported like an empty file: a warning, status 0; with --strict, status 1."""
    assert run(cwd=tmp_path, stdin=b'') == (
        0, '', 'factlex: -: warning: empty input (skipped; --strict makes it an error)\n',
    )
    assert run('--strict', cwd=tmp_path, stdin=b'') == (1, '', 'factlex: -: empty input\n')


def test_version(tmp_path: Path) -> None:
    assert run('--version', cwd=tmp_path) == (0, f'factlex {metadata.version("factlex")}\n', '')


@pytest.mark.parametrize('read_first', [0, 100], ids=['before-output', 'mid-output'])
def test_broken_pipe_exits_quietly(tmp_path: Path, read_first: int) -> None:
    # Output must be far beyond any pipe buffer, so that a reader stopping
    # early (like `| head`) leaves the writer blocked mid-write; that write
    # returns short, and the CLI must still notice. Every record repeats the
    # path, so a 3 KB path ("././...") makes ~250 KB of output from a short,
    # quickly extracted text.
    (tmp_path / 'news.txt').write_text((SENTENCE + ' ') * 40, encoding='utf-8')
    proc = subprocess.Popen(
        [sys.executable, '-m', 'factlex', './' * 1500 + 'news.txt'],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    # With nothing read, the pipe closes long before the child has loaded
    # the dictionary, so its very first write fails.
    assert len(proc.stdout.read(read_first)) == read_first
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert err.decode('utf-8') == ''
    assert proc.returncode == 1


def test_readme_example(tmp_path: Path) -> None:
    # docs/example.txt is the README's demo input; its headline mentions
    # must come out, with offsets into the file as the user has it.
    status, out, err = run(str(EXAMPLE), cwd=tmp_path)
    assert (status, err) == (0, '')
    recs = records(out)
    assert_spans_match(recs, read_text(EXAMPLE))
    mentions = [rec['text'] for rec in recs]
    for expected in ['$1,7 млрд', '350 тыс. руб.', '4,4%', '0,25 процентного пункта']:
        assert any(expected in mention for mention in mentions), (expected, mentions)


##########
#   WORKERS AND PROGRESS
##########


def test_workers_give_the_output_of_one_process(tmp_path: Path) -> None:
    """--workers 2 prints the same lines, errors included, in the same order as one process."""
    (tmp_path / 'bad.txt').write_bytes(b'\xff')
    for index in range(4):
        (tmp_path / f'{index}.txt').write_text(f'Рост {index},5%. ' + SENTENCE, encoding='utf-8')
    files = ['0.txt', 'missing.txt', '1.txt', 'bad.txt', '2.txt', '3.txt']
    one = run('--types', 'money,percent', *files, cwd=tmp_path)
    two = run('--types', 'money,percent', '--workers', '2', *files, cwd=tmp_path)
    assert two == one
    status, out, err = two
    assert status == 1
    assert [rec['file'] for rec in records(out)] == [name for name in files for _ in range(3) if name[0].isdigit()]
    assert [line.split(':')[1].strip() for line in err.splitlines()] == ['missing.txt', 'bad.txt']


@pytest.mark.parametrize('value', ['-1', 'two'])
def test_bad_workers_is_a_usage_error(value: str) -> None:
    """A negative or non-numeric worker count exits with status 2."""
    assert main(['--workers', value, '-']) == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run_on_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> str:
    """Run main() in-process with standard error on a (fake) terminal; return what it got."""
    for name in ('a.txt', 'b.txt'):
        (tmp_path / name).write_text(SENTENCE, encoding='utf-8')
    monkeypatch.chdir(tmp_path)
    # Runs this short would stay silent for the first second.
    monkeypatch.setattr(cli, 'Progress', functools.partial(Progress, delay=0))
    stderr = _Terminal()
    monkeypatch.setattr(sys, 'stderr', stderr)
    assert main(['--types', 'percent', *args, 'a.txt', 'missing.txt', 'b.txt']) == 1
    return stderr.getvalue()


def test_progress_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A terminal gets a progress line, erased before the error and at the end."""
    err = _run_on_terminal(monkeypatch, tmp_path)
    assert '\rfactlex: 1/3 files' in err
    assert '\r\x1b[K' + 'factlex: missing.txt: No such file or directory\n' in err
    assert err.endswith('\r\x1b[K')
    assert {rec['file'] for rec in records(capsys.readouterr().out)} == {'a.txt', 'b.txt'}


def test_quiet_has_no_progress(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--quiet leaves only the error lines on a terminal."""
    assert _run_on_terminal(monkeypatch, tmp_path, '--quiet') == 'factlex: missing.txt: No such file or directory\n'


def test_dead_worker_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A worker that dies ends the run with status 1 and one line naming the first lost file."""

    monkeypatch.setattr(cli, 'extract_many', dying_extract_many)
    monkeypatch.chdir(tmp_path)
    for name in ('a.txt', 'b.txt', 'c.txt'):
        (tmp_path / name).write_text('Текст.', encoding='utf-8')
    assert main(['--workers', '2', 'a.txt', 'b.txt', 'c.txt']) == 1
    out, err = capsys.readouterr()
    assert out == ''
    reason = 'a worker process ended abruptly (killed, or out of memory?); this file and the ones after it were not processed'
    assert err.splitlines() == [f'factlex: b.txt: {reason}']

##########
#   HTML, COLOUR, DEBUG
##########


def _sections(page: str) -> list[tuple[str, str]]:
    """(heading, text) of each section of an HTML page, the text with its tags taken out."""
    import html

    found = re.findall(r'<h2>(.*?)</h2>.*?<div class="fx-text" lang="ru">(.*?)</div>', page, re.S)
    return [(html.unescape(name), html.unescape(re.sub(r'<[^>]*>', '', body))) for name, body in found]


def test_html_has_a_section_per_file_record_and_block(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One page: a section per file, per block of a long file (with its offsets), per jsonl record."""
    from factlex import streaming

    monkeypatch.chdir(tmp_path)
    long = 'Рост 4,4%.\r\n\r\nКредит на $1,7 млрд.\n\n' * 5
    Path('long.txt').write_bytes(long.encode('utf-8'))
    Path('short.txt').write_text(SENTENCE, encoding='utf-8')
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 60)
    assert main(['--types', 'money,percent', '--format', 'html', 'short.txt', 'long.txt']) == 0
    page = capsys.readouterr().out
    assert page.startswith('<!DOCTYPE html>') and page.endswith('</html>\n')
    assert page.count('<!DOCTYPE html>') == 1
    sections = _sections(page)
    assert sections[0] == ('short.txt', SENTENCE)
    assert len(sections) > 3
    assert ''.join(text for _, text in sections[1:]) == long
    offset = 0
    for name, text in sections[1:]:
        assert name == f'long.txt, characters {offset}–{offset + len(text)}'
        offset += len(text)
    assert page.count('<mark') == 2 + 10

    Path('in.jsonl').write_text('{"id": "doc-1", "text": "Рост 5%."}\n{"id": 2, "text": "Без фактов."}\n',
                                encoding='utf-8')
    assert main(['--format', 'html', '--input-format', 'jsonl', 'in.jsonl']) == 0
    assert _sections(capsys.readouterr().out) == [('doc-1', 'Рост 5%.'), ('2', 'Без фактов.')]


def test_text_format_in_colour(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When render.use_color says so, type and mention are coloured and columns stay aligned."""
    from factlex import render

    monkeypatch.chdir(tmp_path)
    (tmp_path / 'news.txt').write_text(SENTENCE, encoding='utf-8')
    assert main(['--format', 'text', 'news.txt']) == 0
    plain = capsys.readouterr().out
    monkeypatch.setattr(render, 'use_color', lambda stream: True)
    assert main(['--format', 'text', 'news.txt']) == 0
    coloured = capsys.readouterr().out
    assert '\x1b[32mMoney\x1b[0m' in coloured and '\x1b[36m"4,4%"\x1b[0m' in coloured
    assert re.sub(r'\x1b\[[0-9;]*m', '', coloured) == plain


def test_debug_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    """'factlex debug TEXT' runs factlex.debug with the arguments after 'debug'."""
    assert main(['debug', '--types', 'percent', 'Рост', '4,4%']) == 0
    out = capsys.readouterr().out
    assert 'Percent' in out and '4,4%' in out


def test_debug_subcommand_without_the_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without factlex.debug, 'factlex debug' is a usage error with one line, not a traceback."""
    monkeypatch.setitem(sys.modules, 'factlex.debug', None)
    monkeypatch.delattr(factlex, 'debug', raising=False)
    assert main(['debug', 'Рост 4,4%']) == 2
    assert capsys.readouterr().err == 'factlex: debug: not available in this version of factlex\n'


def test_custom_grammar(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--grammar adds a custom grammar (docs/examples/dates.py); --only-custom leaves the built-ins out."""
    monkeypatch.syspath_prepend(str(EXAMPLE.parent / 'examples'))
    monkeypatch.chdir(tmp_path)
    (tmp_path / 'news.txt').write_text('Рост 4,4% в мае 2015 года.', encoding='utf-8')
    assert main(['--grammar', 'dates:GRAMMAR', '--types', 'percent', 'news.txt']) == 0
    recs = records(capsys.readouterr().out)
    assert [(rec['type'], rec['text']) for rec in recs] == [('Percent', '4,4%'), ('Date', 'мае 2015 года')]
    assert recs[1]['year'] == 2015
    assert main(['--grammar', 'dates:GRAMMAR', '--only-custom', 'news.txt']) == 0
    assert [rec['type'] for rec in records(capsys.readouterr().out)] == ['Date']
    assert main(['--grammar', 'no_such_module_here', 'news.txt']) == 2
    assert "cannot import 'no_such_module_here'" in capsys.readouterr().err
    # A module that holds a Grammar, named without it: the error names it (issue 17).
    assert main(['--grammar', 'dates', 'news.txt']) == 2
    assert capsys.readouterr().err.endswith(
        "grammar 'dates': module dates is not a grammar module but holds a Grammar; name it: dates:GRAMMAR\n"
    )
    assert main(['--only-custom', 'news.txt']) == 2
    assert '--only-custom needs a --grammar' in capsys.readouterr().err
