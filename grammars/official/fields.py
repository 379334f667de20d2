"""The fields of an Official read off a match, in the nominative: the
position (a post's modifiers, head and governed words), the organization and
the place; the person; and which governed words belong to the post, not
to its body."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Optional

from ..blocks.orgs import ORG_TYPE_WORDS
from ..blocks.words import MINISTRY_OF_GENITIVE, IsAbbreviation, IsOrgShaped, known_grams
from factlex import normalize
from factlex.facts import Person

from ..person import person_nominative
from ..phrases import (
    AGREEING,
    INFLECTED_ABBREVIATION,
    NOUNS,
    agrees_as_attribute,
    case_readings,
    cases_of,
    head_phrase_nominative,
    hyphenated_place_nominative,
    inflect_as,
    join,
    settlement_nominative,
)
from ..tokens import attribute_tokens
from .body import ARABIC_ARTICLES
from .checks import head_token, is_relational
from .post import GENERIC_BODIES, HEAD_WORDS, INDECLINABLE_HEADS, MODIFIERS, POSSESSIVES


def position_of(raw: Any, cases: set[str], tail: Sequence[Any]) -> str:
    acting = attribute_tokens(raw, 'acting')
    modifiers = attribute_tokens(raw, 'modifiers')
    head = attribute_tokens(raw, 'head')
    tail = [token for token in tail if token.value.lower() not in POSSESSIVES]  # "глава его аппарата"
    if acting:
        # "исполняющего обязанности губернатора": only the participle agrees;
        # the post after it stays in the genitive.
        words = [token.value.lower() for token in acting + modifiers + head + tail]
        for index, token in enumerate(acting):  # "временно исполняющим": the participle
            readings = [form for form in case_readings(token, cases, AGREEING) if form.normalized == 'исполнять']
            if readings:
                # "исполнявший обязанности": the post is named in the present, as its holder was called then
                words[index] = inflect_as(readings[0], {'nomn', 'sing', 'masc', 'pres'}, token.value, proper=False) \
                    if 'past' in readings[0].grams.values else \
                    inflect_as(readings[0], {'nomn', 'sing', 'masc'}, token.value, proper=False)
        return join(acting + modifiers + head + tail, words)
    core = modifiers + head
    if head_token(raw).value.lower() in INDECLINABLE_HEADS:
        # "замглавы", "управделами": as written, in lower case, and the governed
        # words after it; the adjectives before it agree with a man's post
        # ("военным атташе" -> "военный атташе")
        words = [token.value.lower() for token in core]
        for index, token in enumerate(modifiers):
            readings = case_readings(token, cases, AGREEING) or case_readings(token, set(normalize.CASES), AGREEING)
            if readings:
                words[index] = inflect_as(readings[0], {'nomn', 'sing', 'masc'}, token.value, proper=False).lower()
        return join(core, words) + join(core[-1:] + tail)[len(core[-1].value):]
    # A plural post ("сенаторы Пол и Рубио") is each holder's post: "сенатор".
    phrase = head_phrase_nominative(core, cases, proper=False, nouns=HEAD_WORDS, singular=True,
                                    adjectives=MODIFIERS).lower()
    if not any('ё' in token.value.lower() for token in core):
        phrase = phrase.replace('ё', 'е')  # spelled as the text spells it: "дирижер", "партнер"
    if tail and head and head[-1].value.islower() and (noun := _agreeing_person_noun(head[-1], tail[0], cases)):
        # "управляющего партнёра": the head is an adjective of the person's noun after it
        word = inflect_as(noun, {'nomn', 'sing'}, tail[0].value, proper=False).lower()
        phrase += ' ' + (word if 'ё' in tail[0].value.lower() else word.replace('ё', 'е'))
        core, tail = core + tail[:1], tail[1:]
    # The governed words keep their form and the spacing they had; a generic
    # body is written in lower case ("председатель Правительства" -> "правительства").
    written = [token.value.lower() if _is_generic_body(token) else token.value for token in tail]
    # ("заместители премьер-министра": the first part of a compound is no plural of its own)
    compound = len(tail) > 1 and tail[1].value == '-' and tail[0].span.stop == tail[1].span.start
    if tail and not compound and (one := _one_of_many(head[-1] if head else None, tail[0], cases)) is not None:
        written[0] = one
    rest = join(core[-1:] + tail, [core[-1].value] + written)[len(core[-1].value):]
    return phrase + rest


def _one_of_many(head: Any, following: Any, cases: set[str]) -> Optional[str]:
    """The genitive plural after a plural post in the singular: each holder
    of "председатели правительств России и Белоруссии", "мэры городов" heads
    one ("председатель правительства", "мэр города"). A plural that has no
    singular of its own ("иностранных дел" after its adjective) stays."""
    if head is None or not following.value.islower():
        return None
    plural_head = case_readings(head, cases, {'NOUN'})
    if not plural_head or any('plur' not in form.grams.values for form in plural_head):
        return None
    nouns = [form for form in getattr(following, 'forms', ()) if {'NOUN', 'gent'} <= form.grams.values]
    if not nouns or any('plur' not in form.grams.values or form.grams.values & {'Pltm', 'Sgtm'} for form in nouns):
        return None
    word = inflect_as(nouns[0], {'gent', 'sing'}, following.value, proper=False)
    return word if word != following.value.lower() else None


def _agreeing_person_noun(head: Any, following: Any, cases: set[str]) -> Any:
    """The reading of a person's noun after an adjectival head that agrees
    with it in case and number ("управляющего партнёра"), or None."""
    adjectives = case_readings(head, cases, AGREEING)
    for noun in case_readings(following, cases, {'NOUN'}):
        if 'anim' in noun.grams.values and any(agrees_as_attribute(adjective.grams.values, noun.grams.values)
                                               for adjective in adjectives):
            return noun
    return None


def _is_generic_body(token: Any) -> bool:
    return any(form.normalized in GENERIC_BODIES for form in getattr(token, 'forms', ()))


def organization_of(raw: Any, typed: bool = False, name: str = 'organization') -> Optional[str]:
    tokens = attribute_tokens(raw, name)
    opening = [index for index, token in enumerate(tokens) if token.value == '«']
    if len(opening) == 2:
        tokens = tokens[opening[1]:]  # "«Концерн «Калашников»": the name inside, without its kind
    tokens = [token for token in tokens if token.value not in '«»"„“”']
    if not tokens and name == 'organization' and raw.foreign_body:
        foreign = attribute_tokens(raw, 'foreign_body')
        if foreign[0].value.lower() in ARABIC_ARTICLES:
            # "Аль-Джазиры": the name after the article declines
            return join(foreign, [token.value for token in foreign[:-1]] + [head_phrase_nominative(foreign[-1:], proper=True)])
        return join(foreign)  # "Ассошиэйтед Пресс", "Би-би-си" do not decline
    if not tokens and name == 'organization':
        tokens = attribute_tokens(raw, 'owner_body')
        if tokens and not known_grams(tokens[0]) and is_relational(raw) and not IsOrgShaped()(tokens[0]):
            # "советник Текслера": after a post held under someone a word the
            # dictionary does not know is rather a person than a body
            return None
    if not tokens:
        return None
    if len(tokens) == 1 and (inflected := INFLECTED_ABBREVIATION.match(tokens[0].value)):
        return inflected.group(1)  # "МИДа" -> "МИД"
    if raw.org_type or typed or all(not getattr(token, 'forms', None) or IsAbbreviation()(token) for token in tokens) or (
        IsAbbreviation()(tokens[0]) and (tokens[1].value.lower() in {'имени', 'им'} or tokens[1].value.islower())
    ):
        # After "госкорпорации" the name stands in the nominative as written;
        # so do "ФСБ", "OpenAI", "МГУ имени Ломоносова" and "НИИ скорой
        # помощи", whose governed words keep their case
        return join(tokens)
    if len(tokens) == 1 and MINISTRY_OF_GENITIVE.match(tokens[0].value):
        return tokens[0].value  # "Минприроды", "Минцифры": "Мин" and a genitive do not decline
    if len(tokens) == 1 and not known_grams(tokens[0]) and IsOrgShaped()(tokens[0]) and 'gent' in cases_of(tokens[0]):
        # "Горздрава": a body the dictionary does not know, governed by the
        # post, is a genitive, though a guess reads it a nominative too
        return head_phrase_nominative(tokens, {'gent'}, proper=True)
    # "Государственного собрания — Курултая": each name on its own
    return _each_part_nominative(tokens, lambda side: head_phrase_nominative(side, proper=True))


def place_of(raw: Any, name: str = 'place') -> Optional[str]:
    for name, cases in ((name, {'gent'}), ('host_place', {'loct', 'datv'})):
        tokens = attribute_tokens(raw, name)
        kind = attribute_tokens(raw, 'region_kind')
        if tokens and kind:
            return _region(tokens[0], kind[0])
        if tokens:
            # "Ханты-Мансийского автономного округа — Югры": each name on its own
            return _each_part_nominative(tokens, lambda side: _place_nominative(side, cases), places=True)
    return None


def _each_part_nominative(tokens: Sequence[Any], nominative: Callable[[Sequence[Any]], str],
                          places: bool = False) -> str:
    """A name and its other name after a dash ("Ханты-Мансийского
    автономного округа — Югры"), each put into the nominative; with
    ``places``, two places joined by "и" as well ("Дальнего Востока и
    Арктики"; a body's name keeps its own "и": "Департамента информации и печати")."""
    for joint_words in (('—', '–'), ('и',) if places else ()):
        joint = next((index for index, token in enumerate(tokens) if index and token.value in joint_words), None)
        if joint is not None and joint + 1 < len(tokens):
            return f'{nominative(tokens[:joint])} {tokens[joint].value} {nominative(tokens[joint + 1:])}'
    return nominative(tokens)


def _place_nominative(tokens: Sequence[Any], cases: set[str]) -> str:
    if all(token.value.isupper() for token in tokens if getattr(token, 'forms', None)):
        return join(tokens)  # "РФ", "США"
    if len(tokens) >= 3 and tokens[0].value.islower() and tokens[1].value.islower():
        tokens = tokens[1:]  # "индийского штата Керала": the country's adjective is no part of the place
    if len(tokens) >= 2 and tokens[0].value.islower():
        return settlement_nominative(tokens, cases)
    if (hyphenated := hyphenated_place_nominative(tokens, cases)) is not None:
        return hyphenated
    return head_phrase_nominative(tokens, cases, proper=True)


def _region(adjective: Any, kind: Any) -> str:
    """"Тульской" of "Тульской и Калужской областей" -> "Тульская область"."""
    nouns = case_readings(kind, {'gent'}, NOUNS)
    if not nouns:
        return join([adjective, kind])
    noun = inflect_as(nouns[0], {'nomn', 'sing'}, kind.value, proper=False)
    gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in nouns[0].grams.values), 'femn')
    adjectives = case_readings(adjective, {'gent'}, {'ADJF'})
    word = inflect_as(adjectives[0], {'nomn', 'sing', gender}, adjective.value, proper=True) if adjectives else adjective.value
    return f'{word} {noun}'


