"""One bad document never stops a batch: every entry point reports it and goes on.

A custom grammar (tests/fragile_grammar.py) raises on the word "СБОЙ", so the
isolation is tested whether or not a real bug exists. In every entry point
(``extract_many`` on one process and on two, the command line with text and
jsonl input and ``--workers 2``, the spaCy component's ``nlp.pipe`` and
``n_process``, the Dask example) the failing document gives no facts at all
(it has facts before the marker), its failure is reported with where it is,
and the other documents' facts are exactly those of a run without it, in
order.
"""

import json
from pathlib import Path

import pytest

from cli_helpers import records, run_main
from factlex import Extractor, Failure, extract_many
from fragile_grammar import GRAMMAR, MARKER, Marker

# The failing text has facts of three grammars before the marker word.
GOOD = [
    'Кредит на $5 млн. МЕТКА',
    'МЕТКА и рост 7%.',
    'Без фактов.',
    'Штраф составит от 300 тыс. до 1 млн рублей, МЕТКА.',
]
BAD = f'Рост 4,4%. МЕТКА, потом {MARKER} и 3 млн рублей.'
AT = BAD.index(MARKER)


def expected(texts):
    extractor = Extractor(grammars=[GRAMMAR])
    return [extractor.extract(text) for text in texts]


def test_fragile_grammar_raises_on_the_marker_only():
    """The test grammar gives facts on good texts and raises on the marker, so the tests below test something."""
    facts = expected(GOOD)
    assert all(facts[index] for index in (0, 1, 3)) and any(type(f).__name__ == 'Mark' for f in facts[0])
    with pytest.raises(Marker):
        Extractor(grammars=[GRAMMAR]).extract(BAD)


##########
#   extract_many
##########


@pytest.mark.parametrize('workers', [1, 2])
def test_extract_many_reports_a_failure_in_its_place(workers):
    """errors='report': a Failure with the text's index where its facts would be; the others are untouched."""
    texts = GOOD[:2] + [BAD] + GOOD[2:] + [BAD]
    # Chunks of three: each failing text shares its worker's chunk with good ones.
    results = list(extract_many(texts, workers=workers, grammars=[GRAMMAR], chunksize=3, errors='report'))
    assert len(results) == len(texts)
    failures = [result for result in results if isinstance(result, Failure)]
    assert [(failure.index, failure.type) for failure in failures] == [(2, 'Marker'), (5, 'Marker')]
    assert failures[0].message.startswith('the marker word at character')
    assert 'raise Marker' in failures[0].traceback
    assert [result for result in results if not isinstance(result, Failure)] == expected(GOOD)


@pytest.mark.parametrize('workers', [1, 2])
def test_extract_many_raises_naming_the_index(workers):
    """errors='raise' (the default): the texts before the bad one come out, then its error, naming its index."""
    texts = GOOD[:2] + [BAD] + GOOD[2:]
    results = extract_many(texts, workers=workers, grammars=[GRAMMAR], chunksize=2)
    assert [next(results), next(results)] == expected(GOOD[:2])
    with pytest.raises(Marker) as raised:
        next(results)
    assert 'extract_many: raised by the text at position 2 of the input (from 0)' in raised.value.__notes__


def test_extract_many_refuses_other_errors_values():
    """errors is checked when extract_many is called."""
    with pytest.raises(ValueError, match="errors must be 'raise' or 'report', got 'ignore'"):
        extract_many([], errors='ignore')


##########
#   COMMAND LINE
##########


@pytest.fixture
def three_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in (('a.txt', GOOD[0]), ('b.txt', GOOD[1] + '\n\n' + BAD), ('c.txt', GOOD[3])):
        Path(name).write_text(text, encoding='utf-8')
    return ['a.txt', 'b.txt', 'c.txt']


@pytest.mark.parametrize('workers', ['1', '2'])
def test_cli_reports_the_failing_file_and_goes_on(three_files, capsys, workers):
    """Text input: the first and third files' facts, one error line naming the middle file, exit status 1."""
    args = ['--grammar', 'fragile_grammar:GRAMMAR', '--workers', workers]
    status, out, err = run_main(args + three_files, capsys)
    assert status == 1
    at = len(GOOD[1]) + 2 + BAD.index(MARKER)
    assert err.splitlines() == [f'factlex: b.txt: extraction failed: Marker: the marker word at character {at}']
    _, alone, _ = run_main(['--grammar', 'fragile_grammar:GRAMMAR', 'a.txt', 'c.txt'], capsys)
    assert records(out) == records(alone) and {record['file'] for record in records(out)} == {'a.txt', 'c.txt'}


