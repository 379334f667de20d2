"""Money: "$1,7 млрд", "350 тыс. руб.", "от 6 до 9 млн евро", "299 рублей 90 копеек"."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Optional, Union

import attrs

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.pipelines import morph_pipeline
from yargy.predicates import custom, dictionary, eq

from factlex import normalize
from factlex.facts import Money, Span

from .blocks.numbers import DASH, DIGITS, NUMBER, QUALIFIER, SCALED
from .blocks.quantities import quantity
from .tokens import attribute_tokens, change_spans, lemmas, tokens_span
from .vocab import read_table

__all__ = ['FACT', 'NAME', 'RULE', 'TRIGGER', 'Elided', 'Raw', 'resolve', 'to_facts']

NAME = 'money'
FACT = Money

Raw = fact('Raw', ['qualifier', 'amount', 'max_amount', 'first', 'currency', 'minor'])

##########
#   CURRENCY
##########


def _currency_names() -> list[tuple[str, str]]:
    names = []
    for code, name in read_table('currencies.tsv', columns=2):
        names.append((name, code))
        if name.endswith('.'):
            # "руб." also stands without its dot, and before a full stop.
            names.append((name[:-1], code))
    return names


#: (name, ISO code) in file order: the first name that fits decides the code.
CURRENCY_NAMES = _currency_names()


def _is_symbol_or_code(name: str) -> bool:
    return not re.search('[а-яё]', name, re.IGNORECASE)


# One pipeline for all names keeps the parser's predictions few; the code is
# looked up from the matched words afterwards.
CURRENCY = morph_pipeline(sorted({name for name, _ in CURRENCY_NAMES})).interpretation(Raw.currency)

# Only a symbol or a code stands before the number: "$5 млн", "USD 100".
PREFIX_CURRENCY = morph_pipeline(
    sorted({name for name, _ in CURRENCY_NAMES if _is_symbol_or_code(name)})
).interpretation(Raw.currency)


@functools.cache
def _currency_keys() -> list[tuple[list[frozenset[str]], str]]:
    """Each name as the dictionary forms of its words, as the pipeline matches it."""
    from factlex.morph import tokenizer

    split = tokenizer()
    keys = []
    for name, code in CURRENCY_NAMES:
        words = [split.analyzed(token) for token in split.scan(name)]
        keys.append(([frozenset(_normals(word)) for word in words], code))
    return keys


def _normals(token) -> set[str]:
    forms = getattr(token, 'forms', None)
    return {form.normalized for form in forms} if forms else {token.value.lower()}


def currency_code(tokens) -> str:
    """The ISO code of a matched currency name: "белорусских рублей" -> "BYN"."""
    words = [_normals(token) for token in tokens]
    for key, code in _currency_keys():
        if len(key) == len(words) and all(expected & found for expected, found in zip(key, words)):
            return code
    raise ValueError(f'not a currency name: {" ".join(token.value for token in tokens)!r}')


# "50 копеек", "20 центов": the hundredth parts, whose currency is the one
# named before them or, alone, the one they belong to.
MINOR_CURRENCY = {'копейка': 'RUB', 'коп': 'RUB', 'цент': 'USD', 'евроцент': 'EUR', 'пенс': 'GBP', 'пенни': 'GBP'}
# Only the abbreviation "коп." owns a dot; after "центов" it ends the sentence.
MINOR_UNIT = or_(
    rule(dictionary(normalize.MINOR_UNITS - {'коп'})),
    rule(dictionary({'коп'}), eq('.').optional()),
)

##########
#   AMOUNT
##########

WITH_MINOR = rule(CURRENCY, rule(DIGITS.interpretation(Raw.minor), MINOR_UNIT).optional())

MINOR_ONLY = rule(
    NUMBER.interpretation(Raw.minor),
    or_(*[
        # The word itself is kept (pymorphy2 may lemmatize "коп" otherwise).
        rule(dictionary({word}).interpretation(Raw.currency.const(word)), *([eq('.').optional()] if word == 'коп' else []))
        for word in sorted(MINOR_CURRENCY)
    ]),
)

def _fused_denomination(word: str) -> Optional[tuple[Decimal, str]]:
    """"пятирублёвой" -> (5, 'RUB'), "стодолларовая" -> (100, 'USD')."""
    for stem, code in (('доллар', 'USD'), ('рубл', 'RUB')):
        value = normalize.compound_number(word, stem)
        if value is not None:
            return value, code
    return None


# "20-долларовая купюра", "пятирублёвая монета": a denomination.
CURRENCY_ADJECTIVES = {'долларовый': 'USD', 'рублёвый': 'RUB', 'рублевый': 'RUB', 'евровый': 'EUR'}
DENOMINATION = or_(
    rule(DIGITS.interpretation(Raw.amount), DASH, dictionary(set(CURRENCY_ADJECTIVES)).interpretation(Raw.currency.normalized())),
    rule(
        custom(lambda word: any(
            normalize.compound_number(word, stem) is not None for stem in ('доллар', 'рубл', 'рублёв')
        )).interpretation(Raw.amount),
    ),
)

# "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019": after the first amount the
# currency is often left out. Such an amount has a multiplier and no currency;
# ``resolve`` gives it the currency named before it in the sentence.
ELIDED = rule(QUALIFIER.interpretation(Raw.qualifier).optional(), SCALED.interpretation(Raw.amount))

RULE = or_(
    quantity(
        WITH_MINOR,
        amount=Raw.amount,
        max_amount=Raw.max_amount,
        first=Raw.first,
        qualifier=Raw.qualifier,
        prefix_unit=PREFIX_CURRENCY,
    ),
    MINOR_ONLY,
    DENOMINATION,
    ELIDED,
).interpretation(Raw)

#: Text without any of these holds no money: a currency name's stem at the
#: start of a word, a symbol, a code in capitals.
TRIGGER = re.compile(
    r'(?i:\b(?:руб|р\b|долл|евро|фунт|юан|[ий]ен|франк|тенге|гривн|гривен|сом|сум(?:а|у|ом|ов|ы|ам|ами|ах|е)?\b|лари\b|драм|'
    r'манат|ле(?:й|я|е|и|ю|ев|ем|ям|ями|ях)\b|лир|рупи|вон|злот|крон|бат|реал|песо|дирхам|риал|риял|шекел|р[эа]нд|'
    r'форинт|динар|донг|копе|коп\b|цент|евроцент|пенс|пенни|жэньминьби))'
    r'|(?i:рубл[её]в|долларов)'  # inside "пятирублёвый", "стодолларовая"
    r'|[$€£¥₽₸₴₾₼₺₹₩₪]'
    # Codes in any case, as the currency pipeline matches them.
    r'|(?i:\b(?:' + '|'.join(sorted({name for name, _ in CURRENCY_NAMES if re.fullmatch('[A-Z]+', name)})) + r')\b)'
)

_AMOUNT_WORDS = set(normalize.NUMERALS) | set(normalize.SCALES) | set(normalize.HALF_SCALES) | {'половина'}


def _amount_parts(raw, name: str) -> list[str]:
    return lemmas(attribute_tokens(raw, name), _AMOUNT_WORDS)


def _shared_scale(low: list[str], high: list[str]) -> list[str]:
    """"от 6 до 9 млн": a bound written without a multiplier takes the other's."""
    if any(part in normalize.SCALES for part in low):
        return low
    scales = [part for part in high if part in normalize.SCALES]
    return low + scales[-1:]


