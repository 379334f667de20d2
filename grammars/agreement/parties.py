"""Parties: "Россия и Китай", "с британской BP", "финская верфь Wärtsilä Marine", and their nominative."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Optional

from yargy import and_, not_, or_, rule
from yargy.predicates import (
    custom,
    dictionary,
    eq,
    gram,
    in_,
    in_caseless,
    is_lower,
    type,
)

from factlex import normalize
from factlex.morph import is_known, morph_analyzer

from ..blocks.names import INITIAL, NAME_PARTICLES
from ..blocks.orgs import (
    BODY_NOUNS,
    LATIN_NAME,
    LEGAL_FORM_WORDS,
    LEGAL_FORM,
    OPEN_QUOTES,
    ORG_NAME,
    ORG_TYPE,
    ORG_TYPE_WORDS,
    PLACE_ABBREVIATIONS,
)
from ..blocks.places import REGION_NOUNS, located, place
from ..blocks.words import (
    MINISTRY_OF_GENITIVE,
    SPACED_DASH,
    HasCase,
    IsAbbreviation,
    IsCapitalizedWord,
    known_grams,
    lower_compound,
)
from ..circumstances import DASH, EVENT_NOUNS, MONTHS, PERIODS, WEEKDAYS
from ..person import full_name_at_end, full_name_parts_at_end, is_person_name, name_nominative
from ..phrases import head_phrase_nominative, inflect_as, join, phrase_nominative, readings
from .documents import CAPITALIZED, DOCUMENTS, NUMBER, QUOTE, QUOTES, SIGN, SIGN_VERBS, WORDY
from .raw import Raw, _attribute, _groups, _lemmas

##########
#   PARTIES
##########

# Nouns and adjectives of a common noun phrase: "администрация области",
# "областная федерация профсоюзов", "две страны", "55-летний специалист".
ADJECTIVE = and_(or_(gram('ADJF'), gram('PRTF'), gram('NUMR'), gram('Anum')), not_(SIGN), not_(gram('Apro')))
#: Nouns of an intention or a chance before an infinitive: "Россия заявила о
#: готовности подписать"; none of them signs.
#: (``status`` files those of a plan and those of a refusal under their statuses.)
PLAN_NOUNS = frozenset({'готовность', 'намерение', 'желание', 'стремление', 'обещание', 'попытка', 'возможность',
                        'необходимость', 'согласие'})
REFUSE_NOUNS = frozenset({'нежелание', 'отказ'})
INTENT_NOUNS = PLAN_NOUNS | REFUSE_NOUNS | {'решение', 'план', 'предложение'}
# "готов", "должны": a short adjective before an infinitive, though
# pymorphy2 also reads a noun ("готы").
NOUN = and_(gram('NOUN'), WORDY, not_(gram('Anum')), not_(and_(is_lower(), dictionary(INTENT_NOUNS))),
            not_(and_(is_lower(), gram('ADJS'), dictionary({'готовый', 'должный', 'намеренный', 'согласный'}))),
            not_(dictionary(set(DOCUMENTS) | {'подписание', 'заключение', 'подпись'})),
            # "в 2015 году Россия": a time word heads no side
            not_(dictionary(PERIODS | MONTHS | WEEKDAYS)),
            # "Кроме того, Россия и Китай": a pronoun in lower case, whatever
            # else the dictionary reads in it ("того" is also Togo's), is no side
            not_(and_(is_lower(), gram('Apro'))))
# "всеми участниками форума", "все страны": a quantifier before a side
QUANTIFIER = dictionary({'весь'})
# "инвестиционно-строительное", "научно-исследовательский": a compound adjective
COMPOUND_ADJECTIVE = or_(
    lower_compound(ADJECTIVE),
    # "Горно-металлургический профсоюз России": capitalized, opening a body's name
    rule(and_(IsCapitalizedWord(), type('RU'), or_(gram('ADJS'), gram('ADVB'), gram('ADJF'))),
         DASH, and_(ADJECTIVE, is_lower())),
    # "Санкт-Петербургский", "Южно-Уральский", "Ханты-Мансийский": a place's compound adjective
    rule(and_(IsCapitalizedWord(), type('RU')), DASH, and_(ADJECTIVE, IsCapitalizedWord(), gram('Geox'))),
)
ADJECTIVES = or_(
    rule(ADJECTIVE.repeatable(max=4)),  # "Национальный исследовательский Томский государственный университет"
    rule(ADJECTIVE.optional(), COMPOUND_ADJECTIVE, ADJECTIVE.optional()),
    rule(ADJECTIVE, in_caseless({'и'}), ADJECTIVE),  # "Промышленный и коммерческий банк"
    rule(type('INT'), DASH, ADJECTIVE),  # "55-летний"
)
# Lower-case, or a place, a body or an abbreviation ("банк Китая", "министры
# стран ЕАЭС"); a capitalized name is no governed word ("Путин", "путина").
# "председатель объединённой профсоюзной организации": a participle as an adjective
GENITIVE_WORD = and_(HasCase({'gent'}), WORDY, or_(gram('NOUN'), gram('ADJF'), gram('PRTF'), gram('NUMR')), not_(gram('Apro')),
                     or_(is_lower(), gram('Geox'), gram('Orgn'), IsAbbreviation()),
                     # "Администрация Краснодара и ООО «Кубань-Инвест»": a legal form opens a side of its own
                     not_(in_(LEGAL_FORM_WORDS)),
                     not_(dictionary(SIGN_VERBS | {'подписание', 'заключение'})))
# "цифрового развития, связи и массовых коммуникаций": a list of what a body
# deals with, in lower case
LOWER_GENITIVE = or_(
    rule(and_(GENITIVE_WORD, is_lower())),
    lower_compound(and_(GENITIVE_WORD, is_lower())),  # "жилищно-коммунального"
)
LOWER_GENITIVES = rule(LOWER_GENITIVE.repeatable(max=3))
_HELP = and_(GENITIVE_WORD, is_lower(), dictionary({'содействие', 'помощь', 'поддержка', 'противодействие'}))
_DATIVE_WORD = and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF')), WORDY, not_(gram('Apro')))
GOVERNED = or_(
    rule(GENITIVE_WORD.repeatable(max=6)),  # "генерального директора белорусского машиностроительного объединения"
    rule(LOWER_GENITIVES, rule(eq(','), LOWER_GENITIVES).repeatable(max=3), in_caseless({'и'}), LOWER_GENITIVES,
         GENITIVE_WORD.repeatable(max=2).optional()),
    # "строительства и жилищно-коммунального хозяйства Российской Федерации"
    rule(LOWER_GENITIVES, in_caseless({'и'}), LOWER_GENITIVES, GENITIVE_WORD.repeatable(max=2).optional()),
    # "представители 15 европейских государств"
    rule(type('INT'), GENITIVE_WORD.repeatable(max=3)),
    # "Фонд содействия инновациям", "Фонд содействия реформированию
    # жилищно-коммунального хозяйства": a help that governs the dative
    rule(_HELP, _DATIVE_WORD.repeatable(max=3)),
    rule(_HELP, _DATIVE_WORD.repeatable(max=2), LOWER_GENITIVES),
    # "Союз промышленников и предпринимателей"
    rule(GENITIVE_WORD.repeatable(max=3), in_caseless({'и'}), GENITIVE_WORD.repeatable(max=2)),
    # "президенты Белоруссии, Казахстана и России": places listed with commas
    rule(and_(GENITIVE_WORD, gram('Geox')), rule(eq(','), and_(GENITIVE_WORD, gram('Geox'))).repeatable(max=4),
         in_caseless({'и'}), and_(GENITIVE_WORD, gram('Geox'))),
)
#: Nouns of sides that sign: after "с" they name a party ("с клубом"), while
#: another lower-case thing belongs to the topic ("о борьбе с терроризмом").
PARTY_NOUNS = ORG_TYPE_WORDS | BODY_NOUNS | {
    'клуб', 'команда', 'сторона', 'страна', 'государство', 'город', 'регион', 'область', 'муниципалитет',
    'субъект', 'республика', 'руководство', 'правление', 'дирекция', 'мэрия', 'профсоюз', 'лейбл', 'студия',
    'представительство', 'посольство', 'консорциум', 'биржа', 'лига',
    # bodies named by a shortened compound: "с Томским политехом"
    'госуниверситет', 'медуниверситет', 'педуниверситет', 'политех', 'вуз', 'техникум', 'госкорпорация',
}
# (a place's name heads no description: "с Китаем Индия" is two sides)
PARTNER_NOUN = and_(NOUN, or_(and_(not_(is_lower()), not_(and_(gram('Geox'), not_(gram('Name')), not_(gram('Surn')),
                                                               not_(gram('Abbr'))))),
                              gram('anim'), dictionary(PARTY_NOUNS)))
PERSON_NOUN = and_(NOUN, gram('anim'))
# "премьер-министр", "генерал-губернатор"
COMPOUND_NOUN = rule(and_(or_(is_lower(), IsCapitalizedWord()), type('RU')), eq('-'), NOUN)
# "его китайский коллега"
POSSESSIVE = in_caseless({'его', 'её', 'ее', 'их', 'свой'})
# "190 государств", "более 100 стран": a number and the genitive it governs.
COUNTED = rule(
    in_caseless({'более', 'свыше', 'около', 'почти', 'порядка', 'менее'}).optional(),
    type('INT'),
    and_(NOUN, HasCase({'gent'}), not_(dictionary(PERIODS | MONTHS | {'процент', 'рубль', 'доллар', 'евро'}))),
)


def common(noun):
    """A common noun phrase around ``noun``: "администрация области", "две страны"."""
    return or_(
        rule(noun),
        rule(POSSESSIVE, noun),
        rule(QUANTIFIER, noun),
        rule(QUANTIFIER, noun, GOVERNED),
        rule(POSSESSIVE, ADJECTIVES, noun),
        rule(ADJECTIVES, noun),
        rule(noun, GOVERNED),
        rule(ADJECTIVES, noun, GOVERNED),
    )


COMMON = or_(
    common(NOUN),
    COUNTED,
    COMPOUND_NOUN,
    rule(ADJECTIVES, COMPOUND_NOUN),
    rule(COMPOUND_NOUN, GOVERNED),
)
COMMON_PARTNER = or_(common(PARTNER_NOUN), COUNTED, COMPOUND_NOUN, rule(ADJECTIVES, COMPOUND_NOUN),
                     rule(COMPOUND_NOUN, GOVERNED))
HYPHENATED = rule(CAPITALIZED, eq('-'), CAPITALIZED)  # "Лос-Анджелес", "Касым-Жомарт"
# "ас-Сиси", "аль-Асад", "ван Дейк", "фон дер Ляйен": a lower-case particle
# inside a name.
PARTICLE = in_(NAME_PARTICLES)
PARTICLE_NAME = or_(
    rule(PARTICLE, eq('-'), CAPITALIZED),
    rule(PARTICLE, PARTICLE.optional(), CAPITALIZED),
)
NAME_WORDS = or_(
    rule(CAPITALIZED.repeatable(max=3)),
    rule(CAPITALIZED.repeatable(max=2), PARTICLE_NAME),
    rule(HYPHENATED),
    rule(CAPITALIZED, HYPHENATED),
    rule(HYPHENATED, CAPITALIZED),
    rule(INITIAL, INITIAL.optional(), CAPITALIZED),
)
# "Larsen & Toubro", "Procter & Gamble": Latin names joined by "&".  # shared-block candidate
# "Wärtsilä", "Nestlé", "Škoda": the tokenizer splits a Latin word at its
# letters with diacritics (type OTHER).  # shared-block candidate
DIACRITIC = and_(type('OTHER'), custom(str.isalpha))
ACCENTED = or_(
    rule(and_(type('LATIN'), custom(lambda value: value[:1].isupper())),
         rule(DIACRITIC, type('LATIN').optional()).repeatable(max=3)),
    rule(DIACRITIC, type('LATIN'), rule(DIACRITIC, type('LATIN').optional()).repeatable(max=2).optional()),
)
LATIN_WORDS = or_(
    rule(LATIN_NAME),
    rule(ACCENTED, LATIN_NAME.optional()),
    rule(LATIN_NAME, ACCENTED),
)
LATIN_NAMES = or_(LATIN_WORDS, rule(LATIN_WORDS, eq('&'), LATIN_WORDS))
# «Лос-Анджелес Гэлакси», ''Sharks'': a name in quotes of any kind.
QUOTED_NAME = rule(
    QUOTE.repeatable(max=2),
    not_(or_(QUOTE, in_({'.', ',', ';', '(', ')'}))).repeatable(max=6),
    QUOTE.repeatable(max=2),
)
NAMED = or_(
    NAME_WORDS,
    QUOTED_NAME,
    LATIN_NAMES,
    rule(ORG_NAME),
    place(),
    rule(and_(IsAbbreviation(), type('RU'))),
)


# "Государственная корпорация по атомной энергии", "Национальное агентство по
# атомной энергии Монголии", "Комитет по делам молодёжи": a body named for
# what it does.
BY_WORD = and_(is_lower(), or_(gram('ADJF'), gram('NOUN')), HasCase({'datv', 'loct'}), WORDY, not_(gram('Apro')),
               not_(dictionary(set(DOCUMENTS))),
               # "по итогам встречи", "по инициативе губернатора": how or why, not what the body does
               not_(dictionary({'итог', 'результат', 'слово', 'данные', 'просьба', 'инициатива', 'случай', 'повод',
                                'приглашение', 'причина', 'мнение', 'поручение', 'решение', 'указание', 'заказ',
                                'требование', 'согласование', 'информация', 'сообщение', 'оценка', 'линия'})))
# A noun of a body or of a kind of organization: "управление", "программа", "компания"
BODY_NOUN = and_(NOUN, dictionary(ORG_TYPE_WORDS | BODY_NOUNS))
BODY_BY = or_(
    rule(
        ADJECTIVES.optional(),
        BODY_NOUN,
        in_caseless({'по'}),
        # "по градостроительству и архитектуре"
        or_(rule(BY_WORD.repeatable(max=4)),
            rule(BY_WORD.repeatable(max=3), in_caseless({'и'}), BY_WORD.repeatable(max=3))),
        GOVERNED.optional(),
        # "по надзору в сфере связи"
        rule(in_caseless({'в'}), in_caseless({'сфере', 'области'}), GOVERNED).optional(),
        place({'gent'}).optional(),  # "Комитет по транспорту Санкт-Петербурга"
    ),
    # "Программа ООН по окружающей среде": whose body it is, then what it does
    rule(ADJECTIVES.optional(), BODY_NOUN, GOVERNED, in_caseless({'по'}),
         BY_WORD.repeatable(max=4), GOVERNED.optional()),
)
# "Управление ФСБ по Москве", "ГУ МВД по Свердловской области", "Главное
# управление МВД России по Москве": a body's office in a region
REGIONAL_OFFICE = rule(
    or_(
        rule(ADJECTIVES.optional(), BODY_NOUN, GOVERNED),
        # "Управление Росреестра", "Главное управление Министерства внутренних дел Российской Федерации"
        rule(ADJECTIVES.optional(), BODY_NOUN, ORG_NAME, place({'gent'}).optional()),
        rule(and_(IsAbbreviation(), type('RU')), and_(IsAbbreviation(), type('RU')).optional()),
    ),
    in_caseless({'по'}),
    place({'datv'}),
)


#: A country's bodies named by abbreviations, which an adjective of the
#: country completes: "российский МИД", "китайский ЦБ".
STATE_BODY_ABBREVIATIONS = frozenset({
    'МИД', 'МВД', 'МЧС', 'ЦБ', 'ФСБ', 'ФСО', 'СВР', 'ФСИН', 'ФНС', 'ФАС', 'ФТС', 'СК', 'ГИБДД', 'ГУ', 'УМВД',
    'ГУВД', 'ОВД', 'МО', 'ФМС', 'ЦИК', 'ВС',
})

# "министры финансов Казахстана, Киргизии и Армении": holders of one post in
# several countries stand for the countries (``_holders_countries``).
# "Лидеры ЕС и Китая": a union of states, abbreviated, stands with them
STATE_ABBREVIATIONS = PLACE_ABBREVIATIONS | {'ЕС', 'ЕАЭС', 'СНГ', 'АСЕАН'}
COUNTRY_OF = or_(and_(gram('Geox'), IsCapitalizedWord(), HasCase({'gent'})), in_(STATE_ABBREVIATIONS))
HOLDERS = rule(
    # "Вице-премьеры": a compound post too
    rule(and_(or_(is_lower(), IsCapitalizedWord()), type('RU')), eq('-')).optional(),
    # "Делегации России и Китая": who came for them, too
    and_(NOUN, gram('plur'), or_(gram('anim'), dictionary({'делегация'}))),
    and_(is_lower(), HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF')), WORDY).repeatable(max=3).optional(),
    COUNTRY_OF,
    rule(eq(','), COUNTRY_OF).repeatable(max=6).optional(),
    in_caseless({'и'}),
    COUNTRY_OF,
)


# a person's noun phrase: "президент", "председатель правления Сбербанка"
PERSON_COMMON = common(PERSON_NOUN)


def party(common_, described=True):
    """A side: a name, a noun phrase, or a description and the name it introduces."""
    sides = [
        NAMED,
        common_,
        # "президент Эритреи Исайяс Афеверки", "компанией «Алмаз»"
        rule(common_, NAMED),
        # "посол России в Египте Георгий Борисенко": where the post is held, before the name
        rule(common_, in_caseless({'в', 'во', 'на', 'при'}), located({'loct'}), NAMED),  # "посол России на Украине"
        rule(common_, in_caseless({'при'}), ORG_NAME, NAMED),  # "постпред Китая при ООН Фу Цун"
        # "директор по маркетингу Дмитрий Соколов": what the post is in charge of, before the name
        rule(common_, in_caseless({'по'}), BY_WORD.repeatable(max=3), NAMED),
        rule(common_, NAMED, NAMED),  # "клубом МЛС «Лос-Анджелес Гэлакси»"
        # "школа № 12", "Краевая клиническая больница № 2": a body known by its number
        rule(common_, NUMBER),
        rule(ORG_TYPE, NAMED),
        # "ПАО «Ростелеком»", "АО «Концерн «Гранит»", "ООО Yandex": a legal form and the name
        rule(LEGAL_FORM, or_(QUOTED_NAME, LATIN_NAMES)),
        # "китайская CNPC", "с московским «Спартаком»": where it comes from, and the name
        rule(ADJECTIVES, or_(QUOTED_NAME, LATIN_NAMES)),
        # "с российским Ивангородом", "эстонская Нарва": where a town is, and the town
        rule(and_(ADJECTIVE, is_lower()), place()),
        # "белорусский МАЗ": a brand; "российский МИД" is the country's ministry, kept whole
        rule(ADJECTIVES, and_(IsAbbreviation(), type('RU'), not_(in_(PLACE_ABBREVIATIONS | STATE_BODY_ABBREVIATIONS)))),
        BODY_BY,
        rule(BODY_BY, or_(QUOTED_NAME, LATIN_NAMES)),  # "корпорация по атомной энергии «Росатом»"
        REGIONAL_OFFICE,
        HOLDERS,
    ]
    if described:
        sides.append(rule(QUOTED_NAME, NAME_WORDS))  # "«классическим чемпионом мира» Владимиром Крамником"
        # "генеральный директор ПАО «Татнефть» Наиль Маганов": the body's legal form and name, then the person
        sides.append(rule(common_, LEGAL_FORM, or_(QUOTED_NAME, LATIN_NAMES), NAME_WORDS))
        # "президент — председатель правления ВТБ Андрей Костин": two posts
        # held together, joined by a dash, then the one who holds them
        sides.append(rule(common_, SPACED_DASH, common_, NAME_WORDS))
        # "президент, председатель правления Сбербанка Герман Греф": the same, by
        # a comma, each a person's noun (a comma between bodies lists sides)
        sides.append(rule(PERSON_COMMON, eq(','), PERSON_COMMON, NAME_WORDS))
        # "вице-президент — директор по развитию Кирилл Мальцев"
        sides.append(rule(common_, SPACED_DASH, common_, in_caseless({'по'}), BY_WORD.repeatable(max=3),
                          NAME_WORDS))
    return or_(*sides)


PARTY = party(COMMON)
# "с лейблом Universal Music", "с турецкой компанией Limak": any noun that introduces a name
PARTNER = or_(party(COMMON_PARTNER), rule(COMMON, NAMED))
# "(Industrial and Commercial Bank of China)": a name repeated in brackets.
BRACKETS = rule(eq('('), not_(in_({'(', ')', '.'})).repeatable(max=10), eq(')'))
AND = in_caseless({'и'})
# "другие крупные технологические компании", "другими банками", "ещё ряд
# ведущих вузов", "ещё пять компаний"
OTHERS = rule(
    or_(rule(dictionary({'другой'})),
        rule(in_caseless({'ещё', 'еще'}).optional(), or_(dictionary({'ряд', 'несколько'}), gram('NUMR'), type('INT')))),
    and_(is_lower(), or_(gram('ADJF'), gram('NOUN'))).repeatable(max=3),
)
IN_PERSON = rule(in_caseless({'в'}), in_caseless({'лице'}))
PARTICIPLE_ASIDE = rule(
    eq(','), and_(is_lower(), gram('PRTF'), not_(SIGN)),
    not_(in_({'.', '!', '?', ';', ',', '—', '–', '(', ')'})).repeatable(max=6),
    eq(','),
).interpretation(Raw.gap)


def parties(slot, side=PARTY):
    """One side, or several joined as Russian lists them: "X и Y", "X, Y и Z".

    Each goes into ``slot``. A list with commas ends in "и": in "Как сообщает
    пресс-служба, компания подписала" the comma closes another clause.
    """
    one = or_(rule(side.interpretation(slot)), rule(side.interpretation(slot), BRACKETS),
              # "АО «Северная верфь», входящее в ОСК, и компания «Полярный рейс»":
              # a participle's clause set off by commas says more of the side
              rule(side.interpretation(slot), PARTICIPLE_ASIDE),
              # "ПАО «Россети» в лице генерального директора Андрея Рюмина": the
              # one who signs for the body, in the genitive, is the side
              rule(side, IN_PERSON, PARTY.interpretation(Raw.holders)))
    listed = or_(
        one,
        rule(one, AND, one),
        rule(one, rule(eq(','), one).repeatable(max=4), AND, one),
        # "и Россия, и Китай", "как Россия, так и Китай": each side with its conjunction
        rule(AND, one, rule(eq(','), AND, one).repeatable(max=3)),
        rule(in_caseless({'как'}), one, eq(','), in_caseless({'так'}), AND, one),
    )
    return or_(
        listed,
        # "..., второй президент Украины Леонид Кучма, а также посол России
        # Михаил Зурабов"; "ЕАБР, Межгосударственный банк, а также РЭЦ и Банк
        # развития Казахстана"
        rule(one, rule(eq(','), one).repeatable(max=4).optional(), eq(','), in_caseless({'а'}), in_caseless({'также'}),
             listed),
        # "«Яндекс», VK, «Лаборатория Касперского», МТС и другие компании":
        # the sides named, the others only counted
        rule(one, rule(eq(','), one).repeatable(max=5).optional(), rule(AND, OTHERS).interpretation(Raw.gap)),
    )


SUBJECTS = parties(Raw.subjects)
# "генеральный директор компании «Байкал-Вода» Игорь Мельников": signers each
# introduced by a person's noun, as they stand after the verb and its counterpart
PERSON_SIDE = or_(rule(PERSON_COMMON, NAMED), rule(PERSON_COMMON, NAMED, NAMED),
                  rule(PERSON_COMMON, LEGAL_FORM, or_(QUOTED_NAME, LATIN_NAMES), NAME_WORDS))
PERSON_SUBJECTS = parties(Raw.subjects, PERSON_SIDE)
# after a topic that may end in a quoted name: "о газопроводе «Сила Сибири» Россия и Китай"
# ... where a lower-case noun leads a side only when it names who may sign
# ("компания «Алмаз»"), not "части Каспийского моря Россия" of a topic
NAMED_SUBJECTS = parties(Raw.subjects, party(COMMON_PARTNER, described=False))
# "с", "со" as a word: "СО" in capitals is a branch of an academy ("Институтом
# катализа СО РАН"), no preposition
WITH_WORD = in_({'с', 'со', 'С', 'Со'})
_WITH_ONE = rule(rule(WITH_WORD).interpretation(Raw.links), parties(Raw.partners, PARTNER))
WITH = or_(
    rule(rule(or_(WITH_WORD, in_caseless({'между'}))).interpretation(Raw.links), parties(Raw.partners, PARTNER)),
    # "с правительством области и с администрацией Самары": "с" before each
    rule(_WITH_ONE, or_(rule(in_caseless({'и'})), rule(in_caseless({'а'}), in_caseless({'также'}))), _WITH_ONE),
    # "с тремя школами города — гимназией № 1, лицеем «Держава» и школой № 12",
    # "с тремя инвесторами на общую сумму 35 млрд рублей: ...": a plural that
    # counts the sides, then the sides themselves after a dash or a colon
    rule(rule(WITH_WORD).interpretation(Raw.links),
         rule(ADJECTIVES.optional(), and_(NOUN, gram('plur'), HasCase({'ablt'})), GOVERNED.optional(),
              not_(in_({'.', '!', '?', ';', ':', '—', '–', '(', ')'})).repeatable(max=8).optional(),
              or_(eq(':'), SPACED_DASH)).interpretation(Raw.gap),
         parties(Raw.partners, PARTNER)),
    # "с каждым из победителей": the party is the genitive group
    rule(rule(WITH_WORD, in_caseless({'каждым', 'каждой'}), in_caseless({'из'}))
         .interpretation(Raw.links),
         parties(Raw.holders)),
)


def _party(tokens: Sequence[Any], cases: set[str]) -> Optional[str]:
    """A party's name in the nominative: the person a description introduces
    ("чемпионом мира Веселином Топаловым"), a quoted or Latin name as written
    ("клубом «Лос-Анджелес Гэлакси»"), else the noun phrase."""
    number_sign = next((index for index, token in enumerate(tokens) if token.value == '№'), None)
    if number_sign and number_sign + 1 < len(tokens) and tokens[number_sign + 1].type == 'INT':
        # "со школой № 12", "№ 12-А": the number stays as written after the declined noun
        body = _party(tokens[:number_sign], cases)
        return f'{body} № {join(tokens[number_sign + 1:])}' if body else None
    if len(tokens) > 2 and _clause_comparative(tokens, cases):
        return _party(tokens[1:], cases)  # "Позднее металлургическая компания подписала"
    particle = _particle_name(tokens)
    if particle and 'nomn' in cases:
        return join(particle)  # "ас-Сиси" is no word to decline
    if len(tokens) > 1 and _acts_for(tokens[0]) and _names_a_body(tokens[1:]) \
            and not any(token.value in {',', 'и'} for token in tokens[1:]) and not _introduced_name(tokens):
        # "представители «ЛУКОЙЛа»", "руководство Росмолодёжи": who acts for
        # a body named after them; the body is the side
        return _party(tokens[1:], {'gent'})
    dash = next((index for index, token in enumerate(tokens) if token.value in {'—', '–'}), None)
    if dash and len(tokens) - dash - 1 in (1, 2) and all(token.value[:1].isupper() for token in tokens[dash + 1:]) \
            and 'Geox' in known_grams(tokens[-1]):
        # "Ханты-Мансийского автономного округа — Югры", "с Кемеровской
        # областью — Кузбассом": a region's official name, then its other name
        # after a dash, both in the case of the side
        region = _party(tokens[:dash], cases)
        return f'{region} — {phrase_nominative(tokens[dash + 1:], cases)}' if region else None
    name = full_name_parts_at_end(tokens)  # read once, for the questions below
    named_after = [index for index, token in enumerate(tokens) if index and token.value.lower() in {'имени', 'им'}]
    if named_after and not (name is not None and _after_eponym(tokens, named_after[-1], name[0])):
        # "МГУ имени Ломоносова", "Заводом имени Дегтярёва": a body named after
        # someone; its noun declines, the name it bears stays
        return phrase_nominative(tokens, cases)
    if name is not None and _named_after_person(tokens, cases, name[0]):
        # "Благотворительным фондом Владимира Потанина", "университетом Петра
        # Великого": a body named after someone without "имени"
        return phrase_nominative(tokens, cases)
    person = _person(tokens, cases, name) if name is not None else None
    if person is not None:
        return person
    if len(tokens) == 2 and tokens[0].value.islower() and _is_adjective(tokens[0]) \
            and (known_grams(tokens[1]) & {'Geox'} or tokens[1].type == 'RU' and not known_grams(tokens[1])) \
            and tokens[1].value[:1].isupper():
        # "эстонская Нарва", "с российским Ивангородом": where the town is, then the town
        return phrase_nominative(tokens[1:], cases)
    introduced = _introduced_name(tokens)
    for start in range(len(tokens)):
        name = tokens[start:]
        if start and len(name) == 1 and _lemmas(tokens[start - 1:start]) & BODY_NOUNS and _governed_genitive(
                tokens[start - 1], name[0]):
            break  # "Университетом Малайи": a genitive after a body's noun names the body, no person
        if start >= 1 and len(name) == 1 and tokens[0].value[:1].isupper() and _lemmas(tokens[:1]) & BODY_NOUNS \
                and all(token.value.islower() for token in tokens[1:start]) \
                and name[0].type == 'RU' and not name[0].value.isupper() and not known_grams(name[0]):
            # "с Университетом Иннополис", "Университет науки и технологий
            # Хуачжун": a capitalized body's noun, its lower-case genitives and
            # the name it bears, written on in the nominative, are one name
            return phrase_nominative(tokens, cases)
        if len([token for token in name if token.value not in '-.']) <= 3 and _is_name(name):
            # "Нарендра Моди": a first name the dictionary does not know, before a known surname
            return name_nominative(introduced if len(introduced) > len(name) else name, cases)
    if introduced:
        return name_nominative(introduced, cases)
    quoted = [index for index, token in enumerate(tokens) if token.value in QUOTES]
    latin = [index for index, token in enumerate(tokens)
             if token.type == 'LATIN' or (token.type == 'OTHER' and token.value.isalpha())
             # "S7": a digit written on to a Latin letter
             or (token.type == 'INT' and index and tokens[index - 1].type == 'LATIN'
                 and tokens[index - 1].span.stop == token.span.start)]
    # "Хоккейный клуб СКА", "компания МТС": a kind of firm, then its name in
    # capitals ("правительство РФ" names a place, "отделение РАН" and
    # "институт РАН" the body they belong to)
    last = tokens[-1]
    # "белорусским МАЗом": an abbreviation declined with a lower-case ending
    capitals = _DECLINED_ABBREVIATION.match(last.value) if last.type == 'RU' else None
    abbreviated = [len(tokens) - 1] if (
        len(tokens) > 1 and capitals and capitals.group(1) not in PLACE_ABBREVIATIONS | STATE_BODY_ABBREVIATIONS
        and (last.value.isupper() and _lemmas([tokens[-2]]) & FIRM_KINDS
             # "с Корпорацией МСП": a kind capitalized inside the sentence is the name's first word
             and not (len(tokens) == 2 and tokens[0].value[:1].isupper() and 'nomn' not in cases)
             # "белорусский МАЗ", "Баскетбольный ЦСКА": adjectives of where it
             # comes from or what it does, the first capitalized as a sentence opens
             or all(_is_adjective(token) or index == 0 and bool(readings(token, None, {'ADJF'}))
                    and not readings(token, None, {'NOUN'}) for index, token in enumerate(tokens[:-1])))
    ) else []
    dotted = _dotted_name(tokens)
    if dotted and len(tokens) > 3 and _lemmas(tokens[:-3]) & FIRM_KINDS:
        return dotted  # "Государственная корпорация развития ВЭБ.РФ": the brand after its kind
    named = quoted or latin or abbreviated
    # Adjectives before it say where the body comes from ("китайская CNPC",
    # "с турецкой компанией Limak", "московским «Спартаком»").
    first = 0
    while first < len(tokens) - 1 and (_is_adjective(tokens[first]) or (
            first == 0 and readings(tokens[0], None, {'ADJF'}))):
        first += 1
    # The name stands for the party when it is all there is, or when the
    # words before it say what kind of body it is ("клубом МЛС «Лос-Анджелес
    # Гэлакси»"); after a post it only says whose post ("глава «Газпрома»").
    # "руководство телеканала «Звезда»": the kind of body may stand just before
    # the name, after a word that says who acts for it.
    if named and (named[0] == first or _is_org_kind(tokens[first])
                  or (named[0] > first and (_is_org_kind(tokens[named[0] - 1]) or _is_thing(tokens[named[0] - 1])
                                            or _kind_in_apposition(tokens, named[0], cases)))):
        if quoted:
            opening = [index for index in quoted if tokens[index].value == '«']
            # "АО «Концерн «Калашников»": the name inside, without its kind, as of an official's body
            inner_start = opening[1] if len(opening) == 2 else quoted[0]
            inner = [token for token in tokens[inner_start:quoted[-1] + 1] if token.value not in QUOTES]
            if quoted[0] == first and inner:
                # "с «Зенитом»": a bare quoted name declines; after "компанией"
                # it stands in the nominative as written.
                return phrase_nominative(inner, cases)
            if inner and not any(_is_org_kind(token) for token in tokens[:quoted[0]]) \
                    and not _kind_in_apposition(tokens, quoted[0], cases):
                # "руководство «АвтоВАЗа»": the name governed in the genitive
                return phrase_nominative(inner, {'gent'})
            return join(inner) if inner else None
        if latin:
            return join(tokens[latin[0]:latin[-1] + 1])
        return capitals.group(1)
    return phrase_nominative(tokens, cases)


_DECLINED_ABBREVIATION = re.compile(r'([А-ЯЁ]{2,})[а-яё]{0,3}$')


def _dotted_name(tokens: Sequence[Any]) -> Optional[str]:
    """A name of capitals joined by a dot that ends the words: "ВЭБ.РФ", "ДОМ.РФ"."""
    if len(tokens) < 3:
        return None
    first, dot, second = tokens[-3:]
    if dot.value != '.' or first.span.stop != dot.span.start or dot.span.stop != second.span.start:
        return None
    if not (first.value.isupper() and second.value.isupper() and len(first.value) > 1):
        return None
    return f'{first.value}.{second.value}'
#: Kinds of firm whose name in capitals follows them in apposition: "банк ВТБ", "клуб СКА".
FIRM_KINDS = frozenset({'компания', 'банк', 'клуб', 'команда', 'холдинг', 'корпорация', 'госкорпорация', 'концерн',
                        'киностудия', 'кинокомпания', 'телекомпания', 'медиахолдинг',
                        'авиакомпания', 'телеканал', 'издательство', 'группа'})
#: Nouns naming a kind of body, after which a quoted or Latin name is the party.
ORG_KINDS = ORG_TYPE_WORDS | BODY_NOUNS | {'клуб', 'команда', 'госкомпания', 'издание', 'лига', 'биржа', 'сеть',
                                          'лейбл', 'студия', 'консорциум', 'киностудия', 'кинокомпания',
                                          'телекомпания', 'медиахолдинг',
                                          # places run as bodies: "особой экономической зоной «Алабуга»"
                                          'зона', 'парк', 'технопарк', 'агропарк', 'кластер', 'технополис',
                                          'наукоград'}


def _after_eponym(tokens: Sequence[Any], named: int, parts: dict[str, list[Any]]) -> bool:
    """Whether the full name that ends ``tokens`` stands after the name a body
    bears ("Ректор МГУ имени М. В. Ломоносова Виктор Садовничий"), not as it
    ("университетом имени Петра Великого")."""
    words = [token for part in parts.values() for token in part]
    start = min(token.span.start for token in words) if words else None
    after = [token for token in tokens[named + 1:] if start is not None and token.span.stop <= start]
    return bool(parts.get('first')) and bool(parts.get('last')) and any(token.value[:1].isupper() for token in after)


def _named_after_person(tokens: Sequence[Any], cases: set[str], parts: dict[str, list[Any]]) -> bool:
    """Whether a body's noun is followed by a person's name (its ``parts``)
    in the genitive, in no case of the side's own: the body is named after
    that person."""
    if 'gent' in cases:
        return False
    opening = min(token.span.start for part in parts.values() for token in part)
    start = next((index for index, token in enumerate(tokens) if token.span.start == opening), None)
    if not start or not _lemmas(tokens[:start]) & (BODY_NOUNS | ORG_TYPE_WORDS):
        return False
    if any(token.value in QUOTES or token.type == 'LATIN' for token in tokens[:start]):
        return False  # "директор компании «Татнефть» Наиль Маганов": the body has a name of its own
    name = [token for token in tokens[start:] if token.value[:1].isupper()]
    # one word of the name that can only be the genitive tells ("Владимира Потанина": "Потанина" may be a woman's);
    # a body is named after one person, so a plural's genitive is no reading ("Дмитрий" of women called "Дмитрия")
    return bool(name) and all(readings(token, {'gent'}, {'sing', 'Fixd'}) for token in (name[0], name[-1])) and any(
        not readings(token, cases) for token in (name[0], name[-1]))


def _person(tokens: Sequence[Any], cases: set[str], name: tuple[dict[str, list[Any]], set[str]]) -> Optional[str]:
    """The full name that ends the side (``name``, as parsed), after what
    describes the person, in the nominative, as officials read names:
    "Певица Алла Пугачева" is "Алла Пугачева", "Эммануэлем Макроном" is
    "Эммануэль Макрон", "Ли Цян"."""
    person = full_name_at_end(tokens, cases, name)
    if person is None:
        return None
    parts = (person.last, person.first) if _family_first(tokens, person) else (person.first, person.middle, person.last)
    return ' '.join(part for part in parts if part)


def _family_first(tokens: Sequence[Any], person: Any) -> bool:
    """Whether the name is written family name first, as East Asian ones are ("Ли Цян")."""
    opening = next((token for token in tokens if person.span and token.span.start == person.span.start), None)
    return opening is not None and person.last is not None and opening.value == person.last


def _particle_name(tokens: Sequence[Any]) -> list[Any]:
    """A name with a particle, from the capitalized words before it: "Абдель Фаттах ас-Сиси"."""
    index = next((index for index, token in enumerate(tokens) if token.value.lower() in NAME_PARTICLES
                  and index + 1 < len(tokens) and (tokens[index + 1].value == '-' or tokens[index + 1].value[:1].isupper()
                                                   or tokens[index + 1].value.lower() in NAME_PARTICLES)), None)
    if index is None or index == 0:
        return []
    start = index
    while start > 0 and index - start < 2 and tokens[start - 1].value[:1].isupper() and tokens[start - 1].type == 'RU' \
            and not known_grams(tokens[start - 1]) & {'Geox', 'Orgn'}:
        start -= 1
    return list(tokens[start:]) if start < index else []


def _introduced_name(tokens: Sequence[Any]) -> list[Any]:
    """Two or three capitalized words after a lower-case person noun: a name the
    dictionary does not know ("его индийский коллега Раджнатх Сингх", "Касым-Жомарт Токаев")."""
    for start in (len(tokens) - 3, len(tokens) - 2, len(tokens) - 4):
        if start < 1:
            continue
        head, name = tokens[start - 1], tokens[start:]
        if name[0].value == '-' or name[-1].value == '-' or not all(
                token.value == '-' or (token.type == 'RU' and token.value[:1].isupper() and not token.value.isupper())
                for token in name):
            continue
        if len([token for token in name if token.value != '-']) > 3:
            continue
        if any('ADJF' in known_grams(token) and not known_grams(token) & {'Name', 'Surn', 'Patr'} for token in name):
            continue  # "энергетики Киргизской Республики": a place's adjective, no name
        # "глава компании Олег Дерипаска": a known first name opens it
        if 'Name' in known_grams(name[0]) and not known_grams(name[-1]) & {'Geox', 'Orgn'}:
            return list(name)
        # "президент Казахстана Касым-Жомарт Токаев": the post's country, then the name
        head_is_place = bool(known_grams(head) & {'Geox'}) and (len(name) > 2 or (
            start >= 2 and tokens[start - 2].value.islower() and bool(readings(tokens[start - 2], None, {'anim'}))))
        # "представитель ОБСЕ Хайди Тальявини": a body's abbreviation after a person's noun, then the name
        head_is_place = head_is_place or (
            head.value.isupper() and len(head.value) > 1 and head.type == 'RU' and start >= 2
            and tokens[start - 2].value.islower() and bool(readings(tokens[start - 2], None, {'anim'})))
        if (head_is_place or (head.value.islower() and readings(head, None, {'anim'}))) and not any(
                known_grams(token) & {'Geox', 'Orgn', 'Abbr'} for token in name):
            return list(name)
    return []


def _is_adjective(token: Any) -> bool:
    """A lower-case adjective or participle, or "55-летний": a word before a noun or a name."""
    return token.value[:1].islower() and bool(readings(token, None, {'ADJF', 'PRTF'})) and not readings(
        token, None, {'NOUN'})


#: Who acts for a body without being named: the body after them is the side.
ACTING_FOR = frozenset({'представитель', 'представительница', 'руководство', 'делегация', 'менеджмент'})
#: ... and heads in the plural: "руководители Росмолодёжи" (one head unnamed is a post: "глава ВЭБ.РФ")
HEADS_FOR = frozenset({'руководитель', 'глава'})


def _acts_for(token: Any) -> bool:
    lemmas = _lemmas([token])
    return bool(lemmas & ACTING_FOR) or bool(lemmas & HEADS_FOR) and bool(readings(token, None, {'plur'}))


def _names_a_body(tokens: Sequence[Any]) -> bool:
    """Whether the words name a body by a name of its own: quoted, Latin, an
    abbreviation, or capitalized after a kind of body ("компании Basra Oil
    Company", "Росмолодёжи"), not a lower-case description ("компаний")."""
    words = [token for token in tokens if token.type != 'PUNCT' or token.value in QUOTES]
    return bool(words) and (words[0].value in QUOTES or words[0].type == 'LATIN' or words[0].value[:1].isupper()
                            or any(token.value in QUOTES or token.type == 'LATIN' for token in words[1:]))


def _is_thing(token: Any) -> bool:
    """A lower-case inanimate noun that says what a name is: "верфь Wärtsilä",
    not a post ("глава «Газпрома»" names whose head he is)."""
    return token.value[:1].islower() and bool(readings(token, None, {'NOUN'})) and not readings(
        token, None, {'anim'})


def _clause_comparative(tokens: Sequence[Any], cases: set[str]) -> bool:
    """Whether the side opens with a comparative of the clause ("Позднее",
    "Позже") that reads as an adjective too, but agrees in gender and number
    with none of the side's nouns: "Позднее металлургическая компания" is a
    company, later."""
    opening = tokens[0]
    if not opening.value[:1].isupper() or not readings(opening, None, {'COMP'}):
        return False
    nouns = [form for token in tokens[1:] if token.value.islower() for form in readings(token, cases, {'NOUN'})]
    adjectives = readings(opening, cases, {'ADJF'})
    return bool(nouns) and not any(
        (noun.grams.values & adjective.grams.values & {'masc', 'femn', 'neut'}
         or {'plur'} <= noun.grams.values & adjective.grams.values)
        for noun in nouns for adjective in adjectives)


def _kind_in_apposition(tokens: Sequence[Any], named: int, cases: set[str]) -> bool:
    """Whether the noun before a quoted name is the side's own noun, in the
    side's case, and the name stands beside it undeclined: it says what kind
    of body the name is ("с девелопером «Гранит Девелопмент»", "региональный
    перевозчик «Тундра-Авиа»", "Агрохолдинг «Черноземье»" opening the
    sentence), not whose post it is ("глава «Газпрома»": the name in the genitive)."""
    noun = tokens[named - 1]
    if tokens[named].value != '«' or named + 1 >= len(tokens) or _acts_for(noun):
        return False
    if not (noun.value[:1].islower() or named == 1) or known_grams(noun) & {'Name', 'Surn', 'Geox', 'Orgn'}:
        return False
    if not readings(noun, cases, {'NOUN'}):
        return False
    # a guess for a word the dictionary does not know ("Автолайн") tells no case
    name_cases = {case for form in getattr(tokens[named + 1], 'forms', None) or () if is_known(form)
                  for case in ('nomn', 'gent') if case in form.grams.values}
    return not ('gent' in name_cases and 'nomn' not in name_cases and 'gent' not in cases)


def _is_org_kind(token: Any) -> bool:
    return bool(_lemmas([token]) & ORG_KINDS) or (token.value.isupper() and len(token.value) > 1)


def _governed_genitive(noun: Any, word: Any) -> bool:
    """Whether ``word`` reads as a genitive only, in no case of ``noun``:
    "Университетом Малайи", not "клубом Петров"."""
    noun_cases = {case for form in readings(noun, None, {'NOUN'}) for case in normalize.CASES
                  if case in form.grams.values}
    return bool(readings(word, {'gent'})) and not readings(word, noun_cases - {'gent'})


def _is_name(tokens: Sequence[Any]) -> bool:
    words = [token for token in tokens if token.value not in '-.']
    if len(words) == 1 and 'Geox' in known_grams(words[0]):
        return False  # "Филиппинами" is the islands, not women called Филиппина
    if tokens[0].value == '-' or tokens[-1].value == '-':
        return False
    if any(len(token.value) == 1 for token in words[:-1]):
        # initials: "В. В. Путин"
        initials = all(
            len(token.value) > 1 or (index + 1 < len(tokens) and tokens[index + 1].value == '.')
            for index, token in enumerate(tokens[:-1]) if token.value not in '-.'
        )
        return initials and is_person_name(words[-1:])
    return is_person_name(tokens)


def _holders_countries(tokens: Sequence[Any]) -> list[tuple[int, str]]:
    """The countries of "министры финансов Казахстана, Киргизии и Армении", each
    in the nominative with where it stands; [] for any other side."""
    if len(tokens) > 2 and tokens[1].value == '-':
        tokens = tokens[2:]  # "Вице-премьеры"
    if len(tokens) < 4 or not tokens[0].value[:1].isalpha() or not (
            readings(tokens[0], None, {'anim'}) or _lemmas(tokens[:1]) & {'делегация'}):
        return []
    if not readings(tokens[0], None, {'plur'}):
        return []  # "Министр промышленности и торговли России Олег Королев": one holder, whose surname is also a town
    if not any(token.value.lower() == 'и' for token in tokens):
        return []
    countries = [token for token in tokens[1:] if token.value[:1].isupper() and (
        'Geox' in known_grams(token) or token.value in STATE_ABBREVIATIONS)]
    separators = [token for token in tokens[1:] if token.value in (',', 'и')]
    if len(countries) < 2 or len(separators) != len(countries) - 1 or tokens[-1] is not countries[-1]:
        return []  # "президенты Белоруссии, Казахстана и России Александр Лукашенко": the person is the side
    return [(token.span.start, token.value if token.value in STATE_ABBREVIATIONS else phrase_nominative([token], {'gent'}))
            for token in countries]


#: Bodies a state or a town has one of: "министерства здравоохранения Армении и Киргизии"
STATE_BODIES = frozenset({'министерство', 'правительство', 'администрация', 'мэрия', 'парламент', 'ведомство',
                          'агентство', 'служба', 'комитет', 'департамент', 'управление', 'прокуратура', 'академия'})


def _shared_region_kind(places: Sequence[Sequence[Any]]) -> Optional[str]:
    """The kind of region, in the genitive singular, that capitalized
    adjectives share when the last of them is followed by it in the plural:
    "Тульской и Калужской областей" gives "области"; None otherwise."""
    if len(places) < 2 or any(len(place) != 1 for place in places[:-1]) or len(places[-1]) != 2:
        return None
    adjectives, kind = [place[0] for place in places], places[-1][1]
    if not _lemmas([kind]) & REGION_NOUNS or not _adjectives_with_noun(adjectives, kind, {'gent'}):
        return None
    return inflect_as(readings(kind, {'gent'}, {'plur'})[0], {'gent', 'sing'}, kind.value, proper=False)


def _bodies_of_places(groups: Sequence[Sequence[Any]], cases: set[str]) -> list[tuple[int, str]]:
    """The sides of one plural body's noun before several places, a body of
    each: "министерства здравоохранения Армении и Киргизии" are
    "Министерство здравоохранения Армении" and "Министерство здравоохранения
    Киргизии", "Администрации Пскова, Великого Новгорода и Твери" three
    administrations; [] for any other side. ``groups`` are the side's words,
    or the sides the list was read as, the places after the first."""
    tokens = groups[0]
    if len(tokens) < 2:
        return []
    nouns = [form for form in readings(tokens[0], cases, {'NOUN'}) if 'plur' in form.grams.values]
    if not nouns or not _lemmas(tokens[:1]) & STATE_BODIES:
        return []
    governed = 1
    while governed < len(tokens) and tokens[governed].value.islower() and tokens[governed].value != 'и' \
            and readings(tokens[governed], {'gent'}):
        governed += 1
    # the places: capitalized words in the genitive, each a place's name of one or two words
    places: list[list[Any]] = [[]]
    words = [*tokens[governed:], *(token for group in groups[1:] for token in [None, *group])]
    for index, token in enumerate(words):
        hyphen_after = index + 1 < len(words) and words[index + 1] is not None and words[index + 1].value == '-'
        if token is None or token.value in {',', 'и'}:
            places.append([])
        elif token.value == '-' and places[-1] or places[-1] and places[-1][-1].value == '-':
            places[-1].append(token)  # "Горно-Алтайска", "Ростова-на-Дону": one name, written with hyphens
        elif (token.value[:1].isupper() or places[-1] and _lemmas([token]) & REGION_NOUNS) \
                and (readings(token, {'gent'}) or hyphen_after and token.value[:1].isupper()):
            places[-1].append(token)  # "Пскова", "Великого Новгорода", "Московской области"
        else:
            return []
    noun = inflect_as(nouns[0], {'nomn', 'sing'}, tokens[0].value, proper=False)
    body = ' '.join([noun[:1].upper() + noun[1:]] + [token.value for token in tokens[1:governed]])
    if (shared_kind := _shared_region_kind(places)) is not None:
        # "правительства Тульской и Калужской областей": the adjectives share the plural kind
        return [(place[0].span.start, f'{body} {place[0].value} {shared_kind}') for place in places]
    if len(places) < 2 or not all(places) or any(len([token for token in place if token.value != '-']) > 3
                                                 for place in places) or not all(
            any('Geox' in known_grams(token) for token in place) or _lemmas(place[-1:]) & REGION_NOUNS
            for place in places):
        return []
    return [(place[0].span.start, f'{body} {join(place)}') for place in places]


def _shared_noun_parties(tokens: Sequence[Any], cases: set[str]) -> list[tuple[int, str]]:
    """The sides of adjectives joined before one plural noun, each with the
    noun in the singular: "Курская и Белгородская области" are "Курская
    область" and "Белгородская область"; [] for any other side."""
    if len(tokens) < 4 or tokens[-2].value.lower() != 'и' and tokens[-3].value.lower() != 'и':
        return []
    noun, adjectives = tokens[-1], [token for token in tokens[:-1] if token.value not in {',', 'и'}]
    separators = [token for token in tokens[:-1] if token.value in {',', 'и'}]
    if len(separators) != len(adjectives) - 1:
        return []
    return _adjectives_with_noun(adjectives, noun, cases)


def _adjectives_with_noun(adjectives: Sequence[Any], noun: Any, cases: set[str]) -> list[tuple[int, str]]:
    """Each of two or more capitalized ``adjectives`` with the plural ``noun``
    in the singular, as a side; [] unless they are such."""
    if not readings(noun, cases, {'NOUN'}) or not all(form.grams.values & {'plur'} for form in readings(noun, cases, {'NOUN'})):
        return []
    if len(adjectives) < 2 or not all(token.value[:1].isupper() and readings(token, cases, {'ADJF'})
                                      for token in adjectives):
        return []
    return [(adjective.span.start, head_phrase_nominative([adjective, noun], cases, proper=True, singular=True))
            for adjective in adjectives]


def _listed_adjectives(groups: Sequence[Sequence[Any]], cases: set[str]) -> list[tuple[int, str]]:
    """The sides of adjectives listed before one plural noun, read as a list
    whose last side holds the noun: "с Тверской, Псковской и Новгородской
    областями" are three regions, each with the noun."""
    *alone, last = groups
    if len(last) != 2 or not all(len(group) == 1 for group in alone):
        return []
    return _adjectives_with_noun([group[0] for group in alone] + [last[0]], last[1], cases)


def _places_in_two_cases(tokens: Sequence[Any]) -> bool:
    """Whether the side is capitalized words the dictionary knows that share
    no case, so two sides read as one: "С Египтом Россия подписала" is
    "Египтом" and "Россия", "С Россией Томский государственный университет"
    is "Россией" and the university."""
    # "«Кубань-Инвестом»": a compound's part before the hyphen shows no case of the name
    compound_parts = {id(token) for token, hyphen in zip(tokens, tokens[1:]) if hyphen.value == '-'}
    words = [token for token in tokens if token.type not in ('PUNCT', 'INT') and id(token) not in compound_parts]
    capitalized = [token for token in words if token.type == 'RU' and token.value[:1].isupper()]
    if len(capitalized) < 2 or capitalized != list(words[:len(capitalized)]) or not known_grams(capitalized[0]) & {'Geox'}:
        return False  # "Правительство Свердловской области": a noun and the genitive it governs
    shared = set(normalize.CASES)
    for token in capitalized:
        cases = {case for form in readings(token, None, {'NOUN', 'ADJF'}) if is_known(form)
                 for case in normalize.CASES if case in form.grams.values}
        if not cases or 'Fixd' in known_grams(token):
            return False  # a word the dictionary does not decline, or does not know, may be in any case
        shared &= cases
    return not shared


def _slot_parties(raw: Any, name: str, cases: set[str]) -> Optional[list[tuple[int, str]]]:
    """The parties of one slot in the nominative, with where each starts; None
    when one of them cannot stand in the slot's case, so the match misreads
    the sentence."""
    result: list[tuple[int, str]] = []
    acting: Optional[Any] = None  # "представители «ЛУКОЙЛа» и компании Basra Oil": who acts for the bodies listed
    groups = _groups(raw, name)
    if len(groups) > 1 and (distributed := _bodies_of_places(groups, cases) or _listed_adjectives(groups, cases)):
        return distributed  # "Администрации Пскова, Великого Новгорода и Твери": read as a list of three
    for index, tokens in enumerate(groups):
        words = [token for token in tokens if token.type not in ('PUNCT', 'INT')]
        if index == 0 and len(tokens) > 1 and _acts_for(tokens[0]) and readings(tokens[0], None, {'plur'}) \
                and _names_a_body(tokens[1:]):
            acting = tokens[0]
        elif acting is not None and words and _names_a_body(tokens) and readings(words[0], {'gent'}) \
                and not readings(words[0], cases):
            # a body after the first, in the genitive the first's noun governs
            value = _party(tokens, {'gent'})
            if value and value not in [party for _, party in result]:
                result.append((tokens[0].span.start, value))
            continue
        counted = any(token.type == 'INT' for token in tokens[:2])  # "190 государств" governs a genitive
        # "Вице-премьеры": the case is the compound's second part's
        first = words[1] if len(words) > 1 and len(tokens) > 2 and tokens[1].value == '-' else (words[0] if words else None)
        fits = not words or counted or tokens[0].value in OPEN_QUOTES | {"'"} or bool(
            readings(first, cases) or first.type == 'LATIN' or not getattr(first, 'forms', None)
            # "ПАО «Ростелеком»", "МВД": an abbreviation does not decline
            or (len(first.value) > 1 and first.value.isupper())
            or MINISTRY_OF_GENITIVE.match(first.value) is not None  # "с Минцифры"
        )
        if not fits or _places_in_two_cases(tokens) or (cases == {'nomn'} and _quoted_oblique(tokens)) \
                or (len(words) == len(tokens) and _head_in_another_case(words, cases)) or _frame_genitive(words, cases):
            return None
        countries = _holders_countries(tokens) or _shared_noun_parties(tokens, cases) or _bodies_of_places([tokens], cases)
        for start, value in countries or [(tokens[0].span.start,
                                           _party(tokens, cases))]:
            if value and value not in [party for _, party in result]:
                result.append((start, value))
    # "Президент ФИДЕ Илюмжинов, Кирсан Илюмжинов": one person named twice.
    return [(start, party) for start, party in result if not any(
        other != party and other.endswith(' ' + party) for _, other in result
    )]



def _frame_genitive(words: Sequence[Any], cases: set[str]) -> bool:
    """Whether a side opens with the genitive of the clause's frame, read as
    a plural noun before a single name: "в рамках той же поездки Чувашия
    подписала" has Чувашия sign, no "поездки Чувашия". A noun of sides
    ("компании", "клубы") may stand in the plural before its names. An
    event's noun and the genitive after it are the frame's too: "На полях
    сессии министерства здравоохранения Армении и Киргизии подписали"."""
    if len(words) < 2 or not words[0].value.islower() or _lemmas(words[:1]) & PARTY_NOUNS or _is_org_kind(words[0]):
        return False
    if _lemmas(words[:1]) & EVENT_NOUNS and readings(words[0], {'gent'}) and readings(words[1], {'gent'}):
        # "На полях сессии министерства здравоохранения Армении и Киргизии
        # подписали": the event's genitives are the frame's, the bodies sign
        return True
    noun = readings(words[0], cases, {'NOUN'})
    if not noun or readings(words[0], None, {'anim'}) or not all('plur' in form.grams.values for form in noun):
        return False
    name = words[1]
    return name.value[:1].isupper() and bool(readings(name, cases)) and all(
        'sing' in form.grams.values for form in readings(name, cases))


def _head_in_another_case(words: Sequence[Any], cases: set[str]) -> bool:
    """Whether the lower-case noun a side's adjectives lead to stands in none
    of ``cases``: "На Магнитогорском металлургическом комбинате подписан"
    names where, in the prepositional, no agent in the instrumental (a town's
    name in "-ом" may read as one). Only words, no quotes, are read: a quoted
    name may stand as written ("с «Игровые миры»")."""
    if any(not token.value.islower() for token in words[1:]):
        return False  # a name after the noun ("компанией «Игровые миры»", "директор Наталья Гришина")
    for index, token in enumerate(words):
        if token.type != 'RU':
            return False
        if index + 1 < len(words) and readings(token, None, {'ADJF', 'PRTF'}):
            continue
        return token.value.islower() and index > 0 and bool(readings(token, None, {'NOUN'})) \
            and not readings(token, cases)
    return False


def _quoted_oblique(tokens: Sequence[Any]) -> bool:
    """Whether a quoted name that opens a side is a word the dictionary has
    in oblique cases only: in "Пресс-служба «Газпрома» сообщила" the name is
    whose service it is, not who tells."""
    if len(tokens) < 2 or tokens[0].value not in OPEN_QUOTES:
        return False
    # every word of the name oblique: "«Ла Скала»" is nominative by its noun
    words = [token for token in tokens[1:] if token.value not in QUOTES and token.type == 'RU']
    if not words:
        return False
    for word in words:
        known = [form for form in getattr(word, 'forms', None) or () if is_known(form)]
        if not known or any(form.grams.values & {'nomn', 'Fixd'} for form in known):
            return False
    return True


def _subject_cases(raw: Any) -> set[str]:
    """The cases the signers before the verb may stand in.

    Before an infinitive they may be the genitive of a noun the clause hangs
    on: "решение президента Виктора Януковича отказаться от подписания".
    """
    subjects = _attribute(raw, 'subjects')
    if not subjects:
        return {'nomn'}
    after = [token for token in _attribute(raw, 'predicate') + _attribute(raw, 'lead')
             if token.span.start > subjects[-1].span.stop and readings(token, None, {'VERB', 'INFN', 'ADJS', 'PRTS'})]
    after.sort(key=lambda token: token.span.start)
    # not "которое стороны подписать отказались", "Стороны подписать соглашение
    # намерены": a finite verb or a short adjective after it has them as subject
    if after and readings(after[0], None, {'INFN'}) and not any(readings(token, None, {'VERB', 'ADJS'})
                                                                for token in after[1:]):
        return {'nomn', 'gent'}
    return {'nomn'}


def with_regions_completed(parties: Sequence[str]) -> list[str]:
    """``parties``, a region named by its adjective alone given the kind of
    region another side names: "Брянская область вместе с Калужской" signs
    with "Калужская область", the word left out the same.

    >>> with_regions_completed(['Брянская область', 'Калужской', 'Россети'])
    ['Брянская область', 'Калужская область', 'Россети']
    """
    kinds = [party.split()[-1] for party in parties
             if len(party.split()) == 2 and party[:1].isupper() and party.split()[-1] in REGION_NOUNS]
    if len(set(kinds)) != 1:
        return list(parties)
    kind = kinds[0]
    gender = next((gender for form in morph_analyzer()(kind) if 'NOUN' in form.grams.values
                   for gender in ('masc', 'femn', 'neut') if gender in form.grams.values), None)
    if gender is None:
        return list(parties)
    completed = []
    for party in parties:
        # (in the kind's gender: "с «Северным»", a club's name, is no "Северная область")
        adjectives = [form for form in morph_analyzer()(party.lower())
                      if 'ADJF' in form.grams.values and gender in form.grams.values and is_known(form)]
        if ' ' not in party and party[:1].isupper() and adjectives:
            party = f'{inflect_as(adjectives[0], {"nomn", "sing", gender}, party, proper=True)} {kind}'
        completed.append(party)
    return completed
