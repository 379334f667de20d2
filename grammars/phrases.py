"""Noun phrases and names put into the nominative from their matched tokens.

"Южной Осетией" -> "Южная Осетия", "двум странам" -> "две страны",
"Бараком Обамой" -> "Барак Обама", "Минпромторгом" -> "Минпромторг".
Only the head noun and the words agreeing with it before it decline; the
governed words after the head stay as written ("администрацией области" ->
"администрация области").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Optional

from factlex import normalize
from factlex.facts import Person
from factlex.morph import frequency, inflect, is_known

from .blocks.names import EAST_ASIAN_FAMILIES
from .blocks.places import SETTLEMENT_ABBREVIATIONS
from .blocks.words import IsOrgShaped, known_grams, name_forms
from .tokens import tokens_span

__all__ = [
    'AGREEING', 'INFLECTED_ABBREVIATION', 'NOUNS', 'case_readings', 'cases_of', 'head_phrase_nominative', 'inflect_as',
    'is_person_name', 'join', 'name_nominative', 'person_nominative', 'phrase_nominative', 'readings',
    'settlement_nominative',
]

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


def _inflected(form: Any, grams: set[str], original: str) -> str:
    """``form`` inflected to ``grams``, else to the nominative, else ``original``, in lower case."""
    word = inflect(form, grams) or inflect(form, {'nomn'}) or original.lower()
    if 'ADJF' in form.grams.values and (by_ending := _adjective_ending(original.lower(), grams)) \
            and not word.replace('ё', 'е').startswith(by_ending[:-2].replace('ё', 'е')):
        # pymorphy2 files "высшей" under "высокий" and would give "высочайшая":
        # an adjective keeps its stem and changes its ending only
        word = by_ending
    return word


def _inflect(form: Any, grams: set[str], original: str) -> str:
    word = _inflected(form, grams, original)
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


##########
#   POSTS, BODIES AND HOLDERS
##########
# The nominative of a post's head phrase, of a settlement and of a holder's
# name, read with the cases the post phrase allows (grammars/official).

def cases_of(token: Any, lemmas: Optional[Iterable[str]] = None, number: str = 'sing') -> set[str]:
    """The cases ``token`` may stand in, read in ``number`` with one of ``lemmas``.

    A post names one person, so "директора" is a genitive singular here, not
    the nominative plural it can also be; only a list of names makes it plural.
    """
    lemmas = set(lemmas) if lemmas is not None else None
    cases = set()
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        if (lemmas is None or form.normalized in lemmas) and (number in grams or 'Fixd' in grams):
            cases |= {case for case in normalize.CASES if case in grams}
    return cases


def case_readings(token: Any, cases: set[str], parts_of_speech: set[str]) -> list[Any]:
    return [
        form for form in getattr(token, 'forms', ())
        if cases & form.grams.values and parts_of_speech & form.grams.values
    ]


def inflect_as(form: Any, grams: set[str], original: str, *, proper: bool) -> str:
    """``form`` inflected to ``grams`` (else to the nominative, else ``original``
    in lower case), capitalized as ``original`` when it is a ``proper`` name."""
    word = _inflected(form, grams, original)
    return word[:1].upper() + word[1:] if proper and original[:1].isupper() else word


# The nominative endings stay ("Высшая" is no "Высочайшая" either).
_NOMINATIVE_ENDINGS = {
    'femn': (('ая', 'ая'), ('яя', 'яя'), ('ой', 'ая'), ('ей', 'ая'), ('ую', 'ая'), ('юю', 'яя')),
    'masc': (('ый', 'ый'), ('ий', 'ий'), ('ой', 'ой'), ('ого', 'ый'), ('его', 'ий'), ('ому', 'ый'), ('ему', 'ий'),
             ('ым', 'ый'), ('им', 'ий'), ('ом', 'ый'), ('ем', 'ий')),
    'neut': (('ое', 'ое'), ('ее', 'ее'), ('ого', 'ое'), ('его', 'ее'), ('ому', 'ое'), ('ему', 'ее'), ('ым', 'ое'),
             ('им', 'ее'), ('ом', 'ое'), ('ем', 'ее')),
}


def _adjective_ending(word: str, grams: set[str]) -> Optional[str]:
    """An oblique adjective put into the nominative singular by its ending alone: "высшей" -> "высшая"."""
    gender = next((gender for gender in ('femn', 'masc', 'neut') if gender in grams), None)
    if 'nomn' not in grams or 'plur' in grams or gender is None:
        return None
    for ending, nominative in _NOMINATIVE_ENDINGS[gender]:
        if word.endswith(ending):
            return word[:-len(ending)] + nominative
    return None


NOUNS = {'NOUN'}
#: What agrees with a post's head before it: "первого заместителя", "двух".
AGREEING = {'ADJF', 'PRTF', 'NUMR'}


def head_phrase_nominative(tokens: Sequence[Any], cases: Optional[set[str]] = None, *, proper: bool,
                           nouns: Optional[set[str]] = None, singular: bool = False,
                           adjectives: Collection[str] = ()) -> str:
    """A noun phrase in the nominative: its head noun and what agrees before it.

    "Челябинской области" -> "Челябинская область", "Верховного суда" ->
    "Верховный суд"; words after the head noun are governed by it and stay as
    written ("Совета Федерации" -> "Совет Федерации"). ``nouns`` limits which
    dictionary words may be the head; of the readings of a word before it
    those with a lemma in ``adjectives`` come first ("окружной", not "окружный").
    """
    words = [token.value for token in tokens]
    declining = [
        index for index, token in enumerate(tokens)
        if getattr(token, 'forms', None)
        and not (index + 1 < len(tokens) and tokens[index + 1].value == '-')  # "Ханты-", "вице-"
    ]
    if cases and nouns:
        # "директора-распорядителя", "премьера-министра": a post before the
        # hyphen declines too; "вице-" and "пресс-" do not.
        for index, token in enumerate(tokens[:-1]):
            readings = [form for form in case_readings(token, cases, NOUNS) if form.normalized in nouns]
            if tokens[index + 1].value == '-' and readings:
                words[index] = inflect_as(readings[0], {'nomn', 'sing'}, token.value, proper=proper)
    if cases is None and declining:
        # "Сухопутными войсками": a body may be named in the plural
        cases = cases_of(tokens[declining[0]]) or cases_of(tokens[declining[0]], number='plur') or {'nomn'}
    cases = cases or {'nomn'}
    head = None
    for position, index in enumerate(declining):
        readings = case_readings(tokens[index], cases, NOUNS)
        if nouns is not None:
            readings = [form for form in readings if form.normalized in nouns]
        following = declining[position + 1] if position + 1 < len(declining) else None
        # "Московского государственного университета": an adjective before
        # another word that agrees is no head, though a surname reads so too
        agrees_with_next = (
            following is not None and following == index + 1
            and case_readings(tokens[index], cases, AGREEING) and case_readings(tokens[following], cases, NOUNS | AGREEING)
        )
        if readings and not agrees_with_next:
            head = (index, readings[0])
            break
    if head is None and nouns is not None and declining:
        # "уполномоченного", "управляющим", "заведующему": a post named by an
        # adjective or a participle declines as one
        readings = case_readings(tokens[declining[-1]], cases, AGREEING)
        masculine = [form for form in readings if 'masc' in form.grams.values]
        if readings:
            head = (declining[-1], (masculine or readings)[0])
    if head is None:
        return join(tokens, words)
    head_index, head_form = head
    plural_only = 'plur' in head_form.grams.values and 'sing' not in head_form.grams.values
    number = 'plur' if plural_only and not singular else 'sing'
    gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in head_form.grams.values), None)
    words[head_index] = inflect_as(head_form, {'nomn', number}, tokens[head_index].value, proper=proper)
    grams = {'nomn', number} | ({gender} if gender and number == 'sing' else set())
    for index in declining:
        if index >= head_index:
            break
        readings = sorted(case_readings(tokens[index], cases, AGREEING), key=lambda form: form.normalized not in adjectives)
        if readings:
            words[index] = inflect_as(readings[0], grams, tokens[index].value, proper=proper)
    # "Папе Римскому" -> "папа римский": adjectives that end the phrase after
    # its head agree with it; in "федерации лёгкой атлетики" one agrees with the next noun
    head_number = 'plur' if 'plur' in head_form.grams.values else 'sing'
    trailing = [
        [form for form in case_readings(tokens[index], cases, {'ADJF'}) if head_number in form.grams.values]
        for index in range(head_index + 1, len(tokens))
    ]
    if all(trailing) and all(index in declining for index in range(head_index + 1, len(tokens))):
        for index, adjectives in enumerate(trailing, head_index + 1):
            words[index] = inflect_as(adjectives[0], grams, tokens[index].value, proper=proper)
    return join(tokens, words)


def hyphenated_place_nominative(tokens: Sequence[Any], cases: set[str]) -> Optional[str]:
    """A city named by a noun and a hyphen, in the nominative: "Каменска-Уральского"
    -> "Каменск-Уральский", "Ростова-на-Дону" -> "Ростов-на-Дону"; None when
    ``tokens`` are no such name."""
    if len(tokens) < 3 or tokens[1].value != '-':
        return None
    nouns = [form for form in readings(tokens[0], cases, {'NOUN'}) if 'Geox' in form.grams.values]
    if not nouns:
        return None
    noun = nouns[0]
    rest = tokens[2:]
    if len(rest) == 1 and (adjectives := readings(rest[0], cases, {'ADJF'})):
        gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in noun.grams.values), 'masc')
        second = _inflect(adjectives[0], {'nomn', 'sing', gender}, rest[0].value)
    elif len(rest) == 3 and rest[0].value == 'на' and rest[1].value == '-':
        second = join(rest)  # "на-Дону" stays as written
    else:
        return None
    return _inflect(noun, {'nomn', 'sing'}, tokens[0].value) + '-' + second


def settlement_nominative(tokens: Sequence[Any], cases: set[str]) -> str:
    """"города Иванова" -> "Иваново", "штата Миннесота" -> "штат Миннесота",
    "города Сергиев Посад" -> "Сергиев Посад": the name in the nominative
    when it is one word that declines along; a region keeps its kind."""
    kind, name = tokens[0], tokens[1:]
    if kind.value in SETTLEMENT_ABBREVIATIONS and name[:1] and name[0].value == '.':
        return join(name[1:], _settlement_name_words(name[1:], cases))  # "г. Тулы": the place is Tula
    kind_readings = case_readings(kind, cases, NOUNS)
    words = [inflect_as(kind_readings[0], {'nomn', 'sing'}, kind.value, proper=False) if kind_readings else kind.value]
    words += _settlement_name_words(name, cases)
    if any(form.normalized in TOWNS for form in kind_readings):
        return join(name, words[1:])  # "мэр города Москвы": the place is Moscow
    return join(tokens, words)


def _settlement_name_words(name: Sequence[Any], cases: set[str]) -> list[str]:
    """The words of a settlement's name after its kind: the name declines
    along when it is one word that reads as a place in the kind's case."""
    declined = case_readings(name[0], cases, {'Geox'}) if len(name) == 1 else []
    return [inflect_as(declined[0], {'nomn'}, name[0].value, proper=True)] if declined else [token.value for token in name]


