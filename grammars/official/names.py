"""The cases and genders a holder's name may stand in, read off its words:
whether it agrees with the post, may be a verb's subject, or reads as
someone else's genitive."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any, Optional

from factlex import normalize
from factlex.morph import frequency, is_known

from ..blocks.words import IsSurnameShaped, known_grams, name_forms
from ..person import other_gender_cases, patronymic_cases, singular, surname_in_u, womans_given
from ..tokens import attribute_tokens


def likeliest_nominative(raw: Any) -> bool:
    """Whether the name's first word is most likely a nominative, as the
    dictionary ranks its readings: "Анастасия" is, "Леонарда" (of "Леонард",
    rather than the woman's "Леонарда") is not. A word the dictionary does
    not know as a name may be any case."""
    for name in ('first', 'last'):
        for token in attribute_tokens(raw, name)[:1]:
            forms = [form for form in getattr(token, 'forms', ()) if form.grams.values & {'Name', 'Surn'}]
            return not forms or 'Fixd' in forms[0].grams.values or 'nomn' in forms[0].grams.values
    return True


def agrees(raw: Any, cases: set[str]) -> bool:
    """Whether a dictionary name stands in a case the post allows.

    "Письмо министру Сергей Иванов отправил": the dative post and the
    nominative name belong to different parts of the sentence.
    """
    # Each part is read as what it stands for: "Трише" is a surname here, not
    # a case of the first name "Триша".
    first_agrees = first_feminine = False
    patronymic = patronymic_cases(raw)
    if patronymic and not cases & patronymic:
        return False  # "президента Роман Аркадьевич Власенко": the patronymic shows the case
    for name, grams in (('first', {'Name'}), ('last', {'Surn', 'ADJF'})):
        # the declining part of a double first name: "Жан-Клода"
        for token in attribute_tokens(raw, name)[-1:] if name == 'first' else attribute_tokens(raw, name)[:1]:
            # a plural is no reading of one person's name: "Анны" is no
            # nominative here, "Долгих" no adjective
            readings = [form for form in getattr(token, 'forms', ()) if is_known(form)
                        and form.grams.values & grams and singular(form)]
            if name == 'last' and not readings and all(token.span.start > given.span.start
                                                        for given in attribute_tokens(raw, 'first')):
                # "председатель Женералитата Каталонии": a surname the
                # dictionary knows only as a place, in an oblique case of it,
                # shares the post's case too ("Мартой Кос" may be undeclined)
                places = [form for form in getattr(token, 'forms', ()) if is_known(form)
                          and 'Geox' in form.grams.values and 'Fixd' not in form.grams.values and singular(form)]
                # (a town named as a surname declines as one: "Елену Кирсанову")
                if not any('nomn' in form.grams.values for form in places) and not IsSurnameShaped()(token):
                    readings = places
            if name == 'first' and token.value.endswith('у') and readings \
                    and not any(cases & form.grams.values for form in readings) and not surname_in_u(raw):
                continue  # "Министр Паулу Гедес": a given name as written; not "Министр Олегу Рыбину"
            if name == 'first' and womans_given(token, attribute_tokens(raw, 'last')):
                continue  # "Камала Харрис": a woman's name, in the case of her surname
            # "Бени": a word that does not decline; but an indeclinable reading
            # as the other part of a name says nothing ("Роман" is also a
            # woman's surname that does not decline, not so the first name)
            other = {'Surn'} if name == 'first' else {'Name'}
            indeclinable = any('Fixd' in form.grams.values for form in getattr(token, 'forms', ())
                               if not form.grams.values & other)
            if name == 'last' and first_agrees and token.value[-1:].lower() in _INDECLINABLE_ENDINGS \
                    and not IsSurnameShaped()(token):
                continue  # "Оливер Блуме", "Паоло Мальдини": a foreign surname does not decline
            if name == 'last' and first_feminine and token.value.lower().endswith(WOMANS_SURNAME_ENDINGS):
                continue  # "Гульнара Пенькова": a woman's surname the dictionary has only as a man's genitive
            if name == 'last' and first_agrees and not first_feminine and 'nomn' in cases \
                    and token.value.lower().endswith(('ой', 'ий', 'ый')) and not any('Surn' in form.grams.values for form in readings):
                continue  # "Олег Бережной": a man's surname the dictionary has only as an adjective's other forms
            if readings and not indeclinable and not any(cases & form.grams.values for form in readings):
                if name == 'first' and cases & other_gender_cases(token, attribute_tokens(raw, 'last')):
                    continue  # "Кира Стармера": a man's genitive, not the woman's name of the dictionary
                return False
            first_agrees = first_agrees or any(cases & form.grams.values for form in readings)
            first_feminine = first_agrees and name == 'first' and all('femn' in form.grams.values for form in readings
                                                                      if cases & form.grams.values)
    return True


# Foreign surnames ending in these vowels never decline, whatever case the


# dictionary reads off a namesake ("Блуме" as the locative of "Блум").


_INDECLINABLE_ENDINGS = set('еиоуэюы')


DECLINABLE_NOMINATIVE = re.compile(r'(?:[оеё]в|[иы]н|[сц]кий|[ое]й|ый)$')


# "Лыкова", which the dictionary knows only as a short adjective


WOMANS_SURNAME_ENDINGS = ('ова', 'ева', 'ёва', 'ина', 'ына', 'ская', 'цкая')


def may_be_subject(raw: Any) -> bool:
    """Whether every dictionary word of the name can stand in the nominative."""
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        known = [form for form in getattr(token, 'forms', ()) if is_known(form)]
        # a name's own readings decide; a surname the dictionary knows only as
        # other words ("Лыков" a short adjective, "Русаков" a plural) by its ending
        # and one person's name is singular ("Мусаев" is no plural of "Мусай" here)
        names = [form for form in known if form.grams.values & {'Name', 'Surn', 'Patr'} and singular(form)]
        if not names and (DECLINABLE_NOMINATIVE.search(token.value.lower())
                          or token.value.lower().endswith(WOMANS_SURNAME_ENDINGS)
                          # "Долгих", "Черных": a surname in an adjective's plural does not decline
                          or token.value[:1].isupper() and token.value.lower().endswith(('их', 'ых'))):
            continue
        readings = names or known
        if readings and not any('nomn' in form.grams.values or 'Fixd' in form.grams.values for form in readings):
            return False
    return True


def subject_of_link_verb(raw: Any, cases: set[str]) -> bool:
    """Whether a name before a verb in the singular ("занял пост",
    "возглавила") may be its subject: it may stand in the nominative, and a
    verb in the past has a gender the name's nominative has. A name before
    no such verb passes."""
    verbs = [form for token in attribute_tokens(raw, 'link') for form in getattr(token, 'forms', ())
             if {'VERB', 'sing'} <= form.grams.values]
    if not verbs:
        return True
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        if not token.value[:1].isupper():
            continue  # "аль-Ганзури": a particle has no case of the name
        # one person's name is singular: "Мусаев" is no plural of "Мусай" here
        names = [form for form in getattr(token, 'forms', ()) if is_known(form)
                 and form.grams.values & {'Name', 'Surn', 'Patr'} and singular(form)]
        if names and not any(form.grams.values & {'nomn', 'Fixd'} for form in names):
            return False  # "После отставки Игоря Лунина занял пост"
    verb_genders = {gender for form in verbs for gender in ('masc', 'femn') if gender in form.grams.values}
    if not verb_genders:
        return True  # the present tense has no gender: "возглавляет"
    # the first word of the name shows the gender: "Петра Зуева" is a woman only
    # in the nominative, and "занял" wants a man
    words = (attribute_tokens(raw, 'first') or attribute_tokens(raw, 'last'))[:1]
    name_genders = {
        gender for token in words for form in getattr(token, 'forms', ())
        if is_known(form) and form.grams.values & {'Name', 'Surn'} and {'nomn', 'sing'} <= form.grams.values
        and not form.grams.values & {'Ms-f', 'Fixd'}  # an indeclinable name's gender is often wrong: "Марьян"
        for gender in ('masc', 'femn') if gender in form.grams.values
    }
    return not name_genders or bool(name_genders & verb_genders)


def genitive_of_another(raw: Any, cases: set[str]) -> bool:
    """Whether the name reads as a genitive of someone other than the one it
    would be in the post's ``cases``: "Петра" is Пётр's genitive and Петра's
    nominative; "Анне" is Анна's dative only (its genitive is Anne's, who does
    not decline), "Лосевой" the same woman in every case."""
    for token in (attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'))[:1]:
        readings = [form for form in getattr(token, 'forms', ()) if is_known(form)
                    and form.grams.values & {'Name', 'Surn'} and singular(form)]
        declining = [form for form in readings if 'Fixd' not in form.grams.values]
        readings = declining or readings

        def genders(wanted: set[str]) -> set[str]:
            return {gender for form in readings if wanted & form.grams.values
                    for gender in ('masc', 'femn') if gender in form.grams.values}

        genitive, agreeing = genders({'gent'}), genders(cases)
        if not genitive or genitive & agreeing:
            return False
        # "Марина", "Валентина": pymorphy2's frequencies make the word a
        # woman's nominative far more often than a man's genitive ("Марин"),
        # as "Петра" and "Александра" are rather the men's genitives
        return _weight(readings, cases) < _weight(readings, {'gent', 'accs'}, genitive)
    return False


def _weight(readings: Sequence[Any], cases: set[str], genders: Collection[str] = ('masc', 'femn')) -> float:
    """How often pymorphy2 finds the word so read: its readings in ``cases`` of ``genders``."""
    return sum(frequency(form) for form in readings
               if cases & form.grams.values and any(gender in form.grams.values for gender in genders))


def known_surname_reading(tokens: Sequence[Any]) -> bool:
    return any(
        'Surn' in form.grams.values and is_known(form) for token in tokens for form in getattr(token, 'forms', ())
    )


def _given_name_cases(token: Any) -> Optional[set[str]]:
    """The cases of the word's singular first-name readings in the dictionary; None if it has none."""
    cases: set[str] = set()
    for form in name_forms(token):
        grams = form.grams.values
        cases |= set(normalize.CASES) if 'Fixd' in grams else {case for case in normalize.CASES if case in grams}
    return cases or None


