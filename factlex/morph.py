"""The one place where morphology and tokenization are built.

pymorphy2 is unmaintained upstream. Two things break it on current Pythons:
``inspect.getargspec`` is gone since 3.11 (yargy patches pymorphy2 when
``yargy.morph`` is imported, so that import must come first), and its default
dictionary lookup imports ``pkg_resources``, which fresh 3.12+ environments and
setuptools 82+ do not have. Passing the dictionary path explicitly avoids the
lookup, so factlex never builds yargy's default analyzer.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import yargy.morph  # noqa: F401  -- applies yargy's pymorphy2 hotfix before pymorphy2 is used
from yargy.morph import Form, Grams, MorphAnalyzer
from yargy.span import Span
from yargy.token import MorphToken, Token
from yargy.tokenizer import LATIN, RULES, RUSSIAN, MorphTokenizer, TokenRule
from yargy.tokenizer import Tokenizer as YargyTokenizer

import pymorphy2
import pymorphy2_dicts_ru

from .alphabets import in_one_alphabet

__all__ = [
    'CachedMorphAnalyzer',
    'MORPH_CACHE_SIZE',
    'LazyMorphToken',
    'NUMBER',
    'Pieces',
    'TOKEN_RULES',
    'Tokenizer',
    'inflect',
    'is_known',
    'morph_analyzer',
    'tokenizer',
    'was_analysed',
    'without_marks',
]

#: Token type of a number written with group or decimal separators ("1,7",
#: "23 500", "1.234.567"). Plain digit runs keep yargy's ``INT`` type.
NUMBER = 'NUMBER'

# One token per written number, so grammars never have to reassemble "23 500"
# from pieces and cannot mistake "в 2020 году 300" for one number. A group
# separator is a single space, NBSP, thin or narrow NBSP; (?!\d) keeps
# "12 3456" from being read as "12 345" + "6"; a date such as "12.05.2020"
# stays digits and dots rather than becoming the decimal "12.05".
_GROUP_SPACE = '[ \u00a0\u2009\u202f]'
NUMBER_RULE = TokenRule(
    NUMBER,
    r'(?<!\d[.,])(?>\d{1,3}(?:(?:' + _GROUP_SPACE + r'\d{3})+|(?:\.\d{3}){2,}|(?:,\d{3}){2,})(?:[.,]\d+)?)(?![.,]?\d)'
    r'|(?<!\d[.,])\d++[.,]\d++(?![.,]\d)',
)

# Combining marks (a stress mark "рубле́й", a decomposed "й") belong to the
# word they sit in: with yargy's plain [а-яё]+ they split it, and a mention
# could end inside the word ("5 млн рубле" of "5 млн рубле́й").
_MARKS = '\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f'
_MARK = re.compile(f'[{_MARKS}]')
# Latin letters with diacritics ("Unión", "Nestlé", "Škoda") are Latin too:
# split off as OTHER they would cut a foreign name into pieces.
_LATIN_LETTERS = 'a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'
_WORD_RULES = {
    RUSSIAN: TokenRule(RUSSIAN, f'[а-яё]+(?:[{_MARKS}]+[а-яё]*)*'),
    LATIN: TokenRule(LATIN, f'[{_LATIN_LETTERS}]+(?:[{_MARKS}]+[{_LATIN_LETTERS}]*)*'),
}

# yargy's LATIN rule is [a-z]+ under re.IGNORECASE; it never sees Cyrillic, so
# "USD" and "млн" stay separate tokens even when written together ("5млн").
TOKEN_RULES = [NUMBER_RULE] + [_WORD_RULES.get(rule.type, rule) for rule in RULES]


def without_marks(word: str) -> str:
    """``word`` as the dictionary spells it: marks composed where Unicode has a
    letter for them ("и" + breve is "й"), the others (stress) dropped.

    >>> without_marks('рубле\u0301й'), without_marks('и\u0306')
    ('рублей', 'й')
    """
    if not _MARK.search(word):
        return word
    return _MARK.sub('', unicodedata.normalize('NFC', word))

#: Distinct word forms whose analyses are kept; bounds memory on endless input.
MORPH_CACHE_SIZE = 100_000

#: Distinct tags whose grammemes (yargy's ``Grams``) are kept, one object
#: per tag for all the readings that have it; pymorphy2's dictionary has a
#: few thousand tags (1,827 in the readings of NEREL train).
GRAMS_CACHE_SIZE = 10_000


class Analysis:
    """What a reading keeps of pymorphy2's analysis of a word: which of the
    word's analyses it is and its score.

    pymorphy2's ``Parse`` also holds the steps that made it, some 250 bytes
    a reading in tuples the garbage collector walks; the cache of analyses
    keeps about 45,000 readings after NEREL train, so the ``Parse`` is made
    again, from the word, only when a fact inflects the word or asks whether
    the dictionary has it.
    """

    __slots__ = ('analyzer', 'word', 'index', 'score')

    def __init__(self, analyzer: pymorphy2.MorphAnalyzer, word: str, index: int, score: float) -> None:
        self.analyzer, self.word, self.index, self.score = analyzer, word, index, score

    def parse(self) -> Any:
        """pymorphy2's ``Parse`` of this reading, made again."""
        return self.analyzer.parse(self.word)[self.index]

    @property
    def is_known(self) -> bool:
        # as pymorphy2's ``Parse.is_known``: the word, not strictly (ё read as е)
        return self.analyzer.word_is_known(self.word)

    def inflect(self, grams: Iterable[str]) -> Any:
        return self.parse().inflect(set(grams))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Analysis) and (self.word, self.index) == (other.word, other.index)

    def __hash__(self) -> int:
        return hash((self.word, self.index))

    def __repr__(self) -> str:
        return f'Analysis({self.word!r}, {self.index}, {self.score})'

    def __reduce__(self) -> tuple[Any, ...]:
        return (_analysis, (self.word, self.index, self.score))


