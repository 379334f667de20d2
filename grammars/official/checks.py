"""Whether a match reads as a post and its holder: the cases each may stand in, and the readings that rule a holder out."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from factlex import earley, normalize
from factlex.morph import frequency, is_known

from ..blocks.places import SETTLEMENT_KINDS
from ..blocks.words import (
    IsAbbreviation,
    abbreviation_shaped,
    known_grams,
    name_forms,
)
from ..phrases import (
    agrees_as_attribute,
    cases_of,
    forms_cases,
)
from ..memo import per_match
from ..person import name_cases
from ..tokens import attribute_tokens
from .between import RANKS
from .body import PERSON_GOVERNING_NOUNS
from .link_words import (
    APPOINTED_BY_ANOTHER,
    APPOINTERS,
    COPULAS,
    GOVERNING_OFFICE_NOUNS,
    LINK_VERBS,
    OFFICE_ADJECTIVES,
    OFFICE_NOUNS,
    OFFICE_VERBS,
    PASSIVE_VERBS,
    WHEN_WORDS,
)
from .titles import MONARCHS
from .names import (
    DECLINABLE_NOMINATIVE,
    foreign_genitive,
    genitive_of_another,
    known_surname_reading,
    name_word_cases,
    same_case_names,
    singular,
)
from .post import CONTEST_LEADERS, CONTESTS, HEAD_WORDS, INDECLINABLE_HEADS, PARTIES_AT_LAW, RELATIONAL_HEADS

#: The declining word of each rank: "полковник" of "генерал-полковник".
RANK_WORDS = frozenset(rank.split()[-1].rpartition('-')[2] for rank in RANKS)


@per_match
def head_token(raw: Any) -> Any:
    """The word of the post's head that declines: "министра", "Папе" of "Папе Римскому"."""
    head = attribute_tokens(raw, 'head')
    return next((token for token in reversed(head) if any(
        form.normalized in HEAD_WORDS for form in getattr(token, 'forms', ()) or ()
    )), head[-1])


@per_match
def post_cases(raw: Any) -> set[str]:
    """The cases the post phrase may stand in, read off the word it agrees with."""
    acting = attribute_tokens(raw, 'acting')
    participle_cases = set().union(*(cases_of(token, {'исполнять'}) for token in acting)) if acting else set()
    if participle_cases:
        return participle_cases
    if acting:
        # "врио губернатора Александру Хинштейну": "врио" does not decline and
        # the post after it is genitive; the name shows the case.
        return name_cases(raw)
    head = head_token(raw)
    if head.value.lower() in INDECLINABLE_HEADS:
        return set(normalize.CASES)  # "замминистра" is the same in every case
    if raw.one_of:
        return {'gent'} & head_cases(head, 'plur')
    # one holder each of two posts ("председатель и секретарь ... Орлова и
    # Симонова"); a post taken by a copula before a list leaves the list's own
    # post plural ("Заместителями председателя избраны депутаты Яхина и Крутов")
    number = 'plur' if is_list(raw) and (not raw.other_post or raw.other_link) else 'sing'
    return head_cases(head, number)


def head_cases(head: Any, number: str = 'sing') -> set[str]:
    """The cases a post's head word may stand in, in ``number``: read as a
    head of a post where the dictionary has that reading, else as any word.
    A post is held by a person: an inanimate namesake's cases are no post's
    ("посол" of salting is also an accusative; the envoy's accusative is "посла")."""
    nouns = [form for form in getattr(head, 'forms', ()) or () if 'NOUN' in form.grams.values]
    animate = [form for form in nouns if 'anim' in form.grams.values]
    if animate and len(animate) < len(nouns):
        cases = forms_cases(animate, HEAD_WORDS, number) or forms_cases(animate, None, number)
        if cases:
            return cases
    return cases_of(head, HEAD_WORDS, number) or cases_of(head, None, number)


def is_list(raw: Any) -> bool:
    return bool(raw.first2 or raw.last2)


#: Posts that often open a sentence before a bare surname: "Президент Обама".
COMMON_TITLES = {
    'президент', 'премьер', 'премьер-министр', 'министр', 'губернатор', 'мэр', 'судья', 'глава',
    'канцлер', 'сенатор', 'король', 'королева', 'спикер', 'посол', 'генсек', 'лидер',
}


@per_match
def holder_first(raw: Any) -> bool:
    """Whether the name stands before the post ("Лукашенко, президент")."""
    name = attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')
    # (a match whose holder is a pronoun names no one: "На посту ... он сменил Шатрова")
    return bool(name) and min(token.span.start for token in name) < attribute_tokens(raw, 'head')[0].span.start


