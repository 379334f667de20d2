"""Running grammars over text: one tokenization per text, shared by all grammars."""

from __future__ import annotations

import bisect
import collections
import contextlib
import datetime
import decimal
import functools
import gc
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType
from typing import Any, NamedTuple, Optional, Pattern, Union

import attrs

from .alphabets import in_one_alphabet
from .dates import using_reference
from .facts import FACT_TYPES, Fact, Span
from .grammar import Grammar, as_grammar
from .streaming import ends_no_sentence

EOL = 'EOL'  # yargy's token type of line breaks

__all__ = ['Extractor', 'extract']

TypeSpec = Union[str, type]


def _resolve_types(types: Optional[Iterable[TypeSpec]]) -> tuple[str, ...]:
    if types is None:
        return tuple(FACT_TYPES)
    # bytes and non-iterables are one (unknown) type, not a sequence of them:
    # types=b'money' would otherwise be reported as "unknown fact type 109".
    if isinstance(types, (str, bytes, type)) or not isinstance(types, Iterable):
        types = [types]
    names = []
    by_class = {cls: name for name, cls in FACT_TYPES.items()}
    for item in types:
        if isinstance(item, type) and item in by_class:
            name = by_class[item]
        elif isinstance(item, str) and item.lower() in FACT_TYPES:
            name = item.lower()
        else:
            valid = ', '.join(FACT_TYPES)
            raise ValueError(f'unknown fact type {item!r}; valid types: {valid}')
        if name not in names:
            names.append(name)
    # Output and parsing order follow FACT_TYPES, not the caller's order.
    return tuple(name for name in FACT_TYPES if name in names)


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f'text must be str, got {type(text).__name__}')
    return text


def _sort_key(fact: Fact) -> tuple[Any, ...]:
    # Facts are gathered in a set, so facts of one span ("сенаторы Пол и
    # Рубио": one per holder) need a total order to come out the same in
    # every process: by where their parts stand, then by their values.
    parts = tuple(
        value.span.start for value in attrs.astuple(fact, recurse=False)
        if attrs.has(type(value)) and isinstance(getattr(value, 'span', None), Span)
    )
    return (fact.span.start, -fact.span.stop, type(fact).__name__, parts, repr(fact))


_SENTENCE_END = frozenset('.!?…')


def _sentence_ends(values: Sequence[str], types: Sequence[str], starts: Optional[Sequence[int]] = None) -> list[int]:
    """Indexes after each sentence of the tokens of ``values`` and ``types``:
    at line breaks and at ". X" with X capitalized. With the tokens'
    ``starts``, a stop written on to the next word ends nothing: "ВЭБ.РФ"."""
    ends = []
    size = len(values)
    for index, value in enumerate(values):
        if types[index] == EOL:
            # A single line break before a lower-case word is hard wrapping
            # ("5 млн\nрублей"); a blank line or a capital starts anew.
            following = values[index + 1] if index + 1 < size else ''
            wrapped = value.count('\n') + value.count('\r') - value.count('\r\n') == 1
            if not (wrapped and following[:1].islower()):
                ends.append(index + 1)
        elif value in _SENTENCE_END and 0 < index < size - 1:
            previous, following = values[index - 1], values[index + 1]
            # "тыс. руб." goes on, and so do "долл. США", "В. Путин" and "Роберт Дж. Шелби"
            written_on = starts is not None and starts[index + 1] == starts[index] + len(value)
            if not ends_no_sentence(previous) and not written_on and (following[:1].isupper() or following in '«"—–-'):
                ends.append(index + 1)
    if not ends or ends[-1] != size:
        ends.append(size)
    return ends


#: Tokens one parse may span. Windows of nearby triggers merge, and a long
#: enumeration of officials would merge into one window whose Earley chart
#: grows faster than linearly; past this length a new window starts instead,
#: overlapping the last one by the reach of its trigger.
MAX_WINDOW = 200


