"""Tests of streaming in the command line: text files in blocks, jsonl line by line.

Blocks are made small by patching ``streaming.BLOCK_CHARS``, so that a few
kilobytes of text go through many blocks in-process; one test runs a real
``factlex`` process on a pipe to show that jsonl input is read lazily.
"""

from __future__ import annotations

import io
import json
import random
import re
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factlex import Official, Person, Span, cli, extract_many, streaming
from cli_helpers import dying_extract_many, records, run_main
from factlex.cli import main
from factlex.streaming import InputError, decode, shift, split_blocks

SENTENCES = [
    'Губернатор Челябинской области Алексей Текслер заявил, что бюджет вырос на 4,4%.',
    'Россия и Беларусь подписали соглашение о сотрудничестве.',
    'Банк выдал кредит на $1,7 млрд под 12,5% годовых.',
    'Встреча с вице-премьером Юрием Борисовым и главой «Ростеха» Сергеем Чемезовым.',
    'Цена акции выросла с 210 до 245 рублей, а объём торгов — на 15–20%.',
    'Доходность облигаций снизилась на 0,5 п.п., до 9,1%.',
    'Расходы на первый этап оцениваются в 450 млн руб., а срок окупаемости — в семь лет.',
    'Министр финансов Антон Силуанов сообщил, что дефицит составит 1,3 трлн рублей.',
    'В среду компании «Северный терминал» и «Балтийская логистика» подписали соглашение.',
    'Погода в Москве 🙂 была тёплой, и ничего не случилось.',
]


def news(paragraphs: int = 40, seed: int = 1) -> str:
    """Varied paragraphs: LF and CRLF, blank lines, lines wrapped before a lower-case word."""
    rng = random.Random(seed)
    parts = ['\ufeff']
    for _ in range(paragraphs):
        eol = rng.choice(['\n', '\r\n'])
        sentences = [rng.choice(SENTENCES) for _ in range(rng.randint(1, 4))]
        paragraph = ' '.join(sentences)
        if rng.random() < 0.5:
            # Hard wrapping: a single line break before a lower-case word.
            paragraph = re.sub(r' (?=[а-яё]{4,})', eol, paragraph, count=2)
        parts.append(paragraph + eol + (eol if rng.random() < 0.6 else ''))
    return ''.join(parts)


@pytest.fixture
def blocks_seen(monkeypatch: pytest.MonkeyPatch) -> list[streaming.Block]:
    """The blocks the CLI extracts, recorded as it cuts them."""
    seen: list[streaming.Block] = []

    def recording(*args: Any, **kwargs: Any) -> Iterator[streaming.Block]:
        for block in split_blocks(*args, **kwargs):
            seen.append(block)
            yield block

    monkeypatch.setattr(cli, 'split_blocks', recording)
    return seen


##########
#   BLOCKS
##########


def test_blocks_make_up_the_text_and_cut_only_at_sentence_ends() -> None:
    """The blocks join into the text, and every cut follows a line break that ends a sentence."""
    text = news()
    blocks = list(split_blocks([text], block_chars=100, max_block_chars=5000))
    assert len(blocks) > 10
    assert ''.join(block.text[:block.stop] for block in blocks) == text
    assert [block.offset for block in blocks] == [0, *(b.offset + b.stop for b in blocks[:-1])]
    for block in blocks[:-1]:
        assert block.cut == 'line'
        assert block.stop >= 100
        cut = block.offset + block.stop
        assert text[cut - 1] in '\r\n'
        assert text[cut] not in '\r\n'  # after the whole run, a CRLF is never split
        run = re.search(r'[\r\n]+$', text[:cut]).group()
        following = text[cut:].lstrip(' ')[:1]
        # A blank line, or a line break before anything but a lower-case word.
        assert run.count('\n') + run.count('\r') - run.count('\r\n') > 1 or not following.islower()
        # The word after the cut comes along as context.
        assert block.text[block.stop:] == re.match(r'\s*\S*', text[cut:]).group()


def test_wrapped_line_is_not_cut() -> None:
    """A single line break before a lower-case word continues the sentence: no cut there."""
    text = 'Кредит на 5 млн\nрублей выдан.\nРост 4,4%.'
    blocks = list(split_blocks([text], block_chars=5))
    assert [block.text[:block.stop] for block in blocks] == ['Кредит на 5 млн\nрублей выдан.\n', 'Рост 4,4%.']


