"""Answers about one match, computed once per match and kept on it.

A grammar's checks ask the same questions of a match many times: the
officials' ``to_facts`` and the checks it calls read the post's head word
about six times a match, the name's cases and whether the name stands first
several times each. :func:`per_match` keeps a question's answer on the
match's own interpretation (``raw``), as :func:`grammars.tokens.attribute_tokens`
keeps its tokens: the answers go with the match, no cache outlives it or is
shared between threads, and none needs a bound.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ['per_match']

_Answer = TypeVar('_Answer')
_UNASKED = object()


def per_match(question: Callable[[Any], _Answer]) -> Callable[[Any], _Answer]:
    """``question(raw)``, asked once per ``raw``: a function of the match alone.

    A set answer is copied for each caller, which may change its own; other
    answers must be immutable (a token, a bool).
    """
    key = f'_per_match_{question.__module__}.{question.__qualname__}'

    @functools.wraps(question)
    def asked(raw: Any) -> _Answer:
        state = raw.__dict__
        answer = state.get(key, _UNASKED)
        if answer is _UNASKED:
            answer = state[key] = question(raw)
        return set(answer) if type(answer) is set else answer  # type: ignore[return-value]

    return asked
