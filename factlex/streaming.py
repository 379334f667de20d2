"""Reading large inputs as blocks that no fact crosses, and moving facts by an offset.

The extractor tokenizes a whole text at once, so a 10 MB text would become
millions of token objects. The command line instead decodes a file in pieces,
cuts the text into blocks of about :data:`BLOCK_CHARS` characters, extracts
each block on its own and moves the facts' spans by the offset of the block.
A block ends only where the extractor ends a sentence anyway, so that no fact
crosses the cut and the facts are those of the whole text:

1. after a run of line breaks that ends a sentence: a blank line, or a line
   break before anything but a lower-case letter (one line break before a
   lower-case word is hard wrapping: "5 млн\\nрублей" is one sentence);
2. when no such line break comes within :data:`MAX_BLOCK_CHARS`, after a
   sentence end ". X", X a capital letter, as the extractor reads one;
3. as the last resort, after whitespace, or anywhere when there is none: a
   fact that crosses such a *forced* cut is lost or found in part.

Each block comes with a little of the text after it (``Block.text`` goes on
past ``Block.stop``): a grammar may look at the word after a mention (money
does, for "1,5 млрд человек"), and that word must be the one of the whole
text. Facts that end past ``Block.stop`` belong to the next block.

>>> text = 'Рост 4,4%.\\n\\nКредит на $1,7 млрд.'
>>> [(block.offset, block.text[:block.stop], block.cut) for block in split_blocks([text], block_chars=5)]
[(0, 'Рост 4,4%.\\n\\n', 'line'), (12, 'Кредит на $1,7 млрд.', 'end')]
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple, Optional, TypeVar

import attrs

from .facts import Span

__all__ = [
    'BLOCK_CHARS',
    'MAX_BLOCK_CHARS',
    'READ_BYTES',
    'Block',
    'EmptyInput',
    'InputError',
    'decode',
    'shift',
    'split_blocks',
]

#: Characters a block aims at: large enough that a block costs little more
#: than its text, small enough that its tokens and parse state take tens of
#: megabytes rather than gigabytes (docs/cli.md has measurements).
BLOCK_CHARS = 64 * 1024

#: Characters a block may grow to while no line break ends a sentence; past
#: it the block is cut at a sentence end inside a line, or forced.
MAX_BLOCK_CHARS = 1024 * 1024

#: Bytes read from a file at a time.
READ_BYTES = 64 * 1024

# Whitespace that is no token: yargy skips it, while a run of line breaks is
# one EOL token. Bounded, so that a sea of spaces cannot make the lookahead
# hold the whole input; a line break followed by more than that many spaces
# is taken to end its sentence.
_SPACES = re.compile(r'[^\S\r\n]{0,4096}')
_WHITESPACE = re.compile(r'\s+')
# The text after a cut that is handed to the extractor with the block: the
# next word, past at most a few hundred characters of whitespace.
_CONTEXT = re.compile(r'\s{0,256}\S{0,64}')
# Letters that yargy's RU and LATIN token rules join into one word token.
_RUSSIAN = re.compile(r'[а-яё]', re.IGNORECASE)
_LATIN = re.compile(r'[a-z]', re.IGNORECASE)


class InputError(Exception):
    """An input could not be read; the message is the reason shown to the user."""


class EmptyInput(InputError):
    """An input holds nothing at all: the command line warns rather than fails."""


class Block(NamedTuple):
    """A piece of a longer text, to be extracted on its own."""

    #: Characters of the whole text before ``text[0]``.
    offset: int
    #: The block, then the few characters after it that the extractor may look at.
    text: str
    #: Length of the block proper: facts ending after it belong to the next block.
    stop: int
    #: What ended the block: ``'line'``, ``'sentence'`` (lossless cuts),
    #: ``'space'``, ``'hard'`` (forced cuts) or ``'end'`` (of the text).
    cut: str


def decode(file: Any, read_bytes: Optional[int] = None) -> Iterator[str]:
    """The UTF-8 text of a binary ``file``, in pieces, as ``open(..., newline='')`` reads it.

    Nothing is translated: CRLF stays CRLF and a byte-order mark stays U+FEFF,
    so offsets into the pieces are offsets into the file as Python reads it.
    Raises :class:`InputError` for an empty file, at a NUL byte (a binary
    file), at bytes that are not UTF-8, and when reading fails, naming the byte offset; the pieces
    before it have been yielded by then. A NUL byte is reported first when
    both come in the same read of ``read_bytes`` (:data:`READ_BYTES`).

    >>> import io
    >>> list(decode(io.BytesIO('Рост 4,4%'.encode()), read_bytes=3))
    ['Р', 'ос', 'т ', '4,4', '%']
    >>> list(decode(io.BytesIO(b'ab\\xffcd')))
    Traceback (most recent call last):
    ...
    factlex.streaming.InputError: invalid UTF-8 at byte 2 (invalid start byte)
    """
    size = READ_BYTES if read_bytes is None else read_bytes
    # read1 returns what a pipe has at hand instead of waiting for a full
    # buffer, so text typed or piped in slowly is extracted as it comes.
    read = getattr(file, 'read1', None) or file.read
    decoder = codecs.getincrementaldecoder('utf-8')()
    consumed = 0  # bytes handed to the decoder so far
    while True:
        try:
            data = read(size)
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
        nul = data.find(b'\0')
        if nul != -1:
            # U+0000 is valid UTF-8, but no text file holds it: this is an
            # image, an archive or UTF-16, whose "facts" would be noise. It
            # is named even when a byte that is not UTF-8 comes before it
            # in the same read, as in most binary files.
            raise InputError(f'binary file (NUL byte at offset {consumed + nul})')
        # The decoder keeps an incomplete character's bytes for the next call;
        # an error's position counts from them.
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            # Decoding here rather than through open() is what gives the byte
            # offset, so the user can find the bad byte with a hex editor.
            raise InputError(f'invalid UTF-8 at byte {consumed - pending + error.start} ({error.reason})') from error
        if not data and consumed == 0:
            # An empty file is most often a failed download or a wrong
            # path pattern; saying so beats silently printing nothing.
            raise EmptyInput('empty input')
        consumed += len(data)
        if text:
            yield text
        if not data:
            return


_Fact = TypeVar('_Fact')


def shift(value: _Fact, offset: int) -> _Fact:
    """``value`` with its span and the spans of the attrs values inside it moved by ``offset``.

    >>> from factlex.facts import Official, Person
    >>> fact = Official(Span(0, 12), 'министр', Person(Span(8, 12), last='Петров'))
    >>> shift(fact, 100)
    Official(span=Span(start=100, stop=112), position='министр', person=Person(span=Span(start=108, stop=112), first=None, middle=None, last='Петров'), organization=None, place=None)
    """
    if offset == 0:
        return value
    if isinstance(value, Span):
        return Span(value.start + offset, value.stop + offset)  # type: ignore[return-value]
    if isinstance(value, tuple) and not attrs.has(type(value)):
        moved = tuple(shift(item, offset) for item in value)
        return value if all(a is b for a, b in zip(moved, value)) else type(value)(moved)  # type: ignore[return-value]
    if not attrs.has(type(value)):
        return value
    changes = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue
        item = getattr(value, field.name)
        moved = shift(item, offset)
        if moved is not item:
            changes[field.alias or field.name] = moved
    return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]


def _positions(text: str, chars: str, start: int, end: int) -> Iterator[int]:
    """Where any of ``chars`` stands in ``text[start:end]``, in order, found with str.find."""
    following = {char: text.find(char, start, end) for char in chars}
    while True:
        found = [index for index in following.values() if index != -1]
        if not found:
            return
        index = min(found)
        yield index
        following[text[index]] = text.find(text[index], index + 1, end)


def _eol_runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, stop) of each run of line breaks that starts in ``[start, end)``.

    str.find rather than a regular expression: it skips a line without a
    break at memchr speed, where ``re`` tries its pattern at every character.
    """
    for begin in _positions(text, '\r\n', start, end):
        if begin < start:
            continue  # inside the last run
        stop = begin
        while stop < len(text) and text[stop] in '\r\n':
            stop += 1
        yield begin, stop
        start = stop