def same_case_names(first: Any, second: Any) -> bool:
    """Whether two given names ("Мария Тереса") may stand in one case; true when either is no known name."""
    first_cases, second_cases = _given_name_cases(first), _given_name_cases(second)
    return first_cases is None or second_cases is None or bool(first_cases & second_cases)


def name_word_cases(token: Any) -> set[str]:
    """The cases a word of one person's name may stand in: its dictionary
    readings as a name (all cases for one that does not decline: "Абэ",
    "Дюбуа"); for a name the dictionary does not know, its ending says: "-а"
    after a consonant ("Фокса", "Лыкова") is a man's genitive or accusative,
    or a woman's nominative, a consonant a nominative ("Эрекат"), and a
    vowel a word that does not decline ("Косииси")."""
    names = [form for form in getattr(token, 'forms', ()) if is_known(form) and singular(form)
             and form.grams.values & {'Name', 'Surn', 'Patr'}]
    if any('Fixd' in form.grams.values for form in names) or token.value.endswith('.'):
        return set(normalize.CASES)
    if names:
        return {case for form in names for case in normalize.CASES if case in form.grams.values}
    word = token.value.lower()
    if re.search('[бвгджзклмнпрстфхцчшщ][ая]$', word):
        return {'nomn', 'gent', 'accs'}
    if re.search('[бвгджзклмнпрстфхцчшщь]$', word):
        return {'nomn'}  # "Саеб Эрекат": a man's name that would decline if it were oblique
    return set(normalize.CASES)


