"""``to_dict`` / ``from_dict``: the JSON-friendly form of facts."""

import json
from decimal import Decimal

import attrs
import pytest

from factlex import Agreement, Money, Percent, Span, extract, from_dict, to_dict

SAMPLES = [
    'Россия выделила Беларуси кредит на $1,7\u00a0млрд на программу импортозамещения.',
    'Инфляция составила 4,4%. Ставку повысили на 0,25 п.п.\nБанк получил 350 тыс. руб. прибыли.',
    'от 6 до 9 млн евро, 10–15%, не более 3 млн долларов, 299 рублей 90 копеек.',
    'Цены выросли с 16% до 18%, а зарплаты — с 40 до 45 тыс. рублей.',
    '«Газпром» заплатил €1,5 млрд (около 12,6% выручки), ставка снизилась на 50 б.п.',
]

HAND_BUILT = [
    Money(Span(0, 9), '1700000000', 'USD'),
    Money(Span(3, 21), '6000000', 'EUR', max_amount='9000000'),
    Money(Span(0, 23), Decimal(3000000), 'USD', qualifier='less_than'),
    Money(Span(5, 5), 0, 'RUB', max_amount=10, qualifier='up_to'),
    Money(None, '299.9', 'RUB', qualifier='approx'),
    Money(Span(0, 4), '1E+3', 'GBP'),
    Percent(Span(0, 4), '4.4'),
    Percent(Span(2, 11), '0.25', unit='point'),
    Percent(Span(0, 6), '10', max_value='15', qualifier='from'),
    Percent(None, '-0.5', unit='point', qualifier='more_than'),
    Percent(Span(1, 2), '12.60', max_value='13.00', unit='percent', qualifier='approx'),
]


@pytest.fixture(scope='module')
def found():
    return [(text, fact) for text in SAMPLES for fact in extract(text)]


def test_samples_hold_both_types(found):
    """The sample texts give facts of both types, with ranges, qualifiers and points among them."""
    facts = [fact for _, fact in found]
    assert {type(fact) for fact in facts} == {Money, Percent}
    assert any(getattr(fact, 'max_amount', None) is not None for fact in facts)
    assert any(fact.qualifier is not None for fact in facts)
    assert any(getattr(fact, 'unit', None) == 'point' for fact in facts)


def test_money_dict_layout():
    """A Money dict has type, span, text and every field, with Decimals as strings."""
    text = 'Кредит на $1,7 млрд.'
    fact = Money(Span(10, 19), '1700000000', 'USD', max_amount='2000000000', qualifier='approx')
    assert to_dict(fact, text) == {
        'type': 'Money',
        'span': [10, 19],
        'text': '$1,7 млрд',
        'amount': '1700000000',
        'currency': 'USD',
        'max_amount': '2000000000',
        'qualifier': 'approx',
    }


def test_percent_dict_layout():
    """A Percent dict has type, span, text and every field, with Decimals as strings."""
    text = 'Ставку повысили на 0,25 п.п.'
    fact = Percent(Span(19, 28), '0.25', unit='point')
    assert to_dict(fact, text) == {
        'type': 'Percent',
        'span': [19, 28],
        'text': '0,25 п.п.',
        'value': '0.25',
        'max_value': None,
        'unit': 'point',
        'qualifier': None,
    }


def test_keys_of_found_facts(found):
    """Every found fact's dict holds type, span, its mention as text, and exactly the class's fields."""
    for text, fact in found:
        data = to_dict(fact, text)
        fields = {field.name for field in attrs.fields(type(fact))} - {'span'}
        assert set(data) == {'type', 'span', 'text'} | fields
        assert data['type'] == type(fact).__name__
        assert data['span'] == [fact.span.start, fact.span.stop]
        assert data['text'] == text[fact.span.start:fact.span.stop]


def test_without_text_there_is_no_text_key():
    """Without the source text the dict has no ``text`` key, and a span-less fact gets ``span: None``."""
    assert 'text' not in to_dict(Money(Span(0, 2), '1', 'USD'))
    data = to_dict(Money(None, '1', 'USD'), 'какой-то текст')
    assert data['span'] is None and 'text' not in data


def test_decimals_are_strings(found):
    """Every Decimal field becomes its exact string, never a float."""
    for text, fact in found:
        data = to_dict(fact, text)
        for field in attrs.fields(type(fact)):
            value = getattr(fact, field.name)
            if isinstance(value, Decimal):
                assert data[field.name] == str(value)
                assert Decimal(data[field.name]) == value
        assert not any(isinstance(value, (float, Decimal)) for value in data.values())


@pytest.mark.parametrize('fact', HAND_BUILT, ids=repr)
def test_hand_built_round_trip(fact):
    """A hand-built fact survives to_dict/from_dict, directly and through JSON text."""
    data = to_dict(fact)
    assert from_dict(data) == fact
    encoded = json.dumps(data)
    assert from_dict(json.loads(encoded)) == fact
    restored = from_dict(json.loads(json.dumps(to_dict(fact, 'x' * 40))))
    assert restored == fact
    assert type(restored) is type(fact)
    # Decimals keep their exact form, not merely an equal value.
    for field in attrs.fields(type(fact)):
        assert str(getattr(restored, field.name)) == str(getattr(fact, field.name))


