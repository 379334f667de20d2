"""factlex.earley finds the same matches as yargy's own chart, only faster."""

import importlib

import pytest
from yargy.parser import prepare_match, prepare_trees

from factlex import Extractor, earley
from factlex.grammars import GRAMMARS

EXTRACTOR = Extractor()
TEXTS = [
    text
    for kind in GRAMMARS
    for corpus in [importlib.import_module(f'corpus.{kind}')]
    for text in [text for text, _ in corpus.POSITIVE + corpus.IN_CONTEXT] + list(corpus.NEGATIVE)
][::13]


def _yargys(parser, tokens):
    return list(prepare_trees(parser.chart(tokens).matches(parser.rule)))


def _readings(trees):
    """Each tree in the order the extractor tries them, with what it reads."""
    readings = []
    for tree in sorted(trees):
        match = prepare_match(tree)
        readings.append((tree.range, None if match is None else repr(match.fact)))
    return readings


@pytest.mark.parametrize('grammar, parser', EXTRACTOR._parsers, ids=[grammar.name for grammar in EXTRACTOR.grammars])
def test_same_trees_as_yargy(grammar, parser):
    """The lookahead, the caches and the lazy tree nodes prune only states that
    could not match: the same trees come out, in the same order, read the same."""
    differences = []
    for text in TEXTS:
        tokens = list(EXTRACTOR._tokenizer(text))
        ours, yargys = _readings(earley.matches(parser, tokens)), _readings(_yargys(parser, tokens))
        if ours != yargys:
            differences.append((text, ours, yargys))
    assert not differences, differences[:3]


def test_last_start_only_drops_later_starts():
    """With last_start, the matches are yargy's that begin at that token or before."""
    grammar, parser = EXTRACTOR._parsers[1]  # percent
    tokens = list(EXTRACTOR._tokenizer('рост на 5% и на 7% за год'))
    assert sorted(tree.range for tree in _yargys(parser, tokens)) == [(2, 4), (6, 8)]
    assert sorted(tree.range for tree in earley.matches(parser, tokens, last_start=4)) == [(2, 4)]
