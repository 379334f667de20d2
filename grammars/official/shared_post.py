"""A plural post before a plural link verb, held by each person listed after it.

"Первыми заместителями председателя стали депутат Госдумы Ирина Сафонова и
бывший мэр Смоленска Руслан Ахмедов": the grammar reads each holder after
the verb with a post of their own; the plural post before the verb is
theirs too. The holders follow the verb one after another, joined by "и" or
a comma.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from factlex.facts import Official, Span

from ..sentences import sentence_bounds
from .anaphora import post_from

__all__ = ['with_shared_posts']

# "стали", "избраны", "назначены": a link verb in the plural, after the post
# it ties its holders to ("Заместителями губернатора стали ..."); the forms
# spelled out, so that the text is searched before any word is analysed
_PLURAL_LINK = re.compile(r'(?<=[а-яё]) (?:стали|избраны|переизбраны|назначены|утверждены|были|являются|являлись)'
                          r' (?=[а-яёА-ЯЁ])')
# an instrumental plural among the words before the verb: the post's head
_PLURAL_INSTRUMENTAL = re.compile(r'[а-яё](?:ами|ями)(?![а-яё])')
# "Её заместителями": whose post, left out of it
_POSSESSIVE = re.compile(r'(?:[Ее]го|[Ее]ё|[Ее]е|[Ии]х)\s+')
# what joins the next holder to the list: "и", ", а также", ","
_JOINT = re.compile(r'\s*(?:,\s*а\s+также|,\s*и|,|и)\s+')


def with_shared_posts(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and, for each holder listed after a plural post and its
    plural link verb, that post held by them as well.

    >>> from factlex import extract
    >>> text = 'Её заместителями стали ректор МГУ Иван Петров и мэр Казани Олег Ким.'
    >>> sorted((fact.position, fact.person.name) for fact in extract(text, types=['official']))[:2]
    [('заместитель', 'Иван Петров'), ('заместитель', 'Олег Ким')]
    """
    found = list(found)
    added: list[Official] = []
    for link in _PLURAL_LINK.finditer(text):
        start, _ = sentence_bounds(text, link.start(), sentence_of)
        # the clause from the last stop or comma: the sentence splitter takes a
        # short lower-case word before a dot for an abbreviation ("в 2012
        # году. Первыми ..." is one sentence to it; factlex.streaming.ends_no_sentence)
        clause = max(start, *(text.rfind(mark, start, link.start()) + 1 for mark in ',;:.!?'))
        while clause < link.start() and text[clause] in ' \t\n«"':
            clause += 1
        if (possessive := _POSSESSIVE.match(text, clause)) is not None:
            clause = possessive.end()
        if not _PLURAL_INSTRUMENTAL.search(text, clause, link.start()):
            continue
        post = post_from(text, clause, link.start(), {'ablt'}, plural=True)
        if post is None or text[post[0].stop:link.start()].strip():
            continue  # the post must run up to the verb
        span, position, organization, place = post
        for holder in _listed_holders(found, text, link.end()):
            if not any(fact.person == holder.person and fact.position == position for fact in found + added):
                added.append(Official(Span(span.start, holder.span.stop), position, person=holder.person,
                                      organization=organization, place=place))
    return found + added


def _listed_holders(found: list[Official], text: str, start: int) -> list[Official]:
    """The facts, each of a holder named with their own post, that follow
    one another from ``start``, joined by "и" or a comma."""
    holders: list[Official] = []
    position = start
    while True:
        following = next((fact for fact in found if fact.span.start == position and fact.person is not None
                          and fact.person.span is not None and fact.person.first), None)
        if following is None:
            return holders
        holders.append(following)
        joint = _JOINT.match(text, following.span.stop)
        if joint is None:
            return holders
        position = joint.end()