def _line_cut(text: str, begin: int, low: int, high: int, final: bool) -> Optional[int]:
    """The end of the first run of line breaks from ``low`` on (and up to
    ``high``) that ends a sentence; -1 when the text so far cannot tell."""
    start = low
    while start > begin and text[start - 1] in '\r\n':
        start -= 1  # not in the middle of a run
    # Searched only up to the cap: a text without line breaks must not be
    # scanned to its end for every block.
    for run_start, cut in _eol_runs(text, start, min(high, len(text))):
        if cut > high:
            return None
        following = _SPACES.match(text, cut).end()
        if following == len(text) and not final:
            return -1
        # The same test as extractor._sentence_ends: the first letter of the
        # token after the line break, and how many line breaks the run holds.
        letter = text[following:following + 1]
        run = text[run_start:cut]
        breaks = run.count('\n') + run.count('\r') - run.count('\r\n')
        if breaks == 1 and letter.islower():
            continue
        # A sentence mark that starts a block could not end a sentence there
        # (the extractor wants a token before it), as it does in the whole text.
        if letter and letter in '.!?…':
            continue
        return cut
    return None if final or len(text) > high else -1


def _word_before(text: str, begin: int, end: int) -> str:
    """The token that ends at ``end``, as yargy cuts words: a run of Russian
    or of Latin letters, else one character."""
    char = text[end - 1]
    for letters in (_RUSSIAN, _LATIN):
        if letters.match(char):
            start = end - 1
            while start > begin and letters.match(text[start - 1]):
                start -= 1
            return text[start:end]
    return char


