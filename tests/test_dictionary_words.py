"""No dictionary word that a grammar's number predicates admit makes extraction raise.

A grammar's rule matches and ``factlex.normalize`` computes the value; a word
that a predicate admits but normalization does not know raised
``ValueError`` out of ``extract`` ("тру₽": yargy's ``dictionary({'три'})``
admitted every form of "тереть"). So every predicate under an attribute that
a grammar turns into a number is asked about pymorphy2's dictionary words,
and each word it admits goes through the grammar's whole ``to_facts`` in a
few templates: it must give facts or none, never raise.

The words: every form of every word a predicate lists, and a deterministic
sample of the whole dictionary (every 250th word, about 12,000). The full
dictionary, 3 million words, is a long run kept out of CI
(docs/reliability.md)::

    FACTLEX_DICTIONARY_STEP=1 .venv/bin/python -m pytest -p no:doctest tests/test_dictionary_words.py
"""

import inspect
import os
import re

import pytest
from yargy.parser import Context
from yargy.predicates import bank
from yargy.predicates.constructors import Predicate
from yargy.rule.constructors import InterpretationRule
from yargy.tagger import PassTagger

from dictionary import SAMPLE_STEP, dictionary_words, lexemes
from factlex import Extractor
from factlex.grammars import GRAMMARS
from factlex.morph import tokenizer
from invariants import check_facts

#: Attributes each grammar reads as numbers (``normalize.parse_amount``,
#: ``compound_number``), and texts that put a word there: "{}" is the word.
NUMBER_ATTRIBUTES = {
    'money': ('amount', 'max_amount', 'first', 'minor'),
    'percent': ('amount', 'max_amount', 'first'),
}
TEMPLATES = {
    'money': ['{} ₽', '{} рублей', '$ {}', 'от {} до {} долларов', 'с {} до 5 евро', '{} млн руб.',
              '1 рубль {} копеек', 'около {} USD', '{}–{} €', 'кредит на {}'],
    'percent': ['{}%', '{} процентов', 'на {} п.п.', 'от {} до {} %', 'с {}% до 5%', '{} базисных пунктов',
                'около {} %', '{}'],
}

#: Words a custom predicate admits, which no list names: compounds of a number.
COMPOUNDS = {'percent': {'пятипроцентный', 'стопроцентный', 'однопроцентный', 'полуторапроцентный'}}

# The normalizers that read numbers; a grammar that calls one must be listed above.
_NUMBER_NORMALIZERS = re.compile(r'normalize\.(?:parse_amount|parse_number|compound_number)\b')

STEP = int(os.environ.get('FACTLEX_DICTIONARY_STEP', SAMPLE_STEP))


def number_predicates(module):
    """The predicates of ``module``'s rule, activated as the parser uses them,
    that admit a word into one of its number attributes."""
    activated = module.RULE.activate(Context(tokenizer(), PassTagger()))
    found = []
    for item in activated.walk(InterpretationRule):
        attribute = getattr(item.interpretator, 'attribute', None)
        if attribute is not None and attribute.name in NUMBER_ATTRIBUTES[module.NAME]:
            found += [term for term in item.walk() if isinstance(term, Predicate) and term not in found]
    return found


def listed_words(predicate):
    """The words ``predicate`` names (lemmas, spellings), its parts' included."""
    if isinstance(predicate, (bank.DictionaryPredicate, bank.in_, bank.in_caseless)):
        return set(predicate.value)
    if isinstance(predicate, (bank.eq, bank.caseless)):
        return {predicate.value}
    return set().union(*map(listed_words, getattr(predicate, 'predicates', ())))


def admitted(module, words):
    """The words of ``words`` that some number predicate of ``module`` admits as one token."""
    predicates = number_predicates(module)
    split = tokenizer()
    found = set()
    for word in words:
        tokens = list(split(word))
        if len(tokens) == 1 and any(predicate(tokens[0]) for predicate in predicates):
            found.add(word)
    return found


@pytest.fixture(scope='module')
def sample():
    return dictionary_words(STEP)


def test_every_grammar_with_numbers_is_checked():
    """Each grammar that calls a number normalizer has its number attributes listed here."""
    calling = {name for name, module in GRAMMARS.items() if _NUMBER_NORMALIZERS.search(inspect.getsource(module))}
    assert calling == set(NUMBER_ATTRIBUTES)
    for name in NUMBER_ATTRIBUTES:
        assert number_predicates(GRAMMARS[name]), f'{name}: no predicate found under {NUMBER_ATTRIBUTES[name]}'


@pytest.mark.parametrize('name', sorted(NUMBER_ATTRIBUTES))
def test_admitted_dictionary_words_give_facts_or_none(name, sample):
    """Every dictionary word a number predicate admits gives facts or none in every template, never an error."""
    module = GRAMMARS[name]
    seeds = set().union(*map(listed_words, number_predicates(module))) | COMPOUNDS.get(name, set())
    words = admitted(module, lexemes(seeds) | set(sample))
    # Not an empty check: numerals in their cases, multipliers, compounds.
    assert {'три', 'трёх', 'сорока', 'миллиона', 'тыс', 'полтысячи'} <= words
    assert not {'тру', 'тёр', 'сороки'} & words
    if name == 'percent':
        assert 'пятипроцентной' in words
    extractor = Extractor([name])
    for word in sorted(words):
        for template in TEMPLATES[name]:
            text = template.format(word, word)
            try:
                facts = extractor.extract(text)
            except Exception as error:
                raise AssertionError(f'{name}: {text!r} raised {error!r}') from error
            check_facts(text, facts, [name])


def test_sample_reaches_every_part_of_speech(sample):
    """The sample is the whole dictionary's, not one corner of it: it holds words of every part of speech."""
    from factlex.morph import morph_analyzer

    analyzer = morph_analyzer()
    parts = {form.grams.values & {'NOUN', 'ADJF', 'VERB', 'INFN', 'NUMR', 'ADVB', 'PRTF', 'GRND'}
             for word in sample for form in analyzer(word)}
    assert set().union(*parts) == {'NOUN', 'ADJF', 'VERB', 'INFN', 'NUMR', 'ADVB', 'PRTF', 'GRND'}
