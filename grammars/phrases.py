"""Noun phrases and names put into the nominative from their matched tokens.

"Южной Осетией" -> "Южная Осетия", "двум странам" -> "две страны",
"Бараком Обамой" -> "Барак Обама", "Минпромторгом" -> "Минпромторг".
Only the head noun and the words agreeing with it before it decline; the
governed words after the head stay as written ("администрацией области" ->
"администрация области").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any, Optional

from factlex import normalize
from factlex.morph import inflect, is_known

from .blocks.words import IsOrgShaped, known_grams

__all__ = ['INFLECTED_ABBREVIATION', 'is_person_name', 'join', 'name_nominative', 'phrase_nominative', 'readings']

_ADJECTIVES = {'ADJF', 'PRTF', 'Anum'}
_PROPER = {'Name', 'Surn', 'Patr'}
_NOT_PERSON = {'Geox', 'Orgn', 'Abbr', 'Trad'}
# "двум странам" -> "две страны": after 2, 3 and 4 the noun is a genitive singular.
_PAUCAL = {'два', 'три', 'четыре', 'оба', 'полтора'}
INFLECTED_ABBREVIATION = re.compile(r'([A-ZА-ЯЁ]{2,})[а-яё]{1,2}$')


def join(tokens: Sequence[Any], words: Optional[Sequence[str]] = None) -> str:
    """Words joined with the spacing their tokens had in the text: "55-летний"."""
    words = list(words) if words is not None else [token.value for token in tokens]
    parts = []
    for index, (token, word) in enumerate(zip(tokens, words, strict=True)):
        if index and token.span.start > tokens[index - 1].span.stop:
            parts.append(' ')
        parts.append(word)
    return ''.join(parts)


def readings(token: Any, cases: Optional[Collection[str]] = None, grams: Collection[str] = ()) -> list[Any]:
    """The token's readings in one of ``cases`` (any when None) having one of ``grams``."""
    return [
        form for form in getattr(token, 'forms', None) or ()
        if (cases is None or set(cases) & form.grams.values or 'Fixd' in form.grams.values)
        and (not grams or set(grams) & form.grams.values)
    ]


def _inflect(form: Any, grams: set[str], original: str) -> str:
    word = inflect(form, grams) or inflect(form, {'nomn'}) or original.lower()
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def is_person_name(tokens: Sequence[Any]) -> bool:
    """Whether capitalized words read as a person's name: "Барак Обама", "Нолан".

    A dictionary first name, surname or patronymic makes a name; so do words
    the dictionary does not know at all. A place, an organization or an
    abbreviation never does ("Россия", "Минпромторг", "ФИДЕ").
    """
    words = [token for token in tokens if token.value not in '-.']
    if not words or any(token.type != 'RU' or not token.value[:1].isupper() for token in words):
        return False
    # "Минском" is a town before it is the surname "Минский"; "Владимир" is a
    # first name before it is a town.
    if any(known_grams(token) & _NOT_PERSON and not known_grams(token) & {'Name', 'Patr'}
           and ('Geox' in known_grams(token) or not known_grams(token) & _PROPER) for token in words):
        return False
    if any(token.value.isupper() and len(token.value) > 1 for token in words):
        return False
    # "Минпромторг", "Росгвардия": a body's name, even when only guessed.
    if any(IsOrgShaped()(token) or any(form.grams.values & {'Orgn', 'Abbr'} for form in token.forms or ())
           for token in words):
        return False
    # "Си Цзиньпин", "Ху Цзиньтао": a short East Asian name the dictionary
    # knows as a common word, before a surname; "Нападающий" is no name.
    last = words[-1]
    return bool(known_grams(last) & _PROPER or not known_grams(last)) and all(
        known_grams(token) & _PROPER or not known_grams(token) or len(token.value) <= 3 for token in words[:-1]
    )


