"""Vocabulary files shipped in ``factlex/grammars/data``: one entry per line.

Lines are tab-separated columns; ``#`` starts a comment line. Keeping word
lists in data files lets a user extend them without touching rules.
"""

from __future__ import annotations

from importlib import resources

__all__ = ['read_table']


def read_table(name: str, columns: int) -> list[tuple[str, ...]]:
    """The rows of ``data/<name>``, each split into exactly ``columns`` fields."""
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
