"""A trigger's scanner finds exactly the matches of the trigger itself."""

import re

import pytest

from factlex import Extractor
from factlex.triggers import first_characters, scanner
from invariants import every_corpus_text



def _found(pattern, text):
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_built_in_scanners_find_what_their_triggers_find():
    texts = every_corpus_text()
    texts.append('\n'.join(texts))
    for grammar in Extractor().grammars:
        assert grammar.scanner is not grammar.trigger, grammar.name  # each gets its lookahead
        for text in texts:
            assert _found(grammar.scanner, text) == _found(grammar.trigger, text), (grammar.name, text)


@pytest.mark.parametrize('pattern, text', [
    (r'(?i:\bруб|р\b)|[$€]', 'Р. 5 РУБ, 3 р $ 4€ рубль'),
    (r'(?i:k)', 'K \u212a k'),  # the Kelvin sign is a "k" to re.IGNORECASE, and must stay one
    (r'(?i:σ)|ß', 'Σ ς σ ß SS'),
    (r'(?<=\d)\s?%|п\.\s?п', '5 % 4% п. п. 3%'),
    (r'(?:ab)*c|x+y', 'abababc xxy c'),
    (r'(?x) a b  # a comment at the end', 'ab a b'),
    (r'[^a]b|\d', 'cb 5 ab'),  # a negated class: no lookahead
    (r'a?', 'bab'),  # may match nothing: no lookahead
    (r'(a)\1', 'aa'),  # a back reference first needs the group: still a lookahead for "a"
])
def test_scanner_finds_what_the_pattern_finds(pattern, text):
    compiled = re.compile(pattern)
    assert _found(scanner(compiled), text) == _found(compiled, text)


def test_first_characters():
    assert first_characters(re.compile(r'\bab|c')) == '[ac]'
    assert first_characters(re.compile(r'(?i:ab)|\$')) == r'(?i:[\$a])'
    assert first_characters(re.compile(r'x*[0-9]')) == '[0-9x]'
    assert first_characters(re.compile(r'(?=a)\w')) == r'[\w]'
    assert first_characters(re.compile(r'x?')) is None  # may be empty
    assert first_characters(re.compile(r'.a')) is None  # the dot: any character
    assert first_characters(re.compile(r'(?a)ab')) is None  # ASCII case folding: not worked out


def test_a_class_ignoring_case_accepts_what_the_literal_does():
    """The lookahead puts first characters in one class under IGNORECASE;
    re must fold case alike for a literal and for a class, special folds
    (the Kelvin sign, the long s, final sigma, dotted I) included."""
    for letter in 'ksiσςßθёеjİıſKΩµ':
        literal, in_class = re.compile(f'(?i:{re.escape(letter)})'), re.compile(f'(?i:[{re.escape(letter)}])')
        for code in range(0x3000):  # Latin, Greek, Cyrillic and the letterlike symbols
            assert bool(literal.match(chr(code))) == bool(in_class.match(chr(code))), (letter, hex(code))
