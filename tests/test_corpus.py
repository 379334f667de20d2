"""Every grammar's example corpus: exact facts over whole strings, facts in
sentences, negatives, and known gaps as strict xfail."""

import importlib

import attrs
import pytest

from factlex import extract
from factlex.grammars import GRAMMARS

CORPORA = {kind: importlib.import_module(f'corpus.{kind}') for kind in GRAMMARS}


def _values(fact):
    """The fact with its span and its parts' spans set to None: values only."""
    changes = {'span': None}
    for field in attrs.fields(type(fact)):
        value = getattr(fact, field.name)
        if field.name != 'span' and attrs.has(type(value)) and hasattr(value, 'span'):
            changes[field.name] = _values(value)
    return attrs.evolve(fact, **changes)


def _params(attribute, *, xfail=False):
    marks = [pytest.mark.xfail(strict=True)] if xfail else []
    params = []
    for kind, corpus in CORPORA.items():
        for case in getattr(corpus, attribute):
            case = case if isinstance(case, tuple) else (case,)
            params.append(pytest.param(kind, *case, id=f'{kind}: {case[0]}', marks=marks))
    return params


def test_every_grammar_has_a_corpus():
    """A grammar without examples is untested; each corpus has all four lists."""
    for kind, corpus in CORPORA.items():
        for name in ('POSITIVE', 'IN_CONTEXT', 'NEGATIVE', 'XFAIL'):
            assert isinstance(getattr(corpus, name), list), (kind, name)
        assert corpus.POSITIVE and corpus.NEGATIVE, kind


def _check_whole(kind, text, expected):
    facts = extract(text, types=[kind])
    assert len(facts) == 1, f'{text!r}: expected one fact, got {facts}'
    (fact,) = facts
    assert (fact.span.start, fact.span.stop) == (0, len(text)), (
        f'{text!r}: the fact covers {text[fact.span.start:fact.span.stop]!r}, not the whole string'
    )
    assert _values(fact) == expected


@pytest.mark.parametrize(('kind', 'text', 'expected'), _params('POSITIVE'))
def test_positive(kind, text, expected):
    """The whole example is one mention with exactly the expected values."""
    _check_whole(kind, text, expected)


@pytest.mark.parametrize(('kind', 'text', 'expected'), _params('XFAIL', xfail=True))
def test_known_gap(kind, text, expected):
    """A known gap; when it starts passing, move it to POSITIVE."""
    _check_whole(kind, text, expected)


@pytest.mark.parametrize(('kind', 'text', 'expected'), _params('IN_CONTEXT'))
def test_in_context(kind, text, expected):
    """In a sentence every fact is found with its exact mention and values, in order."""
    facts = extract(text, types=[kind])
    actual = [(text[fact.span.start:fact.span.stop], _values(fact)) for fact in facts]
    assert actual == expected


@pytest.mark.parametrize(('kind', 'text'), _params('NEGATIVE'))
def test_negative(kind, text):
    """Near misses produce no fact of the kind."""
    assert extract(text, types=[kind]) == []