def ends_no_sentence(word: str) -> bool:
    """Whether a dot after ``word`` is an abbreviation's or an initial's, not
    a sentence's end: "тыс.", "руб.", "В.", "Дж.".

    Taking an abbreviation for a sentence end loses the facts across it;
    joining two sentences only costs a longer window.

    A short capitalized word with a vowel is a word, a short surname most
    often ("заявил Карлос Гон. Новым президентом ...", "сказал Ли."); one
    without ("Дж.", "Ст.") is an abbreviation.

    >>> [ends_no_sentence(word) for word in ('тыс', 'В', 'Дж', 'Москве', 'США', 'Гон')]
    [True, True, True, False, False, False]
    """
    return (len(word) <= 4 and word.islower()) or (len(word) == 1 and word.isupper()) or (
        len(word) <= 3 and word.istitle() and word.isalpha() and not _VOWEL.search(word)
    )


_VOWEL = re.compile('[аеёиоуыэюяaeiouy]', re.IGNORECASE)


#: Lower-case words with a vowel that news writes with a dot as
#: abbreviations: units, money, addresses, ranks, languages.
ABBREVIATIONS = frozenset("""
    тыс руб коп долл дол евр грн ед шт чел экз мес сут нед сек мин макс
    им ул пер пл просп наб обл гор пос дер рай корп стр эт оф кв
    ок ср см напр прим сокр искл др пр мл ст св
    проф доц акад зам нач зав ген пред гос ред изд авт сост
    англ нем фр франц лат рус укр каз бел араб кит исп итал яп
    тел факс рис табл гл разд
""".split())


def is_abbreviation(word: str) -> bool:
    """Whether a dot after ``word`` is surely an abbreviation's: an initial, a
    lower-case word of one letter or without a vowel ("млн", "гг"), or one of
    :data:`ABBREVIATIONS`. Finer than :func:`ends_no_sentence`, which joins
    any short lower-case word to the next sentence to keep a window whole:
    a grammar asking whether a word opens its sentence ("пришла в банк.
    Кирсанова ...") reads the sentence end this way.

    >>> [is_abbreviation(word) for word in ('тыс', 'млн', 'В', 'году', 'банк')]
    [True, True, True, False, False]
    """
    if word.islower():
        return len(word) == 1 or word in ABBREVIATIONS or (len(word) <= 4 and not _VOWEL.search(word))
    return ends_no_sentence(word)


