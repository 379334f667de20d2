"""Facts inside facts: the tokens of a nested fact, and nested facts through to_dict/from_dict."""

import importlib
from decimal import Decimal
from typing import Optional

import attrs
from yargy import Parser, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, eq

from factlex import FACT_TYPES, Money, Official, Person, Span, from_dict, to_dict
from factlex import earley
from factlex.grammars.tokens import WithTokens, attribute_span, attribute_tokens
from factlex.morph import tokenizer

from factlex.grammars.blocks.numbers import AMOUNT

Inner = fact('Inner', ['amount', 'unit'])
Outer = fact('Outer', ['inner'])

UNIT = dictionary({'рубль'})
# "от" is a word of the inner rule that no attribute holds.
INNER = rule(eq('от'), AMOUNT.interpretation(Inner.amount), UNIT.interpretation(Inner.unit))


def parse(rule_, text):
    split = tokenizer()
    return earley.match(Parser(rule_, tokenizer=split), [split.analyzed(token) for token in split.scan(text)])


def test_attribute_tokens_of_a_nested_fact():
    """A nested fact's tokens are those of its attributes; they were [] before (issue 17)."""
    outer = rule(dictionary({'штраф'}), INNER.interpretation(Inner).interpretation(Outer.inner)).interpretation(Outer)
    match = parse(outer, 'штраф от 500 тыс. рублей')
    assert [token.value for token in attribute_tokens(match.fact, 'inner')] == ['500', 'тыс', '.', 'рублей']
    assert attribute_span(match.fact, 'inner') == Span(9, 24)


def test_with_tokens_keeps_every_token_of_the_nested_rule():
    """Interpreted with WithTokens, the nested fact keeps the words no attribute holds too."""
    outer = rule(dictionary({'штраф'}), INNER.interpretation(WithTokens(Inner)).interpretation(Outer.inner)
                 ).interpretation(Outer)
    match = parse(outer, 'штраф от 500 тыс. рублей')
    assert [token.value for token in attribute_tokens(match.fact, 'inner')] == ['от', '500', 'тыс', '.', 'рублей']
    # the nested fact's own attributes are read as before
    assert [token.value for token in attribute_tokens(match.fact.inner, 'amount')] == ['500', 'тыс', '.']


def test_attribute_tokens_of_an_unset_attribute():
    """An attribute the match left unset has no tokens."""
    outer = rule(dictionary({'штраф'}), INNER.interpretation(Inner).interpretation(Outer.inner).optional()
                 ).interpretation(Outer)
    assert attribute_tokens(parse(outer, 'штраф').fact, 'inner') == []


##########
#   ROUND TRIPS
##########

@attrs.frozen
class Penalty:
    """A fact with a nested Money and a list of people, as a custom grammar might have."""

    span: Optional[Span]
    amount: Money
    people: tuple[Person, ...] = attrs.field(default=(), converter=tuple)
    where: Optional[Span] = None


def test_from_dict_rebuilds_nested_facts():
    """A nested fact comes back as its class, not as a dict (issue 17)."""
    penalty = Penalty(
        Span(0, 40), Money(Span(20, 40), '500000', 'RUB'),
        (Person(Span(0, 5), first='Иван'), Person(None, last='Петров')), Span(1, 2),
    )
    data = to_dict(penalty)
    assert isinstance(data['amount'], dict)
    back = from_dict(data, classes=[Penalty])
    assert isinstance(back.amount, Money)
    assert back == penalty


def test_from_dict_keeps_what_a_hint_does_not_name():
    """A class whose hints cannot be resolved still reads back its plain values."""
    @attrs.frozen
    class Local:
        span: Optional[Span]
        label: 'Unknown'  # noqa: F821 -- a name nothing defines

    assert from_dict(to_dict(Local(Span(0, 1), 'x')), classes=[Local]) == Local(Span(0, 1), 'x')


def _corpus_facts():
    for kind in FACT_TYPES:
        corpus = importlib.import_module(f'corpus.{kind}')
        for _, expected in getattr(corpus, 'POSITIVE', []) + getattr(corpus, 'XFAIL', []):
            yield expected
        for _, pairs in getattr(corpus, 'IN_CONTEXT', []):
            yield from (expected for _, expected in pairs)


CORPUS_FACTS = list(_corpus_facts())


def test_corpora_hold_nested_facts():
    """The property below covers officials with a person, not only flat facts."""
    assert {type(found) for found in CORPUS_FACTS} == set(FACT_TYPES.values())
    assert any(isinstance(found, Official) and found.person is not None for found in CORPUS_FACTS)


def test_every_corpus_fact_round_trips():
    """from_dict(to_dict(f)) == f for every fact of every built-in corpus, with and without spans."""
    for found in CORPUS_FACTS:
        assert from_dict(to_dict(found)) == found
        placed = attrs.evolve(found, span=Span(3, 7))
        assert from_dict(to_dict(placed)) == placed


def test_money_block_amount():
    """money_fact builds the Money of a MONEY match, its span covering every word."""
    from factlex.grammars.blocks.money import MONEY, money_fact

    Raw = fact('Raw', ['amount'])
    match = parse(rule(dictionary({'штраф'}), MONEY.interpretation(Raw.amount)).interpretation(Raw),
                  'штраф около 300 тыс. руб.')
    assert money_fact(match.fact, 'amount') == Money(Span(6, 25), Decimal('300000'), 'RUB', qualifier='approx')
    assert money_fact(match.fact, 'missing') is None
