"""A post's country named by an adjective: "белорусский лидер Александр Лукашенко", "глава российского МИД Сергей Лавров"."""

from __future__ import annotations

import re

import attrs

from factlex.facts import Official, Span
from factlex.normalize import CASES

from ..blocks.places import PLACE_OF_ADJECTIVE
from .checks import forms_agree
from .context import WORD_BEFORE
from .post import POSITIONS

__all__ = ['PLACE_OF_ADJECTIVE', 'with_adjective_place']

#: Kinds of posts (``data/positions.tsv``) whose country an adjective before
#: them names: "белорусский лидер". Before a calling it names the holder's
#: nationality instead ("итальянский голкипер", "американский продюсер").
PUBLIC_KINDS = frozenset({'state', 'diplomatic', 'party', 'military', 'judicial', 'monarch'})
_PUBLIC_HEADS = frozenset(head for kind, head in POSITIONS if kind in PUBLIC_KINDS)

_WORD = re.compile(r'[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*')


def with_adjective_place(fact: Official, text: str) -> Official:
    """``fact`` with the place an adjective names, when it has none: one
    inside the mention before the holder ("глава российского МИД Сергей
    Лавров"), or one right before a mention that opens with the post and
    agrees with its first word ("Белорусский лидер Александр Лукашенко"),
    which the mention then takes in.

    >>> from factlex.facts import Person
    >>> text = 'Белорусский лидер Александр Лукашенко заявил.'
    >>> fact = Official(Span(12, 37), 'лидер', Person(Span(18, 37), 'Александр', None, 'Лукашенко'))
    >>> found = with_adjective_place(fact, text)
    >>> found.place, text[found.span.start:found.span.stop]
    ('Белоруссия', 'Белорусский лидер Александр Лукашенко')
    """
    if fact.place is not None:
        return fact
    person = fact.person
    opens_with_post = person is None or person.span is None or person.span.start > fact.span.start
    stop = person.span.start if person is not None and person.span is not None and opens_with_post else fact.span.stop
    organization = (fact.organization or '').lower().split()
    for word in _WORD.finditer(text, fact.span.start, stop):
        # a body's adjective, in the genitive after the post ("российского
        # МИД"); a nominative one describes the holder ("стал французский
        # продюсер"), and one inside the body's own name names no place
        # ("Ассоциации российских банков")
        if word.group(0).islower() and word.group(0) not in organization \
                and (place := _place_of(word.group(0), {'gent'})):
            return attrs.evolve(fact, place=place)
    if not opens_with_post:
        return fact
    before = WORD_BEFORE.search(text, max(0, fact.span.start - 40), fact.span.start)
    head = _WORD.match(text, fact.span.start)
    if before is None or head is None or not _public(fact.position) or not (place := _place_of(before.group(1))):
        return fact
    from factlex.morph import morph_analyzer

    adjectives = [form for form in morph_analyzer()(before.group(1).lower()) if 'ADJF' in form.grams.values]
    nouns = [form for form in morph_analyzer()(head.group(0).lower()) if 'NOUN' in form.grams.values]
    if not forms_agree(adjectives, nouns):
        return fact
    return attrs.evolve(fact, span=Span(before.start(1), fact.span.stop), place=place)


def _public(position: str) -> bool:
    """Whether the head of ``position`` is a public office, not a calling."""
    return any(word in _PUBLIC_HEADS for word in position.split())


def _place_of(word: str, cases: frozenset[str] | set[str] = frozenset(CASES)) -> str | None:
    """The place the adjective names, read in one of ``cases``; None if it names none."""
    from factlex.morph import is_known, morph_analyzer

    for form in morph_analyzer()(word.lower()):
        if 'ADJF' in form.grams.values and is_known(form) and form.normalized in PLACE_OF_ADJECTIVE \
                and form.grams.values & cases:
            return PLACE_OF_ADJECTIVE[form.normalized]
    return None