#: Bodies named after a person in the genitive more often than headed by
#: a woman named alone: "театр Вахтангова", "музей Пушкина". Schools and
#: universities are left out: "директор школы Котова" is the director.
EPONYM_KINDS = frozenset({'театр', 'музей', 'фонд', 'библиотека', 'консерватория', 'фестиваль', 'стадион'})

#: Titles that are given names as well ("Эмир Кустурица", "Султан Ахмедов"),
#: beyond the ones the dictionary marks as names.
GIVEN_NAME_TITLES = frozenset({'эмир', 'султан', 'шах', 'хан'})


def _may_be_given_name(token: Any) -> bool:
    return 'Name' in known_grams(token) or any(form.normalized in GIVEN_NAME_TITLES for form in getattr(token, 'forms', ()))


def _undeclined_surname(token: Any) -> bool:
    """Whether a word after a first name is a foreign surname that does not
    decline, though the dictionary reads it as a case of another given name:
    "Ашраф Гани" ("Гани" of "Ганя"), "Майя Санду" ("Санду" of "Санда"). It
    ends in a vowel no Russian name's nominative does, and is no given name's
    nominative itself ("Антона Силуанова Иван")."""
    return token.value[-1:].lower() in 'иуеоюэ' and not any(
        {'nomn', 'sing'} <= form.grams.values for form in name_forms(token))


def country_or_name(word: Any, surname: Any) -> bool:
    """Whether a word that is a place's genitive and a first name ("Израиля")
    stands before a surname that does not decline ("Нетаньяху"), and
    pymorphy2 finds the word a place more often than a name: nothing else
    tells them apart there ("Сальвадора Альенде" is a name)."""
    forms = [form for form in getattr(word, 'forms', ()) or () if is_known(form)]
    place = sum(frequency(form) for form in forms if {'Geox', 'gent'} <= form.grams.values)
    name = sum(frequency(form) for form in forms if 'Name' in form.grams.values)
    return name > 0 and place > name and ('Fixd' in known_grams(surname) or _undeclined_surname(surname))


def runs_for_a_post(raw: Any) -> bool:
    """Whether the post is "кандидат" without the post run for: only
    "кандидат в президенты" names a post; "кандидат от партии", "второй
    кандидат" run for one."""
    tail = attribute_tokens(raw, 'tail')
    return any(form.normalized == 'кандидат' for form in getattr(head_token(raw), 'forms', ())) and not (
        tail and tail[0].value.lower() == 'в')


