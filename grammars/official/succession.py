"""Facts of a post held for a time or passed on: a tenure ("во время президентства Виктора Януковича") and a succession ("Борисов сменил Рогозина на посту гендиректора")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

from factlex.facts import Official

from ..person import name_cases, person_nominative
from ..tokens import attribute_tokens, tokens_span
from .checks import is_list, link_participle_cases, post_word_in_name
from .fields import organization_of, person_of, place_of, position_of, post_tail
from .names import agrees, known_surname_reading
from .post import TENURE_ADJECTIVES, TENURE_NOUNS

__all__ = ['succession_facts', 'tenure_facts', 'tenure_position']


def tenure_position(raw: Any) -> Optional[str]:
    """The post whose tenure the head names ("президентства" -> "президент"); None for a post's own head."""
    head = attribute_tokens(raw, 'head')
    for form in getattr(head[0], 'forms', ()) if head else ():
        position = TENURE_NOUNS.get(form.normalized) or TENURE_ADJECTIVES.get(form.normalized)
        if position is not None:
            return position
    return None


def tenure_facts(raw: Any, tokens: list, position: str) -> Iterator[Official]:
    """"во время президентства Виктора Януковича": the one whose tenure it
    was held the post; the name is a genitive, a surname alone one the
    dictionary knows."""
    if is_list(raw) or not agrees(raw, {'gent'}) or 'gent' not in name_cases(raw):
        return
    if not raw.first and not known_surname_reading(attribute_tokens(raw, 'last')):
        return
    holder = person_of(raw, {'gent'})
    if holder is not None:
        yield Official(tokens_span(tokens), position, person=holder)


def succession_facts(raw: Any, tokens: list, cases: set[str]) -> Iterator[Official]:
    """"Борисов сменил Рогозина на посту гендиректора": one who takes the
    post, in the nominative, and one who held it, in the accusative; a fact
    for each, the post in the genitive after "на посту", "в должности"."""
    if 'gent' not in cases:
        return
    # "Бахтадзе, сменившему ...": a participle agrees with the name, and shows its case
    successor_cases = link_participle_cases(raw, 'succession') or {'nomn'}
    if raw.first and not name_cases(raw) & successor_cases:
        return  # "На посту директора Анна Волкова сменила Игоря Ляпина" read the other way round
    successor = person_of(raw, successor_cases)
    if post_word_in_name(attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')):
        successor = None  # "Президент Путин сменил ...": a post's word is no first name
    before = person_nominative({name: attribute_tokens(raw, f'{name}_before') for name in ('first', 'middle', 'last')},
                               {'accs'})
    for holder, parts in ((successor, ('first', 'last')), (before, ('first_before', 'last_before'))):
        # a surname alone must be one the dictionary knows: "сменил Рогозина", not any word
        if holder is not None and not (getattr(raw, parts[0]) or known_surname_reading(attribute_tokens(raw, parts[1]))):
            return
    tail, typed = post_tail(raw)
    position, organization, place = position_of(raw, cases, tail), organization_of(raw, typed), place_of(raw)
    for holder in (successor, before):
        if holder is not None:
            yield Official(tokens_span(tokens), position, person=holder, organization=organization, place=place)