_CONSONANT_A = re.compile(r'[бвгдзклмнпрстфхцчшщ]а$')


def foreign_genitive(raw: Any) -> bool:
    """Whether a name the dictionary does not know as one reads as a foreign
    man's genitive ("Эмманюэля Макрона", "Олафа Шольца"), not a woman's
    nominative ("Анна Котова")."""
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    if len(last) != 1 or known_grams(last[0]) & {'Name', 'Surn'}:
        return False
    if first and any('nomn' in form.grams.values and 'Name' in form.grams.values and is_known(form)
                     for form in getattr(first[0], 'forms', ())):
        return False
    word = last[0].value.lower()
    return bool(_CONSONANT_A.search(word)) and not word.endswith(WOMANS_SURNAME_ENDINGS)


def declines_as_genitive(raw: Any) -> bool:
    """Whether the surname has a dictionary reading in the genitive that
    declines ("Кирова"), not one that stays as written ("Квирикашвили")."""
    return any(
        'gent' in form.grams.values and 'Fixd' not in form.grams.values and is_known(form)
        for token in attribute_tokens(raw, 'last')[-1:] for form in getattr(token, 'forms', ())
    )


def known_name(raw: Any) -> bool:
    """Whether the dictionary knows a word of the name as a name: only then
    do its readings tell its case ("Сэйдзи Маэхару" does not decline)."""
    return any(
        form.grams.values & {'Name', 'Surn', 'Patr'} and is_known(form)
        for name in ('first', 'middle', 'last') for token in attribute_tokens(raw, name) for form in getattr(token, 'forms', ())
    )