def plausible(raw: Any, cases: set[str], person_cases: set[str]) -> bool:
    """Whether a match reads as a post and its holder, not a coincidence of words."""
    head = head_token(raw)
    forms = getattr(head, 'forms', ())
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    bare = not (raw.tail or raw.modifiers or raw.organization or raw.place or raw.host_place or raw.acting)
    if any('PREP' in form.grams.values for form in forms):
        return False  # "После ареста Саипов": "после" is also "посол" in the locative
    if forms and all({'NOUN', 'inan'} <= form.grams.values and form.normalized not in HEAD_WORDS and is_known(form)
                     for form in forms):
        # "премьерой оперы Чайковского": a premiere; "премьер" is also the
        # genitive plural of "премьера", so the post's words take in that noun
        return False
    if _membership(raw):
        return False  # "член Партии регионов": a member, not a post
    if last and not first and not raw.link and _head_is(head, MONARCHS) and head.value[:1].islower():
        # "императора Акихито": a monarch goes by the first name (the MONARCH
        # rule); after a capitalized "Король" that rule refuses an unknown word
        return False
    tail = attribute_tokens(raw, 'tail')
    if runs_for_a_post(raw):
        return False
    if tail and head.value.islower() and _adjective_before_post(head, tail[0]):
        return False  # "управляющего директора": an adjective of the post after it, read in its own match
    if _head_is(head, CONTEST_LEADERS) and any(
            _head_is(token, CONTESTS) for token in (tail + attribute_tokens(raw, 'gap'))[:3]
            if 0 <= token.span.start - head.span.stop <= 30):
        return False  # "лидер гонки Иван Петров", "лидером чемпионата остаётся": first in the contest, no office of it
    if tail and _head_is(tail[0], {'семья'}) and not _head_is(head, COUNSEL):
        return False  # "глава семьи погибшего": a family has no office; its lawyer holds one
    if tail and (first or last) and not raw.owner and 'gent' in name_cases(raw) and any(
            form.normalized in PARTIES_AT_LAW for form in getattr(tail[-1], 'forms', ())):
        return False  # "адвоката обвиняемого Ивана Петрова": a genitive name after the party at law is the client's
    if head.value[:1].isupper() and first and not last and _may_be_given_name(head) and not any(
        'Name' in form.grams.values and is_known(form) for form in getattr(first[0], 'forms', ())
    ):
        # "Эмир Кустурица": a name and a surname, not a monarch's title; a head
        # that is no first name ("Император Акихито") opens a sentence as a title
        return False
    head_lemmas = {form.normalized for form in forms} | {raw.head.lower()}
    if head.value[:1].isupper() and bare and not raw.link and (
        'nomn' not in cases or not head_lemmas & COMMON_TITLES
    ) and (not first or any(form.grams.values & {'Name', 'Surn'} for form in forms)):
        return False  # "Эмира Кустурицу": a first name rather than the post "эмир"
    if raw.link == ',' and holder_first(raw) and bare and 'nomn' in cases and not raw.time and not raw.other_post \
            and not raw.aside:
        # "По словам Кабейо, президент принесет": a bare post after a comma;
        # "Хоровиц, бывший астронавт": a time word or an age ("Петров, 45 лет,
        # министр"), an aside in brackets ("Петров (на фото), министр"),
        # "Петров, министр финансов и вице-премьер": a post before it make it an apposition
        return False
    modifiers = attribute_tokens(raw, 'modifiers')
    if modifiers and not raw.acting and not any(
        cases & form.grams.values for token in modifiers for form in getattr(token, 'forms', ())
    ):
        return False  # "главная премьера": the modifier agrees with another word (after "и. о." the post is genitive)
    if not first and not raw.link and held_under_someone(raw):
        return False  # "советника Путина": the superior, not the holder
    if first and not last and not raw.link and is_relational(raw):
        return False  # "наставника патриарха Кирилла": whose mentor, named by his title and name
    if first and last and known_grams(first[0]) and not known_grams(first[0]) & {'Name', 'Surn'} \
            and name_forms(last[-1]) and not _cases(first[0]) & _cases(last[-1]):
        # "Начальник ГРУ Генштаба Игорь Костюков": a common noun read as a first
        # name must share a case with the given name read as its surname
        return False
    if post_word_in_name(first + last):
        return False  # "председателем Совета Министров": a post's word is no name
    if first and first[0].value[:1].isupper() and 'Patr' in known_grams(first[0]) \
            and 'Name' not in known_grams(first[0]):
        # "мэр города Алексей Николаевич Фролов": a patronymic opens no name;
        # the first name before it was taken for something else
        return False
    if last and not first and any(
        'ADJF' in form.grams.values and is_known(form) for form in getattr(last[0], 'forms', ())
    ) and not (raw.link != ',' and known_surname_reading(last[:1])):
        # "губернатором Московской области": an adjective, not a surname; but
        # "министр Иванов", "Петров стал губернатором": a surname the dictionary
        # also reads as an adjective ("Иванов", "Толстой") is one. After a comma
        # it may close a phrase of its own ("По словам Петрова, бывший президент")
        return False
    organization = attribute_tokens(raw, 'organization')
    if organization and any(form.normalized in RANK_WORDS for form in getattr(organization[-1], 'forms', ()) or ()):
        return False  # "округом генерал-полковника": a rank between the body and the name, not a part of the body
    if organization and not raw.place and not raw.org_type and _is_place(organization):
        return False  # "Президент Российской Федерации": a place, read as such in another reading
    middle = attribute_tokens(raw, 'middle')
    if first and last and len(first) == 1 and len(last) == 1 and 'Surn' not in known_grams(last[0]) \
            and not same_case_names(first[0], last[0]) and not _undeclined_surname(last[0]) \
            and not _common_noun_in_case(last[0], name_word_cases(first[0])):
        # "министра Антона Силуанова Иван Котов": "Иван" is no surname of
        # "Антона"; but "Имрана Хана" is, a common noun ("хан") in its case
        return False
    if first and len(first) == 1 and len(middle) == 1 and not same_case_names(first[0], middle[0]):
        return False  # "министр обороны Израиля Эхуд Барак": a place's genitive is no first name before "Эхуд"
    place = attribute_tokens(raw, 'place')
    if first and last and len(first) == 1 and not place and country_or_name(first[0], last[-1]):
        return False  # "премьера Израиля Нетаньяху": the country, then the surname alone
    if last and not first and place and place[-1].span.stop < last[0].span.start and (
            'Name' in known_grams(place[-1]) and not country_or_name(place[-1], last[-1])
            or 'Geox' not in known_grams(place[-1])):
        # "глава генштаба Бени Ганц": a first name, not a place, before the
        # surname; so is a word only guessed to be a place ("адвокат Аттикус Финч")
        return False
    if place and not raw.region_kind and place[-1].value[:1].isupper() and {'ADJF'} <= known_grams(place[-1]) \
            and not known_grams(place[-1]) & {'Geox', 'Name', 'Surn', 'NOUN'} \
            and not (len(place) > 1 and place[-2].span.stop == place[-1].span.start) \
            and not (first and 'Name' in known_grams(first[0])):  # "Петропавловска-Камчатского"
        # "аула Верхний" + "Курп": an adjective that opens a place's name ends
        # no place; before a known first name it is the whole name ("посёлка Светлый Иван Петров")
        return False
    if first and last_word_is(tail, SETTLEMENT_KINDS) and tail[-1].span.stop <= first[0].span.start \
            and ('Geox' in known_grams(first[0]) or 'ADJF' in known_grams(first[0]) and 'Name' not in known_grams(first[0])):
        # "губернатор штата Юта Спенсер Кокс": the word after the kind is the
        # place's name; "мэр города Иван Петров" names the city the text named before
        return False
    if last and not first and tail and any(
        form.normalized in SETTLEMENT_KINDS for form in getattr(tail[-1], 'forms', ()) or ()
    ) and tail[-1].span.stop <= last[0].span.start and not known_surname_reading(last):
        # "мэр города Камник", "шериф округа Марикопа": a word after the kind
        # of place names it, unless the dictionary knows it as a surname ("мэр города Лужков")
        return False
    if last and not first and last_word_is(tail, EPONYM_KINDS) and tail[-1].span.stop <= last[0].span.start and any(
        'gent' in form.grams.values and singular(form) and form.grams.values & {'Surn', 'ADJF'}
        for form in getattr(last[0], 'forms', ()) if is_known(form)
    ):
        return False  # "директор музея Пушкина", "театра Вахтангова": the body is named after the man
    if last and not first and any(token.value.lower() in {'имени', 'им'} for token in tail):
        return False  # "руководитель театра имени Евгения Вахтангова": a surname alone ends the eponym
    if last and not first and tail and any(
        form.normalized in FAMILIES for form in getattr(tail[-1], 'forms', ()) or ()
    ):
        return False  # "глава клана Медичи", "представитель династии Бурбонов": the family's name
    if last and not first and all(
        'plur' in form.grams.values for form in getattr(last[0], 'forms', ()) or () if is_known(form)
    ) and any(is_known(form) for form in getattr(last[0], 'forms', ()) or ()):
        return False  # "старший представитель дома Романовых": a family, no holder
    gap = attribute_tokens(raw, 'gap')
    post_start = min((token.span.start for name in ('acting', 'modifiers', 'head') for token in attribute_tokens(raw, name)),
                     default=None)
    if gap and post_start is not None and 0 <= post_start - gap[-1].span.stop <= 1 and any(
        'PREP' in form.grams.values for form in getattr(gap[-1], 'forms', ())
    ):
        return False  # "Петров работал с министром Котовым": the post is the preposition's, no predicate
    if any(index and any(form.normalized == 'который' for form in getattr(token, 'forms', ()))
           and any('NOUN' in form.grams.values for form in getattr(gap[index - 1], 'forms', ()))
           and not any('PREP' in form.grams.values for form in getattr(gap[index - 1], 'forms', ()))
           for index, token in enumerate(gap)):
        return False  # "Иван Петров, брат которого был министром": the clause's subject is the brother
    if raw.gap and not (first and last) and not known_surname_reading(last) and not relative_clause(raw) and not (
        last and time_gap(raw)
    ):
        return False  # across a few words, only a full name is safe: "Руснок" may be anything
    if last and not raw.link and 'nomn' not in person_cases and len(last) == 1:
        word = last[0].value
        known = [form for form in getattr(last[0], 'forms', ()) if is_known(form)]
        # "-ой", "-ей" also end an oblique case of a name in "-а", "-я": "директором Антонио Филосой"
        oblique_a = word.lower().endswith(('ой', 'ей')) and bool(person_cases & {'gent', 'datv', 'ablt', 'loct'})
        if not known and DECLINABLE_NOMINATIVE.search(word.lower()) and not oblique_a \
                and normalize.name_gender([word]) is None:
            return False  # "указом президента Ю.Балуевский": a nominative name
    return True