def _windows(trigger: Pattern[str], text: str, size: int, starts: Sequence[int],
             sentence_ends: Sequence[int], reach: tuple[int, int],
             anchor: Optional[Callable[[int], bool]] = None, pos: int = 0) -> Iterator[tuple[int, int, int]]:
    """Token ranges to parse: around each trigger, within its sentence, merged;
    with each range, the last token of the last trigger match in it.

    Earley parsing is the expensive step, so only the few tokens that can hold a
    fact around a trigger word are parsed, never whole documents. ``pos`` is
    where the first match of ``trigger`` starts, when it is known: the text
    before it holds none.
    """
    current: Optional[tuple[int, int, int]] = None
    # From the first match on, finditer finds the same matches as from the
    # start of the text (lookbehinds and \b still see the text before ``pos``).
    for found in trigger.finditer(text, pos):
        index = max(bisect.bisect_right(starts, found.start()) - 1, 0)
        if anchor is not None and not anchor(index):
            continue
        sentence = bisect.bisect_right(sentence_ends, index)
        sentence_start = sentence_ends[sentence - 1] if sentence else 0
        sentence_stop = sentence_ends[sentence] if sentence < len(sentence_ends) else size
        start = max(index - reach[0], sentence_start)
        last = max(bisect.bisect_left(starts, found.end()) - 1, index)
        stop = min(last + 1 + reach[1], sentence_stop)
        if current and start <= current[1] and sentence_start < current[1] and stop - current[0] <= MAX_WINDOW:
            current = (current[0], max(stop, current[1]), max(last, current[2]))
        else:
            if current:
                yield current
            current = (start, stop, last)
    if current:
        yield current


def _on_word_boundaries(text: str, span: Span) -> bool:
    """False for a mention cut out of a longer word, as "0%" in "%D0%BE" of a URL."""
    start, stop = span.start, span.stop
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    if stop < len(text) and text[stop].isalnum() and (text[stop - 1].isalnum() or text[stop - 1] == '%'):
        return False
    # A hyphenated compound is one word: "Торгово" of "Торгово-промышленной",
    # "основателями" of "отцами-основателями".
    if stop + 1 < len(text) and text[stop] == '-' and text[stop - 1].isalpha() and text[stop + 1].isalpha():
        return False
    if start >= 2 and text[start - 1] == '-' and text[start - 2].isalpha() and text[start].isalpha():
        # but "женщина-спикер", "экс-" and "вице-" prefix a word that stands on its own
        # the word before the hyphen, after whatever separator: a line break,
        # an NBSP or a bracket as well as a space
        before = _LAST_WORD.search(text, max(0, start - 12), start - 1)
        if before is None or before.group().lower() not in _FREE_PREFIXES:
            return False
    return True


_LAST_WORD = re.compile(r'[^\W\d_]+$')
_FREE_PREFIXES = frozenset({'женщина', 'женщины', 'женщине', 'женщину', 'женщиной', 'экс', 'вице'})

_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while parsing, then restore it.

    Earley parsing allocates hundreds of thousands of short-lived objects that
    form no cycles; collections triggered by them double the parse time and
    free nothing. Reference counting still frees them at once. The caller's
    setting is restored when the last concurrent parse ends, so a program that
    turned collection off keeps it off.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                if gc.get_count()[0] > gc.get_threshold()[0] and gc.get_freeze_count() == 0:
                    # What the parse left alive is mostly what the caches
                    # gained: a young collection right after would walk it
                    # only to age it. Aged at once instead (two list splices);
                    # see docs/performance.md, "Garbage collection".
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()


def _age_all() -> None:
    """Every object the collector tracks moved to its old generation, as
    surviving two collections would: by ``gc.freeze()`` and ``gc.unfreeze()``
    when nothing is frozen (two builds in threads take turns), else by
    one collection of the two young generations."""
    with _gc_lock:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
            return
    gc.collect(1)


#: The decimal context values are computed in, whatever the caller's thread
#: has set: amounts are only added and multiplied, which is exact at this
#: precision however many digits the text writes (the default 28 digits
#: made "$1" followed by 28 zeros raise InvalidOperation).
_EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=[
    decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
])


#: Parses of one span tried before the span is given up: enough for the
#: readings that differ in what to_facts accepts, few enough to bound the cost.
PARSES_PER_SPAN = 4


