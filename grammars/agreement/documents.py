"""Document phrases: "соглашение", "своп-соглашение", "договор аренды", "«дорожных карт»"; the kind they name."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Optional

import attrs
from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import (
    dictionary,
    eq,
    gram,
    in_,
    in_caseless,
    is_lower,
    is_upper,
    length_eq,
    type,
)

from factlex.facts import Agreement

from ..blocks.orgs import CLOSE_QUOTES, OPEN_QUOTES
from ..blocks.words import HasCase, IsCapitalizedWord, IsUnknownWord, lower_compound
from ..circumstances import DASH
from ..vocab import read_table
from .raw import Raw, _lemmas

##########
#   DOCUMENTS
##########

# "и", "в", "с" are also letters' names, nouns to pymorphy2; "При" opening a
# sentence is capitalized like a name.
WORDY = and_(
    not_(length_eq(1)),
    not_(or_(gram('CONJ'), gram('PREP'), gram('PRCL'), gram('NPRO'), gram('INTJ'))),
)
# "Состоялось подписание": a verb opening a sentence is no name
# (a verb's imperative is rather a foreign name the dictionary does not
# know: "Хайди Тальявини", read as "хайти")
# ("Али", "Ли" are also a conjunction and a particle to pymorphy2: a given
# name or a surname the dictionary knows makes the capitalized word a name)
CAPITALIZED = and_(IsCapitalizedWord(), type('RU'),
                   or_(WORDY, and_(not_(length_eq(1)), or_(gram('Name'), gram('Surn')))),
                   not_(and_(gram('VERB'), not_(gram('impr')),
                             not_(or_(gram('NOUN'), gram('ADJF'), gram('Name'), gram('Surn'), gram('Geox'))))))

#: Document nouns from ``data/agreements.tsv``: the dictionary form (a phrase
#: for "дорожная карта") or the abbreviation as written.
DOCUMENTS = [noun for _, noun in read_table('agreements.tsv', columns=2)]
ABBREVIATIONS = {noun for noun in DOCUMENTS if noun.isupper()}

DOCUMENT = or_(
    morph_pipeline(sorted(set(DOCUMENTS) - ABBREVIATIONS)),
    rule(in_(ABBREVIATIONS)),
)
#: Entries of a noun and the genitive noun of what is shared ("программа
#: сотрудничества", "план мероприятий"), by their first and last word: text
#: puts more adjectives before the genitive ("программа экономического
#: сотрудничества", "план первоочередных мероприятий").
JOINT_ENTRIES = {(words[0], words[-1]): noun for noun in DOCUMENTS if len(words := noun.split()) == 2
                 and words[0] in {'программа', 'план'}}
_SHARED_ADJECTIVE = and_(is_lower(), HasCase({'gent'}), or_(gram('ADJF'), gram('PRTF')), not_(gram('Apro')))
DOCUMENT = or_(DOCUMENT, *(
    rule(dictionary({first}), or_(rule(_SHARED_ADJECTIVE), lower_compound(_SHARED_ADJECTIVE)).repeatable(max=3),
         and_(dictionary({last}), HasCase({'gent'})))
    for first, last in JOINT_ENTRIES
))

# "перезаключили контракт", "переподписать соглашение": signed anew.
#: "«Зенит» продлил контракт с Барриосом": a contract extended is signed anew;
#: these sign only a document ("продлили сотрудничество, подписав соглашение"
#: is another verb's signing), and only in their active forms (the trigger)
EXTEND_VERBS = frozenset({'продлить', 'продлевать'})
SIGN_VERBS = {'подписать', 'подписывать', 'заключить', 'заключать', 'перезаключить', 'перезаключать',
              'переподписать', 'переподписывать'} | EXTEND_VERBS
SIGN = dictionary(SIGN_VERBS)
#: The verbs that sign whatever follows them
SIGN_ONLY = dictionary(SIGN_VERBS - EXTEND_VERBS)

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
              not_(SIGN), not_(dictionary({'который'})),
              # "с Касым-Жомартом Токаевым соглашение": a surname ends the side before the document
              not_(and_(IsCapitalizedWord(), gram('Surn'))),
              # "с губернатором Ван Цзюнем соглашение": a word only guessed to be an adjective is a name's
              not_(and_(IsCapitalizedWord(), IsUnknownWord())))),
    rule(and_(is_lower(), dictionary(QUANTITY_WORDS))),
    rule(type('INT')),
    rule(or_(type('INT'), is_lower()), DASH, and_(is_lower(), or_(gram('ADJF'), gram('NUMR')))),
)
# "своп-соглашение", "бизнес-контракт", "спонсор-договор": a noun joined to the
# document by a hyphen names a kind of it; the kind stays the document noun.
COMPOUND_PREFIX = rule(and_(is_lower(), type('RU'), not_(SIGN)), eq('-'))
DOCUMENT = or_(DOCUMENT, rule(COMPOUND_PREFIX, DOCUMENT))
#: "документ" and "его" (before "подписание") stand for a document named
#: earlier; ``resolve_anaphora`` gives them its kind.
ANAPHORIC = 'документ'
GENERAL_DOCUMENT = and_(dictionary({ANAPHORIC}), gram('NOUN'))
POSSESSOR = in_caseless({'его', 'её', 'ее', 'их'})
DOCUMENT = or_(DOCUMENT, rule(GENERAL_DOCUMENT))
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
# "дополнительное соглашение к контракту", "протокол к договору": a document
# added to another one; the kind is the first
DOCUMENT_WORD = dictionary({'контракт', 'договор', 'соглашение', 'конвенция', 'протокол', 'меморандум'})
TO_DOCUMENT = rule(in_caseless({'к'}), and_(DOCUMENT_WORD, HasCase({'datv'})))
#: "№ 45", "№ 12-ГК/2024", "№ 12-А": a number a document or a body is known by
NUMBER = rule(eq('№'), type('INT'),
              rule(in_({'-', '/'}), or_(type('INT'), and_(type('RU'), is_upper()), type('LATIN')))
              .repeatable(max=2).optional())
# "дополнение к контракту": a document that changes
# another, of that one's kind
AMENDMENT = dictionary({'дополнение'})
DOCUMENT_PHRASE = or_(
    DOCUMENT_PHRASE,
    rule(rule(AMENDMENT, in_caseless({'к'})).interpretation(Raw.modifiers),
         and_(DOCUMENT_WORD, HasCase({'datv'})).interpretation(Raw.kind)),
    rule(DOCUMENT_PHRASE, COMPLEMENT.interpretation(Raw.modifiers)),
    rule(DOCUMENT_PHRASE, TO_DOCUMENT.interpretation(Raw.modifiers)),
    rule(DOCUMENT_PHRASE, rule(TO_DOCUMENT, COMPLEMENT).interpretation(Raw.modifiers)),  # "к договору аренды"
    # "контракт № 45", "госконтракт № 12-ГК/2024": a document known by its number
    rule(DOCUMENT_PHRASE, NUMBER.interpretation(Raw.modifiers)),
    rule(DOCUMENT_PHRASE, NUMBER.interpretation(Raw.modifiers), COMPLEMENT.interpretation(Raw.modifiers)),
)
# "пакет документов, включая соглашение о ...", "ряд документов, в том числе
# меморандум": the documents named by one of them
INCLUDING = or_(rule(in_caseless({'включая'})), rule(in_caseless({'в'}), in_caseless({'том'}), in_caseless({'числе'})))
DOCUMENT_PHRASE = or_(
    DOCUMENT_PHRASE,
    rule(rule(MODIFIER.repeatable(max=3).optional(), GENERAL_DOCUMENT, eq(','), INCLUDING).interpretation(Raw.modifiers),
         DOCUMENT_PHRASE),
)
# "к подписанию «дорожных карт»": the noun itself in quotes.
DOCUMENT_PHRASE = or_(
    DOCUMENT_PHRASE,
    rule(rule(in_(OPEN_QUOTES)).interpretation(Raw.modifiers), DOCUMENT_PHRASE,
         rule(in_(CLOSE_QUOTES)).interpretation(Raw.modifiers)),
)

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


def _kind(tokens: Sequence[Any], anaphoric: bool = False) -> Optional[str]:
    """The vocabulary entry the document words are: "дорожных карт" -> "дорожная карта".

    With ``anaphoric``, "документ" and a possessive pronoun are ``ANAPHORIC``."""
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
    if len(words) >= 3:
        # "программу экономического сотрудничества": the entry of its first and last word
        for (first, last), noun in JOINT_ENTRIES.items():
            if last in _lemmas(words[-1:]) and any(first in _lemmas([word]) for word in words[:-1]):
                return noun
    if anaphoric and words and (_lemmas(words[-1:]) & {ANAPHORIC} or words[-1].value.lower() in {'его', 'её', 'ее', 'их'}):
        return ANAPHORIC
    return None


#: How many sentences before "документ" its antecedent may stand.
_ANAPHORA_REACH = 2


def resolve_anaphora(found: Iterable[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
    """"документ", "его подписание": the kind of the last document named before,
    in the same sentence or one of the two before it (a sentence about the
    deal may stand between: "Соглашение подписали ... Банк откроет кредитную
    линию ... Свою подпись под документом также поставил ...", when it names
    who signs); without one there is no fact
    ("подписали документы" may be any paper), unless two sides or more sign
    a document about something, which is what an agreement is ("Документ о
    строительстве арены подписали министр, глава округа и владелец компании")."""
    from factlex.morph import tokenizer

    split = tokenizer()
    result = []
    for item in found:
        if item.kind != ANAPHORIC:
            result.append(item)
            continue
        sentence = sentence_of(item.span.start)
        start = item.span.start
        # a mention that names no side is most often the same signing told again: only the sentence before
        reach = _ANAPHORA_REACH if item.parties else 1
        while start > 0 and sentence_of(start - 1) >= sentence - reach:
            start -= 1
        kind = None
        for token in split.scan(text[start:item.span.start]):
            if token.type == 'RU' or token.value in ABBREVIATIONS:
                found_kind = _kind([split.analyzed(token)])
                if found_kind and found_kind != ANAPHORIC:
                    kind = found_kind
        if kind is not None:
            result.append(attrs.evolve(item, kind=kind))
        elif item.subject and len(item.parties) > 1:
            result.append(item)
    return result


#: "протокол, который подписали понятые".
PROCEDURAL = re.compile(
    r'(?i)\b(?:(?:допрос|осмотр|досмотр|обыск)(?:а|е|у|ом)?|(?:задержани|изъяти|опознани|освидетельствовани)[яеюи]|'
    r'выемк[иеу]|правонарушени[яеюий]\w*|понят(?:ой|ые|ых|ым|ыми|ого|ому)|следственн\w+|следовател\w+|'
    r'ГИБДД|ДПС|полицейск\w+)\b'
)
#: Characters around a protocol searched for those stems, within its sentence.
_PROCEDURAL_REACH = 80


def drop_records(found: Iterable[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
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
