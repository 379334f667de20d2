"""``python -m factlex.bench`` runs end to end on a tiny corpus (the benchmark itself is not a test)."""

import pytest

from factlex import bench


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / 'a.txt').write_text('Рост 4,4%. Кредит на $1,7 млрд.', encoding='utf-8')
    (tmp_path / 'sub').mkdir()
    (tmp_path / 'sub' / 'b.txt').write_text('Ставка 16%.', encoding='utf-8')
    (tmp_path / 'notes.md').write_text('Рост 99%.', encoding='utf-8')
    return tmp_path


def test_load_texts_reads_txt_files_recursively_up_to_the_limit(corpus):
    """*.txt files of the tree, in path order, cut to the limit; 0 means no limit."""
    assert bench.load_texts(str(corpus)) == ['Рост 4,4%. Кредит на $1,7 млрд.', 'Ставка 16%.']
    assert bench.load_texts(str(corpus), 0) == bench.load_texts(str(corpus))
    assert bench.load_texts(str(corpus), 35) == ['Рост 4,4%. Кредит на $1,7 млрд.', 'Став']


def test_pathological_texts_have_the_size_of_the_normal_one():
    """Each pathological input is exactly as long as the text it is compared with."""
    normal = 'Инфляция составила 4,4%.\nБанк получил 350 тыс. руб. прибыли. ' * 50
    assert {len(text) for text in bench.pathological_texts(normal).values()} == {len(normal)}


def test_runs_and_says_when_natasha_is_missing(corpus, monkeypatch, capsys):
    """One short run prints factlex's first and warm rates, the time to the first fact, windows and scaling, and skips natasha with a message when it is absent."""
    monkeypatch.setattr(bench, '_natasha_missing', lambda: 'natasha is not installed')
    assert bench.main([str(corpus), '--types', 'percent', '--repeat', '1']) == 0
    out = capsys.readouterr().out
    assert 'corpus: 2 texts, 42 chars' in out
    assert 'natasha: skipped: natasha is not installed' in out
    assert '\nfactlex ' in out and 'chars/s' in out and 'peak RSS' in out
    assert 'scaling, CPU time' in out
    assert 'first pass, CPU' in out and 'warm, CPU' in out
    assert 'import factlex to the first fact' in out
    assert 'rejected before the chart' in out and 'words analysed' in out
    assert 'first pass, CPU per character' in out
    assert 'natasha money' not in out
