"""Inputs beyond UTF-8 text: HTML pages, other encodings, folders of files.

HTML: :func:`html_text` reads the text a reader sees in a page (scripts,
styles, comments and tags dropped, entities decoded, a line break for ``<br>``
and a blank line around each block element such as ``<p>``) and remembers
where each of its characters stands in the HTML, so that
:func:`extract_html` gives facts whose spans are offsets into the HTML as
given. The page is read by the standard library's ``html.parser``, the HTML5
tokenizer CPython maintains: it reports where every tag, piece of text and
character reference starts, which the extra parsers (lxml, selectolax,
html5lib) do not.

>>> page = '<p>Кредит на&nbsp;5&nbsp;млн <b>рублей</b><script>var x = "3 млн рублей";</script></p>'
>>> (fact,) = extract_html(page, types=['money'])
>>> fact.span, page[fact.span.start:fact.span.stop]
(Span(start=18, stop=38), '5&nbsp;млн <b>рублей')
>>> html_text(page).text
'\\n\\nКредит на\\xa05\\xa0млн рублей\\n\\n'

Encodings: :func:`decode_file` reads a binary file in any encoding Python
knows (``cp1251`` of old Russian archives), or detects it with
charset-normalizer (``pip install 'factlex[encodings]'``) for ``"auto"``.

Folders: :func:`expand_paths` turns the command line's files, folders and
``--files-from`` lists into the list of files to read.
"""

from __future__ import annotations

import codecs
import html
import os
from collections.abc import Iterable, Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Optional, TypeVar, Union

import attrs

from .facts import Fact, Span
from .streaming import READ_BYTES, EmptyInput, InputError, decode

__all__ = [
    'AUTO',
    'HtmlText',
    'decode_file',
    'expand_paths',
    'extract_html',
    'html_text',
]

##########
#   HTML
##########

#: Elements whose content no reader sees.
HIDDEN = frozenset({'script', 'style', 'template', 'noscript'})

#: Elements that stand as blocks of their own: a blank line before and after
#: each keeps the extractor from reading across them ("Силуанов</p><p>Банк").
BLOCKS = frozenset({
    'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
    'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'header', 'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section',
    'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
})

_LAYOUT_SPACE = str.maketrans('\r\n\t\f', '    ')


@attrs.frozen
class HtmlText:
    """The visible text of an HTML page, and where each of its characters came from.

    ``starts[i]`` and ``stops[i]`` are the offsets in the HTML of the source
    of ``text[i]``: the character itself, the whole character reference
    (``&nbsp;``) it was decoded from, or the tag a line break stands for.
    """

    html: str
    text: str
    starts: Sequence[int] = attrs.field(repr=False)
    stops: Sequence[int] = attrs.field(repr=False)

    def source_span(self, span: Span) -> Span:
        """Where the text's ``span`` stands in the HTML: from its first
        character's source to its last one's, tags between them included."""
        if not 0 <= span.start <= span.stop <= len(self.text):
            raise ValueError(f'{span!r} is outside the text of {len(self.text)} characters')
        if span.start == span.stop:
            position = self.starts[span.start] if span.start < len(self.text) else len(self.html)
            return Span(position, position)
        return Span(self.starts[span.start], self.stops[span.stop - 1])

    def to_source(self, fact: _Value) -> _Value:
        """``fact`` with its span, and those of its parts, as offsets into the HTML."""
        return _remap(fact, self.source_span)


