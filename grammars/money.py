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
from yargy.predicates import caseless, custom, eq

from factlex import normalize
from factlex.facts import Money, Span

from .blocks.numbers import DASH, DIGITS, NUMBER, QUALIFIER, SCALED
from .blocks.quantities import quantity
from .sentences import sentence_bounds
from .tokens import (
    WithTokens,
    attribute_span,
    attribute_tokens,
    change_spans,
    lemmas,
    tokens_span,
)
from .vocab import read_table

__all__ = ['FACT', 'MONEY', 'NAME', 'RULE', 'TRIGGER', 'Elided', 'Raw', 'resolve', 'to_facts']

NAME = 'money'
FACT = Money

Raw = fact('Raw', ['qualifier', 'amount', 'max_amount', 'first', 'currency', 'minor', 'minor_unit', 'denomination'])

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


##########
#   MINOR UNITS AND DENOMINATIONS
##########

# Matched by their written forms: pymorphy2 does not know "тиын" and reads
# "коп" as another word. "центр" must not pass for "цент".
MINOR_UNIT_FORMS = {
    'копейка': re.compile(r'копе(?:йка|йки|йке|йку|йкой|ек|йкам|йками|йках)|коп', re.IGNORECASE),
    'цент': re.compile(r'цент(?:а|у|ом|е|ы|ов|ам|ами|ах)?', re.IGNORECASE),
    'евроцент': re.compile(r'евроцент(?:а|у|ом|е|ы|ов|ам|ами|ах)?', re.IGNORECASE),
    'пенс': re.compile(r'пенс(?:а|у|ом|е|ы|ов)?|пенни', re.IGNORECASE),
    'тиын': re.compile(r'тиын(?:а|у|ом|е|ы|ов|ам|ами|ах)?', re.IGNORECASE),
}


def minor_unit(word: str) -> Optional[str]:
    """The minor unit a word names: "копеек" -> "копейка", "центр" -> None."""
    for unit, forms in MINOR_UNIT_FORMS.items():
        if forms.fullmatch(word):
            return unit
    return None


# Only the abbreviation "коп." owns a dot; after "центов" it ends the sentence.
MINOR_UNIT = or_(
    rule(custom(lambda word: minor_unit(word) is not None and word.lower() != 'коп').interpretation(Raw.minor_unit)),
    rule(caseless('коп').interpretation(Raw.minor_unit), eq('.').optional()),
)

# "20-долларовая купюра", "пятирублёвая монета": a denomination.
DENOMINATION_STEMS = {'доллар': 'USD', 'рубл': 'RUB', 'евр': 'EUR'}


def _denomination_currency(word: str) -> Optional[str]:
    """"долларовой" -> "USD": the adjective of a currency."""
    word = word.lower()
    for stem, code in DENOMINATION_STEMS.items():
        if word.startswith(stem) and word[len(stem):][:2] in {'ов', 'ёв', 'ев'}:
            return code
    return None


def _fused_denomination(word: str) -> Optional[tuple[Decimal, str]]:
    """"пятирублёвой" -> (5, 'RUB'), "стодолларовая" -> (100, 'USD')."""
    for stem in DENOMINATION_STEMS:
        value = normalize.compound_number(word, stem)
        if value is not None:
            code = _denomination_currency(word[len(word.lower().split(stem, 1)[0]):])
            if code is not None:
                return value, code
    return None


DENOMINATION = or_(
    rule(
        DIGITS.interpretation(Raw.amount),
        DASH,
        custom(lambda word: _denomination_currency(word) is not None).interpretation(Raw.denomination),
    ),
    rule(custom(lambda word: _fused_denomination(word) is not None).interpretation(Raw.denomination)),
)

##########
#   AMOUNT
##########

WITH_MINOR = rule(CURRENCY, rule(DIGITS.interpretation(Raw.minor), MINOR_UNIT).optional())

# "50 копеек", "один цент": the hundredth part alone.
MINOR_ONLY = rule(NUMBER.interpretation(Raw.minor), MINOR_UNIT)