TOWNS = {'город', 'село', 'посёлок', 'станица', 'деревня'}


def person_nominative(parts: dict[str, list[Any]], cases: set[str], gender: Optional[str] = None) -> Optional[Person]:
    """The person named by the tokens of its ``first``, ``middle`` and ``last``
    parts, each part in the nominative, with one gender for all of them
    (``gender`` when the caller knows it, as from a woman's title)."""
    tokens = sorted((token for part in parts.values() for token in part), key=lambda token: token.span.start)
    if not tokens:
        return None
    cases = _instrumental_shown(parts, cases)
    gender = gender or _gender(parts, cases)
    names = {name: _part_nominative(part, name, cases, gender) if part else None for name, part in parts.items()}
    last, first = parts.get('last') or (), parts.get('first') or ()
    if len(last) == 1 and first and last[0].span.start > first[-1].span.start and last[0].value[:1].isupper() \
            and not _known_surname(last, cases, gender) \
            and _undeclined(last[0].value, _cases_shown(first[0], cases), gender or _gender_of_given(names['first'])):
        names['last'] = last[0].value  # "Жаиром Болсонару", "Болы Тинубу", "Луису Арсе"
    if len(last) == 1 and first and last[0].span.start < first[0].span.start and last[0].value in EAST_ASIAN_FAMILIES:
        # "с министром Чжоу Цзяньмином": the family name before the given one
        # does not decline; only the given name does
        names['last'] = last[0].value
    return Person(tokens_span(tokens), names['first'], names['middle'], names['last'])