def name_nominative(tokens: Sequence[Any], cases: Collection[str]) -> str:
    """A person's name in the nominative: "Дмитрием Медведевым" -> "Дмитрий Медведев"."""
    cases = set(cases) or {'nomn'}
    words = [token for token in tokens if token.value not in '-.']
    # "решение президента Виктора Януковича": a name after a description may
    # be governed by it and stand in a case of its own.
    own = {case for form in readings(words[0], None, _PROPER) if is_known(form)
           for case in normalize.CASES if case in form.grams.values}
    if own and not own & cases:
        cases = own
    gender = None
    for token in words[:1] if len(words) > 1 else ():
        genders = {g for form in readings(token, cases, {'Name'}) for g in ('masc', 'femn') if g in form.grams.values}
        if len(genders) == 1:
            gender = genders.pop()
    gender = gender or normalize.name_gender([token.value for token in words], cases)
    result = []
    for token in tokens:
        if token.value in '-.':
            result.append(token.value)
            continue
        last = token is words[-1]
        part = 'last' if last or len(words) == 1 else ('middle' if readings(token, cases, {'Patr'}) else 'first')
        result.append(_name_word(token, part, cases, gender))
    return join(tokens, result)


def _name_word(token: Any, part: str, cases: set[str], gender: Optional[str]) -> str:
    if 'nomn' in cases and readings(token, {'nomn'}):
        return token.value
    gram = {'first': 'Name', 'middle': 'Patr', 'last': 'Surn'}[part]
    for form in readings(token, cases, {gram}):
        grams = form.grams.values
        if not is_known(form):
            continue
        if 'Fixd' in grams:
            return token.value  # "Шойгу", "Павлюченко"
        either = 'ms-f' in grams or 'Ms-f' in grams  # "Обамой" -> "Обама"
        if gender and gender not in grams and not either:
            continue
        return _inflect(form, {'nomn', 'sing'} | ({gender} if gender and not either else set()), token.value)
    return normalize.name_nominative(token.value, part, cases, gender)


def phrase_nominative(tokens: Sequence[Any], cases: Collection[str]) -> str:
    """A noun phrase in the nominative: its head noun and the words before it.

    The head is the first noun that may stand in one of ``cases``; the
    adjectives and numerals before it agree with it; what follows is governed
    by it and stays as written.
    """
    cases = set(cases) or {'nomn'}
    if len(tokens) == 1 and (inflected := INFLECTED_ABBREVIATION.match(tokens[0].value)):
        return inflected.group(1)  # "МИДом" -> "МИД"
    words = [token.value for token in tokens]
    head = None
    for index, token in enumerate(tokens):
        if token.value.isupper() and len(token.value) > 1:
            break  # an abbreviation does not decline
        nouns = readings(token, cases, {'NOUN'})
        adjective = readings(token, cases, _ADJECTIVES | {'NUMR'})
        if nouns and not (adjective and index + 1 < len(tokens) and readings(tokens[index + 1], cases, {'NOUN'})):
            head = index, nouns[0]
            break
    if head is None:
        return join(tokens, words)
    index, form = head
    grams = form.grams.values
    plural = 'plur' in grams and 'sing' not in grams
    paucal = [i for i in range(index) if readings(tokens[i], None, {'NUMR'})
              and readings(tokens[i], None, {'NUMR'})[0].normalized in _PAUCAL]
    gender = next((g for g in ('masc', 'femn', 'neut') if g in grams), None)
    if paucal:
        words[index] = _inflect(form, {'gent', 'sing'}, tokens[index].value)
    elif 'Fixd' not in grams:
        words[index] = _inflect(form, {'nomn', 'plur' if plural else 'sing'}, tokens[index].value)
    for position in range(index):
        token = tokens[position]
        numeral = readings(token, cases, {'NUMR'})
        adjective = readings(token, cases, _ADJECTIVES)
        if numeral:
            wanted = {'nomn'} | ({'femn'} if gender == 'femn' else set())
            words[position] = _inflect(numeral[0], wanted, token.value)
        elif adjective:
            if paucal or plural:
                wanted = {'nomn', 'plur'}
            else:
                wanted = {'nomn', 'sing'} | ({gender} if gender else set())
            words[position] = _inflect(adjective[0], wanted, token.value)
    return join(tokens, words)
