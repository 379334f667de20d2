"""A person's name: the one parser of a name alone both grammars use, the
cases a name's words show, and the name put into the nominative, every part
with one gender and case ("Бараком Обамой" -> "Барак Обама")."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from typing import Any, Optional

from factlex import earley, normalize
from factlex.facts import Person
from factlex.morph import frequency, inflect, is_known

from .blocks.names import CAPITALIZED_PARTICLES, EAST_ASIAN_FAMILIES, NAME_PARTICLES, TURKIC_PATRONYMIC_WORDS
from .blocks.places import SETTLEMENT_KINDS
from .blocks.words import IsOrgShaped, known_grams, name_forms
from .memo import per_match
from .phrases import inflect_written, join, readings
from .tokens import attribute_tokens, tokens_span


@functools.lru_cache(maxsize=1)
def name_parser() -> Any:
    """The process-wide parser of a person's name alone, built on first use."""
    from yargy import rule
    from yargy.interpretation import fact

    from factlex.bnf import parser as Parser
    from factlex.morph import tokenizer

    from .blocks.names import person

    name = fact('Name', ['first', 'middle', 'last'])
    return Parser(rule(person(first=name.first, middle=name.middle, last=name.last)).interpretation(name),
                  tokenizer=tokenizer())


def name_parts(raw: Any) -> dict[str, list[Any]]:
    """The tokens of a match's first name, patronymic or middle name, and surname."""
    return {part: attribute_tokens(raw, part) for part in ('first', 'middle', 'last')}


#: Lower-case words inside a name: particles and Turkic patronymics ("ас-Сиси", "Гейдар оглы").
_LOWER_NAME_WORDS = NAME_PARTICLES | TURKIC_PATRONYMIC_WORDS


def full_name_parts_at_end(tokens: Sequence[Any]) -> Optional[tuple[dict[str, list[Any]], set[str]]]:
    """The parts of the full name (a given name and a surname) that ends
    ``tokens``, after what describes the person ("Певица Алла Пугачева",
    "Эммануэлем Макроном", "Ли Цян"), and the cases its own words show;
    None when no such name ends them."""
    # a name is the run of capitalized words, initials and hyphens that ends the span
    run = len(tokens)
    while run > 0 and (tokens[run - 1].value[:1].isupper() or tokens[run - 1].value in {'-', '.'}
                       or tokens[run - 1].value.lower() in _LOWER_NAME_WORDS):
        run -= 1
    if len(tokens) - run < 2:
        return None
    parser = name_parser()
    for start in range(run, len(tokens)):
        if not tokens[start].value[:1].isupper():
            continue
        if start and tokens[start - 1].value == '-' and tokens[start - 1].span.stop == tokens[start].span.start:
            continue  # "аким Алма-Аты Ерболат Досаев": a word's second part opens no name
        if start + 2 < len(tokens) and _genitive_before_given(tokens[start], tokens[start + 1]):
            continue  # "градоначальник Крагуеваца Никола Дашич": the town the post is of
        if start + 2 < len(tokens) and start and _settlement_kind(tokens[start - 1]):
            continue  # "губернатором провинции Хэйлунцзян Лу Хао": the province's name, then the person
        if start + 2 < len(tokens) and _place_opens(tokens, start):
            continue  # "министром энергетики Шри-Ланки Ранилом Перерой": the country the post is of
        found = earley.findall(parser, tokens[start:])
        if len(found) != 1 or found[0].span.start != tokens[start].span.start \
                or found[0].span.stop != tokens[-1].span.stop:
            continue
        parts = name_parts(found[0].fact)
        if parts['first'] and parts['last']:  # not "Россия", "Путин": a word alone is read as any other
            return parts, name_cases(found[0].fact)
    return None


