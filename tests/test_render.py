"""``factlex.render``: the HTML page of highlighted facts and the terminal colours.

The page is read back with the standard library's ``html.parser``: the
highlighted text must be the input exactly, and every fact's fields must be
in the tooltip of exactly the characters of its span.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
import io
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Optional

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlex import (
    Agreement,
    Money,
    Official,
    Percent,
    Person,
    Span,
    extract,
    render,
    to_dict,
)
from factlex.render import (
    FALLBACK_COLOR,
    TYPE_COLORS,
    colorize,
    html_document,
    html_head,
    html_tail,
    render_html,
    use_color,
)

EXAMPLE = Path(__file__).resolve().parent.parent / 'docs' / 'example.txt'

# HTML elements without an end tag.
VOID = frozenset({'meta', 'br', 'hr', 'img', 'input', 'link', 'wbr'})


@attrs.frozen
class Vessel:
    """A custom nested part without a ``name``."""

    span: Optional[Span]
    flag: str
    tonnage: int


@attrs.frozen
class Sanction:
    """A custom fact class, known to neither ``to_dict`` nor the palette."""

    span: Optional[Span]
    target: str
    amount: Decimal = attrs.field(converter=Decimal)
    where: Optional[Span] = None
    person: Optional[Person] = None
    vessel: Optional[Vessel] = None
    measures: tuple[str, ...] = ()
    note: Optional[str] = None


#### READING THE PAGE BACK ####

@attrs.define
class Mark:
    start: int
    stop: int = -1
    classes: list[str] = attrs.Factory(list)
    tip: str = ''
    tabindex: Optional[str] = None

    def cards(self) -> list[str]:
        """The tooltip's fact cards (they are separated by a blank line; their lines never are)."""
        return self.tip.split('\n\n')


