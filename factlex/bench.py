"""Throughput and memory of factlex against natasha's MoneyExtractor on a directory of texts.

Usage::

    python -m factlex.bench CORPUS_DIR [--types money,percent] [--repeat 3] [--limit-chars 300000]
                                       [--no-natasha] [--no-scaling] [--gc-effect] [--workers N]
                                       [--pathological [CHARS]]

Reads the ``*.txt`` files under CORPUS_DIR (recursively, in sorted order) up
to ``--limit-chars`` characters. Every engine runs in a fresh process, so the
peak RSS it reports is its own: the engine is built and given one sentence,
then makes a first pass over all the texts, which meets most words for the
first time (the headline figure: what a new corpus, a CLI call or a fresh
worker costs), then ``--repeat`` warm passes, whose median is printed beside
it. The time from ``import factlex`` to the first fact is measured in a
process of its own. See docs/performance.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import multiprocessing
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Optional

from .facts import FACT_TYPES

__all__ = ['load_texts', 'main', 'pathological_texts']

#: The one sentence each engine extracts from, untimed, before its first
#: pass: it loads what is built lazily and leaves the caches of words cold.
WARMUP_TEXT = 'Министр финансов Антон Силуанов сообщил, что рост составил 4,4%, а кредит - 5 млн рублей.'

#: A pathological input may take this many times as long as normal text of
#: the same size (the bound that issue 5 sets); past it the run is stopped.
PATHOLOGICAL_FACTOR = 10

#: Address space of a process that runs a pathological input; past it
#: Python raises MemoryError instead of the machine swapping.
PATHOLOGICAL_MEMORY = 4 * 2**30


def load_texts(directory: str, limit_chars: Optional[int] = None) -> list[str]:
    """The ``*.txt`` files under ``directory``, in path order, cut to ``limit_chars`` in all
    (None or 0: no limit)."""
    texts = []
    total = 0
    for path in sorted(Path(directory).rglob('*.txt')):
        with open(path, encoding='utf-8', newline='') as file:
            text = file.read()
        if limit_chars:
            text = text[:limit_chars - total]
        if text:
            texts.append(text)
            total += len(text)
        if limit_chars and total >= limit_chars:
            break
    return texts


def _first_chars(texts: Sequence[str], chars: int) -> list[str]:
    """The leading ``chars`` characters of ``texts``, the last text cut."""
    result = []
    total = 0
    for text in texts:
        if total >= chars:
            break
        result.append(text[:chars - total])
        total += len(result[-1])
    return result


##########
#   ENGINES: each builds in the measuring process and returns a function text -> number of facts
##########


class _Counted:
    """factlex as an engine: the number of facts of a text, and the extractor's counts."""

    def __init__(self, extractor: Any) -> None:
        self.extractor = extractor
        self.counts = extractor.counts

    def __call__(self, text: str) -> int:
        return len(self.extractor.extract(text))


def _factlex(types: Optional[Sequence[str]]) -> Callable[[str], int]:
    from . import Extractor

    return _Counted(Extractor(types))


def _factlex_gc_running(types: Optional[Sequence[str]]) -> Callable[[str], int]:
    from . import extractor as module

    # What factlex would cost if it let the cyclic collector run during parsing.
    module._gc_paused = contextlib.nullcontext
    return _factlex(types)


def _natasha(_: Any) -> Callable[[str], int]:
    from natasha import MoneyExtractor, MorphVocab

    extractor = MoneyExtractor(MorphVocab())
    return lambda text: sum(1 for _ in extractor(text))


ENGINES = {
    'factlex': _factlex,
    'factlex, GC running': _factlex_gc_running,
    'natasha money': _natasha,
    'natasha money, GC off': _natasha,
}


def _doubled(text: str) -> str:
    # A blank line keeps the copies apart: no sentence or window spans both.
    return text + '\n\n' + text


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Kilobytes on Linux, bytes on macOS.
    return peak / 2**20 if sys.platform == 'darwin' else peak / 2**10


