"""Agreements: "Россия и Беларусь подписали соглашение о ...", "договор, подписанный в 2010 году"."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Optional

from yargy import and_, not_, or_, rule
from yargy.interpretation import attribute, fact
from yargy.pipelines import morph_pipeline
from yargy.predicates import (
    dictionary,
    eq,
    gram,
    in_,
    in_caseless,
    is_lower,
    length_eq,
    type,
)

from factlex import earley, normalize
from factlex.facts import Agreement

from .blocks.names import INITIAL
from .blocks.orgs import (
    BODY_NOUNS,
    CLOSE_QUOTES,
    LATIN_NAME,
    OPEN_QUOTES,
    ORG_NAME,
    ORG_TYPE,
    ORG_TYPE_WORDS,
)
from .blocks.places import place
from .blocks.words import HasCase, IsAbbreviation, IsCapitalizedWord, known_grams
from .circumstances import (
    ADVERB,
    DASH,
    DATE,
    FRAME,
    MONTHS,
    PERIODS,
    PLACE,
    SCHEDULED,
)
from .phrases import is_person_name, join, name_nominative, phrase_nominative, readings
from .tokens import tokens_span
from .vocab import read_table

__all__ = ['DOCUMENTS', 'FACT', 'NAME', 'REACH', 'RULE', 'TRIGGER', 'Raw', 'resolve', 'to_facts']

NAME = 'agreement'
FACT = Agreement

Raw = fact('Raw', [
    attribute('subjects').repeatable(),  # signing sides in the nominative
    attribute('partners').repeatable(),  # "с Китаем", "между Россией и Китаем", "подписан Медведевым"
    attribute('holders').repeatable(),  # "решение Януковича отказаться", "с каждым из победителей"
    attribute('addressees').repeatable(),  # "не дает двум странам заключить"
    attribute('topics').repeatable(),  # "о взаимной отмене виз", «О минимальной зарплате»
    attribute('dates').repeatable(),
    attribute('places').repeatable(),
    attribute('predicate').repeatable(),  # the signing word and the words that set its status
    attribute('modifiers').repeatable(),  # the document's adjectives, numerals and quotes
    attribute('links').repeatable(),  # "с", "между" before a party
    attribute('purposes').repeatable(),  # "на поставку самолётов", "на 1 год"
    'lead', 'after', 'kind', 'gap',
])

#: A mention reaches far on both sides of its signing word: a list of parties
#: with a relative clause before it ("Гергиев, который ..., подписал"), a long
#: topic after the noun ("о сотрудничестве в области обращения с ...").
REACH = (40, 45)

#: Text without one of these stems holds no signing: подписать, подпишут,
#: подписание, подпись; заключить, заключение, заключённый.
TRIGGER = re.compile(r'(?i:подпи[сш]|заключ)')
#: Every mention holds a trigger match: no parse starts after the last one.
ANCHORED = True


def seq(*parts):
    """A rule of ``parts`` in order; a part in a list is optional.

    yargy loses matches when several parts that may match nothing follow each
    other, so no part is nullable: the rule is factored from the right, each
    suffix one shared rule, ``[a], b, [c]`` becoming "a S | S" with S = "b c | b".
    Sharing the suffixes keeps the parser's predictions few.
    """
    suffix, empty = None, True  # the rule for the parts seen so far, and whether they may be absent
    for part in reversed(parts):
        optional = isinstance(part, list)
        item = part[0] if optional else part
        alternatives = []
        if suffix is not None:
            alternatives.append(rule(item, suffix))
        if empty:
            alternatives.append(rule(item))
        if optional and suffix is not None:
            alternatives.append(suffix)
        suffix = alternatives[0] if len(alternatives) == 1 else or_(*alternatives)
        empty = empty and optional
    if empty:
        raise ValueError('a sequence needs a part that is not optional')
    return suffix


##########
#   DOCUMENTS
##########

# "и", "в", "с" are also letters' names, nouns to pymorphy2; "При" opening a
# sentence is capitalized like a name.
WORDY = and_(
    not_(length_eq(1)),
    not_(or_(gram('CONJ'), gram('PREP'), gram('PRCL'), gram('NPRO'), gram('INTJ'))),
)
CAPITALIZED = and_(IsCapitalizedWord(), type('RU'), WORDY)

#: Document nouns from ``data/agreements.tsv``: the dictionary form (a phrase
#: for "дорожная карта") or the abbreviation as written.
DOCUMENTS = [noun for _, noun in read_table('agreements.tsv', columns=2)]
ABBREVIATIONS = {noun for noun in DOCUMENTS if noun.isupper()}

DOCUMENT = or_(
    morph_pipeline(sorted(set(DOCUMENTS) - ABBREVIATIONS)),
    rule(in_(ABBREVIATIONS)),
)

# "перезаключили контракт", "переподписать соглашение": signed anew.
SIGN_VERBS = {'подписать', 'подписывать', 'заключить', 'заключать', 'перезаключить', 'перезаключать',
              'переподписать', 'переподписывать'}
SIGN = dictionary(SIGN_VERBS)

QUOTES = OPEN_QUOTES | CLOSE_QUOTES | {"'"}
QUOTE = in_(QUOTES)

# Words between a signing word and its document: "межправительственное",
# "три важных", "пять-шесть", "российско-американский", "55-летний",
# "пакет соглашений", "финансовая часть соглашения", "более 20 соглашений".
QUANTITY_WORDS = {
    'пакет', 'ряд', 'серия', 'часть', 'текст', 'проект', 'несколько', 'множество', 'десяток', 'около',
    'более', 'свыше', 'порядка', 'сразу', 'сотня', 'дюжина', 'комплекс', 'блок',
}
MODIFIER = or_(
    # capitalized at the start of a sentence: "Первый контракт"
    rule(and_(or_(is_lower(), IsCapitalizedWord()), or_(gram('ADJF'), gram('NUMR'), gram('Anum'), gram('PRTF')),
              not_(SIGN), not_(dictionary({'который'})))),
    rule(and_(is_lower(), dictionary(QUANTITY_WORDS))),
    rule(type('INT')),
    rule(or_(type('INT'), is_lower()), DASH, and_(is_lower(), or_(gram('ADJF'), gram('NUMR')))),
)
DOCUMENT_PHRASE = or_(
    rule(DOCUMENT.interpretation(Raw.kind)),
    rule(MODIFIER.interpretation(Raw.modifiers).repeatable(max=4), DOCUMENT.interpretation(Raw.kind)),
    # "около 30 межправительственных и коммерческих соглашений"
    rule(MODIFIER.interpretation(Raw.modifiers).repeatable(max=4),
         rule(in_caseless({'и', 'или'})).interpretation(Raw.modifiers),
         MODIFIER.interpretation(Raw.modifiers).repeatable(max=2), DOCUMENT.interpretation(Raw.kind)),
)
# "договор аренды", "договор купли-продажи акций", "договор поставки
# оборудования": lower-case genitives that say what kind of document it is.
COMPLEMENT_WORD = and_(is_lower(), HasCase({'gent'}), WORDY, or_(gram('NOUN'), gram('ADJF')), not_(gram('Apro')),
                       not_(dictionary({'подписание', 'заключение', 'сторона'})))
COMPLEMENT = or_(
    rule(COMPLEMENT_WORD.repeatable(max=3)),
    rule(COMPLEMENT_WORD, DASH, COMPLEMENT_WORD, COMPLEMENT_WORD.repeatable(max=2).optional()),
)
DOCUMENT_PHRASE = or_(
    DOCUMENT_PHRASE,
    rule(DOCUMENT_PHRASE, COMPLEMENT.interpretation(Raw.modifiers)),
)
# "к подписанию «дорожных карт»": the noun itself in quotes.
DOCUMENT_PHRASE = or_(
    DOCUMENT_PHRASE,
    rule(rule(in_(OPEN_QUOTES)).interpretation(Raw.modifiers), DOCUMENT_PHRASE,
         rule(in_(CLOSE_QUOTES)).interpretation(Raw.modifiers)),
)

##########
#   PARTIES
##########

# Nouns and adjectives of a common noun phrase: "администрация области",
# "областная федерация профсоюзов", "две страны", "55-летний специалист".
ADJECTIVE = and_(or_(gram('ADJF'), gram('PRTF'), gram('NUMR'), gram('Anum')), not_(SIGN), not_(gram('Apro')))
# "готов", "должны": a short adjective before an infinitive, though
# pymorphy2 also reads a noun ("готы").
NOUN = and_(gram('NOUN'), WORDY, not_(gram('Anum')),
            not_(and_(is_lower(), gram('ADJS'), dictionary({'готовый', 'должный', 'намеренный', 'согласный'}))),
            not_(dictionary(set(DOCUMENTS) | {'подписание', 'заключение', 'подпись'})))
ADJECTIVES = or_(
    rule(ADJECTIVE.repeatable(max=3)),
    rule(ADJECTIVE, in_caseless({'и'}), ADJECTIVE),  # "Промышленный и коммерческий банк"
    rule(type('INT'), DASH, ADJECTIVE),  # "55-летний"
)
# Lower-case, or a place, a body or an abbreviation ("банк Китая", "министры
# стран ЕАЭС"); a capitalized name is no governed word ("Путин", "путина").
GENITIVE_WORD = and_(HasCase({'gent'}), WORDY, or_(gram('NOUN'), gram('ADJF'), gram('NUMR')), not_(gram('Apro')),
                     or_(is_lower(), gram('Geox'), gram('Orgn'), IsAbbreviation()),
                     not_(dictionary(SIGN_VERBS | {'подписание', 'заключение'})))
GOVERNED = or_(
    rule(GENITIVE_WORD.repeatable(max=4)),
    # "представители 15 европейских государств"
    rule(type('INT'), GENITIVE_WORD.repeatable(max=3)),
    # "Союз промышленников и предпринимателей"
    rule(GENITIVE_WORD.repeatable(max=3), in_caseless({'и'}), GENITIVE_WORD.repeatable(max=2)),
)
#: Nouns of sides that sign: after "с" they name a party ("с клубом"), while
#: another lower-case thing belongs to the topic ("о борьбе с терроризмом").
PARTY_NOUNS = ORG_TYPE_WORDS | BODY_NOUNS | {
    'клуб', 'команда', 'сторона', 'страна', 'государство', 'город', 'регион', 'область', 'муниципалитет',
    'субъект', 'республика', 'руководство', 'правление', 'дирекция', 'мэрия', 'профсоюз', 'лейбл', 'студия',
    'представительство', 'посольство', 'консорциум', 'биржа', 'лига',
}
PARTNER_NOUN = and_(NOUN, or_(not_(is_lower()), gram('anim'), dictionary(PARTY_NOUNS)))
# "премьер-министр", "генерал-губернатор"
COMPOUND_NOUN = rule(and_(is_lower(), type('RU')), eq('-'), NOUN)
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
NAME_WORDS = or_(
    rule(CAPITALIZED.repeatable(max=3)),
    rule(HYPHENATED),
    rule(CAPITALIZED, HYPHENATED),
    rule(HYPHENATED, CAPITALIZED),
    rule(INITIAL, INITIAL.optional(), CAPITALIZED),
)
# «Лос-Анджелес Гэлакси», ''Sharks'': a name in quotes of any kind.
QUOTED_NAME = rule(
    QUOTE.repeatable(max=2),
    not_(or_(QUOTE, in_({'.', ',', ';', '(', ')'}))).repeatable(max=6),
    QUOTE.repeatable(max=2),
)
NAMED = or_(
    NAME_WORDS,
    QUOTED_NAME,
    rule(LATIN_NAME),
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
BODY_BY = rule(
    ADJECTIVES.optional(),
    and_(NOUN, dictionary(ORG_TYPE_WORDS | BODY_NOUNS)),
    in_caseless({'по'}),
    BY_WORD.repeatable(max=4),
    GOVERNED.optional(),
    # "по надзору в сфере связи"
    rule(in_caseless({'в'}), in_caseless({'сфере', 'области'}), GOVERNED).optional(),
)


def party(common_, described=True):
    """A side: a name, a noun phrase, or a description and the name it introduces."""
    sides = [
        NAMED,
        common_,
        # "президент Эритреи Исайяс Афеверки", "компанией «Алмаз»"
        rule(common_, NAMED),
        rule(common_, NAMED, NAMED),  # "клубом МЛС «Лос-Анджелес Гэлакси»"
        rule(ORG_TYPE, NAMED),
        # "китайская CNPC", "с московским «Спартаком»": where it comes from, and the name
        rule(ADJECTIVES, or_(QUOTED_NAME, rule(LATIN_NAME))),
        BODY_BY,
        rule(BODY_BY, or_(QUOTED_NAME, rule(LATIN_NAME))),  # "корпорация по атомной энергии «Росатом»"
    ]
    if described:
        sides.append(rule(QUOTED_NAME, NAME_WORDS))  # "«классическим чемпионом мира» Владимиром Крамником"
    return or_(*sides)


PARTY = party(COMMON)
# "с лейблом Universal Music", "с турецкой компанией Limak": any noun that introduces a name
PARTNER = or_(party(COMMON_PARTNER), rule(COMMON, NAMED))
# "(Industrial and Commercial Bank of China)": a name repeated in brackets.
BRACKETS = rule(eq('('), not_(in_({'(', ')', '.'})).repeatable(max=10), eq(')'))
AND = in_caseless({'и'})


def parties(slot, side=PARTY):
    """One side, or several joined as Russian lists them: "X и Y", "X, Y и Z".

    Each goes into ``slot``. A list with commas ends in "и": in "Как сообщает
    пресс-служба, компания подписала" the comma closes another clause.
    """
    one = or_(rule(side.interpretation(slot)), rule(side.interpretation(slot), BRACKETS))
    return or_(
        one,
        rule(one, AND, one),
        rule(one, rule(eq(','), one).repeatable(max=4), AND, one),
    )


SUBJECTS = parties(Raw.subjects)
# after a topic that may end in a quoted name: "о газопроводе «Сила Сибири» Россия и Китай"
NAMED_SUBJECTS = parties(Raw.subjects, party(COMMON, described=False))
WITH = or_(
    rule(rule(in_caseless({'с', 'со', 'между'})).interpretation(Raw.links), parties(Raw.partners, PARTNER)),
    # "с каждым из победителей": the party is the genitive group
    rule(rule(in_caseless({'с', 'со'}), in_caseless({'каждым', 'каждой'}), in_caseless({'из'}))
         .interpretation(Raw.links),
         parties(Raw.holders)),
)

##########
#   WHEN AND WHERE
##########

# Dates and places are attributes of the fact; a frame ("в рамках форума")
# and an adverb ("официально") only stand between the parts of a mention.
CIRCUMSTANCE = or_(
    DATE.interpretation(Raw.dates),
    PLACE.interpretation(Raw.places),
    FRAME,
    rule(ADVERB),
)
CIRCUMSTANCES = rule(CIRCUMSTANCE.repeatable(max=4))

##########
#   TOPIC
##########

# The topic runs to a comma, a verb or a clause word: "о сотрудничестве в
# области обращения с отработавшим ядерным топливом и порядке его возврата".
TOPIC_STOP = or_(
    in_({'.', ',', ';', ':', '!', '?', '(', ')', '—', '–', '…'}),
    # a capitalized word inside a topic is a name, though pymorphy2 may guess a verb ("Бургас")
    and_(is_lower(), or_(gram('VERB'), gram('INFN'), gram('PRTS'), gram('GRND'))),
    dictionary({'который', 'что', 'чтобы', 'а', 'но', 'если', 'как', 'между', 'для'}),
    in_caseless({'с', 'со'}),
    SIGN,
)
# "с отработавшим топливом" belongs to the topic; "с Китаем", "с компанией"
# and "с клубом" name a party.
TOPIC_WORD = or_(
    rule(not_(TOPIC_STOP)),
    rule(in_caseless({'с', 'со'}), and_(is_lower(), not_(gram('anim')), not_(dictionary(PARTY_NOUNS)),
                                       not_(TOPIC_STOP))),
)
# "нефтепровода Бургас — Александруполис", "пакта Молотова — Риббентропа":
# a dash between two names; "систем С-400", "истребителей Су-57": a model.
MODEL = rule(and_(or_(type('RU'), type('LATIN')), not_(is_lower())), eq('-'), type('INT'))
TOPIC_WORD = or_(TOPIC_WORD, rule(CAPITALIZED, in_({'—', '–'}), CAPITALIZED), MODEL)
# "о дружбе, сотрудничестве и взаимной помощи": a comma before another noun
# of the list; not before a participle or a clause ("..., управляющим", "..., который").
TOPIC_WORD = or_(
    TOPIC_WORD,
    rule(eq(','), and_(is_lower(), gram('NOUN'), HasCase({'loct', 'gent', 'datv'}), not_(gram('PRTF')),
                       not_(gram('ADJF')), not_(TOPIC_STOP))),
)
LONG_QUOTED = rule(
    in_(OPEN_QUOTES),
    not_(in_(OPEN_QUOTES | CLOSE_QUOTES | {'.', '(', ')'})).repeatable(max=15),
    in_(CLOSE_QUOTES),
)
TOPIC = or_(
    rule(in_caseless({'о', 'об', 'обо', 'по'}), TOPIC_WORD.repeatable(max=30)),
    LONG_QUOTED,
    rule(LONG_QUOTED, in_caseless({'о', 'об', 'по'}), TOPIC_WORD.repeatable(max=30)),
).interpretation(Raw.topics)

# Everything that may follow the document: topic, counterparts, an
# abbreviation in brackets, the time and place.
# "контракт на поставку самолётов", "на сумму 32,5 млн долларов", "на 1 год":
# what the document is for, or its term; neither topic nor party.
PURPOSE = rule(in_caseless({'на'}), TOPIC_WORD.repeatable(max=8)).interpretation(Raw.purposes)
ABBREVIATION_IN_BRACKETS = rule(eq('('), IsAbbreviation(), eq(')'))
# "Первый контракт был подписан с Топаловым, второй — с Крамником": the
# counterparts of the documents listed after it, the signing word left out.
ORDINAL = dictionary({'второй', 'третий', 'четвёртый', 'другой', 'последний', 'следующий'})
OTHER = rule(eq(','), in_caseless({'а'}).optional(), ORDINAL, DASH.optional(),
             rule(in_caseless({'с', 'со'})).interpretation(Raw.links), parties(Raw.partners, PARTNER))
OTHERS = rule(OTHER.repeatable(max=3))
BEFORE_TOPIC = or_(
    rule(or_(WITH, ABBREVIATION_IN_BRACKETS, CIRCUMSTANCE).repeatable(max=4)),
    rule(WITH, OTHERS),
)
# After the topic only the counterparts and an abbreviation: a time or place
# there is read as part of the topic, and split off by ``_split_topic`` only
# when a date closes it ("о сотрудничестве в Москве 5 мая").
AFTER_TOPIC = or_(
    rule(or_(WITH, ABBREVIATION_IN_BRACKETS).repeatable(max=2)),
    rule(or_(WITH, ABBREVIATION_IN_BRACKETS).repeatable(max=2), CIRCUMSTANCES),
    rule(WITH, OTHERS),
)
# "на поставку самолётов" only right after the noun: later, "на переработку"
# belongs to the topic.
TAIL = or_(
    BEFORE_TOPIC,
    PURPOSE,
    rule(PURPOSE, BEFORE_TOPIC),
    seq([PURPOSE], [BEFORE_TOPIC], TOPIC, [AFTER_TOPIC]),
)

##########
#   PREDICATES
##########

NEGATION = in_caseless({'не', 'ни'})
#: Words that put a signing in the future: "планируют подписать".
PLAN_WORDS = {
    'планировать', 'запланировать', 'намереваться', 'намерен', 'собираться', 'собраться', 'готовый', 'хотеть',
    'захотеть', 'мочь', 'смочь', 'должный', 'договориться', 'договариваться', 'рассчитывать', 'надеяться',
    'предполагать', 'предстоять', 'решить', 'решать', 'готовиться', 'подготовиться', 'обещать', 'пообещать',
    'согласиться', 'соглашаться', 'предложить', 'предлагать', 'стремиться', 'желать', 'ожидаться', 'ожидать',
    'планироваться', 'предполагаться', 'намечаться', 'наметить', 'намечать', 'спешить', 'торопиться',
    'нужно', 'необходимо', 'следовать', 'можно', 'обязаться', 'обязываться', 'намерение', 'готовность',
    'подготовка', 'переговоры', 'приготовиться', 'начать', 'призвать', 'призывать', 'просить',
    'попросить', 'предстоящий', 'возможный', 'будущий', 'грядущий', 'перейти', 'приступить', 'приступать',
    'надо', 'предусматривать', 'предусмотреть',
}
#: Words that turn a signing down: "отказались подписать", "мешает заключить".
REFUSE_WORDS = {
    'отказаться', 'отказываться', 'отказ', 'мешать', 'помешать', 'препятствовать', 'воспрепятствовать',
    'отклонить', 'отклонять', 'уклоняться', 'уклониться', 'против', 'сорвать', 'срыв', 'сорваться',
}
#: Impersonal words whose signer stands in the dative: "странам удалось заключить".
IMPERSONAL_WORDS = {'удаться', 'предстоять', 'нужно', 'необходимо', 'следовать', 'можно', 'надо', 'нужный'}
#: Words that make a planned signing done: "успели подписать", "удалось заключить".
DONE_WORDS = {'успеть', 'удаться', 'суметь', 'состояться'}
BE = and_(dictionary({'быть'}), or_(gram('VERB'), gram('INFN')))


def _predicate(item):
    return rule(item).interpretation(Raw.predicate)


CHAIN_WORD = or_(
    _predicate(NEGATION),
    # "готов" is also the genitive of "готы": a short adjective is no noun here
    _predicate(and_(dictionary(PLAN_WORDS | REFUSE_WORDS | DONE_WORDS), or_(not_(gram('NOUN')), gram('ADJS')))),
    _predicate(BE),
    rule(ADVERB),
    rule(in_caseless({'так'}), in_caseless({'и'})),  # "так и не подписали"
    rule(in_caseless({'до'}), in_caseless({'сих'}), in_caseless({'пор'})),
    rule(in_caseless({'пока'})),
    DATE.interpretation(Raw.dates),
    # "Стороны по итогам встречи подписали", "Россия и Турция в Анкаре подписали"
    PLACE.interpretation(Raw.places),
    FRAME,
)
CHAIN = rule(CHAIN_WORD.repeatable(max=5))

FINITE = and_(SIGN, gram('VERB'))
INFINITIVE = and_(SIGN, gram('INFN'))
SHORT_PARTICIPLE = and_(SIGN, gram('PRTS'))
PASSIVE_PARTICIPLE = _predicate(and_(SIGN, gram('PRTF'), gram('pssv')))
ACTIVE_PARTICIPLE = _predicate(and_(SIGN, gram('PRTF'), gram('actv')))
# "подписав с клубом контракт", "не подписав договор"
GERUND = or_(_predicate(and_(SIGN, gram('GRND'))), rule(_predicate(NEGATION), _predicate(and_(SIGN, gram('GRND')))))
# "заключается годовой контракт": the reflexive passive, before its noun only.
REFLEXIVE_VERBS = {'заключаться', 'подписываться'}
REFLEXIVE = and_(dictionary(REFLEXIVE_VERBS), gram('VERB'))
SIGNING = and_(dictionary({'подписание', 'заключение'}), gram('NOUN'))

# "поставили подписи под соглашением"
SIGNATURE = _predicate(rule(dictionary({'поставить', 'ставить'}), dictionary({'подпись'}), in_caseless({'под'})))
ACTIVE = or_(
    _predicate(or_(FINITE, INFINITIVE)),
    rule(CHAIN, _predicate(or_(FINITE, INFINITIVE))),
    SIGNATURE,
    rule(CHAIN, SIGNATURE),
)
# "который водитель подписывать отказался", "подписать так и не смогли": the
# word that sets the status after the infinitive
LATER = rule(
    or_(_predicate(NEGATION), rule(in_caseless({'так'}), in_caseless({'и'})), rule(ADVERB)).repeatable(max=3).optional(),
    _predicate(and_(dictionary(PLAN_WORDS | REFUSE_WORDS | DONE_WORDS), or_(gram('VERB'), gram('ADJS')))),
)
ACTIVE = or_(ACTIVE, rule(_predicate(INFINITIVE), LATER))
PASSIVE = or_(
    _predicate(SHORT_PARTICIPLE),
    rule(CHAIN, _predicate(SHORT_PARTICIPLE)),
)
# "Коммюнике подписано не было", "подписан так и не был"
PASSIVE = or_(
    PASSIVE,
    rule(PASSIVE, rule(in_caseless({'так'}), in_caseless({'и'})).optional(), _predicate(NEGATION), _predicate(BE)),
)
# "заключается контракт", "был подписан договор", "будет заключен контракт"
PASSIVE_FIRST = or_(PASSIVE, _predicate(REFLEXIVE))

# Words before the noun "подписание" that say where the signing stands:
# "подготовка к подписанию", "отказаться от подписания", "ожидается
# подписание", "переговоры о заключении".
#: Nouns of a decision or plan about a signing: "приказ о заключении контракта".
PLAN_NOUNS = {
    'решение', 'приказ', 'указ', 'распоряжение', 'постановление', 'предложение', 'план', 'договорённость',
    'соглашение',
}
LEAD_WORD = and_(
    dictionary(PLAN_WORDS | REFUSE_WORDS | DONE_WORDS | {'быть'}),
    not_(dictionary({'против'})),
)
LEAD = or_(
    rule(or_(NEGATION, LEAD_WORD, ADVERB).repeatable(max=5)),
    rule(or_(NEGATION, LEAD_WORD, ADVERB).repeatable(max=5),
         in_caseless({'к', 'от', 'о', 'об', 'на', 'за', 'против'})),
    rule(in_caseless({'против'})),
    # "для заключения контракта", "указ о подписании договора": the signing is to come.
    rule(in_caseless({'для'})),
    rule(dictionary(PLAN_NOUNS), in_caseless({'о', 'об'})),
).interpretation(Raw.lead)
# "переговоры о возвращении островов и заключении договора"
COORDINATED_SIGNING = or_(
    rule(SIGNING),
    rule(SIGNING, in_caseless({'и'}), and_(is_lower(), gram('NOUN')), and_(is_lower(), gram('NOUN')).optional()),
    rule(and_(is_lower(), gram('NOUN')), GENITIVE_WORD.repeatable(max=2).optional(), in_caseless({'и'}), SIGNING),
)
NOUN_PREDICATE = _predicate(or_(
    COORDINATED_SIGNING,
    rule(dictionary({'подпись'}), in_caseless({'под'})),
))
# "подписание ... состоится в мае", "подписание было отложено"
AFTER_WORDS = {
    'состояться', 'пройти', 'проходить', 'запланировать', 'намечать', 'наметить', 'ожидаться', 'планироваться',
    'отложить', 'откладывать', 'перенести', 'переносить', 'сорваться', 'предполагаться',
}
AFTER = or_(
    rule(and_(dictionary(AFTER_WORDS), or_(gram('VERB'), gram('PRTS')))),
    rule(or_(NEGATION, BE, ADVERB, and_(dictionary(PLAN_WORDS), or_(not_(gram('NOUN')), gram('ADJS'))))
         .repeatable(max=3),
         and_(dictionary(AFTER_WORDS), or_(gram('VERB'), gram('PRTS'), gram('INFN')))),
).interpretation(Raw.after)

##########
#   CLAUSES
##########


SPEECH = dictionary({'сообщить', 'заявить', 'рассказать', 'сказать', 'отметить', 'объявить', 'подтвердить',
                     'уточнить', 'пояснить', 'добавить', 'признать'})
PRONOUN = in_caseless({'он', 'она', 'они', 'мы'})
GAP_WORD = not_(in_({'.', '!', '?', ';', ',', '(', ')', '«', '»'}))
# Between the parties and their verb: "Гергиев, который в данный момент является
# артдиректором Мариинского театра, подписал"; "Кирсан Илюмжинов сообщил, что он подписал".
SIGNERS = or_(
    SUBJECTS,
    rule(SUBJECTS, rule(eq(','), GAP_WORD.repeatable(max=12), eq(',')).interpretation(Raw.gap)),
    # "Президенты провели переговоры и подписали", "Делегации осмотрели завод и подписали":
    # two verbs of one subject
    rule(SUBJECTS, rule(and_(is_lower(), gram('VERB'), not_(SIGN)), GAP_WORD.repeatable(max=6).optional(),
                        in_caseless({'и'})).interpretation(Raw.gap)),
    # "Польша и Венгрия заявили, что не подпишут", "... заявил в среду, что он подписал"
    rule(SUBJECTS, rule(SPEECH, or_(rule(ADVERB), DATE).optional(), eq(','), in_caseless({'что'}),
                        PRONOUN.optional()).interpretation(Raw.gap)),
)
WHICH = dictionary({'который'})
ENABLE = dictionary({'давать', 'дать', 'позволить', 'позволять', 'мешать', 'помешать', 'разрешить', 'разрешать',
                     'предложить', 'предлагать', 'поручить', 'поручать', 'рекомендовать', 'призвать', 'призывать'})
ENABLING = or_(rule(ENABLE), rule(NEGATION, ENABLE)).interpretation(Raw.lead)
ADDRESSEES = parties(Raw.addressees)
MIDDLE = rule(or_(WITH, CIRCUMSTANCE).repeatable(max=3))
# "Как сообщила пресс-служба губернатора,", "По словам министра,": who tells
# it is no side ("пресс-служба губернатора, область и концерн подписали").
SOURCE = or_(
    rule(in_caseless({'как'}), SPEECH, GAP_WORD.repeatable(max=8), eq(',')),
    rule(in_caseless({'по'}), in_caseless({'словам', 'данным', 'информации', 'сообщению'}),
         GAP_WORD.repeatable(max=8), eq(',')),
)
# Before the signers: "В 2010 году в Праге", "С Онищенко ежегодно перезаключали".
OPENING = or_(
    rule(or_(WITH, CIRCUMSTANCE).repeatable(max=4)),
    rule(SOURCE, or_(WITH, CIRCUMSTANCE).repeatable(max=4).optional()),
)
# After a passive: who signed it ("Медведевым и Обамой"), with whom, when, where.
AGENT = or_(
    CIRCUMSTANCES,
    # "подписан Медведевым и Обамой", not "подписано сроком на пять лет"
    seq([CIRCUMSTANCES], or_(parties(Raw.partners, PARTNER), WITH), [OTHERS], [CIRCUMSTANCES]),
)

# Before signers who follow the document ("договор о дружбе Россия и Китай
# подписали") the topic holds no name in the nominative: that is a signer.
OBLIQUE_WORD = or_(
    rule(and_(not_(TOPIC_STOP), not_(QUOTE), or_(not_(IsCapitalizedWord()), not_(HasCase({'nomn'}))))),
    MODEL,
    QUOTED_NAME,
)
SIGNERS_TAIL = or_(
    seq([rule(in_caseless({'на'}), OBLIQUE_WORD.repeatable(max=8)).interpretation(Raw.purposes)], [WITH],
        rule(in_caseless({'о', 'об', 'обо', 'по'}), OBLIQUE_WORD.repeatable(max=20)).interpretation(Raw.topics)),
    seq([rule(in_caseless({'на'}), OBLIQUE_WORD.repeatable(max=8)).interpretation(Raw.purposes)], WITH),
    rule(in_caseless({'на'}), OBLIQUE_WORD.repeatable(max=8)).interpretation(Raw.purposes),
)

RULE = or_(
    # "Россия и Турция подписали в среду соглашение о ...", "стороны планируют подписать ..."
    seq([OPENING], [SIGNERS], ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "подписали совместное заявление и пакет соглашений"
    seq([OPENING], [SIGNERS], ACTIVE, [MIDDLE], rule(COMMON, in_caseless({'и'})).interpretation(Raw.gap),
        DOCUMENT_PHRASE, [TAIL]),
    # "контракт с командой подписал Роман Павлюченко", "соглашение подписали Россия и Китай"
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], ACTIVE, [CIRCUMSTANCES], SUBJECTS),
    # "контракт на поставку самолётов Индия и Франция подпишут в декабре"
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [SIGNERS_TAIL], NAMED_SUBJECTS, ACTIVE, [CIRCUMSTANCES]),
    # "соглашение, которое стороны подписали в 2010 году"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), WHICH, [SUBJECTS], ACTIVE, [MIDDLE], [SUBJECTS]),
    # "Сергей Булатов, подписавший соглашение с клубом"
    seq(SUBJECTS, eq(','), ACTIVE_PARTICIPLE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "Странам удалось заключить соглашение", "Компании предстоит подписать контракт"
    seq([CIRCUMSTANCES], ADDRESSEES, ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "не дает двум странам заключить мирное соглашение"
    seq([SUBJECTS], ENABLING, ADDRESSEES, ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "договор по СНВ был подписан Дмитрием Медведевым", "соглашение должна быть подписана в среду"
    seq(DOCUMENT_PHRASE, [TAIL], PASSIVE, [AGENT]),
    # "С каждым из победителей будет заключен контракт", "В 2010 году был подписан договор"
    seq([rule(or_(WITH, CIRCUMSTANCE).repeatable(max=3))], PASSIVE_FIRST, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "договоре между Россией и Южной Осетией ..., заключённом в Москве"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), PASSIVE_PARTICIPLE,
        [AGENT]),
    # "подписанное в 2010 году соглашение", "заключённый с Китаем контракт"
    seq(PASSIVE_PARTICIPLE, [or_(MIDDLE, parties(Raw.partners, PARTNER))], DOCUMENT_PHRASE, [TAIL]),
    # "подписавшие соглашение стороны", "подписавший договор Путин"
    seq(ACTIVE_PARTICIPLE, [MIDDLE], DOCUMENT_PHRASE, [TAIL], SUBJECTS),
    # "Подписав контракт с «Ростовом», форвард стал ...": the gerund's signer is
    # the subject of the clause after it; "..., подписав с клубом контракт"
    seq(GERUND, [MIDDLE], DOCUMENT_PHRASE, [TAIL], [rule(eq(','), SUBJECTS)]),
    # "проект соглашения с Арменией, подписание которого намечено на осень"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), NOUN_PREDICATE, WHICH,
        rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())),
    # "подписание соглашения с палестинцами", "Россия отказалась от подписания договора",
    # "решение Януковича отказаться от подписания", "подписание контракта состоится в мае"
    seq([SIGNERS], [LEAD], NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL],
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
).interpretation(Raw)

##########
#   FACTS
##########

def _tokens(value: Any) -> list[Any]:
    """The tokens behind one interpreted value (a chain, or a normalized one)."""
    while value is not None and not hasattr(value, 'tokens'):
        value = getattr(value, 'input', None)
    return list(value.tokens) if value is not None else []


def _attribute(raw: Any, name: str) -> list[Any]:
    """All tokens of attribute ``name``, of every match when it is repeatable."""
    value = raw._raw.attributes.get(name)
    if isinstance(value, list):
        return [token for item in value for token in _tokens(item)]
    return _tokens(value)


def _groups(raw: Any, name: str) -> list[list[Any]]:
    """The tokens of each value of a repeatable attribute: one list per party."""
    value = raw._raw.attributes.get(name) or []
    return [tokens for tokens in (_tokens(item) for item in value) if tokens]


def _lemmas(tokens: Sequence[Any]) -> set[str]:
    return {form.normalized for token in tokens for form in getattr(token, 'forms', None) or ()} | {
        token.value.lower() for token in tokens
    }


@functools.cache
def _kind_keys() -> list[tuple[str, list[set[str]]]]:
    """Each vocabulary entry as the dictionary forms of its words, longest first:
    "дорожная карта" is {"дорожный"}, {"карта"}."""
    from factlex.morph import tokenizer

    split = tokenizer()
    keys = []
    for noun in DOCUMENTS:
        words = [split.analyzed(token) for token in split.scan(noun)]
        keys.append((noun, [{noun} if noun in ABBREVIATIONS else _lemmas([word]) for word in words]))
    return sorted(keys, key=lambda key: -len(key[1]))


def _kind(tokens: Sequence[Any]) -> Optional[str]:
    """The vocabulary entry the document words are: "дорожных карт" -> "дорожная карта"."""
    words = [token for token in tokens if token.type != 'PUNCT']
    for noun, key in _kind_keys():
        if len(key) > len(words):
            continue
        tail = words[-len(key):]
        if noun in ABBREVIATIONS:
            if tail[0].value == noun:
                return noun
        elif all(expected & _lemmas([token]) for expected, token in zip(key, tail, strict=True)):
            return noun
    return None


def _party(tokens: Sequence[Any], cases: set[str]) -> Optional[str]:
    """A party's name in the nominative: the person a description introduces
    ("чемпионом мира Веселином Топаловым"), a quoted or Latin name as written
    ("клубом «Лос-Анджелес Гэлакси»"), else the noun phrase."""
    for start in range(len(tokens)):
        name = tokens[start:]
        if len([token for token in name if token.value not in '-.']) <= 3 and _is_name(name):
            return name_nominative(name, cases)
    name = _introduced_name(tokens)
    if name:
        return name_nominative(name, cases)
    quoted = [index for index, token in enumerate(tokens) if token.value in QUOTES]
    latin = [index for index, token in enumerate(tokens) if token.type == 'LATIN']
    named = quoted or latin
    # Adjectives before it say where the body comes from ("китайская CNPC",
    # "с турецкой компанией Limak", "московским «Спартаком»").
    first = 0
    while first < len(tokens) - 1 and (_is_adjective(tokens[first]) or (
            first == 0 and readings(tokens[0], None, {'ADJF'}))):
        first += 1
    # The name stands for the party when it is all there is, or when the
    # words before it say what kind of body it is ("клубом МЛС «Лос-Анджелес
    # Гэлакси»"); after a post it only says whose post ("глава «Газпрома»").
    if named and (named[0] == first or _is_org_kind(tokens[first])):
        if quoted:
            inner = [token for token in tokens[quoted[0]:quoted[-1] + 1] if token.value not in QUOTES]
            if quoted[0] == first and inner:
                # "с «Зенитом»": a bare quoted name declines; after "компанией"
                # it stands in the nominative as written.
                return phrase_nominative(inner, cases)
            return join(inner) if inner else None
        return join(tokens[latin[0]:latin[-1] + 1])
    return phrase_nominative(tokens, cases)


#: Nouns naming a kind of body, after which a quoted or Latin name is the party.
ORG_KINDS = ORG_TYPE_WORDS | BODY_NOUNS | {'клуб', 'команда', 'госкомпания', 'издание', 'лига', 'биржа', 'сеть',
                                          'лейбл', 'студия', 'консорциум'}


def _introduced_name(tokens: Sequence[Any]) -> list[Any]:
    """Two or three capitalized words after a lower-case person noun: a name the
    dictionary does not know ("его индийский коллега Раджнатх Сингх")."""
    for start in (len(tokens) - 3, len(tokens) - 2):
        if start < 1:
            continue
        head, name = tokens[start - 1], tokens[start:]
        if not all(token.type == 'RU' and token.value[:1].isupper() and not token.value.isupper() for token in name):
            continue
        # "глава компании Олег Дерипаска": a known first name opens it
        if 'Name' in known_grams(name[0]) and not known_grams(name[-1]) & {'Geox', 'Orgn'}:
            return list(name)
        if head.value.islower() and readings(head, None, {'anim'}) and not any(
                known_grams(token) & {'Geox', 'Orgn', 'Abbr'} for token in name):
            return list(name)
    return []


def _is_adjective(token: Any) -> bool:
    """A lower-case adjective or participle, or "55-летний": a word before a noun or a name."""
    return token.value[:1].islower() and bool(readings(token, None, {'ADJF', 'PRTF'})) and not readings(
        token, None, {'NOUN'})


def _is_org_kind(token: Any) -> bool:
    return bool(_lemmas([token]) & ORG_KINDS) or (token.value.isupper() and len(token.value) > 1)


def _is_name(tokens: Sequence[Any]) -> bool:
    words = [token for token in tokens if token.value not in '-.']
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


def _slot_parties(raw: Any, name: str, cases: set[str]) -> Optional[list[tuple[int, str]]]:
    """The parties of one slot in the nominative, with where each starts; None
    when one of them cannot stand in the slot's case, so the match misreads
    the sentence."""
    result: list[tuple[int, str]] = []
    for tokens in _groups(raw, name):
        words = [token for token in tokens if token.type not in ('PUNCT', 'INT')]
        counted = any(token.type == 'INT' for token in tokens[:2])  # "190 государств" governs a genitive
        fits = not words or counted or tokens[0].value in OPEN_QUOTES | {"'"} or bool(
            readings(words[0], cases) or words[0].type == 'LATIN' or not getattr(words[0], 'forms', None)
        )
        if not fits:
            return None
        value = _party([token for token in tokens if token.value not in '()'], cases)
        if value and value not in [party for _, party in result]:
            result.append((tokens[0].span.start, value))
    # "Президент ФИДЕ Илюмжинов, Кирсан Илюмжинов": one person named twice.
    return [(start, party) for start, party in result if not any(
        other != party and other.endswith(' ' + party) for _, other in result
    )]


# Words a topic cannot end in: what follows them was cut off.
_TOPIC_END = {'и', 'а', 'или', 'в', 'на', 'по', 'о', 'об', 'с', 'со', 'к', 'от', 'за', 'до', 'из', '-', 'его', 'ее',
              'её', 'их'}


#: Words a date or a frame starts with inside a topic: "об ассоциации в
#: ноябре на саммите", "о торговле 30 декабря". "до 2030 года" and "к 2030
#: году" are the document's term and stay in the topic.
_CUT_WORDS = {'в', 'во', 'на', 'по', 'накануне', 'вчера', 'сегодня', 'завтра', 'позавчера', 'послезавтра', 'весной',
              'летом', 'осенью', 'зимой'}


def _piece(tokens: Sequence[Any], start: int, names: Sequence[str]) -> tuple[str, int] | None:
    """The longest date, frame or place (of ``names``) that starts at ``start``, and where it stops."""
    for stop in range(min(len(tokens), start + 8), start, -1):
        for name in names:
            if _matches(name, tokens[start:stop]):
                return name, stop
    return None


def _split_topic(tokens: list[Any], deadline: bool = False) -> tuple[list[Any], list[Any], list[Any]]:
    """The topic without the time, frame and place that close it, and the date and place.

    "об ассоциации в ноябре на саммите в Вильнюсе" is the topic "об
    ассоциации", the date "в ноябре" and the place "в Вильнюсе"; "о
    делимитации границы 2 декабря в Бишкеке" the topic "о делимитации
    границы". A place alone at the end stays: "о прекращении кризиса в
    Украине" is all topic. "до 2030 года" closing it is the document's
    term, unless the signing is still ahead (``deadline``): "подписать
    дорожную карту по интеграции до конца года".
    """
    cut = next((
        index for index in range(1, len(tokens))
        if (tokens[index].value.lower() in _CUT_WORDS or tokens[index].type == 'INT')
        and _piece(tokens, index, ('date', 'frame'))
    ), None)
    if cut is not None:
        # a place just before: "о демаркации в Ташкенте 5 мая"
        moved = True
        while moved:
            moved = False
            for start in range(max(cut - 6, 1), cut):
                if _matches('place', tokens[start:cut]):
                    cut, moved = start, True
                    break
        dates, places = [], []
        index = cut
        while index < len(tokens):
            found = _piece(tokens, index, ('date', 'place', 'frame'))
            if found is None:
                index += 1
                continue
            name, stop = found
            if name == 'frame':
                # "на саммите в Вильнюсе": the place may close the frame
                inner = next((start for start in range(index + 1, stop) if _piece(tokens, start, ('place',))), None)
                stop = inner if inner is not None else stop
            else:
                (dates if name == 'date' else places).append(tokens[index:stop])
            index = stop
        body = tokens[:cut]
    else:
        pieces: list[tuple[str, list[Any]]] = []
        end = len(tokens)
        while end > 1:
            found = next((
                (name, tokens[start:end])
                for start in range(max(end - 8, 1), end)
                for name in ('date', 'place')
                if _matches(name, tokens[start:end])
            ), None)
            if found is None or (found[1][0].value.lower() in ('до', 'к') and not deadline):
                break
            pieces.append(found)
            end -= len(found[1])
        if not any(name == 'date' for name, _ in pieces):
            end, pieces = len(tokens), []
        body = tokens[:end]
        dates = [piece for name, piece in reversed(pieces) if name == 'date']
        places = [piece for name, piece in reversed(pieces) if name == 'place']
    while len(body) > 1 and body[-1].value.lower() in _TOPIC_END:
        body = body[:-1]
    return body, (dates[0] if dates else []), (places[0] if places else [])


def _matches(name: str, tokens: Sequence[Any]) -> bool:
    """Whether ``tokens`` are exactly one ``'date'`` or one ``'place'``."""
    return earley.match(_parser(name), tokens) is not None


@functools.cache
def _parser(name: str) -> Any:
    from yargy import Parser

    from factlex.morph import tokenizer

    return Parser({'date': DATE, 'place': PLACE, 'frame': FRAME}[name], tokenizer=tokenizer())


#: Words after the noun that put a signing ahead: "подписание запланировано".
POSTPONED = {'запланировать', 'намечать', 'наметить', 'ожидаться', 'планироваться', 'отложить', 'откладывать',
             'перенести', 'переносить', 'предполагаться'}


def _status(raw: Any) -> str:
    """``refused``, ``planned`` or ``signed``, from the words around the signing word.

    A negation or a refusal wins ("так и не подписали", "отказались от
    подписания"); "успели", "удалось" make it done; an intention, the future
    or a bare infinitive put it ahead; anything else is done.
    """
    predicate = _attribute(raw, 'predicate')
    after = _attribute(raw, 'after')
    words = predicate + _attribute(raw, 'lead') + after
    values = {token.value.lower() for token in words}
    lemmas = _lemmas(words)
    if lemmas & REFUSE_WORDS or values & {'не', 'ни'}:
        return 'refused'
    if lemmas & (DONE_WORDS - {'состояться'}):
        return 'signed'
    if lemmas & (PLAN_WORDS | PLAN_NOUNS | POSTPONED) or values & {'бы', 'для'}:
        return 'planned'
    if any(_is_future(token) for token in words):
        return 'planned'  # "подпишут", "будет подписан", "подписание состоится"
    signing = [token for token in predicate if _lemmas([token]) & SIGN_VERBS]
    if signing and all(readings(token, None, {'INFN'}) and not readings(token, None, {'VERB', 'PRTS'})
                       for token in signing):
        return 'planned'  # "чтобы подписать соглашение"
    return 'signed'


def _is_future(token: Any) -> bool:
    """A future verb form: "подпишут", "будет", "состоится"."""
    return any(
        'futr' in form.grams.values and 'VERB' in form.grams.values
        and form.normalized in SIGN_VERBS | {'быть', 'состояться'} | AFTER_WORDS
        for form in getattr(token, 'forms', None) or ()
    )


def _document_case_fits(raw: Any) -> bool:
    """The document stands in the case its predicate governs.

    "закон о ратификации соглашения подписан": a genitive document before a
    passive is not what was signed; "подписание соглашения" wants a genitive.
    """
    kind = _attribute(raw, 'kind')
    predicate = _attribute(raw, 'predicate')
    if not kind or not predicate or not getattr(kind[-1], 'forms', None):
        return True
    head = kind[-1]
    if 'Fixd' in {gram for form in head.forms for gram in form.grams.values}:
        return True
    nouns = readings(head, None, {'NOUN'}) or list(head.forms)
    cases = {case for form in nouns for case in normalize.CASES if case in form.grams.values}
    if not cases:
        return True  # "СРП": an abbreviation the dictionary does not know
    if _lemmas(predicate) & {'подписание', 'заключение'}:
        # "соглашение, подписание которого намечено": "которого" stands for it
        return bool(cases & {'gent'}) or kind[0].span.start < predicate[0].span.start
    if _lemmas(predicate) & {'подпись'}:
        return bool(cases & {'ablt'})
    verbs = [token for token in predicate if _lemmas([token]) & (SIGN_VERBS | REFLEXIVE_VERBS)]
    passive = verbs and (readings(verbs[-1], None, {'PRTS'}) or _lemmas(verbs[-1:]) & REFLEXIVE_VERBS)
    if passive and kind[0].span.start < verbs[0].span.start:
        return bool(cases & {'nomn'})  # the subject of a passive
    return True


def _contiguous(groups: list[list[Any]]) -> list[list[Any]]:
    """Groups that follow each other as one: "в минувшую среду" "12 мая"."""
    merged: list[list[Any]] = []
    for group in sorted(groups, key=lambda group: group[0].span.start):
        if merged and 0 <= group[0].span.start - merged[-1][-1].span.stop <= 1:
            merged[-1] = merged[-1] + group
        else:
            merged.append(list(group))
    return merged


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
    # not "которое стороны подписать отказались": a finite verb after it has them as subject
    if after and readings(after[0], None, {'INFN'}) and not any(readings(token, None, {'VERB'}) for token in after):
        return {'nomn', 'gent'}
    return {'nomn'}


def to_facts(raw: Any, tokens: list) -> Iterator[Agreement]:
    """The Agreement of one match: kind, topic, parties, status, date and place."""
    kind_tokens = _attribute(raw, 'kind')
    kind = _kind(kind_tokens)
    if kind is None or not _document_case_fits(raw):
        return
    predicate = _attribute(raw, 'predicate')
    verbs = {'VERB', 'INFN', 'PRTS', 'PRTF', 'ADJS', 'GRND'}
    if raw.subjects and not any(readings(token, None, verbs) for token in predicate) and not any(
        readings(token, None, verbs) for token in _attribute(raw, 'lead')
    ):
        return  # "вести переговоры о заключении": only a verb ties a party to the noun
    if raw.addressees and not raw.lead and not _lemmas(predicate) & IMPERSONAL_WORDS:
        return  # a dative signer needs "удалось", "предстоит" or a verb that lets: "дает странам заключить"
    status = _status(raw)
    topic_groups = _groups(raw, 'topics')
    topic, second = _second_document(topic_groups[0]) if topic_groups else ([], None)
    topic_tokens, topic_dates, topic_places = _split_topic(topic, status == 'planned') if topic else ([], [], [])
    # a plan's "до конца года" is its deadline, a signed contract's "до 2027 года" its term
    dates = _contiguous([group for group in _groups(raw, 'dates')
                         if status == 'planned' or not _is_term(group, kind_tokens, predicate)])
    places = _groups(raw, 'places')
    date = join(dates[0]) if dates else (join(topic_dates) if topic_dates else None)
    place = join(places[0]) if places else (join(topic_places) if topic_places else None)

    found: list[tuple[int, str]] = []
    subject_cases = _subject_cases(raw)
    if _lemmas(predicate) & IMPERSONAL_WORDS:
        subject_cases |= {'datv'}  # "Японии и России не удалось заключить": read either way by the parser
    for slot, cases in (('subjects', subject_cases), ('holders', {'gent'}), ('addressees', {'datv'}),
                        ('partners', {'ablt'})):
        slot_parties = _slot_parties(raw, slot, cases)
        if slot_parties is None:
            return
        found += slot_parties
    parties: list[str] = []
    for _, party in sorted(found):
        if party not in parties:
            parties.append(party)

    core = [
        token
        for name in ('subjects', 'holders', 'addressees', 'partners', 'predicate', 'lead', 'after', 'kind', 'gap',
                     'modifiers', 'links')
        for token in _attribute(raw, name)
    ] + topic_tokens
    core.sort(key=lambda token: token.span.start)
    second_fact = None
    if second is not None:
        # "соглашение о ... и меморандум о ...": the second document, signed
        # by the same sides at the same time.
        second_kind, second_words, second_topic = second
        second_topic, second_dates, second_places = (_split_topic(second_topic, status == 'planned') if second_topic
                                                     else ([], [], []))
        date = date or (join(second_dates) if second_dates else None)
        place = place or (join(second_places) if second_places else None)
        second_fact = Agreement(tokens_span(second_words + second_topic), second_kind,
                                subject=join(second_topic) if second_topic else None, parties=tuple(parties),
                                status=status, date=date, place=place)
    yield Agreement(
        tokens_span(core),
        kind,
        subject=join(topic_tokens) if topic_tokens else None,
        parties=tuple(parties),
        status=status,
        date=date,
        place=place,
    )
    if second_fact is not None:
        yield second_fact


def _is_term(date: Sequence[Any], kind: Sequence[Any], predicate: Sequence[Any]) -> bool:
    """Whether "до ..." after the document is how long it runs, not when it was
    signed: "заключил с клубом контракт до 2027 года"; "должен быть подписан
    до конца года" is a deadline."""
    if not date or date[0].value.lower() != 'до' or not kind or not predicate:
        return False
    return predicate[0].span.start < kind[0].span.start and kind[-1].span.stop <= date[0].span.start


def _second_document(tokens: list[Any]) -> tuple[list[Any], tuple[str, list[Any], list[Any]] | None]:
    """A topic cut before a second document it names, and that document's kind, words and topic.

    "о сотрудничестве в энергетике и меморандум о развитии туризма" is the
    topic "о сотрудничестве в энергетике" and the меморандум "о развитии
    туризма"; "о внесении изменений в соглашение о ..." names no second one.
    """
    for cut, token in enumerate(tokens):
        if token.value.lower() not in ('и', ',') or cut < 2:
            continue
        last = cut + 1
        while last < len(tokens) and last - cut <= 3 and (
            _is_adjective(tokens[last]) or tokens[last].type == 'INT'
        ):
            last += 1
        # "и меморандум", "и совместный меморандум", "и дорожную карту"
        for start in range(cut + 1, last + 1):
            for stop in (start + 2, start + 1):
                if stop > len(tokens):
                    continue
                kind = _kind(tokens[start:stop])
                if kind is None or not readings(tokens[stop - 1], {'nomn', 'accs'}):
                    continue
                rest = tokens[stop:]
                topic = rest if rest and rest[0].value.lower() in ('о', 'об', 'обо', 'по') else []
                return tokens[:cut], (kind, tokens[cut + 1:stop], topic)
    return tokens, None


#: Stems of a police or court record, which is signed but agrees nothing:
#: "протокол допроса", "протокол об административном правонарушении",
#: "протокол, который подписали понятые".
PROCEDURAL = re.compile(
    r'(?i)\b(?:(?:допрос|осмотр|досмотр|обыск)(?:а|е|у|ом)?|(?:задержани|изъяти|опознани|освидетельствовани)[яеюи]|'
    r'выемк[иеу]|правонарушени[яеюий]\w*|понят(?:ой|ые|ых|ым|ыми|ого|ому)|следственн\w+|следовател\w+|'
    r'ГИБДД|ДПС|полицейск\w+)\b'
)
#: Characters around a protocol searched for those stems, within its sentence.
_PROCEDURAL_REACH = 80


def resolve(found: Iterable[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
    """The facts without the police records: a "протокол" with a word of an
    inquiry around it in its sentence ("протокол обыска", "понятые подписали
    протокол") records a procedure and is no agreement."""
    result = []
    for item in found:
        if item.kind == 'протокол':
            start = max(item.span.start - _PROCEDURAL_REACH, 0)
            stop = min(item.span.stop + _PROCEDURAL_REACH, len(text))
            around = [
                match for match in PROCEDURAL.finditer(text, start, stop)
                if sentence_of(match.start()) == sentence_of(item.span.start)
            ]
            if around:
                continue
        result.append(item)
    return result