@attrs.frozen
class Elided:
    """An amount whose currency was left out: "… и 1,5 млрд в 2019 году"."""

    span: Span
    amount: Decimal
    qualifier: Optional[str]


def to_facts(raw, tokens: list) -> Iterator[Union[Money, Elided]]:
    """The Money facts of one match: one, or two for a change "с 40 до 45 рублей".

    ``tokens`` are the matched tokens, in text order. An amount with no
    currency comes out as :class:`Elided`, for :func:`resolve`.
    """
    span = tokens_span(tokens)
    qualifier = normalize.qualifier(raw.qualifier.split()) if raw.qualifier else None
    minor = normalize.parse_amount(_amount_parts(raw, 'minor')) / 100 if raw.minor else Decimal(0)
    if raw.currency in MINOR_CURRENCY:
        yield Money(span, normalize.plain(minor), MINOR_CURRENCY[raw.currency])
        return
    if raw.currency in CURRENCY_ADJECTIVES:
        yield Money(span, normalize.parse_amount(_amount_parts(raw, 'amount')), CURRENCY_ADJECTIVES[raw.currency])
        return
    if raw.currency is None:
        fused = _fused_denomination(raw.amount)
        if fused is not None:
            yield Money(span, *fused)
        else:
            yield Elided(span, normalize.parse_amount(_amount_parts(raw, 'amount')), qualifier)
        return
    currency = currency_code(attribute_tokens(raw, 'currency'))

    parts = _amount_parts(raw, 'amount')
    amount = normalize.parse_amount(parts) + minor
    if raw.first:
        first_span, second_span = change_spans(raw, tokens)
        first = normalize.parse_amount(_shared_scale(_amount_parts(raw, 'first'), parts))
        yield Money(first_span, first, currency)
        yield Money(second_span, amount, currency)
        return

    max_amount = None
    if raw.max_amount:
        high = _amount_parts(raw, 'max_amount')
        max_amount = normalize.parse_amount(high) + minor
        amount = normalize.parse_amount(_shared_scale(parts, high))
    yield Money(span, amount, currency, max_amount=max_amount, qualifier=qualifier)


# After "5 млн" these words name what was counted ("5 млн человек", "300 тыс.
# набежавших процентов"), so the amount is no money.
_COUNTED_PARTS_OF_SPEECH = frozenset({'NOUN', 'ADJF', 'PRTF', 'NUMR'})
_NEXT_WORD = re.compile(r'\s*([а-яё]+)', re.IGNORECASE)


def _names_what_is_counted(text: str, stop: int) -> bool:
    from factlex.morph import morph_analyzer

    following = _NEXT_WORD.match(text, stop)
    if not following:
        return False
    forms = morph_analyzer()(following.group(1).lower())
    return bool(forms) and any(part in forms[0].grams for part in _COUNTED_PARTS_OF_SPEECH)


def resolve(found: Iterable[Union[Money, Elided]], text: str, sentence_of: Callable[[int], int]) -> list[Money]:
    """Money facts, with elided amounts given the currency named first before them.

    "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019" gives 1.5 billion RUB; an
    elided amount with no money before it in its sentence is dropped.
    """
    found = sorted(found, key=lambda item: item.span.start)
    money = [item for item in found if isinstance(item, Money)]
    result = list(money)
    for item in found:
        if not isinstance(item, Elided) or _names_what_is_counted(text, item.span.stop):
            continue
        sentence = sentence_of(item.span.start)
        before = [fact for fact in money if fact.span.stop <= item.span.start and sentence_of(fact.span.start) == sentence]
        if before:
            result.append(Money(item.span, item.amount, before[0].currency, qualifier=item.qualifier))
    return result
