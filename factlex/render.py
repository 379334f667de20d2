"""Seeing facts: a self-contained HTML page with the facts highlighted, and terminal colours.

An HTML page is written in three parts, so that many inputs can go on one page
while each is rendered as soon as its facts are known: :func:`html_head`, one
:func:`html_document` per input, then :func:`html_tail`. :func:`render_html`
puts the three together for a single text.

>>> from factlex.facts import Money, Span
>>> text = 'Кредит на $1,7 млрд.'
>>> page = render_html(text, [Money(Span(10, 19), '1700000000', 'USD')])
>>> page.startswith('<!DOCTYPE html>') and page.endswith('</html>\\n')
True
>>> section = html_document('a.txt', text, [Money(Span(10, 19), '1700000000', 'USD')])
>>> print(section, end='')  # doctest: +ELLIPSIS
<section class="fx-doc">
<h2>a.txt</h2>
<p class="fx-summary">1 fact: <span class="fx-count fx-Money">Money 1</span></p>
<div class="fx-text" lang="ru">Кредит на <mark class="fx fx-Money fx-s fx-e" tabindex="0" data-tip="...">$1,7 млрд</mark>.</div>
</section>

The highlighted text is the input itself, escaped: take the tags out of the
``fx-text`` block and unescape it, and the input comes back character for
character. The fields are in the ``data-tip`` attribute, which a CSS rule
shows as a tooltip on hover and keyboard focus.

For a terminal, :func:`colorize` wraps a value in the ANSI colour of its fact
type, the same hue as in the HTML page, and :func:`use_color` says whether a
stream should get colours at all:

>>> colorize('Money', 'Money')
'\\x1b[32mMoney\\x1b[0m'
>>> import io
>>> use_color(io.StringIO())
False
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from .facts import Fact, Money, Span, When
from .serialize import to_dict

__all__ = [
    'FALLBACK_COLOR',
    'TYPE_COLORS',
    'colorize',
    'html_document',
    'html_head',
    'html_tail',
    'render_html',
    'use_color',
]

#: ANSI SGR colour codes of the built-in fact types, by class name; the hues
#: match the highlights of the HTML page.
TYPE_COLORS: dict[str, str] = {
    'Money': '32',      # green
    'Percent': '36',    # cyan
    'Official': '35',   # magenta
    'Agreement': '33',  # yellow
}

#: The colour of a fact type not in :data:`TYPE_COLORS` (a custom fact class): blue.
FALLBACK_COLOR = '34'

_RESET = '\x1b[0m'

# Characters of a field value per tooltip line.
_TIP_WIDTH = 60

# Types with a colour of their own in the page; any other type is drawn as "other".
_KNOWN = tuple(TYPE_COLORS)


def colorize(value: str, type_name: str) -> str:
    """``value`` in the terminal colour of the fact type named ``type_name``.

    >>> colorize('4,4%', 'Percent')
    '\\x1b[36m4,4%\\x1b[0m'
    >>> colorize('x', 'Sanction')  # a custom type: the fallback colour
    '\\x1b[34mx\\x1b[0m'
    >>> colorize('', 'Money')
    ''
    """
    if not value:
        return value
    return f'\x1b[{TYPE_COLORS.get(type_name, FALLBACK_COLOR)}m{value}{_RESET}'


def use_color(stream: Any) -> bool:
    """Whether to write colours to ``stream``.

    True only for a terminal, when ``NO_COLOR`` is unset or empty
    (https://no-color.org) and ``TERM`` is not ``dumb``.
    """
    if os.environ.get('NO_COLOR') or os.environ.get('TERM') == 'dumb':
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        # No isatty, or a closed file.
        return False


#### FIELDS ####

def _printable(value: str) -> str:
    # A line break or other control character inside a value would break the
    # tooltip's one-field-per-line layout; show it escaped instead. Format
    # characters stay: a zero-width joiner holds an emoji sequence together.
    return ''.join(
        char.encode('unicode_escape').decode('ascii')
        if unicodedata.category(char) in ('Cc', 'Zl', 'Zp') else char
        for char in value
    )


def _show(value: Any) -> str:
    """A field value as shown in a tooltip."""
    if isinstance(value, str):
        return _printable(value)
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Span):
        return f'{value.start}–{value.stop}'
    if isinstance(value, (tuple, list, frozenset, set)):
        return ', '.join(_show(item) for item in value) or '—'
    if isinstance(value, When):
        return _when(value)
    if isinstance(value, Money):
        # An agreement's worth: "32500000 USD", "от 6000000 до 9000000 RUB"
        amount = f'{value.amount}–{value.max_amount}' if value.max_amount is not None else str(value.amount)
        return f'{amount} {value.currency}' + (f' ({value.qualifier})' if value.qualifier else '')
    if attrs.has(type(value)):
        # A nested part with a span of its own, such as an official's person.
        name = getattr(value, 'name', None)
        if isinstance(name, str) and name:
            return _printable(name)
        return ', '.join(
            f'{field.name}={_show(getattr(value, field.name))}'
            for field in attrs.fields(type(value))
            if field.name != 'span' and getattr(value, field.name) is not None
        )
    return _printable(str(value))


def _when(value: When) -> str:
    """A date's parts as ISO writes them, unknown ones as "?".

    >>> _when(When(None, 2015, 3, 12)), _when(When(None, None, 2, None)), _when(When(None, 2020))
    ('2015-03-12', '?-02', '2020')
    """
    parts = [str(value.year) if value.year else '?']
    if value.month or value.day:
        parts.append(f'{value.month:02d}' if value.month else '?')
    if value.day:
        parts.append(f'{value.day:02d}')
    return '-'.join(parts) if any(part != '?' for part in parts) else '—'


def _fields(fact: Any, text: str) -> list[tuple[str, str]]:
    """(name, shown value) of every field of ``fact`` that is not None, ``type`` first."""
    # to_dict takes any fact, a custom grammar's included, and refuses the rest.
    record = to_dict(fact, text if getattr(fact, 'span', None) is not None else None)
    fields = []
    for key, value in record.items():
        if key == 'text':
            # Quoted as in the text listing: the mention may start or end with spaces.
            shown = _printable(json.dumps(value, ensure_ascii=False))
        else:
            # The fact's own attribute where there is one: a Span, a Person, a
            # Decimal, rather than to_dict's plain lists and dicts.
            value = getattr(fact, key, value) if key != 'type' else value
            if value is None:
                continue
            shown = _show(value)
        fields.append((key, shown))
    return fields


def _card(fact: Any, text: str) -> str:
    """The tooltip text of one fact: a heading line, then one aligned line per field.

    Long values are wrapped here rather than by the browser, so that their
    continuation lines stay in the value column (the tooltip font is monospace).

    >>> from factlex.facts import Percent, Span
    >>> print(_card(Percent(Span(0, 7), '9.1', qualifier='up_to'), 'до 9,1% в год'))
    Percent  0–7
      text       "до 9,1%"
      value      9.1
      unit       percent
      qualifier  up_to
    """
    fields = _fields(fact, text)
    rest = [(key, value) for key, value in fields if key not in ('type', 'span')]
    span = getattr(fact, 'span', None)
    heading = type(fact).__name__ + (f'  {span.start}–{span.stop}' if span is not None else '')
    width = max((len(key) for key, _ in rest), default=0)
    lines = [heading]
    for key, value in rest:
        pieces = textwrap.wrap(value, _TIP_WIDTH, break_on_hyphens=False) or ['']
        lines.append(f'  {key.ljust(width)}  {pieces[0]}')
        lines.extend(' ' * (width + 4) + piece for piece in pieces[1:])
    return '\n'.join(lines)


def _type_class(name: str) -> str:
    return f'fx-{name}' if name in _KNOWN else 'fx-other'


#### HTML ####

def _escape_text(text: str) -> str:
    # A carriage return goes in as a character reference: a literal one would
    # be turned into a line feed by the HTML parser.
    return html.escape(text, quote=False).replace('\r', '&#13;')


def _attr(value: str) -> str:
    return html.escape(value, quote=True).replace('\n', '&#10;').replace('\r', '&#13;')


def _mark(classes: list[str], tip: str, content: str) -> str:
    return f'<mark class="{" ".join(classes)}" tabindex="0" data-tip="{_attr(tip)}">{content}</mark>'


def _placed(text: str, facts: Sequence[Fact]) -> tuple[list[tuple[int, int, int]], list[int]]:
    """(start, stop, index) of the facts with a span, and the indexes of those without."""
    placed, unplaced = [], []
    for index, fact in enumerate(facts):
        if not hasattr(fact, 'span'):
            raise TypeError(f'a fact needs a span, {type(fact).__name__} has none')
        span = fact.span
        if span is None:
            unplaced.append(index)
            continue
        start, stop = span.start, span.stop
        if not (0 <= start <= stop <= len(text)):
            raise ValueError(
                f'span {start}–{stop} of {type(fact).__name__} is outside the text ({len(text)} characters)'
            )
        placed.append((start, stop, index))
    return placed, unplaced


def _highlight(
    text: str, facts: Sequence[Fact], cards: list[str], placed: list[tuple[int, int, int]],
) -> str:
    """The text, escaped, cut at every fact boundary; each covered piece a <mark>.

    A piece gets the colour of the innermost fact covering it, a line under it
    for an outer one, and in its tooltip the cards of all the facts covering
    it, innermost first: so nested, identical and crossing spans all show
    every fact. An empty span is an empty <mark>, drawn as a thin bar.
    """
    starts: dict[int, list[int]] = {}
    empties: dict[int, list[int]] = {}
    spans: dict[int, tuple[int, int]] = {}
    for start, stop, index in placed:
        (empties if start == stop else starts).setdefault(start, []).append(index)
        spans[index] = (start, stop)
    bounds = sorted({0, len(text)} | {b for start, stop, _ in placed for b in (start, stop)})
    out: list[str] = []
    active: list[int] = []
    for position, end in zip(bounds, [*bounds[1:], None], strict=True):
        for index in empties.get(position, ()):
            name = type(facts[index]).__name__
            out.append(_mark(['fx', _type_class(name), 'fx-empty'], cards[index], ''))
        if end is None:
            break
        active = [index for index in active if spans[index][1] > position] + starts.get(position, [])
        piece = _escape_text(text[position:end])
        if not active:
            out.append(piece)
            continue
        # Innermost first: the shortest span, then the one that starts last.
        covering = sorted(active, key=lambda i: (spans[i][1] - spans[i][0], -spans[i][0], i))
        inner, outer = covering[0], covering[-1]
        classes = ['fx', _type_class(type(facts[inner]).__name__)]
        if len(covering) > 1:
            classes.append('fx-in-' + _type_class(type(facts[outer]).__name__)[3:])
        if any(spans[i][0] == position for i in covering):
            classes.append('fx-s')
        if any(spans[i][1] == end for i in covering):
            classes.append('fx-e')
        tip = '\n\n'.join(cards[i] for i in covering)
        out.append(_mark(classes, tip, piece))
    return ''.join(out)


def _summary(facts: Sequence[Fact]) -> str:
    counts = Counter(type(fact).__name__ for fact in facts)
    if not counts:
        return '<p class="fx-summary">no facts</p>'
    order = sorted(counts, key=lambda name: (_KNOWN.index(name) if name in _KNOWN else len(_KNOWN), name))
    chips = ' '.join(
        f'<span class="fx-count {_type_class(name)}">{html.escape(name)} {counts[name]}</span>'
        for name in order
    )
    total = len(facts)
    return f'<p class="fx-summary">{total} fact{"" if total == 1 else "s"}: {chips}</p>'


def html_document(name: str, text: str, facts: Sequence[Fact]) -> str:
    """One ``<section>`` of the page: ``name`` as its heading, a count of the facts by
    type, and ``text`` with every fact highlighted in the colour of its type.

    Hovering over a highlight, or moving the keyboard focus to it (Tab), shows
    the fields of every fact that covers it. Facts may nest, cross or share a
    span. Facts with ``span=None`` are listed after the text. A span outside
    the text raises ``ValueError``.
    """
    placed, unplaced = _placed(text, facts)
    cards = [_card(fact, text) for fact in facts]
    parts = [
        '<section class="fx-doc">',
        f'<h2>{_escape_text(name)}</h2>',
        _summary(facts),
        f'<div class="fx-text" lang="ru">{_highlight(text, facts, cards, placed)}</div>',
    ]
    if unplaced:
        chips = ' '.join(
            _mark(['fx', _type_class(type(facts[i]).__name__), 'fx-s', 'fx-e'], cards[i],
                  html.escape(type(facts[i]).__name__))
            for i in unplaced
        )
        parts.append(f'<p class="fx-unplaced">Without a span: {chips}</p>')
    parts.append('</section>')
    return '\n'.join(parts) + '\n'


#### PAGE ####

# Light and dark palettes: a light tint behind the text and a stronger line
# under it, in the hues of TYPE_COLORS (other = FALLBACK_COLOR).
_STYLE = """
:root {
  color-scheme: light dark;
  --page: #fbfbfa; --ink: #1d1f23; --muted: #5d6470; --rule: #e2e4e8;
  --tip-bg: #1f2430; --tip-ink: #f2f4f7;
  --money: #d5f2dc; --money-line: #23904a;
  --percent: #cff0f3; --percent-line: #0f8494;
  --official: #f6dcf3; --official-line: #a9389c;
  --agreement: #fbeebd; --agreement-line: #b8860b;
  --other: #dfe5fb; --other-line: #3f5bc8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --page: #16181d; --ink: #e4e6ea; --muted: #9aa1ad; --rule: #2c3038;
    --tip-bg: #f2f4f7; --tip-ink: #1d1f23;
    --money: #1d4a2b; --money-line: #5fd488;
    --percent: #124a52; --percent-line: #4fd3e0;
    --official: #4d2148; --official-line: #e57ed8;
    --agreement: #4d3d0e; --agreement-line: #e8bd4a;
    --other: #25305c; --other-line: #8aa0ff;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; padding: 1.5rem 2rem 4rem; background: var(--page); color: var(--ink);
  font: 17px/1.75 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
main, .fx-header { max-width: 50rem; margin: 0 auto; }
h1 { font-size: 1.35rem; margin: 0 0 .4rem; }
h2 { font-size: 1.05rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
.fx-header { border-bottom: 1px solid var(--rule); padding-bottom: .8rem; margin-bottom: 1.2rem; }
.fx-legend, .fx-summary, .fx-unplaced { margin: 0; font-size: .88rem; color: var(--muted); }
.fx-legend { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .5rem; }
.fx-doc { margin: 0 0 2.2rem; }
.fx-unplaced mark.fx { color: var(--ink); }
.fx-summary { margin-bottom: .7rem; }
.fx-count, .fx-key {
  display: inline-block; padding: 0 .45em; border-radius: .3em; line-height: 1.6;
  color: var(--ink); background: var(--bg); border-bottom: 2px solid var(--line);
}
.fx-hint { margin-left: auto; }
.fx-text {
  position: relative; white-space: pre-wrap; overflow-wrap: break-word;
  padding: 1rem 1.2rem; background: var(--page); border: 1px solid var(--rule); border-radius: .5rem;
}
.fx-text:empty::before { content: "(empty text)"; color: var(--muted); font-style: italic; }
.fx-Money { --bg: var(--money); --line: var(--money-line); }
.fx-Percent { --bg: var(--percent); --line: var(--percent-line); }
.fx-Official { --bg: var(--official); --line: var(--official-line); }
.fx-Agreement { --bg: var(--agreement); --line: var(--agreement-line); }
.fx-other { --bg: var(--other); --line: var(--other-line); }
.fx-in-Money { --outer: var(--money-line); }
.fx-in-Percent { --outer: var(--percent-line); }
.fx-in-Official { --outer: var(--official-line); }
.fx-in-Agreement { --outer: var(--agreement-line); }
.fx-in-other { --outer: var(--other-line); }
mark.fx {
  color: inherit; background: var(--bg); border-bottom: 2px solid var(--line);
  padding: .12em 0; cursor: help; -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.fx[class*="fx-in-"] { box-shadow: 0 3px 0 var(--outer); }
mark.fx.fx-s { border-top-left-radius: .3em; border-bottom-left-radius: .3em; padding-left: 2px; }
mark.fx.fx-e { border-top-right-radius: .3em; border-bottom-right-radius: .3em; padding-right: 2px; }
mark.fx-empty::before {
  content: ""; display: inline-block; width: 3px; height: 1.1em; vertical-align: -.2em; background: var(--line);
}
mark.fx-empty { padding: 0; border: 0; }
mark.fx:focus { outline: none; }
mark.fx:hover { outline: 1px solid var(--line); outline-offset: 1px; }
mark.fx:focus-visible { outline: 2px solid var(--line); outline-offset: 2px; }
mark.fx::after {
  content: attr(data-tip); display: none; position: absolute; z-index: 10;
  margin-top: .3em; margin-left: -.6rem;
  width: max-content; max-width: min(36rem, calc(100% - 1.2rem));
  white-space: pre-wrap; overflow-wrap: anywhere; text-align: left; pointer-events: none;
  font: 12.5px/1.55 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
  color: var(--tip-ink); background: var(--tip-bg); border-left: 4px solid var(--line);
  padding: .55em .8em; border-radius: .4em; box-shadow: 0 6px 20px rgb(0 0 0 / .28);
}
mark.fx:hover::after, mark.fx:focus-visible::after { display: block; }
.fx-text:hover mark.fx:focus-visible:not(:hover)::after { display: none; }
@media (max-width: 40rem) {
  body { padding: 1rem .8rem 3rem; }
  .fx-text { padding: .8rem; }
}
@media print { mark.fx::after { display: none !important; } body { background: none; } }
""".strip('\n')


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode('utf-8')).digest()
    return "'sha256-" + base64.b64encode(digest).decode('ascii') + "'"


# Nothing may be loaded or run but the page's own style: no network, and no
# script even if some markup were to get in unescaped.
_CSP = f"default-src 'none'; style-src {_csp_hash(_STYLE)}; script-src 'none'"


def html_head(title: str = 'factlex') -> str:
    """The start of a self-contained HTML5 page, up to ``<body>`` and a legend of the fact types.

    The style is inline; the page loads nothing from anywhere. Follow it with
    :func:`html_document` for each input and end with :func:`html_tail`.
    """
    legend = ' '.join(
        f'<span class="fx-key {_type_class(name)}">{name}</span>' for name in (*_KNOWN, 'other')
    )
    escaped = _escape_text(title)
    return (
        '<!DOCTYPE html>\n'
        '<html lang="en">\n'
        '<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(_CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="factlex">\n'
        f'<title>{escaped}</title>\n'
        f'<style>{_STYLE}</style>\n'
        '</head>\n'
        '<body>\n'
        '<header class="fx-header">\n'
        f'<h1>{escaped}</h1>\n'
        f'<p class="fx-legend">{legend}'
        '<span class="fx-hint">Hover over a highlight, or Tab to it, to see its fields.</span></p>\n'
        '</header>\n'
        '<main>\n'
    )


def html_tail() -> str:
    """The end of the page that :func:`html_head` started."""
    return '</main>\n</body>\n</html>\n'


def render_html(text: str, facts: Sequence[Fact], name: str = 'text') -> str:
    """A whole page for one text: :func:`html_head`, :func:`html_document`, :func:`html_tail`."""
    return html_head() + html_document(name, text, facts) + html_tail()
