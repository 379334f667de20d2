"""The agreement grammar's vocabulary and the phrase helpers it normalizes parties with."""

import re

import pytest
import yargy.morph  # noqa: F401  -- pymorphy2 hotfix before pymorphy2 is used
from factlex.grammars import agreement
from factlex.grammars.agreement.circumstances import _split_topic
from factlex.grammars.agreement.documents import _kind
from factlex.grammars.person import is_person_name, name_nominative
from factlex.grammars.phrases import phrase_nominative

from factlex import extract
from factlex.morph import morph_analyzer, tokenizer


def _tokens(text):
    split = tokenizer()
    return [split.analyzed(token) for token in split.scan(text)]


def _forms(noun):
    """Every form pymorphy2 knows of a one-word noun, as this noun."""
    return sorted({
        form.word for parse in morph_analyzer().raw.parse(noun)
        if parse.normal_form == noun and 'NOUN' in parse.tag for form in parse.lexeme
    })


WORDS = [noun for noun in agreement.DOCUMENTS if ' ' not in noun and noun not in agreement.ABBREVIATIONS]


@pytest.mark.parametrize('noun', WORDS)
def test_every_form_of_a_document_noun_gives_its_kind(noun):
    """pymorphy2 reads every form of each vocabulary noun as that noun, so it is the fact's kind."""
    forms = _forms(noun)
    assert forms, f'pymorphy2 does not know {noun!r} as a noun'
    assert all(_kind(_tokens(form)) == noun for form in forms)


@pytest.mark.parametrize('text', ['дорожную карту', 'дорожных карт', 'СРП', 'ДСНВ'])
def test_phrases_and_abbreviations_give_their_kind(text):
    """A two-word entry matches in any case; an abbreviation as written."""
    assert _kind(_tokens(text)) in agreement.DOCUMENTS


def test_a_vocabulary_noun_is_found_in_every_case():
    """The grammar finds the noun whatever case the signing word governs."""
    for text, kind in [('подписали хартию', 'хартия'), ('подписание хартии', 'хартия'),
                       ('поставили подписи под хартией', 'хартия'), ('хартия была подписана', 'хартия')]:
        assert [fact.kind for fact in extract(text, types=['agreement'])] == [kind], text


@pytest.mark.parametrize(('text', 'cases', 'expected'), [
    ('Южной Осетией', {'ablt'}, 'Южная Осетия'),
    ('двум странам', {'datv'}, 'две страны'),
    ('администрацией области', {'ablt'}, 'администрация области'),
    ('55-летним специалистом', {'ablt'}, '55-летний специалист'),
    ('палестинцами', {'ablt'}, 'палестинцы'),
    ('МИДом', {'ablt'}, 'МИД'),
])
def test_phrase_nominative(text, cases, expected):
    """The head noun and the words agreeing with it go into the nominative; governed words stay."""
    assert phrase_nominative(_tokens(text), cases) == expected


@pytest.mark.parametrize(('text', 'cases', 'expected'), [
    ('Дмитрием Медведевым', {'ablt'}, 'Дмитрий Медведев'),
    ('Бараком Обамой', {'ablt'}, 'Барак Обама'),
    ('Виктора Януковича', {'nomn'}, 'Виктор Янукович'),
    ('Эльвирой Набиуллиной', {'ablt'}, 'Эльвира Набиуллина'),
    ('Павлюченко', {'gent'}, 'Павлюченко'),
])
def test_name_nominative(text, cases, expected):
    """A person's name goes into the nominative, in the case of the name itself when the slot's does not fit."""
    assert name_nominative(_tokens(text), cases) == expected


@pytest.mark.parametrize(('text', 'expected'), [
    ('Барак Обама', True), ('Си Цзиньпин', True), ('Бекхэм', True),
    ('Россия', False), ('Минском', False), ('Минпромторг', False), ('ФИДЕ', False), ('Нападающий Дзюба', False),
])
def test_is_person_name(text, expected):
    """Names read as persons; places, bodies, abbreviations and descriptions do not."""
    assert is_person_name(_tokens(text)) is expected


