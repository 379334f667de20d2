"""Extracting from many texts at once, on several processes.

>>> texts = iter(['Рост 4,4%.', 'Без фактов.', 'Кредит на $1,7 млрд.'])
>>> [[type(fact).__name__ for fact in facts] for facts in extract_many(texts)]
[['Percent'], [], ['Money']]

``(key, text)`` pairs give ``(key, facts)`` pairs, so the caller's ids travel
with the texts:

>>> [(key, len(facts)) for key, facts in extract_many([('a.txt', 'Рост 4,4%.'), ('b.txt', 'Без фактов.')])]
[('a.txt', 1), ('b.txt', 0)]

With ``errors='report'`` a text that raises gives a :class:`~factlex.Failure`
in its place (``(key, Failure)`` for a pair), and the batch goes on:

>>> facts, failure = extract_many(['Рост 4,4%.', None], errors='report')
>>> [type(fact).__name__ for fact in facts]
['Percent']
>>> failure
Failure(index=1, type='TypeError', message='text must be str, got NoneType')
"""

from __future__ import annotations

import itertools
import os
import pickle
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, Optional, Union

from .extractor import Extractor, TypeSpec, _resolve_types
from .failure import Failure
from .grammar import Grammar, as_grammar
from .facts import Fact

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ['CHUNK_CHARS', 'ERRORS', 'default_workers', 'extract_many']

#: What ``extract_many`` does when extracting one text raises: raise it, or
#: report it as a :class:`~factlex.Failure` in the text's place and go on.
ERRORS = ('raise', 'report')

Result = Union[list[Fact], Failure]

#: What extract_many takes: texts, or (key, text) pairs.
Item = Union[str, tuple[Any, str]]

#: Characters sent to a worker in one task when ``chunksize`` is not given:
#: about half a second of work, so the cost of a task (pickling, a pipe
#: round trip, well under a millisecond) stays negligible even for short
#: texts, while the last tasks of a batch still spread over all workers.
CHUNK_CHARS = 10_000

#: Tasks kept in flight per worker: one running and one waiting, so a worker
#: never idles while the next chunk is pickled, and the input is read at most
#: this far ahead of the output.
TASKS_PER_WORKER = 2

# The extractor of a worker process, built once by _start_worker.
_worker_extractor: Optional[Extractor] = None


def _start_worker(types: tuple[str, ...], grammars: tuple[Grammar, ...]) -> None:
    global _worker_extractor
    # Ctrl-C reaches the whole process group; the parent alone decides to stop
    # and shuts the pool down, instead of every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = Extractor(types, grammars=grammars)


def _extract_item(extractor: Extractor, item: Any) -> Any:
    """The facts of a text, or ``(key, facts)`` of a ``(key, text)`` pair."""
    if isinstance(item, tuple):
        if len(item) != 2:
            raise TypeError(f'expected a text or a (key, text) pair, got a tuple of {len(item)} items')
        key, text = item
        return key, extractor.extract(text)
    return extractor.extract(item)


def _failure(item: Any, index: int, error: BaseException) -> Any:
    """The Failure in a text's place; a pair keeps its key: ``(key, Failure)``."""
    failure = Failure.of(index, error)
    return (item[0], failure) if isinstance(item, tuple) and len(item) == 2 else failure


def _length(item: Any) -> int:
    text = item[1] if isinstance(item, tuple) and len(item) == 2 else item
    return len(text) if isinstance(text, str) else 0


def _extract_chunk(texts: list[Any], start: int, report: bool) -> tuple[list[Any], Optional[BaseException]]:
    """Facts of each text of a chunk whose first text is at ``start`` in the input.

    Reporting, a text that raises gives a Failure and the chunk goes on, so
    the other texts of the chunk keep their facts. Otherwise the chunk stops at
    the first error: the parent yields the results before the failing text and
    then raises, as a sequential loop would.
    """
    assert _worker_extractor is not None, 'worker started without _start_worker'
    results: list[Result] = []
    for index, text in enumerate(texts, start):
        try:
            results.append(_extract_item(_worker_extractor, text))
        except Exception as error:  # noqa: BLE001 -- handed back to the caller, reported or raised
            if report:
                results.append(_failure(text, index, error))
                continue
            error.add_note('raised in an extract_many worker process:\n' + traceback.format_exc().rstrip())
            _name_position(error, index)
            return results, error
    return results, None


def _name_position(error: BaseException, index: int) -> None:
    error.add_note(f'extract_many: raised by the text at position {index} of the input (from 0)')


