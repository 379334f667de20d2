"""A second predicate of the person a sentence opens with.

A sentence that opens with someone's full name may tell two things of them,
the second after ", а" or "и" and perhaps a word of time: "Ислам Мусаев
окончил МГУ, а затем работал советником министра финансов", "Ильин
возглавлял Томск три года, а до этого работал заместителем губернатора",
"Анна Котова родилась в Омске и с 2015 года работала министром спорта". The
second verb, a link verb or one of holding an office (read as the pronoun's
are: ``anaphora.link_to_post``), ties the person to the post after it. The
verb may be left out after the first predicate's post: "работал заместителем
министра финансов, а затем министром экономики", "а ранее — министром
финансов" (the post in the instrumental, as a link verb's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Optional

from factlex.facts import Official, Person, Span

from ..sentences import TIME_OPENING, finer_sentence_start, sentence_bounds
from .anaphora import link_to_post, post_from, pronoun_antecedent, verb_gender_after
from .by_surname import name_pairs, named_in_full_before
from .assembly import post_parser
from .this_post import name_at

__all__ = ['with_second_predicates']

NamePairs = dict[str, list[tuple[int, int, int]]]

# ", а", "и", ", а затем": where the second predicate begins, before a verb of
# holding within a few words ("а до этого работал", "и с 2015 года был")
_JOINT = re.compile(r'(?:,\s+а|\s+и|,\s+(?=затем|потом|позже|позднее|впоследствии|после\s+чего))\s*'
                    r'(?=(?:[а-яё0-9–—-]+\s+){0,4}(?:стал|был|работал|проработал|занимал|занял|'
                    r'назначен|избран|являлся|являлась|служил|трудил|исполнял))')
# Words that open a clause of its own between the name and the joint: the
# second predicate may be that clause's subject's
_SUBORDINATE = re.compile(r'(?<![а-яё])(?:что|чтобы|который|которая|которое|которые|которого|которой|где|когда|если|'
                          r'пока|хотя|чей|чья|чьи)(?![а-яё])', re.IGNORECASE)
# A capitalized word after the opening name: another person may be the subject
_CAPITALIZED_PAIR = re.compile(r'[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+')
# How far the joint may stand from the name
_REACH = 160


def with_second_predicates(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and an Official for each post a second predicate ties to
    the person the sentence opens with.

    >>> from factlex import extract
    >>> text = 'Ислам Мусаев окончил МГУ, а затем работал советником министра финансов.'
    >>> [(fact.position, fact.person.name) for fact in extract(text, types=['official'])]
    [('советник министра финансов', 'Ислам Мусаев')]
    """
    found = list(found)
    added: list[Official] = []
    # a sentence's subject and where its own words begin, read once for all its joints
    subjects: dict[int, tuple[Optional[Person], int]] = {}
    # where the text may name someone in full, read once when a surname alone opens a sentence
    pairs = functools.cache(lambda: name_pairs(text))

    def subject(joint: re.Match[str]) -> tuple[Optional[Person], int]:
        start, stop = sentence_bounds(text, joint.start(), sentence_of)
        start = finer_sentence_start(text, start, joint.start())
        if start not in subjects:
            subjects[start] = _opening_person(text, start, found, sentence_of, pairs)
        person, clause = subjects[start]
        if person is None or not _clause_of_its_own(text[clause:joint.start()]):
            return None, stop
        return person, stop

    def hold(person: Person, post: Optional[tuple[Span, str, Optional[str], Optional[str]]]) -> None:
        if post is None:
            return
        span, position, organization, place = post
        if not any(fact.span.start < span.stop and span.start < fact.span.stop for fact in found + added):
            added.append(Official(Span(person.span.start, span.stop), position, person=person,
                                  organization=organization, place=place))

    for joint in _JOINT.finditer(text):
        person, stop = subject(joint)
        if person is None:
            continue
        tokens = list(post_parser().tokenizer(text[joint.end():stop]))
        link = link_to_post(tokens)
        if link is None or _own_subject(tokens[:link[0]]):
            continue
        gender = verb_gender_after(text, joint.end())
        if gender is not None and gender != verb_gender_after(text, person.span.stop):
            continue  # "Петров окончил МГУ, а затем работала ...": another's verb
        index, cases = link
        hold(person, post_from(text, joint.end() + tokens[index].span.start, stop, cases))
    for joint in _ELLIPSIS.finditer(text):
        person, stop = subject(joint)
        if person is not None and _first_post(found + added, person, joint.start()):
            hold(person, post_from(text, joint.end(), stop, {'ablt'}))
    return found + added


