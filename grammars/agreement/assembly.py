"""Assembly: the clauses a signing is told in (``RULE``) and the facts of one match (``to_facts``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs
from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower

from factlex import normalize
from factlex.facts import Agreement, Span

from ..blocks.dates import DATE, SCHEDULED, when
from ..blocks.orgs import CLOSE_QUOTES
from ..blocks.words import SPACED_DASH, HasCase, IsCapitalizedWord, known_grams
from ..circumstances import ADVERB, ON_BEHALF, PLACE, SIDE_ADJECTIVE
from ..phrases import join, readings
from ..sentences import sentence_bounds
from ..tokens import tokens_span
from .circumstances import (
    CIRCUMSTANCE,
    CIRCUMSTANCES,
    DURATION,
    MODEL,
    OTHERS,
    PURPOSE,
    TAIL,
    TOPIC_ABOUT,
    TOPIC_STOP,
    _contiguous,
    _is_term,
    _second_document,
    _split_topic,
    purpose,
    with_date,
    with_value,
)
from .documents import (
    ANAPHORIC,
    DOCUMENT_PHRASE,
    DOCUMENTS,
    POSSESSOR,
    QUOTE,
    SIGN,
    SIGN_ONLY,
    SIGN_VERBS,
    _kind,
    drop_records,
    resolve_anaphora,
)
from .parties import (
    COMMON,
    COMMON_PARTNER,
    INTENT_NOUNS,
    NAMED_SUBJECTS,
    PARTNER,
    QUOTED_NAME,
    SUBJECTS,
    WITH,
    _party,
    _slot_parties,
    _subject_cases,
    PERSON_SUBJECTS,
    parties,
    party,
    with_regions_completed,
)
from .raw import Raw, _attribute, _groups, _lemmas, seq
from .side_anaphora import resolve_common_sides
from .status import (
    ACTIVE,
    ACTIVE_PARTICIPLE,
    AFTER,
    ANNOUNCE,
    ANNOUNCE_VERBS,
    BARE_INFINITIVE,
    GERUND,
    IMPERSONAL_WORDS,
    LATER,
    LEAD,
    NEGATION,
    NOUN_PREDICATE,
    PASSIVE,
    PASSIVE_FIRST,
    PASSIVE_PARTICIPLE,
    PREVENT_WORDS,
    SEALED,
    SEAL_VERBS,
    SIGNATURE_NOUN,
    SIGNATURE_VERB,
    SIGNATURES_STAND,
    SUBSCRIBED,
    UNDER,
    _document_case_fits,
    _status,
)

##########
#   CLAUSES
##########


SPEECH_VERBS = {'сообщить', 'заявить', 'рассказать', 'сказать', 'отметить', 'объявить', 'подтвердить', 'уточнить',
                'пояснить', 'добавить', 'признать'}
SPEECH = dictionary(SPEECH_VERBS)
SPEECH_OR_ANNOUNCE = dictionary(ANNOUNCE_VERBS | SPEECH_VERBS)
# Named sides after the document of a noun of signing, in the instrumental
# or the genitive (``to_facts`` reads which)
TRAILING = parties(Raw.trailing, party(COMMON_PARTNER, described=False))
#: Who speaks for a side or tells the news: "пресс-служба", "представитель",
#: "СМИ", "ТАСС" (the news agencies and papers that report signings most).
SPOKESPEOPLE = {'пресс', 'представитель', 'источник', 'спикер', 'сайт', 'сми', 'издание', 'газета', 'телеканал',
                'портал', 'журнал', 'тасс', 'риа', 'интерфакс', 'прайм', 'рбк', 'reuters', 'bloomberg', 'коммерсантъ',
                'ведомости', 'известия', 'синьхуа', 'киодо', 'ap', 'afp', 'dpa', 'bbc', 'cnn'}
PRONOUN = in_caseless({'он', 'она', 'они', 'мы'})
GAP_WORD = not_(in_({'.', '!', '?', ';', ',', '(', ')', '«', '»'}))
# Between the parties and their verb: "Гергиев, который в данный момент является
# артдиректором Мариинского театра, подписал"; "Кирсан Илюмжинов сообщил, что он подписал".
SIGNERS = or_(
    SUBJECTS,
    # "Стороны — Ростовская область и холдинг «Евроцемент груп» — подписали",
    # "Три банка — Сбербанк, ВТБ и Газпромбанк — подписали": the sides named
    # between dashes after a word for all of them
    rule(rule(COMMON, SPACED_DASH).interpretation(Raw.gap), SUBJECTS, rule(SPACED_DASH).interpretation(Raw.gap)),
    # "Делегация Польши во вторник, 12 ноября 2024 года, заблокировала": a time set off by commas
    rule(SUBJECTS, CIRCUMSTANCES, eq(','), CIRCUMSTANCES.optional()),
    rule(SUBJECTS, rule(eq(','), GAP_WORD.repeatable(max=12), eq(',')).interpretation(Raw.gap)),
    # "Nord Stream 2 AG, оператор проекта «Северный поток — 2», подписала": an apposition ending in a quoted name
    rule(SUBJECTS, rule(eq(','), and_(is_lower(), gram('NOUN')), GAP_WORD.repeatable(max=6).optional(), QUOTED_NAME,
                        eq(',')).interpretation(Raw.gap)),
    # "РЖД и Siemens, по данным агентства «Прайм», подписали": who tells it, a name in quotes too
    rule(SUBJECTS, rule(eq(','), in_caseless({'по', 'как'}), not_(in_({'.', '!', '?', ';', ',', '(', ')'}))
                        .repeatable(max=8), eq(',')).interpretation(Raw.gap)),
    # "Президенты провели переговоры и подписали", "Делегации осмотрели завод и подписали":
    # two verbs of one subject
    rule(SUBJECTS, rule(and_(is_lower(), gram('VERB'), not_(SIGN_ONLY)), GAP_WORD.repeatable(max=6).optional(),
                        in_caseless({'и'})).interpretation(Raw.gap)),
    # "Россия заявила о готовности подписать", "компании объявили о намерении
    # заключить": the intention, told, before the infinitive
    rule(SUBJECTS, rule(and_(SPEECH_OR_ANNOUNCE, gram('VERB')), or_(rule(ADVERB), DATE).optional(),
                        in_caseless({'о', 'об'}), dictionary(INTENT_NOUNS)).interpretation(Raw.lead)),
    # "Стороны выразили готовность подписать", "подтвердили намерение заключить"
    rule(SUBJECTS, rule(and_(dictionary({'выразить', 'выражать', 'подтвердить', 'подтверждать', 'высказать'}),
                             gram('VERB')),
                        and_(dictionary(INTENT_NOUNS), HasCase({'accs'}))).interpretation(Raw.lead)),
    # "«Роснефть» совместно с ExxonMobil подписала", "Россия вместе с Белоруссией подписала"
    rule(SUBJECTS, in_caseless({'совместно', 'вместе'}), WITH),
    # "Польша и Венгрия заявили, что не подпишут", "... заявил в среду, что он подписал"
    rule(SUBJECTS, rule(SPEECH, or_(rule(ADVERB), DATE).optional(), eq(','), in_caseless({'что'}),
                        PRONOUN.optional()).interpretation(Raw.gap)),
)
WHICH = dictionary({'который'})
WHO_SIGNS = rule(and_(WHICH, HasCase({'nomn'}))).interpretation(Raw.gap)
WITH_WHOM = rule(in_caseless({'с', 'со'}), and_(WHICH, HasCase({'ablt'}))).interpretation(Raw.gap)
ANTECEDENTS = parties(Raw.antecedents)
#: Verbs whose subject lets, keeps from or asks another to sign and signs
#: nothing itself; who offers to sign ("предложила Украине подписать") is a side.
LET_VERBS = {'давать', 'дать', 'позволить', 'позволять', 'мешать', 'помешать', 'разрешить', 'разрешать'}
ASK_VERBS = {'поручить', 'поручать', 'рекомендовать', 'призвать', 'призывать'}
OFFER_VERBS = {'предложить', 'предлагать'}
ENABLE = dictionary(LET_VERBS | ASK_VERBS | OFFER_VERBS)
ENABLING = or_(rule(ENABLE), rule(NEGATION, ENABLE)).interpretation(Raw.lead)
ADDRESSEES = parties(Raw.addressees)
MIDDLE = rule(or_(WITH, CIRCUMSTANCE, DURATION).repeatable(max=3))
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
    # "подписано Минфином с ВТБ", "заключённый Минобороны с «Уралвагонзаводом»": the agent and its counterpart
    seq([CIRCUMSTANCES], parties(Raw.partners, PARTNER), WITH, [CIRCUMSTANCES]),
)

# Before signers who follow the document ("договор о дружбе Россия и Китай
# подписали") the topic holds no name in the nominative: that is a signer.
OBLIQUE_WORD = or_(
    rule(and_(not_(TOPIC_STOP), not_(QUOTE), or_(not_(IsCapitalizedWord()), not_(HasCase({'nomn'}))))),
    MODEL,
    QUOTED_NAME,
)
SIGNERS_TAIL = or_(
    seq([purpose(OBLIQUE_WORD)], [WITH],
        rule(in_caseless({'о', 'об', 'обо', 'по'}), OBLIQUE_WORD.repeatable(max=20)).interpretation(Raw.topics)),
    seq([purpose(OBLIQUE_WORD)], WITH),
    purpose(OBLIQUE_WORD),
)

# A clause set off by commas between the document and its verb: "Соглашение
# о ..., рассчитанное на период до 2035 года, было подписано"; "Контракт на
# ..., подписание которого откладывалось, был подписан"; "Дорожную карту,
# которую готовили рабочие группы, министры подписали". It opens with a
# participle or a parenthesis, or holds "который" within its first words.
CLAUSE_WORD = not_(in_({'.', '!', '?', ';', ','}))
EMBEDDED = rule(
    eq(','),
    # a participle of signing is a signing of its own: "Договор, заключённый в мае, ..."
    or_(rule(and_(is_lower(), gram('PRTF'), not_(SIGN_ONLY))), rule(GAP_WORD.repeatable(max=3).optional(), WHICH),
        # a parenthesis: "как ожидается", "по информации «Спорт-Экспресса»", "по словам министра"
        rule(in_caseless({'как', 'по'}))),
    CLAUSE_WORD.repeatable(max=20).optional(),
    eq(','),
).interpretation(Raw.gap)

# "Со стороны России документ подписал вице-премьер, со стороны Ирана —
# министр дорог": the other side's signer after a dash that stands for the
# verb, each side introduced by whom it signs for
OTHER_SIDE = or_(
    rule(
        eq(','), in_caseless({'а'}).optional(), ON_BEHALF,
        not_(in_({'.', '!', '?', ';', ',', '—', '–'})).repeatable(max=8),  # "Республики Саха (Якутия)"
        in_({'—', '–', '-'}),
        parties(Raw.subjects),
    ),
    # "С российской стороны документ подписал вице-премьер, с египетской —
    # министр": the other side's signer, its country named by the adjective
    rule(eq(','), in_caseless({'а'}).optional(), SIDE_ADJECTIVE, rule(dictionary({'сторона'})).optional(),
         in_({'—', '–'}), parties(Raw.subjects)),
    # "«Аэрофлот» подписал контракт на ..., а «ЮТэйр» — на приобретение ...",
    # "«Силовые машины» заключили контракт с Siemens, а «Ростех» — с Airbus":
    # another signer of the same kind of document, the verb left out
    rule(eq(','), in_caseless({'а'}), NAMED_SUBJECTS, SPACED_DASH, or_(WITH, PURPOSE)),
    # "соглашение с правительством подписал «Норильский никель», а в среду — «Русал»"
    rule(eq(','), in_caseless({'а'}), CIRCUMSTANCES, SPACED_DASH, NAMED_SUBJECTS),
)

# The rest of a clause whose subject a gerund of signing after it shares:
# "продлили сотрудничество", "завершил визит в Москву", "расширил присутствие
# в Центральной Азии"; no relative clause of its own
CLAUSE_BEFORE_GERUND = rule(or_(
    rule(and_(is_lower(), not_(SIGN_ONLY), not_(in_({'который', 'которая', 'которое', 'которые'})))),
    rule(and_(IsCapitalizedWord(), or_(gram('Geox'), gram('ADJF')), not_(HasCase({'nomn'})))),
    # "завершил рабочую поездку в Харбин": a place after its preposition, whatever case it shares
    rule(in_caseless({'в', 'во', 'на', 'из'}), and_(IsCapitalizedWord(), gram('Geox'))),
).repeatable(max=6)).interpretation(Raw.gap)

RULE = or_(
    # "Россия и Турция подписали в среду соглашение о ...", "стороны планируют подписать ..."
    seq([OPENING], [SIGNERS], ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL], [OTHER_SIDE]),
    # "Камбоджа подписывать аналогичное соглашение в ближайшее время не
    # намерена": the status after the document
    seq([OPENING], [SIGNERS], BARE_INFINITIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL], LATER),
    # "подписала и ратифицировала конвенцию": a second verb shares the document
    seq([OPENING], [SIGNERS], ACTIVE, rule(in_caseless({'и'}), and_(is_lower(), gram('VERB'), not_(SIGN_ONLY)))
        .interpretation(Raw.gap), [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "подписали совместное заявление и пакет соглашений"
    seq([OPENING], [SIGNERS], ACTIVE, [MIDDLE], rule(COMMON, in_caseless({'и'})).interpretation(Raw.gap),
        DOCUMENT_PHRASE, [TAIL]),
    # "контракт с командой подписал Роман Павлюченко", "соглашение подписали Россия и Китай"
    # "Договор заключил завод с компанией «Ромашка»": the counterpart after the signer
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], ACTIVE, [CIRCUMSTANCES], SUBJECTS, [WITH], [OTHER_SIDE]),
    # "Соглашение подписал с Лавровой директор компании Игорь Мельников": or
    # between the verb and a signer introduced by his post
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], ACTIVE, WITH, [CIRCUMSTANCES], PERSON_SUBJECTS, [OTHER_SIDE]),
    # "Его подписали «МТС» и УрФУ": a pronoun for the document named in the
    # sentence before (resolve_anaphora), the signers after the verb. Only at
    # the start of a clause: a lower-case "его" would let nearly every window
    # through to the chart (the grammar's requirements, factlex.earley)
    seq(in_({'Его', 'Её', 'Ее', 'Их'}).interpretation(Raw.kind), ACTIVE, [CIRCUMSTANCES], SUBJECTS, [WITH]),
    # "Меморандум подписал ряд компаний: «Ростелеком», МТС и «МегаФон»": the
    # sides a word for all of them names after a colon
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], ACTIVE, [CIRCUMSTANCES],
        rule(COMMON, eq(':')).interpretation(Raw.gap), NAMED_SUBJECTS),
    # "Подписи под соглашением поставили глава области и президент компании"
    # ("Свою подпись под соглашением поставила и Ульяновская область": one more side)
    seq([CIRCUMSTANCES], SIGNATURE_NOUN, DOCUMENT_PHRASE, [TAIL], SIGNATURE_VERB, [CIRCUMSTANCES],
        [rule(in_caseless({'и', 'также'})).interpretation(Raw.gap)], SUBJECTS, [WITH]),
    seq([CIRCUMSTANCES], UNDER, DOCUMENT_PHRASE, [TAIL], SUBSCRIBED, [MIDDLE],
        [rule(in_caseless({'и', 'также'})).interpretation(Raw.gap)], SUBJECTS, [WITH]),
    # "Соглашение подписали в среду": the indefinite-personal plural, no signer named
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], ACTIVE, [CIRCUMSTANCES]),
    # "контракт на поставку самолётов Индия и Франция подпишут в декабре"
    # "Контракт ... «Рособоронэкспорт» заключил с Вьетнамом": the counterpart after the verb
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [SIGNERS_TAIL], NAMED_SUBJECTS, ACTIVE, [CIRCUMSTANCES], [WITH],
        [CIRCUMSTANCES]),
    # "на декабрьском заседании в Москве, участники которого подписали соглашение":
    # the time of the event a relative clause hangs on
    seq(DATE.interpretation(Raw.dates), [PLACE.interpretation(Raw.places)], eq(','),
        rule(and_(is_lower(), gram('NOUN')).optional(), WHICH), ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "соглашение, которое стороны подписали в 2010 году"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), WHICH, [SUBJECTS], ACTIVE, [MIDDLE], [SUBJECTS]),
    # "Соглашение ..., которое было подписано министрами 11 апреля 2022 года"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), WHICH, PASSIVE, [AGENT]),
    # "Сергей Булатов, подписавший соглашение с клубом"
    seq(SUBJECTS, eq(','), ACTIVE_PARTICIPLE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "фонд «Истоки», который заключил с университетом договор": the side a
    # relative clause hangs on signs; "компания «Стальпром», с которой клуб
    # заключил договор": or signs with the clause's subject
    seq(ANTECEDENTS, eq(','), WHO_SIGNS, [CIRCUMSTANCES], ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    seq(ANTECEDENTS, eq(','), WITH_WHOM, [CIRCUMSTANCES], SUBJECTS, [CIRCUMSTANCES], ACTIVE, [MIDDLE], DOCUMENT_PHRASE,
        [TAIL]),
    # "Странам удалось заключить соглашение", "Компании предстоит подписать контракт"
    seq([CIRCUMSTANCES], ADDRESSEES, ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "не дает двум странам заключить мирное соглашение"
    seq([SUBJECTS], ENABLING, ADDRESSEES, ACTIVE, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "договор по СНВ был подписан Дмитрием Медведевым", "соглашение должна быть подписана в среду"
    seq(DOCUMENT_PHRASE, [TAIL], PASSIVE, [AGENT]),
    # "Документ скреплён подписями ректора СФУ и директора «Русала»": the signers in the genitive
    seq([CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], SEALED, [CIRCUMSTANCES], parties(Raw.holders)),
    seq([CIRCUMSTANCES], UNDER, DOCUMENT_PHRASE, [TAIL], SIGNATURES_STAND, parties(Raw.holders)),
    # the same with a clause between: "Соглашение ..., рассчитанное на 10 лет, было подписано в мае"
    seq(DOCUMENT_PHRASE, [TAIL], EMBEDDED, [CIRCUMSTANCES], PASSIVE, [AGENT]),
    seq(DOCUMENT_PHRASE, [TAIL], EMBEDDED, [CIRCUMSTANCES], ACTIVE, [CIRCUMSTANCES], [SUBJECTS]),
    seq(DOCUMENT_PHRASE, [TAIL], EMBEDDED, [CIRCUMSTANCES], NAMED_SUBJECTS, ACTIVE, [CIRCUMSTANCES]),
    # "С каждым из победителей будет заключен контракт", "В 2010 году был подписан договор"
    seq([rule(or_(WITH, CIRCUMSTANCE).repeatable(max=3))], PASSIVE_FIRST, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "У «Новатэка» с «Росатомом» подписано соглашение": whose document it is,
    # in the genitive after "у", and with whom
    seq([CIRCUMSTANCES], rule(in_caseless({'у'}), parties(Raw.holders)), WITH, [CIRCUMSTANCES], PASSIVE_FIRST,
        [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "правительством области подписано соглашение с «Ростехом»": the agent in
    # the instrumental before the passive
    seq([CIRCUMSTANCES], parties(Raw.partners, PARTNER), [CIRCUMSTANCES], PASSIVE_FIRST, [MIDDLE], DOCUMENT_PHRASE,
        [TAIL]),
    # "договоре между Россией и Южной Осетией ..., заключённом в Москве"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), PASSIVE_PARTICIPLE,
        [AGENT]),
    # "подписанное в 2010 году соглашение", "заключённый с Китаем контракт"
    seq(PASSIVE_PARTICIPLE, [or_(MIDDLE, parties(Raw.partners, PARTNER))], DOCUMENT_PHRASE, [TAIL]),
    # "Подписанное Владимиром Путиным и Си Цзиньпином в Москве совместное заявление",
    # "Подписанное вчера Росавтодором и правительством края соглашение"
    seq(PASSIVE_PARTICIPLE, parties(Raw.partners, PARTNER), MIDDLE, DOCUMENT_PHRASE, [TAIL]),
    seq(PASSIVE_PARTICIPLE, MIDDLE, parties(Raw.partners, PARTNER), [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "подписавшие соглашение стороны", "подписавший договор Путин"
    seq(ACTIVE_PARTICIPLE, [MIDDLE], DOCUMENT_PHRASE, [TAIL], SUBJECTS),
    # "Подписав контракт с «Ростовом», форвард стал ...": the gerund's signer is
    # the subject of the clause after it; "..., подписав с клубом контракт"
    seq(GERUND, [MIDDLE], DOCUMENT_PHRASE, [TAIL], [rule(eq(','), SUBJECTS)]),
    # "Глава «Ростелекома» и министр края, подписав меморандум, договорились
    # ...": the gerund's signer is the subject it follows, the gerund's phrase
    # set off by commas before the verb (in "завершил поездку в Харбин,
    # подписав ..." the word before the comma is the object of a clause)
    seq(SUBJECTS, eq(','), GERUND, [MIDDLE], DOCUMENT_PHRASE, [TAIL], eq(',')),
    # "ТМК и «Транснефть» продлили сотрудничество, подписав дополнительное
    # соглашение": the subject of the clause before the gerund signs
    seq(NAMED_SUBJECTS, CLAUSE_BEFORE_GERUND, eq(','), GERUND, [MIDDLE], DOCUMENT_PHRASE, [TAIL]),
    # "проект соглашения с Арменией, подписание которого намечено на осень"
    seq(DOCUMENT_PHRASE, [TAIL], eq(','), NOUN_PREDICATE, WHICH,
        rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())),
    # "подписание соглашения с палестинцами", "Россия отказалась от подписания договора",
    # "решение Януковича отказаться от подписания", "подписание контракта состоится в мае"
    seq([SIGNERS], [LEAD], NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL],
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
    # "«Аэрофлот» сообщил о подписании контракта с Boeing"
    seq([OPENING], NAMED_SUBJECTS, [CIRCUMSTANCES], ANNOUNCE, NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL]),
    # "завершился подписанием соглашения Алтайского края с провинцией
    # Хэйлунцзян": whose document it is, in the genitive, and with whom
    seq([LEAD], NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, parties(Raw.holders), WITH, [TOPIC_ABOUT],
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
    # "Подписание коммюнике Китаем и Пакистаном завершило переговоры",
    # "подписания контракта «КамАЗом» и «Ростелекомом»": the signers in the
    # instrumental after the document; "Подписание договора Роскосмоса и ЕКА
    # о ... состоялось": named sides whose document it is, in the genitive
    seq([LEAD], NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, TRAILING, [TOPIC_ABOUT],
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
    # "Подписание Россией и Казахстаном договора": the signers in the
    # instrumental between the noun of signing and the document
    seq(NOUN_PREDICATE, parties(Raw.partners, PARTNER), DOCUMENT_PHRASE, [TAIL],
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
    # "Подписание договора ..., о котором стороны вели переговоры, состоялось 8 февраля"
    seq([SIGNERS], [LEAD], NOUN_PREDICATE, [CIRCUMSTANCES], DOCUMENT_PHRASE, [TAIL], EMBEDDED,
        rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())),
    # "Подписание намечено на март": a bare nominalization after a document
    # named before (``resolve_anaphora``)
    seq([LEAD], NOUN_PREDICATE, rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())),
    # "Его подписание состоится в ходе визита", "препятствием к его подписанию":
    # the pronoun stands for a document named before (``resolve_anaphora``)
    seq([SIGNERS], [LEAD], rule(POSSESSOR).interpretation(Raw.kind), NOUN_PREDICATE,
        [rule(AFTER, or_(CIRCUMSTANCES, SCHEDULED.interpretation(Raw.dates)).optional())]),
).interpretation(Raw)


# the verbs whose subject signs, "скрепили подписями" too
_SIGNING_VERBS = SIGN_VERBS | SEAL_VERBS


def _indefinite_fails(kind: Sequence[Any], predicate: Sequence[Any], tokens: Sequence[Any]) -> bool:
    """Whether a document before its active verb lacks the signer the verb needs.

    "Соглашение подписали" (plural, nobody named) tells a signing; "Договор
    подписал" (singular) misses its subject, which the match did not reach;
    "Договор о дружбе Россия и Китай подписали" has its signers just before
    the verb, for the rule that names them.
    """
    verbs = [token for token in predicate if readings(token, None, {'VERB'}) and _lemmas([token]) & _SIGNING_VERBS]
    if not verbs and any(readings(token, None, {'INFN'}) and _lemmas([token]) & _SIGNING_VERBS for token in predicate):
        # "Договор о дружбе Россия и Китай могут подписать": after a modal the
        # signers before it are named, as before a finite verb
        first = min(token.span.start for token in predicate)
        before = [token for token in tokens if token.span.stop <= first and token.span.start >= kind[-1].span.stop]
        return bool(before) and before[-1].value[:1].isupper() and bool(readings(before[-1], {'nomn'}))
    if not verbs or verbs[0].span.start < kind[0].span.start:
        return False
    if any(token.span.start < kind[0].span.start for token in predicate):
        return False
    first = min(token.span.start for token in predicate)
    before = [token for token in tokens if token.span.stop <= first and token.span.start >= kind[-1].span.stop]
    if before and (before[-1].value in CLOSE_QUOTES or (before[-1].value[:1].isupper() and readings(before[-1], {'nomn'}))):
        return True
    return not any('plur' in form.grams.values for form in readings(verbs[-1], None, {'VERB'}))


def _governed(first: Sequence[Any], lead: Sequence[Any]) -> bool:
    """Whether a side before a verb in the singular cannot be its subject:
    in "Представитель компании рассказал" the lower-case "компании" is a
    genitive, not a plural nominative."""
    if not first or first[0].type != 'RU' or not first[0].value.islower():
        return False
    verbs = [form for token in lead for form in readings(token, None, {'VERB'})]
    if not verbs or not all('sing' in form.grams.values for form in verbs):
        return False
    return not any('sing' in form.grams.values for form in readings(first[0], {'nomn'}))


#: Lower-case nouns inside a named region: "Новгородской области", "Краснодарским краем".
_REGION_WORDS = {'область', 'край', 'республика', 'округ', 'район', 'город'}


def _topic_sides(topic: list[Any], partner: bool = False) -> tuple[list[Any], list[tuple[int, str]]]:
    """The topic without the two named sides that end it ("о партнёрстве
    Азербайджана и Беларуси", "о сотрудничестве Новгородской области с
    Псковской областью"), and those sides in the nominative; the topic and
    no side when it ends otherwise. With the ``partner`` read after the
    topic already, one named side ending it is the other."""
    def named(group: list[Any]) -> bool:
        return bool(group) and group[0].value[:1].isupper() and all(
            token.value[:1].isupper() or token.value == '-' or _lemmas([token]) & _REGION_WORDS for token in group)

    def named_start(end: int, floor: int) -> int:
        # back from ``end`` over the words of a named side, down to ``floor``
        start = end
        while start > floor and (topic[start - 1].value[:1].isupper() or topic[start - 1].value == '-'
                                 or _lemmas(topic[start - 1:start]) & _REGION_WORDS):
            start -= 1
        return start

    if partner:
        start = named_start(len(topic), 2)
        group = topic[start:]
        if named(group) and len(group) <= 4 and readings(group[-1], {'gent'}) and (side := _party(group, {'gent'})):
            return topic[:start], [(group[0].span.start, side)]
        return topic, []

    for index in range(len(topic) - 2, 1, -1):
        link = topic[index].value.lower()
        if link not in ('и', 'с', 'со'):
            continue
        second = topic[index + 1:]
        start = named_start(index, 1)
        first = topic[start:index]
        if not named(first) or not named(second) or len(first) > 4 or len(second) > 4 or topic[start - 1].value[:1].isupper():
            return topic, []
        if not readings(first[-1], {'gent'}) or not readings(second[-1], {'gent'} if link == 'и' else {'ablt'}):
            return topic, []  # "После подписания соглашения о торговле Россия и Китай увеличили": the next clause's subject
        sides = [(first[0].span.start, _party(first, {'gent'})),
                 (second[0].span.start, _party(second, {'gent'} if link == 'и' else {'ablt'}))]
        if any(not side for _, side in sides):
            return topic, []
        return topic[:start], sides
    return topic, []


def _genitive_trailing(raw: Any) -> bool:
    """Whether the sides after a document of a noun of signing are its
    genitive owners rather than its signers in the instrumental: some word
    of theirs reads as a genitive only ("«Газпрома» и CNPC")."""
    for group in _groups(raw, 'trailing'):
        words = [token for token in group if token.type == 'RU']
        if words and readings(words[0], {'gent'}) and not readings(words[0], {'ablt'}):
            return True
    return False


def _habitual(predicate: Sequence[Any], kind: Sequence[Any]) -> bool:
    """Whether an imperfective infinitive takes documents in the plural:
    signing as a thing one may do ("заключать контракты"), not one signing."""
    infinitives = [token for token in predicate
                   if any({'INFN', 'impf'} <= form.grams.values for form in readings(token, None, {'INFN'}))]
    return bool(infinitives) and bool(kind) and bool(readings(kind[-1], None, {'plur'})) \
        and not readings(kind[-1], None, {'sing'})


def _between_after_topic(raw: Any, tokens: Sequence[Any]) -> bool:
    """Whether "между ... и ..." follows the document's topic: with the
    signers named before, it belongs to the topic ("на рейсах между Москвой
    и Шанхаем"), not to the sides ("соглашение между Россией и Китаем")."""
    links = [token for token in _attribute(raw, 'links') if token.value.lower() == 'между']
    kind = _attribute(raw, 'kind')
    if not links or not kind or len(_groups(raw, 'subjects')) < 2:
        return False
    # words between the document and "между" are its topic or purpose; a
    # closing quote of the document's name is none
    return any(kind[-1].span.stop <= token.span.start < links[0].span.start and token.value not in CLOSE_QUOTES
               for token in tokens)


#: Documents an agreement only when two sides sign them: a programme or a
#: plan alone is one a body adopts.
JOINT_KINDS = frozenset({kind for kind in DOCUMENTS if kind.startswith(('программа ', 'план '))})


def _plural_subject(raw: Any) -> bool:
    """Whether the signers open with a common noun in the nominative plural
    that stands for several sides: "стороны", "Министры", "главы государств"."""
    subjects = _attribute(raw, 'subjects')
    return bool(subjects) and bool(readings(subjects[0], {'nomn'}, {'plur'})) \
        and not known_grams(subjects[0]) & {'Name', 'Surn', 'Geox', 'Orgn'}


def to_facts(raw: Any, tokens: list) -> Iterator[Agreement]:
    """The Agreement of one match: kind, topic, parties, status, date and place."""
    kind_tokens = _attribute(raw, 'kind')
    predicate = _attribute(raw, 'predicate')
    if not kind_tokens and raw.after and _lemmas(predicate) & {'подписание', 'заключение'}:
        kind = ANAPHORIC  # "Подписание намечено на март": the document was named before
    else:
        kind = _kind(kind_tokens, anaphoric=True)
    if kind is None or not _document_case_fits(raw):
        return
    if not raw.subjects and not raw.partners and kind_tokens and _indefinite_fails(kind_tokens, predicate, tokens):
        return
    verbs = {'VERB', 'INFN', 'PRTS', 'PRTF', 'ADJS', 'GRND'}
    if raw.subjects and not any(readings(token, None, verbs) for token in predicate) and not any(
        readings(token, None, verbs) for token in _attribute(raw, 'lead')
    ):
        return  # "вести переговоры о заключении": only a verb ties a party to the noun
    if _lemmas(_attribute(raw, 'lead')) & ANNOUNCE_VERBS and _lemmas(predicate) & {'подписание', 'заключение'} and (not {
            token.value.lower() for token in _attribute(raw, 'links')} & {'с', 'со'}
            or _lemmas(_attribute(raw, 'subjects')[:2]) & SPOKESPEOPLE
            or _governed(_attribute(raw, 'subjects')[:1], _attribute(raw, 'lead'))):
        # "Интерфакс сообщил о подписании соглашения между ...", "Пресс-служба
        # компании сообщила о ...": who tells, unless it names the other side
        # and speaks for itself
        return
    if raw.addressees and not raw.lead and not _lemmas(predicate) & IMPERSONAL_WORDS:
        return  # a dative signer needs "удалось", "предстоит" or a verb that lets: "дает странам заключить"
    subjects = _attribute(raw, 'subjects')
    if subjects and not raw.lead and all(readings(token, None, {'INFN'}) for token in predicate if token.type == 'RU') \
            and subjects[-1].span.stop < predicate[0].span.start and subjects[0].type == 'RU' \
            and not readings(subjects[0], {'nomn'}):
        return  # "предпринимателям двух стран заключать контракты": a genitive before a bare infinitive is another noun's
    if (_lemmas(_attribute(raw, 'lead')) & LET_VERBS or not (raw.subjects or raw.partners or raw.holders)) \
            and _habitual(predicate, kind_tokens):
        return  # "Документ позволит предпринимателям заключать контракты": an ability, no signing
    status = _status(raw)
    topic_groups = _groups(raw, 'topics')
    topic, second = _second_document(topic_groups[0]) if topic_groups else ([], None)
    topic_tokens, topic_dates, topic_places = _split_topic(topic, status == 'planned') if topic else ([], [], [])
    # a plan's "до конца года" is its deadline, a signed contract's "до 2027 года" its term
    dates = _contiguous([group for group in _groups(raw, 'dates')
                         if status == 'planned' or not _is_term(group, kind_tokens, predicate)])
    places = _groups(raw, 'places')
    date_tokens = dates[0] if dates else topic_dates
    date = join(date_tokens) if date_tokens else None
    place = join(places[0]) if places else (join(topic_places) if topic_places else None)

    found: list[tuple[int, str]] = []
    subject_cases = _subject_cases(raw)
    if _lemmas(predicate) & IMPERSONAL_WORDS:
        subject_cases |= {'datv'}  # "Японии и России не удалось заключить": read either way by the parser
    for slot, cases in (('subjects', subject_cases), ('holders', {'gent'}), ('addressees', {'datv'}),
                        ('partners', {'ablt'}), ('trailing', {'ablt'}), ('antecedents', set(normalize.CASES))):
        if slot == 'trailing' and _genitive_trailing(raw):
            cases = {'gent'}
        slot_parties = _slot_parties(raw, slot, cases)
        if slot_parties is None and slot == 'trailing' and cases != {'gent'}:
            slot_parties = _slot_parties(raw, slot, {'gent'})
        if slot_parties is None:
            return
        if slot == 'subjects' and _lemmas(_attribute(raw, 'lead')) & (LET_VERBS | ASK_VERBS):
            continue  # "Закон позволит регионам заключить", "Путин поручил правительству подписать": who lets signs nothing
        if slot == 'partners' and raw.subjects and _between_after_topic(raw, tokens):
            continue  # "Аэрофлот и China Eastern подписали соглашение о полётах между Москвой и Шанхаем"
        if slot == 'subjects' and _lemmas(predicate + _attribute(raw, 'lead')) & PREVENT_WORDS and (
                _lemmas(predicate) & {'подписание', 'заключение'}):
            continue  # who blocks a signing does not sign: "протесты сорвали подписание"
        found += slot_parties
    side_tokens: list[Any] = []
    if topic_tokens and _lemmas(predicate) & {'подписание', 'заключение'} and not (
            raw.subjects or raw.holders or raw.addressees or raw.trailing):
        # "подписание соглашения о стратегическом партнёрстве Азербайджана и
        # Беларуси", "меморандума о сотрудничестве Новгородской области с
        # Псковской областью": with no side named before, the named sides that
        # end the topic are the document's own
        with_partner = bool(found) and {token.value.lower() for token in _attribute(raw, 'links')} & {'с', 'со'}
        if not found or with_partner:
            whole = topic_tokens
            topic_tokens, sides = _topic_sides(topic_tokens, partner=bool(with_partner))
            found = sides + found
            side_tokens = whole[len(topic_tokens):]
    parties: list[str] = []
    for _, name in sorted(found):
        if name not in parties:
            parties.append(name)
    parties = with_regions_completed(parties)

    if kind in JOINT_KINDS and len(parties) < 2 and not (parties and _plural_subject(raw)):
        return  # "Губернатор подписал план мероприятий": a plan one body adopts, no agreement
    core = [
        token
        for name in ('subjects', 'holders', 'addressees', 'partners', 'trailing', 'antecedents', 'predicate', 'lead',
                     'after', 'kind', 'gap',
                     'modifiers', 'links')
        for token in _attribute(raw, name)
    ] + topic_tokens + side_tokens
    core.sort(key=lambda token: token.span.start)
    second_fact = None
    if second is not None:
        # "соглашение о ... и меморандум о ...": the second document, signed
        # by the same sides at the same time.
        second_kind, second_words, second_topic = second
        second_topic, second_dates, second_places = (_split_topic(second_topic, status == 'planned') if second_topic
                                                     else ([], [], []))
        if not date and second_dates:
            date_tokens, date = second_dates, join(second_dates)
        place = place or (join(second_places) if second_places else None)
        second_fact = Agreement(tokens_span(second_words + second_topic), second_kind,
                                subject=join(second_topic) if second_topic else None, parties=tuple(parties),
                                status=status, date=date, place=place, when=when(date_tokens, ahead=status == 'planned'))
    yield Agreement(
        tokens_span(core),
        kind,
        subject=join(topic_tokens) if topic_tokens else None,
        parties=tuple(parties),
        status=status,
        date=date,
        place=place,
        when=when(date_tokens, ahead=status == 'planned'),
    )
    if second_fact is not None:
        yield second_fact


#: A signing told as a rule, an advice or a supposition is none: "когда вы
#: подписываете контракт", "перед тем как подписать договор, прочитайте",
#: "трудно представить, чтобы Литва подписала", "каждый, кто подписывает".
_GENERIC = re.compile(
    r'(?i)(?:\bперед\s+тем,?\s+как|\bпрежде\s+чем|\b(?:когда|если)\s+вы\b|\bесли\s+бы\b|\bвсякий\s+раз,?\s+когда'
    r'|\b(?:каждый|тот|те|всякий|любой),?\s+кто\b|\bпредставить(?:\s+себе)?,?\s+(?:что|чтобы)\b'
    r'|\bвообразить,?\s+(?:что|чтобы)\b)'
)
#: Verbs in the imperative or the second person address the reader: "подпишите", "подписываете".
_ADDRESS = re.compile(r'(?i)\b(?:подпис|заключ|подпиш)\w*(?:ете|ите|ешь|ишь|айте|ывайте)\b|\b\w{3,}(?:айте|яйте|ите)\b')


def _generic(item: Agreement, text: str, sentence_of: Callable[[int], int]) -> bool:
    """Whether the sentence tells a rule or a supposition rather than a signing."""
    start, stop = sentence_bounds(text, item.span.start, sentence_of)
    sentence = text[start:stop]
    if _GENERIC.search(text[start:item.span.stop]):
        return True
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    for match in _ADDRESS.finditer(sentence):
        parses = analyze(match.group(0).lower())
        grams = parses[0].grams.values if parses else set()
        if 'VERB' in grams and ('impr' in grams or '2per' in grams):
            return True
    return False


#: Prepositions of time before a nominalization: "После подписания соглашения по
#: газовым поставкам цены снизились" opens a clause whose own subject follows.
_FRONTED = re.compile(r'(?i)\b(?:после|до|перед|при|накануне|в\s+ходе|по\s+итогам|с\s+момента)\s+$')
_PREPOSITIONS = {'в', 'во', 'на', 'по', 'о', 'об', 'с', 'со', 'к', 'от', 'за', 'до', 'из', 'для', 'при', 'между', 'и'}


def _clause_topic(item: Agreement, text: str) -> Agreement:
    """The topic cut where the clause's own subject begins, after a fronted
    "после подписания ...": a noun phrase in the nominative, then a finite verb."""
    if not item.subject or not _FRONTED.search(text[max(item.span.start - 20, 0):item.span.start]):
        return item
    if not re.match(r'(?i)(?:подписани|заключени)', text[item.span.start:item.span.stop]):
        return item
    end = item.span.stop
    if text[end - len(item.subject):end] != item.subject:
        return item
    from factlex.morph import morph_analyzer, tokenizer

    analyze, split = morph_analyzer(), tokenizer()
    after = re.match(r'\s*([А-Яа-яЁё]+)', text[end:])
    verb = analyze(after.group(1).lower())[:1] if after else []
    if not verb or 'VERB' not in verb[0].grams.values:
        return item
    number = {'plur', 'sing'} & verb[0].grams.values
    words = list(split.scan(item.subject))
    # The subject's head: the last word that may stand in the nominative and
    # follows no preposition; one that is only nominative ("министры") first.
    candidates: list[tuple[bool, int]] = []
    for index in range(2, len(words)):
        word, previous = words[index], words[index - 1]
        if word.value.lower() in _PREPOSITIONS or previous.value.lower() in _PREPOSITIONS or word.type != 'RU':
            continue
        forms = [form for form in analyze(word.value.lower()) if {'NOUN', 'ADJF'} & form.grams.values]
        # the head agrees with the verb in number, unless names are joined ("Россия и Китай увеличили")
        if not word.value[:1].isupper():
            forms = [form for form in forms if not number or number & form.grams.values]
        if any('nomn' in form.grams.values for form in forms):
            only = not any({'gent', 'datv', 'loct', 'ablt'} & form.grams.values for form in forms)
            candidates.append((only, index))
    if not candidates:
        return item
    _, index = max(candidates)
    stop = words[index - 1].span.stop
    return attrs.evolve(item, subject=item.subject[:stop], span=Span(item.span.start, end - len(item.subject) + stop))
    return item


def preference(raw: Any) -> int:
    """1 for a reading whose signers are a lower-case plural ("стороны",
    "главы государств"), 0 otherwise: "По итогам встречи стороны подписали"
    has "стороны" sign, not a genitive of the frame ("встречи стороны")."""
    subjects = _attribute(raw, 'subjects')
    return 1 if subjects and subjects[0].value[:1].islower() and _plural_subject(raw) else 0


def resolve(found: Iterable[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
    """The facts without police records and generic statements, each with the
    deal's worth when the text names one, and the date that closes its clause."""
    kept = resolve_common_sides(resolve_anaphora(drop_records(found, text, sentence_of), text, sentence_of), text,
                                sentence_of)
    return [with_date(with_value(_clause_topic(_denied(item, text), text), text, sentence_of), text, sentence_of)
            for item in kept if not _generic(item, text, sentence_of)]


# "опровергли сообщения СМИ о подписании", "отрицает, что подписал": a
# signing said not to have happened, right before the mention
_DENIAL = re.compile(r'(?<![а-яё])(?:опроверг|отрица|дезавуир)[а-яё]*(?:\s+[а-яё]+){0,3}[\s,]+(?:о|об|что)\s+$'
                     r'|(?<![а-яё])(?:опроверг|отрица|дезавуир)[а-яё]*\s+(?:[а-яё]+\s+){0,2}(?-i:[А-ЯЁ]{2,}\s+)?о\s+$',
                     re.IGNORECASE)


_NEGATED = re.compile(r'(?<![А-ЯЁа-яё])[Нн]е\s+$')


def _denied(item: Agreement, text: str) -> Agreement:
    """The fact, refused when a word of denial comes right before it: "В
    Минэнерго опровергли сообщения СМИ о подписании соглашения с Катаром"."""
    if item.status != 'signed' or item.span is None:
        return item
    denial = _DENIAL.search(text, max(0, item.span.start - 60), item.span.start)
    if denial is None or _NEGATED.search(text, max(0, denial.start() - 4), denial.start()):
        return item  # "Стороны не отрицают, что подписали": the signing stands
    return attrs.evolve(item, status='refused')
