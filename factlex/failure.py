"""What a batch gives in place of a text whose extraction raised.

``extract_many(texts, errors='report')`` yields a :class:`Failure` where the
facts of that text would be, and goes on with the next text:

>>> failure = Failure.of(3, ValueError('not part of an amount'))
>>> failure
Failure(index=3, type='ValueError', message='not part of an amount')
>>> str(failure)
'text 3: ValueError: not part of an amount'
"""

from __future__ import annotations

import traceback as tracebacks

import attrs

__all__ = ['Failure']


@attrs.frozen
class Failure:
    """A text whose extraction raised: where it stands and what it raised.

    Values only, so that it crosses process boundaries as facts do.
    """

    #: Position of the text in the batch's input, from 0.
    index: int
    #: The exception's class name: ``'ValueError'``.
    type: str
    #: ``str()`` of the exception.
    message: str
    #: The formatted traceback, where it was raised (a worker's, with workers).
    traceback: str = attrs.field(default='', repr=False, eq=False)

    @classmethod
    def of(cls, index: int, error: BaseException) -> Failure:
        """The failure of the text at ``index``, which raised ``error``."""
        return cls(index, type(error).__name__, str(error), ''.join(tracebacks.format_exception(error)))

    def __str__(self) -> str:
        return f'text {self.index}: {self.type}: {self.message}'