class Reader(HTMLParser):
    """Collects the text of the ``fx-text`` block, its marks, and every tag of the markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.text: list[str] = []
        self.position = 0
        self.marks: list[Mark] = []
        self.open: Optional[Mark] = None
        self.tags: list[tuple[str, dict[str, Optional[str]]]] = []
        self.stack: list[str] = []
        self.data: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attributes: list[tuple[str, Optional[str]]]) -> None:
        values = dict(attributes)
        self.tags.append((tag, values))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == 'div' and values.get('class') == 'fx-text':
            assert not self.inside, 'a text block inside a text block'
            self.inside = True
        elif self.inside:
            # Only flat marks: a tooltip made of elements would add to the text.
            assert tag == 'mark' and self.open is None, f'<{tag}> inside the text'
            self.open = Mark(
                self.position, classes=(values.get('class') or '').split(),
                tip=values.get('data-tip') or '', tabindex=values.get('tabindex'),
            )

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f'</{tag}> closes <{self.stack[-1:]}>'
        self.stack.pop()
        if self.inside and tag == 'mark':
            assert self.open is not None
            self.open.stop = self.position
            self.marks.append(self.open)
            self.open = None
        elif self.inside and tag == 'div':
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.text.append(data)
            self.position += len(data)
        elif self.stack:
            self.data.setdefault(self.stack[-1], []).append(data)


def read(markup: str) -> Reader:
    reader = Reader()
    reader.feed(markup)
    reader.close()
    assert not reader.stack, f'unclosed {reader.stack}'
    return reader


def stripped(section: str) -> str:
    """The ``fx-text`` block of ``section`` with its tags taken out, unescaped."""
    (block,) = re.findall(r'<div class="fx-text"[^>]*>(.*?)</div>', section, flags=re.DOTALL)
    return html.unescape(re.sub(r'<[^>]*>', '', block))


def heading(fact: Any) -> str:
    return f'{type(fact).__name__}  {fact.span.start}–{fact.span.stop}'


def flat(value: str) -> str:
    return ' '.join(value.split())


def expected_fields(fact: Any, text: str) -> dict[str, str]:
    """What the tooltip should show of a built-in fact: to_dict, with a person as its name."""
    shown = {}
    for key, value in to_dict(fact, text).items():
        if key in ('type', 'span') or value is None:
            continue
        if key == 'text':
            # As in the JSON Lines output, and line separators escaped too.
            quoted = json.dumps(value, ensure_ascii=False)
            shown[key] = quoted.replace('\u2028', '\\u2028').replace('\u2029', '\\u2029')
        elif key == 'person':
            shown[key] = fact.person.name
        elif key in ('when', 'value'):
            shown[key] = render._show(getattr(fact, key))
        elif isinstance(value, list):
            shown[key] = ', '.join(value) or '—'
        else:
            shown[key] = str(value)
    return shown


def matches(card: str, fact: Any, fields: dict[str, str]) -> bool:
    lines = card.split('\n')
    body = flat('\n'.join(lines[1:]))
    return lines[0] == heading(fact) and all(f'{key} {flat(value)}' in body for key, value in fields.items())


def reach(reader: Reader, fact: Any, fields: dict[str, str]) -> tuple[set[int], list[Mark]]:
    """The characters whose tooltip shows ``fact``, and the marks that show it."""
    marks = [mark for mark in reader.marks if any(matches(card, fact, fields) for card in mark.cards())]
    return {i for mark in marks for i in range(mark.start, mark.stop)}, marks


def check_document(text: str, facts: list[Any], fields: Optional[list[dict[str, str]]] = None) -> Reader:
    """Render ``text``; check the round trip and that each fact shows on exactly its span."""
    section = html_document('doc.txt', text, facts)
    assert stripped(section) == text
    reader = read(section)
    assert ''.join(reader.text) == text
    for mark in reader.marks:
        assert mark.tabindex == '0' and 'fx' in mark.classes and mark.tip
    for fact, shown in zip(facts, fields or [{}] * len(facts), strict=True):
        if fact.span is None:
            continue
        covered, marks = reach(reader, fact, shown)
        assert covered == set(range(fact.span.start, fact.span.stop)), (fact, covered)
        if not len(fact.span):
            assert any(mark.start == mark.stop == fact.span.start and 'fx-empty' in mark.classes for mark in marks)
    return reader


#### ROUND TRIP AND ESCAPING ####

NASTY = (
    '\ufeff<b>«Рога & копыта»</b> "кавычки" \'одинарные\' &amp; &#13; </div> ]]> <!-- -->\r\n'
    'CR\rLF\nтаб\tэмодзи 🇷🇺👍🏽👩‍👩‍👧 и «е\u0301ще» a\u0308\u0301 NBSP\u00a0 '
    '\u2028разделитель\x0b\x1b[31m конец\n\n'
)


def nasty_facts() -> list[Any]:
    i = NASTY.index
    return [
        Money(Span(i('«Рога'), i('</b>')), '1', 'RUB'),
        Percent(Span(i('«Рога'), i('</b>')), '2'),                   # the same span
        Percent(Span(i('&amp;'), i('</div>')), '3'),                 # escapes inside
        Money(Span(i('\r\n') - 2, i('\r\n') + 4), '4', 'USD'),      # across CRLF
        Official(Span(i('🇷🇺'), i('и «е')), 'глава',                 # crossing the next one
                 Person(Span(i('👍'), i('👍') + 2), 'Ива\u0301н')),
        Agreement(Span(i('👍'), i('a\u0308')), 'соглашение', parties=('A', 'Б')),
        Percent(Span(i('е\u0301'), i('е\u0301') + 1), '5'),          # between a letter and its mark
        Money(Span(i('конец'), i('конец')), '0', 'EUR'),            # empty
        Money(Span(len(NASTY), len(NASTY)), '0', 'EUR'),            # empty, at the very end
        Money(Span(0, len(NASTY)), '6', 'GBP'),                     # around everything
    ]


def test_round_trip_with_overlaps_and_nasty_characters():
    """Tags out and unescaped, the text comes back exactly: markup, quotes, CRLF, emoji, combining marks."""
    facts = nasty_facts()
    check_document(NASTY, facts, [expected_fields(fact, NASTY) for fact in facts])


def test_carriage_returns_survive_an_html_parser():
    """A CR is written as ``&#13;``, which a browser keeps, where it would turn a literal CR into LF."""
    section = html_document('crlf.txt', 'a\r\nb\rc', [Money(Span(1, 3), '1', 'RUB')])
    assert '\r' not in section
    assert '&#13;' in section


def test_text_without_facts():
    """No facts: the text is there unhighlighted, and the summary says so."""
    reader = check_document(NASTY, [])
    assert reader.marks == []
    section = html_document('doc.txt', NASTY, [])
    assert '<p class="fx-summary">no facts</p>' in section


