"""factlex debug: the report a grammar author reads when a phrase does or does not match."""

import io

import pytest

from factlex import Extractor
from factlex.debug import describe, main


def _run(*argv):
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def test_a_matching_phrase():
    """Tokens with readings, the trigger, the window, the tree of rules and the fact."""
    status, report = _run('--types', 'official', 'мэру Минска Владимиру Кухареву')
    assert status == 0
    lines = report.splitlines()
    assert "    0  0-4  'мэру'  RU  мэр NOUN,anim,datv,masc,sing" in lines
    # the pattern itself, made from the post vocabulary, is cut short
    assert any(line.startswith("  trigger '(?i:") and line.endswith("…' matches: 0-3 'мэр'") for line in lines)
    assert "  window 0-30 'мэру Минска Владимиру Кухареву'" in lines
    assert "    match 0-30 'мэру Минска Владимиру Кухареву': facts" in lines
    tree = lines[lines.index("    match 0-30 'мэру Минска Владимиру Кухареву': facts") + 1:]
    assert tree[:3] == ['      Raw', '        Raw.head', "          'мэру'  <- dictionary(...)"]
    assert "  Official 0-30 'мэру Минска Владимиру Кухареву'  position='мэр' person='Владимир Кухарев' place='Минск'" in lines
    assert lines[-2:] == ['facts: 1', lines[-1]]


def test_a_phrase_that_does_not_match():
    """A trigger that fires but no rule that completes says so; a silent trigger too."""
    status, report = _run('--types', 'percent,money', 'рост на четыре с лишним процента')
    assert status == 0
    assert 'grammar money (Money):\n  trigger ' in report
    assert 'does not match: not parsed' in report
    assert "  window 0-32 'рост на четыре с лишним процента'\n    no match gave a fact in this window" in report
    assert report.endswith('facts: 0\n')


def test_rejected_and_overlapped_matches_are_shown():
    """A match that to_facts turns down and one that a longer match covers are both listed."""
    report = describe('Александр Лукашенко, президент Белоруссии', Extractor(['official']))
    assert ": to_facts gave no fact\n" in report
    # "Лукашенко" alone after its first name is in another case: the grammar's reject() says so
    assert "'Лукашенко, президент Белоруссии': reject() turned down its facts\n" in report
    # "Уокер, губернатор Техаса" and "губернатор Техаса Рик Перри" overlap; a name right after its post wins
    report = describe('Уокер, губернатор Техаса Рик Перри', Extractor(['official']))
    assert 'kept 1 of 2 matches that gave facts; overlapped by better ones: 1' in report


def test_graphviz_trees():
    """--dot adds yargy's graphviz source of each tree."""
    status, report = _run('--types', 'percent', '--dot', '4,4%')
    assert status == 0
    assert '      graphviz:\n        digraph G {' in report


def test_custom_grammar_by_module_name():
    """--grammar loads a Grammar from an importable module; --only-custom leaves the built-ins out."""
    status, report = _run('--grammar', 'test_custom_grammars:HASHTAGS', '--only-custom', 'рост #экономика')
    assert status == 0
    assert 'grammar hashtag (Hashtag):' in report and 'grammar money' not in report
    assert report.endswith("facts: 1\n  Hashtag 5-15 '#экономика'  tag='экономика'\n")


@pytest.mark.parametrize(
    ('argv', 'message'),
    [
        (['--grammar', 'no_such_module_here', 'x'], "cannot import 'no_such_module_here'"),
        (['--grammar', 'test_custom_grammars:NOTHING', 'x'], "has no 'NOTHING'"),
        (['--types', 'gold', 'x'], 'unknown type'),
    ],
)
def test_usage_errors(capsys, argv, message):
    """Bad options exit with status 2 and a message."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_words_are_joined_and_stdin(monkeypatch):
    """Several words make one text; '-' reads standard input."""
    _, report = _run('--types', 'percent', 'рост', '4,4%')
    assert report.startswith("text: 'рост 4,4%'\n")
    monkeypatch.setattr('sys.stdin', io.StringIO('рост 5%'))
    _, report = _run('--types', 'percent', '-')
    assert report.startswith("text: 'рост 5%'\n")


def test_a_miss_shows_the_longest_partial_parse():
    """A window with no fact shows how far the rules got and the token they stopped at (issue 17)."""
    report = describe('рост на четыре с лишним процента', Extractor(['percent']))
    lines = report.splitlines()
    start = lines.index("    longest partial parse: 8-16 'четыре с', stopped at token 4 'лишним'")
    # yargy numbers unnamed rules R1, R2, ... in the order it meets them: not compared
    shown = [line.split(' -> ', 1)[-1] for line in lines[start + 1:start + 5]]
    assert '• Raw.amount' in shown[0]
    assert shown[1].endswith("matched 8-14 'четыре'")
    assert shown[2:] == ["'с' • or_(dictionary(...), in_caseless(...)) matched 15-16 'с'",
                         "      expected or_(dictionary(...), in_caseless(...)) at token 4 'лишним'"]


def test_a_miss_at_the_end_of_the_window():
    """A parse that runs out of words says it stopped at the end of the window."""
    report = describe('рост на четыре с', Extractor(types=[], grammars=[_percent_anywhere()]))
    assert "longest partial parse: 8-16 'четыре с', stopped at the end of the window" in report


def _percent_anywhere():
    import attrs

    from factlex import Grammar
    from factlex.grammars import percent

    return attrs.evolve(Grammar.from_module(percent), name='anywhere', trigger='четыре', module=None)


def test_lines_are_cut_at_the_given_width():
    """describe(width=N) cuts every line to N characters; without it nothing is cut."""
    text = 'рост на четыре с лишним процента'
    assert max(map(len, describe(text, Extractor(['percent']), width=40).splitlines())) == 40
    assert max(map(len, describe(text, Extractor(['percent'])).splitlines())) > 40