def _measure(engine: str, types: Optional[Sequence[str]], warmup: list[str], texts: list[str], repeat: int,
             scaling: Optional[list[str]] = None, memory_limit: Optional[int] = None) -> dict[str, Any]:
    """Runs in a fresh process: build, run ``warmup``, time a first pass and
    ``repeat`` warm passes over ``texts``, then, given ``scaling`` texts,
    over them and over each of them written twice."""
    if memory_limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    started = time.perf_counter()
    run = ENGINES[engine](types)
    built = time.perf_counter() - started
    rss_built = _peak_rss_mb()
    for text in warmup:
        run(text)
    gc_off = engine.endswith('GC off')
    half = sum(map(len, texts)) / 2

    def timed(batch: list[str]) -> tuple[float, float, int, float]:
        """Wall-clock and CPU seconds of one pass over ``batch``, the facts
        found, and the CPU seconds until half of its characters were read."""
        if gc_off:
            gc.disable()
        try:
            wall, cpu = time.perf_counter(), time.process_time()
            found, read, half_cpu = 0, 0, 0.0
            for text in batch:
                found += run(text)
                read += len(text)
                if not half_cpu and read >= half:
                    half_cpu = time.process_time() - cpu
            return time.perf_counter() - wall, time.process_time() - cpu, found, half_cpu
        finally:
            gc.enable()

    counts = getattr(run, 'counts', None)
    times, cpu_times, found = [], [], 0
    try:
        before = dict(counts or {})
        first_wall, first_cpu, found, half_cpu = timed(texts)
        # what the first pass did: windows parsed and rejected, words analysed
        first_counts = {key: value - before.get(key, 0) for key, value in (counts or {}).items()}
        for _ in range(repeat):
            elapsed, cpu, _, _ = timed(texts)
            times.append(elapsed)
            cpu_times.append(cpu)
        single, double = [], []
        if scaling:
            doubled = [_doubled(text) for text in scaling]
            for _ in range(repeat):
                single.append(timed(scaling)[1])
                double.append(timed(doubled)[1])
    except MemoryError:
        return {'error': f'MemoryError past {memory_limit / 2**30:.0f} GB', 'rss': _peak_rss_mb()}
    except Exception as error:  # noqa: BLE001 -- a crash on one input is a finding, not the end of the run
        return {'error': f'raised {type(error).__name__}: {error}'[:300], 'rss': _peak_rss_mb()}
    return {'build': built, 'rss_built': rss_built, 'first': (first_wall, first_cpu), 'half_cpu': half_cpu,
            'times': times, 'cpu_times': cpu_times, 'facts': found, 'counts': first_counts,
            'single': single, 'double': double, 'rss': _peak_rss_mb()}


_FIRST_FACT = """
import resource, sys, time
cpu, wall = time.process_time(), time.perf_counter()
import factlex
facts = factlex.Extractor(TYPES).extract(TEXT)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(cpu, wall, len(facts), peak / 2**20 if sys.platform == 'darwin' else peak / 2**10)
"""


