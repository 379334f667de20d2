"""One Extractor shared by 8 threads gives, text for text, what one thread gives.

The texts are every POSITIVE and IN_CONTEXT example of every corpus. Threads
are made to switch every few microseconds, so that parses of different texts,
and of the same text, interleave inside the tokenizer, the morphology cache,
the parsers and the collector pause (see ``_gc_paused``).
"""

import gc
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from factlex import Extractor
from factlex.morph import morph_analyzer
from invariants import CORPUS_TEXTS

THREADS = 8


@pytest.fixture(scope='module')
def extractor():
    return Extractor()


@pytest.fixture(scope='module')
def expected(extractor):
    return {text: extractor.extract(text) for text in CORPUS_TEXTS}


@pytest.fixture
def fast_switching():
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def run_threads(work):
    barrier = threading.Barrier(THREADS, timeout=60)

    def start(slot):
        barrier.wait()
        return work(slot)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        futures = [pool.submit(start, slot) for slot in range(THREADS)]
        return [future.result(timeout=600) for future in futures]


def test_corpora_shared_among_threads(extractor, expected, fast_switching):
    """Eight threads, each taking every eighth corpus text, find exactly the single-threaded facts."""
    # From an empty morphology cache, so that threads fill it at the same time.
    morph_analyzer()._parse.cache_clear()

    def work(slot):
        return {text: extractor.extract(text) for text in CORPUS_TEXTS[slot::THREADS]}

    found = {}
    for part in run_threads(work):
        found.update(part)
    assert found.keys() == expected.keys()
    differing = [text for text in CORPUS_TEXTS if found[text] != expected[text]]
    assert not differing, differing[:5]
    assert gc.isenabled(), 'the collector stays paused after concurrent parses'


def test_same_texts_at_once(extractor, expected, fast_switching):
    """Eight threads parsing the same sentences at the same moment all get the single-threaded facts."""
    # The corpus sentences with the most facts, each thread starting at another one.
    texts = sorted(CORPUS_TEXTS, key=lambda text: (-len(expected[text]), text))[:24]

    def work(slot):
        order = texts[slot:] + texts[:slot]
        return {text: extractor.extract(text) for text in order}

    for found in run_threads(work):
        assert found == {text: expected[text] for text in texts}
    assert gc.isenabled(), 'the collector stays paused after concurrent parses'