def _common_noun_in_case(token: Any, cases: set[str]) -> bool:
    """Whether the dictionary reads the word as a common noun, no name, in one of ``cases``."""
    return any(is_known(form) and 'NOUN' in form.grams.values and not form.grams.values & {'Name', 'Surn', 'Patr'}
               and cases & form.grams.values for form in getattr(token, 'forms', ()) or ())


def _cases(token: Any) -> set[str]:
    """The cases of the word's dictionary readings."""
    return {case for form in getattr(token, 'forms', ()) if is_known(form)
            for case in normalize.CASES if case in form.grams.values}


def _head_is(token: Any, lemmas: set[str]) -> bool:
    return any(form.normalized in lemmas for form in getattr(token, 'forms', ()))


#: Who acts for a party at law and its family: "адвокат семьи погибшего".
COUNSEL = {'адвокат', 'юрист', 'представитель', 'защитник', 'поверенный', 'правозащитник'}
#: Bodies one belongs to rather than serves in: "член партии", "представитель движения".
MEMBERSHIP_BODIES = {'партия', 'движение', 'блок', 'фракция', 'лига', 'клуб', 'круг', 'оппозиция', 'союз'}


def _adjective_before_post(head: Any, following: Any) -> bool:
    """Whether a head that is also an adjective ("управляющий", "ведущий")
    agrees with a post's noun right after it: "управляющего директора" is
    one post, not the manager of a director."""
    adjectives = [form for form in getattr(head, 'forms', ()) if form.grams.values & {'ADJF', 'PRTF'}]
    nouns = [form for form in getattr(following, 'forms', ())
             if 'NOUN' in form.grams.values and form.normalized in HEAD_WORDS]
    return any(agrees_as_attribute(adjective.grams.values, noun.grams.values) for adjective in adjectives for noun in nouns)


