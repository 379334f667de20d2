"""Custom grammars added to an Extractor, and factlex.testing that runs their corpora."""

import pickle
import re
import types
from typing import Optional

import attrs
import pytest
from yargy import rule
from yargy.interpretation import fact
from yargy.predicates import eq, type as token_type

import factlex
from factlex import Extractor, Grammar, Percent, Span, extract_many, from_dict, to_dict
from factlex.testing import Case, corpus_cases


@attrs.frozen
class Hashtag:
    span: Optional[Span]
    tag: str


Raw = fact('Raw', ['tag'])
RULE = rule(eq('#'), token_type('RU').interpretation(Raw.tag)).interpretation(Raw)


def hashtag_facts(raw, tokens):
    return Hashtag(Span(tokens[0].span.start, tokens[-1].span.stop), raw.tag.lower())


HASHTAGS = Grammar(name='hashtag', fact=Hashtag, rule=RULE, trigger='#', to_facts=hashtag_facts)


def test_custom_grammar_beside_built_ins():
    """A custom grammar's facts come with the built-in ones, sorted by position."""
    text = 'Рост на 4,4% #Экономика'
    facts = Extractor(types=['percent'], grammars=[HASHTAGS]).extract(text)
    assert facts == [
        Percent(Span(8, 12), '4.4'),
        Hashtag(Span(13, 23), 'экономика'),
    ]
    assert repr(Extractor(types=['percent'], grammars=[HASHTAGS])) == "Extractor(types=['percent'], grammars=['hashtag'])"


def test_custom_grammar_alone_and_its_trigger():
    """types=[] runs only the custom grammars; text without the trigger is not parsed."""
    extractor = Extractor(types=[], grammars=[HASHTAGS])
    assert extractor.extract('Рост на 4,4% #рост') == [Hashtag(Span(13, 18), 'рост')]
    assert extractor.extract('Рост на 4,4% без тегов') == []


def test_a_grammar_module():
    """A module with NAME, FACT, RULE, TRIGGER and to_facts is a grammar."""
    module = types.ModuleType('hashtag_grammar')
    module.NAME, module.FACT, module.RULE, module.TRIGGER = 'hashtag', Hashtag, RULE, re.compile('#')
    module.to_facts = hashtag_facts
    assert Extractor(types=[], grammars=[module]).extract('#тег') == [Hashtag(Span(0, 4), 'тег')]
    del module.TRIGGER
    with pytest.raises(TypeError, match='module hashtag_grammar is not a grammar: it lacks TRIGGER'):
        Extractor(types=[], grammars=[module])


@pytest.mark.parametrize(
    ('changes', 'error', 'message'),
    [
        ({'name': 'Hash Tag'}, ValueError, 'lowercase identifier'),
        ({'fact': dict}, TypeError, 'attrs class with a span field'),
        ({'rule': eq('#')}, TypeError, 'must be a yargy rule'),
        ({'trigger': 5}, TypeError, 'trigger must be a regular expression'),
        ({'to_facts': 'facts'}, TypeError, 'to_facts must be callable'),
        ({'reach': (5, -1)}, ValueError, 'reach must be'),
    ],
)
def test_bad_grammars_fail_when_built(changes, error, message):
    """A wrong part is reported when the Grammar is built, not while parsing."""
    arguments = {'name': 'hashtag', 'fact': Hashtag, 'rule': RULE, 'trigger': '#', 'to_facts': hashtag_facts}
    with pytest.raises(error, match=message):
        Grammar(**{**arguments, **changes})