_INSTRUMENTAL_ENDINGS = ('ом', 'ем', 'ым', 'им')


def shows_instrumental(token: Any) -> bool:
    """Whether a surname shows the instrumental by its ending ("Паудьялом",
    "Мендешем") and the dictionary has no nominative of it."""
    return token.value.lower().endswith(_INSTRUMENTAL_ENDINGS) and not any(
        'nomn' in form.grams.values for form in getattr(token, 'forms', ()) if is_known(form))


def _instrumental_shown(parts: dict[str, list[Any]], cases: set[str]) -> set[str]:
    """``cases``, narrowed to the instrumental when a surname shows it: in
    "министром Бишну Прасад Паудьялом" the surname's "-ом" says that "Бишну"
    is an instrumental too (it does not decline), not an accusative."""
    if 'ablt' not in cases or len(cases) == 1:
        return cases
    if any(shows_instrumental(token) for token in parts.get('last', ())[-1:]):
        return {'ablt'}
    if any(_first_name_shows_instrumental(token) for token in parts.get('first', ())[:1]):
        return {'ablt'}  # "Болой Тинубу", "Жаиром Болсонару": the given name declines, the surname not
    return cases


_FIRST_NAME_INSTRUMENTAL = ('ом', 'ем', 'ой', 'ёй')


