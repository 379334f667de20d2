"""Coverage-guided fuzzing of ``factlex.extract`` with atheris (see docs/reliability.md).

Short run, as in CI (2,000 inputs or 5 minutes; exit status 0 when nothing was found)::

    .venv/bin/python fuzz/fuzz_extract.py -atheris_runs=2000 -max_total_time=300

Long run, keeping what it learns in a corpus folder::

    mkdir -p /tmp/fuzz-corpus
    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=600 -artifact_prefix=/tmp/ /tmp/fuzz-corpus

``-len_control=0 -max_len=1024`` are added unless given: inputs start at full length.

A finding is written to ``crash-<sha1>``; ``fuzz/fuzz_extract.py crash-<sha1>``
runs it again, and ``fuzz/fuzz_extract.py --show crash-<sha1>`` prints its text.

Each input is turned into a text in one of five ways: arbitrary Unicode
(surrogates included); a sentence of the example corpora
(tests/corpus/*.py) with fuzzed characters or dictionary words spliced in,
joined to another sentence, or with its case changed; or words of
pymorphy2's dictionary (tests/dictionary.py's sample) glued to currency
signs, "%", posts and document nouns. For every text it checks the invariants
of tests/invariants.py (spans inside the text and trimmed, the person inside
its official, sorted, no duplicates), that a second call gives the same
facts, that one fact type alone gives the facts of that type from all types,
and that text behind a blank line gets the same facts shifted. Any exception
is a finding: atheris prints it and writes the input to ``crash-*``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tests'))

# Instrument factlex (its grammars included) and yargy, whose branches are
# what coverage should steer through; pymorphy2's dictionary code is left out.
with atheris.instrument_imports(include=['factlex', 'yargy', 'invariants']):
    from dictionary import dictionary_words
    from invariants import CORPUS_TEXTS, check_facts, shifted

    from factlex import Extractor
    from factlex.facts import FACT_TYPES

    EVERY = Extractor()
    ALONE = {name: Extractor([name]) for name in FACT_TYPES}

#: Put before a text, it must only shift the facts: an astral character
#: (two UTF-16 units, one code point) and a blank line, which ends a sentence.
PREFIX = '🙂\n\n'

#: Text for the splices: the characters that tend to break offsets.
SPLICES = [
    '\u00a0', '\u2009', '\u202f', '\u200b', '\u0301', '\r\n', '\r', '\n', '\ufeff', '👨\u200d👩', '\ud800', '\x00',
]


#: Words of pymorphy2's dictionary, of every part of speech (tests/dictionary.py).
DICTIONARY = list(dictionary_words())

#: What makes a grammar read the word beside it: currency signs, "%", posts, document nouns.
NEIGHBOURS = ['₽', '$', '€', '£', 'руб.', 'рублей', 'долларов', 'USD', '%', 'процентов', 'п.п.', 'млн', 'тыс.',
              'министр', 'глава', 'губернатор', 'соглашение', 'договор', 'меморандум', 'подписали', 'от', 'до']

#: Between such words: nothing at all ("тру₽") as well as spaces.
GLUE = ['', ' ', '\u00a0', '-', ' и ', ', ', '\n']


def words_of(fdp: atheris.FuzzedDataProvider) -> str:
    """Dictionary words and neighbours, glued: "Кредит на тру€ и"."""
    parts = []
    for _ in range(fdp.ConsumeIntInRange(1, 8)):
        if fdp.ConsumeBool():
            word = DICTIONARY[fdp.ConsumeIntInRange(0, len(DICTIONARY) - 1)]
            parts.append(word.capitalize() if fdp.ConsumeBool() else word)
        else:
            parts.append(fdp.PickValueInList(NEIGHBOURS))
        parts.append(fdp.PickValueInList(GLUE))
    return ''.join(parts)


def text_of(data: bytes) -> str:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 4)
    if mode == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes())
    if mode == 4:
        return words_of(fdp)
    text = CORPUS_TEXTS[fdp.ConsumeIntInRange(0, len(CORPUS_TEXTS) - 1)]
    if mode == 2:
        other = CORPUS_TEXTS[fdp.ConsumeIntInRange(0, len(CORPUS_TEXTS) - 1)]
        text = text + fdp.PickValueInList([' ', '\n', '\n\n', '\r\n', '; ', ''] + SPLICES) + other
    elif mode == 3:
        change = fdp.PickValueInList([str.upper, str.lower, str.swapcase, str.title, str.casefold])
        start = fdp.ConsumeIntInRange(0, len(text))
        stop = fdp.ConsumeIntInRange(start, len(text))
        text = text[:start] + change(text[start:stop]) + text[stop:]
    # Then a few edits: insert, delete or replace at fuzzed places.
    for _ in range(fdp.ConsumeIntInRange(0, 4)):
        if not fdp.remaining_bytes():
            break
        at = fdp.ConsumeIntInRange(0, len(text))
        cut = fdp.ConsumeIntInRange(0, 3)
        choice = fdp.ConsumeIntInRange(0, 2)
        if choice == 0:
            piece = fdp.PickValueInList(SPLICES)
        elif choice == 1:
            piece = DICTIONARY[fdp.ConsumeIntInRange(0, len(DICTIONARY) - 1)]
        else:
            piece = fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 8))
        text = text[:at] + piece + text[at + cut:]
    return text


def test_one_input(data: bytes) -> None:
    text = text_of(data)
    facts = EVERY.extract(text)
    check_facts(text, facts)
    assert EVERY.extract(text) == facts, 'a second call differs'
    for name, extractor in ALONE.items():
        alone = extractor.extract(text)
        assert alone == [fact for fact in facts if isinstance(fact, FACT_TYPES[name])], f'{name} alone differs'
    assert EVERY.extract(PREFIX + text) == shifted(facts, len(PREFIX)), 'a prefix changes more than the offsets'


def main() -> None:
    if sys.argv[1:2] == ['--show']:
        # The text a fuzz input (a crash-* file) stands for, to write a test from.
        for path in sys.argv[2:]:
            print(repr(text_of(Path(path).read_bytes())))
        return
    # libFuzzer grows inputs from 4 bytes as coverage stalls, which at a few
    # executions per second would take hours: start at full length instead.
    args = list(sys.argv)
    for flag, default in (('-len_control', '0'), ('-max_len', '1024')):
        if not any(arg.startswith(flag + '=') for arg in args):
            args.append(f'{flag}={default}')
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == '__main__':
    main()
