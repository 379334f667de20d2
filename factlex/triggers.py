"""A grammar's trigger compiled to find the same matches with less work.

Every text is scanned once by the trigger of every grammar, and a trigger
such as money's (a case-insensitive alternation of some 120 words, codes
and signs) costs about 0.3 us per character: Python's ``re`` skips ahead
quickly only when a pattern starts with a literal or a set of characters
that ignores no case, and otherwise tries the whole pattern at every
position. :func:`scanner` puts a lookahead for the characters a match can
start with in front of the pattern, which ``re`` tests in one step per
position; the matches, their spans and groups are those of the pattern.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Pattern

__all__ = ['first_characters', 'folded', 'scanner']


class _Unknown(Exception):
    """A part of a pattern whose first characters are not worked out here."""


_CATEGORIES = {
    sre.CATEGORY_DIGIT: r'\d', sre.CATEGORY_NOT_DIGIT: r'\D',
    sre.CATEGORY_WORD: r'\w', sre.CATEGORY_NOT_WORD: r'\W',
    sre.CATEGORY_SPACE: r'\s', sre.CATEGORY_NOT_SPACE: r'\S',
}

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _first(items: Any, flags: int, found: list[tuple[str, bool]]) -> bool:
    """Add to ``found`` what may be the first character of a match of the
    parsed ``items`` (a character class's contents, and whether it ignores
    case); whether ``items`` may match nothing.

    Zero-width parts (``\\b``, lookarounds) are passed over: they narrow
    where a match starts, so leaving them out keeps a superset.
    """
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if flags & (re.ASCII | re.LOCALE):
            raise _Unknown('ASCII or LOCALE matching')  # case folding and classes of their own
        ignore_case = bool(flags & re.IGNORECASE)
        if op is sre.LITERAL:
            found.append((re.escape(chr(value)), ignore_case))
            return False
        if op is sre.IN:
            found.append((_class(value), ignore_case))
            return False
        if op is sre.SUBPATTERN:
            _group, add, remove, pattern = value
            if not _first(pattern.data, (flags | add) & ~remove, found):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _first(value.data, flags, found):
                return False
        elif op is sre.BRANCH:
            if not any([_first(branch.data, flags, found) for branch in value[1]]):
                return False
        elif op in _REPEATS:
            least, _most, pattern = value
            if not _first(pattern.data, flags, found) and least > 0:
                return False
        else:  # back references, the dot, negated literals, conditionals
            raise _Unknown(op)
    return True


def _class(items: Any) -> str:
    """The inside of a character class that accepts what the parsed class ``items`` does."""
    parts = []
    for op, value in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is sre.RANGE:
            parts.append(f'{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}')
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:  # a negated class: its complement is not worth working out
            raise _Unknown(op)
    return ''.join(parts)


def first_characters(pattern: Pattern[str]) -> str | None:
    """A character class (``[...]``, maybe under ``(?i:...)``) that accepts
    every character a match of ``pattern`` can start with, or None when
    there is none to give: the pattern may match the empty string, or holds
    a part whose first characters are not worked out here.

    The class may accept more than those characters, never fewer. Where a
    part of the pattern ignores case, the whole class does: a class under
    ``re.IGNORECASE`` accepts exactly the characters that the same
    characters written as literals do, which is all that ignoring case
    asks; a case-sensitive character thus may accept its other case too.
    """
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        found: list[tuple[str, bool]] = []
        if _first(parsed.data, parsed.state.flags, found):
            return None  # a match may be empty, and start anywhere
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None  # a newer re that parses differently: scan with the pattern itself
    characters = ''.join(sorted({part for part, _ in found}))
    return f'(?i:[{characters}])' if any(ignore_case for _, ignore_case in found) else f'[{characters}]'


def scanner(pattern: Pattern[str]) -> Pattern[str]:
    """``pattern`` with a lookahead for the characters its matches start
    with in front, when they can be worked out (:func:`first_characters`),
    else ``pattern`` itself. ``search``, ``finditer`` and the others give
    the same matches, spans and groups, and the lookahead lets ``re`` pass
    quickly over the positions where no match can start.
    """
    characters = first_characters(pattern)
    if characters is None:
        return pattern
    # A comment at the end of a verbose pattern would swallow the closing parenthesis.
    end = '\n)' if pattern.flags & re.VERBOSE else ')'
    try:
        return re.compile(f'(?={characters})(?:{pattern.pattern}{end}', pattern.flags)
    except re.error:  # global flags written inside the pattern, as "(?i)" after the start
        return pattern


#: Characters for which ``str.lower`` and ``re``'s case-insensitive matching
#: part ways whatever the pattern: "İ" lowers to two characters, and "Σ" to
#: "σ" or "ς" by the letter after it. (``tests/test_triggers.py`` checks
#: every code point against the triggers' own letters.)
_FOLD_UNSAFE = '\u0130\u03a3'

_AT = {
    sre.AT_BEGINNING: '^', sre.AT_BEGINNING_STRING: r'\A', sre.AT_BOUNDARY: r'\b',
    sre.AT_NON_BOUNDARY: r'\B', sre.AT_END: '$', sre.AT_END_STRING: r'\Z',
}


def _folded_literal(value: int, ignore_case: bool, letters: set[str]) -> str:
    character = chr(value)
    if ignore_case:
        lowered = character.lower()
        if len(lowered) != 1 or character in _FOLD_UNSAFE:
            raise _Unknown(character)
        letters.add(lowered)
        return re.escape(lowered)
    if character.lower() != character or character.upper() != character:
        raise _Unknown('a letter whose case counts')  # "A" alone: lowering the text would lose it
    return re.escape(character)


def _folded_class(items: Any, ignore_case: bool, letters: set[str]) -> str:
    parts = []
    for op, value in items:
        if op is sre.NEGATE:
            parts.insert(0, '^')
        elif op is sre.LITERAL:
            parts.append(_folded_literal(value, ignore_case, letters))
        elif op is sre.RANGE and not ignore_case and value[1] - value[0] < 4096 and all(
                chr(code).lower() == chr(code) == chr(code).upper() for code in range(value[0], value[1] + 1)):
            parts.append(f'{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}')
        elif op is sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])  # \w, \d and \s hold a character exactly when they hold its lower case
        else:
            raise _Unknown(op)
    return '[' + ''.join(parts) + ']'


def _folded(items: Any, ignore_case: bool, letters: set[str]) -> str:
    """The parsed ``items`` written again as a pattern that matches, in a
    text put in lower case, where they match in the text itself."""
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(_folded_literal(value, ignore_case, letters))
        elif op is sre.NOT_LITERAL:
            out.append('[^' + _folded_literal(value, ignore_case, letters) + ']')
        elif op is sre.ANY:
            out.append('.')
        elif op is sre.IN:
            out.append(_folded_class(value, ignore_case, letters))
        elif op is sre.AT and value in _AT:
            out.append(_AT[value])
        elif op is sre.BRANCH:
            out.append('(?:' + '|'.join(_folded(branch.data, ignore_case, letters) for branch in value[1]) + ')')
        elif op is sre.SUBPATTERN:
            _group, add, remove, pattern = value
            if (add | remove) & ~re.IGNORECASE:
                raise _Unknown('flags set inside the pattern')
            inner = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            out.append('(?:' + _folded(pattern.data, inner, letters) + ')')
        elif op is sre.ATOMIC_GROUP:
            out.append('(?>' + _folded(value.data, ignore_case, letters) + ')')
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, pattern = value
            opening = {(sre.ASSERT, 1): '(?=', (sre.ASSERT, -1): '(?<=',
                       (sre.ASSERT_NOT, 1): '(?!', (sre.ASSERT_NOT, -1): '(?<!'}[(op, direction)]
            out.append(opening + _folded(pattern.data, ignore_case, letters) + ')')
        elif op in _REPEATS:
            least, most, pattern = value
            bounds = '{%d,%s}' % (least, '' if most is sre.MAXREPEAT else most)
            suffix = {sre.MAX_REPEAT: '', sre.MIN_REPEAT: '?', sre.POSSESSIVE_REPEAT: '+'}[op]
            out.append('(?:' + _folded(pattern.data, ignore_case, letters) + ')' + bounds + suffix)
        else:  # back references, conditionals
            raise _Unknown(op)
    return ''.join(out)


def folded(pattern: Pattern[str]) -> tuple[Pattern[str], str] | None:
    """A pattern that ignores no case and finds in ``text.lower()`` the
    matches (their spans) that ``pattern`` finds in ``text``, with the
    characters a text must not hold for that to be so; None when ``pattern``
    cannot be written so here (a letter whose case counts, a range of
    letters that ignores case, flags other than ignoring case set inside it).

    ``re`` skips quickly over a text only for a pattern that starts with a
    literal or a class that ignores no case; the official trigger, a
    case-insensitive alternation of some 400 stems, is tried at nearly every
    character otherwise. Lowering a text keeps its length and its word
    characters (every code point but "İ" lowers to one character of the same
    class), and ``re`` ignores case by comparing lower cases, save for a few
    characters it also takes for another ("ſ" for "s", "ᲀ" for "в"): those
    of them that the pattern's letters have are the characters returned,
    with "İ" and "Σ".
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        letters: set[str] = set()
        source = _folded(parsed.data, bool(parsed.state.flags & re.IGNORECASE), letters)
        compiled = re.compile(source, parsed.state.flags & (re.DOTALL | re.MULTILINE))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError, KeyError):
        return None
    from re import _casefix  # type: ignore[attr-defined]
    others = {chr(other) for letter in letters for other in _casefix._EXTRA_CASES.get(ord(letter), ())}
    # with the lookahead of its first characters, now a class that ignores
    # no case: money's and percent's triggers scan in half the time again
    return scanner(compiled), ''.join(sorted(set(_FOLD_UNSAFE) | others))
