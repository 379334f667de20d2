"""Words of pymorphy2's dictionary, for the tests and the fuzzer that put them in text.

The dictionary lists about 3 million distinct word forms of every part of
speech. Tests take a deterministic sample of them, every ``step``-th in the
dictionary's own order, so that every run tries the same words; the fuzzer
and hypothesis draw from the same sample.
"""

from __future__ import annotations

import functools
import itertools

from factlex.morph import morph_analyzer

__all__ = ['SAMPLE_STEP', 'dictionary_words', 'lexemes']

#: Every this-many-th word of the dictionary is in the default sample
#: (about 20,000 words, of every part of speech).
SAMPLE_STEP = 250


@functools.lru_cache(maxsize=None)
def dictionary_words(step: int = SAMPLE_STEP) -> tuple[str, ...]:
    """Every ``step``-th distinct word of the dictionary; ``step=1`` gives them all.

    >>> words = dictionary_words()
    >>> len(words) > 10_000, len(set(words)) == len(words)
    (True, True)
    """
    keys = morph_analyzer().raw.dictionary.words.iterkeys()
    # A word with several paradigms comes once per paradigm, one after another.
    distinct = (word for word, _ in itertools.groupby(keys))
    return tuple(itertools.islice(distinct, 0, None, step))


def lexemes(lemmas: set[str]) -> set[str]:
    """Every form of every dictionary word that any of ``lemmas`` may be a form of.

    >>> sorted(lexemes({'три'}) & {'тру', 'трёх', 'тёр'})
    ['тру', 'трёх', 'тёр']
    """
    analyzer = morph_analyzer().raw
    words = set(lemmas)
    for lemma in lemmas:
        for parse in analyzer.parse(lemma):
            words.update(form.word for form in parse.lexeme)
    return words