def test_empty_text():
    """An empty text is an empty block, with an empty span at 0 still drawn."""
    assert stripped(html_document('empty.txt', '', [])) == ''
    reader = check_document('', [Money(Span(0, 0), '1', 'RUB')])
    assert [(mark.start, mark.stop) for mark in reader.marks] == [(0, 0)]


def test_script_in_text_name_and_title_is_not_markup():
    """``<script>`` in the text, the file name or the page title never becomes an element."""
    text = 'До <script>alert("x")</script> и <img src=x onerror=alert(1)> 5 млн руб.'
    start = text.index('5 млн')
    page = (
        html_head('<script>alert(1)</script>')
        + html_document('<script>a</script>.txt', text, [Money(Span(start, len(text) - 1), '5000000', 'RUB')])
        + html_tail()
    )
    reader = read(page)
    assert ''.join(reader.text) == text
    tags = [tag for tag, _ in reader.tags]
    assert 'script' not in tags and 'img' not in tags
    assert not [name for _, values in reader.tags for name in values if name.startswith('on')]
    assert reader.data['title'] == ['<script>alert(1)</script>']
    assert reader.data['h2'] == ['<script>a</script>.txt']


def test_quotes_in_a_field_stay_inside_the_attribute():
    """A field with quotes and angle brackets is escaped within ``data-tip``."""
    fact = Agreement(Span(0, 4), 'соглашение', subject='"><script>x</script>', parties=('A "B"',))
    (mark,) = check_document('Текст', [fact]).marks
    assert 'subject  "><script>x</script>' in mark.tip
    assert 'parties  A "B"' in mark.tip


@st.composite
def texts_and_spans(draw: Any) -> tuple[str, list[Any]]:
    text = draw(st.text(st.characters(blacklist_categories=['Cs'], blacklist_characters='\x00'), max_size=40))
    facts = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        stop = draw(st.integers(start, len(text)))
        facts.append(draw(st.sampled_from([
            Money(Span(start, stop), draw(st.integers(0, 10**6)), 'RUB'),
            Percent(Span(start, stop), draw(st.integers(0, 100))),
        ])))
    return text, facts


@given(texts_and_spans())
def test_any_text_and_spans_round_trip(case):
    """For any text and any spans, the text comes back and each fact shows on exactly its span."""
    text, facts = case
    check_document(text, facts)


#### NESTING, CROSSING, IDENTICAL SPANS ####

def test_nested_spans():
    """A money amount inside an agreement: both cards on the amount, the agreement's alone before it."""
    text = 'Стороны подписали соглашение стоимостью 2,3 млрд рублей.'
    outer = Agreement(Span(0, len(text) - 1), 'соглашение', parties=('Стороны',))
    inner = Money(Span(text.index('2,3'), len(text) - 1), '2300000000', 'RUB')
    reader = check_document(text, [outer, inner], [expected_fields(outer, text), expected_fields(inner, text)])
    before, amount = reader.marks
    assert amount.cards()[0].startswith('Money') and amount.cards()[1].startswith('Agreement')
    assert 'fx-Money' in amount.classes and 'fx-in-Agreement' in amount.classes
    assert 'fx-Agreement' in before.classes and 'fx-s' in before.classes and 'fx-e' not in before.classes


def test_identical_spans():
    """Two facts of the same span: one highlight whose tooltip shows both."""
    text = 'рост на 5%'
    facts = [Percent(Span(8, 10), '5'), Percent(Span(8, 10), '5', unit='point')]
    (mark,) = check_document(text, facts, [expected_fields(fact, text) for fact in facts]).marks
    assert len(mark.cards()) == 2
    assert 'unit percent' in flat(mark.cards()[0]) and 'unit point' in flat(mark.cards()[1])


def test_crossing_spans():
    """Spans that cross give three pieces: the first fact, both, the second fact."""
    text = 'abcdefgh'
    first, second = Money(Span(1, 5), '1', 'RUB'), Percent(Span(3, 7), '2')
    reader = check_document(text, [first, second], [expected_fields(first, text), expected_fields(second, text)])
    assert [(mark.start, mark.stop, len(mark.cards())) for mark in reader.marks] == [(1, 3, 1), (3, 5, 2), (5, 7, 1)]