def test_found_facts_round_trip(found):
    """Every fact found in the samples survives to_dict/from_dict and a JSON text round trip."""
    for text, fact in found:
        data = to_dict(fact, text)
        assert from_dict(data) == fact
        assert from_dict(json.loads(json.dumps(data))) == fact
        assert json.loads(json.dumps(data)) == data
        assert from_dict(json.loads(json.dumps(to_dict(fact)))) == fact


def test_json_dumps_works(found):
    """Dicts of found facts serialize with the standard json module, non-ASCII text included."""
    payload = [to_dict(fact, text) for text, fact in found]
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == payload
    assert json.loads(json.dumps(payload)) == payload


def test_from_dict_ignores_text():
    """``from_dict`` rebuilds from the fields and ignores the mention text."""
    fact = Money(Span(0, 4), '5', 'RUB')
    data = dict(to_dict(fact, '5 р.'), text='совсем другой текст')
    assert from_dict(data) == fact


@pytest.mark.parametrize(
    'value',
    [None, 42, 'Money', {'type': 'Money'}, Span(0, 1), Decimal(1), (Money(None, '1', 'USD'),)],
    ids=repr,
)
def test_to_dict_rejects_non_facts(value):
    """``to_dict`` of anything but a fact raises TypeError."""
    with pytest.raises(TypeError):
        to_dict(value)


def test_to_dict_rejects_foreign_class_named_like_a_fact():
    """An attrs class without a span is not a fact, even named like one: TypeError."""

    @attrs.frozen
    class Money:  # deliberately shares factlex.Money's name
        amount: str = '1'

    with pytest.raises(TypeError):
        to_dict(Money())


@pytest.mark.parametrize(
    'data',
    [
        {'type': 'Date', 'span': [0, 1]},
        {'type': 'money', 'span': [0, 1], 'amount': '1', 'currency': 'USD'},
        {'type': 'Span', 'span': [0, 1]},
        {'span': [0, 1], 'amount': '1', 'currency': 'USD'},
        {'type': None},
    ],
    ids=repr,
)
def test_from_dict_unknown_type(data):
    """``from_dict`` with an unknown or missing type raises ValueError naming the valid types."""
    with pytest.raises(ValueError) as info:
        from_dict(data)
    assert 'Money' in str(info.value) and 'Percent' in str(info.value)


def test_from_dict_validates_fields():
    """``from_dict`` goes through the fact's validators, so bad values are rejected."""
    with pytest.raises(ValueError):
        from_dict({'type': 'Money', 'span': [0, 1], 'amount': '1', 'currency': 'usd'})
    with pytest.raises(TypeError):
        from_dict({'type': 'Money', 'span': [0, 1], 'amount': 1.5, 'currency': 'USD'})
    with pytest.raises(ValueError):
        from_dict({'type': 'Percent', 'span': [2, 1], 'value': '1'})


def test_official_round_trip():
    """An Official with its Person survives to_dict, JSON and from_dict unchanged."""
    from factlex import Official, Person

    text = 'Вице-премьер России Юрий Борисов отметил рост.'
    (fact,) = extract(text, types=['official'])
    assert isinstance(fact, Official) and isinstance(fact.person, Person)
    data = json.loads(json.dumps(to_dict(fact, text), ensure_ascii=False))
    assert data['person']['first'] == 'Юрий' and data['text'] == 'Вице-премьер России Юрий Борисов'
    assert from_dict(data) == fact


def test_agreement_round_trip():
    """An Agreement found in text survives to_dict, JSON and from_dict, parties as a JSON list."""
    text = 'Накануне в Сочи Россия и Беларусь подписали соглашение о сотрудничестве.'
    (fact,) = extract(text, types=['agreement'])
    assert isinstance(fact, Agreement)
    data = json.loads(json.dumps(to_dict(fact, text), ensure_ascii=False))
    assert data['parties'] == ['Россия', 'Беларусь']
    assert data['text'] == 'Россия и Беларусь подписали соглашение о сотрудничестве'
    assert (data['status'], data['date'], data['place']) == ('signed', 'Накануне', 'в Сочи')
    assert from_dict(data) == fact


def test_agreement_when_and_value_round_trip():
    """An agreement's date parts and worth come back as When and Money, spans included."""
    text = 'Стороны подписали 12 марта 2015 года контракт на 5 млн рублей.'
    (fact,) = extract(text, types=['agreement'])
    data = json.loads(json.dumps(to_dict(fact, text), ensure_ascii=False))
    assert data['when'] == {'span': [18, 36], 'year': 2015, 'month': 3, 'day': 12}
    assert data['value'] == {'span': [49, 61], 'amount': '5000000', 'currency': 'RUB', 'max_amount': None,
                             'qualifier': None}
    assert from_dict(data) == fact


@pytest.mark.parametrize('fact', [
    Agreement(Span(0, 9), 'договор'),
    Agreement(None, 'дорожная карта', subject='по развитию торговли', parties=('Стороны',), status='planned',
              date='в мае', place='в Минске'),
], ids=repr)
def test_hand_built_agreement_round_trip(fact):
    """A hand-built Agreement, with or without optional fields, round-trips through JSON."""
    assert from_dict(json.loads(json.dumps(to_dict(fact)))) == fact