def _place_opens(tokens: Sequence[Any], start: int) -> bool:
    """Whether the word at ``start``, with the parts a hyphen joins to it,
    is a place the dictionary knows and no name ("Шри-Ланки", "Хэйлунцзян")."""
    stop = start + 1
    while stop + 1 < len(tokens) and tokens[stop].value == '-' and tokens[stop - 1].span.stop == tokens[stop].span.start \
            and tokens[stop].span.stop == tokens[stop + 1].span.start:
        stop += 2
    word = ''.join(token.value for token in tokens[start:stop]).lower()
    from factlex.morph import morph_analyzer

    forms = [form for form in morph_analyzer()(word) if is_known(form)]
    return any('Geox' in form.grams.values for form in forms) and not any(
        form.grams.values & {'Name', 'Surn', 'Patr'} for form in forms)


def _settlement_kind(token: Any) -> bool:
    """Whether a lower-case word names a kind of place whose name follows it: "провинции", "штата"."""
    return token.value[:1].islower() and any(form.normalized in SETTLEMENT_KINDS for form in getattr(token, 'forms', ()) or ())


def _genitive_before_given(word: Any, given: Any) -> bool:
    """Whether a word the dictionary does not know, which reads only as an
    oblique case, stands before a given name in the nominative: the place or
    body a post is of ("Крагуеваца Никола"), not a first name before a
    second one. A family name that opens an East Asian name is one."""
    forms = getattr(word, 'forms', ()) or ()
    return (word.value[-1:] in ('а', 'я', 'ы', 'и') and word.value not in EAST_ASIAN_FAMILIES and bool(forms)
            and not any(is_known(form) or 'nomn' in form.grams.values for form in forms)
            and any({'Name', 'nomn'} <= form.grams.values for form in getattr(given, 'forms', ()) or ()))


def full_name_at_end(tokens: Sequence[Any], cases: set[str],
                     found: Optional[tuple[dict[str, list[Any]], set[str]]] = None) -> Optional[Person]:
    """The person whose full name ends ``tokens``, in the nominative. The
    name's own words say its case where they can ("Бараком Обамой"); else
    ``cases``. ``found``: the name's parts as ``full_name_parts_at_end``
    gave them, when the caller has them already."""
    found = found or full_name_parts_at_end(tokens)
    if found is None:
        return None
    parts, own = found
    first, last = parts['first'][:1], parts['last'][-1:]
    if not own & cases and (
            # "«Спартак» и Эсекьель Понсе подписали": the given name stands in the
            # case asked, so a surname read otherwise ("Понсе" as a locative of
            # "Понс") is a foreign one that does not decline
            any(readings(token, cases) for token in first)
            # "Берни Экклстоуном": a given name the dictionary reads only as
            # common words ("берня") shows no case; the surname does
            or any(readings(token, cases) for token in last) and not any(
                form.grams.values & {'Name'} for token in first for form in getattr(token, 'forms', None) or ())):
        own = set()
    return person_nominative(parts, own & cases or own or cases)


def singular(form: Any) -> bool:
    # an informal vocative ("Илон" of "Илона") is no reading of a name in news text
    return ('plur' not in form.grams.values or 'Fixd' in form.grams.values) and 'voct' not in form.grams.values


@per_match
def name_cases(raw: Any) -> set[str]:
    """The cases the name may stand in, read off its first word that declines
    ("Хосе Мигеля Арриагу" is in the case of "Мигеля", not in any of
    "Хосе"'s), narrowed by a patronymic, which shows its case best: "Вадима
    Сергеевича" is no woman's nominative."""
    cases = _first_word_cases(raw)
    patronymic = patronymic_cases(raw)
    return (cases & patronymic or patronymic) if patronymic else cases


@per_match
def patronymic_cases(raw: Any) -> set[str]:
    """The cases of the patronymic's dictionary readings; empty without one."""
    return {
        case for token in attribute_tokens(raw, 'middle')[:1] for form in getattr(token, 'forms', ())
        if 'Patr' in form.grams.values and is_known(form) and singular(form)
        for case in normalize.CASES if case in form.grams.values
    }


_OBLIQUE = {'gent', 'datv', 'accs', 'ablt', 'loct'}


