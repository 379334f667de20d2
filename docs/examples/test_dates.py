"""Tests of the example date grammar, as a user's suite would write them:
a corpus run by factlex.testing, plus the grammar working beside the built-ins."""

import pytest

import dates
from dates import Date
from factlex import Extractor, extract_many, to_dict
from factlex.testing import corpus_cases

EXTRACTOR = Extractor(types=[], grammars=[dates.GRAMMAR])


class CORPUS:
    POSITIVE = [
        ('22 ноября 2023 года', Date(None, 2023, 11, 22)),
        ('22 ноября 2023 г.', Date(None, 2023, 11, 22)),
        ('1 января', Date(None, None, 1, 1)),
        ('29 февраля', Date(None, None, 2, 29)),
        ('мае 2015 года', Date(None, 2015, 5)),
        ('сентябре', Date(None, None, 9)),
        ('12.05.2020', Date(None, 2020, 5, 12)),
        ('2015 году', Date(None, 2015)),
    ]
    IN_CONTEXT = [
        ('Соглашение подписали 22 ноября 2023 года в Сочи.', [('22 ноября 2023 года', Date(None, 2023, 11, 22))]),
        ('Запуск перенесли с марта на 5 апреля.', [('марта', Date(None, None, 3)), ('5 апреля', Date(None, None, 4, 5))]),
        # A day the month does not have: to_facts rejects the long match, and
        # the shorter ones it accepts are what remains.
        ('31 апреля', [('апреля', Date(None, None, 4))]),
    ]
    NEGATIVE = [
        'В 2015 прошло 12 встреч.',  # a bare number is not taken for a year
        'Майский указ.',  # the adjective, not the month
    ]
    XFAIL = [
        ('двадцать второго ноября', Date(None, None, 11, 22)),  # ordinal numerals in words
    ]


@pytest.mark.parametrize('case', corpus_cases(CORPUS, EXTRACTOR, 'date'))
def test_date_corpus(case):
    """Each example gives exactly its expected date."""
    case.check()


def test_beside_the_built_in_grammars():
    """Added to the built-ins, dates come sorted among the other facts."""
    text = 'С 1 января 2024 года тариф вырос на 4,4%.'
    facts = Extractor(types=['percent'], grammars=[dates.GRAMMAR]).extract(text)
    assert [type(fact).__name__ for fact in facts] == ['Date', 'Percent']
    assert to_dict(facts[0], text) == {
        'type': 'Date', 'span': [2, 20], 'text': '1 января 2024 года', 'year': 2024, 'month': 1, 'day': 1,
    }


def test_in_worker_processes():
    """The grammar reaches worker processes by the name of its module."""
    texts = ['Встреча 3 марта.', 'Без дат.', 'В 2015 году и 12.05.2020.'] * 4
    assert list(extract_many(texts, workers=2, types=[], grammars=[dates.GRAMMAR], chunksize=2)) == [
        EXTRACTOR.extract(text) for text in texts
    ]