def _membership(raw: Any) -> bool:
    head = {form.normalized for form in getattr(head_token(raw), 'forms', ())}
    if not head & {'член', 'представитель', 'сторонник'}:
        return False
    if any(token.value.lower() == 'официальный' for token in attribute_tokens(raw, 'modifiers')):
        return False  # "официальный представитель партии" speaks for it: a post
    body = attribute_tokens(raw, 'tail') + attribute_tokens(raw, 'organization') + attribute_tokens(raw, 'org_type')
    if 'член' in head and attribute_tokens(raw, 'organization') and all(
        IsAbbreviation()(token) for token in attribute_tokens(raw, 'organization')
    ) and not raw.place and not attribute_tokens(raw, 'tail'):
        return True  # "Член ЛДПР"; not "член правления ВТБ", a seat on its board
    return any(form.normalized in MEMBERSHIP_BODIES for token in body for form in getattr(token, 'forms', ()))


def _tail_ends_in_post(raw: Any) -> bool:
    """Whether the governed words end in a post of one person: not "кабинета
    министров", "совета директоров", whose plural names a body."""
    tail = attribute_tokens(raw, 'tail')
    return bool(tail) and any(form.normalized in HEAD_WORDS and form.grams.values >= {'anim', 'gent', 'sing'}
                              for form in getattr(tail[-1], 'forms', ()))


def name_of_tail(raw: Any) -> bool:
    """Whether the governed words end in another post that a genitive name
    may belong to: "заместителем главы МВД Рашида Нургалиева"."""
    return _tail_ends_in_post(raw) and bool(name_cases(raw) & {'gent', 'accs'})


def holder_of_tail(raw: Any, cases: set[str]) -> bool:
    """Whether the name after a post in apposition holds instead the post
    its governed words end in: a dictionary name that reads as a man's
    genitive ("начальник штаба кандидата Петра Иванова", though "Петра" is
    also a woman's nominative), or a foreign one the dictionary does not know
    ("советник президента Франции Эмманюэля Макрона")."""
    if 'gent' in cases:
        return False
    if name_of_tail(raw) and genitive_of_another(raw, cases) and not raw.organization and not raw.place:
        return True
    return 'nomn' in cases and _tail_ends_in_post(raw) and foreign_genitive(raw)


@per_match
def linked_by_verb(raw: Any) -> bool:
    """Whether a copula ties the name to the post ("стал", "назначен"), which
    makes the name its subject; "освободил Балуевского от должности" holds no
    copula and the holder may be an object."""
    return any(
        form.normalized in COPULAS
        for token in attribute_tokens(raw, 'link') for form in getattr(token, 'forms', ())
    )


