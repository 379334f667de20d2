"""Noun phrases put into the nominative from their matched tokens.

"Южной Осетией" -> "Южная Осетия", "двум странам" -> "две страны",
"Минпромторгом" -> "Минпромторг" (a person's name: ``grammars/person.py``).
Only the head noun and the words agreeing with it before it decline; the
governed words after the head stay as written ("администрацией области" ->
"администрация области").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any, Optional

from factlex import normalize
from factlex.morph import inflect, is_known

from .blocks.places import SETTLEMENT_ABBREVIATIONS

__all__ = [
    'AGREEING', 'INFLECTED_ABBREVIATION', 'NOUNS', 'case_readings', 'cases_of', 'head_phrase_nominative', 'inflect_as',
    'inflect_written', 'join', 'phrase_nominative', 'readings', 'settlement_nominative',
]

_ADJECTIVES = {'ADJF', 'PRTF', 'Anum'}
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


def inflect_written(form: Any, grams: set[str], original: str) -> str:
    word = _inflected(form, grams, original)
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    if original.isupper() and len(original) > 1:
        return word.upper()
    # the capitals as written, as far as the word keeps its letters: "«МегаФоном»" is "МегаФон"
    kept = 0
    while kept < min(len(word), len(original)) and word[kept] == original[kept].lower():
        kept += 1
    return original[:kept] + word[kept:] if kept else (word[:1].upper() + word[1:] if original[:1].isupper() else word)


def _noun_after_adjectives(tokens: Sequence[Any], start: int, cases: Collection[str]) -> bool:
    """Whether a noun in one of ``cases`` follows ``start``, past adjectives
    only: "Казанским вертолётным заводом" is headed by "заводом", though
    "Казанским" is also a surname."""
    for token in tokens[start:]:
        if readings(token, cases, {'NOUN'}):
            return True
        if not readings(token, cases, _ADJECTIVES):
            return False
    return False


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
        if nouns and index + 2 < len(tokens) and tokens[index + 1].value == '-' and (
                'Fixd' in nouns[0].grams.values
                or tokens[index].span.stop == tokens[index + 1].span.start
                and tokens[index + 1].span.stop == tokens[index + 2].span.start
                and bool(readings(tokens[index + 2], cases, {'NOUN'}))):
            # "«Р-Фармом»": a part that does not decline; "Премьер-лига",
            # "Альфа-Банк": a compound's last part is its head and shows its gender
            continue
        if index + 2 < len(tokens) and tokens[index + 1].value == '-' \
                and tokens[index].span.stop == tokens[index + 1].span.start \
                and tokens[index + 1].span.stop == tokens[index + 2].span.start \
                and readings(tokens[index + 2], cases, _ADJECTIVES) and not readings(tokens[index + 2], cases, {'NOUN'}) \
                and not any('sing' in form.grams.values for form in readings(token, cases, {'NOUN'})):
            # "Ханты-Мансийским", "Кабардино-Балкарской": the first part of a
            # compound adjective; but "Каменском-Уральским" declines its noun
            continue
        adjective = readings(token, cases, _ADJECTIVES | {'NUMR'})
        if nouns and not (adjective and _noun_after_adjectives(tokens, index + 1, cases)):
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
        words[index] = inflect_written(form, {'gent', 'sing'}, tokens[index].value)
    elif 'Fixd' not in grams:
        words[index] = inflect_written(form, {'nomn', 'plur' if plural else 'sing'}, tokens[index].value)
        written = tokens[index].value
        if 'ablt' in grams and not is_known(form) and written.endswith('ом') and words[index] == written[:-2] + 'о' \
                and not written.endswith('ством'):
            # "«Мечелом»", "«Ситимобилом»": a guessed name in the instrumental
            # is a masculine one, not a neuter in "-о"; a noun in "-ство" is
            # neuter ("Россотрудничеством", "Роскачеством")
            words[index] = written[:-2]
    for position in range(index):
        token = tokens[position]
        numeral = readings(token, cases, {'NUMR'})
        adjective = readings(token, cases, _ADJECTIVES)
        if numeral:
            wanted = {'nomn'} | ({'femn'} if gender == 'femn' else set())
            words[position] = inflect_written(numeral[0], wanted, token.value)
        elif adjective:
            if paucal or plural:
                wanted = {'nomn', 'plur'}
            else:
                wanted = {'nomn', 'sing'} | ({gender} if gender else set())
            words[position] = inflect_written(adjective[0], wanted, token.value)
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
    return forms_cases(getattr(token, 'forms', ()), lemmas, number)


def forms_cases(forms: Iterable[Any], lemmas: Optional[Iterable[str]] = None, number: str = 'sing') -> set[str]:
    """The cases of ``forms`` (readings of one token), as :func:`cases_of` reads them."""
    lemmas = set(lemmas) if lemmas is not None else None
    cases = set()
    for form in forms:
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
            stem = word[:-len(ending)]
            if stem.endswith('ь'):
                # "третьим", "третьей", "Божьего": the soft sign belongs to the oblique stem only
                return {'masc': stem[:-1] + 'ий', 'femn': stem + 'я', 'neut': stem + 'е'}[gender]
            return stem + nominative
    return None


def agrees_as_attribute(adjective: Collection[str], noun: Collection[str]) -> bool:
    """Whether the grammemes of an adjective's or participle's reading agree
    with a noun's as its attribute: one case and number, one gender where both
    show one, one animacy in the accusative ("учреждённую должность",
    "управляющего директора"; not "занимающего пост")."""
    adjective, noun = set(adjective), set(noun)
    case = adjective & noun & set(normalize.CASES)
    if not case or ('sing' in adjective) != ('sing' in noun):
        return False
    genders, animacy = {'masc', 'femn', 'neut'}, {'anim', 'inan'}
    if adjective & genders and noun & genders and not adjective & noun & genders:
        return False
    return not (case == {'accs'} and adjective & animacy and noun & animacy and not adjective & noun & animacy)


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
    last = tokens[-1] if tokens else None
    if last is not None and len(tokens) > 1 and last.type == 'RU' and len(last.value) > 1 and last.value.isupper():
        # "Курской АЭС", "Белгородского УФСБ": an abbreviation does not decline,
        # and the dictionary's gender of it is a guess ("УФСБ" is an
        # "управление"), so the adjectives keep their own
        adjectives = [case_readings(tokens[index], cases, AGREEING) for index in declining if index < len(tokens) - 1]
        if declining and declining[-1] == len(tokens) - 1 and all(adjectives) and len(adjectives) == len(declining) - 1:
            for index, readings in zip(declining, adjectives):
                # of a masculine and a neuter reading ("-ого") the masculine, for all alike
                readings.sort(key=lambda form: 'masc' not in form.grams.values)
                words[index] = inflect_as(readings[0], {'nomn', 'sing'}, tokens[index].value, proper=proper)
            return join(tokens, words)
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
        second = inflect_written(adjectives[0], {'nomn', 'sing', gender}, rest[0].value)
    elif len(rest) == 3 and rest[0].value == 'на' and rest[1].value == '-':
        second = join(rest)  # "на-Дону" stays as written
    else:
        return None
    return inflect_written(noun, {'nomn', 'sing'}, tokens[0].value) + '-' + second


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


_MOVED_TO_PERSON = frozenset({'name_nominative', 'person_nominative', 'is_person_name', 'name_gender'})


def __getattr__(name: str) -> Any:
    # a person's name moved to grammars/person.py (which imports this module);
    # grammars written against "phrases.name_nominative" keep working
    if name in _MOVED_TO_PERSON:
        from . import person

        return getattr(person, name)
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
