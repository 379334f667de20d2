"""Property tests: any text, however hostile, gives well-formed facts, the same every time.

Two kinds of input: arbitrary strings built from the characters that break
text tools (mixed scripts, emoji, combining marks, lone surrogates, control
characters, Unicode spaces, CRLF, very long words), and sentences of the
example corpora with characters inserted, deleted or replaced, sentences
joined and case changed. The checks are those of tests/invariants.py plus
stability: a second call, one fact type alone, a prefix before the text,
and a new process all give the same facts. Profiles are in conftest.py:
``HYPOTHESIS_PROFILE=long`` runs 50,000 examples per property.
"""

import decimal
import json
import os
import pickle
import random
import subprocess
import sys
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dictionary import dictionary_words
from factlex import extract
from factlex.facts import FACT_TYPES
from factlex.testing import values
from invariants import CORPUS_TEXTS, check_facts, shifted

##########
#   ALPHABET
##########

SPACES = [
    ' ', '\t', '\x0b', '\x0c', '\x1c', '\x1f', '\x85', '\u00a0', '\u1680', '\u2000', '\u2007', '\u2009',
    '\u200a', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029', '\u200b', '\ufeff',
]
BREAKS = ['\n', '\r', '\r\n', '\n\n', '\r\n\r\n', '\n\r']
COMBINING = ['\u0301', '\u0300', '\u0306', '\u0308', '\u0327', '\u20dd', '\u0489', '\u200d', '\ufe0f']
EMOJI = ['🙂', '🚀', '👨\u200d👩\u200d👧', '🇷🇺', '1\ufe0f\u20e3', '👍🏽', '𝟓', '𝐌']
SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d']
CONTROLS = ['\x00', '\x01', '\x07', '\x1b', '\x7f', '\x80', '\x9f', '\u200e', '\u202e', '\ufffd', '\uffff']
# Other scripts, and letters and digits that change length or meaning under
# case mapping or NFKC: "İ".lower() has two characters, "５" is a digit.
SCRIPTS = [
    'Ωμέγα', 'عربي', '中文', 'עברית', 'ＡＢＣ', '５', '１２３', '٣٤٥', '߃', 'Ⅻ', 'ﬁ', 'ǅ', 'İ', 'ß', 'ŉ',
    'Ѐ', 'ӂ', 'ѣ', 'Ё', 'ё', 'й', 'и\u0306',
]
# The words and numbers the grammars look for, so that arbitrary strings
# reach the parsers and not only the prefilter.
WORDS = [
    'млн', 'млрд', 'тыс.', 'трлн', 'рублей', 'руб.', 'р.', 'долларов', 'евро', '$', '€', '₽', '£', 'USD',
    'EUR', '%', 'процентов', 'процентного пункта', 'п.п.', 'б.п.', 'около', 'до', 'от', 'с', 'и', 'на',
    'более', 'министр', 'министра финансов', 'губернатор', 'главой', 'глава', 'премьер-министр',
    'вице-премьером', 'президент', 'Иван', 'Ивановичем', 'Петров', 'Сергеем', 'Чемезовым', 'В.', 'Путин',
    '«Ростеха»', 'России', 'подписали', 'подписать', 'заключили', 'соглашение', 'меморандум', 'о',
    'сотрудничестве', 'Россия', 'Беларусь', 'Минфин', '1,7', '12 500', '0,25', '2020', '15', '3.450.000',
    '1\u00a0250', '10–15', '-', '—', '.', ',', ';', ':', '(', ')', '"', '«', '»', '/',
]

PIECES = SPACES + BREAKS + COMBINING + EMOJI + SURROGATES + CONTROLS + SCRIPTS + WORDS

#: Words of pymorphy2's dictionary, of every part of speech: a grammar's
#: predicates must admit only those its normalizers read ("тру" is a form of
#: "тереть", not "три").
DICTIONARY = list(dictionary_words())

#: What makes a grammar read the word beside it: currency signs and names,
#: percent units, multipliers, posts and document nouns.
NEIGHBOURS = [
    '₽', '$', '€', '£', '¥', '₸', 'руб.', 'рублей', 'долларов', 'евро', 'USD', 'копеек', '%', 'процентов', 'п.п.',
    'б.п.', 'млн', 'тыс.', 'млрд', 'министр', 'министра', 'глава', 'губернатор', 'президент', 'директор',
    'премьер-министр', 'соглашение', 'договор', 'меморандум', 'контракт', 'подписали', 'около', 'от', 'до', 'с',
]
#: Between words: nothing at all ("тру₽") as well as spaces and hyphens.
GLUE = ['', ' ', '\u00a0', '-', ' и ', ', ', '\n']

##########
#   STRATEGIES
##########

piece = st.one_of(
    st.sampled_from(PIECES),
    st.sampled_from(DICTIONARY),
    st.text(st.characters(), max_size=4),  # anything but surrogates
    st.characters(categories=['Cs']),  # a lone surrogate anywhere
    st.integers(0, 10**9).map(str),
    st.integers(0, 10**40).map(str),  # past decimal's default 28 digits
)