def ends_in_office(raw: Any) -> bool:
    """Whether the link ends in the noun of an office, which governs the post
    in the genitive: "будет исполнять обязанности главы", "продолжит занимать пост министра"."""
    link = attribute_tokens(raw, 'link')
    if link and any(form.normalized in GOVERNING_OFFICE_NOUNS for form in getattr(link[-1], 'forms', ())):
        return True
    # "Анну Котову назначили на пост министра": after an appointment by no
    # one named the office stands in the gap before the post
    gap = attribute_tokens(raw, 'gap')
    if len(gap) >= 3 and any(form.normalized in OFFICE_ADJECTIVES for form in getattr(gap[-2], 'forms', ())):
        gap = gap[:-2] + gap[-1:]  # "утвердили на ключевую должность начальника"
    return appointed_object(raw) and len(gap) >= 2 and gap[-2].value.lower() in {'на', 'в'} and any(
        form.normalized in OFFICE_NOUNS for form in getattr(gap[-1], 'forms', ()))


def appointed_object(raw: Any) -> bool:
    """Whether the name is the object of an appointment by no one named:
    "Анну Петрову избрали мэром", "Драги назначили главой ЕЦБ"."""
    return any(
        form.normalized in PASSIVE_VERBS and {'VERB', 'plur'} <= form.grams.values
        for token in attribute_tokens(raw, 'link') for form in getattr(token, 'forms', ())
    )


def may_be_holder(raw: Any) -> bool:
    """Whether the name may stand as the holder tied to a post by a verb or
    an office ("Иванов занял пост", "назначил Иванова на пост", "назначение
    Иванова на пост"); a dative or instrumental name is someone else."""
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        known = [form for form in getattr(token, 'forms', ()) if is_known(form) and form.grams.values & {'Name', 'Surn'}]
        if known and not any(form.grams.values & {'nomn', 'accs', 'gent', 'Fixd'} for form in known):
            return False
    return True


#: Words for a family, whose name follows them: "клана Медичи".
FAMILIES = {'клан', 'династия', 'род', 'дом', 'семейство', 'семья', 'фамилия'}

#: Words of a circumstance of time: "в 2001-2002 годах", "с марта прошлого года", "уже в 2010 году".
TIME_GAP_WORDS = {
    'в', 'во', 'с', 'со', 'по', 'до', 'после', 'между', 'к', 'от', '-', '—', '–', 'же', 'г', 'гг', '.',
    'х', 'е', 'ых', 'ые',  # "в 1980-х годах", "в 90-е"
} | WHEN_WORDS
TIME_GAP_LEMMAS = {
    'год', 'месяц', 'неделя', 'время', 'период', 'начало', 'конец', 'середина', 'прошлый', 'этот', 'тот',
    'весна', 'лето', 'осень', 'зима', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август',
    'сентябрь', 'октябрь', 'ноябрь', 'декабрь', 'следующий', 'последний', 'десятилетие',
}


def time_gap(raw: Any) -> bool:
    """Whether the words between the name and the verb tell only when, with a
    year or a word of time ("году", "марта") among them: "Руснок в 2001-2002
    годах работал министром" ties the name to the post as a full name would,
    whatever "Руснок" is; an adverb alone ("Руснок тогда стал") does not."""
    gap = attribute_tokens(raw, 'gap')
    telling = [token.value.isdigit() or any(form.normalized in TIME_GAP_LEMMAS for form in getattr(token, 'forms', ()))
               for token in gap]
    return any(telling) and all(told or token.value.lower() in TIME_GAP_WORDS for told, token in zip(telling, gap))


def relative_clause(raw: Any) -> bool:
    """Whether the gap opens with "который": "Ю. Чайкой, который тогда занимал
    пост" ties the post to the name whatever the name's case."""
    gap = attribute_tokens(raw, 'gap')
    return bool(gap) and any(form.normalized == 'который' for form in getattr(gap[0], 'forms', ()))


def link_participle_cases(raw: Any, attribute: str = 'link') -> set[str]:
    """The cases of the full participles of the link ("назначенный",
    "занимавшая", or of another ``attribute``: "сменившему"), which agree
    with the name they stand by."""
    tokens = attribute_tokens(raw, attribute)
    return {
        case for index, token in enumerate(tokens) for form in getattr(token, 'forms', ())
        if 'PRTF' in form.grams.values and not _describes_office(tokens, index)
        for case in normalize.CASES if case in form.grams.values
    }


def _describes_office(tokens: Sequence[Any], index: int) -> bool:
    """Whether the participle describes the office noun after it: "заняла
    специально учреждённую должность"."""
    if index + 1 >= len(tokens):
        return False
    # in one case, gender and animacy with the noun ("учреждённую должность"),
    # not governing it ("занимающего пост": an animate accusative, an inanimate noun)
    participles = [form.grams.values for form in getattr(tokens[index], 'forms', ()) if 'PRTF' in form.grams.values
                   and form.normalized not in OFFICE_VERBS]  # "занимавшую должность" governs the office
    nouns = [form.grams.values for form in getattr(tokens[index + 1], 'forms', ()) if form.normalized in OFFICE_NOUNS]
    return any(agrees_as_attribute(participle, noun) for participle in participles for noun in nouns)


