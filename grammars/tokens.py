"""What a match is made of: the tokens and offsets behind a yargy fact's attributes.

yargy gives an interpreted attribute as a joined string; values such as
"23 500 тыс." or a sub-fact's offsets need the tokens themselves. yargy keeps
them on the fact it builds (``fact._raw``), which these helpers read.

An attribute may hold a nested fact: a sub-rule interpreted into a fact of its
own (``MONEY.interpretation(Raw.amount)``). yargy keeps only the tokens of
that fact's attributes, not the words between or around them that no
attribute holds ("от" of "от 6 до 9 млн евро"); a sub-rule interpreted with
:class:`WithTokens` keeps them all.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Optional

from yargy.interpretation.interpretator import Chain, FactInterpretator, FactResult

from factlex.facts import Span

__all__ = ['WithTokens', 'attribute_span', 'attribute_tokens', 'change_spans', 'lemmas', 'tokens_span']


class WithTokens(FactInterpretator):
    """``rule(...).interpretation(WithTokens(Raw))``: the same as
    ``.interpretation(Raw)``, and the fact keeps every token its rule matched,
    so that :func:`attribute_tokens` of it nested in another fact gives them all."""

    def __call__(self, input: Any) -> Any:
        result = super().__call__(input)
        # Leaves the fact gave no attribute reach the interpretator as tokens.
        result.fact.tokens = sorted(_tokens(input.items), key=lambda token: token.span.start)
        return result


def _tokens(items: Any) -> list[Any]:
    """The tokens behind yargy's interpretation results, nested ones included."""
    found = []
    for item in items:
        if isinstance(item, Chain):
            found.extend(item.tokens)
        elif isinstance(item, FactResult):
            recorded = getattr(item.fact, 'tokens', None)
            if recorded is not None:
                found.extend(recorded)
            else:
                values = item.fact.attributes.values()
                for value in values:
                    found.extend(_tokens(value if isinstance(value, list) else [value]))
        elif hasattr(item, 'value') and hasattr(item, 'attribute'):  # an AttributeResult
            found.extend(_tokens([item.value]))
        elif hasattr(item, 'input'):  # a NormalizerResult keeps what it was given
            found.extend(_tokens([item.input]))
        elif hasattr(item, 'span') and hasattr(item, 'value'):  # a token
            found.append(item)
    return found


def attribute_tokens(raw: Any, name: str) -> list[Any]:
    """The tokens matched for attribute ``name`` of ``raw``, in text order; [] when it is unset.

    For a nested fact these are the tokens of its attributes, or all the
    tokens of its rule when that was interpreted with :class:`WithTokens`.
    """
    # A grammar's checks ask for the same attributes of a match many times
    # (the officials' to_facts about thirty): the tokens are collected once
    # per match and attribute, and each caller gets a list of its own.
    cache = raw.__dict__.get('_attribute_tokens')
    if cache is None:
        cache = raw.__dict__['_attribute_tokens'] = {}
    found = cache.get(name)
    if found is None:
        value = raw._raw.attributes.get(name)
        if value is None or value == []:
            found = ()
        else:
            values = value if isinstance(value, list) else [value]  # a repeatable attribute holds a list
            unique = {id(token): token for token in _tokens(values)}
            found = tuple(sorted(unique.values(), key=lambda token: token.span.start))
        cache[name] = found
    return list(found)


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
