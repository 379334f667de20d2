"""factlex.earley builds the same matches as yargy's own chart, only faster."""

import importlib

import pytest
from yargy.parser import prepare_trees

from factlex import Extractor, earley
from factlex.grammars import GRAMMARS

EXTRACTOR = Extractor()
TEXTS = [
    text
    for kind in GRAMMARS
    for corpus in [importlib.import_module(f'corpus.{kind}')]
    for text in [text for text, _ in corpus.POSITIVE + corpus.IN_CONTEXT] + list(corpus.NEGATIVE)
][::13]


def _ranges(chart, parser):
    return sorted(tree.range for tree in prepare_trees(chart.matches(parser.rule)))


@pytest.mark.parametrize('grammar, parser', EXTRACTOR._parsers, ids=[grammar.name for grammar in EXTRACTOR.grammars])
def test_same_matches_as_yargy(grammar, parser):
    """The lookahead and the caches prune only states that could not match: every match span is the same."""
    differences = []
    for text in TEXTS:
        tokens = list(EXTRACTOR._tokenizer(text))
        ours, yargys = _ranges(earley.chart(parser, tokens), parser), _ranges(parser.chart(tokens), parser)
        if ours != yargys:
            differences.append((text, ours, yargys))
    assert not differences, differences[:3]


def test_last_start_only_drops_later_starts():
    """With last_start, the matches are yargy's that begin at that token or before."""
    grammar, parser = EXTRACTOR._parsers[1]  # percent
    tokens = list(EXTRACTOR._tokenizer('рост на 5% и на 7% за год'))
    everything = _ranges(parser.chart(tokens), parser)
    assert everything == [(2, 4), (6, 8)]
    assert _ranges(earley.chart(parser, tokens, last_start=4), parser) == [(2, 4)]