def post_tail(raw: Any) -> tuple[list, bool]:
    """The governed words that belong to the post, and whether the kind of
    body that ended them was moved to the organization."""
    tail = attribute_tokens(raw, 'tail')
    organization = attribute_tokens(raw, 'organization') or attribute_tokens(raw, 'owner_body')
    typed = False
    if tail and organization and tail[-1].span.stop <= organization[0].span.start and any(
        form.normalized in ORG_TYPE_WORDS for form in getattr(tail[-1], 'forms', ())
    ) and not (len(tail) > 1 and tail[-2].value == '-'):  # "пресс-службы" is one word
        # "директор офиса госкорпорации «Росатом»", "полузащитник футбольного
        # клуба Челси": the kind of body, and what describes it, belong to the
        # organization, not to the post.
        tail, typed = tail[:-1], True
        tail = _without_describing(tail)
    org_type = attribute_tokens(raw, 'org_type')
    if tail and org_type and tail[-1].span.stop <= org_type[0].span.start:
        # "художественный руководитель московского театра «Современник»": the
        # adjectives before the kind of body describe the body
        tail = _without_describing(tail)
    return tail, typed


def _without_describing(tail: list) -> list:
    """``tail`` without the lower-case adjectives it ends in."""
    while tail and tail[-1].value.islower() and any('ADJF' in form.grams.values for form in getattr(tail[-1], 'forms', None) or ()):
        tail = tail[:-1]
        if len(tail) > 1 and tail[-1].value == '-':
            tail = tail[:-2]  # "музейно-выставочного": a compound adjective goes whole
    return tail