def test_cuts_do_not_depend_on_how_the_input_is_split() -> None:
    """Feeding the text in pieces of any size gives the same blocks as feeding it whole."""
    text = news(20)
    flat = re.sub(r'[\r\n]+', ' ', text)
    rng = random.Random(7)
    for sample, cap in ((text, 2000), (flat, 300)):
        whole = list(split_blocks([sample], block_chars=100, max_block_chars=cap))
        for _ in range(10):
            pieces, index = [], 0
            while index < len(sample):
                size = rng.choice([1, 2, 3, 17, 500])
                pieces.append(sample[index:index + size])
                index += size
            assert list(split_blocks(pieces, block_chars=100, max_block_chars=cap)) == whole


def test_without_line_breaks_blocks_end_at_sentences_then_spaces_then_anywhere() -> None:
    """Past the cap a block ends at ". X", else after whitespace, else at the cap itself."""
    sentences = 'Рост 4,4%. Кредит на $1,7 млрд. ' * 20
    assert {block.cut for block in split_blocks([sentences], 50, 100)} == {'sentence', 'end'}
    for block in split_blocks([sentences], 50, 100):
        if block.cut == 'sentence':
            assert block.text[block.stop - 1] == '.'
    # "тыс. Руб" and "В. Путин": an abbreviation and an initial, not sentence ends.
    for abbreviations in ('около 350 тыс. Руб ', 'встреча с В. Путиным '):
        assert {block.cut for block in split_blocks([abbreviations * 30], 50, 100)} == {'space', 'end'}
    assert {block.cut for block in split_blocks(['x' * 250], 50, 100)} == {'hard', 'end'}
    assert [block.stop for block in split_blocks(['x' * 250], 50, 100)] == [100, 100, 50]


def test_short_text_is_one_block() -> None:
    """A text no longer than a block is extracted whole, as before streaming."""
    assert list(split_blocks(['Рост 4,4%.\n\n', 'Кредит.'], block_chars=100)) == [
        streaming.Block(0, 'Рост 4,4%.\n\nКредит.', 19, 'end'),
    ]
    assert list(split_blocks([])) == []


def test_shift_moves_nested_spans() -> None:
    """shift moves the span of a fact and of the person inside it, and leaves None alone."""
    fact = Official(Span(3, 20), 'министр', Person(Span(11, 20), last='Петров'))
    moved = shift(fact, 1000)
    assert moved.span == Span(1003, 1020) and moved.person.span == Span(1011, 1020)
    assert moved.position == 'министр'
    assert shift(fact, 0) is fact
    assert shift(Official(Span(0, 7), 'министр'), 5).person is None


def test_decode_keeps_offsets_across_reads() -> None:
    """Characters split between reads, CRLF and a BOM come out as open(newline='') reads them."""
    text = '\ufeffСводка 🙂\r\nКредит на $1,7 млрд.\r\n'
    for size in (1, 2, 3, 5, 64):
        assert ''.join(decode(io.BytesIO(text.encode('utf-8')), read_bytes=size)) == text


@pytest.mark.parametrize(
    'data, message',
    [
        (b'abc\xffdef', 'invalid UTF-8 at byte 3 (invalid start byte)'),
        ('абв'.encode('utf-8')[:-1], 'invalid UTF-8 at byte 4 (unexpected end of data)'),
        (b'abc\x00def', 'binary file (NUL byte at offset 3)'),
    ],
    ids=['bad-byte', 'truncated', 'nul'],
)
def test_decode_errors_name_the_byte(data: bytes, message: str) -> None:
    """Bad bytes and NUL bytes are reported with their offset, whatever the read size."""
    for size in (1, 2, 64):
        with pytest.raises(InputError) as error:
            list(decode(io.BytesIO(data), read_bytes=size))
        assert str(error.value) == message


def test_decode_names_a_nul_byte_before_a_bad_byte_of_the_same_read() -> None:
    """Binary data is called binary, though its first byte is seldom UTF-8 either."""
    with pytest.raises(InputError, match=r'^binary file \(NUL byte at offset 1\)$'):
        list(decode(io.BytesIO(b'\xff\x00')))
    with pytest.raises(InputError, match=r'^invalid UTF-8 at byte 0 '):
        list(decode(io.BytesIO(b'\xff\x00'), read_bytes=1))


##########
#   THE CLI ON MULTI-BLOCK FILES
##########


def test_multi_block_file_gives_the_output_of_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    blocks_seen: list[streaming.Block],
) -> None:
    """Cut in 200-character blocks, a file gives exactly the lines extracting it whole gives."""
    monkeypatch.chdir(tmp_path)
    Path('news.txt').write_bytes(news().encode('utf-8'))
    whole = run_main(['news.txt'], capsys)
    assert len(blocks_seen) == 1
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 200)
    blocked = run_main(['news.txt'], capsys)
    assert len(blocks_seen) > 20
    assert blocked == whole
    status, out, err = blocked
    assert (status, err) == (0, '')
    recs = records(out)
    assert {rec['type'] for rec in recs} == {'Money', 'Percent', 'Official', 'Agreement'}
    with open('news.txt', encoding='utf-8', newline='') as file:
        text = file.read()
    for rec in recs:
        assert text[rec['span'][0]:rec['span'][1]] == rec['text']
    assert max(rec['span'][0] for rec in recs) > 20 * 200


