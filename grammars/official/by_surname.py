"""A post before a surname alone, held by the person the text names in full.

News names a person in full once and by the surname after that: "Президент
Франции Эммануэль Макрон прибыл в Берлин. ... переговоры с президентом
Макроном". A surname the dictionary knows ("президент Путин") the grammar
reads itself. Any other capitalized word after a post is as often a body
("президента Сбербанка"), a place or a first name, so here it is read as a
surname only when the text names someone in full with it: a first name or an
initial right before another occurrence of the word, in any case
("Эммануэль Макрон", "Эммануэля Макрона", "Э. Макрон").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Optional

from factlex.facts import Official, Person, Span

from ..tokens import attribute_tokens
from .anaphora import person_of_name
from .assembly import post_parser
from .checks import head_token, plausible, post_cases
from .context import reject
from .fields import organization_of, place_of, position_of
from .post import RELATIONAL_HEADS, TRIGGER

__all__ = ['with_surname_holders']

# A capitalized word of letters: a surname, possibly double ("Кузьмин-Караваев")
_CAPITALIZED = re.compile(r'(?<![А-ЯЁа-яёA-Za-z.\-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![А-ЯЁа-яёA-Za-z\-])')
# The endings a surname takes in its cases: "Макрон-ом", "Смирнов-ой", "Вишневск-ого"
_ENDING = re.compile(r'(?:ого|его|ому|ему|ыми|ами|ой|ою|ом|ем|ым|им|ых|их|ую|ая|ий|ый|а|я|у|ю|е|ы|и)$')
# How far before the surname the post may begin: a head, its modifiers and a body
_POST_REACH = 160
# A sentence's end: the post and the surname are in one sentence
_SENTENCE_END = re.compile(r'[.!?…]\s')


def _stem(word: str) -> str:
    """The word less its case ending, when at least four letters are left."""
    word = word.lower().replace('ё', 'е')
    ending = _ENDING.search(word)
    if ending is not None and ending.start() >= 4:
        return word[:ending.start()]
    return word


def with_surname_holders(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and an Official for each post followed by a surname alone
    that the text also gives with a first name or an initial.

    >>> from factlex import extract
    >>> text = 'Эммануэль Макрон прибыл в Берлин. Переговоры с президентом Макроном продлились час.'
    >>> [(fact.position, fact.person.last) for fact in extract(text, types=['official'])]
    [('президент', 'Макрон')]
    """
    found = list(found)
    taken = [fact.span for fact in found]
    people: dict[str, Optional[Person]] = {}
    added = []
    for word in _CAPITALIZED.finditer(text):
        start, stop = word.span()
        if any(span.start < stop and start < span.stop for span in taken):
            continue
        if not TRIGGER.search(text, max(0, start - _POST_REACH), start):
            continue  # most capitalized words: no post word before them
        if _names_no_one(word.group()) or _after_a_capitalized_word(text, start, sentence_of):
            continue
        stem = _stem(word.group())
        if stem not in people:
            people[stem] = _named_in_full(text, stem, start)
        person = people[stem]
        if person is None:
            continue
        fact = _post_before(text, start, stop, person, sentence_of)
        if fact is not None and not reject(fact, text):
            added.append(fact)
            taken.append(fact.span)
    return found + added


def _named_in_full(text: str, stem: str, skip: int) -> Optional[Person]:
    """The person the text names with a first name or an initial before a
    word of ``stem`` (elsewhere than at ``skip``), in the nominative."""
    from factlex import earley

    from ..person import name_parser

    parser = name_parser()
    pattern = re.compile(r'(?<![А-ЯЁа-яё\-])(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.)\s*(?:[А-ЯЁ][а-яё]+\s+|[А-ЯЁ]\.\s*)?'
                         r'(%s[а-яё]{0,3})(?![А-ЯЁа-яё\-])' % re.escape(stem[:1].upper() + stem[1:]))
    for occurrence in pattern.finditer(text):
        if occurrence.start(1) == skip or _stem(occurrence.group(1)) != stem:
            continue
        tokens = list(parser.tokenizer(text[occurrence.start():occurrence.end()]))
        for match in earley.findall(parser, tokens):
            raw = match.fact
            if raw.first and raw.last and match.span.stop == len(occurrence.group()) and _given_name(raw):
                person = person_of_name(raw, occurrence.start())
                if person is not None and person.last and _stem(person.last) == stem:
                    return person
    return None