def _first_fact(types: Optional[Sequence[str]]) -> tuple[float, float, int, float]:
    """CPU and wall-clock seconds from ``import factlex`` to the facts of one
    sentence (the grammars of ``types`` built), the facts, and the peak RSS
    in MB, in a fresh interpreter whose start is not counted."""
    code = _FIRST_FACT.replace('TYPES', repr(None if types is None else list(types))).replace('TEXT', repr(WARMUP_TEXT))
    # An installed library imports from the bytecode written at its install
    # or first import; a source tree whose bytecode was never written (an
    # editable install under PYTHONDONTWRITEBYTECODE) would compile every
    # module again, some 0.1 s. One untimed run writes it, as a user's first
    # import does.
    env = {name: value for name, value in os.environ.items() if name != 'PYTHONDONTWRITEBYTECODE'}
    subprocess.run([sys.executable, '-c', code], check=True, capture_output=True, env=env)
    output = subprocess.run([sys.executable, '-c', code], check=True, capture_output=True, text=True, env=env).stdout
    cpu, wall, facts, rss = output.split()
    return float(cpu), float(wall), int(facts), float(rss)


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _measure_many(types: Optional[Sequence[str]], texts: list[str], workers: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (workers included) of ``extract_many`` over ``texts``,
    worker start-up included."""
    from .parallel import extract_many

    started, cpu = time.perf_counter(), _cpu_seconds()
    for _ in extract_many(texts, workers=workers, types=types):
        pass
    return time.perf_counter() - started, _cpu_seconds() - cpu


def _in_child(timeout: Optional[float], *args: Any) -> dict[str, Any]:
    """``_measure(*args)`` in a fresh process, stopped after ``timeout`` seconds."""
    with multiprocessing.get_context('spawn').Pool(1) as pool:
        try:
            return pool.apply_async(_measure, args).get(timeout)
        except multiprocessing.TimeoutError:
            return {'error': f'stopped after {timeout:.0f} s'}


##########
#   PATHOLOGICAL INPUTS
##########


def pathological_texts(normal: str) -> dict[str, str]:
    """Inputs as long as ``normal`` that defeat sentence splitting and windows.

    - one line: ``normal`` with every punctuation mark and line break
      replaced by a space, so it is one sentence with all its trigger words;
    - numbers: a run of numbers with "%" after every tenth, no sentence end;
    - coordination: officials joined by commas, one endless enumeration.
    """
    size = len(normal)
    line = re.sub(r'[^\w%$€₽]', ' ', normal)
    numbers = ' '.join(f'{i}%' if i % 10 == 0 else str(i) for i in range(1, size))
    officials = ['министр финансов Антон Силуанов', 'глава Сбербанка Герман Греф',
                 'губернатор Москвы Сергей Собянин', 'вице-премьер Юрий Борисов']
    coordination = ', '.join(officials[i % len(officials)] for i in range(size // 20))
    return {
        'one line, no punctuation': line[:size],
        'numbers in a row': numbers[:size],
        'long coordination': coordination[:size],
    }


##########
#   REPORT
##########


def _rate(chars: int, seconds: float) -> str:
    return f'{chars / seconds / 1000:,.1f}k chars/s' if seconds else 'n/a'


def _natasha_missing() -> Optional[str]:
    try:
        import natasha  # noqa: F401
    except ImportError as error:
        return f'natasha is not installed ({error}); pip install "factlex[bench]" to compare'
    return None


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the benchmark described in the module docstring; return the exit status."""
    parser = argparse.ArgumentParser(prog='python -m factlex.bench', description=__doc__.splitlines()[0])
    parser.add_argument('corpus', metavar='CORPUS_DIR', help='directory with *.txt files (searched recursively)')
    parser.add_argument('--types', type=lambda value: value.split(','), default=None,
                        help=f'fact types for factlex, comma separated; default all ({", ".join(FACT_TYPES)})')
    parser.add_argument('--repeat', type=int, default=3, help='timed passes per engine; the median counts (default 3)')
    parser.add_argument('--limit-chars', type=int, default=300_000,
                        help='characters of the corpus to use, 0 for all (default 300000)')
    parser.add_argument('--no-natasha', action='store_true', help='skip natasha')
    parser.add_argument('--no-scaling', action='store_true',
                        help='skip the scaling check (the first half of the texts, then each of them written twice)')
    parser.add_argument('--gc-effect', action='store_true',
                        help='also time factlex with the cyclic collector left running during parsing')
    parser.add_argument('--workers', type=int, default=0, metavar='N',
                        help='also time extract_many with 1 and with N worker processes, one pass each')
    parser.add_argument('--pathological', type=int, nargs='?', const=100_000, default=0, metavar='CHARS',
                        help='also time pathological inputs of CHARS characters (default 100000) against '
                             'normal text of that size')
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error('--repeat must be at least 1')

    texts = load_texts(args.corpus, args.limit_chars)
    chars = sum(map(len, texts))
    if not chars:
        parser.error(f'no *.txt text under {args.corpus}')
    print(f'corpus: {len(texts)} texts, {chars:,} chars from {args.corpus}; each engine in a fresh process: '
          f'one sentence, a first pass, then {args.repeat} warm pass{"es" if args.repeat > 1 else ""} (the median)', flush=True)
    scaling = None if args.no_scaling else _first_chars(texts, chars // 2)
    warmup = [WARMUP_TEXT]

    cpu, wall, found, rss = _first_fact(args.types)
    print(f'import factlex to the first fact (grammars built, one sentence, {found} facts): CPU {cpu:.2f} s, '
          f'wall clock {wall:.2f} s, peak RSS {rss:.0f} MB', flush=True)

    engines = ['factlex'] + (['factlex, GC running'] if args.gc_effect else [])
    missing = None if args.no_natasha else _natasha_missing()
    if missing:
        print(f'natasha: skipped: {missing}', flush=True)
    elif not args.no_natasha:
        engines += ['natasha money', 'natasha money, GC off']

    # CPU time as well as wall-clock time: on a shared machine other
    # processes slow the wall clock down, not the CPU time of this one.
    # The first pass reads most words for the first time: caches of words
    # (morphology, the chart's lookahead) are cold, as for a new corpus.
    firsts: dict[str, tuple[float, float]] = {}
    medians: dict[str, tuple[float, float]] = {}
    for engine in engines:
        result = _in_child(None, engine, args.types, warmup, texts, args.repeat,
                           scaling if engine == 'factlex' else None)
        firsts[engine] = result['first']
        medians[engine] = (statistics.median(result['times']), statistics.median(result['cpu_times']))
        (first_wall, first_cpu), (wall, cpu) = firsts[engine], medians[engine]
        print(f'{engine:<22} first pass, CPU {_rate(chars, first_cpu):>17} ({first_cpu:6.2f} s; wall clock '
              f'{_rate(chars, first_wall)})   warm, CPU {_rate(chars, cpu):>17} ({cpu:6.2f} s; wall clock '
              f'{_rate(chars, wall)})   {result["facts"]:5} facts  peak RSS {result["rss"]:4.0f} MB '
              f'(after build {result["rss_built"]:.0f} MB, build {result["build"]:.2f} s)', flush=True)
        if result['half_cpu']:
            whole, half = first_cpu / chars, result['half_cpu'] / (chars / 2)
            print(f'{"":22} first pass, CPU per character: all the texts {whole * 1e6:.2f} us, their first half '
                  f'{half * 1e6:.2f} us: ratio {whole / half:.2f}', flush=True)
        counts = result['counts']
        if counts:
            print(f'{"":22} first pass: {counts.get("windows parsed", 0):,} windows parsed, '
                  f'{counts.get("windows rejected", 0):,} rejected before the chart; '
                  f'{counts.get("tokens in windows", 0):,} tokens in windows, '
                  f'{counts.get("words analysed", 0):,} words analysed', flush=True)
        if result['single']:
            single, double = statistics.median(result['single']), statistics.median(result['double'])
            print(f'{"":22} scaling, CPU time: the first {chars // 2:,} chars {single:.2f} s, each of their '
                  f'texts written twice {double:.2f} s: ratio {double / single:.2f} (linear: 2.00)', flush=True)
    for engine in engines[1:]:
        if engine.startswith('natasha'):
            first = firsts[engine][1] / firsts['factlex'][1]
            warm = medians[engine][1] / medians['factlex'][1]
            first_wall = firsts[engine][0] / firsts['factlex'][0]
            warm_wall = medians[engine][0] / medians['factlex'][0]
            print(f'throughput of factlex / {engine}, CPU time: first pass {first:.2f}, warm {warm:.2f} '
                  f'(wall clock: {first_wall:.2f}, {warm_wall:.2f})')
    if 'factlex, GC running' in medians:
        wall_ratio = medians['factlex, GC running'][0] / medians['factlex'][0]
        cpu_ratio = medians['factlex, GC running'][1] / medians['factlex'][1]
        print(f'speed-up from pausing GC, warm: {wall_ratio:.2f}x (CPU time: {cpu_ratio:.2f}x)')

    if args.workers:
        # In this process: the workers of a pool's process could not start
        # processes of their own.
        (one, one_cpu), (many, many_cpu) = (_measure_many(args.types, texts, n) for n in (1, args.workers))
        # The CPU time of all processes shows what running in parallel costs
        # in extra work, which a busy machine's wall clock cannot tell apart
        # from the time other jobs took.
        print(f'extract_many, 1 worker:  {_rate(chars, one):>17} ({one:6.2f} s), CPU {one_cpu:6.2f} s\n'
              f'extract_many, {args.workers} workers: {_rate(chars, many):>17} ({many:6.2f} s), CPU '
              f'{many_cpu:6.2f} s in all processes: speed-up {one / many:.2f}x, CPU time '
              f'{many_cpu / one_cpu:.2f}x that of one', flush=True)
    if args.pathological:
        _pathological(texts, warmup, args.types, args.pathological)
    return 0


def _pathological(texts: list[str], warmup: list[str], types: Optional[Sequence[str]], size: int) -> None:
    # One document of the corpus's own text as the yardstick, since the
    # pathological inputs are single documents too.
    normal = '\n'.join(texts)[:size]
    print(f'pathological inputs, {len(normal):,} chars each, one pass; stopped past '
          f'{PATHOLOGICAL_FACTOR}x normal time or {PATHOLOGICAL_MEMORY / 2**30:.0f} GB', flush=True)
    base = _in_child(None, 'factlex', types, warmup, [normal], 0)
    base_time, base_cpu = base['first']
    print(f'  {"normal text":<26} {base_time:7.2f} s, CPU {base_cpu:7.2f} s  peak RSS {base["rss"]:5.0f} MB  '
          f'{base["facts"]} facts', flush=True)
    for name, text in pathological_texts(normal).items():
        # Build and warm-up time on top of the allowed parse time.
        timeout = PATHOLOGICAL_FACTOR * base_time + 15 + base['build']
        result = _in_child(timeout, 'factlex', types, warmup, [text], 0, None, PATHOLOGICAL_MEMORY)
        if 'error' in result:
            print(f'  {name:<26} {result["error"]}', flush=True)
            continue
        elapsed, cpu = result['first']
        print(f'  {name:<26} {elapsed:7.2f} s, CPU {cpu:7.2f} s ({cpu / base_cpu:4.1f}x normal)  '
              f'peak RSS {result["rss"]:5.0f} MB  {result["facts"]} facts', flush=True)


if __name__ == '__main__':
    sys.exit(main())