def person_of(raw: Any, cases: set[str], suffix: str = '') -> Optional[Person]:
    """The person, in the nominative, whose name parts are the attributes
    ending in ``suffix`` ("2", "3" for the further holders of a list), read in ``cases``."""
    return person_nominative({name: attribute_tokens(raw, name + suffix) for name in ('first', 'middle', 'last')}, cases,
                             _head_gender(raw) or _subject_gender(raw, suffix))


def _subject_gender(raw: Any, suffix: str) -> Optional[str]:
    """The gender of a verb in the past after a surname alone, whose subject
    it is: "Ланской занимал пост" is a man, whom "-ой" would make a woman's
    oblique case of "Ланская"."""
    if suffix or attribute_tokens(raw, 'first'):
        return None
    last = attribute_tokens(raw, 'last')
    link = attribute_tokens(raw, 'link')
    if not last or not link or link[0].span.start < last[-1].span.stop:
        return None
    genders = {gender for form in getattr(link[0], 'forms', ()) or ()
               if {'VERB', 'past', 'sing'} <= form.grams.values for gender in ('masc', 'femn') if gender in form.grams.values}
    return genders.pop() if len(genders) == 1 else None


def _head_gender(raw: Any) -> Optional[str]:
    """'femn' when the post is a woman's ("кронпринцессе Виктории" is Виктория,
    not Викторий), else None."""
    forms = [form for form in getattr(head_token(raw), 'forms', ()) or () if 'anim' in form.grams.values]
    if forms and all('femn' in form.grams.values and 'ms-f' not in form.grams.values for form in forms):
        return 'femn'
    return None
