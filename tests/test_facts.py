"""Validation, conversion, equality and hashing of the fact classes."""

import pickle
from decimal import Decimal

import attrs
import pytest

from factlex import FACT_TYPES, Money, Percent, Span
from factlex.facts import AGREEMENT_STATUSES, PERCENT_UNITS, QUALIFIERS, Agreement, Official

DOCUMENTED_QUALIFIERS = ['approx', 'more_than', 'less_than', 'up_to', 'from']

##########
#   SPAN
##########


def test_span_holds_offsets():
    """A Span keeps its offsets and its length is ``stop - start``."""
    span = Span(3, 10)
    assert (span.start, span.stop, len(span)) == (3, 10, 7)
    assert len(Span(4, 4)) == 0


@pytest.mark.parametrize(('start', 'stop'), [(-1, 5), (-10, -5), (-1, -1)])
def test_span_rejects_negative_start(start, stop):
    """A negative start raises ValueError."""
    with pytest.raises(ValueError):
        Span(start, stop)


@pytest.mark.parametrize(('start', 'stop'), [(5, 4), (1, 0), (0, -1)])
def test_span_rejects_stop_before_start(start, stop):
    """A stop before the start raises ValueError."""
    with pytest.raises(ValueError, match='before start'):
        Span(start, stop)


@pytest.mark.parametrize(('start', 'stop'), [('0', 1), (0, '1'), (0.0, 1), (0, 1.0), (None, 1), (0, None)])
def test_span_rejects_non_int(start, stop):
    """Non-int offsets raise TypeError."""
    with pytest.raises(TypeError):
        Span(start, stop)


##########
#   MONEY
##########


@pytest.mark.parametrize('amount', [1.5, 1700000000.0, 0.0, float('nan')], ids=repr)
def test_money_rejects_float_amount(amount):
    """A float amount raises TypeError, so no binary noise reaches the Decimal."""
    with pytest.raises(TypeError, match='float'):
        Money(None, amount, 'USD')


@pytest.mark.parametrize('max_amount', [2.5, 10.0], ids=repr)
def test_money_rejects_float_max_amount(max_amount):
    """A float max_amount raises TypeError too."""
    with pytest.raises(TypeError):
        Money(None, '1', 'USD', max_amount=max_amount)


@pytest.mark.parametrize('amount', [True, None, [1], (1,), b'1'], ids=repr)
def test_money_rejects_other_amount_types(amount):
    """Amounts that are not Decimal, str or int (bool included) raise TypeError."""
    with pytest.raises(TypeError):
        Money(None, amount, 'USD')


@pytest.mark.parametrize(
    ('amount', 'expected'),
    [
        ('1700000000', Decimal(1700000000)),
        ('1.7', Decimal('1.7')),
        ('0.25', Decimal('0.25')),
        (5, Decimal(5)),
        (0, Decimal(0)),
        (10**15, Decimal(10**15)),
        (Decimal('2.50'), Decimal('2.50')),
    ],
    ids=repr,
)
def test_money_converts_amount_to_decimal(amount, expected):
    """str, int and Decimal amounts become the exact Decimal they denote."""
    fact = Money(None, amount, 'USD', max_amount=amount)
    assert type(fact.amount) is Decimal and fact.amount == expected
    assert str(fact.amount) == str(expected)
    assert type(fact.max_amount) is Decimal and fact.max_amount == expected


def test_money_defaults():
    """max_amount and qualifier default to None."""
    fact = Money(Span(0, 2), '5', 'RUB')
    assert fact.max_amount is None and fact.qualifier is None


@pytest.mark.parametrize('currency', ['USD', 'RUB', 'EUR', 'CNY', 'XAU'])
def test_money_accepts_iso_codes(currency):
    """Three capital Latin letters make a currency code."""
    assert Money(None, '1', currency).currency == currency


@pytest.mark.parametrize('currency', ['usd', 'Usd', 'US', 'USDT', 'U1D', 'РУБ', '', ' USD', 'USD '], ids=repr)
def test_money_rejects_invalid_currency(currency):
    """Lower case, wrong length or non-Latin currency codes raise ValueError."""
    with pytest.raises(ValueError):
        Money(None, '1', currency)


