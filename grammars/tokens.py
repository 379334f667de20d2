"""What a match is made of: the tokens and offsets behind a yargy fact's attributes.

yargy gives an interpreted attribute as a joined string; values such as
"23 500 тыс." or a sub-fact's offsets need the tokens themselves. yargy keeps
them on the fact it builds (``fact._raw``), which these helpers read.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Optional

from yargy.interpretation.interpretator import Chain

from factlex.facts import Span

__all__ = ['attribute_span', 'attribute_tokens', 'change_spans', 'lemmas', 'tokens_span']


def attribute_tokens(raw: Any, name: str) -> list[Any]:
    """The tokens matched for attribute ``name`` of ``raw``; [] when it is unset."""
    value = raw._raw.attributes.get(name)
    while value is not None and not isinstance(value, Chain):
        # A normalizer's result keeps the tokens it was given as ``input``.
        value = getattr(value, 'input', None)
    return list(value.tokens) if value is not None else []


def tokens_span(tokens: Sequence[Any]) -> Span:
    """The character span from the first token's start to the last one's stop."""
    return Span(tokens[0].span.start, tokens[-1].span.stop)


def attribute_span(raw: Any, name: str) -> Optional[Span]:
    """The character span of attribute ``name``, or None when it is unset."""
    tokens = attribute_tokens(raw, name)
    return tokens_span(tokens) if tokens else None


def lemmas(tokens: Sequence[Any], vocabulary: Collection[str] = ()) -> list[str]:
    """Each word's dictionary form, digits as written, punctuation dropped.

    A word with several readings ("сорока": forty or magpie) takes the first
    one found in ``vocabulary``, so the reading the grammar matched is used;
    with none there, the word as written when ``vocabulary`` has it
    ("полтысячи", whose readings pymorphy2 only guesses).
    """
    result = []
    for token in tokens:
        forms = getattr(token, 'forms', None)
        if forms:
            normals = [form.normalized for form in forms]
            known = [normal for normal in normals if normal in vocabulary]
            written = token.value.lower()
            result.append(known[0] if known else written if written in vocabulary else normals[0])
        elif token.type == 'PUNCT':
            continue
        else:
            # Latin words ("Million") match case-insensitively, so fold them.
            result.append(token.value.lower())
    return result


def change_spans(raw: Any, tokens: Sequence[Any], *, second: str = 'amount',
                 link: Collection[str] = ('до',)) -> tuple[Span, Span]:
    """The mentions of a change "с 16% до 18%": "16%" and "18%".

    The tokens between the opening word ("с") and the ``link`` word before
    attribute ``second`` are the first mention; the tokens after it, the second.
    """
    second_start = tokens_span(attribute_tokens(raw, second)).start
    link_index = max(
        index for index, token in enumerate(tokens)
        if token.value.lower() in link and token.span.start < second_start
    )
    return tokens_span(tokens[1:link_index]), tokens_span(tokens[link_index + 1:])
