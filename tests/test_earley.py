"""factlex.earley finds the matches yargy's own chart finds, only faster, and those yargy loses to Earley's nullable gap."""

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
    could not match: every tree of yargy's comes out, in the same order, read
    the same; the only others are those yargy loses to Earley's nullable gap
    (see the next tests), which these texts hold few of."""
    differences = []
    for text in TEXTS:
        tokens = list(EXTRACTOR._tokenizer(text))
        ours, yargys = _readings(earley.matches(parser, tokens)), _readings(_yargys(parser, tokens))
        # a tree yargy loses may read the same as one it keeps: a reading counts once
        kept = list(dict.fromkeys(reading for reading in ours if reading in yargys))
        if kept != list(dict.fromkeys(yargys)):
            differences.append((text, ours, yargys))
    assert not differences, differences[:3]


def test_last_start_only_drops_later_starts():
    """With last_start, the matches are yargy's that begin at that token or before."""
    grammar, parser = EXTRACTOR._parsers[1]  # percent
    tokens = list(EXTRACTOR._tokenizer('рост на 5% и на 7% за год'))
    assert sorted(tree.range for tree in _yargys(parser, tokens)) == [(2, 4), (6, 8)]
    assert sorted(tree.range for tree in earley.matches(parser, tokens, last_start=4)) == [(2, 4)]


@pytest.mark.parametrize('text, agrees', [('новый дом', True), ('новая дом', False)])
def test_agreement_relations_are_checked(text, agrees):
    """A grammar whose words must agree keeps yargy's check; only grammars
    without relations skip it."""
    from yargy import Parser, rule
    from yargy.predicates import gram
    from yargy.relations import gnc_relation

    agreement = gnc_relation()
    parser = Parser(rule(gram('ADJF').match(agreement), gram('NOUN').match(agreement)), tokenizer=EXTRACTOR._tokenizer)
    tokens = list(EXTRACTOR._tokenizer(text))
    whole = [tree for tree in earley.matches(parser, tokens) if tree.range == (0, 2)]
    assert whole
    assert any(earley.prepare_match(parser, tree) is not None for tree in whole) == agrees


@pytest.mark.parametrize('grammar, parser', EXTRACTOR._parsers, ids=[grammar.name for grammar in EXTRACTOR.grammars])
def test_matches_read_as_yargy_reads_them(grammar, parser):
    """earley.prepare_match, with the subtrees of a chart normalized once for
    all its trees, gives the match yargy's prepare_match gives (the built-in
    grammars have no agreement relations, so the relations pass is skipped)."""
    compared = 0
    for text in TEXTS:
        tokens = list(EXTRACTOR._tokenizer(text))
        shared = {}
        for tree in sorted(earley.matches(parser, tokens)):
            ours, yargys = earley.prepare_match(parser, tree, shared), prepare_match(tree)
            assert (ours is None) == (yargys is None)
            if ours is not None:
                assert (ours.span, repr(ours.fact)) == (yargys.span, repr(yargys.fact))
                assert ours.tokens == yargys.tokens and ours.tree == yargys.tree
                compared += 1
    assert compared >= 5


@pytest.mark.parametrize('text', [
    'министр иностранных дел России',
    'наблюдатель от ОБСЕ португальский парламентарий',
    'глава ФСБ Чечни и зампред НАК',
    'не пост вовсе',
])
def test_match_and_findall_as_yargy(text):
    """earley.match and earley.findall give what yargy's Parser.match and
    Parser.findall give on the same tokens."""
    from factlex.grammars.official import assembly

    parser = assembly.post_parser()
    tokens = list(parser.tokenizer(text))

    def described(found):
        return None if found is None else (found.span, repr(found.fact))

    assert described(earley.match(parser, tokens)) == described(parser.match(tokens))
    assert [described(found) for found in earley.findall(parser, tokens)] == [
        described(found) for found in parser.findall(tokens)]


def test_a_terminal_with_an_unhashable_value_is_checked_on_every_token():
    """A lookahead index needs hashable values; a predicate without one is
    simply tested on every token instead of failing the parser."""
    from yargy import Parser, rule
    from yargy.predicates import eq

    parser = Parser(rule(eq(['рост'])), tokenizer=EXTRACTOR._tokenizer)
    tokens = list(EXTRACTOR._tokenizer('рост цен'))
    assert [tree.range for tree in earley.matches(parser, tokens)] == [
        tree.range for tree in _yargys(parser, tokens)]


def test_a_production_listed_twice_gives_one_tree():
    """or_(X, X): yargy keeps one state of the production, so one tree."""
    from yargy import Parser, or_, rule

    word = rule('рост')
    parser = Parser(or_(word, word), tokenizer=EXTRACTOR._tokenizer)
    tokens = list(EXTRACTOR._tokenizer('рост'))
    assert [tree.range for tree in earley.matches(parser, tokens)] == [tree.range for tree in _yargys(parser, tokens)]
    assert len(earley.matches(parser, tokens)) == 1


