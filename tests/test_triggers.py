"""A trigger's scanner finds exactly the matches of the trigger itself."""

import re

import pytest

from factlex import Extractor
from factlex.triggers import first_characters, folded, scanner
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


def _folded_found(pattern, text):
    """The spans ``folded(pattern)`` finds in ``text`` put in lower case, or
    None when the text holds a character it must not."""
    lowered_pattern, unsafe = folded(pattern)
    if len(text.lower()) != len(text) or any(character in text for character in unsafe):
        return None
    return [match.span() for match in lowered_pattern.finditer(text.lower())]


def test_built_in_triggers_find_in_lower_case_what_they_find():
    texts = every_corpus_text()
    texts.append('\n'.join(texts))
    texts.append('ДИРЕКТОР, Директор и директор; ПОДПИСАЛ 5 РУБ. и 7 USD, 3 Usd, 12 ПРОЦЕНТОВ')
    for grammar in Extractor().grammars:
        assert grammar.folded is not None, grammar.name
        for text in texts:
            assert _folded_found(grammar.trigger, text) == [match.span() for match in grammar.trigger.finditer(text)]


@pytest.mark.parametrize('pattern, text', [
    (r'(?i:\bруб|р\b)|[$€]', 'Р. 5 РУБ, 3 р $ 4€ рубль'),
    (r'(?i:k)', 'K k'),
    (r'(?i)(?<=\d)\s?%|п\.\s?п', '5 % 4% П. п. 3%'),
    (r'(?i:(?:ab)*c|x+?y)', 'ABaBabC XxY c'),
    (r'(?i)[^a]b|\d', 'cB 5 Ab'),
    (r'(?i:ПОСОЛ)\b|(?!\.)[0-9]', 'посол Посла ПОСОЛ 7'),
])
def test_a_folded_pattern_finds_in_lower_case_what_the_pattern_finds(pattern, text):
    compiled = re.compile(pattern)
    assert _folded_found(compiled, text) == [match.span() for match in compiled.finditer(text)]


@pytest.mark.parametrize('pattern', [
    r'A|b',  # a letter whose case counts
    r'(?i:[a-z])',  # a range of letters that ignores case
    r'(?s:.)x',  # a flag other than ignoring case set inside the pattern
    r'(a)\1',  # a back reference
    r'(?a)(?i:ab)',  # ASCII case folding
])
def test_what_is_not_folded(pattern):
    assert folded(re.compile(pattern)) is None


def test_the_characters_a_folded_text_must_not_hold():
    """Over every code point: where a letter of the built-in triggers and a
    character of a text are equal to re.IGNORECASE but not in lower case
    (or the other way round), the character is among those the folded
    trigger names, so that such a text is scanned as written."""
    every = ''.join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF and code != 0x130)
    lowered = every.lower()
    assert len(lowered) == len(every)
    for grammar in Extractor().grammars:
        _pattern, unsafe = grammar.folded
        letters = {chr(value).lower() for value in _literals(grammar.trigger)}
        for letter in letters:
            by_re = {match.start() for match in re.finditer(f'(?i:{re.escape(letter)})', every)}
            by_lower = {match.start() for match in re.finditer(re.escape(letter), lowered)}
            assert all(every[index] in unsafe for index in by_re ^ by_lower), (grammar.name, letter)


def _literals(pattern):
    """The code points of the literals of ``pattern``, in classes too."""
    from re import _constants as sre, _parser as sre_parse

    found = set()

    def walk(items):
        for op, value in items:
            if op is sre.LITERAL:
                found.add(value)
            elif op is sre.IN:
                found.update(item for kind, item in value if kind is sre.LITERAL)
            elif op is sre.BRANCH:
                for branch in value[1]:
                    walk(branch.data)
            elif op is sre.SUBPATTERN:
                walk(value[3].data)
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                walk(value[1].data)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                walk(value[2].data)
            elif op is sre.ATOMIC_GROUP:
                walk(value.data)
    walk(sre_parse.parse(pattern.pattern, pattern.flags).data)
    return found


def test_a_long_text_gives_the_same_facts_scanned_in_lower_case(monkeypatch):
    """From FOLD_FROM characters on, the extractor scans with the folded
    triggers; the facts are those of scanning as written."""
    from factlex import extractor as module

    text = '\n\n'.join(every_corpus_text())[:30_000]
    assert len(text) >= module.FOLD_FROM
    scanned_lower = Extractor().extract(text)
    monkeypatch.setattr(module, 'FOLD_FROM', len(text) + 1)
    assert Extractor().extract(text) == scanned_lower
    assert scanned_lower


def test_short_texts_after_a_long_one_are_scanned_in_lower_case(monkeypatch):
    """Once a long text has made the folded triggers, shorter texts are
    scanned with them too, and give the facts of scanning as written."""
    from factlex import extractor as module

    texts = [text for text in every_corpus_text() if len(text) < module.FOLD_FROM][:200]
    long_text = '\n\n'.join(every_corpus_text())[:module.FOLD_FROM]
    folding = Extractor()
    folding.extract(long_text)
    assert sum(folding._lowered(text) is not None for text in texts) > len(texts) // 2
    scanned_lower = [folding.extract(text) for text in texts]
    monkeypatch.setattr(module, 'FOLD_FROM', 10**9)
    as_written = Extractor()
    assert [as_written.extract(text) for text in texts] == scanned_lower
    assert any(scanned_lower)