def post_word_in_name(tokens: Sequence[Any]) -> bool:
    """Whether a word of the name is a post's word, not a name the dictionary
    knows: "председателем Совета Министров", "Президент Путин сменил ..."."""
    return any(
        any(form.normalized in HEAD_WORDS for form in getattr(token, 'forms', ()))
        and not known_grams(token) & {'Name', 'Surn'}
        # "Ицхак Герцог", "Анна Король": after a first name the dictionary
        # knows, a capitalized title word is the surname
        and not (index and token.value[:1].isupper() and 'Name' in known_grams(tokens[index - 1]))
        for index, token in enumerate(tokens)
    )


def sought(raw: Any) -> bool:
    """Whether the copula is an infinitive: "хочет стать", "должен стать",
    "шансы стать" name a post sought, not held."""
    return sought_by(attribute_tokens(raw, 'link'))


def appointed_by_post(raw: Any) -> bool:
    """Whether "назначенный" or "утверждённый" before the post names who
    appointed: "назначенный президентом Иван Петров" was appointed by the
    president, "назначенный ректором университета Дмитрий Пеньков" is the
    rector. A post without its body may be either ("утверждённый губернатором
    Андрей Петров"), and is read as who appointed."""
    link = attribute_tokens(raw, 'link')
    if not any(form.normalized in APPOINTED_BY_ANOTHER and 'PRTF' in form.grams.values
               for token in link for form in getattr(token, 'forms', ())):
        return False
    if any(form.normalized in APPOINTERS for form in getattr(head_token(raw), 'forms', ())):
        return True  # "Иван Петров, назначенный президентом"
    # after the name the participle agrees with it, and the post is the one given
    return not holder_first(raw) and not (raw.tail or raw.organization or raw.place or raw.host_place or raw.foreign_body)


def sought_by(link: Sequence[Any]) -> bool:
    """Whether an infinitive of a link verb makes the post one sought ("хочет
    стать президентом"); one held still ("решил остаться министром") is held."""
    return any(
        'INFN' in form.grams.values and form.normalized in LINK_VERBS - {'остаться', 'оставаться'}
        for token in link for form in getattr(token, 'forms', ())
    )


@functools.cache
def _place_parser() -> Any:
    from factlex.bnf import parser as Parser

    from factlex.morph import tokenizer

    from ..blocks.places import place
    return Parser(place({'gent'}), tokenizer=tokenizer())


def _is_place(tokens: Sequence[Any]) -> bool:
    """Whether the words are exactly a place in the genitive, where a post's
    place stands: "Российской Федерации", "Ханты-Мансийского автономного
    округа"; not "Северо-Кавказским военным округом", a body."""
    return earley.match(_place_parser(), list(tokens)) is not None


def held_under_someone(raw: Any) -> bool:
    """Whether the post is held under a person named after it, with no
    governed words or body of its own: "советник", "пресс-секретарь", not
    "советник президента" or "пресс-секретарь Кремля"."""
    return is_relational(raw) and not (raw.tail or raw.organization or raw.place or raw.owner or raw.owner_body)


@per_match
def is_relational(raw: Any) -> bool:
    """Whether the post is one held under a person ("советник", "заместитель")."""
    return _head_is(head_token(raw), RELATIONAL_HEADS)


def last_word_is(tokens: Sequence[Any], lemmas: Collection[str]) -> bool:
    """Whether the last of ``tokens`` has one of ``lemmas`` among its readings."""
    return bool(tokens) and _head_is(tokens[-1], lemmas)


def _name_ends(raw: Any) -> list[Any]:
    """The first word of the first name and the last of the surname."""
    return attribute_tokens(raw, 'first')[:1] + attribute_tokens(raw, 'last')[-1:]


_INSTRUMENTAL_PREPOSITIONS = frozenset({'с', 'со', 'за', 'над', 'под', 'перед', 'между'})