def _portuguese_given(token: Any, forms: list) -> bool:
    """Whether a given name in "-у" is one as written, which the dictionary
    reads only as an oblique case of another name: "Паулу", "Марселу",
    "Исаму" (datives of "Паул", "Марсел", "Исам"). The surname after it
    shows the case; "Ивану Петрову" is still a dative by "Петрову"."""
    # a man's: "Анну", "Джину" are the accusatives they look like, and so is
    # "Никиту" of a man's name in "-а"
    return token.value.endswith('у') and bool(forms) and all(
        not form.grams.values & {'nomn', 'femn'} and form.grams.values & _OBLIQUE
        and not form.normalized.endswith(('а', 'я')) for form in forms)


#: The letters a word may end in after which a man's name or surname declines.
CONSONANTS = frozenset('бвгджзйклмнпрстфхцчшщь')


def womans_given(token: Any, last: Sequence[Any]) -> bool:
    """Whether a given name in "-а" or "-я" is a woman's as written, which the
    dictionary reads only as an oblique case of a man's name: "Камала",
    "Кая", "Джорджа" (of Камал, Кай, Джордж). The surname after it tells: a
    man's would be in the same case ("Джорджа Буша", "Ивана Петрова"), a
    woman's is not ("Камала Харрис", "Кая Каллас")."""
    if not token.value.endswith(('а', 'я')) or len(last) != 1 or last[0].span.start < token.span.start:
        return False
    forms = [form for form in getattr(token, 'forms', ()) if 'Name' in form.grams.values and singular(form)]
    if not forms or any('nomn' in form.grams.values or 'masc' not in form.grams.values for form in forms):
        return False
    cases = {case for form in forms for case in _OBLIQUE if case in form.grams.values}
    surname = last[-1]
    # a man's surname after his genitive ends in "-а" ("Харриса") or does not
    # decline ("Джорджа Клуни"); one in a consonant is a woman's
    if not surname.value[:1].isupper() or surname.value[-1:].lower() not in CONSONANTS:
        return False
    return not any('masc' in form.grams.values and cases & form.grams.values
                   for form in getattr(surname, 'forms', ()) or () if form.grams.values & {'Name', 'Surn'})


#: A woman's surname of the Russian kind, which declines: "Смирнова", "Яровая".
_WOMANS_DECLINING_SURNAME = re.compile(r'(?:ова|ева|ёва|ина|ына|ая)$')


def _surname_fits(surname: Any, gender: str, cases: Collection[str]) -> bool:
    """Whether a surname may be a ``gender`` person's in one of ``cases``: by
    the dictionary's readings, by a case ending of its own, or as one that
    does not decline ("Каллас" of a woman, "Клуни" of anyone)."""
    cases = set(cases)
    if any('Surn' in form.grams.values and gender in form.grams.values and cases & form.grams.values
           for form in getattr(surname, 'forms', ()) or () if is_known(form)):
        return True
    value = surname.value.lower()
    if gender == 'femn' and value[-1:] in CONSONANTS or value.endswith(('их', 'ых')):
        return True  # "Каллас" of a woman; "Черных", "Долгих" of anyone
    if value[-1:] in 'еиоуэю' and not normalize.name_cases_by_ending(surname.value, 'last', 'masc'):
        return True  # "Клуни"; "Стармеру" is a man's dative
    if 'nomn' in cases and (value[-1:] in CONSONANTS if gender == 'masc' else bool(
            _WOMANS_DECLINING_SURNAME.search(value)) or value[-1:] in 'ая' and any(
            {'nomn', 'femn'} <= form.grams.values for form in getattr(surname, 'forms', ()) or () if is_known(form))):
        return True  # "Ягодка", a word the dictionary has, may be a woman's surname; "Стармера" is no word
    if gender == 'femn':
        # a woman's surname declines by its ending only as the Russian kind does:
        # "Стармеру" is no accusative of a woman Стармера, but a man's dative
        return bool(cases & {'gent', 'datv', 'ablt', 'loct'}) and value.endswith('ой') \
            or 'accs' in cases and value.endswith(('ову', 'еву', 'ёву', 'ину', 'ыну', 'ую'))
    return bool(cases & normalize.name_cases_by_ending(surname.value, 'last', gender))


