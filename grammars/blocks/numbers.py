"""Amounts: "1,7 млрд", "23 500", "двести тысяч", "два с половиной миллиона".

Blocks match and never interpret; each grammar attaches its own attributes.
The values are computed from the matched words by ``factlex.normalize``.
"""

from yargy import and_, not_, or_, rule
from yargy.pipelines import caseless_pipeline
from yargy.predicates import eq, gram, in_, in_caseless, type
from yargy.predicates.bank import DictionaryPredicate

from factlex.morph import NUMBER
from factlex.normalize import HALF_SCALES, NUMERALS, QUALIFIERS, SCALES

__all__ = [
    'AMOUNT',
    'DASH',
    'DIGITS',
    'NUMBER_IN_WORDS',
    'NUMBER',
    'QUALIFIER',
    'SCALE',
    'SCALED',
    'amount_word',
]

DOT = eq('.')

#: "-", "–", "—" between the bounds of a range ("10–15 млн").
DASH = in_({'-', '–', '—', '‒', '−'})

##########
#   NUMBERS
##########

DIGITS = or_(type('INT'), type(NUMBER))


def amount_word(words):
    """A word that one of its readings, or its own spelling, puts in ``words``.

    Not yargy's ``dictionary``: that one admits every dictionary form the
    listed words may have, so "три" let in the verb "тереть" ("тру₽") and
    "сорок" the noun "сорока" ("сороки рублей"), words that
    ``factlex.normalize`` rightly refuses to read as numbers. Whatever this
    admits, ``grammars.tokens.lemmas`` reads as one of ``words``. The spelling
    counts because pymorphy2 only guesses at "полтысячи" ("полтысячать").
    """
    words = frozenset(words)
    return or_(DictionaryPredicate(words), in_caseless(words))


NUMERAL = amount_word(NUMERALS)

# "два с половиной", "сто двадцать пять"; four words cover every number
# below a thousand.
NUMBER_IN_WORDS = rule(
    NUMERAL.repeatable(max=4),
    rule(eq('с'), amount_word({'половина'})).optional(),
)

NUMBER = or_(rule(DIGITS), NUMBER_IN_WORDS)

##########
#   SCALE
##########

SCALE_ABBREVIATIONS = {'тыс', 'млн', 'млрд', 'трлн', 'mln', 'bln', 'bn'}

# "тыс." and "млн." carry the abbreviation dot; it belongs to the amount. A
# full word ("миллиона.") leaves the full stop to the sentence.
SCALE = or_(
    rule(amount_word(set(SCALES) - SCALE_ABBREVIATIONS)),
    rule(amount_word(SCALE_ABBREVIATIONS), DOT.optional()),
)

# "миллион долларов", "до миллиарда рублей" mean one of them; the plural
# "миллионы долларов" is no amount at all. "тысячи" may be either, and is left
# out: "тысячи рублей" is far more often the vague plural.
BARE_SCALE = rule(and_(amount_word({'тысяча', 'миллион', 'миллиард', 'триллион'}), not_(gram('plur'))))

HALF_SCALE = rule(amount_word(HALF_SCALES))

SCALED = or_(
    rule(NUMBER, SCALE),
    HALF_SCALE,
    BARE_SCALE,
)

#: A whole amount: a number, a scaled number, or "2 млрд 300 млн".
AMOUNT = or_(
    rule(DIGITS),
    NUMBER_IN_WORDS,
    SCALED,
    rule(SCALED, or_(SCALED, NUMBER)),
)

##########
#   QUALIFIER
##########

#: "около", "более", "не менее", ... (``factlex.normalize.QUALIFIERS``).
QUALIFIER = caseless_pipeline(sorted(QUALIFIERS))
