"""Words typed in a mix of the Cyrillic and Latin alphabets, written in one of them."""

from __future__ import annotations

import re

__all__ = ['in_one_alphabet']

# A word typed with letters of both alphabets that look alike ("Франcиско"
# with a Latin "c", "Cреди", "YоuТubе") would be cut in pieces by the
# tokenizer and missed by the dictionary. Each such word is read in the
# alphabet most of its letters are in; the look-alikes map one to one, so
# offsets do not move.
_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES = 'aceopxyABCEHKMOPTXY', 'асеорхуАВСЕНКМОРТХУ'
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
# A Latin letter next to a Cyrillic one: a cheap test that finds the rare
# mixed word. It opens with the Latin letter, rare in Russian text, so that
# `re` skips ahead to it in C instead of trying every Cyrillic letter; the
# classes are written out as IGNORECASE would read "[a-z]" and "[а-яё]"
# ("ſ", "K", "ᲀ" among them), which would make `re` try every character.
_LATIN = 'A-Za-z\u0130\u0131\u017f\u212a'
_CYRILLIC = 'А-Яа-яЁё\u1c80-\u1c86'
_MIXED_PAIR = re.compile(f'[{_LATIN}](?:(?<=[{_CYRILLIC}][{_LATIN}])|(?=[{_CYRILLIC}]))')
_WORD = re.compile(r'[^\W\d_]+')
_CYRILLIC_LETTER = re.compile('[а-яё]', re.IGNORECASE)
_LATIN_LETTER = re.compile('[a-z]', re.IGNORECASE)


def _one_alphabet(match: re.Match) -> str:
    word = match.group()
    cyrillic, latin = len(_CYRILLIC_LETTER.findall(word)), len(_LATIN_LETTER.findall(word))
    return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)


def in_one_alphabet(text: str) -> str:
    """``text`` with each word that mixes look-alike letters of the Cyrillic
    and Latin alphabets written in one of them; of the same length.

    >>> in_one_alphabet('президент Франcиско Флорес, YоuТubе')
    'президент Франсиско Флорес, YouTube'
    """
    found = _MIXED_PAIR.search(text)
    if found is None:
        return text
    pieces, done = [], 0
    while found is not None:
        start = found.start()
        while start > done and text[start - 1].isalpha():
            start -= 1  # back to the word's first letter
        word = _WORD.match(text, start)
        pieces += [text[done:word.start()], _one_alphabet(word)]
        done = word.end()
        found = _MIXED_PAIR.search(text, done)
    return ''.join(pieces) + text[done:]