def test_bad_grammar_lists():
    """Duplicate names and a grammar passed alone (not in a list) are refused."""
    with pytest.raises(ValueError, match="two grammars named 'hashtag'"):
        Extractor(grammars=[HASHTAGS, HASHTAGS])
    clash = attrs.evolve(HASHTAGS, name='money')
    with pytest.raises(ValueError, match="two grammars named 'money'"):
        Extractor(grammars=[clash])
    assert Extractor(types=['percent'], grammars=[clash]).grammars[-1] is clash
    with pytest.raises(TypeError, match='grammars must be a list of grammars, got Grammar'):
        Extractor(grammars=HASHTAGS)
    with pytest.raises(TypeError, match='expected a factlex Grammar or a grammar module, got str'):
        Extractor(grammars=['hashtag'])


def test_to_facts_that_gives_no_fact_is_reported():
    """What to_facts returns must be facts with a span; anything else names the grammar."""
    broken = attrs.evolve(HASHTAGS, to_facts=lambda raw, tokens: ['#' + raw.tag])
    with pytest.raises(TypeError, match="grammar 'hashtag' gave '#тег', which is not a fact with a span"):
        Extractor(types=[], grammars=[broken]).extract('#тег')


def test_grammars_pickle_by_reference():
    """A grammar at the top level of a module, and an Extractor using it, pickle."""
    assert pickle.loads(pickle.dumps(HASHTAGS)) is HASHTAGS
    extractor = pickle.loads(pickle.dumps(Extractor(types=['percent'], grammars=[HASHTAGS])))
    assert extractor.extract('4% #тег') == [Percent(Span(0, 2), '4'), Hashtag(Span(3, 7), 'тег')]


def test_local_grammar_cannot_reach_workers():
    """A grammar that is no module's attribute fails at the extract_many call, saying why."""
    local = attrs.evolve(HASHTAGS, to_facts=lambda raw, tokens: hashtag_facts(raw, tokens))
    with pytest.raises(TypeError, match="grammar 'hashtag' cannot be sent to another process"):
        extract_many(['#тег'], workers=2, grammars=[local])
    assert list(extract_many(['#тег'], workers=1, types=[], grammars=[local])) == [[Hashtag(Span(0, 4), 'тег')]]


def test_custom_facts_serialize():
    """to_dict takes any fact; from_dict takes the custom classes it should know."""
    data = to_dict(Hashtag(Span(0, 4), 'тег'), '#тег')
    assert data == {'type': 'Hashtag', 'span': [0, 4], 'text': '#тег', 'tag': 'тег'}
    assert from_dict(data, classes=[Hashtag]) == Hashtag(Span(0, 4), 'тег')
    with pytest.raises(ValueError, match="unknown fact type 'Hashtag'"):
        from_dict(data)
    with pytest.raises(TypeError, match='expected a fact'):
        to_dict({'span': [0, 1]})


##########
#   factlex.testing
##########

EXTRACTOR = Extractor(types=[], grammars=[HASHTAGS])


def _message(kind, text, expected):
    with pytest.raises(AssertionError) as failure:
        Case(kind, text, expected, EXTRACTOR).check()
    return str(failure.value)


def test_case_messages_show_text_expected_and_actual():
    """Each kind of failure says what was expected, what came, and where."""
    assert _message('positive', '#тег', Hashtag(None, 'тэг')) == (
        "positive: '#тег'\n"
        "  expected one fact over the whole text:\n"
        "    Hashtag(tag='тэг')\n"
        "  got 1 fact:\n"
        "    [0:4] '#тег' Hashtag(tag='тег')\n"
        "  tag: expected 'тэг', got 'тег'"
    )
    assert _message('positive', 'тег', Hashtag(None, 'тег')).endswith('got 0 facts')
    assert 'the fact does not cover the whole text' in _message('positive', 'а #тег', Hashtag(None, 'тег'))
    assert _message('negative', '#а и #б', None) == (
        "negative: '#а и #б'\n  expected no fact\n  got 2 facts:\n"
        "    [0:2] '#а' Hashtag(tag='а')\n    [5:7] '#б' Hashtag(tag='б')"
    )
    assert _message('in_context', '#а и #б', [('#а', Hashtag(None, 'а'))]) == (
        "in_context: '#а и #б'\n  expected 1 fact, in this order:\n    '#а' Hashtag(tag='а')\n"
        "  got 2 facts:\n    [0:2] '#а' Hashtag(tag='а')\n    [5:7] '#б' Hashtag(tag='б')"
    )