def _analysis(word: str, index: int, score: float) -> Analysis:
    return Analysis(morph_analyzer().raw, word, index, score)


class CachedMorphAnalyzer(MorphAnalyzer):
    """yargy's analyzer over an explicit pymorphy2 dictionary, with a bounded cache."""

    def __init__(self, raw: pymorphy2.MorphAnalyzer) -> None:
        super().__init__(raw)
        self._parse = functools.lru_cache(maxsize=MORPH_CACHE_SIZE)(self._parse_uncached)
        self._grams: dict[Any, Grams] = {}

    def _parse_uncached(self, word: str) -> list[Any]:
        # yargy's readings (its prepare_form), but the readings of one tag
        # share one Grams: the cache of analyses holds some 45,000 readings
        # after NEREL train, of 1,827 tags, and every object it keeps is
        # walked again by the garbage collector and costs memory
        # (the word as written: pymorphy2 keeps it in the analysis of a Latin word)
        return [Form(parse.normal_form, self._grams_of(parse.tag), raw=Analysis(self.raw, word, index, parse.score))
                for index, parse in enumerate(self.raw.parse(word))]

    def _grams_of(self, tag: Any) -> Grams:
        grams = self._grams.get(tag)
        if grams is None:
            if len(self._grams) >= GRAMS_CACHE_SIZE:
                self._grams.clear()
            grams = self._grams.setdefault(tag, Grams(tag.grammemes))
        return grams

    def __call__(self, word: str) -> list[Any]:
        return self._parse(word)

    def __reduce__(self) -> tuple[Any, ...]:
        # Analyzers are rebuilt, not copied, when a process receives one.
        return (morph_analyzer, ())


_KNOWN: dict[str, bool] = {}


def is_known(form: Any) -> bool:
    """Whether the dictionary has the word of ``form`` (a reading of a token)
    rather than guessing it.

    pymorphy2's ``Parse.is_known`` searches its dictionary afresh on every
    call, and grammars ask it of the same words again and again; the answer
    depends on the word alone, so it is cached, as analyses are.
    """
    word = form.raw.word.lower()
    known = _KNOWN.get(word)
    if known is None:
        if len(_KNOWN) >= MORPH_CACHE_SIZE:
            _KNOWN.clear()
        known = _KNOWN[word] = bool(form.raw.is_known)
    return known


def frequency(form: Any) -> float:
    """How often pymorphy2's corpus counts showed the word read as ``form``
    (its score; the readings of a word the counts never saw score alike)."""
    return getattr(getattr(form, 'raw', None), 'score', 0.0)


def inflect(form: Any, grams: Iterable[str]) -> str | None:
    """The word of ``form`` (a reading of a token) put in the form ``grams``
    names, as pymorphy2's ``Parse.inflect`` gives it, or None when it has none.

    pymorphy2 rebuilds the word's whole paradigm on every call, and facts
    put the same words in the nominative again and again, so it is cached.
    """
    return _inflected(form.raw, frozenset(grams))