def _genders_of(forms: Sequence[Any]) -> set[str]:
    """The genders of a given name's dictionary readings (``name_forms``)."""
    return {gender for form in forms for gender in ('masc', 'femn') if gender in form.grams.values}


def _surname_only_of(surname: Any, gender: str, cases: Collection[str]) -> bool:
    """Whether the dictionary knows the surname in ``cases`` only as a ``gender`` person's."""
    genders = {each for form in getattr(surname, 'forms', ()) or () if is_known(form) and 'Surn' in form.grams.values
               and set(cases) & form.grams.values for each in ('masc', 'femn') if each in form.grams.values}
    return genders == {gender}


def other_gender_cases(given: Any, last: Sequence[Any]) -> set[str]:
    """The cases a given name stands in as a name of the other gender than
    all of the dictionary's readings, when its surname rules those readings
    out: "Кира Стармера" is the genitive of a man Кир (the dictionary has only
    the woman's "Кира", and "Стармера" is no woman's surname in the
    nominative), "Кае Каллас" the dative of a woman Кая (the dictionary has
    the man's "Кай", whose surname would decline). Empty otherwise."""
    # a given name in a consonant is of one gender in every case ("Иван")
    if len(last) != 1 or last[0].span.start < given.span.start or not last[0].value[:1].isupper() \
            or given.value[-1:].lower() in CONSONANTS:
        return set()
    forms = name_forms(given)
    genders = _genders_of(forms)
    if len(genders) != 1 or any('Fixd' in form.grams.values for form in forms):
        return set()
    gender = genders.pop()
    known_cases = {case for form in forms for case in normalize.CASES if case in form.grams.values}
    if _surname_fits(last[0], gender, known_cases):
        return set()  # most names: the dictionary's reading agrees with the surname
    other = 'femn' if gender == 'masc' else 'masc'
    cases = set(normalize.name_cases_by_ending(given.value, 'first', other))
    if other == 'femn' and given.value[-1:].lower() in 'ая':
        cases.add('nomn')
    return {case for case in cases if _surname_fits(last[0], other, {case})}


def surname_in_u(raw: Any) -> bool:
    """Whether the surname ends as a dative does ("Рыбину", "Гурьеву")."""
    return any(last.value.endswith(('у', 'ю')) for last in attribute_tokens(raw, 'last')[-1:])


def _first_word_cases(raw: Any) -> set[str]:
    indeclinable: set[str] = set()
    for name in ('first', 'last'):
        words = attribute_tokens(raw, name)
        # "Касым-Жомартом", "Жан-Полем": the first part of a hyphenated name stays as it is
        if name == 'first':
            words = [token for index, token in enumerate(words)
                     if token.value != '-' and not (index + 1 < len(words) and words[index + 1].value == '-')]
        for token in words[:2 if name == 'first' else 1]:
            forms = [form for form in getattr(token, 'forms', ())
                     if form.grams.values & {'Name', 'Surn'} and singular(form)]
            cases = {case for form in forms for case in normalize.CASES if case in form.grams.values}
            if name == 'first' and _portuguese_given(token, forms) and not surname_in_u(raw):
                continue  # "Паулу Гедес"; but "Олегу Рыбину" is a dative
            if name == 'first' and womans_given(token, attribute_tokens(raw, 'last')):
                continue  # "Камала Харрис" is in the case of "Харрис"
            if name == 'first' and len(words) == 1 and (other := other_gender_cases(token, attribute_tokens(raw, 'last'))):
                return cases | other  # "Кира Стармера": also a man's genitive
            if cases and all('Fixd' in form.grams.values for form in forms):
                indeclinable = indeclinable or cases
            elif cases:
                return cases
        if name == 'last' and len(words) > 1:
            # a double surname declines in its last part at least: "Риис-Йохансона"
            # (read as a surname: "Диас-Канелю" is also a woman's given name "Канеля")
            cases = {case for form in getattr(words[-1], 'forms', ()) if 'Surn' in form.grams.values and singular(form)
                     for case in normalize.CASES if case in form.grams.values}
            if cases:
                return cases
    return indeclinable or {'nomn'}