def test_example_text_all_types():
    """The facts extract finds in docs/example.txt, all four types, each with its fields on its span."""
    text = EXAMPLE.read_text(encoding='utf-8')
    facts = extract(text)
    assert {type(fact) for fact in facts} == {Money, Percent, Official, Agreement}
    check_document(text, facts, [expected_fields(fact, text) for fact in facts])
    section = html_document('docs/example.txt', text, facts)
    counts = re.findall(r'<span class="fx-count fx-(\w+)">(\w+) (\d+)</span>', section)
    assert counts == [
        ('Money', 'Money', '5'), ('Percent', 'Percent', '8'),
        ('Official', 'Official', '1'), ('Agreement', 'Agreement', '1'),
    ]
    assert '<p class="fx-summary">15 facts: ' in section


#### FIELDS ####

def test_official_person_is_its_name_and_none_is_left_out():
    """An official's person shows as the name, and fields that are None are not shown."""
    text = 'Глава Ростеха Сергей Чемезов'
    fact = Official(Span(0, len(text)), 'глава', Person(Span(14, 28), 'Сергей', last='Чемезов'), 'Ростех')
    (mark,) = check_document(text, [fact]).marks
    assert mark.tip.split('\n') == [
        'Official  0–28',
        '  text          "Глава Ростеха Сергей Чемезов"',
        '  position      глава',
        '  person        Сергей Чемезов',
        '  organization  Ростех',
    ]


def test_long_values_wrap_in_their_column():
    """A value longer than a tooltip line goes on, under itself, on the next lines."""
    subject = 'о ' + ' '.join(['строительстве складского комплекса'] * 4)
    text = 'Подписано соглашение ' + subject
    fact = Agreement(Span(0, len(text)), 'соглашение', subject=subject)
    (mark,) = check_document(text, [fact], [expected_fields(fact, text)]).marks
    lines = mark.tip.split('\n')
    first = next(i for i, line in enumerate(lines) if line.startswith('  subject'))
    column = lines[first].index('о строительстве')
    assert lines[first + 1].startswith(' ' * column) and not lines[first + 1][column].isspace()


def test_custom_fact_class():
    """A fact class factlex does not know renders with the fallback colour and its fields read with attrs."""
    text = 'Санкции против танкера «Нева» на 1,5 млн долларов.'
    fact = Sanction(
        Span(0, len(text) - 1), 'танкер «Нева»', Decimal('1.50E+6'), where=Span(15, 29),
        person=Person(None, 'Иван', last='Петров'), vessel=Vessel(None, 'RU', 12000),
        measures=('арест', 'запрет\nзахода'),
    )
    reader = check_document(text, [fact])
    (mark,) = reader.marks
    assert 'fx-other' in mark.classes
    assert mark.tip.split('\n') == [
        'Sanction  0–49',
        '  text      "Санкции против танкера «Нева» на 1,5 млн долларов"',
        '  target    танкер «Нева»',
        '  amount    1.50E+6',
        '  where     15–29',
        '  person    Иван Петров',
        '  vessel    flag=RU, tonnage=12000',
        '  measures  арест, запрет\\nзахода',
    ]
    section = html_document('s.txt', text, [fact, Money(Span(0, 1), '1', 'RUB')])
    assert '1 fact' not in section
    assert re.findall(r'<span class="fx-count (fx-\w+)">(\w+) 1</span>', section) == [
        ('fx-Money', 'Money'), ('fx-other', 'Sanction'),
    ]


def test_fact_without_span_is_listed_after_the_text():
    """A fact with ``span=None`` has no place in the text; it is a chip with its tooltip after it."""
    section = html_document('doc.txt', 'текст', [Money(None, '299.9', 'RUB', qualifier='approx')])
    assert stripped(section) == 'текст'
    assert read(section).marks == []
    (chip,) = re.findall(r'<p class="fx-unplaced">.*?</p>', section)
    assert 'data-tip="Money&#10;  amount     299.9&#10;  currency   RUB&#10;  qualifier  approx"' in chip


def test_bad_facts_are_refused():
    """A span past the end of the text is a ValueError; an object that is no attrs class a TypeError."""
    with pytest.raises(ValueError, match='outside the text'):
        html_document('doc.txt', 'abc', [Money(Span(2, 4), '1', 'RUB')])

    class Plain:
        span = Span(0, 1)

    with pytest.raises(TypeError, match='attrs'):
        html_document('doc.txt', 'abc', [Plain()])


#### THE PAGE ####