def _chunks(texts: Iterable[str], chunksize: Optional[int]) -> Iterator[list[str]]:
    """Consecutive texts grouped by count, or by CHUNK_CHARS when ``chunksize`` is None."""
    if chunksize is not None:
        iterator = iter(texts)
        while chunk := list(itertools.islice(iterator, chunksize)):
            yield chunk
        return
    chunk: list[str] = []
    size = 0
    for text in texts:
        chunk.append(text)
        # Non-str values go through untouched; the worker's extractor raises
        # the TypeError for them in order.
        # Each text counts at least one character, so that a run of empty
        # texts still makes chunks of bounded length.
        size += _length(text) + 1
        if size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def extract_many(
    texts: Iterable[Item],
    workers: int = 1,
    types: Optional[Iterable[TypeSpec]] = None,
    chunksize: Optional[int] = None,
    grammars: Iterable[Union[Grammar, ModuleType]] = (),
    errors: str = 'raise',
) -> Iterator[Any]:
    """The facts of each text, in input order, extracted by ``workers`` processes.

    ``texts`` may be any iterable, a generator included; it is read only a
    bounded number of chunks ahead of the output, so memory does not grow
    with the input. Each item of the result is what ``extract(text, types)``
    returns for the text at the same position. An item may instead be a
    ``(key, text)`` tuple, such as a file name and its text; its result is
    then ``(key, facts)``, the key as given (with workers, it must pickle).

    ``workers=1`` (the default) extracts in this process. With more, each
    worker process is started once (with the ``spawn`` method, so it is safe
    from programs that run threads) and builds one ``Extractor`` that serves
    all its chunks. ``chunksize`` is the number of texts per task; by default
    consecutive texts are grouped up to ``CHUNK_CHARS`` characters.

    ``grammars`` adds custom grammars as ``Extractor(grammars=...)`` does;
    with workers they must be importable (a module, or a ``Grammar`` assigned
    at the top level of a module), since each worker imports them again.

    ``errors`` says what an exception raised while extracting one text
    (``TypeError`` for a non-str, or a bug) does. ``'raise'``, the default:
    it is raised when the iteration reaches that text, after the results of
    the texts before it, with a note that names the text's position in the
    input (from 0); the batch ends there. ``'report'``: a
    :class:`~factlex.Failure` (position, exception type and message) comes in
    that text's place, with no facts of that text, and the batch goes on;
    the other texts' results are those of a batch without it.

    ``types`` is checked at once (``ValueError``), ``workers``, ``chunksize``,
    ``grammars`` and ``errors`` too. If a worker process dies
    (killed, out of memory), iteration raises ``BrokenProcessPool`` with the
    positions of the texts that were lost; the other workers are stopped.
    Closing the iterator early stops the workers.
    """
    names = _resolve_types(types)
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f'workers must be a positive int, got {workers!r}')
    if chunksize is not None and (not isinstance(chunksize, int) or chunksize < 1):
        raise ValueError(f'chunksize must be a positive int or None, got {chunksize!r}')
    if errors not in ERRORS:
        raise ValueError(f"errors must be 'raise' or 'report', got {errors!r}")
    custom = tuple(as_grammar(grammar) for grammar in grammars)
    report = errors == 'report'
    if workers == 1:
        return _in_process(texts, names, custom, report)
    # Raises here, with the grammar's name, rather than in the pool's thread.
    pickle.dumps(custom)
    return _in_workers(texts, names, custom, workers, chunksize, report)


def _in_process(texts: Iterable[str], names: tuple[str, ...], grammars: tuple[Grammar, ...],
                report: bool) -> Iterator[Any]:
    extractor = Extractor(names, grammars=grammars)
    for index, text in enumerate(texts):
        result: Result
        try:
            result = _extract_item(extractor, text)
        except Exception as error:  # noqa: BLE001 -- reported in the text's place, or raised naming it
            if not report:
                _name_position(error, index)
                raise
            result = _failure(text, index, error)
        # Outside the try: what the caller throws in at the yield is not the text's error.
        yield result


def _in_workers(texts: Iterable[str], names: tuple[str, ...], grammars: tuple[Grammar, ...], workers: int,
                chunksize: Optional[int], report: bool) -> Iterator[Any]:
    # Imported here: multiprocessing would double what ``import factlex`` costs.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context('spawn'),
        initializer=_start_worker,
        initargs=(names, grammars),
    )
    # (future, position of the chunk's first text, number of texts)
    pending: deque[tuple[Future[Any], int, int]] = deque()
    chunks = _chunks(texts, chunksize)
    position = 0
    try:
        while True:
            try:
                while len(pending) < workers * TASKS_PER_WORKER:
                    chunk = next(chunks, None)
                    if chunk is None:
                        break
                    # submit itself raises BrokenProcessPool once the pool
                    # noticed a dead worker, which may happen before any
                    # pending result is asked for.
                    pending.append((executor.submit(_extract_chunk, chunk, position, report), position, len(chunk)))
                    position += len(chunk)
                if not pending:
                    return
                results, error = pending[0][0].result()
                pending.popleft()
            except BrokenProcessPool as broken:
                lost_from = pending[0][1] if pending else position
                raise BrokenProcessPool(
                    f'extract_many: a worker process ended abruptly while texts from position {lost_from} on '
                    f'(0-based, in the input) were pending: it was killed by a signal, ran out of '
                    f'memory, or failed to start (a script that uses workers > 1 must call extract_many '
                    f"under `if __name__ == '__main__':`); the batch is stopped, texts from position "
                    f'{lost_from} on have no results'
                ) from broken
            yield from results
            if error is not None:
                raise error
    finally:
        # Reached on exhaustion, on an error and when the caller closes the
        # iterator early: queued chunks are dropped, running ones finish.
        executor.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    """The number of CPUs this process may run on: a sensible ``workers`` value."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