def test_passing_cases():
    """Cases that hold pass silently."""
    Case('positive', '#тег', Hashtag(None, 'тег'), EXTRACTOR).check()
    Case('in_context', 'а #б', [('#б', Hashtag(None, 'б'))], EXTRACTOR).check()
    Case('negative', 'без тегов', None, EXTRACTOR).check()


class Corpus:
    POSITIVE = [('#тег', Hashtag(None, 'тег'))]
    NEGATIVE = ['тег без решётки']
    XFAIL = [('#tag', Hashtag(None, 'tag'))]  # Latin tags are not covered


def test_corpus_cases():
    """Every list becomes params with readable ids, in ASCII unless asked; XFAIL is strict."""
    params = corpus_cases(Corpus, EXTRACTOR, 'hashtag')
    assert [param.id for param in params] == [
        'hashtag positive: #teg', 'hashtag negative: teg bez reshyotki', 'hashtag xfail: #tag',
    ]
    assert [param.id for param in corpus_cases(Corpus, EXTRACTOR, 'hashtag', ascii_ids=False)] == [
        'hashtag positive: #тег', 'hashtag negative: тег без решётки', 'hashtag xfail: #tag',
    ]
    (xfail,) = params[2].marks
    assert xfail.name == 'xfail' and xfail.kwargs['strict'] is True
    for param in params[:2]:
        param.values[0].check()
    with pytest.raises(AssertionError):
        params[2].values[0].check()


def test_corpus_cases_refuses_mistakes():
    """A corpus with no known list, or something that cannot extract, is an error at collection."""
    with pytest.raises(ValueError, match='a corpus needs at least one of POSITIVE'):
        corpus_cases(types.SimpleNamespace(POSITIVES=[]), EXTRACTOR, 'typo')
    with pytest.raises(TypeError, match='extract must be an Extractor or a function'):
        corpus_cases(Corpus, 'hashtag')
    with pytest.raises(TypeError, match='a case starts with its text'):
        corpus_cases(types.SimpleNamespace(POSITIVE=[(Hashtag(None, 'a'), 'a')]), EXTRACTOR)


def test_public_names():
    """Grammar is part of the public surface."""
    assert 'Grammar' in factlex.__all__


def test_anchored_grammars_start_no_match_after_the_trigger():
    """anchored=True promises every mention holds a trigger match; matches past the last one are not sought."""
    loose = attrs.evolve(HASHTAGS, trigger='метки', reach=(0, 8))
    text = 'метки #а #б'
    assert Extractor(types=[], grammars=[loose]).extract(text) == [Hashtag(Span(6, 8), 'а'), Hashtag(Span(9, 11), 'б')]
    assert Extractor(types=[], grammars=[attrs.evolve(loose, anchored=True)]).extract(text) == []
    # a trigger inside the mention, as the promise says: the same facts either way
    assert Extractor(types=[], grammars=[attrs.evolve(HASHTAGS, anchored=True)]).extract('#а #б') == [
        Hashtag(Span(0, 2), 'а'), Hashtag(Span(3, 5), 'б'),
    ]


def test_uninterpreted_rule_fails_when_built():
    """A rule without an interpretation at its root is refused at once, not at the first match."""
    with pytest.raises(TypeError, match=r'rule must be interpreted at its root'):
        Grammar(name='hashtag', fact=Hashtag, rule=rule(eq('#')), trigger='#', to_facts=hashtag_facts)