_PROPER = {'Name', 'Surn', 'Patr'}
_NOT_PERSON = {'Geox', 'Orgn', 'Abbr', 'Trad'}
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
        return inflect_written(form, {'nomn', 'sing'} | ({gender} if gender and not either else set()), token.value)
    return normalize.name_nominative(token.value, part, cases, gender)


def person_nominative(parts: dict[str, list[Any]], cases: set[str], gender: Optional[str] = None) -> Optional[Person]:
    """The person named by the tokens of its ``first``, ``middle`` and ``last``
    parts, each part in the nominative, with one gender for all of them
    (``gender`` when the caller knows it, as from a woman's title)."""
    tokens = sorted((token for part in parts.values() for token in part), key=lambda token: token.span.start)
    if not tokens:
        return None
    cases = _instrumental_shown(parts, cases)
    written = _given_in_u(parts)
    if written:
        # "Паулу Гедеса", "Марселу Ребелу ди Соузой": a man's given names in
        # "-у" as written, the case the surname's own
        gender = gender or 'masc'
        cases = cases - {'accs'} or cases
    last, first = parts.get('last') or (), parts.get('first') or ()
    other_cases = other_gender_cases(first[0], last) & cases if len(first) == 1 and not gender else set()
    given_forms = name_forms(first[0]) if other_cases else []
    other_gender = 'femn' if _genders_of(given_forms) == {'masc'} else 'masc'
    switched = bool(other_cases) and (not any(cases & form.grams.values for form in given_forms)
                                      or _surname_only_of(last[0], other_gender, cases))
    if switched:
        # "Кира Стармера" after "президента", "Кае Каллас" after "главе": the
        # given name is of the other gender than the dictionary's namesake,
        # which stands in no case the name may be in here, or which the
        # surname the dictionary knows rules out ("о Кае Каллас")
        cases, gender = other_cases, other_gender
    gender = gender or _gender(parts, cases)
    if gender is None and not written and len(parts.get('first') or ()) == 1 and parts.get('last'):
        # "Евгения Миронова-Лазарева" read in the nominative or the genitive:
        # the surname takes the gender and case of the first name's reading
        # ("Евгений", a genitive), not a woman's nominative of its own
        form = _known_first_form(parts['first'], cases)
        if form is not None and 'Fixd' not in form.grams.values:
            gender = next((each for each in ('masc', 'femn') if each in form.grams.values), None)
            cases = {case for case in cases if case in form.grams.values} or cases
    names = {name: (join(part) if name in written else _part_nominative(part, name, cases, gender)) if part else None
             for name, part in parts.items()}
    if len(first) == 1 and womans_given(first[0], last):
        names['first'] = first[0].value  # "Кая Линдгрен", not the man's "Кай"
    elif switched:
        names['first'] = normalize.name_nominative(first[0].value, 'first', cases, gender)
    if len(first) == 1 and len(last) == 1 and cases == {'datv'} and _dative_of_unknown_given(first[0], last[0]):
        names['first'] = first[0].value[:-1]  # "Сердару Бердымухамедову", as "Ивану Петрову"
    if len(last) == 1 and first and last[0].span.start > first[-1].span.start and last[0].value[:1].isupper() \
            and not _known_surname(last, cases, gender) \
            and _undeclined(last[0].value, _cases_shown(first[0], cases), gender or _gender_of_given(names['first'])):
        names['last'] = last[0].value  # "Жаиром Болсонару", "Болы Тинубу", "Луису Арсе"
    if len(last) == 1 and first and last[0].span.start < first[0].span.start and last[0].value in EAST_ASIAN_FAMILIES:
        # "с министром Чжоу Цзяньмином": the family name before the given one
        # does not decline; only the given name does
        names['last'] = last[0].value
    return Person(tokens_span(tokens), names['first'], names['middle'], names['last'])