@pytest.mark.parametrize('workers', ['1', '2'])
def test_cli_jsonl_names_the_line_and_id(tmp_path, monkeypatch, capsys, workers):
    """jsonl input: the failing record's line and id are named; every other record's facts are printed."""
    monkeypatch.chdir(tmp_path)
    lines = [json.dumps({'id': index, 'text': text}, ensure_ascii=False) for index, text in enumerate(GOOD)]
    lines.insert(2, json.dumps({'id': 'bad-1', 'text': BAD}, ensure_ascii=False))
    Path('in.jsonl').write_text('\n'.join(lines) + '\n', encoding='utf-8')
    args = ['--grammar', 'fragile_grammar:GRAMMAR', '--input-format', 'jsonl', '--workers', workers, 'in.jsonl']
    status, out, err = run_main(args, capsys)
    assert status == 1
    assert err.splitlines() == [
        f'factlex: in.jsonl:3 (id "bad-1"): extraction failed: Marker: the marker word at character {AT}',
    ]
    by_id = [[record for record in records(out) if record['id'] == index] for index in range(len(GOOD))]
    assert [len(found) for found in by_id] == [len(facts) for facts in expected(GOOD)]
    assert all(record['id'] != 'bad-1' for record in records(out))


##########
#   spaCy
##########


@pytest.fixture(scope='module')
def spacy_nlp():
    spacy = pytest.importorskip('spacy', reason="spaCy is not installed: pip install -e '.[spacy]'")
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'grammars': ['fragile_grammar:GRAMMAR'], 'errors': 'report'})
    return nlp


@pytest.mark.parametrize('n_process', [1, 2])
def test_spacy_pipe_keeps_every_doc(spacy_nlp, n_process):
    """errors="report": nlp.pipe gives every Doc in order; the failing one has doc._.factlex_error and no facts."""
    texts = GOOD[:2] + [BAD] + GOOD[2:]
    docs = list(spacy_nlp.pipe(texts, n_process=n_process, batch_size=2))
    assert [doc.text for doc in docs] == texts
    assert docs[2]._.factlex_error.startswith('Marker: the marker word')
    assert docs[2]._.facts == [] and len(docs[2].spans['factlex']) == 0
    good = docs[:2] + docs[3:]
    assert [doc._.factlex_error for doc in good] == [None] * len(GOOD)
    assert [doc._.facts for doc in good] == expected(GOOD)


def test_spacy_raises_by_default(spacy_nlp):
    """errors="raise" is the default: the exception reaches spaCy and its error handler."""
    import spacy

    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'grammars': ['fragile_grammar:GRAMMAR']})
    assert nlp(GOOD[0])._.factlex_error is None
    with pytest.raises(Marker):
        nlp(BAD)
    with pytest.raises(ValueError, match='errors must be'):
        spacy.blank('ru').add_pipe('factlex', config={'errors': 'skip'})


##########
#   DASK
##########


@pytest.fixture
def dask_bag(monkeypatch):
    pytest.importorskip('dask.bag')
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / 'examples'))
    import dask_bag

    return dask_bag


def test_dask_reports_the_failing_document(dask_bag):
    """factlex.dask.facts_bag(errors="report") on worker processes: one error record in the document's place, all other facts."""
    import dask.bag as db

    from factlex.dask import facts_bag
    from factlex.grammar import load_grammar

    grammars = [load_grammar('fragile_grammar:GRAMMAR')]
    documents = [('a', GOOD[0]), ('b', GOOD[1]), ('bad', BAD), ('c', GOOD[3])]
    found = facts_bag(db.from_sequence(documents, npartitions=2), grammars=grammars, errors='report').compute(
        scheduler='processes', num_workers=2)
    errors = [record for record in found if 'error' in record]
    assert errors == [{'id': 'bad', 'error': {'type': 'Marker', 'message': f'the marker word at character {AT}'}}]
    facts = [record for record in found if 'error' not in record]
    good = documents[:2] + documents[3:]
    assert facts == facts_bag(db.from_sequence(good, npartitions=1), grammars=grammars).compute(scheduler='sync')
    with pytest.raises(Marker):
        facts_bag(db.from_sequence(documents, npartitions=1), grammars=grammars).compute(scheduler='sync')


def test_dask_example_prints_the_others_and_exits_1(dask_bag, tmp_path, capsys):
    """The example's command line: every good file's facts, one error line for the bad one, status 1."""
    for name, text in (('a.txt', GOOD[0]), ('b.txt', BAD), ('c.txt', GOOD[3])):
        (tmp_path / name).write_text(text, encoding='utf-8')
    status = dask_bag.main([str(tmp_path), '--scheduler', 'sync', '--grammar', 'fragile_grammar:GRAMMAR'])
    out, err = capsys.readouterr()
    assert status == 1
    line = f'dask_bag: {tmp_path / "b.txt"}: extraction failed: Marker: the marker word at character {AT}'
    assert err.splitlines() == [line]
    files = [json.loads(line)['file'] for line in out.splitlines()]
    assert sorted(set(files)) == [str(tmp_path / 'a.txt'), str(tmp_path / 'c.txt')]
    assert len(files) == len(expected([GOOD[0]])[0]) + len(expected([GOOD[3]])[0])