def test_anchor_drops_false_alarms_of_the_trigger():
    """A trigger match in a token the anchor turns down opens no window."""
    tagged = attrs.evolve(HASHTAGS, trigger='метки', reach=(0, 3))
    text = 'метки #а, заметки #б'
    assert Extractor(types=[], grammars=[tagged]).extract(text) == [Hashtag(Span(6, 8), 'а'), Hashtag(Span(18, 20), 'б')]
    strict = attrs.evolve(tagged, anchor=lambda token: token.value.lower() == 'метки')
    assert Extractor(types=[], grammars=[strict]).extract(text) == [Hashtag(Span(6, 8), 'а')]


def test_official_anchor():
    """The official grammar's anchor: heads in any case and derived forms pass, look-alikes do not."""
    from factlex.grammars import official
    from factlex.morph import tokenizer

    def passes(word):
        return official.anchor(tokenizer().analyzed(next(tokenizer().scan(word))))

    assert all(map(passes, ['посла', 'управляющим', 'принцессы', 'заместительницей', 'премьер', 'врио', 'королёва']))
    assert not any(map(passes, ['последний', 'главный', 'пост', 'судьба', 'заметно']))


def test_agreement_anchor():
    """The agreement grammar's anchor: words of signing pass, subscriptions and closings do not."""
    from factlex.grammars import agreement
    from factlex.morph import tokenizer

    def passes(word):
        return agreement.anchor(tokenizer().analyzed(next(tokenizer().scan(word))))

    assert all(map(passes, ['подписали', 'подписание', 'заключение', 'заключённый', 'подписями', 'заключается']))
    assert not any(map(passes, ['подписчиков', 'подписку', 'заключительном', 'политзаключённых']))


def test_reject_drops_a_fact_before_overlaps_are_resolved():
    """``reject(fact, text)`` sees the words around a mention: a fact it
    turns down is dropped before overlapping matches compete, so a shorter
    reading of the same words wins instead of nothing."""
    tags = fact('Tags', ['tag'])
    words = token_type('RU').interpretation(tags.tag)
    grammar = Grammar(
        name='hashtag', fact=Hashtag, trigger='#',
        # "#тег" alone, and "#тег слово" read as one longer tag
        rule=rule(eq('#'), rule(words, token_type('RU').optional())).interpretation(tags),
        to_facts=lambda raw, tokens: Hashtag(Span(tokens[0].span.start, tokens[-1].span.stop), raw.tag.lower()),
        # a long reading before "нет" is not a tag of two words
        reject=lambda found, text: found.span.stop - found.span.start > 5 and text[found.span.stop:].startswith(' нет'),
    )
    text = '#тег слово нет'
    assert Extractor(types=[], grammars=[attrs.evolve(grammar, reject=None)]).extract(text) == [Hashtag(Span(0, 10), 'тег')]
    assert Extractor(types=[], grammars=[grammar]).extract(text) == [Hashtag(Span(0, 4), 'тег')]


def test_preference_is_written_for_matches_that_gave_facts():
    """Of two readings of one span, the second is weighed before it is
    assembled; a preference that fails on a match without facts (as it
    never had to answer for one) fails no extraction."""
    from yargy import or_

    Tagged = fact('Tagged', ['tag', 'word'])
    tagged = rule(eq('#'), or_(
        rule(token_type('RU').interpretation(Tagged.tag)),
        rule(token_type('RU').interpretation(Tagged.word)),
    )).interpretation(Tagged)

    def to_facts(raw, tokens):
        if raw.tag is not None:
            return Hashtag(Span(tokens[0].span.start, tokens[-1].span.stop), raw.tag.lower())
        return None

    def preference(raw):
        if raw.tag is None:
            raise AssertionError('asked of a match without facts')
        return 0

    grammar = Grammar(name='tagged', fact=Hashtag, rule=tagged, trigger='#', to_facts=to_facts, preference=preference)
    assert Extractor(types=[], grammars=[grammar]).extract('Рост #Экономика') == [Hashtag(Span(5, 15), 'экономика')]