@functools.lru_cache(maxsize=MORPH_CACHE_SIZE)
def _inflected(parse: Any, grams: frozenset[str]) -> str | None:
    found = parse.inflect(grams)
    return found.word if found is not None else None


class Pieces(NamedTuple):
    """The tokens of a text as four lists, index by index (see :meth:`Tokenizer.pieces`)."""

    values: list[str]
    starts: list[int]
    stops: list[int]
    types: list[str]

    def token(self, index: int) -> Token:
        """The token at ``index``, as :meth:`Tokenizer.scan` makes it."""
        return Token(self.values[index], Span(self.starts[index], self.stops[index]), self.types[index])


class LazyMorphToken(MorphToken):
    """A Russian word whose readings (``forms``) pymorphy2 gives when they are
    first read, as yargy's ``MorphToken`` has them from the start.

    The chart asks nothing of most words of a window (no state reaches
    them) and finds what it asks of a word seen before in its cache of words,
    which is keyed by the word's text: a word that no predicate reads is not
    analysed."""

    def __init__(self, value: str, span: Span, type: str, morph: MorphAnalyzer) -> None:
        Token.__init__(self, value, span, type)
        self._morph = morph

    def __getattr__(self, name: str) -> Any:
        # called only while ``forms`` is not yet in the instance's __dict__
        if name == 'forms':
            forms = self.forms = self._morph(without_marks(self.value))
            return forms
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')

    def __reduce__(self) -> tuple[Any, ...]:
        return (MorphToken, (self.value, self.span, self.type, self.forms))


def was_analysed(token: Any) -> bool:
    """Whether ``token`` has its readings: a Russian word whose ``forms``
    were read (or given), unlike a number, a mark or a Latin word."""
    return 'forms' in vars(token)


class Tokenizer(MorphTokenizer):
    """yargy's morph tokenizer with whole-number tokens that also accepts tokens.

    Given a string it tokenizes and analyzes it; given an already tokenized
    sequence it returns it unchanged, so every grammar's parser can reuse the
    one tokenization and morphology pass made per text.
    """

    def __init__(self, morph: MorphAnalyzer) -> None:
        super().__init__(rules=TOKEN_RULES, morph=morph)

    def __call__(self, text: str | Iterable[Any]) -> Iterator[Any]:
        if isinstance(text, str):
            return map(self.analyzed, self.scan(text))
        return iter(text)

    def scan(self, text: str) -> Iterator[Any]:
        """Tokens without morphology: cheap, for finding where to parse."""
        return YargyTokenizer.__call__(self, in_one_alphabet(text))

    def pieces(self, text: str) -> Pieces:
        """What :meth:`scan` finds in a text already in one alphabet
        (``Extractor.extract`` writes it so), as lists (values, starts,
        stops, types) rather than tokens: a text is tokenized whole to find its sentences,
        and only the tokens of some window are made (:meth:`Pieces.token`)."""
        found = list(self.regexp.finditer(text))
        mapping = self.mapping
        return Pieces([match.group() for match in found], [match.start() for match in found],
                      [match.end() for match in found], [mapping[match.lastgroup] for match in found])

    def analyzed(self, token: Any) -> Any:
        """``token`` with its morphological readings, when it is a Russian word."""
        if token.type == RUSSIAN:
            return LazyMorphToken(token.value, token.span, token.type, self.morph)
        return token

    def __reduce__(self) -> tuple[Any, ...]:
        return (tokenizer, ())


# functools.cache alone may run a builder twice under a race; building the
# analyzer twice costs a second and 15 MB, so builders run under one lock.
_lock = threading.RLock()


@functools.cache
def _build_analyzer() -> CachedMorphAnalyzer:
    raw = pymorphy2.MorphAnalyzer(path=pymorphy2_dicts_ru.get_path())
    return CachedMorphAnalyzer(raw)


@functools.cache
def _build_tokenizer() -> Tokenizer:
    return Tokenizer(morph_analyzer())


def morph_analyzer() -> CachedMorphAnalyzer:
    """The process-wide analyzer (built on first use, about 15 MB of dictionaries)."""
    with _lock:
        return _build_analyzer()


def tokenizer() -> Tokenizer:
    """The process-wide tokenizer shared by all grammars and extractors."""
    with _lock:
        return _build_tokenizer()