@pytest.mark.parametrize('qualifier', DOCUMENTED_QUALIFIERS + [None])
def test_money_accepts_documented_qualifiers(qualifier):
    """Each documented qualifier code (and None) is accepted."""
    assert Money(None, '1', 'USD', qualifier=qualifier).qualifier == qualifier


@pytest.mark.parametrize('qualifier', ['about', 'APPROX', 'около', 'more than', '', 'less'], ids=repr)
def test_money_rejects_other_qualifiers(qualifier):
    """Anything but a documented qualifier code raises ValueError."""
    with pytest.raises(ValueError, match='qualifier'):
        Money(None, '1', 'USD', qualifier=qualifier)


def test_documented_qualifiers_are_the_module_set():
    """The module's QUALIFIERS are exactly the documented codes."""
    assert QUALIFIERS == frozenset(DOCUMENTED_QUALIFIERS)


##########
#   PERCENT
##########


def test_percent_defaults():
    """Percent's unit defaults to 'percent'; max_value and qualifier to None."""
    fact = Percent(Span(0, 3), '4.4')
    assert fact.unit == 'percent'
    assert fact.max_value is None and fact.qualifier is None
    assert fact.value == Decimal('4.4')


@pytest.mark.parametrize('unit', ['percent', 'point'])
def test_percent_accepts_units(unit):
    """'percent' and 'point' are the units."""
    assert Percent(None, '1', unit=unit).unit == unit
    assert PERCENT_UNITS == frozenset({'percent', 'point'})


@pytest.mark.parametrize('unit', ['basis_point', 'Percent', '%', 'п.п.', '', 'points'], ids=repr)
def test_percent_rejects_other_units(unit):
    """Any unit but 'percent' or 'point' raises ValueError."""
    with pytest.raises(ValueError):
        Percent(None, '1', unit=unit)


@pytest.mark.parametrize(('field', 'value'), [('value', 4.4), ('max_value', 15.0)])
def test_percent_rejects_floats(field, value):
    """Float values raise TypeError, as for Money."""
    values = {'value': '1', field: value}
    with pytest.raises(TypeError):
        Percent(None, **values)


def test_percent_converts_values():
    """Percent values convert from str and int to Decimal."""
    fact = Percent(None, '12.6', max_value=15)
    assert fact.value == Decimal('12.6') and type(fact.value) is Decimal
    assert fact.max_value == Decimal(15) and type(fact.max_value) is Decimal


@pytest.mark.parametrize('qualifier', ['about', 'плюс'])
def test_percent_rejects_other_qualifiers(qualifier):
    """Percent validates its qualifier like Money does."""
    with pytest.raises(ValueError):
        Percent(None, '1', qualifier=qualifier)


##########
#   VALUE SEMANTICS
##########


def test_equality_by_value():
    """Facts are equal when their fields are equal, whatever form the numbers were given in."""
    assert Money(Span(0, 4), '5', 'RUB') == Money(Span(0, 4), 5, 'RUB') == Money(Span(0, 4), Decimal(5), 'RUB')
    assert Money(None, '1.0', 'USD') == Money(None, 1, 'USD')
    assert Percent(Span(1, 3), '4.4') == Percent(Span(1, 3), Decimal('4.40'))
    assert Span(1, 2) == Span(1, 2)


@pytest.mark.parametrize(
    'other',
    [
        Money(Span(0, 5), '5', 'EUR'),
        Money(Span(0, 4), '5', 'RUB'),
        Money(Span(0, 5), '6', 'RUB'),
        Money(None, '5', 'RUB'),
        Money(Span(0, 5), '5', 'RUB', qualifier='approx'),
        Money(Span(0, 5), '5', 'RUB', max_amount='7'),
        Percent(Span(0, 5), '5'),
    ],
    ids=repr,
)
def test_inequality(other):
    """A fact differs from another of a different class or any different field."""
    assert Money(Span(0, 5), '5', 'RUB') != other


