"""Pure functions from matched strings to values; no yargy here.

Grammars match and hand over what they matched as short strings (number
tokens as written, words as their dictionary form); these functions turn them
into exact values. A string a grammar should never produce raises
``ValueError``, so the example corpus exposes the grammar bug.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Optional

__all__ = [
    'AMOUNT_WORDS',
    'COMBINING_NUMERALS',
    'HALF_SCALES',
    'MINOR_UNITS',
    'NUMERALS',
    'QUALIFIERS',
    'SCALES',
    'compound_number',
    'parse_amount',
    'parse_number',
    'plain',
    'qualifier',
]

#: Dictionary forms of cardinal numerals (as pymorphy2 lemmatizes them).
NUMERALS: dict[str, Decimal] = {
    word: Decimal(value)
    for word, value in {
        'ноль': 0, 'нуль': 0, 'один': 1, 'два': 2, 'три': 3, 'четыре': 4, 'пять': 5,
        'шесть': 6, 'семь': 7, 'восемь': 8, 'девять': 9, 'десять': 10,
        'одиннадцать': 11, 'двенадцать': 12, 'тринадцать': 13, 'четырнадцать': 14,
        'пятнадцать': 15, 'шестнадцать': 16, 'семнадцать': 17, 'восемнадцать': 18,
        'девятнадцать': 19, 'двадцать': 20, 'тридцать': 30, 'сорок': 40,
        'пятьдесят': 50, 'шестьдесят': 60, 'семьдесят': 70, 'восемьдесят': 80,
        'девяносто': 90, 'сто': 100, 'двести': 200, 'триста': 300, 'четыреста': 400,
        'пятьсот': 500, 'шестьсот': 600, 'семьсот': 700, 'восемьсот': 800,
        'девятьсот': 900, 'полтора': '1.5', 'полторы': '1.5',
        'полтораста': 150,
    }.items()
}

#: Multipliers: words and their abbreviations, in dictionary form.
SCALES: dict[str, Decimal] = {
    'тысяча': Decimal(10) ** 3,
    'тыс': Decimal(10) ** 3,
    'тысяч': Decimal(10) ** 3,
    'миллион': Decimal(10) ** 6,
    'млн': Decimal(10) ** 6,
    'миллиард': Decimal(10) ** 9,
    'млрд': Decimal(10) ** 9,
    'триллион': Decimal(10) ** 12,
    'трлн': Decimal(10) ** 12,
    # Latin words keep their case-folded form as their lemma.
    'thousand': Decimal(10) ** 3,
    'million': Decimal(10) ** 6,
    'mln': Decimal(10) ** 6,
    'billion': Decimal(10) ** 9,
    'bln': Decimal(10) ** 9,
    'bn': Decimal(10) ** 9,
    'trillion': Decimal(10) ** 12,
}

#: One word for half a multiplier: "полмиллиона" is 500 000. Keyed by the
#: words as written: pymorphy2 keeps the genitive as the dictionary form of
#: some and only guesses at others ("полтысячи").
HALF_SCALES: dict[str, Decimal] = {
    'полтысячи': Decimal(500),
    'полмиллиона': Decimal(500_000),
    'полмиллиарда': Decimal(500_000_000),
    'полтриллиона': Decimal(500_000_000_000),
}

#: Every dictionary form :func:`parse_amount` reads besides digits.
AMOUNT_WORDS = frozenset(NUMERALS) | frozenset(SCALES) | frozenset(HALF_SCALES) | {'половина', 'с'}

#: Hundredth parts and the currencies they divide; alone, a unit means the first.
MINOR_UNITS: dict[str, tuple[str, ...]] = {
    'копейка': ('RUB', 'BYN', 'UAH'),
    'цент': ('USD', 'EUR', 'CAD', 'AUD', 'HKD', 'SGD'),
    'евроцент': ('EUR',),
    'пенс': ('GBP',),
    'тиын': ('KZT',),
}

#: The genitive stems Russian compounds are built from: "пяти|процентный",
#: "двух|летний", "сто|процентный".
COMBINING_NUMERALS: dict[str, Decimal] = {
    word: Decimal(value)
    for word, value in {
        'одно': 1, 'двух': 2, 'трех': 3, 'трёх': 3, 'четырех': 4, 'четырёх': 4,
        'пяти': 5, 'шести': 6, 'семи': 7, 'восьми': 8, 'девяти': 9, 'десяти': 10,
        'одиннадцати': 11, 'двенадцати': 12, 'тринадцати': 13, 'четырнадцати': 14,
        'пятнадцати': 15, 'шестнадцати': 16, 'семнадцати': 17, 'восемнадцати': 18,
        'девятнадцати': 19, 'двадцати': 20, 'тридцати': 30, 'сорока': 40,
        'пятидесяти': 50, 'шестидесяти': 60, 'семидесяти': 70, 'восьмидесяти': 80,
        'девяноста': 90, 'сто': 100, 'полутора': '1.5',
    }.items()
}

#: Hedges before an amount, lower case as written, mapped to the fact's qualifier.
QUALIFIERS: dict[str, str] = {
    'около': 'approx',
    'примерно': 'approx',
    'приблизительно': 'approx',
    'ориентировочно': 'approx',
    'порядка': 'approx',
    'почти': 'approx',
    'почти что': 'approx',
    'более': 'more_than',
    'более чем': 'more_than',
    'свыше': 'more_than',
    'больше': 'more_than',
    'больше чем': 'more_than',
    'чуть больше': 'more_than',
    'чуть более': 'more_than',
    'не менее': 'more_than',
    'не меньше': 'more_than',
    'минимум': 'more_than',
    'как минимум': 'more_than',
    'менее': 'less_than',
    'менее чем': 'less_than',
    'меньше': 'less_than',
    'меньше чем': 'less_than',
    'чуть меньше': 'less_than',
    'чуть менее': 'less_than',
    'не более': 'less_than',
    'не больше': 'less_than',
    'не более чем': 'less_than',
    'максимум': 'less_than',
    'до': 'up_to',
    'вплоть до': 'up_to',
    'от': 'from',
}

# Longest first, so "двадцати" is not read as "два" + "дцати".
_COMBINING_STEMS = sorted(COMBINING_NUMERALS, key=len, reverse=True)
# the stems in that order, as one pattern: a word that starts with none
# (most words a grammar asks about) is turned down in one step, not one per stem
_COMBINING_STEM = re.compile('|'.join(map(re.escape, _COMBINING_STEMS)))

_SPACES = re.compile(r'[\s\u00a0\u2009\u202f]')
_DIGITS = re.compile(r'\d+(?:[.,]\d+)*')


def parse_number(text: str, *, three_digit_groups: bool = False) -> Decimal:
    """A number written with digits, as Russian and English texts group it.

    A comma or a dot is the decimal separator; spaces, and separators that occur
    more than once, group thousands. With ``three_digit_groups`` (an amount with
    no multiplier after it) a single separator before exactly three digits
    groups thousands too, as in "$635,000" or "1.500 рублей".

    >>> parse_number('1,7')
    Decimal('1.7')
    >>> parse_number('23\\u00a0500')
    Decimal('23500')
    >>> parse_number('1.234.567,89')
    Decimal('1234567.89')
    >>> parse_number('635,000'), parse_number('635,000', three_digit_groups=True)
    (Decimal('635.000'), Decimal('635000'))
    >>> parse_number('0,125', three_digit_groups=True)
    Decimal('0.125')
    >>> parse_number('двадцать')
    Traceback (most recent call last):
    ...
    ValueError: not a number: 'двадцать'
    """
    compact = _SPACES.sub('', text)
    if not _DIGITS.fullmatch(compact):
        raise ValueError(f'not a number: {text!r}')
    separators = [char for char in compact if char in '.,']
    if not separators:
        return Decimal(compact)
    last = separators[-1]
    integer, _, fraction = compact.rpartition(last)
    if separators.count(last) > 1:
        # "1.234.567": the repeated separator groups thousands and nothing is decimal.
        return Decimal(compact.replace(last, '').replace(',', '').replace('.', ''))
    integer = integer.replace(',', '').replace('.', '')
    is_group = (
        len(separators) == 1
        and three_digit_groups
        and len(fraction) == 3
        and integer != '0'
        and len(integer) <= 3
    )
    if is_group:
        return Decimal(integer + fraction)
    return Decimal(f'{integer}.{fraction}')


def parse_amount(parts: Sequence[str], *, three_digit_groups: bool = True) -> Decimal:
    """The value of an amount given as its words: digits as written, words lemmatized.

    Handles numerals in words, multipliers, their combinations and halves.
    ``three_digit_groups`` allows "635,000" to mean 635000 when no multiplier
    follows (see :func:`parse_number`); percentages turn it off ("7,125%").

    >>> parse_amount(['1,7', 'млрд'])
    Decimal('1700000000')
    >>> parse_amount(['двести', 'тысяча'])
    Decimal('200000')
    >>> parse_amount(['два', 'с', 'половина', 'миллион'])
    Decimal('2500000')
    >>> parse_amount(['2', 'млрд', '300', 'млн'])
    Decimal('2300000000')
    >>> parse_amount(['миллион']), parse_amount(['полмиллиона'])
    (Decimal('1000000'), Decimal('500000'))
    >>> parse_amount(['сто', 'двадцать', 'пять'])
    Decimal('125')
    >>> parse_amount(['635,000']), parse_amount(['7,125'], three_digit_groups=False)
    (Decimal('635000'), Decimal('7.125'))
    >>> parse_amount(['тонна'])
    Traceback (most recent call last):
    ...
    ValueError: not part of an amount: 'тонна'
    """
    if not parts:
        raise ValueError('an amount needs at least one word')
    total = Decimal(0)
    current: Optional[Decimal] = None
    for index, part in enumerate(parts):
        if part[:1].isdigit():
            next_part = parts[index + 1] if index + 1 < len(parts) else None
            scaled = next_part in SCALES
            current = (current or 0) + parse_number(part, three_digit_groups=three_digit_groups and not scaled)
        elif part in NUMERALS:
            current = (current or 0) + NUMERALS[part]
        elif part == 'половина':
            current = (current or 0) + Decimal('0.5')
        elif part == 'с':
            continue  # "два с половиной"
        elif part in SCALES:
            total += (1 if current is None else current) * SCALES[part]
            current = None
        elif part in HALF_SCALES:
            total += HALF_SCALES[part]
        else:
            raise ValueError(f'not part of an amount: {part!r}')
    return plain(total + (current or 0))


def plain(value: Decimal) -> Decimal:
    """The same number without trailing zeros or an exponent.

    >>> plain(Decimal('1700000000.0')), plain(Decimal('2.50')), plain(Decimal('1E+3'))
    (Decimal('1700000000'), Decimal('2.5'), Decimal('1000'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def compound_number(word: str, head: str) -> Optional[Decimal]:
    """The number a compound word starts with, when the rest begins with ``head``.

    >>> compound_number('пятипроцентной', 'процентн'), compound_number('Стопроцентный', 'процентн')
    (Decimal('5'), Decimal('100'))
    >>> compound_number('двадцатипятипроцентный', 'процентн')
    Decimal('25')
    >>> compound_number('процентный', 'процентн') is None, compound_number('пятилетний', 'процентн') is None
    (True, True)
    """
    rest = word.lower()
    total = Decimal(0)
    found = False
    while not rest.startswith(head):
        stem = _COMBINING_STEM.match(rest)
        if stem is None:
            return None
        total += COMBINING_NUMERALS[stem.group()]
        rest = rest[stem.end():]
        found = True
    return total if found else None


def qualifier(words: Iterable[str]) -> str:
    """The qualifier code of a hedge such as "не более" or "около".

    >>> qualifier(['Не', 'более']), qualifier(['около'])
    ('less_than', 'approx')
    """
    key = ' '.join(word.lower() for word in words)
    try:
        return QUALIFIERS[key]
    except KeyError:
        raise ValueError(f'not a qualifier: {key!r}') from None


##########
#   NAMES
##########

#: Grammatical cases by pymorphy2's names, nominative first.
CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct')

# How Russian surnames and first names decline: (nominative ending, {case:
# ending}). Dictionaries miss most surnames and misread many ("Текслер" as a
# plural), so names are put back into the nominative by their endings.
_SURNAMES: dict[str, list[tuple[str, dict[str, str]]]] = {
    'masc': [
        ('ский', {'gent': 'ского', 'datv': 'скому', 'accs': 'ского', 'ablt': 'ским', 'loct': 'ском'}),
        ('цкий', {'gent': 'цкого', 'datv': 'цкому', 'accs': 'цкого', 'ablt': 'цким', 'loct': 'цком'}),
        ('ой', {'gent': 'ого', 'datv': 'ому', 'accs': 'ого', 'ablt': 'ым', 'loct': 'ом'}),
        ('ый', {'gent': 'ого', 'datv': 'ому', 'accs': 'ого', 'ablt': 'ым', 'loct': 'ом'}),
        ('ов', {'gent': 'ова', 'datv': 'ову', 'accs': 'ова', 'ablt': 'овым', 'loct': 'ове'}),
        ('ев', {'gent': 'ева', 'datv': 'еву', 'accs': 'ева', 'ablt': 'евым', 'loct': 'еве'}),
        ('ёв', {'gent': 'ёва', 'datv': 'ёву', 'accs': 'ёва', 'ablt': 'ёвым', 'loct': 'ёве'}),
        ('ин', {'gent': 'ина', 'datv': 'ину', 'accs': 'ина', 'ablt': 'иным', 'loct': 'ине'}),
        ('ын', {'gent': 'ына', 'datv': 'ыну', 'accs': 'ына', 'ablt': 'ыным', 'loct': 'ыне'}),
        ('ий', {'gent': 'его', 'datv': 'ему', 'accs': 'его', 'ablt': 'им', 'loct': 'ем'}),  # "Садовничий"
        ('', {'gent': 'а', 'datv': 'у', 'accs': 'а', 'ablt': 'ом', 'loct': 'е'}),
        ('', {'ablt': 'ем'}),  # after ц, ж, ш, ч, щ: "Шольцем"
        ('й', {'gent': 'я', 'datv': 'ю', 'accs': 'я', 'ablt': 'ем', 'loct': 'е'}),
        ('ь', {'gent': 'я', 'datv': 'ю', 'accs': 'я', 'ablt': 'ем', 'loct': 'е'}),
        ('я', {'accs': 'ю', 'ablt': 'ей'}),  # "Небензя"
        ('а', {'gent': 'ы', 'datv': 'е', 'accs': 'у', 'ablt': 'ой'}),  # "Мандела", "Нетребко" aside
    ],
    'femn': [
        ('ская', {'gent': 'ской', 'datv': 'ской', 'accs': 'скую', 'ablt': 'ской', 'loct': 'ской'}),
        ('цкая', {'gent': 'цкой', 'datv': 'цкой', 'accs': 'цкую', 'ablt': 'цкой', 'loct': 'цкой'}),
        ('ая', {'gent': 'ой', 'datv': 'ой', 'accs': 'ую', 'ablt': 'ой', 'loct': 'ой'}),
        ('ова', {'gent': 'овой', 'datv': 'овой', 'accs': 'ову', 'ablt': 'овой', 'loct': 'овой'}),
        ('ева', {'gent': 'евой', 'datv': 'евой', 'accs': 'еву', 'ablt': 'евой', 'loct': 'евой'}),
        ('ёва', {'gent': 'ёвой', 'datv': 'ёвой', 'accs': 'ёву', 'ablt': 'ёвой', 'loct': 'ёвой'}),
        ('ина', {'gent': 'иной', 'datv': 'иной', 'accs': 'ину', 'ablt': 'иной', 'loct': 'иной'}),
        ('ына', {'gent': 'ыной', 'datv': 'ыной', 'accs': 'ыну', 'ablt': 'ыной', 'loct': 'ыной'}),
    ],
}

_FIRST_NAMES: dict[str, list[tuple[str, dict[str, str]]]] = {
    'masc': [
        ('ий', {'gent': 'ия', 'datv': 'ию', 'accs': 'ия', 'ablt': 'ием', 'loct': 'ии'}),
        ('ей', {'gent': 'ея', 'datv': 'ею', 'accs': 'ея', 'ablt': 'еем', 'loct': 'ее'}),
        ('ай', {'gent': 'ая', 'datv': 'аю', 'accs': 'ая', 'ablt': 'аем', 'loct': 'ае'}),
        ('', {'gent': 'а', 'datv': 'у', 'accs': 'а', 'ablt': 'ом', 'loct': 'е'}),
        ('', {'ablt': 'ем'}),
        ('а', {'gent': 'ы', 'datv': 'е', 'accs': 'у', 'ablt': 'ой', 'loct': 'е'}),
        ('й', {'gent': 'я', 'datv': 'ю', 'accs': 'я', 'ablt': 'ем', 'loct': 'е'}),
        ('ь', {'gent': 'я', 'datv': 'ю', 'accs': 'я', 'ablt': 'ем', 'loct': 'е'}),
    ],
    'femn': [
        ('ия', {'gent': 'ии', 'datv': 'ии', 'accs': 'ию', 'ablt': 'ией', 'loct': 'ии'}),
        ('а', {'gent': 'ы', 'datv': 'е', 'accs': 'у', 'ablt': 'ой', 'loct': 'е'}),
        ('а', {'gent': 'и'}),  # after г, к, х, ж, ш, ч, щ: "Ольги"
        ('я', {'gent': 'и', 'datv': 'е', 'accs': 'ю', 'ablt': 'ей', 'loct': 'е'}),
    ],
}

_PATRONYMICS: dict[str, list[tuple[str, dict[str, str]]]] = {
    'masc': [('ич', {'gent': 'ича', 'datv': 'ичу', 'accs': 'ича', 'ablt': 'ичем', 'loct': 'иче'})],
    'femn': [('на', {'gent': 'ны', 'datv': 'не', 'accs': 'ну', 'ablt': 'ной', 'loct': 'не'})],
}

_VOWELS = set('аеёиоуыэюя')
_SIBILANTS = set('цжшчщ')
_HUSHING = _SIBILANTS - {'ц'}
#: A stem that lost the "е" of "-ец": "Кравц-", "Жеребц-" (not "Шварц-", "Франц-",
#: nor "Стрельц-", which "Шольц-" is spelled as).
_FLEETING_E = re.compile(r'([вбпм])ц$')
#: After these a noun in "-а" has "-и" in the genitive ("Ольги"), after others "-ы".
_VELARS_AND_SIBILANTS = set('гкхжшчщ')
#: What never follows a soft sign.
_HARD_VOWELS_AND_SIGN = tuple('аоуыэь')
#: Surnames that decline as bare adjectives: "Толстой", "Лановой", "Садовничий".
_ADJECTIVAL = {'ой', 'ый', 'ий'}

_PARADIGMS = {'first': _FIRST_NAMES, 'middle': _PATRONYMICS, 'last': _SURNAMES}

# Endings that only a woman's surname or patronymic has in some case; the
# accusative ones ("Голикову") are a man's dative too ("Силуанову").
_FEMININE_ENDINGS = ('овой', 'евой', 'ёвой', 'иной', 'ыной', 'ской', 'цкой', 'ская', 'цкая',
                     'овна', 'евна', 'ична', 'инична', 'вны', 'вне', 'вну', 'вной')
_FEMININE_ACCUSATIVE = ('ову', 'еву', 'ину', 'скую', 'цкую')


def name_nominative(word: str, part: str, cases: Iterable[str], gender: Optional[str], adjectival: bool = True) -> str:
    """A name put back into the nominative from one of ``cases`` by its ending.

    ``part`` is 'first', 'middle' or 'last'. A name that fits no paradigm in
    those cases is indeclinable or already nominative and is kept as written.

    >>> name_nominative('Текслера', 'last', ['gent', 'accs'], 'masc')
    'Текслер'
    >>> name_nominative('Набиуллиной', 'last', ['gent'], 'femn')
    'Набиуллина'
    >>> name_nominative('Борисовым', 'last', ['ablt'], 'masc'), name_nominative('Юрием', 'first', ['ablt'], 'masc')
    ('Борисов', 'Юрий')
    >>> name_nominative('Шойгу', 'last', ['gent'], 'masc'), name_nominative('Макрон', 'last', ['nomn'], 'masc')
    ('Шойгу', 'Макрон')
    >>> name_nominative('Касым-Жомарта', 'first', ['gent'], 'masc'), name_nominative('Касыма-Жомарта', 'first', ['gent'], 'masc')
    ('Касым-Жомарт', 'Касым-Жомарт')
    >>> name_nominative('Дюбуа', 'last', ['gent'], 'masc')
    'Дюбуа'

    ``adjectival=False`` says the word is no adjective the dictionary knows,
    so it does not decline like "Толстой": "Ньюсому" is "Ньюсом".

    >>> name_nominative('Ньюсому', 'last', ['datv'], 'masc', adjectival=False)
    'Ньюсом'
    >>> name_nominative('Шольцем', 'last', ['ablt'], 'masc'), name_nominative('Тьинем', 'first', ['ablt'], 'masc')
    ('Шольц', 'Тьинь')
    >>> name_nominative('Лановому', 'last', ['datv'], 'masc'), name_nominative('Жуковскому', 'last', ['datv'], 'masc', False)
    ('Лановой', 'Жуковский')
    >>> name_nominative('Бертье', 'last', ['datv'], 'masc')
    'Бертье'
    >>> name_nominative('Саули', 'first', ['gent'], None), name_nominative('Ольги', 'first', ['gent'], None)
    ('Саули', 'Ольга')
    >>> name_nominative('Кобахидзе', 'last', ['datv'], 'masc')
    'Кобахидзе'
    >>> name_nominative('Кравца', 'last', ['gent'], 'masc'), name_nominative('Шольца', 'last', ['gent'], 'masc')
    ('Кравец', 'Шольц')
    >>> name_nominative('Аракчи', 'last', ['gent'], 'masc'), name_nominative('Ямагучи', 'last', ['gent'], None)
    ('Аракчи', 'Ямагучи')
    >>> name_nominative('Хвичей', 'first', ['ablt'], None)
    'Хвича'
    """
    cases = list(cases)
    if 'nomn' in cases or not word:
        return word
    head, hyphen, tail = word.rpartition('-')
    if hyphen and head[:1].isupper():
        # "Касым-Жомарта": only the last part of a double first name declines;
        # both parts of a double surname do ("Римского-Корсакова").
        # A text that declines both parts of a first name ("Касыма-Жомарта")
        # shows it by the same ending on both.
        nominative = name_nominative(tail, part, cases, gender)
        ending = tail[len(nominative):] if tail.startswith(nominative) else ''
        if part == 'last':
            head = name_nominative(head, part, cases, gender)
        elif ending and head.lower().endswith(ending) and head[-len(ending) - 1:-len(ending)].lower() not in _VOWELS:
            head = head[:-len(ending)]
        return head + hyphen + nominative
    genders = [gender] if gender else ['masc', 'femn']
    lower = word.lower()
    for gender_ in genders:
        candidates = [
            (ending, nominative)
            for nominative, endings in _PARADIGMS[part].get(gender_, [])
            for case, ending in endings.items()
            if case in cases
        ]
        for ending, nominative in sorted(candidates, key=lambda item: -len(item[0])):
            stem = word[:len(word) - len(ending)]
            if not lower.endswith(ending) or len(stem) < 2:
                continue
            if not adjectival and part == 'last' and nominative in _ADJECTIVAL:
                continue
            if nominative in ('й', 'ий') and stem[-1:].lower() not in _VOWELS and nominative == 'й':
                continue  # "Текслере" is not "Текслерй"
            if not nominative and stem[-1:].lower() in _VOWELS:
                continue  # "Дюбуа", "Франсуа": a vowel before the ending makes no Russian stem
            if stem[-1:].lower() == 'ь' and nominative[:1] in _HARD_VOWELS_AND_SIGN:
                continue  # "Бертье" is no dative of "Бертьа": no word is spelled so
            if not nominative and ending == 'ем' and stem[-1:].lower() not in _SIBILANTS:
                continue  # "-ем" follows ц, ж, ш, ч, щ ("Шольцем"); else the stem ends in "ь": "Тьинем"
            if ending == 'и' and (nominative == 'а' and stem[-1:].lower() not in _VELARS_AND_SIBILANTS
                                  or nominative == 'я' and stem[-1:].lower() not in _VOWELS | {'й', 'ь'}):
                continue  # "Ольги", "Каи"; "Саули", "Кодзи", "Бьярни" are no genitives of "Саула", "Кодзя"
            if nominative == 'а' and stem[-1:].lower() in _VOWELS:
                continue  # "Кае" is "Кая": after a vowel "-я" is written
            if stem.lower().endswith(('дз', 'огл')):
                continue  # "Кобахидзе", "Имамоглу": no Russian stem ends so
            if part == 'last' and not nominative and _FLEETING_E.search(stem):
                # "Кравца", "Стрельца": the "е" of "Кравец", "Стрелец" drops in the cases
                return _FLEETING_E.sub(r'\1ец', stem)
            if nominative == 'я' and stem[-1:].lower() in _HUSHING:
                return stem + 'а'  # "Хвичей" is "Хвича": no "я" after ж, ш, ч, щ
            return stem + nominative
    return word


#: How many words :func:`name_cases_by_ending` keeps its answers for.
NAME_CASES_CACHE_SIZE = 10_000


@functools.lru_cache(maxsize=NAME_CASES_CACHE_SIZE)
def name_cases_by_ending(word: str, part: str, gender: str) -> frozenset[str]:
    """The oblique cases a name of ``gender`` may stand in by its ending:
    those :func:`name_nominative` finds a nominative for.

    >>> sorted(name_cases_by_ending('Кира', 'first', 'masc')), sorted(name_cases_by_ending('Кае', 'first', 'femn'))
    (['accs', 'gent'], ['datv', 'loct'])
    """
    return frozenset(case for case in CASES[1:] if name_nominative(word, part, [case], gender) != word)


def name_gender(words: Sequence[str], cases: Iterable[str] = ()) -> Optional[str]:
    """'femn' when an ending only a woman's name has in ``cases`` shows up, else None.

    >>> name_gender(['Эльвиры', 'Набиуллиной']), name_gender(['Юрия', 'Борисова'])
    ('femn', None)
    >>> name_gender(['Голикову'], ['accs']), name_gender(['Силуанову'], ['datv'])
    ('femn', None)
    """
    cases = set(cases)
    accusative_only = 'accs' in cases and 'datv' not in cases
    for word in words:
        lower = word.lower()
        if lower.endswith(_FEMININE_ENDINGS) or (accusative_only and lower.endswith(_FEMININE_ACCUSATIVE)):
            return 'femn'
    return None