def _first_name_shows_instrumental(token: Any) -> bool:
    """Whether a given name shows the instrumental by its ending and has
    only instrumental readings as a name ("Жаиром", "Болой"; not "Сергей",
    whose "-ей" is a nominative)."""
    if not token.value.lower().endswith(_FIRST_NAME_INSTRUMENTAL):
        return False
    forms = [form for form in getattr(token, 'forms', ()) or () if form.grams.values & {'Name', 'NOUN'}]
    known = [form for form in forms if is_known(form)]
    if known:
        return all('ablt' in form.grams.values for form in known)
    # a word the dictionary does not know: its guesses include an instrumental
    return any('ablt' in form.grams.values for form in forms)


#: "Карл III", "Льву XIV": a monarch's number, which never declines.
ROMAN_NUMERAL = re.compile(r'(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})$|L$')


def _part_nominative(part: Sequence[Any], name: str, cases: set[str], gender: Optional[str]) -> str:
    """One part of a name in the nominative, word by word.

    A part may hold several words: "бен Абдуррахманом Аль Тани", "Тайипом",
    "Карлом III". Particles and numbers stay as written; a word before the
    last one of a part declines as a first name does ("Абдуррахманом" ->
    "Абдуррахман"); the last one as the part itself.
    """
    if part[-1].value == '.':
        return join(part)  # an initial, "В.", "Дж."
    numeral = [token for token in part[1:] if ROMAN_NUMERAL.match(token.value)]
    words = _words(part[:len(part) - len(numeral)])
    result = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if (word[0].value[:1].islower() or word[0].value in _PARTICLES) and len(word) == 3 and word[1].value == '-' \
                and word[2].value[:1].isupper() and 'nomn' not in cases:
            # "аль-Асадом", "Бен-Гвира": the particle stays, the name after it declines
            paradigm = name if last else 'first'
            result.append(join(word[:2]) + normalize.name_nominative(word[2].value, paradigm, cases, gender))
        elif word[0].value[:1].islower() or word[0].value in _PARTICLES:
            result.append(join(word))
        elif len(words) == 1 and name == 'first' and (known := _known_first_name(word, cases, gender)):
            result.append(known)
        elif name == 'first' and len(word) == 3 and word[1].value == '-' and (
            known := _known_first_name(word[:1], cases - {'nomn'}, gender)
        ) and (second := _known_first_name(word[2:], cases - {'nomn'}, gender)):
            result.append(f'{known}-{second}')  # "Анной-Марией" -> "Анна-Мария"
        elif name == 'first' and len(word) == 3 and word[1].value == '-' and (
            second := _known_first_name(word[2:], cases - {'nomn'}, gender)
        ) and second != word[2].value:
            # "Франком-Вальтером": when the known name after the hyphen
            # declines, the part before it declines by its ending as well
            first = normalize.name_nominative(word[0].value, 'first', cases - {'nomn'}, gender)
            result.append(f'{first}-{second}')
        elif len(words) == 1 and name == 'last' and (known := _known_surname(word, cases, gender)):
            result.append(known)
        elif len(word) == 1 and (not last or name == 'first') and (known := _known_first_name(word, cases, gender)):
            result.append(known)  # "бен Хамадом Аль Тани"
        else:
            paradigm = name if last else 'first'
            if paradigm == 'middle' and not _is_patronymic(word[-1]):
                paradigm = 'first'  # "Тайипом": a second given name, no patronymic
            # pymorphy2 guesses an adjective of any word in "-ому": one it does
            # not know declines so only with an adjective's suffix ("Лановому",
            # not "Ньюсому")
            adjectival = len(word) != 1 or bool(known_grams(word[-1]) & {'ADJF', 'Surn'}) or bool(
                _ADJECTIVE_STEM.search(word[-1].value.lower()))
            result.append(normalize.name_nominative(join(word), paradigm, cases, gender, adjectival))
    return ' '.join(result + [token.value for token in numeral])