# ", а затем министром экономики", ", а ранее — министром финансов": the
# verb of the first predicate left out of the second, whose post stands in
# the instrumental as the first's does
_ELLIPSIS = re.compile(r',\s+а\s+(?:затем|потом|позже|позднее|впоследствии|ранее|прежде|до\s+этого|после\s+этого)'
                       r'(?:\s*[—–-])?\s+(?=[а-яё])')


def _first_post(found: list[Official], person: Person, joint: int) -> bool:
    """Whether a fact gives the person a post that ends right before the
    joint: "работал заместителем министра, а затем"."""
    return any(fact.person is not None and fact.person.last == person.last and fact.span.start <= person.span.start
               and 0 <= joint - fact.span.stop <= 2 for fact in found)


#: Nouns of time that stand in the nominative's form before a verb without
#: being its subject: "долгое время был", "два года работал"
_TIME_NOUNS = {'время', 'год', 'месяц', 'неделя', 'день', 'срок', 'период'}


def _own_subject(tokens: list) -> bool:
    """Whether the words before the second verb hold a subject of its own:
    "а его брат стал министром", "и она была"."""
    for token in tokens:
        forms = getattr(token, 'forms', ()) or ()
        if forms and forms[0].grams.values & {'NOUN', 'NPRO'} and 'nomn' in forms[0].grams.values \
                and forms[0].normalized not in _TIME_NOUNS:
            return True
    return False


# A sentence that opens with a pronoun, or with a full name (tested before any word is parsed)
_PRONOUN = re.compile(r'[Оо]на?\s')
_TWO_CAPITALIZED = re.compile(r'[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]')
_OPENING_WORD = re.compile(r'[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![А-ЯЁа-яё])')


def _opening_person(text: str, start: int, found: list[Official], sentence_of: Callable[[int], int],
                    pairs: Callable[[], NamePairs]) -> tuple[Optional[Person], int]:
    """The person whose full name opens the sentence at ``start`` in the
    nominative, or whose surname does when the text names them in full
    before ("Ильин возглавлял Томск ..."), or whom "Он", "Она" stands for; and
    where the words of that subject's own clause begin."""
    sentence_start = start
    while start < len(text) and text[start] in ' \t\n«"„':
        start += 1
    if (time := TIME_OPENING.match(text, start)) is not None:
        start = time.end()  # "В 2003–2010 годах Дроздов руководил ...": the time, then the subject
    if _PRONOUN.match(text, start):
        # "Он окончил МГУ, а затем работал ...": the one person the sentence before names
        return pronoun_antecedent(text, start, sentence_start, sentence_of), start
    if not _TWO_CAPITALIZED.match(text, start):
        # "Ильин возглавлял ...", "Виктор Дроздов родился ... Дроздов руководил
        # ...": the surname of one named in full before, with a post or none
        word = _OPENING_WORD.match(text, start)
        person = word and named_in_full_before(text, word.start(), word.group(), found, sentence_of, pairs())
    else:
        person = name_at(text, start)
        if person is None or person.span is None or not person.first or not person.last:
            return None, start
        written = ' '.join(text[person.span.start:person.span.stop].split()).replace('ё', 'е')
        nominative = ' '.join(part for part in (person.first, person.middle, person.last) if part).replace('ё', 'е')
        if written != nominative:
            return None, start  # not in the nominative: not plainly the subject
    return person, person.span.stop if person is not None and person.span is not None else start


def _clause_of_its_own(between: str) -> bool:
    """Whether the words between the subject and the joint are its own
    predicate's: near, with no clause or other name of their own."""
    return not (len(between) > _REACH or _SUBORDINATE.search(between) or _CAPITALIZED_PAIR.search(between))
