"""Circumstances of a signing: topic ("о ..."), purpose ("на ..."), date and place, and how they are cut apart."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Optional

import attrs
from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from factlex import earley
from factlex.facts import Agreement, Span

from ..blocks.dates import DATE, when
from ..blocks.orgs import CLOSE_QUOTES, OPEN_QUOTES
from ..blocks.words import SPACED_DASH, HasCase, IsAbbreviation
from ..circumstances import ADVERB, AFTER_WHILE, DASH, FRAME, PLACE
from ..phrases import join, readings
from ..sentences import sentence_bounds
from .documents import CAPITALIZED, SIGN, _kind
from .status import PLAN_WORDS
from .parties import PARTNER, PARTY_NOUNS, WITH, WITH_WORD, _is_adjective, parties
from .raw import Raw, seq

##########
#   WHEN AND WHERE
##########

# Dates and places are attributes of the fact; a frame ("в рамках форума")
# and an adverb ("официально") only stand between the parts of a mention.
# "в течение недели", "после инаугурации", "в ходе визита": time and event
# phrases, never a party.
EVENT_TIME = rule(
    or_(rule(in_caseless({'в'}), in_caseless({'течение'})), rule(in_caseless({'после', 'перед', 'накануне'}))),
    and_(is_lower(), gram('NOUN'), HasCase({'gent', 'ablt'}), not_(dictionary({'подписание', 'заключение'}))),
    and_(is_lower(), HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF'))).optional(),
)
# "На полях форума, проходящего при поддержке фонда «Росконгресс», ...": a
# participle's clause about the event, whose bodies are no sides
EVENT_CLAUSE = rule(eq(','), and_(is_lower(), gram('PRTF')), not_(in_({'.', ',', ';', '!', '?'})).repeatable(max=12),
                    eq(','))
# "продлил на четыре года контракт", "подписали на 10 лет соглашение": how
# long the document is for, between the verb and the document
DURATION = rule(in_caseless({'на'}), or_(gram('NUMR'), type('INT'), in_caseless({'один', 'одну', 'полтора', 'полгода'})),
                dictionary({'год', 'месяц', 'сезон', 'неделя', 'день', 'срок', 'лето'}).optional())
CIRCUMSTANCE = or_(
    DATE.interpretation(Raw.dates),
    PLACE.interpretation(Raw.places),
    FRAME,
    rule(FRAME, EVENT_CLAUSE),
    EVENT_TIME,
    rule(ADVERB),
    AFTER_WHILE,
)
CIRCUMSTANCES = rule(CIRCUMSTANCE.repeatable(max=4))

##########
#   TOPIC
##########

# The topic runs to a comma, a verb or a clause word: "о сотрудничестве в
# области обращения с отработавшим ядерным топливом и порядке его возврата".
TOPIC_STOP = or_(
    in_({'.', ',', ';', ':', '!', '?', '(', ')', '—', '–', '…'}),
    # a capitalized word inside a topic is a name, though pymorphy2 may guess a
    # verb ("Бургас"); a noun that is also an imperative or a gerund ("части",
    # "моря") is the noun
    and_(is_lower(), or_(gram('VERB'), gram('INFN'), gram('PRTS'), gram('GRND')),
         not_(and_(gram('NOUN'), or_(gram('impr'), gram('GRND'))))),
    # a modal short adjective is a predicate too: "соглашение о транзите должно быть подписано"
    and_(is_lower(), gram('ADJS'), dictionary({'должный', 'намеренный', 'готовый', 'обязанный', 'способный'})),
    # as written: by its dictionary forms "к" would be "как" abbreviated ("к чемпионату мира")
    dictionary({'который'}),
    in_caseless({'что', 'чтобы', 'а', 'но', 'если', 'как', 'между', 'для'}),
    in_caseless({'с', 'со'}),
    SIGN,
)
# "с отработавшим топливом" belongs to the topic; "с Китаем", "с компанией"
# and "с клубом" name a party.
TOPIC_WORD = or_(
    rule(not_(TOPIC_STOP)),
    rule(in_caseless({'с', 'со'}), and_(is_lower(), not_(gram('anim')), not_(dictionary(PARTY_NOUNS)),
                                       not_(TOPIC_STOP))),
    # "о поставке оборудования для больниц": for whom, inside the topic; "для
    # того, чтобы" opens a clause
    rule(in_caseless({'для'}), and_(is_lower(), or_(gram('NOUN'), gram('ADJF')), HasCase({'gent'}),
                                    not_(gram('Apro')), not_(TOPIC_STOP))),
)
# "нефтепровода Бургас — Александруполис", "пакта Молотова — Риббентропа":
# a dash between two names; "систем С-400", "истребителей Су-57": a model.
MODEL = rule(and_(or_(type('RU'), type('LATIN')), not_(is_lower())), eq('-'), type('INT'))
# "на 2025–2027 годы": a range of years
YEARS = rule(type('INT'), in_({'—', '–', '-'}), type('INT'))
TOPIC_WORD = or_(TOPIC_WORD, rule(CAPITALIZED, SPACED_DASH, CAPITALIZED), MODEL, YEARS)
# "о дружбе, сотрудничестве и взаимной помощи": a comma before another noun
# of the list; not before a participle or a clause ("..., управляющим", "..., который").
TOPIC_WORD = or_(
    TOPIC_WORD,
    rule(eq(','), and_(is_lower(), gram('NOUN'), HasCase({'loct', 'gent', 'datv'}), not_(gram('PRTF')),
                       not_(gram('ADJF')), not_(TOPIC_STOP))),
)
# A title in quotes has two words at least: "«Олимпстрой»" after "с
# госкорпорацией" is the counterpart's name, no document's title
LONG_QUOTED = rule(
    in_(OPEN_QUOTES),
    not_(in_(OPEN_QUOTES | CLOSE_QUOTES | {'.', '(', ')'})).repeatable(min=2, max=15),
    in_(CLOSE_QUOTES),
)
ABOUT = rule(in_caseless({'о', 'об', 'обо', 'по'}), TOPIC_WORD.repeatable(max=30))
TOPIC = or_(
    ABOUT,
    LONG_QUOTED,
    rule(LONG_QUOTED, in_caseless({'о', 'об', 'по'}), TOPIC_WORD.repeatable(max=30)),
).interpretation(Raw.topics)
# After a counterpart the topic opens with its preposition: in "с компанией
# «Ромашка»" the quoted name is the counterpart's, no title of the document
TOPIC_ABOUT = ABOUT.interpretation(Raw.topics)

# Everything that may follow the document: topic, counterparts, an
# abbreviation in brackets, the time and place.
# "контракт на поставку самолётов", "на сумму 32,5 млн долларов", "на 1 год":
# what the document is for, or its term; neither topic nor party.


def purpose(word: Any) -> Any:
    """"на поставку самолётов", "под строительство центра": what the document is for, of ``word``s.

    "под" only with a noun in the accusative: "под Москвой" is a place.
    """
    # "на поставку вагонов для Казахстана": for whom, after what
    beneficiary = rule(in_caseless({'для'}), word.repeatable(max=4)).optional()
    return or_(
        # "на поставку шести дизель-электрических подводных лодок проекта 636"
        rule(in_caseless({'на'}), word.repeatable(max=12), beneficiary),
        rule(in_caseless({'под'}), and_(is_lower(), gram('NOUN'), HasCase({'accs'}), not_(HasCase({'ablt'}))),
             word.repeatable(max=7).optional(), beneficiary),
    ).interpretation(Raw.purposes)


PURPOSE = purpose(TOPIC_WORD)
ABBREVIATION_IN_BRACKETS = rule(eq('('), IsAbbreviation(), eq(')'))
# "Первый контракт был подписан с Топаловым, второй — с Крамником": the
# counterparts of the documents listed after it, the signing word left out.
ORDINAL = dictionary({'второй', 'третий', 'четвёртый', 'другой', 'последний', 'следующий'})
OTHER = rule(eq(','), in_caseless({'а'}).optional(), ORDINAL, DASH.optional(),
             rule(WITH_WORD).interpretation(Raw.links), parties(Raw.partners, PARTNER))
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
# "стоимостью 5 млн рублей", "на сумму $2 млрд", "общим объёмом 1 млрд": the
# document's worth, read by ``with_value``; like a purpose, not the topic.
WORTH = rule(
    and_(is_lower(), or_(gram('ADJF'), gram('NOUN'))).optional(),
    # "площадью 40 га", "мощностью 100 МВт": a measure of what the document is about
    and_(is_lower(), dictionary({'стоимость', 'сумма', 'объём', 'цена', 'площадь', 'мощность', 'протяжённость'}),
         HasCase({'ablt'})),
    not_(TOPIC_STOP).repeatable(max=6),
).interpretation(Raw.purposes)
PURPOSE = or_(PURPOSE, WORTH, rule(WORTH, PURPOSE), rule(PURPOSE, WORTH))
TAIL = or_(
    BEFORE_TOPIC,
    PURPOSE,
    rule(PURPOSE, BEFORE_TOPIC),
    # "Контракт с Балтийским заводом на строительство ледоколов подписан ...":
    # the counterpart, then what the document is for
    rule(BEFORE_TOPIC, PURPOSE),
    # of two readings of one span the first is kept: after a counterpart a
    # topic that opens with its preposition, so that a quoted name right
    # after the counterpart's kind is its name ("с фондом «Траектория роста»
    # о выделении грантов"); a quoted title still follows a time or a place
    # ("в Москве «О сотрудничестве в сфере образования»")
    seq([PURPOSE], BEFORE_TOPIC, TOPIC_ABOUT, [AFTER_TOPIC]),
    seq([PURPOSE], [BEFORE_TOPIC], TOPIC, [AFTER_TOPIC]),
    # "Ещё один документ — о финансировании экспедиций — подписал": the topic between dashes
    rule(SPACED_DASH, TOPIC, SPACED_DASH),
)


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
    from factlex.bnf import parser as Parser

    from factlex.morph import tokenizer

    return Parser({'date': DATE, 'place': PLACE, 'frame': FRAME}[name], tokenizer=tokenizer())



def _contiguous(groups: list[list[Any]]) -> list[list[Any]]:
    """Groups that follow each other as one: "в минувшую среду" "12 мая"."""
    merged: list[list[Any]] = []
    for group in sorted(groups, key=lambda group: group[0].span.start):
        if merged and 0 <= group[0].span.start - merged[-1][-1].span.stop <= 1:
            merged[-1] = merged[-1] + group
        else:
            merged.append(list(group))
    return merged



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


##########
#   VALUE
##########

#: Words that tie an amount to the document: "соглашение на $1,7 млрд",
#: "контракт стоимостью 5 млн рублей", "на общую сумму", "в размере",
#: "стоимость которого составит".
_VALUE_CUE = re.compile(
    r'(?i)(?:\bна(?:\s+(?:общую\s+)?сумму)?|\b(?:общей\s+|суммарной\s+)?(?:стоимостью|суммой|объ[её]мом|ценой)'
    r'|\bв\s+размере|\bстоимость\s+(?:которого|которой|которых)\s+(?:составляет|составит|составила|составил'
    r'|оценивается\s+в|превышает|превысит))\s*(?:около|более|свыше|почти|порядка|до)?\s*$'
)
#: How far after the mention its value may stand, in characters, with no
#: clause break between: "подписали контракт с клубом на 5 млн долларов".
_VALUE_REACH = 60


@functools.cache
def _money_extractor() -> Any:
    from factlex.extractor import Extractor

    return Extractor(types=['money'])


def with_value(agreement: Agreement, text: str, sentence_of: Callable[[int], int]) -> Agreement:
    """The agreement with the deal's worth, when an amount is tied to its document.

    The amount is the Money the money grammar finds in the sentence, with
    the same span; it stands in the mention or just after it, after a word
    that makes it the document's worth (``_VALUE_CUE``).
    """
    span = agreement.span
    if span is None or agreement.value is not None or not re.search(r'\d', text[span.start:span.stop + _VALUE_REACH]):
        return agreement
    start, stop = sentence_bounds(text, span.start, sentence_of)
    for money in _money_extractor().extract(text[start:stop]):
        first, last = money.span.start + start, money.span.stop + start
        if first < span.start or first > span.stop + _VALUE_REACH:
            continue
        gap = text[span.stop:first] if first >= span.stop else ''
        if re.search(r'[,;:()—–]', gap):
            continue
        if not _VALUE_CUE.search(text[max(span.start, first - 40):first]):
            continue
        return attrs.evolve(agreement, value=attrs.evolve(money, span=Span(first, last)))
    return agreement


#: How far after the mention its date may stand, in words, with no clause
#: break or finite verb between: "будет подписана крупнейшими компаниями
#: страны 15 декабря", "заблокировала подписание декларации министров ЕС в
#: декабре 2023 года", "подписать контракт на строительство моста в конце марта".
_DATE_REACH = 12
#: Where a clause ends; the dot of "в 2020 г." does not end it.
_CLAUSE_BREAK = re.compile(r'[,;:()—–!?«»"]|(?<!\bг)\.')
#: Words a date after the mention may begin with.
_DATE_OPENERS = _CUT_WORDS | {'до', 'к'}


def with_date(agreement: Agreement, text: str, sentence_of: Callable[[int], int]) -> Agreement:
    """The agreement with a date the match itself did not hold.

    The grammar reads a date in its own slots. Two more places date a
    signing: a date that opens the sentence, set off by a comma ("В
    понедельник, 2 сентября 2024 года, губернатор и компания подписали"),
    and the first date after the mention while only words of the same
    clause stand between: no punctuation and no finite verb, which would
    begin another statement (one after a passive's agent, a long genitive
    chain or a purpose). A term ("до 2030 года") dates a signing only while
    it is planned.
    """
    span = agreement.span
    if span is None or agreement.date is not None:
        return agreement
    from factlex.morph import tokenizer

    planned = agreement.status == 'planned'
    start, stop = sentence_bounds(text, span.start, sentence_of)
    head = text[start:span.start].rstrip()
    if head.endswith(',') and head.count(',') <= 2:
        tokens = list(tokenizer()(head[:-1]))
        if 0 < len(tokens) <= 10 and _matches('date', tokens):
            return _dated(agreement, tokens, start, planned) or agreement
    tail = text[span.stop:stop]
    brake = _CLAUSE_BREAK.search(tail)
    tokens = list(tokenizer()(tail[:brake.start()] if brake else tail))[:_DATE_REACH + 6]
    for index, token in enumerate(tokens[:_DATE_REACH]):
        forms = getattr(token, 'forms', None)
        if forms and 'VERB' in forms[0].grams.values and not {form.normalized for form in forms} & PLAN_WORDS:
            return agreement  # another statement; but "Подписать соглашение стороны планируют до конца года"
        if token.value.lower() in {'и', 'а', 'но'} and index + 1 < len(tokens) and readings(tokens[index + 1], None, {'VERB'}):
            return agreement  # "подписала договор и начала поставки в 2025 году": another statement
        if not (token.value.lower() in _DATE_OPENERS or token.type == 'INT'):
            continue
        found = _piece(tokens, index, ('date',))
        if found is None:
            continue
        date_tokens = tokens[index:found[1]]
        if date_tokens[0].value.lower() in {'до', 'к'} and not planned:
            continue
        if _gives_parts(date_tokens) or not any(token.type == 'INT' for token in date_tokens):
            # "на сумму в 100 тысяч долларов": a number, no date
            return _dated(agreement, date_tokens, span.stop, planned) or agreement
    return agreement


def _gives_parts(tokens: Sequence[Any]) -> bool:
    """Whether the date's tokens give a year, a month or a day."""
    parts = when(tokens)
    return parts is not None and (parts.year, parts.month, parts.day) != (None, None, None)


def _dated(agreement: Agreement, date_tokens: Sequence[Any], offset: int, planned: bool) -> Optional[Agreement]:
    """``agreement`` with the date of tokens read from ``text[offset:]``, its span moved there."""
    parts = when(date_tokens, ahead=planned)
    if parts is None:
        return None
    moved = Span(parts.span.start + offset, parts.span.stop + offset)
    return attrs.evolve(agreement, date=join(date_tokens), when=attrs.evolve(parts, span=moved))