class _Reader(HTMLParser):
    """Builds the visible text and its offsets as the tokenizer reports the page's tokens."""

    def __init__(self, page: str) -> None:
        # Character references are reported as written, so that each maps
        # to its whole source; they are decoded here.
        super().__init__(convert_charrefs=False)
        self.page = page
        self.line_starts = [0] + [index + 1 for index, char in enumerate(page) if char == '\n']
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.stops: list[int] = []
        self.hidden: list[str] = []  # open elements whose content is not shown
        self.pre = 0  # open <pre> elements, whose line breaks are the text's

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _add(self, text: str, start: int, stop: Optional[int] = None) -> None:
        """``text`` from the source at ``start``: one character for one, or all from ``start:stop``."""
        self.pieces.append(text)
        if stop is None:
            self.starts.extend(range(start, start + len(text)))
            self.stops.extend(range(start + 1, start + len(text) + 1))
        else:
            self.starts.extend([start] * len(text))
            self.stops.extend([stop] * len(text))

    def _separate(self, tag: str, source: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        if tag == 'br':
            self._add('\n', start, start + len(source))
        elif tag in BLOCKS:
            self._add('\n\n', start, start + len(source))

    def handle_starttag(self, tag: str, attributes: Any) -> None:
        self._separate(tag, self.get_starttag_text() or '')
        if tag in HIDDEN:
            self.hidden.append(tag)
        elif tag == 'pre':
            self.pre += 1

    def handle_startendtag(self, tag: str, attributes: Any) -> None:
        self._separate(tag, self.get_starttag_text() or '')

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            # Closes the innermost element of its name and what was left open inside it.
            del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
            return
        if tag == 'pre' and self.pre:
            self.pre -= 1
        end = self.page.find('>', self._offset())
        self._separate(tag, self.page[self._offset():end + 1] if end != -1 else '')

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        # The page's own line wrapping is not the text's: outside <pre>,
        # layout characters become spaces, one for one.
        self._add(data if self.pre else data.translate(_LAYOUT_SPACE), start)

    def _reference(self, source: str) -> None:
        if self.hidden:
            return
        start = self._offset()
        if self.page.startswith(source + ';', start):
            source += ';'
        self._add(html.unescape(source), start, start + len(source))

    def handle_entityref(self, name: str) -> None:
        self._reference('&' + name)

    def handle_charref(self, name: str) -> None:
        self._reference('&#' + name)


def html_text(page: str) -> HtmlText:
    """The text a reader sees in ``page``, with where each character came from.

    Raises ``TypeError`` for a non-str page; any str is read, broken HTML
    as a browser would read it as far as text goes.
    """
    if not isinstance(page, str):
        raise TypeError(f'html must be str, got {type(page).__name__}')
    reader = _Reader(page)
    reader.feed(page)
    reader.close()
    return HtmlText(page, ''.join(reader.pieces), tuple(reader.starts), tuple(reader.stops))


_Value = TypeVar('_Value')


def _remap(value: Any, place: Any) -> Any:
    """``value`` with every Span in it (nested facts' included) passed through ``place``."""
    if isinstance(value, Span):
        return place(value)
    if isinstance(value, tuple) and not attrs.has(type(value)):
        return type(value)(_remap(item, place) for item in value)
    if not attrs.has(type(value)):
        return value
    changes = {
        field.alias or field.name: _remap(getattr(value, field.name), place)
        for field in attrs.fields(type(value)) if field.init
    }
    return attrs.evolve(value, **changes)


def extract_html(page: str, types: Optional[Iterable[Any]] = None, *, extractor: Any = None) -> list[Fact]:
    """The facts of the text a reader sees in the HTML ``page``, their spans
    offsets into ``page``.

    ``types`` as for :func:`factlex.extract`; or pass an ``extractor`` (an
    :class:`~factlex.Extractor`, custom grammars included) instead.
    ``page[fact.span.start:fact.span.stop]`` is the mention's HTML: with its
    tags removed and its character references decoded, it is the mention.
    """
    from .extractor import _default_extractor, _resolve_types

    if extractor is not None and types is not None:
        raise TypeError('pass types or an extractor, not both')
    read = html_text(page)
    if extractor is None:
        extractor = _default_extractor(_resolve_types(types))
    return [read.to_source(fact) for fact in extractor.extract(read.text)]


##########
#   ENCODINGS
##########

#: The ``encoding`` that asks for detection.
AUTO = 'auto'

#: Bytes charset-normalizer looks at to tell the encoding of a file.
DETECT_BYTES = 1024 * 1024


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise ValueError(f'unknown encoding {name!r}') from None


def check_encoding(name: str) -> str:
    """``name`` if Python knows the encoding or it is ``"auto"``; ``ValueError`` otherwise."""
    if name == AUTO:
        _detector()
        return name
    _codec(name)
    return name


def _detector() -> Any:
    try:
        import charset_normalizer
    except ImportError:
        raise ValueError(
            "--encoding auto needs charset-normalizer: pip install 'factlex[encodings]'"
        ) from None
    return charset_normalizer


def _detect(sample: bytes) -> str:
    best = _detector().from_bytes(sample).best()
    if best is None:
        raise InputError('the encoding could not be detected (binary data?); give it with --encoding NAME')
    return best.encoding


class _Replay:
    """A binary file whose first bytes were read already, for decode() to read again."""

    def __init__(self, head: bytes, file: Any) -> None:
        self.head = head
        self.file = file

    def read1(self, size: int = -1) -> bytes:
        if self.head:
            data, self.head = self.head[:size], self.head[size:]
            return data
        read = getattr(self.file, 'read1', None) or self.file.read
        return read(size)


def _read_head(file: Any, size: int) -> bytes:
    read = getattr(file, 'read1', None) or file.read
    parts, total = [], 0
    while total < size:
        try:
            data = read(min(READ_BYTES, size - total))
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
        if not data:
            break
        parts.append(data)
        total += len(data)
    return b''.join(parts)


def decode_file(file: Any, encoding: str = 'utf-8') -> Iterator[str]:
    """The text of the binary ``file`` in ``encoding``, in pieces, offsets as
    :func:`factlex.streaming.decode` keeps them (no newline translation).

    ``"auto"`` detects the encoding from the first megabyte with
    charset-normalizer. Raises :class:`~factlex.streaming.InputError` as
    ``decode`` does, naming the encoding of bytes that are not in it.
    """
    if encoding == AUTO:
        head = _read_head(file, DETECT_BYTES)
        if not head:
            raise EmptyInput('empty input')
        nul = head.find(b'\0')
        if nul != -1 and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise InputError(f'binary file (NUL byte at offset {nul})')
        encoding = _detect(head)
        file = _Replay(head, file)
    codec = _codec(encoding)
    if codec == 'utf-8':
        return decode(file)
    return _decode_as(file, codec)


def _decode_as(file: Any, codec: str) -> Iterator[str]:
    read = getattr(file, 'read1', None) or file.read
    decoder = codecs.getincrementaldecoder(codec)()
    consumed = 0
    while True:
        try:
            data = read(READ_BYTES)
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
        if not data and consumed == 0:
            raise EmptyInput('empty input')
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            raise InputError(f'invalid {codec} at byte {consumed - pending + error.start} ({error.reason})') from error
        consumed += len(data)
        if text:
            yield text
        if not data:
            return


##########
#   FOLDERS
##########

#: The files a folder stands for, by input format, unless --glob says otherwise.
DEFAULT_GLOBS = {'text': ('*.txt',), 'jsonl': ('*.jsonl',), 'html': ('*.html', '*.htm'), 'parquet': ('*.parquet',)}


def _tree(folder: str, patterns: Sequence[str]) -> list[str]:
    found = set()
    for pattern in patterns:
        found.update(path for path in Path(folder).rglob(pattern) if path.is_file())
    # Sorted by path, so that output comes in the same order on every machine.
    return [str(path) for path in sorted(found)]


def expand_paths(paths: Sequence[str], patterns: Sequence[str]) -> list[Union[str, tuple[str, str]]]:
    """The files to read for the command line's ``paths``: a folder stands for
    its files (in its whole tree) whose names match one of ``patterns``; other
    paths stay as given. A folder with no such file is ``(folder, reason)``,
    to be reported as an error.
    """
    result: list[Union[str, tuple[str, str]]] = []
    for path in paths:
        if path != '-' and os.path.isdir(path):
            files = _tree(path, patterns)
            if files:
                result.extend(files)
            else:
                result.append((path, f'a folder with no file matching {" or ".join(patterns)}'))
        else:
            result.append(path)
    return result


def read_list(file: Any) -> list[str]:
    """The paths listed in a text ``file``, one per line; blank lines are skipped."""
    return [line.rstrip('\r\n') for line in file if line.strip()]