# The endings a surname that declines takes in each oblique case: a woman's
# as a noun or an adjective in "-а", a man's as one in a consonant or as one
# in "-а" too ("Манделы", "Небензю", "Зумой"). A surname with none of its
# case's endings does not decline ("с президентом Жаиром Болсонару"),
# whatever other word's form pymorphy2 takes it for ("Болсонару" as the
# dative of "Болсонар").
_FEMININE_ENDINGS = {
    'gent': ('ы', 'и', 'ой', 'ей'), 'datv': ('е', 'и', 'ой', 'ей'), 'accs': ('у', 'ю', 'ую'),
    'ablt': ('ой', 'ей', 'ёй', 'ою', 'ею'), 'loct': ('е', 'и', 'ой', 'ей'),
}
_CASE_ENDINGS = {
    'masc': {
        case: endings + _FEMININE_ENDINGS[case] for case, endings in {
            'gent': ('а', 'я', 'ого', 'его'), 'datv': ('у', 'ю', 'ому', 'ему'), 'accs': ('а', 'я', 'ого', 'его'),
            'ablt': ('ом', 'ем', 'ём', 'ым', 'им'), 'loct': ('е', 'и', 'ом', 'ем'),
        }.items()
    },
    'femn': _FEMININE_ENDINGS,
}


def _undeclined(word: str, cases: set[str], gender: Optional[str]) -> bool:
    """Whether a surname read in oblique ``cases`` has none of their
    endings for the person's gender: it does not decline ("Болы Тинубу",
    "Луису Арсе", "Жаиром Болсонару")."""
    endings = _CASE_ENDINGS.get(gender or '')
    if endings is None or not cases or not cases <= endings.keys():
        return False
    return not any(word.lower().endswith(ending) for case in cases for ending in endings[case])


def _gender_of_given(given: Optional[str]) -> Optional[str]:
    """'masc' for a given name the dictionary does not know that ends in a
    consonant, as a man's does ("Жаир"); None otherwise."""
    if given and given[-1].lower() in 'бвгджзклмнпрстфхцчшщ':
        return 'masc'
    return None


def _cases_shown(first: Any, cases: set[str]) -> set[str]:
    """``cases`` narrowed to those the given name's readings as a name
    have, when it declines ("Болы" is a genitive, "Луису" a dative)."""
    shown = {case for form in name_forms(first) for case in cases if case in form.grams.values}
    return shown or cases


_ADJECTIVE_STEM = re.compile(r'(?:ов|ев|н|ч|ж|ш|щ|к|г|х)(?:ому|ого|ым|ом|ему|его|им|ем)$')
_PARTICLES = {'Аль', 'Эль', 'Бен', 'Бин', 'Ибн', 'Абу', 'Дель', 'Делла', 'Ди', 'Де', 'Да', 'Ван', 'Фон', 'Ле', 'Ла', 'Дю'}


def _words(tokens: Sequence[Any]) -> list[list[Any]]:
    """Tokens grouped into the words they spell: "ас", "-", "Сиси" is one word."""
    words: list[list[Any]] = []
    for token in tokens:
        if words and token.span.start == words[-1][-1].span.stop:
            words[-1].append(token)
        else:
            words.append([token])
    return words


def _is_patronymic(token: Any) -> bool:
    return bool(known_grams(token) & {'Patr'}) or token.value.lower().endswith(('вич', 'вича', 'вичу', 'вичем', 'виче',
                                                                                  'вна', 'вны', 'вне', 'вну', 'вной', 'чна', 'чны', 'чной'))


def _as_written(word: str, original: str) -> str:
    """A dictionary form spelled as the text spells: capitalized, "е" for an unwritten "ё"."""
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    return word[:1].upper() + word[1:]


def _known_surname(part: Sequence[Any], cases: set[str], gender: Optional[str]) -> Optional[str]:
    """A dictionary surname in the nominative: "Яровой" -> "Яровая", "Шойгу"."""
    if len(part) != 1:
        return None
    token = part[0]
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        either = 'ms-f' in grams or 'Ms-f' in grams
        if 'Surn' in grams and is_known(form) and cases & grams and (gender is None or gender in grams or either):
            if 'Fixd' in grams:
                return token.value  # "Шойгу", "Матвиенко" do not decline
            # "Обамой" -> "Обама": a surname of either gender has one nominative
            inflected = inflect(form, {'nomn', gender} if gender and not either else {'nomn'})
            if inflected is not None:
                return _as_written(inflected, token.value)
    return None