def _post_before(text: str, start: int, stop: int, person: Person,
                 sentence_of: Callable[[int], int]) -> Optional[Official]:
    """The Official of the post phrase that ends right before the surname at
    ``start``..``stop``, in the surname's case."""
    from factlex import earley
    from factlex.morph import morph_analyzer

    begin = max(0, start - _POST_REACH)
    for end in _SENTENCE_END.finditer(text, begin, start):
        if sentence_of(end.end()) == sentence_of(start):
            break
        begin = end.end()
    parser = post_parser()
    tokens = list(parser.tokenizer(text[begin:start]))
    if not tokens:
        return None
    best = None
    for match in earley.findall(parser, tokens):
        if match.span.stop == tokens[-1].span.stop:
            best = match
    if best is None:
        return None
    raw = best.fact
    if any('PREP' in form.grams.values for form in getattr(head_token(raw), 'forms', ())):
        return None  # "После огласки истории Рахмани": "после" is also "посол" in the locative
    word = text[start:stop]
    cases = {case for form in morph_analyzer()(word.lower()) if 'NOUN' in form.grams.values
             for case in form.grams.values & {'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'}}
    if word.lower() == person.last.lower():
        cases.add('nomn')
        if word[-1] in 'оиуэюеы':
            cases |= {'gent', 'datv', 'accs', 'ablt', 'loct'}  # "Шойгу", "Токаеву" do not decline alike
    agreed = post_cases(raw) & cases
    if not agreed:
        return None
    position = position_of(raw, agreed, attribute_tokens(raw, 'tail'))
    if not plausible(raw, agreed, cases) or set(position.split()) & RELATIONAL_HEADS:
        return None  # "представитель Теру", "советника Макрона": as often whose adviser
    holder = Person(Span(start, stop), None, None, person.last)
    return Official(Span(begin + best.span.start, stop), position, person=holder,
                    organization=organization_of(raw), place=place_of(raw))


def _names_no_one(word: str) -> bool:
    """Whether the dictionary reads the word as a place, an organization or
    a patronymic ("Приморья"), which a text's full name does not make a surname."""
    from factlex.morph import is_known, morph_analyzer

    return any(form.grams.values & {'Geox', 'Orgn', 'Patr'} and is_known(form)
               for form in morph_analyzer()(word.lower()))


_WORD_BEFORE = re.compile(r'([А-ЯЁа-яё]+)\s+$')


def _after_a_capitalized_word(text: str, start: int, sentence_of: Callable[[int], int]) -> bool:
    """Whether a capitalized word that is not a place stands right before
    the surname inside the sentence: "Эмир Кустурица", "Лоренцо Бини Смаги"
    are names of two words; "президента Франции Макрона" has a place."""
    from factlex.morph import is_known, morph_analyzer

    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper() or before.group(1).isupper():
        return False
    if before.start(1) == 0 or sentence_of(before.start(1) - 1) != sentence_of(before.start(1)) \
            or re.search(r'[.!?…\n]["»”]?\s*$', text[max(0, before.start(1) - 4):before.start(1)]):
        return False  # the sentence's first word: "Президент Макрон"
    return not any(form.grams.values & {'Geox', 'Orgn'} and is_known(form)
                   for form in morph_analyzer()(before.group(1).lower()))


def _given_name(raw: object) -> bool:
    """Whether the first name of a name match is a dictionary first name or an initial."""
    from factlex.morph import is_known

    first = attribute_tokens(raw, 'first')
    return bool(first) and (first[0].value.endswith('.') or len(first[0].value) == 1 or any(
        'Name' in form.grams.values and is_known(form) for form in getattr(first[0], 'forms', ()) or ()))