# "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019": after the first amount the
# currency is often left out. Such an amount has a multiplier and no currency;
# ``resolve`` gives it the currency named before it in the sentence.
ELIDED = rule(QUALIFIER.interpretation(Raw.qualifier).optional(), SCALED.interpretation(Raw.amount))

WITH_CURRENCY = or_(
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
)

RULE = or_(WITH_CURRENCY, ELIDED).interpretation(Raw)

#: Money inside another grammar's rule (factlex.grammars.blocks.money): an
#: amount with its currency, never an elided one, whose fact keeps all its
#: tokens, "от" of "от 6 до 9 млн евро" included, for the span of its Money.
MONEY = WITH_CURRENCY.interpretation(WithTokens(Raw))

#: Text without any of these holds no money: a currency name's stem at the
#: start of a word, a symbol, a code in capitals.
TRIGGER = re.compile(
    r'(?i:\b(?:руб|р\b|долл|евро|фунт|юан|[ий]ен|франк|тенге|гривн|гривен|сом|сум(?:а|у|ом|ов|ы|ам|ами|ах|е)?\b|лари\b|драм|'
    r'манат|ле(?:й|я|е|и|ю|ев|ем|ям|ями|ях)\b|лир|рупи|вон|злот|крон|бат|реал|песо|дирхам|риал|риял|шекел|р[эа]нд|'
    r'форинт|динар|донг|копе|коп\b|цент|евроцент|пенс|пенни|тиын|жэньминьби))'
    r'|(?i:рубл[её]в|долларов|евров)'  # inside "пятирублёвый", "стодолларовая"
    # A multiplier may be an amount whose currency was named earlier (ELIDED).
    r'|(?i:\b(?:тыс|млн|млрд|трлн|миллион|миллиард|триллион|полмиллион|полмиллиард|полтысяч|'
    r'thousand|million|billion|trillion|mln|bln|bn))'
    r'|[$€£¥₽₸₴₾₼₺₹₩₪]'
    # Codes in any case, as the currency pipeline matches them.
    r'|(?i:\b(?:' + '|'.join(sorted({name for name, _ in CURRENCY_NAMES if re.fullmatch('[A-Z]+', name)})) + r')\b)'
)



def _amount_parts(raw, name: str) -> list[str]:
    return lemmas(attribute_tokens(raw, name), normalize.AMOUNT_WORDS)


def _shared_scale(low: list[str], high: list[str]) -> list[str]:
    """"от 6 до 9 млн": a bound written without a multiplier takes the other's,
    unless that would put it above the other ("от 500 до 1,2 млн")."""
    scales = [part for part in high if part in normalize.SCALES]
    if any(part in normalize.SCALES for part in low) or not scales:
        return low
    shared = low + scales[-1:]
    return shared if normalize.parse_amount(shared) <= normalize.parse_amount(high) else low


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
    if raw.denomination:
        if raw.amount:
            amount = normalize.parse_amount(_amount_parts(raw, 'amount'))
            yield Money(span, amount, _denomination_currency(raw.denomination))
        else:
            yield Money(span, *_fused_denomination(raw.denomination))
        return
    if raw.currency is None and raw.minor:
        unit = minor_unit(raw.minor_unit)
        yield Money(span, _minor_value(raw), normalize.MINOR_UNITS[unit][0])
        return
    if raw.currency is None:
        yield Elided(span, normalize.parse_amount(_amount_parts(raw, 'amount')), qualifier)
        return
    currency = currency_code(attribute_tokens(raw, 'currency'))

    # Each bound, a multiplier shared between bounds ("от 6 до 9 млн"), and
    # kopecks or cents added to the bound they follow.
    bounds = {name: _amount_parts(raw, name) for name in ('first', 'amount', 'max_amount') if getattr(raw, name)}
    if 'max_amount' in bounds:
        bounds['amount'] = _shared_scale(bounds['amount'], bounds['max_amount'])
    if 'first' in bounds:
        bounds['first'] = _shared_scale(bounds['first'], bounds['amount'])
    values = {name: normalize.parse_amount(parts) for name, parts in bounds.items()}
    if raw.minor:
        minor_start = attribute_span(raw, 'minor').start
        minor = _minor_value(raw)
        if currency in normalize.MINOR_UNITS[minor_unit(raw.minor_unit)] and minor < 1:
            owner = max(
                (name for name in bounds if attribute_span(raw, name).start < minor_start),
                key=lambda name: attribute_span(raw, name).start,
            )
            values[owner] += minor
        else:
            # "100 долларов 50 копеек", "5 рублей 150 копеек": not one sum; the
            # mention ends before the minor unit.
            tokens = [token for token in tokens if token.span.start < minor_start]
            span = tokens_span(tokens)
    values = {name: normalize.plain(value) for name, value in values.items()}

    if raw.first:
        first_span, second_span = change_spans(raw, tokens)
        yield Money(first_span, values['first'], currency)
        yield Money(second_span, values['amount'], currency)
        return
    yield Money(span, values['amount'], currency, max_amount=values.get('max_amount'), qualifier=qualifier)