def test_money_and_percent_never_equal():
    """A Money never equals a Percent with the same span and number."""
    assert Money(Span(0, 2), '5', 'RUB') != Percent(Span(0, 2), '5')


def test_hashing():
    """Equal facts hash equally and collapse in sets and dict keys."""
    a = Money(Span(0, 4), '5.0', 'RUB')
    b = Money(Span(0, 4), 5, 'RUB')
    assert hash(a) == hash(b)
    assert len({a, b, Money(Span(0, 4), '6', 'RUB')}) == 2
    assert {Percent(None, '1'): 'x'}[Percent(None, 1)] == 'x'
    assert hash(Span(1, 2)) == hash(Span(1, 2))


@pytest.mark.parametrize(
    'fact',
    [
        Money(Span(0, 4), '5', 'RUB', max_amount='7', qualifier='from'),
        Percent(Span(0, 4), '5', unit='point'),
        Span(0, 4),
    ],
    ids=repr,
)
def test_frozen_and_slotted(fact):
    """Facts and spans are frozen (no assignment, no deletion) and slotted (no __dict__)."""
    name = attrs.fields(type(fact))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(fact, name, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(fact, name)
    with pytest.raises((attrs.exceptions.FrozenInstanceError, AttributeError)):
        fact.extra = 1
    assert not hasattr(fact, '__dict__')
    assert pickle.loads(pickle.dumps(fact)) == fact


def test_evolve_validates():
    """``attrs.evolve`` makes a new fact through the same validators."""
    fact = Money(Span(0, 4), '5', 'RUB')
    assert attrs.evolve(fact, span=None) == Money(None, '5', 'RUB')
    with pytest.raises(ValueError):
        attrs.evolve(fact, currency='rub')
    with pytest.raises(TypeError):
        attrs.evolve(fact, amount=5.0)


def test_fact_types_registry():
    """FACT_TYPES maps the lowercase names to the classes."""
    assert FACT_TYPES == {'money': Money, 'percent': Percent, 'official': Official, 'agreement': Agreement}


@pytest.mark.parametrize('amount', ['NaN', 'Infinity', '-Infinity', 'sNaN', 'пять'])
def test_money_rejects_non_finite_and_non_numbers(amount):
    """Amounts must be finite numbers; anything else is a ValueError, not a decimal signal."""
    with pytest.raises(ValueError):
        Money(None, amount, 'USD')


def test_span_must_be_a_span():
    """A tuple where a Span belongs is refused, so round trips keep facts equal."""
    with pytest.raises(TypeError):
        Money((0, 5), '1', 'USD')


##########
#   AGREEMENT
##########


def test_agreement_statuses():
    """The three documented statuses are exactly AGREEMENT_STATUSES; others are refused."""
    assert AGREEMENT_STATUSES == {'signed', 'planned', 'refused'}
    for status in AGREEMENT_STATUSES:
        assert Agreement(None, 'договор', status=status).status == status
    with pytest.raises(ValueError):
        Agreement(None, 'договор', status='ratified')


def test_agreement_parties_become_a_tuple():
    """Parties given as a list are stored as a tuple, so the fact stays hashable."""
    fact = Agreement(Span(0, 5), 'соглашение', parties=['Россия', 'Китай'])
    assert fact.parties == ('Россия', 'Китай')
    assert hash(fact) == hash(Agreement(Span(0, 5), 'соглашение', parties=('Россия', 'Китай')))
    assert pickle.loads(pickle.dumps(fact)) == fact


@pytest.mark.parametrize('parties', ['Россия', ['Россия', ''], [None]])
def test_agreement_rejects_bad_parties(parties):
    """A bare string or an empty or non-str party is refused."""
    with pytest.raises((TypeError, ValueError)):
        Agreement(None, 'договор', parties=parties)


@pytest.mark.parametrize('field', ['kind', 'subject', 'date', 'place'])
def test_agreement_rejects_blank_strings(field):
    """A blank kind, subject, date or place is a ValueError; absent ones are None."""
    values = {'kind': 'договор', field: '  '}
    with pytest.raises(ValueError):
        Agreement(None, **values)
