"""factlex.interpretation gives the facts yargy's Match.fact gives, attribute by attribute."""

import importlib

from factlex.grammars import GRAMMARS

from factlex import Extractor, earley
from factlex.interpretation import interpret

CORPORA = [importlib.import_module(f'corpus.{kind}') for kind in GRAMMARS]


def _texts():
    for corpus in CORPORA:
        yield from (text for text, _ in corpus.POSITIVE + corpus.XFAIL)
        yield from (text for text, _ in corpus.IN_CONTEXT)


def test_interpret_gives_what_match_fact_gives():
    extractor = Extractor()
    tokenizer = extractor._tokenizer
    compared = 0
    for text in _texts():
        tokens = list(tokenizer(text))
        for _grammar, parser in extractor._parsers:
            for tree in earley.matches(parser, tokens):
                match = earley.prepare_match(parser, tree)
                if match is None:
                    continue
                ours, yargys = interpret(match), match.fact
                assert type(ours) is type(yargys) and ours == yargys, text
                assert list(vars(ours)) == list(vars(yargys)), text  # the attributes set in the same order
                assert ours._raw.attributes == yargys._raw.attributes, text
                assert ours._raw.modified == yargys._raw.modified, text
                compared += 1
    assert compared > 1000