def body_in_another_case(raw: Any) -> bool:
    """Whether what follows the post, its governed words or its body, stands
    in a case the post does not govern. A post governs the genitive, and a
    participle post the instrumental ("командующий Тихоокеанским флотом"):
    after "Указом президента России командующим Тихоокеанским флотом
    назначен" the fleet is the other post's, in "Распоряжением губернатора
    министром финансов назначена" the ministry is, and "министр Минору
    Кихара" names no body "Минор"."""
    participle = re.search('(ющ|ящ|ущ|ащ)[а-я]+$', head_token(raw).value.lower())  # "командующим", "заведующей"
    tail = attribute_tokens(raw, 'tail')
    if tail and not participle:
        # any word only in the instrumental before a preposition that may
        # govern it ("по связям с общественностью"): "ректора новым деканом"
        # ("новым" may be a plural dative)
        for token in tail:
            if token.value.lower() in _INSTRUMENTAL_PREPOSITIONS:
                break
            if _only_in(token, {'ablt'}):
                return True
    body = attribute_tokens(raw, 'organization')
    if raw.org_type or any(not token.value[:1].isalnum() for token in body):
        # "театра «Ленком»", "компании Яндекс": a name after its kind stays as written
        return False
    nouns = [token for token in body
             # "ФМБА", "ТвГУ" do not decline
             if token.type == 'RU' and not token.value.isupper() and not abbreviation_shaped(token.value)
             and any('NOUN' in form.grams.values for form in getattr(token, 'forms', ()))]
    if not nouns:
        return False
    # "Роскосмос" may stand undeclined, in the nominative
    return _only_in(nouns[0], {'datv', 'loct', 'loc2'} if participle else {'ablt', 'datv', 'loct', 'loc2'})


def _only_in(token: Any, cases: set[str]) -> bool:
    """Whether every case the word may stand in is one of ``cases``."""
    found = {case for form in getattr(token, 'forms', ()) for case in (*normalize.CASES, 'Fixd')
             if case in form.grams.values}
    return bool(found) and found <= cases


def may_be_genitive(raw: Any) -> bool:
    """Whether the whole name may stand in the genitive: "Ивана Петрова",
    "Лиама Фокса", "Синдзо Абэ"; not "Анна Петрова", whose first name is
    a nominative only."""
    words = _name_ends(raw)
    return bool(words) and all('gent' in name_word_cases(token) for token in words)


def genitive_not_case(raw: Any, cases: set[str]) -> bool:
    """Whether the name reads as a genitive and not in the post's ``cases``:
    "советником Лиама Фокса", "является советником Ивана Петрова"; not
    "советник Анна Петрова", nor "пресс-секретарю Анне Смирновой", a dative
    like its post. A woman's nominative in "-а" is left to the nominative."""
    words = _name_ends(raw)
    return may_be_genitive(raw) and not all(name_word_cases(token) & cases for token in words)


def scene_before_holder(raw: Any, cases: set[str], tokens: Sequence[Any]) -> bool:
    """Whether the name after where the post is held ("глава делегации на
    переговорах Саеб Эрекат", "шериф из Техаса Джон Гиббс") is its holder.
    After a scene in the locative a name that may be a genitive is the
    scene's owner ("в правительстве Ивана Сидорова", "в присутствии Нэнси
    Пелоси"), and so is any name right after a noun that governs a person
    ("в правительстве Синдзо Абэ"); a post in the genitive or the
    accusative cannot tell its holder from such an owner at all."""
    if attribute_tokens(raw, 'scene')[0].value.lower() == 'из':
        return True  # "из Техаса": no one owns the place
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    if not (first and last) or not cases - {'gent', 'accs'}:
        return False
    noun = attribute_tokens(raw, 'scene_noun')
    after_noun = next((token for token in tokens if noun and token.span.start >= noun[-1].span.stop), None)
    if after_noun is first[0] and last_word_is(noun, PERSON_GOVERNING_NOUNS):
        return False
    return not may_be_genitive(raw) and all(name_word_cases(token) & (cases - {'gent', 'accs'})
                                            for token in _name_ends(raw))


def adjective_agrees(adjective: Any, noun: Any) -> bool:
    """Whether an adjective and a noun share a case and a number and, in the
    singular, a gender: "итальянский продюсер", not "сборной итальянец"."""
    return forms_agree(getattr(adjective, 'forms', ()) or (), getattr(noun, 'forms', ()) or ())


def forms_agree(adjective_forms: Iterable[Any], noun_forms: Iterable[Any]) -> bool:
    """Whether some reading of an adjective agrees with some reading of a
    noun: a case and a number and, in the singular, a gender."""
    def readings(forms: Iterable[Any]) -> set[tuple[str, str, str]]:
        found = set()
        for form in forms:
            grams = form.grams.values
            case = next((case for case in normalize.CASES if case in grams), None)
            number = 'plur' if 'plur' in grams else 'sing'
            gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in grams), '')
            if case:
                found.add((case, number, gender if number == 'sing' else ''))
        return found

    nouns = readings(noun_forms)
    # "ms-f" nouns ("судья") have no gender of their own: any agrees
    return any((case, number, gender) in nouns or (case, number, '') in nouns
               for case, number, gender in readings(adjective_forms))