def _sentence_cut(text: str, begin: int, low: int, high: int) -> Optional[int]:
    """The position after the first ". X" in ``[low, high]`` that the extractor
    takes for a sentence end (see extractor._sentence_ends)."""
    for mark in _positions(text, '.!?…', low, high):
        end = mark
        while end > begin and text[end - 1].isspace() and text[end - 1] not in '\r\n':
            end -= 1
        if end == begin:
            continue
        previous = '\n' if text[end - 1] in '\r\n' else _word_before(text, begin, end)
        if ends_no_sentence(previous):
            continue  # "тыс. руб.", "В. Путин", "Роберт Дж. Шелби"
        following = _SPACES.match(text, mark + 1).end()
        if following >= len(text) or following == mark + 1:
            continue  # "ВЭБ.РФ": a stop written on to the next word ends nothing
        letter = text[following]
        if letter.isupper() or letter in '«"—–-':
            return mark + 1
    return None


def _find_cut(text: str, begin: int, target: int, cap: int, final: bool) -> Optional[tuple[int, str]]:
    """Where the block starting at ``begin`` ends, and why; None when more text is needed."""
    low, high = begin + target, begin + cap
    if len(text) <= low:
        return (len(text), 'end') if final else None
    found = _line_cut(text, begin, low, high, final)
    if found == -1:
        return None
    if found is not None:
        return found, 'line'
    if len(text) <= high:
        # No sentence-ending line break in the text so far, short of the cap.
        return (len(text), 'end') if final else None
    found = _sentence_cut(text, begin, low, high)
    if found is not None:
        return found, 'sentence'
    space = _WHITESPACE.search(text, low, high)
    if space is not None:
        cut = space.end()
        if cut < len(text) and text[cut - 1] == '\r' and text[cut] == '\n':
            cut -= 1  # a CRLF is one line break
        return cut, 'space'
    return high, 'hard'


def split_blocks(pieces: Iterable[str], block_chars: Optional[int] = None,
                 max_block_chars: Optional[int] = None) -> Iterator[Block]:
    """The text that ``pieces`` make up, as blocks that no fact crosses.

    Blocks are at least ``block_chars`` long (:data:`BLOCK_CHARS`), but for the
    last one, and at most ``max_block_chars`` (:data:`MAX_BLOCK_CHARS`); a text
    no longer than ``block_chars`` is one block. Where the cuts fall does not
    depend on how the text is split into ``pieces``, and at most about
    ``max_block_chars`` characters of it are held at a time.
    """
    target = BLOCK_CHARS if block_chars is None else block_chars
    cap = max(MAX_BLOCK_CHARS if max_block_chars is None else max_block_chars, target)
    if target < 1:
        raise ValueError(f'block_chars must be positive, got {target}')
    text = ''
    begin = 0  # where the next block starts in text
    offset = 0  # characters before text[0]
    for piece in pieces:
        if begin:
            text, offset, begin = text[begin:], offset + begin, 0
        text += piece
        while (found := _find_cut(text, begin, target, cap, final=False)) is not None:
            cut, kind = found
            context = _CONTEXT.match(text, cut).end()
            if context == len(text):
                break  # the word after the cut may go on in the next piece
            yield Block(offset + begin, text[begin:context], cut - begin, kind)
            begin = cut
    while begin < len(text):
        found = _find_cut(text, begin, target, cap, final=True)
        assert found is not None
        cut, kind = found
        context = _CONTEXT.match(text, cut).end()
        yield Block(offset + begin, text[begin:context], cut - begin, kind)
        begin = cut