#: Arbitrary text: words, numbers and hostile characters in any order.
arbitrary = st.lists(piece, max_size=40).map(''.join)

#: One very long word, alone or inside arbitrary text.
long_word = st.builds(
    lambda head, letters, count, tail: head + letters * count + tail,
    arbitrary,
    st.sampled_from(['а', 'Ж', 'x', '1', '%', '\u0301', 'руб', '1,', 'млн', '🙂', '\u00a0']),
    st.integers(200, 3000),
    arbitrary,
)

#: Dictionary words, as written or capitalized, next to what makes grammars read them.
dictionary_text = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(DICTIONARY), st.sampled_from(DICTIONARY).map(str.capitalize),
                  st.sampled_from(NEIGHBOURS), st.integers(0, 10**6).map(str)),
        st.sampled_from(GLUE),
    ),
    min_size=1,
    max_size=8,
).map(lambda pairs: ''.join(word + glue for word, glue in pairs))

JOINERS = [' ', '', '\n', '\n\n', '\r\n', '; ', '. ', ' и ', '\u00a0']
CASES = [str.upper, str.lower, str.swapcase, str.title, str.casefold, str.capitalize]


def random_piece(rng):
    """A piece to insert: hostile characters and words most of the time, any code point sometimes."""
    if rng.random() < 0.2:
        return chr(rng.randrange(0x110000))
    if rng.random() < 0.25:
        return rng.choice(DICTIONARY)
    return rng.choice(PIECES)


def mutate(rng, text):
    """``text`` after up to four random edits: insert, delete, replace, join another sentence, change case."""
    for _ in range(rng.randrange(1, 5)):
        edit = rng.choice(['insert', 'delete', 'replace', 'join', 'case'])
        at = rng.randrange(len(text) + 1)
        if edit == 'join':
            other = rng.choice(CORPUS_TEXTS)
            text = text + rng.choice(JOINERS) + other if rng.random() < 0.5 else other + rng.choice(JOINERS) + text
        elif edit == 'case':
            stop = rng.randrange(at, len(text) + 1)
            text = text[:at] + rng.choice(CASES)(text[at:stop]) + text[stop:]
        else:
            cut = 0 if edit == 'insert' else rng.randrange(1, 4)
            new = '' if edit == 'delete' else random_piece(rng)
            text = text[:at] + new + text[at + cut:]
    return text


#: A corpus sentence, as is or mutated.
mutated = st.builds(
    lambda rng, text, edit: mutate(rng, text) if edit else text,
    st.randoms(use_true_random=False),
    st.sampled_from(CORPUS_TEXTS),
    st.booleans(),
)

##########
#   CHECKS
##########

#: Must only shift the facts after it: one code point that is two UTF-16
#: units, then a blank line, which ends any sentence.
PREFIX = '🙂\n\n'


def check_text(text, kind=None):
    facts = extract(text)
    check_facts(text, facts)
    assert extract(text) == facts, 'a second call gives other facts'
    assert extract(PREFIX + text) == shifted(facts, len(PREFIX)), 'a prefix changed more than offsets'
    if kind is not None:
        alone = extract(text, types=[kind])
        assert alone == [fact for fact in facts if isinstance(fact, FACT_TYPES[kind])], f'{kind} alone differs'
    return facts


##########
#   PROPERTIES
##########


@given(arbitrary)
@example('')
@example('\ud800 5 млн рублей \udfff')
@example('Цена\u00a0—\u00a023\u00a0500\u00a0рублей\r\nскидка\u202f10\u2009%')
@example('🙂👨\u200d👩\u200d👧 $1,7 млрд и 4,4%\u0301')
def test_arbitrary_text(text):
    """Arbitrary text never raises and its facts are well formed and stable."""
    check_text(text)


@given(dictionary_text)
@example('тру₽')
@example('5 тру долларов')
@example('Кредит на тру€ и')
@example('Партия тру₽дящихся')
@example('сороки рублей')
@example('полтысячи рублей и полтриллиона долларов')
def test_dictionary_words_next_to_triggers(text):
    """Dictionary words of every part of speech next to currency signs, "%", posts and document nouns never raise."""
    check_text(text)


@given(long_word)
def test_long_words(text):
    """Very long words and runs of one character never raise and give well-formed facts."""
    check_text(text)


@given(mutated, st.sampled_from(list(FACT_TYPES)))
def test_mutated_corpus_sentences(text, kind):
    """A corpus sentence after random edits gives well-formed facts, stable, the same for one type alone."""
    check_text(text, kind)


# The child reads JSON (which escapes lone surrogates) and answers with pickles.
CHILD = '''
import json, pickle, sys
from factlex import extract
texts = json.load(sys.stdin)
sys.stdout.buffer.write(pickle.dumps([extract(text) for text in texts]))
'''


