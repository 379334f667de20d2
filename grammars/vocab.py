"""Vocabulary files shipped in ``factlex/grammars/data``: one entry per line.

Lines are tab-separated columns; ``#`` starts a comment line. Keeping word
lists in data files lets a user extend them without touching rules.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any

__all__ = ['alternation', 'read_table']


def read_table(name: str, columns: int) -> list[tuple[str, ...]]:
    """The rows of ``data/<name>``, each split into exactly ``columns`` fields."""
    path = os.path.join(os.path.dirname(__file__), 'data', name)
    if os.path.isfile(path):
        with open(path, encoding='utf-8') as file:
            text = file.read()
    else:  # installed where files have no path (a zip): importlib.resources,
        # whose import (tempfile, shutil, zipfile) is left to this case
        from importlib import resources
        text = resources.files(__package__).joinpath('data', name).read_text(encoding='utf-8')
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        fields = tuple(field.strip() for field in line.split('\t'))
        if len(fields) != columns or not all(fields):
            raise ValueError(f'{name}:{number}: expected {columns} tab-separated fields, got {line!r}')
        rows.append(fields)
    return rows


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored into a trie: "глав(?:ред|...)??".

    Python's ``re`` tries the alternatives of ``a|b|...`` one by one at every
    position of the text, so a trigger of 300 stems ran at half a million
    characters a second; factored, a position that begins no word is left after
    one character. It matches what the sorted plain alternation matches, the
    shortest word first: an alternative that extends a word is optional and lazy.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[''] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        ends = '' in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ''
        body = branches[0] if len(branches) == 1 and not ends else '(?:' + '|'.join(branches) + ')'
        if len(branches) == 1 and ends:
            body = '(?:' + branches[0] + ')'
        return body + '??' if ends else body

    return pattern(trie)
