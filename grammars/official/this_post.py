""""На этом посту", "этот пост занимал": a post named before, held by the person the phrase names.

Appointment news names the new holder and the post, then the one before:
"Правительство назначило Тимура Ахмадуллина руководителем агентства. На этом
посту он сменил Олега Панкратова", "Совет директоров назначил генеральным
директором Кирилла Фомина. Он сменит на этом посту Илью Бережного", "Иван
Петров назначен министром финансов. На этом посту его сменил Олег Зуев",
"Министром финансов назначен Иван Петров. Ранее этот пост занимал Олег
Котов", "Она сменила на посту Рустама Гарипова". The post "this post"
refers to is the last one a fact holds, in the
same sentence or the one before; the person named right after the phrase
and a verb of replacing, or after the phrase and "занимал", held it too,
before or after that fact's holder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Optional

from factlex.facts import Official, Person, Span

from ..person import name_parser
from .anaphora import person_of_name

__all__ = ['name_at', 'with_this_post']

_THIS_POST = re.compile(r'\b[Нн]а\s+(?:этом|том|данном)\s+посту\b|\b[Нн]а\s+(?:этой|той|данной)\s+должности\b')
# "сменил", "сменит", "сменив", "заменила": the person named is the one replaced or replacing
_REPLACING = re.compile(r'(?<![А-ЯЁа-яё])(?:смени|замени)(?:л|ла|т|в|вший|вшая)?(?![А-ЯЁа-яё])', re.IGNORECASE)
# Between the phrase and the name: the verb, and the pronoun of the other holder
_BETWEEN = re.compile(r'(?:\s+(?:его|её|ее|он|она|(?:смени|замени)(?:л|ла|т|в)?))*\s+')
# How far back the post may be named
_POST_REACH = 300


def with_this_post(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and an Official for each person that "на этом посту" and a
    verb of replacing, or "этот пост" and "занимал", tie to the post a fact
    before holds. The mention runs
    from that fact's to the name (facts come in the order of their mentions'
    starts, the longer first).

    >>> from factlex import extract
    >>> text = 'Иван Петров назначен министром финансов. На этом посту его сменил Олег Зуев.'
    >>> [(fact.position, fact.person.name) for fact in extract(text, types=['official'])]
    [('министр финансов', 'Олег Зуев'), ('министр финансов', 'Иван Петров')]
    """
    found = list(found)
    added = []
    for phrase in _THIS_POST.finditer(text):
        sentence = sentence_of(phrase.start())
        clause = text[max(0, phrase.start() - 30):phrase.end() + 30]
        if not _REPLACING.search(clause):
            continue  # "На этом посту он провёл десять лет": no one else is named
        post = _post_before(found, phrase.start(), sentence, sentence_of, text)
        between = _BETWEEN.match(text, phrase.end())
        if post is None or between is None:
            continue
        added += _another_holder(post, name_at(text, between.end()))
    for phrase in _REPLACED_ON_POST.finditer(text):
        # "Она сменила на посту Рустама Гарипова": "на посту" with no post
        # after it is the post just named
        post = _post_before(found, phrase.start(), sentence_of(phrase.start()), sentence_of, text)
        if post is not None and not _post_word_at(text, phrase.end()):
            added += _another_holder(post, name_at(text, phrase.end()))
    for phrase in _HELD_THIS.finditer(text):
        # "Ранее этот пост занимал Олег Котов", "эту должность с 2021 года
        # занимал ...": the name after the verb holds or held this post too
        held = _HOLDING_AFTER.match(text, phrase.end())
        post = _post_before(found, phrase.start(), sentence_of(phrase.start()), sentence_of, text) if held else None
        if post is not None:
            added += _another_holder(post, name_at(text, held.end()))
    return found + added


def _another_holder(post: Official, person: Optional[Person]) -> list[Official]:
    """The Official of ``person`` in the post of ``post``, from that fact's
    mention to the name; none without a person, or for the fact's own holder."""
    if person is None or person.span is None or person.last == (post.person.last if post.person else None):
        return []
    return [Official(Span(post.span.start, person.span.stop), post.position, person=person,
                     organization=post.organization, place=post.place)]


# A verb of replacing, "на посту" and a name right after it, no post between
_REPLACED_ON_POST = re.compile(r'(?<![А-ЯЁа-яё])(?:смени|замени)(?:л|ла|т|в)\s+на\s+посту\s+(?=[А-ЯЁ][а-яё])')
# "этот пост", "эту должность" as the object of holding, and the verb after a
# few words of time: "этот пост с 2021 года занимал Руслан Шогенов"
_HELD_THIS = re.compile(r'(?<![А-ЯЁа-яё])(?:[Ээ]тот|[Дд]анный)\s+пост(?![А-ЯЁа-яё])|(?<![А-ЯЁа-яё])(?:[Ээ]ту|[Дд]анную)\s+должность(?![А-ЯЁа-яё])')
_HOLDING_AFTER = re.compile(r'(?:\s+[а-яё0-9]+){0,3}?\s+занима(?:л|ла|ли|ет|ют)\s+')


def _post_before(found: list[Official], position: int, sentence: int,
                 sentence_of: Callable[[int], int], text: str) -> Optional[Official]:
    """The last fact that ends before ``position``, in its sentence or the
    one before, whose post is what its holder is or becomes."""
    before = [fact for fact in found if fact.span.stop <= position and position - fact.span.stop <= _POST_REACH
              and sentence - sentence_of(fact.span.start) <= 1 and _predicate_post(fact, text)]
    return max(before, key=lambda fact: fact.span.stop, default=None)


_WORD = re.compile(r'[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*')


def _predicate_post(fact: Official, text: str) -> bool:
    """Whether the fact's post word stands in the nominative or the
    instrumental, as the post its holder is or becomes does ("стал
    ректором", "назначило Ахмадуллина руководителем"); a genitive post is
    another phrase's ("четвёртым главой Пентагона за годы президента Обамы,
    сменив на этом посту Хейгела": this post is not Obama's)."""
    from factlex.morph import morph_analyzer

    head = fact.position.split()[0]
    analyze = morph_analyzer()
    for word in _WORD.finditer(text, fact.span.start, fact.span.stop):
        forms = [form for form in analyze(word.group().lower()) if form.normalized == head]
        if forms:
            # one holder's post is singular: "директора" is no nominative here
            return any(form.grams.values & {'nomn', 'ablt'} and 'plur' not in form.grams.values for form in forms) \
                and not _HELD_BEFORE.search(text, fact.span.start, word.start())
    return False


# "ранее занимавшую пост директора": a post held before, not the one taken
_HELD_BEFORE = re.compile(r'(?<![А-ЯЁа-яё])(?:ранее|прежде|до\s+этого|бывш[а-яё]*|экс-)(?![А-ЯЁа-яё])', re.IGNORECASE)


def _post_word_at(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a post's head ("на посту Министра финансов")."""
    from factlex.morph import morph_analyzer

    from .post import HEAD_WORDS

    word = _WORD.match(text, start)
    return word is not None and any(form.normalized in HEAD_WORDS for form in morph_analyzer()(word.group().lower()))


def name_at(text: str, start: int) -> Optional[Person]:
    """The person whose name begins at ``start``, in the case it stands in."""
    if not text[start:start + 1].isupper():
        return None
    from factlex import earley

    parser = name_parser()
    tokens = list(parser.tokenizer(text[start:start + 80]))
    match = next((match for match in earley.findall(parser, tokens) if match.span.start == 0), None)
    if match is None or not match.fact.last or not match.fact.first:
        return None  # a surname alone could be any capitalized word here
    return person_of_name(match.fact, start)
