"""What must hold for the facts of ANY text: shared by tests/test_properties.py and fuzz/fuzz_extract.py.

These checks say nothing about which facts a text should have, only that the
facts returned are well formed: spans inside the text that point at a
trimmed mention that cuts no word, nested spans inside their fact's,
sorted, no duplicates.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import attrs

from factlex.facts import FACT_TYPES, Span
from factlex.streaming import shift

__all__ = ['CORPUS_TEXTS', 'check_facts', 'corpus_texts', 'every_corpus_text', 'shifted']


def _nested_spans(fact: Any) -> list[tuple[str, Span]]:
    """The spans of a fact's parts that carry their own (an official's person)."""
    found = []
    for field in attrs.fields(type(fact)):
        value = getattr(fact, field.name)
        if field.name != 'span' and attrs.has(type(value)) and hasattr(value, 'span'):
            found.append((field.name, value.span))
    return found


def _one_word(left: str, right: str) -> bool:
    return (left.isalpha() and right.isalpha()) or (left.isdigit() and right.isdigit())


def _check_span(text: str, span: Any, what: str) -> str:
    assert isinstance(span, Span), f'{what}: span is {span!r}'
    assert 0 <= span.start < span.stop <= len(text), f'{what}: {span} outside a text of {len(text)} characters'
    mention = text[span.start:span.stop]
    assert mention == mention.strip(), f'{what}: mention {mention!r} is not trimmed'
    return mention


def check_facts(text: str, facts: Any, types: Sequence[str] = tuple(FACT_TYPES)) -> None:
    """Raise AssertionError unless ``facts`` are well-formed results of ``extract(text, types)``.

    >>> from factlex import Money, Span
    >>> check_facts('за $5', [Money(Span(3, 5), '5', 'USD')])
    >>> check_facts('за $5', [Money(Span(3, 9), '5', 'USD')])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    AssertionError: Money #0: Span(start=3, stop=9) outside a text of 5 characters...
    """
    assert isinstance(facts, list), f'expected a list, got {type(facts).__name__}'
    allowed = tuple(FACT_TYPES[name] for name in types)
    for index, fact in enumerate(facts):
        what = f'{type(fact).__name__} #{index}'
        assert isinstance(fact, allowed), f'{what}: not one of the requested types {types}'
        _check_span(text, fact.span, what)
        # A word is never cut: a mention does not start or end between two
        # letters or two digits. Letters against digits are two tokens, and
        # glued text keeps its facts: "6,9%" of "с 7,4% до6,9%".
        start, stop = fact.span.start, fact.span.stop
        assert not (start > 0 and _one_word(text[start - 1], text[start])), (
            f'{what}: {text[start:stop]!r} starts inside a word of {text!r}'
        )
        assert not (stop < len(text) and _one_word(text[stop - 1], text[stop])), (
            f'{what}: {text[start:stop]!r} ends inside a word of {text!r}'
        )
        for name, span in _nested_spans(fact):
            _check_span(text, span, f'{what}.{name}')
            if (type(fact).__name__, name) in BEYOND_MENTION:
                continue
            assert start <= span.start and span.stop <= stop, f'{what}: {name} {span} outside {fact.span}'
    keys = [(fact.span.start, -fact.span.stop) for fact in facts]
    assert keys == sorted(keys), f'facts not sorted by (start, -stop): {keys}'
    assert len(set(facts)) == len(facts), f'duplicate facts: {facts}'


#: Parts a fact may read from its sentence around the mention (docs/facts.md:
#: an agreement's date and worth often follow "подписали соглашение").
BEYOND_MENTION = {('Agreement', 'when'), ('Agreement', 'value')}


def shifted(facts: Sequence[Any], offset: int) -> list[Any]:
    """``facts`` with every span, nested ones too, moved right by ``offset`` characters."""
    return [shift(fact, offset) for fact in facts]


def corpus_texts() -> list[str]:
    """The POSITIVE and IN_CONTEXT texts of every grammar's example corpus, in a fixed order."""
    from factlex.grammars import GRAMMARS

    texts = []
    for kind in GRAMMARS:
        corpus = importlib.import_module(f'corpus.{kind}')
        texts += [text for text, _ in corpus.POSITIVE]
        texts += [text for text, _ in corpus.IN_CONTEXT]
    return list(dict.fromkeys(texts))


def every_corpus_text() -> list[str]:
    """Every text of every grammar's example corpus: the positives, the known
    gaps (XFAIL), the sentences in context and the negatives, in a fixed order."""
    from factlex.grammars import GRAMMARS

    texts = []
    for kind in GRAMMARS:
        corpus = importlib.import_module(f'corpus.{kind}')
        texts += [text for text, _ in corpus.POSITIVE + corpus.XFAIL]
        texts += [text for text, _ in corpus.IN_CONTEXT]
        texts += list(corpus.NEGATIVE)
    return list(dict.fromkeys(texts))


CORPUS_TEXTS = corpus_texts()