#: A Russian surname's dative: the given name before it declines too.
_RUSSIAN_DATIVE = ('ову', 'еву', 'ёву', 'ину', 'ыну', 'скому', 'цкому')


def _dative_of_unknown_given(given: Any, surname: Any) -> bool:
    """Whether a given name the dictionary does not know, in a consonant and
    "-у", is a dative as its Russian surname's is ("Сердару Бердымухамедову"),
    not one as written that does not decline ("Сигэру Исибе", "Паулу Гедесу")."""
    value = given.value
    return value.endswith('у') and value[-2:-1].lower() in CONSONANTS and surname.value.endswith(_RUSSIAN_DATIVE) \
        and not any(is_known(form) for form in getattr(given, 'forms', ()) or () if 'Name' in form.grams.values)


#: Endings of a surname in a case a given name in "-у" never stands in with
#: it: the given name does not decline ("Паулу Гедеса"), as it would in
#: "Ивану Петрову" (a dative) or "Анну Петрову", "Анну Харрис" (a woman's
#: accusative); "-я" is left out, since Georgian surnames in "-ия" do not
#: decline ("Тимуру Гогия").
_NOT_WITH_GIVEN_IN_U = ('а', 'ы', 'ой', 'ей', 'ом', 'ем', 'ым', 'им')


def _given_in_u(parts: dict[str, list[Any]]) -> set[str]:
    """The given-name parts ("first", "middle") whose every word ends in
    "-у" and stays as written, Portuguese-like, because the surname after
    them shows a case they would not be in: "Марселу Ребелу ди Соузы"."""
    last = parts.get('last') or ()
    first = parts.get('first') or ()
    if not first or not last:
        return set()
    surname = last[-1].value.lower()
    if last[-1].span.start < first[-1].span.start or last[-1].type != 'RU' or not surname.endswith(_NOT_WITH_GIVEN_IN_U) \
            or surname.endswith('а') and surname[-2:-1] in 'аеёиоуыэюя':  # "президенту Марку Дюбуа"
        return set()
    written = set()
    for name in ('first', 'middle'):
        words = [token for token in parts.get(name) or () if token.value[:1].isupper()]
        if words and all(token.type == 'RU' and token.value.endswith('у') and len(token.value) > 2 for token in words):
            written.add(name)
    return written if 'first' in written else set()


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
        if (word[0].value[:1].islower() or word[0].value in CAPITALIZED_PARTICLES) and len(word) == 3 and word[1].value == '-' \
                and word[2].value[:1].isupper() and 'nomn' not in cases:
            # "аль-Асадом", "Бен-Гвира": the particle stays, the name after it declines
            paradigm = name if last else 'first'
            result.append(join(word[:2]) + normalize.name_nominative(word[2].value, paradigm, cases, gender))
        elif word[0].value[:1].islower() or word[0].value in CAPITALIZED_PARTICLES:
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
    form = _known_first_form(part, cases, gender)
    return None if form is None else _as_written(form.normalized, part[0].value)


def _known_first_form(part: Sequence[Any], cases: set[str], gender: Optional[str] = None) -> Any:
    """The dictionary's reading of a one-word first name that
    ``_known_first_name`` puts into the nominative, or None."""
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
            return form
    return None


def name_gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    """'masc' or 'femn' for the person the name's parts name, read in
    ``cases``; None when the name does not tell."""
    return _gender(parts, _instrumental_shown(parts, cases))


def _gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    for token in parts['first'][:1]:
        if womans_given(token, parts['last']):
            return 'femn'  # "Камала Харрис"
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


def _as_written(word: str, original: str) -> str:
    """A dictionary form spelled as the text spells: capitalized, "е" for an unwritten "ё"."""
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    return word[:1].upper() + word[1:]