def _best_cover(claims: dict[tuple[int, int], tuple[int, int]], weights: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The matches to keep: those whose claims (token ranges) do not overlap
    and whose weights add up to the most; classic weighted interval scheduling.

    yargy's ``resolve_spans`` keeps the matches that cover the most tokens, so
    of two equally long readings it keeps the earlier one. Here a grammar may
    weigh one shape of match above another ("губернатор Техаса Рик Перри" over
    "Уокер, губернатор Техаса") and let two matches share words that both
    may use (one holder of two posts: "вице-президент Ганы Джон Махама занял
    пост главы государства"). Of equal weights the fewer matches win, then
    the earlier ones.
    """
    ordered = sorted(claims, key=lambda key: (claims[key], key))
    starts = [claims[key][0] for key in ordered]
    # (total weight, minus the number of matches, the matches): of equal
    # weights one long match beats its pieces ("3 млрд 700 млн рублей").
    best: list[tuple[int, int, tuple[tuple[int, int], ...]]] = [(0, 0, ())] * (len(ordered) + 1)
    for index in range(len(ordered) - 1, -1, -1):
        key = ordered[index]
        following = best[bisect.bisect_left(starts, claims[key][1], index + 1)]
        take = (weights[key] + following[0], following[1] - 1, (key,) + following[2])
        best[index] = take if take[:2] >= best[index + 1][:2] else best[index + 1]
    return sorted(best[0][2])


def _claim(span: tuple[int, int], tokens: Sequence[Any], shared: Sequence[Any]) -> tuple[int, int]:
    """The token range a match keeps to itself: its span without the words at
    either edge that lie in ``shared`` (character spans another match may use too)."""
    start, stop = span
    if not shared:
        return span
    inside = [
        any(region.start <= token.span.start and token.span.stop <= region.stop for region in shared)
        for token in tokens
    ]
    while start < stop and inside[start - span[0]]:
        start += 1
    while stop > start and inside[stop - 1 - span[0]]:
        stop -= 1
    return (start, stop) if start < stop else span


class _Candidate(NamedTuple):
    """A match that gave facts, before overlapping matches are resolved."""

    weight: int
    claim: tuple[int, int]  # character offsets of the words it keeps to itself
    facts: list[Any]


def _find_facts(parser: Any, grammar: Grammar, tokens: list[Any], text: str,
                trace: Optional[Callable[..., None]] = None,
                last_start: Optional[int] = None) -> dict[tuple[int, int], _Candidate]:
    """The matches in ``tokens`` that give facts, by their character spans.

    Like yargy's ``Parser.findall``, but a match counts only when the grammar
    assembles a fact from it, so a longer match that ``to_facts`` rejects does
    not hide a shorter one that it accepts. Which of overlapping matches win
    is decided by :func:`_resolve` over all windows of a text at once.
    """
    from . import earley
    from .interpretation import interpret

    trees = earley.matches(parser, tokens, last_start)
    shared: dict[int, Any] = {}  # the trees of a chart share subtrees: each is normalized once
    found: dict[tuple[int, int], list[Any]] = {}
    candidates: dict[tuple[int, int], _Candidate] = {}
    weights: dict[tuple[int, int], int] = {}
    claims: dict[tuple[int, int], tuple[int, int]] = {}
    tried: dict[tuple[int, int], int] = {}
    preferred: dict[tuple[int, int], int] = {}
    for tree in sorted(trees):
        span = tree.range
        if tried.get(span, 0) >= PARSES_PER_SPAN or (span in found and not grammar.preference):
            continue
        tried[span] = tried.get(span, 0) + 1
        match = earley.prepare_match(parser, tree, shared)
        if match is None or not _on_word_boundaries(text, Span(match.span.start, match.span.stop)):
            if trace and match is not None:
                trace('match', grammar, tree, match, 'cut out of a longer word', [])
            continue
        raw = interpret(match)  # match.fact, made anew each time it is asked
        preference = None
        if span in found and trace is None:
            # Another reading of a span that gave facts replaces them only
            # when preferred (below); one that is not need not be assembled.
            # A grammar may write its preference for matches that gave facts
            # only: one that fails here is asked again below if this match
            # gives facts, and fails there as it always did.
            try:
                preference = grammar.preference(raw)
            except Exception:
                preference = None
            if preference is not None and preference <= preferred[span]:
                continue
        facts = grammar.facts(raw, match.tokens)
        if grammar.reject is not None and facts:
            kept = [fact for fact in facts if not grammar.reject(fact, text)]
            if trace and not kept:
                trace('match', grammar, tree, match, 'reject() turned down its facts', [])
                continue
            facts = kept
        # A fact's span may be narrower than its match ("о миреQ" of
        # "о миреQи": the subject drops a final "и"); it must not cut a word either.
        if not all(_on_word_boundaries(text, span) for span in (getattr(fact, 'span', None) for fact in facts)
                   if isinstance(span, Span)):
            if trace:
                trace('match', grammar, tree, match, 'a fact cut out of a longer word', [])
            continue
        if trace:
            trace('match', grammar, tree, match, 'facts' if facts else 'to_facts gave no fact', facts)
        if facts:
            # Of the readings of one span the grammar prefers one ("член |
            # Совета Федерации" over "член Совета | Федерации"); of equal
            # preference the first, as yargy orders them.
            if preference is None:
                preference = grammar.preference(raw) if grammar.preference else 0
            if span in found and preference <= preferred[span]:
                continue
            found[span], preferred[span] = facts, preference
            weights[span] = span[1] - span[0] + preference
            claims[span] = _claim(span, match.tokens, grammar.shared(raw) if grammar.shared else ())
            first, last = tokens[claims[span][0]], tokens[claims[span][1] - 1]
            candidates[(match.span.start, match.span.stop)] = _Candidate(
                weights[span], (first.span.start, last.span.stop), facts,
            )
    if trace:
        trace('cover', grammar, _best_cover(claims, weights), found)
    return candidates


def _resolve(candidates: dict[tuple[int, int], _Candidate]) -> list[Any]:
    """The facts of the best non-overlapping matches among ``candidates``.

    Windows of one long sentence overlap (``MAX_WINDOW``): a mention where
    they meet is found whole in one and cut short in the other. Resolving
    the matches of all windows together keeps the whole one, as it would be
    kept from a single window.
    """
    kept = _best_cover(
        {key: candidate.claim for key, candidate in candidates.items()},
        {key: candidate.weight for key, candidate in candidates.items()},
    )
    return [fact for key in kept for fact in candidates[key].facts]


#: The first text of this many characters makes the triggers that can scan
#: a text in lower case (Grammar.folded): the official trigger in a quarter
#: of the time, money's in 40%. From then on every text is scanned so,
#: short ones too (two thirds of NEREL's characters are in texts under
#: 2,000); until then texts are scanned as written, so that a process that
#: only reads short texts never compiles the folded triggers (some 12 ms,
#: which a one-sentence text would not win back).
FOLD_FROM = 2000


def _trigger_and_text(grammar: Grammar, text: str, lowered: Optional[str]) -> tuple[Pattern[str], str]:
    """The trigger pattern to scan with and the text to scan: the folded
    trigger over the text in lower case when both exist (Grammar.folded),
    else the grammar's scanner over the text as written."""
    if lowered is not None and grammar.folded is not None:
        return grammar.folded[0], lowered
    return grammar.scanner, text


class Extractor:
    """Finds facts of the chosen types; build once, call from many threads.

    >>> extractor = Extractor(types=['money'])
    >>> [fact.amount for fact in extractor.extract('Кредит на $1,7 млрд.')]
    [Decimal('1700000000')]
    """

    def __init__(self, types: Optional[Iterable[TypeSpec]] = None, *,
                 grammars: Iterable[Union[Grammar, ModuleType]] = (), prefilter: bool = True,
                 reference_date: Optional[datetime.date] = None) -> None:
        """``types`` selects built-in fact types (all by default); ``grammars``
        adds custom ones (:class:`~factlex.Grammar` objects or grammar modules,
        see ``docs/custom-grammars.md``) after them. ``prefilter=False`` parses
        every sentence whole instead of only the windows around trigger words:
        slow, for checking that triggers lose nothing. ``reference_date`` is
        the day relative dates ("вчера", "в среду") are counted from (see
        :mod:`factlex.dates`); without it their parts stay ``None``."""
        # Building makes some 100,000 objects that live on (grammars, parsers,
        # dictionaries) and some garbage: the collector, paused, spares 0.07 s
        # of walking them again and again (two full collections among them).
        # Resumed, it would walk them all twice more, a young collection
        # moving them to the middle generation at the next allocation and a
        # middle one soon after moving them to the old. ``gc.freeze()`` then
        # ``gc.unfreeze()`` moves every tracked object to the old generation
        # at once, without walking any (two list splices), which is where
        # those walks would leave the build's: 0.04 s less from ``import
        # factlex`` to the first fact than before, and one full collection
        # fewer in a first pass over NEREL train (0.13 s). Nothing stays
        # frozen; what the caller had made young is aged with them, and a
        # cycle of it that is garbage waits for the next full collection.
        # Not when the caller has turned the collector off, nor when it
        # froze objects of its own (unfreeze would release them): then one
        # collection of the two young generations does the two walks in one.
        running = gc.isenabled()
        with _gc_paused():
            self._build(types, grammars, prefilter, reference_date)
            if running:
                _age_all()

    def _build(self, types: Optional[Iterable[TypeSpec]], grammars: Iterable[Union[Grammar, ModuleType]],
               prefilter: bool, reference_date: Optional[datetime.date]) -> None:
        # Imported here so that ``import factlex`` stays cheap: grammars load
        # vocabularies and the parser build needs the morphology dictionaries.
        from .bnf import parser
        from .grammars import GRAMMARS
        from .morph import tokenizer

        self.types = _resolve_types(types)
        if isinstance(grammars, (str, bytes, Grammar, ModuleType)) or not isinstance(grammars, Iterable):
            raise TypeError(f'grammars must be a list of grammars, got {type(grammars).__name__}')
        custom = tuple(as_grammar(grammar) for grammar in grammars)
        self.grammars = tuple(_builtin(GRAMMARS[name]) for name in self.types) + custom
        names = [grammar.name for grammar in self.grammars]
        clashes = sorted({name for name in names if names.count(name) > 1})
        if clashes:
            raise ValueError(f'two grammars named {", ".join(map(repr, clashes))}; names must be unique')
        if reference_date is not None and not isinstance(reference_date, datetime.date):
            raise TypeError(f'reference_date must be a datetime.date, got {type(reference_date).__name__}')
        self.prefilter = prefilter
        self.reference_date = reference_date
        self._tokenizer = tokenizer()
        #: What extraction has done so far (texts, windows parsed, windows
        #: rejected before the chart, words in windows, words analysed), for
        #: the benchmark; updated once per text under a lock.
        self.counts: collections.Counter[str] = collections.Counter()
        self._counts_lock = threading.Lock()
        self._parsers = [
            (grammar, parser(grammar.rule, self._tokenizer)) for grammar in self.grammars
        ]
        # the characters that keep a text from being scanned in lower case
        # (Grammar.folded), made with the folded triggers for the first long text
        self._unfoldable: Optional[Pattern[str]] = None

    def __repr__(self) -> str:
        custom = self.grammars[len(self.types):]
        extra = f', grammars={[grammar.name for grammar in custom]!r}' if custom else ''
        return f'Extractor(types={list(self.types)!r}{extra})'

    def __reduce__(self) -> tuple[Any, ...]:
        # Parsers hold lambdas and a 15 MB analyzer; a copy rebuilds them
        # (a custom grammar travels by the name of its module: Grammar.__reduce__).
        custom = self.grammars[len(self.types):]
        return (functools.partial(Extractor, grammars=custom, prefilter=self.prefilter,
                                  reference_date=self.reference_date), (self.types,))

    def extract(self, text: str, reference_date: Optional[datetime.date] = None) -> list[Fact]:
        """All facts in ``text``, sorted by ``(span.start, -span.stop)``.

        ``reference_date`` overrides the extractor's for this call."""
        _check_text(text)
        # of the same length, so the facts' offsets hold for the text given
        text = in_one_alphabet(text)
        active = []
        # where each active grammar's trigger first matches: its windows are
        # looked for from there, so that the text is scanned once per grammar
        # (a trigger such as money's costs some 0.3 us per character)
        first_match: dict[str, int] = {}
        lowered = self._lowered(text)
        for grammar, parser in self._parsers:
            trigger, scanned = _trigger_and_text(grammar, text, lowered)
            found = trigger.search(scanned)
            if found is not None:
                first_match[grammar.name] = found.start()
            if found is not None or not self.prefilter:
                active.append((grammar, parser))
        if not active:
            return []
        with _gc_paused(), decimal.localcontext(_EXACT), using_reference(reference_date or self.reference_date):
            return self._extract(text, active, first_match=first_match, lowered=lowered)

    def _lowered(self, text: str) -> Optional[str]:
        """``text`` in lower case, character for character, when the
        triggers find in it what they find in ``text`` (Grammar.folded)."""
        unfoldable = self._unfoldable
        if unfoldable is None:
            if len(text) < FOLD_FROM:
                return None
            unsafe = ''.join(sorted({character for grammar in self.grammars if grammar.folded
                                     for character in grammar.folded[1]}))
            unfoldable = self._unfoldable = re.compile(f'[{re.escape(unsafe)}]' if unsafe else '(?!)')
        lowered = text.lower()
        if len(lowered) != len(text) or unfoldable.search(text):
            return None
        return lowered

    def _extract(self, text: str, active: list[tuple[Grammar, Any]],
                 trace: Optional[Callable[..., None]] = None,
                 first_match: Optional[dict[str, int]] = None, lowered: Optional[str] = None) -> list[Fact]:
        # The text is tokenized whole, to find its sentences, but only the
        # tokens of some window are made (most of a text lies in none).
        pieces = self._tokenizer.pieces(text)
        starts, types = pieces.starts, pieces.types
        sentence_ends = _sentence_ends(pieces.values, types, starts)
        sentence_starts = [0] + [pieces.stops[end - 1] for end in sentence_ends[:-1]]

        def sentence_of(position: int) -> int:
            return bisect.bisect_right(sentence_starts, position)

        from . import earley
        from .morph import was_analysed

        analyzed: dict[int, Any] = {}
        facts: set[Fact] = set()
        parsed = rejected = 0
        for grammar, parser in active:
            if self.prefilter:
                anchor = None
                if grammar.anchor is not None:
                    def anchor(index: int, test: Callable[[Any], bool] = grammar.anchor) -> bool:
                        if index not in analyzed:
                            analyzed[index] = self._tokenizer.analyzed(pieces.token(index))
                        return test(analyzed[index])
                trigger, scanned = _trigger_and_text(grammar, text, lowered)
                windows = _windows(trigger, scanned, len(types), starts, sentence_ends, grammar.reach, anchor,
                                   (first_match or {}).get(grammar.name, 0))
            else:
                windows = ((start, stop, stop) for start, stop in zip([0] + sentence_ends[:-1], sentence_ends))
            candidates: dict[tuple[int, int], _Candidate] = {}
            for start, stop, last_trigger in windows:
                window = []
                last_start = None
                for index in range(start, stop):
                    if index == last_trigger + 1 and grammar.anchored:
                        # A mention of an anchored grammar holds a trigger
                        # match, so none starts after the last one.
                        last_start = len(window) - 1
                    if types[index] == EOL:
                        continue  # a line break inside a sentence is only wrapping
                    # Morphology only where some grammar parses, once per token.
                    if index not in analyzed:
                        analyzed[index] = self._tokenizer.analyzed(pieces.token(index))
                    window.append(analyzed[index])
                if trace:
                    trace('window', grammar, window)
                elif not earley.can_match(parser, window):
                    # Every match of this grammar holds a word that the
                    # window lacks (a capitalized name, a noun of a document).
                    rejected += 1
                    continue
                parsed += 1
                for key, candidate in _find_facts(parser, grammar, window, text, trace, last_start).items():
                    # A match inside the overlap of two windows is found in both.
                    candidates.setdefault(key, candidate)
            found = _resolve(candidates)
            if grammar.resolve is not None:
                # A grammar may look across its matches, e.g. to give an amount
                # the currency named earlier in the sentence.
                found = grammar.resolve(found, text, sentence_of)
            for fact in found:
                if not isinstance(getattr(fact, 'span', None), Span):
                    raise TypeError(f'grammar {grammar.name!r} gave {fact!r}, which is not a fact with a span')
            facts.update(found)
        with self._counts_lock:
            counts = self.counts
            counts['texts'] += 1
            counts['windows parsed'] += parsed
            counts['windows rejected'] += rejected
            # tokens of some window (or looked at by an anchor), and those of
            # them that got morphology: every Russian word among them
            counts['tokens in windows'] += len(analyzed)
            counts['words analysed'] += sum(1 for token in analyzed.values() if was_analysed(token))
        # A set: one fact may be found in two windows of a long sentence.
        return sorted(facts, key=_sort_key)

    __call__ = extract


@functools.lru_cache(maxsize=None)
def _builtin(module: ModuleType) -> Grammar:
    return Grammar.from_module(module)


@functools.lru_cache(maxsize=None)
def _default_extractor(types: tuple[str, ...]) -> Extractor:
    return Extractor(types)


def extract(text: str, types: Optional[Iterable[TypeSpec]] = None, *,
            reference_date: Optional[datetime.date] = None) -> list[Fact]:
    """Facts of the given types (all by default) in ``text``.

    ``types`` takes fact classes or their lowercase names. Non-str text raises
    ``TypeError``; an unknown type raises ``ValueError``; ``""`` gives ``[]``.
    ``reference_date`` resolves relative dates of the facts that carry one
    (an agreement's ``when``).

    >>> extract('Рост составил 4,4%.')
    [Percent(span=Span(start=14, stop=18), value=Decimal('4.4'), max_value=None, unit='percent', qualifier=None)]
    """
    _check_text(text)
    return _default_extractor(_resolve_types(types)).extract(text, reference_date)