def test_same_facts_in_a_new_process():
    """A fresh interpreter with another hash seed finds the same facts in a batch of hostile texts."""
    rng = random.Random(7)
    texts = [mutate(rng, rng.choice(CORPUS_TEXTS)) for _ in range(30)]
    texts += [''.join(random_piece(rng) for _ in range(30)) for _ in range(10)]
    texts += CORPUS_TEXTS[::40]
    here = [extract(text) for text in texts]
    assert sum(map(len, here)) > 20, 'the batch is too poor in facts to compare'
    result = subprocess.run(
        [sys.executable, '-c', CHILD],
        input=json.dumps(texts).encode('ascii'),
        capture_output=True,
        env={**os.environ, 'PYTHONHASHSEED': '12345'},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr.decode('utf-8', 'replace')
    there = pickle.loads(result.stdout)
    for text, mine, theirs in zip(texts, here, there, strict=True):
        assert theirs == mine, text


##########
#   BUGS CAUGHT
##########

# Amounts of 29 digits and more (28 is the default decimal precision)
# raised decimal.InvalidOperation from normalize.plain.
HUGE = [
    ('$1' + '0' * 28, Decimal('1E+28')),
    ('1' + '0' * 28 + '%', Decimal('1E+28')),
    ('10000000000000000 трлн рублей', Decimal('1E+28')),
    ('9' * 40 + ' руб.', Decimal('9' * 40)),
    ('1' * 29 + ',5 млрд рублей', Decimal('1' * 29 + '5' + '0' * 8)),
]


@pytest.mark.parametrize(('text', 'amount'), HUGE, ids=[text[:4] + '…' + text[-8:] for text, _ in HUGE])
def test_huge_amounts_are_exact(text, amount):
    """An amount of any length is read exactly, not rounded to 28 digits and not a crash."""
    (fact,) = extract(text)
    check_facts(text, [fact])
    assert getattr(fact, 'amount', getattr(fact, 'value', None)) == amount


@pytest.mark.parametrize(
    'context',
    [
        decimal.Context(prec=6),
        decimal.Context(prec=3, rounding=decimal.ROUND_DOWN),
        decimal.Context(traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation]),
    ],
    ids=['prec=6', 'prec=3 ROUND_DOWN', 'traps on Rounded'],
)
def test_callers_decimal_context_is_ignored(context):
    """The caller's decimal context changes neither the facts nor whether extraction succeeds."""
    text = 'Выручка 1 234 567 рублей (1,7 млрд долларов), рост 12,345%.'
    expected = extract(text)
    assert len(expected) == 3
    with decimal.localcontext(context):
        assert extract(text) == expected
        assert decimal.getcontext().prec == context.prec  # and it is the caller's again afterwards


# A stress mark (a combining acute) inside a word split the word in two
# tokens, and a mention could end at the mark: "5 млн рубле" of "5 млн рубле́й".
# Found by test_any_text_gives_well_formed_facts. Words now keep their
# combining marks (factlex.morph.TOKEN_RULES) and are analyzed without them.
SPLIT_BY_A_MARK = [
    '5 млн рубле\u0301й',
    '5 млн руб\u0301лей',
    'министр финансов Иван Петро\u0301в',
]


@pytest.mark.parametrize('text', SPLIT_BY_A_MARK)
def test_mention_does_not_split_a_stressed_word(text):
    """A mention never starts or ends between a letter and its combining mark, and the mark changes no value."""
    facts = extract(text)
    unmarked = extract(text.replace('\u0301', ''))
    assert facts and [values(fact) for fact in facts] == [values(fact) for fact in unmarked]
    for fact in facts:
        for edge in (fact.span.start, fact.span.stop):
            assert edge == len(text) or not unicodedata.category(text[edge]).startswith('M'), fact


# "вице-", "экс-" and "женщина-" before a post (extractor._FREE_PREFIXES)
# were recognized only after a space or at the start of the text, so the same
# sentence after a line break, a tab or an NBSP gave other facts. Found by
# test_mutated_corpus_sentences (a prefix "🙂\n\n" changed an agreement).
@pytest.mark.parametrize('before', ['\n', '\t', '\u00a0', '\u2009', '\r\n\r\n', '('], ids=repr)
@pytest.mark.parametrize('text', [
    'женщина-спикер Анна Иванова',
    'вице-премьера Татьяны Голиковой Россия и Беларусь подписали соглашение',
])
def test_free_prefix_after_any_separator(before, text):
    """A sentence gives the same facts after any separator as at the start of the text."""
    assert extract(before + text) == shifted(extract(text), len(before))


# An agreement's subject ended at a Latin letter or digit inside a Cyrillic
# word, so the mention cut the word: "о миреQ" of "о миреQи". Found by
# test_mutated_corpus_sentences (long profile). The span came from the
# agreement grammar, past the extractor's word-boundary check, which now
# checks the spans of the facts as well as the match's.
CUT_BY_A_LATIN_LETTER = [
    'Стороны подписали договор о миреQи',
    'Стороны подписали договор о мирeи',  # a Latin "e"
]


@pytest.mark.parametrize('text', CUT_BY_A_LATIN_LETTER)
def test_agreement_subject_does_not_cut_a_word(text):
    """An agreement's mention does not end inside a word that mixes scripts."""
    facts = extract(text, types=['agreement'])
    assert facts
    check_facts(text, facts)