def _minor_value(raw) -> Decimal:
    return normalize.plain(normalize.parse_amount(_amount_parts(raw, 'minor')) / 100)


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
    """Money facts, with elided amounts given the currency of the money before them.

    "1,3 млрд рублей в 2018 году и 1,5 млрд в 2019" gives 1.5 billion RUB. The
    nearest money before the amount in its sentence lends its currency, passing
    over conversions in parentheses ("368 млн рублей (около 5,8 млн долларов),
    второе место — 316 млн"); an elided amount with no money before it is dropped.
    """
    found = sorted(found, key=lambda item: item.span.start)
    money = [item for item in found if isinstance(item, Money)]
    result = list(money)
    for item in found:
        if not isinstance(item, Elided) or _names_what_is_counted(text, item.span.stop):
            continue
        sentence = sentence_of(item.span.start)
        before = [
            fact for fact in money
            if fact.span.stop <= item.span.start and sentence_of(fact.span.start) == sentence
        ]
        if not before:
            continue
        outside = [fact for fact in before if not _in_parentheses(text, fact.span, item.span.start)]
        lender = (outside or before)[-1]
        result.append(Money(item.span, item.amount, lender.currency, qualifier=item.qualifier))
    return [item for item in result if not _weight_in_pounds(item, text, sentence_of)]


# "Оба боксёра уложились в лимит 147 фунтов на официальном взвешивании",
# "весит 200 фунтов": a pound of weight in a sentence about weight ("фунтов
# стерлингов" and "£" are money whatever the sentence says)
_POUND = re.compile(r'(?i)фунт(?!\w*\s+стерлинг)')
_WEIGHT_WORDS = re.compile(r'(?i)(?<![а-яё])(?:вес|весом|весу|весе|весит|весил\w*|взвеш\w*|тяжеловес\w*'
                           r'|сбросил\w*|похудел\w*|набрал\w*|полутяж\w*|легковес\w*)(?![а-яё])')
# a multiplier makes a sum: "набрала заказов на 200 млн фунтов"
_SCALED = re.compile(r'(?i)(?<![а-яё])(?:тыс|млн|млрд|трлн|миллион|миллиард|триллион|тысяч)')


def _weight_in_pounds(item: Money, text: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether a sum in pounds is a weight: its sentence speaks of weight."""
    if item.currency != 'GBP' or not _POUND.search(text, item.span.start, item.span.stop) \
            or _SCALED.search(text, item.span.start, item.span.stop):
        return False
    start, stop = sentence_bounds(text, item.span.start, sentence_of)
    # ("Боксёр весом 70 кг получил приз в 500 фунтов": the weight has its own unit)
    return _WEIGHT_WORDS.search(text, start, stop) is not None and _METRIC_WEIGHT.search(text, start, stop) is None


_METRIC_WEIGHT = re.compile(r'(?i)(?<![а-яё])(?:кг|килограмм\w*|тонн\w*|грамм\w*)(?![а-яё])')


def _in_parentheses(text: str, span: Span, until: int) -> bool:
    """Whether ``span`` stands inside parentheses closed before ``until``."""
    opened = text.rfind('(', 0, span.start)
    return opened != -1 and text.rfind(')', 0, span.start) < opened and ')' in text[span.stop:until]