def test_sentence_cuts_give_the_output_of_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    blocks_seen: list[streaming.Block],
) -> None:
    """A file without line breaks, cut at ". X" sentence ends, loses no fact either."""
    monkeypatch.chdir(tmp_path)
    Path('flat.txt').write_text(' '.join(random.Random(3).choices(SENTENCES, k=40)), encoding='utf-8')
    whole = run_main(['--types', 'money,percent,official', 'flat.txt'], capsys)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 150)
    monkeypatch.setattr(streaming, 'MAX_BLOCK_CHARS', 300)
    blocked = run_main(['--types', 'money,percent,official', 'flat.txt'], capsys)
    assert {block.cut for block in blocks_seen[1:]} == {'sentence', 'end'}
    assert blocked == whole
    assert whole[1].count('\n') > 40


def test_text_format_on_blocks_has_the_same_lines_but_for_padding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """--format text of a multi-block file: same rows as the whole file, aligned as they come."""
    monkeypatch.chdir(tmp_path)
    Path('news.txt').write_text(news(15), encoding='utf-8')
    _, whole, _ = run_main(['--format', 'text', '--types', 'money,percent', 'news.txt'], capsys)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 200)
    _, blocked, _ = run_main(['--format', 'text', '--types', 'money,percent', 'news.txt'], capsys)

    def cells(listing: str) -> list[list[str]]:
        return [re.split(r'  +', line) for line in listing.splitlines()]

    assert '\n\n' not in blocked  # one file, one listing
    assert cells(blocked) == cells(whole)
    # Columns only ever widen: the type column starts no further left than above.
    starts = [re.search(r'  (Money|Percent) ', line).start() for line in blocked.splitlines()]
    assert starts == sorted(starts) and starts[0] < starts[-1]


def test_invalid_utf8_in_a_later_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A bad byte in block 3: the facts of the blocks before it, then one error line with its byte offset."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 200)
    monkeypatch.setattr(streaming, 'READ_BYTES', 100)
    paragraphs = [f'Кредит на {index} млн рублей под {index},5% годовых выдан банком.\n\n' for index in range(1, 30)]
    head = ''.join(paragraphs[:8]).encode('utf-8')
    tail = ''.join(paragraphs[8:]).encode('utf-8')
    Path('bad.txt').write_bytes(head + b'\xff' + tail)
    Path('good.txt').write_text('Рост 4,4%.', encoding='utf-8')
    status, out, err = run_main(['--types', 'money,percent', 'bad.txt', 'good.txt'], capsys)
    assert status == 1
    assert err.splitlines() == [
        f'factlex: bad.txt: invalid UTF-8 at byte {len(head)} (invalid start byte); '
        'if the file is in another encoding, give it: --encoding cp1251, or --encoding auto'
    ]
    recs = records(out)
    printed = [rec for rec in recs if rec['file'] == 'bad.txt']
    # What came before the bad byte, from the start, in order; nothing after it.
    Path('ok.txt').write_bytes(head)
    _, before, _ = run_main(['--types', 'money,percent', 'ok.txt'], capsys)
    expected = [{**rec, 'file': 'bad.txt'} for rec in records(before)]
    assert 4 <= len(printed) < len(expected)
    assert printed == expected[:len(printed)]
    assert [rec['file'] for rec in recs][len(printed):] == ['good.txt']


def test_nul_byte_in_a_later_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A NUL byte far into a file: the file is reported binary with the NUL's offset."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 100)
    monkeypatch.setattr(streaming, 'READ_BYTES', 64)
    head = ('Рост 4,4%.\n\n' * 30).encode('utf-8')
    Path('mixed.txt').write_bytes(head + b'\x00\x01\x02' + head)
    status, out, err = run_main(['--types', 'percent', 'mixed.txt'], capsys)
    assert status == 1
    assert err == f'factlex: mixed.txt: binary file (NUL byte at offset {len(head)})\n'
    assert 0 < len(records(out)) < 30