@pytest.mark.parametrize(('text', 'deadline', 'expected'), [
    ('об ассоциации в ноябре на саммите в Вильнюсе', False, ('об ассоциации', 'в ноябре', 'в Вильнюсе')),
    ('о делимитации границы в Бишкеке 2 декабря', False, ('о делимитации границы', '2 декабря', 'в Бишкеке')),
    ('о сотрудничестве в рамках форума в Сочи', False, ('о сотрудничестве', '', 'в Сочи')),
    ('о прекращении кризиса в Украине', False, ('о прекращении кризиса в Украине', '', '')),
    ('о военном сотрудничестве до 2030 года', False, ('о военном сотрудничестве до 2030 года', '', '')),
    ('по интеграции до конца года', True, ('по интеграции', 'до конца года', '')),
])
def test_split_topic(text, deadline, expected):
    """A date or a frame ends the topic; a place alone stays in it; "до ..." is a term unless the signing is ahead."""
    from factlex.grammars.phrases import join

    body, date, place = _split_topic(_tokens(text), deadline)
    assert (join(body), join(date) if date else '', join(place) if place else '') == expected


def test_police_records_are_dropped_by_resolve():
    """A protocol with a word of an inquiry in its sentence is a record, not an agreement."""
    text = 'Понятые подписали протокол. Стороны подписали протокол о намерениях.'
    assert [fact.subject for fact in extract(text, types=['agreement'])] == ['о намерениях']


#### GENERATED: parties and documents put through the cases by pymorphy2 ####

#: Sides the tests decline: countries, cities and bodies of both genders and numbers.
SIDES = ['Китай', 'Индия', 'Япония', 'Франция', 'Египет', 'Казахстан', 'Турция', 'Бразилия', 'Москва', 'Минск',
         'Евросоюз', 'Норвегия']


def _declined(word, case):
    """``word`` in ``case``, capitalized as given (pymorphy2 lowers it)."""
    parse = next(parse for parse in morph_analyzer().raw.parse(word) if 'NOUN' in parse.tag)
    form = parse.inflect({case}).word
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def _noun(noun, grams):
    parse = next(parse for parse in morph_analyzer().raw.parse(noun) if parse.normal_form == noun and 'NOUN' in parse.tag)
    found = parse.inflect(set(grams))
    return found.word if found is not None else None


PAIRS = list(zip(SIDES, SIDES[1:] + SIDES[:1]))
SIDE_FRAMES = [
    ('{a:nomn} подпишет соглашение с {b:ablt}', 'planned'),
    ('{a:nomn} заключит с {b:ablt} договор', 'planned'),
    ('Соглашение подписано {a:ablt} и {b:ablt}', 'signed'),
    ('подписание договора между {a:ablt} и {b:ablt}', 'signed'),
    ('{a:nomn} и {b:nomn} планируют подписать меморандум', 'planned'),
    ('{a:nomn} не подпишет протокол с {b:ablt}', 'refused'),
    ('{a:nomn} и {b:nomn} подписали декларацию', 'signed'),
    ('Контракт, заключённый между {a:ablt} и {b:ablt}', 'signed'),
]


def _fill(frame, a, b):
    return re.sub(r'\{(\w):(\w+)\}', lambda match: _declined(a if match.group(1) == 'a' else b, match.group(2)), frame)


@pytest.mark.parametrize(('frame', 'status'), SIDE_FRAMES)
@pytest.mark.parametrize(('a', 'b'), PAIRS)
def test_sides_in_every_case_come_back_in_the_nominative(frame, status, a, b):
    """A side declined into the case its construction governs is given in the nominative, with the status."""
    text = _fill(frame, a, b)
    (fact,) = extract(text, types=['agreement'])
    assert set(fact.parties) == {a, b}, text
    assert fact.status == status, text


DOCUMENT_FRAMES = [
    ('Стороны подписали {accs}', 'signed'),
    ('Стороны подписали {accs,plur}', 'signed'),
    ('подписание {gent}', 'signed'),
    ('отказ от подписания {gent,plur}', 'refused'),
    ('поставили подписи под {ablt}', 'signed'),
    ('Стороны намерены заключить {accs}', 'planned'),
]


