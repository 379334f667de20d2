"""Every grammar's example corpus, run with factlex.testing: exact facts over
whole strings, facts in sentences, negatives, and known gaps as strict xfail."""

import importlib

import pytest

from factlex import Extractor
from factlex.grammars import GRAMMARS
from factlex.testing import corpus_cases

CORPORA = {kind: importlib.import_module(f'corpus.{kind}') for kind in GRAMMARS}
EXTRACTORS = {kind: Extractor([kind]) for kind in GRAMMARS}


def test_every_grammar_has_a_corpus():
    """A grammar without examples is untested; each corpus has all four lists."""
    for kind, corpus in CORPORA.items():
        for name in ('POSITIVE', 'IN_CONTEXT', 'NEGATIVE', 'XFAIL'):
            assert isinstance(getattr(corpus, name), list), (kind, name)
        assert corpus.POSITIVE and corpus.NEGATIVE, kind


@pytest.mark.parametrize(
    # setup.cfg lets pytest show ids as written: the Russian examples themselves.
    'case', [param for kind, corpus in CORPORA.items()
             for param in corpus_cases(corpus, EXTRACTORS[kind], kind, ascii_ids=False)],
)
def test_corpus(case):
    """The case gives exactly its expected facts (see factlex.testing.Case)."""
    case.check()
