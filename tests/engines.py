"""What the Spark and Dask tests share: the texts they extract from, and the examples of docs/engines.md."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / 'docs'
EXAMPLES = DOCS / 'examples'

#: Paragraphs with every fact type, a text without facts and an empty one.
TEXTS = [
    *DOCS.joinpath('example.txt').read_text(encoding='utf-8').split('\n\n'),
    'Текст без фактов.',
    '',
    'Соглашение подписали 22 ноября 2023 года в Сочи; кредит на 5 млн руб.',
]


def snippet(heading: str) -> str:
    """The first ```python block after the line ``heading`` of docs/engines.md."""
    text = DOCS.joinpath('engines.md').read_text(encoding='utf-8')
    after = text[text.index(f'\n{heading}\n'):]
    match = re.search(r'```python\n(.*?)```', after, re.S)
    assert match, f'no python block after {heading!r}'
    return match.group(1)