def test_the_cache_of_words_is_emptied_past_its_bound_and_changes_no_tree(monkeypatch):
    """With a bound of a few answers the cache of words empties again and
    again, stays near its bound, and the trees are those of a warm cache."""
    grammar, parser = EXTRACTOR._parsers[2]  # official
    windows = [list(EXTRACTOR._tokenizer(text)) for text in TEXTS[:40]]
    expected = [_readings(earley.matches(parser, tokens)) for tokens in windows]
    monkeypatch.setattr(earley, 'TOKEN_CACHE_SIZE', 50)
    lookahead = earley._lookahead(parser)
    most = 0
    for tokens, readings in zip(windows, expected):
        assert _readings(earley.matches(parser, tokens)) == readings
        most = max(most, len(lookahead.rows))
    # emptied at the start of a window past the bound: one window's words at most on top
    assert most <= 50 + max(len(tokens) for tokens in windows) + 1
    assert lookahead.entries == sum(len(row) for row in lookahead.rows.values())


def test_needs_capital_is_read_from_the_rules():
    """Every official reading names a person, a capitalized word; money, percentages
    and agreements need none."""
    needs = {grammar.name: earley.needs_capital(parser) for grammar, parser in EXTRACTOR._parsers}
    assert needs == {'money': False, 'percent': False, 'official': True, 'agreement': False}


def test_a_window_without_a_capital_is_rejected_for_officials_only():
    """A post with no capitalized word in its sentence is not parsed for officials
    (no fact is lost: none could be read), and counted."""
    extractor = Extractor(['official'])
    assert extractor.extract('он работал министром финансов и не скрывал этого') == []
    assert extractor.counts['windows rejected'] == 1 and extractor.counts['windows parsed'] == 0
    facts = extractor.extract('министр финансов Антон Силуанов сообщил')
    assert [fact.person.name for fact in facts] == ['Антон Силуанов']
    assert extractor.counts['windows parsed'] == 1


def test_a_state_that_waits_for_a_rule_completed_empty_is_advanced():
    """yargy's chart loses a reading when a state comes to wait for a
    nullable rule after that rule completed over no tokens in the same column
    (Earley's nullable gap). In "Палаты представителей Конгресса" the body
    "Конгресса" completes at the last word before the whole chain does, and
    makes the optional part after it complete empty there; the whole chain,
    arriving later, used to miss that completion, and with it the reading.
    factlex finds every reading yargy finds, and that one."""
    from yargy import Parser, rule
    from yargy.predicates import eq

    from factlex.grammars.blocks.orgs import NAMED_BODY

    parser = Parser(rule(NAMED_BODY, rule(eq('('), eq(')')).optional()), tokenizer=EXTRACTOR._tokenizer)
    tokens = list(EXTRACTOR._tokenizer('Палаты представителей Конгресса'))
    ours = {tree.range for tree in earley.matches(parser, tokens)}
    assert (0, 3) in ours
    assert {tree.range for tree in _yargys(parser, tokens)} <= ours


def test_a_cycle_of_rules_that_may_match_nothing_ends():
    """``repeatable()`` over a rule whose parts are all optional: each empty
    completion could advance the repetition again, forever; a rule completes
    empty once per column, and the chart ends with yargy's match."""
    from yargy import Parser, rule
    from yargy.predicates import eq

    inner = rule(rule(eq('a')).optional(), rule(eq('d')).optional())
    parser = Parser(rule(eq('b'), inner.repeatable(), eq('c')), tokenizer=EXTRACTOR._tokenizer)
    tokens = list(EXTRACTOR._tokenizer('b c'))
    ours = {tree.range for tree in earley.matches(parser, tokens)}
    assert ours == {tree.range for tree in _yargys(parser, tokens)} == {(0, 2)}


def test_productions_that_begin_alike_give_yargys_trees_with_their_own_rules():
    """Productions that begin with the same terms, or with equal rules (each
    ``TIME.optional()`` is a rule of its own), are predicted as one group;
    the trees are yargy's, in yargy's order, and each node of a rule read as
    an equal one is a node of the production's own rule."""
    from yargy import Parser, or_, rule
    from yargy.predicates import eq, gram
    from yargy.tree.constructors import Leaf

    from factlex.bnf import parser as build

    def grammar():  # anew for each parser: building one activates its predicates in place
        time = or_(rule('ныне'), rule('бывший'))
        post = or_(rule('министр'), rule('министр', 'финансов'))
        name = gram('Name')
        return or_(
            rule(time.optional(), post, gram('Surn')),
            rule(time.optional(), post, eq(','), gram('Surn')),
            rule(time.optional(), post, name, gram('Surn')),
            rule(time.optional(), post),
            rule(name, eq(','), time.optional(), post),
            rule(name, eq('—'), post),
        )

    parser = build(grammar(), EXTRACTOR._tokenizer)
    yargy = Parser(grammar(), tokenizer=EXTRACTOR._tokenizer)
    choices = earley._lookahead(parser).choices[id(parser.rule)]
    assert [len(production.members) for production in choices.productions if production.members] == [4, 2]

    def described(node):
        if isinstance(node, Leaf):
            return node.token.value
        return (node.rule.name, node.rank, node.production is node.rule.productions[node.rank],
                [described(child) for child in node.children])

    for text in ['ныне министр финансов Иван Петров', 'Пётр, бывший министр, Петров', 'Иван — министр финансов']:
        tokens = list(EXTRACTOR._tokenizer(text))
        ours, yargys = sorted(earley.matches(parser, tokens)), sorted(_yargys(yargy, tokens))
        assert ours
        assert [(tree.range, described(tree.root)) for tree in ours] == [
            (tree.range, described(tree.root)) for tree in yargys]
