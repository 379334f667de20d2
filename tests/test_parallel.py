"""``extract_many``: order, equality with ``extract``, bounded reading, dying workers.

Every test that starts worker processes keeps to a few short texts: most of
a worker's time is loading the morphology dictionary.
"""

import itertools
import multiprocessing
import pickle
import subprocess
import sys
import textwrap

import pytest

from factlex import Extractor, Official, extract, extract_many
from factlex.parallel import TASKS_PER_WORKER

TEXTS = [
    'Кредит на $1,7\u00a0млрд выдан под 4,4% годовых.',
    'Текст без фактов.',
    '',
    'Цены выросли с 16% до 18%, а зарплаты — с 40 до 45 тыс. рублей.',
    'Встреча с вице-премьером Юрием Борисовым.',
    'Штраф составит от 300 тыс. до 1 млн рублей.',
    'ВВП вырос на 0,25 п.п.',
]


def test_in_process_gives_what_extract_gives():
    """With one worker every item equals ``extract`` of the text at the same position."""
    assert list(extract_many(TEXTS)) == [extract(text) for text in TEXTS]
    assert not multiprocessing.active_children()


@pytest.mark.parametrize('chunksize', [1, 3, None])
def test_workers_keep_order_and_facts(chunksize):
    """Two worker processes give the facts of one process, in input order, for any chunking."""
    texts = TEXTS * 3
    expected = [extract(text, types=['money', 'percent']) for text in texts]
    assert list(extract_many(texts, workers=2, types=['money', 'percent'], chunksize=chunksize)) == expected
    assert not multiprocessing.active_children()


def test_generator_is_read_boundedly_ahead():
    """An endless generator is consumed only a few chunks ahead of the results taken."""
    consumed = 0

    def endless():
        nonlocal consumed
        for text in itertools.cycle(TEXTS):
            consumed += 1
            yield text

    results = extract_many(endless(), workers=2, types=['percent'], chunksize=1)
    first = list(itertools.islice(results, 5))
    assert first == [extract(text, types=['percent']) for text in TEXTS[:5]]
    assert consumed <= 5 + 2 * TASKS_PER_WORKER
    results.close()  # stops the workers
    assert not multiprocessing.active_children()


def test_what_crosses_processes_pickles():
    """Facts of every type, an official's person included, and an all-types Extractor pickle."""
    facts = [fact for text in TEXTS for fact in extract(text)]
    assert any(isinstance(fact, Official) and fact.person for fact in facts)
    assert pickle.loads(pickle.dumps(facts)) == facts
    extractor = pickle.loads(pickle.dumps(Extractor()))
    assert [extractor.extract(text) for text in TEXTS] == [extract(text) for text in TEXTS]


@pytest.mark.parametrize('workers', [1, 2])
def test_error_comes_in_order(workers):
    """A non-str item raises TypeError after the results of the texts before it."""
    texts = [TEXTS[0], TEXTS[3], b'bytes', TEXTS[0]]
    results = extract_many(texts, workers=workers, types=['percent'], chunksize=3)
    assert next(results) == extract(TEXTS[0], types=['percent'])
    assert next(results) == extract(TEXTS[3], types=['percent'])
    with pytest.raises(TypeError, match='text must be str, got bytes'):
        next(results)


@pytest.mark.parametrize(
    'kwargs, message',
    [
        ({'types': ['gold']}, 'unknown fact type'),
        ({'workers': 0}, 'workers must be'),
        ({'chunksize': 0}, 'chunksize must be'),
    ],
)
def test_bad_arguments_raise_at_the_call(kwargs, message):
    """Bad arguments raise ValueError before any text is read."""
    def untouched():
        raise AssertionError('input read')
        yield

    with pytest.raises(ValueError, match=message):
        extract_many(untouched(), **kwargs)


KILL_A_WORKER = textwrap.dedent('''
    import itertools, multiprocessing, os, signal, sys, time
    from concurrent.futures.process import BrokenProcessPool
    from factlex import extract_many

    if __name__ == '__main__':
        results = extract_many(itertools.repeat('Рост 4,4%. ' * 200), workers=2, types=['percent'], chunksize=1)
        next(results)
        os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)
        # Waiting lets the pool notice the death first, so that the next
        # submit raises rather than a pending result.
        time.sleep(float(sys.argv[1]))
        try:
            for _ in results:
                pass
        except BrokenProcessPool as error:
            print(error)
''')


@pytest.mark.parametrize('wait_after_kill', ['0', '2'])
def test_killed_worker_stops_the_batch_with_a_clear_error(tmp_path, wait_after_kill):
    """Killing a worker mid-batch ends the iteration with BrokenProcessPool, not a hang."""
    script = tmp_path / 'kill.py'
    script.write_text(KILL_A_WORKER, encoding='utf-8')
    # The timeout is the test: a batch waiting forever for a dead worker fails it.
    result = subprocess.run([sys.executable, str(script), wait_after_kill], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('extract_many: a worker process ended abruptly while texts '), result.stdout
    assert 'killed by a signal' in result.stdout


##########
#   KEYED BATCHES
##########

KEYED = [('a.txt', 'Рост 4,4%.'), (17, 'Без фактов.'), (('b', 2), 'Кредит на $1,7 млрд.')]


@pytest.mark.parametrize('workers', [1, 2])
def test_keyed_texts_give_keyed_facts(workers):
    """(key, text) pairs give (key, facts) pairs in input order, on any number of workers (issue 17)."""
    result = list(extract_many(KEYED * 3, workers=workers, chunksize=2))
    assert result == [(key, extract(text)) for key, text in KEYED * 3]


def test_keyed_and_plain_texts_mix():
    """Plain strings still give plain lists, beside pairs."""
    assert list(extract_many(['Рост 4,4%.', ('k', 'Рост 4,4%.')])) == [
        extract('Рост 4,4%.'), ('k', extract('Рост 4,4%.')),
    ]


def test_a_tuple_that_is_no_pair_is_a_type_error():
    """A tuple of three is refused when iteration reaches it, after the results before it."""
    results = extract_many(['Рост 4,4%.', ('k', 'x', 'y')])
    assert next(results) == extract('Рост 4,4%.')
    with pytest.raises(TypeError, match=r'a \(key, text\) pair, got a tuple of 3 items'):
        next(results)
