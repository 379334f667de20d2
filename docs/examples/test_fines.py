"""Tests of the example fines grammar: its corpus, and its Fine with a nested
Money through to_dict/from_dict, the command line, HTML and spaCy."""

import json

import pytest

import fines
from factlex import Extractor, Money, extract_html, from_dict, to_dict
from factlex.cli import main
from factlex.testing import corpus_cases
from fines import Fine

EXTRACTOR = Extractor(types=[], grammars=[fines])


def rub(amount, **more):
    return Money(None, amount, 'RUB', **more)


class CORPUS:
    POSITIVE = [
        ('оштрафовал компанию на 500 тыс. рублей', Fine(None, rub(500000))),
        ('оштрафовал ООО «Ромашка» на сумму 1,2 млн руб.', Fine(None, rub(1200000))),
        ('оштрафован на 30 тыс. рублей', Fine(None, rub(30000))),
        ('оштрафовали бывшего министра на $5 млн', Fine(None, Money(None, 5000000, 'USD'))),
        ('штраф в размере 300 тыс. рублей', Fine(None, rub(300000))),
        ('штраф в 1,5 млн рублей', Fine(None, rub(1500000))),
        ('штрафа 200 тыс. руб.', Fine(None, rub(200000))),
        ('оштрафован на сумму от 100 до 200 тыс. рублей', Fine(None, rub(100000, max_amount=200000))),
        ('штраф около 300 тыс. рублей', Fine(None, rub(300000, qualifier='approx'))),
    ]
    IN_CONTEXT = [
        ('Суд оштрафовал компанию на 500 тыс. рублей за нарушение сроков.',
         [('оштрафовал компанию на 500 тыс. рублей', Fine(None, rub(500000)))]),
        ('Компании назначен штраф в размере 300 тыс. рублей, сообщил суд.',
         [('штраф в размере 300 тыс. рублей', Fine(None, rub(300000)))]),
    ]
    NEGATIVE = [
        'Штраф 200 тыс.',  # an amount without a currency is no money
        'Штраф увеличили с 40 до 45 тыс. рублей.',  # a change of two amounts, not one fine
        'Суд оштрафовал компанию.',  # no amount
        'Компания заплатила 500 тыс. рублей.',  # money, but no fine
    ]
    XFAIL = [
        ('наложил штраф в полмиллиона рублей', Fine(None, rub(500000))),  # "полмиллиона" fused with its scale
    ]


@pytest.mark.parametrize('case', corpus_cases(CORPUS, EXTRACTOR, 'fine'))
def test_fine_corpus(case):
    """Each example gives exactly its expected fine."""
    case.check()


TEXT = 'Суд оштрафовал компанию на 500 тыс. рублей.'


def test_the_amount_has_its_own_span():
    """The nested Money points at the amount, inside the fine's mention."""
    (fine,) = EXTRACTOR.extract(TEXT)
    assert TEXT[fine.span.start:fine.span.stop] == 'оштрафовал компанию на 500 тыс. рублей'
    assert TEXT[fine.amount.span.start:fine.amount.span.stop] == '500 тыс. рублей'


def test_round_trip():
    """from_dict(to_dict(fine)) is the fine, its amount a Money again."""
    for text, _ in CORPUS.POSITIVE:
        for fine in EXTRACTOR.extract(text):
            data = json.loads(json.dumps(to_dict(fine, text)))
            assert from_dict(data, classes=[Fine]) == fine


def test_command_line(capsys, tmp_path, monkeypatch):
    """factlex --grammar fines prints a fine with its amount as a nested object."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / 'news.txt').write_text(TEXT, encoding='utf-8')
    assert main(['--grammar', 'fines', '--only-custom', 'news.txt']) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record['text'] == 'оштрафовал компанию на 500 тыс. рублей'
    assert record['amount']['span'] == [27, 42]
    assert from_dict(record, classes=[Fine]) == EXTRACTOR.extract(TEXT)[0]


def test_html():
    """In HTML, the fine and its amount are placed in the page."""
    page = '<p>Суд <a href="/x">оштрафовал</a> компанию на&nbsp;500 <b>тыс.</b> рублей.</p>'
    (fine,) = extract_html(page, extractor=EXTRACTOR)
    assert page[fine.amount.span.start:fine.amount.span.stop] == '500 <b>тыс.</b> рублей'
    assert page[fine.span.start:fine.span.stop].startswith('оштрафовал</a>')


def test_spacy():
    """In spaCy, doc._.facts holds the Fine with its Money, as Extractor.extract gives it."""
    spacy = pytest.importorskip('spacy', reason="spaCy is not installed: pip install 'factlex[spacy]'")
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'types': [], 'grammars': ['fines']})
    doc = nlp(TEXT)
    assert doc._.facts == EXTRACTOR.extract(TEXT)
    assert isinstance(doc._.facts[0].amount, Money)
    assert doc.spans['factlex'][0]._.fact == doc._.facts[0]
