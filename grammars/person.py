"""A person's name read alone: the one parser of names both grammars use,
the cases a name's words show, and the person it names in the nominative."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Optional

from factlex import normalize
from factlex.facts import Person
from factlex.morph import is_known

from .memo import per_match
from .phrases import person_nominative
from .tokens import attribute_tokens


@functools.lru_cache(maxsize=1)
def name_parser() -> Any:
    """The process-wide parser of a person's name alone, built on first use."""
    from yargy import Parser, rule
    from yargy.interpretation import fact

    from factlex.morph import tokenizer

    from .blocks.names import person

    name = fact('Name', ['first', 'middle', 'last'])
    return Parser(rule(person(first=name.first, middle=name.middle, last=name.last)).interpretation(name),
                  tokenizer=tokenizer())


def name_parts(raw: Any) -> dict[str, list[Any]]:
    """The tokens of a match's first name, patronymic or middle name, and surname."""
    return {part: attribute_tokens(raw, part) for part in ('first', 'middle', 'last')}


#: Lower-case words inside a name: particles and Turkic patronymics ("ас-Сиси", "Гейдар оглы").
_LOWER_NAME_WORDS = frozenset({'ас', 'аль', 'эль', 'ад', 'ибн', 'бен', 'бин', 'ван', 'фон', 'дер', 'де', 'да', 'ди',
                               'дель', 'ле', 'ла', 'оглы', 'кызы', 'улы', 'уулу'})


def full_name_at_end(tokens: Sequence[Any], cases: set[str]) -> Optional[Person]:
    """The person whose full name (a given name and a surname) ends ``tokens``,
    after what describes them, in the nominative: "Певица Алла Пугачева",
    "Хакан Фидан", "Эммануэлем Макроном", "Ли Цян". The name's own words say
    its case where they can ("Бараком Обамой"); else ``cases``."""
    from factlex import earley

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
        found = earley.findall(parser, tokens[start:])
        if len(found) != 1 or found[0].span.start != tokens[start].span.start \
                or found[0].span.stop != tokens[-1].span.stop:
            continue
        parts = name_parts(found[0].fact)
        if not parts['first'] or not parts['last']:
            continue  # "Россия", "Путин": a word alone is read as any other
        own = name_cases(found[0].fact)
        person = person_nominative(parts, own & cases or own or cases)
        if person is not None:
            return person
    return None


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
    # a man's: "Анну", "Джину" are the accusatives they look like
    return token.value.endswith('у') and bool(forms) and all(
        not form.grams.values & {'nomn', 'femn'} and form.grams.values & _OBLIQUE for form in forms)


def surname_in_u(raw: Any) -> bool:
    """Whether the surname ends as a dative does ("Рыбину", "Гурьеву")."""
    return any(last.value.endswith(('у', 'ю')) for last in attribute_tokens(raw, 'last')[-1:])


def _first_word_cases(raw: Any) -> set[str]:
    indeclinable: set[str] = set()
    for name in ('first', 'last'):
        for token in attribute_tokens(raw, name)[:2 if name == 'first' else 1]:
            forms = [form for form in getattr(token, 'forms', ())
                     if form.grams.values & {'Name', 'Surn'} and singular(form)]
            cases = {case for form in forms for case in normalize.CASES if case in form.grams.values}
            if name == 'first' and _portuguese_given(token, forms) and not surname_in_u(raw):
                continue  # "Паулу Гедес"; but "Олегу Рыбину" is a dative
            if cases and all('Fixd' in form.grams.values for form in forms):
                indeclinable = indeclinable or cases
            elif cases:
                return cases
    return indeclinable or {'nomn'}