@pytest.mark.parametrize(('frame', 'status'), DOCUMENT_FRAMES)
@pytest.mark.parametrize('noun', WORDS)
def test_document_nouns_in_every_case_give_their_kind(frame, status, noun):
    """Each vocabulary noun, put in the case and number a signing word governs, is the kind of one fact."""
    grams = re.search(r'\{(.*)\}', frame).group(1).split(',')
    form = _noun(noun, grams)
    if form is None:
        pytest.skip(f'{noun!r} has no form {grams}')
    text = re.sub(r'\{.*\}', form, frame)
    facts = extract(text, types=['agreement'])
    assert [(fact.kind, fact.status) for fact in facts] == [(noun, status)], text


#### WHEN AND VALUE ####

def test_relative_dates_need_a_reference_date():
    """"вчера" has no parts unless the caller passes reference_date, to extract or to the Extractor."""
    import datetime
    import pickle

    from factlex import Extractor, When

    text = 'Компании подписали контракт вчера.'
    (fact,) = extract(text, types=['agreement'])
    assert (fact.date, fact.when.year, fact.when.month, fact.when.day) == ('вчера', None, None, None)
    (fact,) = extract(text, types=['agreement'], reference_date=datetime.date(2024, 3, 1))
    assert fact.when == When(fact.when.span, 2024, 2, 29)
    assert text[fact.when.span.start:fact.when.span.stop] == 'вчера'
    extractor = Extractor(['agreement'], reference_date=datetime.date(2020, 1, 1))
    assert extractor(text)[0].when.day == 31
    assert pickle.loads(pickle.dumps(extractor))(text)[0].when.year == 2019
    with pytest.raises(TypeError):
        Extractor(['agreement'], reference_date='2020-01-01')


@pytest.mark.parametrize('text, parts', [
    # the reference is Thursday 14 May 2020: a planned signing looks ahead, a done one back
    ('Подписание меморандума состоится в среду.', (2020, 5, 20)),
    ('Стороны подписали меморандум в среду.', (2020, 5, 13)),
    ('Соглашение будет подписано в феврале.', (2021, 2, None)),
    ('Стороны намерены подписать договор 12 мая.', (2021, 5, 12)),
    ('Соглашение подписали в декабре.', (2019, 12, None)),
    ('Соглашение подписали в апреле.', (2020, 4, None)),
    ('Договор будет подписан в следующую пятницу.', (2020, 5, 15)),
    ('Россия отказалась подписать договор в пятницу.', (2020, 5, 8)),
    # a year told relative to the reference, alone or with a season, month or day
    ('Компании заключили соглашение в позапрошлом году.', (2018, None, None)),
    ('Осенью прошлого года стороны подписали меморандум.', (2019, None, None)),
    ('Договор подписан 30 декабря прошлого года.', (2019, 12, 30)),
    ('Соглашение подписали в марте этого года.', (2020, 3, None)),
])
def test_relative_dates_follow_the_tense_of_the_signing(text, parts):
    """A weekday or a month without a year is the next one for a planned signing, the last for one done."""
    import datetime

    (fact,) = extract(text, types=['agreement'], reference_date=datetime.date(2020, 5, 14))
    assert (fact.when.year, fact.when.month, fact.when.day) == parts, fact


def test_when_parts_are_checked():
    """A When refuses a month or day that no calendar has."""
    from factlex import When

    with pytest.raises(ValueError):
        When(None, 2020, 13, None)
    with pytest.raises(ValueError):
        When(None, None, 2, 32)


def test_value_is_the_money_fact_of_the_same_mention():
    """An agreement's value is exactly the Money the money grammar gives there, span included."""
    text = 'В 2019 году стороны заключили контракт стоимостью около 2,3 млрд рублей на строительство.'
    money = extract(text, types=['money'])
    (fact,) = extract(text, types=['agreement'])
    assert [fact.value] == money
    assert fact.when.year == 2019


def test_name_normalization_still_importable_from_phrases():
    """Grammars written before names moved to grammars/person.py keep working."""
    from factlex.grammars import person, phrases

    assert phrases.name_nominative is person.name_nominative
    assert phrases.person_nominative is person.person_nominative