def _known_first_name(part: Sequence[Any], cases: set[str], gender: Optional[str] = None) -> Optional[str]:
    """A dictionary first name in the nominative: "Эльвиры" -> "Эльвира".

    Of a woman's and a man's name spelled alike in a case ("Виктории": of
    Виктория and of Викторий), the one of ``gender``.
    """
    if len(part) != 1:
        return None
    # A declining name before a foreign one that does not decline: "Анне"
    # after "мэру" is "Анна", not "Анне" (Anne); "Кристине" is "Кристина".
    forms = sorted(getattr(part[0], 'forms', ()),
                   key=lambda form: (bool(gender) and gender not in form.grams.values, 'Fixd' in form.grams.values))
    for form in forms:
        grams = form.grams.values
        # a guess only of an indeclinable name ("Харви"): a guessed paradigm
        # makes a woman's dative of "Джассиме"
        if 'Name' in grams and cases & grams and ('sing' in grams or 'Fixd' in grams) and (
                is_known(form) or 'Fixd' in grams and (gender is None or gender in grams)):
            # (a guess of an indeclinable man's name says nothing of a woman:
            # "Сарданы Егоровны" is "Сардана")
            return _as_written(form.normalized, part[0].value)
    return None


def name_gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    """'masc' or 'femn' for the person the name's parts name, read in
    ``cases``; None when the name does not tell."""
    return _gender(parts, _instrumental_shown(parts, cases))


def _gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    for token in parts['first'][:1]:
        # a person is one: a plural reading says nothing of the gender;
        # pymorphy2's guesses are left out: it makes a woman of "Пекки",
        # "Эмирхане", "Нуну", whose surnames say they are men
        genders = {
            gender for form in name_forms(token) if cases & form.grams.values
            for gender in ('masc', 'femn') if gender in form.grams.values
        }
        if len(genders) == 1:
            return genders.pop()
    words = [token.value for name in ('middle', 'last') for token in parts[name]]
    gender = normalize.name_gender(words, cases)
    if gender is None and 'nomn' not in cases and cases & {'gent', 'accs'} and parts['last'] \
            and _MANS_GENITIVE.search(parts['last'][-1].value) and any(
                'masc' in form.grams.values and cases & form.grams.values for token in parts['first'][:1] for form in name_forms(token)):
        # "Иржи Дворжака": the dictionary has a man's and a woman's name
        # ("Иржа") here, and the surname is a man's, since a woman's in "-а"
        # has "-ой" or "-у" here, and one in a consonant does not decline
        return 'masc'
    if gender is None and parts['first'] and parts['last'] and _says_no_gender(parts['last'][-1]):
        # "о Валентине Матвиенко": "Валентине" is Валентин's and Валентина's,
        # and the surname does not tell; pymorphy2 finds the word a woman's
        # name four times as often
        gender = _likelier_gender(parts['first'][0])
    return gender


def _says_no_gender(token: Any) -> bool:
    """A surname spelled alike for a man and a woman in every case: "Матвиенко", "Шойгу", "Дюбуа"."""
    forms = [form for form in getattr(token, 'forms', ()) or () if is_known(form) and 'Surn' in form.grams.values]
    if forms:
        return all(form.grams.values & {'Fixd', 'ms-f', 'Ms-f'} for form in forms)
    return token.value.lower().endswith(('о', 'и', 'у', 'ю', 'э'))


def _likelier_gender(token: Any) -> Optional[str]:
    """The gender pymorphy2 finds a given name of at least twice as often as the other."""
    weight = {'masc': 0.0, 'femn': 0.0}
    scores = set()
    for form in getattr(token, 'forms', ()) or ():
        if 'Name' in form.grams.values and is_known(form):
            score = frequency(form)
            scores.add(score)
            for gender in weight:
                if gender in form.grams.values:
                    weight[gender] += score
    if len(scores) < 2:
        return None  # "Давиде": readings alike in weight, pymorphy2 has counted none of them
    for gender, other in (('femn', 'masc'), ('masc', 'femn')):
        if weight[gender] > 0 and weight[gender] >= 2 * weight[other]:
            return gender
    return None


_MANS_GENITIVE = re.compile(r'[бвгдзклмнпрстфхцчшщ]а$')
