"""Every grammar's example corpus, run with factlex.testing: exact facts over
whole strings, facts in sentences, negatives, and known gaps as strict xfail."""

import importlib
from pathlib import Path

import pytest

from factlex import Extractor
from factlex.grammars import GRAMMARS
from factlex.testing import corpus_cases

# A grammar's corpus is tests/corpus/<kind>.py, and any tests/corpus/<kind>_<part>.py
# beside it (examples grouped by the construction they test).
CORPORA = {
    path.stem: (path.stem.partition('_')[0] if path.stem.partition('_')[0] in GRAMMARS else path.stem,
                importlib.import_module(f'corpus.{path.stem}'))
    for path in sorted((Path(__file__).parent / 'corpus').glob('*.py'))
    if path.stem.partition('_')[0] in GRAMMARS
}
EXTRACTORS = {kind: Extractor([kind]) for kind in GRAMMARS}


def test_every_grammar_has_a_corpus():
    """A grammar without examples is untested; each corpus has its lists, a
    grammar's main corpus all four of them."""
    assert set(GRAMMARS) <= set(CORPORA)
    for name, (kind, corpus) in CORPORA.items():
        for list_name in ('POSITIVE', 'IN_CONTEXT', 'NEGATIVE', 'XFAIL'):
            assert isinstance(getattr(corpus, list_name, []), list), (name, list_name)
        if name == kind:
            assert corpus.POSITIVE and corpus.NEGATIVE, kind


@pytest.mark.parametrize(
    # setup.cfg lets pytest show ids as written: the Russian examples themselves.
    'case', [param for name, (kind, corpus) in CORPORA.items()
             for param in corpus_cases(corpus, EXTRACTORS[kind], name, ascii_ids=False)],
)
def test_corpus(case):
    """The case gives exactly its expected facts (see factlex.testing.Case)."""
    case.check()