def test_text_stdin_is_read_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    """Facts of the first paragraphs are printed before the rest of standard input is read."""
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 10)
    stdout = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
    paragraphs = [f'Рост {index},5% за год.\n\n' for index in range(10)]

    class Pipe:
        """Hands out one paragraph per read, checking that the output keeps up."""

        reads = 0

        def read1(self, size: int = -1) -> bytes:
            if self.reads >= 3:
                # A block waits for the word after it, then is printed at once.
                assert f'"{self.reads - 3},5%"' in stdout.buffer.getvalue().decode('utf-8')
            if self.reads == len(paragraphs):
                return b''
            self.reads += 1
            return paragraphs[self.reads - 1].encode('utf-8')

    class Stdin:
        buffer = Pipe()

    monkeypatch.setattr(sys, 'stdin', Stdin())
    monkeypatch.setattr(sys, 'stdout', stdout)
    assert main(['--types', 'percent']) == 0
    recs = records(stdout.buffer.getvalue().decode('utf-8'))
    assert [rec['text'] for rec in recs] == [f'{index},5%' for index in range(10)]


def test_jsonl_stdin_is_read_lazily(tmp_path: Path) -> None:
    """The facts of the first record arrive while standard input is still open."""
    proc = subprocess.Popen(
        [sys.executable, '-m', 'factlex', '--input-format', 'jsonl', '--types', 'percent'],
        cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(json.dumps({'id': 'first', 'text': 'Рост 4,4%.'}).encode('utf-8') + b'\n')
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        assert ready, 'no output while the input was still open'
        first = json.loads(proc.stdout.readline())
        assert (first['id'], first['text']) == ('first', '4,4%')
        proc.stdin.write(json.dumps({'id': 2, 'text': 'Рост 5%.'}).encode('utf-8') + b'\n')
        proc.stdin.close()
        rest = proc.stdout.read()
        assert proc.stderr is not None
        err = proc.stderr.read()
        proc.wait(timeout=120)
    finally:
        proc.kill()
        proc.wait()
    assert err == b''
    assert proc.returncode == 0
    assert [(rec['id'], rec['text']) for rec in records(rest.decode('utf-8'))] == [(2, '5%')]


def test_workers_give_the_output_of_one_process_on_blocks_and_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """--workers 2 on a multi-block file and on jsonl records prints what one process prints."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 300)
    started = []

    def spy(texts: Any, workers: int = 1, **kwargs: Any) -> Any:
        started.append(workers)
        return extract_many(texts, workers=workers, **kwargs)

    monkeypatch.setattr(cli, 'extract_many', spy)
    Path('news.txt').write_text(news(15), encoding='utf-8')
    Path('news.jsonl').write_text(
        ''.join(json.dumps({'id': index, 'text': sentence}, ensure_ascii=False) + '\n'
                for index, sentence in enumerate(SENTENCES * 3)) + 'oops\n',
        encoding='utf-8',
    )
    for args in (['news.txt'], ['--input-format', 'jsonl', 'news.jsonl']):
        one = run_main(['--types', 'money,percent', *args], capsys)
        two = run_main(['--types', 'money,percent', '--workers', '2', *args], capsys)
        assert two == one
        assert len(records(one[1])) > 20
    assert started == [1, 2, 1, 2]


def test_dead_worker_in_the_middle_of_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A worker dying after some blocks of a file names the character where the lost output starts."""

    monkeypatch.setattr(cli, 'extract_many', dying_extract_many)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 20)
    monkeypatch.chdir(tmp_path)
    Path('a.txt').write_text('Текст номер один.\n\n' * 5, encoding='utf-8')
    Path('b.txt').write_text('Текст.', encoding='utf-8')
    status, out, err = run_main(['--workers', '2', 'a.txt', 'b.txt'], capsys)
    assert (status, out) == (1, '')
    assert err.splitlines() == [
        ('factlex: a.txt: a worker process ended abruptly (killed, or out of memory?); '
         'this file from character 38 on and the files after it were not processed'),
    ]


def test_the_word_after_a_block_is_seen_as_in_the_whole_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    blocks_seen: list[streaming.Block],
) -> None:
    """Money looks at the word after an amount, across a blank line: a block ending there still sees it."""
    monkeypatch.chdir(tmp_path)
    # "1,5 млрд" before "Человек" counts people, not roubles, in the whole text.
    Path('news.txt').write_text('Выручка составила 1,3 млрд рублей, а прибыль — 1,5 млрд\n\nЧеловек пришло много.\n\n' * 3,
                                encoding='utf-8')
    whole = run_main(['--types', 'money', 'news.txt'], capsys)
    monkeypatch.setattr(streaming, 'BLOCK_CHARS', 20)
    assert run_main(['--types', 'money', 'news.txt'], capsys) == whole
    assert len(blocks_seen) > 3
    assert [rec['text'] for rec in records(whole[1])] == ['1,3 млрд рублей'] * 3
