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

__all__ = ['first_characters', 'scanner']


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