def test_page_structure_and_legend():
    """head + document + tail is one well-formed page with a legend of every type and an escaped title."""
    page = render_html('Кредит на $1,7 млрд.', [Money(Span(10, 19), '1700000000', 'USD')], name='a & b.txt')
    assert page == html_head() + html_document('a & b.txt', 'Кредит на $1,7 млрд.',
                                               [Money(Span(10, 19), '1700000000', 'USD')]) + html_tail()
    assert page.startswith('<!DOCTYPE html>\n')
    head = html_head('Отчёт & <итоги>')
    assert head.rstrip().endswith('<main>') and '<body>' in head
    reader = read(head + html_tail())
    assert reader.data['title'] == ['Отчёт & <итоги>']
    legend = [values['class'] for tag, values in reader.tags if tag == 'span' and 'fx-key' in (values['class'] or '')]
    assert legend == [f'fx-key fx-{name}' for name in (*TYPE_COLORS, 'other')]
    whole = read(page)
    assert whole.data['h2'] == ['a & b.txt']
    assert [tag for tag, _ in whole.tags].count('section') == 1


def test_page_is_self_contained():
    """No external URL, and a Content-Security-Policy that allows only the page's own style."""
    page = html_head() + html_document('a.txt', NASTY, nasty_facts()) + html_tail()
    assert '://' not in page and 'url(' not in page and '@import' not in page
    reader = read(page)
    assert not [tag for tag, _ in reader.tags if tag in ('script', 'link', 'img', 'iframe', 'object')]
    assert not [values for _, values in reader.tags if {'src', 'href'} & set(values)]
    (policy,) = [
        values['content'] for _, values in reader.tags if values.get('http-equiv') == 'Content-Security-Policy'
    ]
    (style,) = reader.data['style']
    digest = base64.b64encode(hashlib.sha256(style.encode('utf-8')).digest()).decode('ascii')
    assert policy == f"default-src 'none'; style-src 'sha256-{digest}'; script-src 'none'"


def _hue(color: str) -> float:
    red, green, blue = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(red, green, blue)[0] * 360


ANSI_HUES = {'31': 0, '32': 120, '33': 60, '34': 240, '35': 300, '36': 180}


@pytest.mark.parametrize('name', [*TYPE_COLORS, 'other'])
def test_page_and_terminal_use_the_same_hue(name):
    """Each type's line colour in the page, light and dark, is within 30° of its ANSI colour's hue."""
    code = TYPE_COLORS.get(name, FALLBACK_COLOR)
    colors = re.findall(rf'--{name.lower()}-line: (#[0-9a-f]{{6}})', render._STYLE)
    assert len(colors) == 2
    for color in colors:
        distance = abs(_hue(color) - ANSI_HUES[code]) % 360
        assert min(distance, 360 - distance) <= 30, (name, color)


#### TERMINAL ####

def test_colorize():
    """colorize wraps a value in the type's SGR code and a reset; unknown types get the fallback."""
    assert colorize('$1,7 млрд', 'Money') == '\x1b[32m$1,7 млрд\x1b[0m'
    assert colorize('x', 'Agreement') == '\x1b[33mx\x1b[0m'
    assert colorize('x', 'Sanction') == f'\x1b[{FALLBACK_COLOR}mx\x1b[0m'
    assert colorize('', 'Money') == ''
    assert set(TYPE_COLORS) == {'Money', 'Percent', 'Official', 'Agreement'}
    assert len({*TYPE_COLORS.values(), FALLBACK_COLOR}) == 5


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(('tty', 'no_color', 'term', 'expected'), [
    (True, None, 'xterm-256color', True),
    (True, '', 'xterm-256color', True),       # NO_COLOR set but empty does not count
    (True, None, None, True),
    (True, '1', 'xterm-256color', False),
    (True, '0', 'xterm-256color', False),     # any non-empty value, even "0"
    (True, None, 'dumb', False),
    (False, None, 'xterm-256color', False),
])
def test_use_color(monkeypatch, tty, no_color, term, expected):
    """Colour only on a terminal, without a non-empty NO_COLOR, and not on TERM=dumb."""
    for name, value in (('NO_COLOR', no_color), ('TERM', term)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert use_color(Stream(tty)) is expected


def test_use_color_without_isatty(monkeypatch):
    """A stream with no isatty, or a closed one, gets no colour."""
    monkeypatch.delenv('NO_COLOR', raising=False)
    monkeypatch.setenv('TERM', 'xterm')
    assert use_color(object()) is False
    closed = io.StringIO()
    closed.close()
    assert use_color(closed) is False
