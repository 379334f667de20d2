"""The scorers of hand-written sets in tools/: what they count and how they split a file."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / 'tools'


@pytest.fixture(autouse=True)
def _tools_on_path(monkeypatch):
    monkeypatch.syspath_prepend(str(TOOLS))  # as when a tool runs as a script


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f'{name}.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path: Path, items: list[dict]) -> Path:
    path.write_text(''.join(json.dumps(item, ensure_ascii=False) + '\n' for item in items), encoding='utf-8')
    return path


OFFICIALS = [
    # found, with a longer post than written: a match
    {'id': 1, 'text': 'Об этом сообщил министр финансов России Антон Силуанов.',
     'officials': [{'position': 'министр', 'person': 'Антон Силуанов'}]},
    # a pair the text does not give: a miss
    {'id': 2, 'text': 'Погода в Москве будет тёплой.',
     'officials': [{'position': 'мэр', 'person': 'Сергей Собянин'}]},
    # given-name-last East Asian order still matches
    {'id': 3, 'text': 'Выступил премьер-министр Вьетнама Нгуен Суан Фук.',
     'officials': [{'position': 'премьер-министр', 'person': 'Нгуен Суан Фук'}]},
]


def test_score_officials_counts_pairs(tmp_path, capsys):
    path = _write(tmp_path / 'officials.jsonl', OFFICIALS)
    assert _tool('score_officials').main([str(path)]) == 0
    assert 'texts 3  pairs P 100.0  R 66.7  F1 80.0  (TP 2 FP 0 FN 1)  exact 2/3' in capsys.readouterr().out


def test_score_officials_reads_a_second_given_name_not_a_patronymic(tmp_path, capsys):
    path = _write(tmp_path / 'officials.jsonl', [
        {'id': 1, 'text': 'Министр иностранных дел Ирана Мохаммад Джавад Зариф прибыл в Вену.',
         'officials': [{'position': 'министр иностранных дел Ирана', 'person': 'Мохаммад Джавад Зариф'}]},
        {'id': 2, 'text': 'Министр финансов Антон Германович Силуанов выступил.',
         'officials': [{'position': 'министр финансов', 'person': 'Антон Германович Силуанов'}]},
    ])
    assert _tool('score_officials').main([str(path)]) == 0
    assert 'texts 2  pairs P 50.0  R 50.0  F1 50.0  (TP 1 FP 1 FN 1)  exact 1/2' in capsys.readouterr().out


@pytest.mark.parametrize(('ids', 'texts'), [('even', 1), ('odd', 2)])
def test_score_officials_keeps_one_half(tmp_path, capsys, ids, texts):
    path = _write(tmp_path / 'officials.jsonl', OFFICIALS)
    _tool('score_officials').main([str(path), '--ids', ids])
    assert capsys.readouterr().out.startswith(f'texts {texts} ')


def test_score_parties_counts_parties_and_negatives(tmp_path, capsys):
    path = _write(tmp_path / 'agreements.jsonl', [
        {'id': 1, 'text': 'Россия и Китай подписали соглашение о сотрудничестве.', 'parties': ['Россия', 'Китай']},
        {'id': 2, 'text': 'Завод подписал контракт с компанией «Алмаз».', 'parties': ['Завод', 'Алмаз', 'Банк']},
        {'id': 3, 'text': 'Президент подписал указ о назначении.', 'parties': []},
    ])
    assert _tool('score_parties').main([str(path)]) == 0
    assert capsys.readouterr().out.strip() == (
        'texts 2  parties P 100.0  R 80.0  F1 88.9  exact 1/2  negatives with a fact 0/1')
