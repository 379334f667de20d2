"""Status of a signing: the verb forms and the words around them that make it signed, planned or refused."""

from __future__ import annotations

from typing import Any

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, gram, in_caseless, is_lower

from factlex import normalize

from ..blocks.dates import DATE
from ..blocks.words import HasCase
from ..circumstances import ADVERB, AFTER_WHILE, FRAME, PLACE
from ..phrases import readings
from .documents import SIGN, SIGN_VERBS
from .parties import GENITIVE_WORD, PLAN_NOUNS, REFUSE_NOUNS
from .raw import Raw, _attribute, _lemmas

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
    'нужно', 'необходимо', 'следовать', 'можно', 'обязаться', 'обязываться',
    'подготовка', 'переговоры', 'приготовиться', 'начать', 'призвать', 'призывать', 'просить',
    'попросить', 'предстоящий', 'возможный', 'будущий', 'грядущий', 'перейти', 'приступить', 'приступать',
    'надо', 'предусматривать', 'предусмотреть', 'пытаться', 'попытаться', 'попробовать', 'пробовать',
} | PLAN_NOUNS
#: Words that turn a signing down: "отказались подписать", "мешает заключить".
REFUSE_WORDS = {
    'отказаться', 'отказываться', 'мешать', 'помешать', 'препятствовать', 'воспрепятствовать',
    'отклонить', 'отклонять', 'уклоняться', 'уклониться', 'против', 'сорвать', 'срыв', 'сорваться',
    'отменить', 'отменять', 'отмена',  # "подписание отменено", "отменили подписание"
} | {
    # prevention: "заблокировала подписание", "торпедировать заключение"
    'заблокировать', 'блокировать', 'срывать', 'торпедировать', 'саботировать', 'блокирование', 'блокировка',
    'препятствие', 'помеха', 'преграда',  # "главным препятствием к его подписанию остаётся ..."
} | REFUSE_NOUNS  # "заявила о нежелании подписывать"
#: Words of a side that keeps others from signing: it is no party ("протесты
#: фермеров сорвали подписание соглашения между ЕС и МЕРКОСУР").
PREVENT_WORDS = {'мешать', 'помешать', 'препятствовать', 'воспрепятствовать', 'сорвать', 'срывать', 'заблокировать',
                 'блокировать', 'торпедировать', 'саботировать', 'препятствие', 'помеха', 'преграда'}
#: Impersonal words whose signer stands in the dative: "странам удалось заключить".
IMPERSONAL_WORDS = {'удаться', 'предстоять', 'нужно', 'необходимо', 'следовать', 'можно', 'надо', 'нужный'}
#: Words that make a planned signing done: "успели подписать", "удалось заключить".
DONE_WORDS = {'успеть', 'удаться', 'суметь', 'состояться'}
#: "не стал подписывать": a verb whose negation turns the signing down.
CHAIN_VERBS = {'стать'}
BE = and_(dictionary({'быть'}), or_(gram('VERB'), gram('INFN')))


def _predicate(item):
    return rule(item).interpretation(Raw.predicate)


CHAIN_WORD = or_(
    _predicate(NEGATION),
    # "готов" is also the genitive of "готы": a short adjective is no noun here
    _predicate(and_(dictionary(PLAN_WORDS | REFUSE_WORDS | DONE_WORDS), or_(not_(gram('NOUN')), gram('ADJS')))),
    _predicate(and_(dictionary(CHAIN_VERBS), gram('VERB'))),
    _predicate(BE),
    rule(ADVERB),
    rule(in_caseless({'так'}), in_caseless({'и'})),  # "так и не подписали"
    rule(in_caseless({'до'}), in_caseless({'сих'}), in_caseless({'пор'})),
    rule(in_caseless({'пока'})),
    DATE.interpretation(Raw.dates),
    # "Стороны по итогам встречи подписали", "Россия и Турция в Анкаре подписали"
    PLACE.interpretation(Raw.places),
    FRAME,
    AFTER_WHILE,  # "Россия и Китай после долгих переговоров подписали"
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

# "поставили подписи под соглашением", "подписались под декларацией": a
# signature put under a document, which stands in the instrumental
SIGNATURE_VERBS = {'поставить', 'ставить'}
SIGNATURE = _predicate(or_(
    rule(dictionary(SIGNATURE_VERBS), dictionary({'подпись'}), in_caseless({'под'})),
    rule(and_(dictionary({'подписаться', 'подписываться'}), or_(gram('VERB'), gram('INFN'))), in_caseless({'под'})),
))
# "Подписи под соглашением поставили ...": the verb after the document, its signers after it
SIGNATURE_NOUN = _predicate(rule(in_caseless({'свою', 'свои'}).optional(), dictionary({'подпись'}), in_caseless({'под'})))
# "Под соглашением подписались губернатор и мэр": the document first, the signers after the verb
UNDER = _predicate(in_caseless({'под', 'Под'}))
SUBSCRIBED = _predicate(and_(dictionary({'подписаться', 'подписываться'}), gram('VERB')))
_PUT = _predicate(and_(dictionary(SIGNATURE_VERBS), or_(gram('VERB'), gram('INFN'))))
SIGNATURE_VERB = or_(_PUT, rule(CHAIN, _PUT))
# "Под документом стоят подписи Германа Грефа и губернатора ...": the
# signatures that stand under it, their signers in the genitive
SIGNATURES_STAND = _predicate(rule(and_(dictionary({'стоять'}), gram('VERB')),
                                   and_(dictionary({'подпись'}), HasCase({'nomn'}))))
# "скрепили подписями соглашение", "скрепят подписью": signed by a seal of signatures
SEAL_VERBS = {'скрепить', 'скреплять'}
BY_SIGNATURES = and_(dictionary({'подпись'}), HasCase({'ablt'}))
SEAL = _predicate(rule(and_(dictionary(SEAL_VERBS), or_(gram('VERB'), gram('INFN'))), BY_SIGNATURES))
# "Документ скреплён подписями ректора и директора": the signers in the genitive after it
SEALED = _predicate(rule(rule(BE).optional(), and_(dictionary(SEAL_VERBS), gram('PRTS')), BY_SIGNATURES))
ACTIVE = or_(
    _predicate(or_(FINITE, INFINITIVE)),
    rule(CHAIN, _predicate(or_(FINITE, INFINITIVE))),
    SIGNATURE,
    rule(CHAIN, SIGNATURE),
    SEAL,
    rule(CHAIN, SEAL),
)
# "который водитель подписывать отказался", "подписать так и не смогли": the
# word that sets the status after the infinitive
LATER = rule(
    or_(_predicate(NEGATION), rule(in_caseless({'так'}), in_caseless({'и'})), rule(ADVERB)).repeatable(max=3).optional(),
    # "подписывать контракт не стали": a chain verb after the infinitive
    _predicate(and_(dictionary(PLAN_WORDS | REFUSE_WORDS | DONE_WORDS | CHAIN_VERBS), or_(gram('VERB'), gram('ADJS')))),
)
# "подписывать аналогичное соглашение не намерена", "заключать договор с
# Россией пока не готова": the infinitive with its document first, the word
# that sets the status after them (assembly.RULE)
BARE_INFINITIVE = _predicate(INFINITIVE)
ACTIVE = or_(ACTIVE, rule(BARE_INFINITIVE, LATER))
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

# "«Зенит» объявил о подписании контракта с ...": who tells of its own signing
# with a named counterpart (``to_facts`` asks for the "с ..."), a side
ANNOUNCE_VERBS = {'сообщить', 'сообщать', 'объявить', 'объявлять', 'заявить', 'заявлять', 'рассказать',
                  'рассказывать', 'отчитаться', 'отчитываться', 'уведомить', 'известить', 'проинформировать'}
ANNOUNCE = rule(and_(dictionary(ANNOUNCE_VERBS), gram('VERB')), in_caseless({'о', 'об'})).interpretation(Raw.lead)

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
         in_caseless({'к', 'от', 'о', 'об', 'на', 'за', 'против', 'для'})),
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
    'отложить', 'откладывать', 'перенести', 'переносить', 'сорваться', 'предполагаться', 'отменить', 'отменять',
}
AFTER = or_(
    rule(and_(dictionary(AFTER_WORDS), or_(gram('VERB'), gram('PRTS')))),
    rule(or_(NEGATION, BE, ADVERB, and_(dictionary(PLAN_WORDS), or_(not_(gram('NOUN')), gram('ADJS'))))
         .repeatable(max=3),
         and_(dictionary(AFTER_WORDS), or_(gram('VERB'), gram('PRTS'), gram('INFN')))),
).interpretation(Raw.after)


#: Putting a signing off: to a time named it is planned ("отложили до осени"), else refused
PUT_OFF = {'отложить', 'откладывать'}
POSTPONED = {'запланировать', 'намечать', 'наметить', 'ожидаться', 'планироваться', 'отложить', 'откладывать',
             'перенести', 'переносить', 'предполагаться'}


def _negation_filed_elsewhere(raw: Any, predicate: list[Any]) -> bool:
    """Whether a "не" right before a verb word after the document was read
    as the end of another phrase: in "подписывать контракт на этих условиях
    не стала" the purpose may take in "не"; it is the verb's."""
    verbs = [token for token in predicate if token.type == 'RU' and token.value.lower() not in {'не', 'ни'}]
    for name in ('purposes', 'topics', 'gap', 'dates', 'places'):
        for token in _attribute(raw, name):
            if token.value.lower() in {'не', 'ни'} and any(0 <= verb.span.start - token.span.stop <= 1 for verb in verbs):
                return True
    return False


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
    if lemmas & REFUSE_WORDS or values & {'не', 'ни'} or _negation_filed_elsewhere(raw, predicate):
        return 'refused'
    if lemmas & (DONE_WORDS - {'состояться'}):
        return 'signed'
    if lemmas & PUT_OFF and not _attribute(raw, 'dates'):
        return 'refused'  # "подписание отложено", "на неопределённый срок": put off to no time named
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
        and form.normalized in SIGN_VERBS | SIGNATURE_VERBS | SEAL_VERBS | {'быть', 'состояться'} | AFTER_WORDS
        for form in getattr(token, 'forms', None) or ()
    )



def _document_case_fits(raw: Any) -> bool:
    """The document stands in the case its predicate governs.

    "закон о ратификации соглашения подписан": a genitive document before a
    passive is not what was signed; "подписание соглашения" wants a genitive.
    """
    kind = _attribute(raw, 'kind')
    predicate = _attribute(raw, 'predicate')
    if not kind or not predicate:
        return True
    # the first noun: "программой сотрудничества" stands in the case of "программа", "дорожной картой" of "карта"
    head = next((token for token in kind if readings(token, None, {'NOUN'})), kind[-1])
    if not getattr(head, 'forms', None) or 'Fixd' in {gram for form in head.forms for gram in form.grams.values}:
        return True
    nouns = readings(head, None, {'NOUN'}) or list(head.forms)
    cases = {case for form in nouns for case in normalize.CASES if case in form.grams.values}
    if not cases:
        return True  # "СРП": an abbreviation the dictionary does not know
    if _lemmas(predicate) & {'подписание', 'заключение'}:
        # "соглашение, подписание которого намечено": "которого" stands for it
        return bool(cases & {'gent'}) or kind[0].span.start < predicate[0].span.start
    if _lemmas(predicate) & {'подпись', 'под'} and not _lemmas(predicate) & SEAL_VERBS:
        return bool(cases & {'ablt'})  # "подписи под соглашением", "подписались под декларацией"
    verbs = [token for token in predicate if _lemmas([token]) & (SIGN_VERBS | REFLEXIVE_VERBS)]
    passive = verbs and (readings(verbs[-1], None, {'PRTS'}) or _lemmas(verbs[-1:]) & REFLEXIVE_VERBS)
    if passive and kind[0].span.start < verbs[0].span.start:
        participles = readings(verbs[-1], None, {'PRTS'})
        modifier_nouns = [token for token in _attribute(raw, 'modifiers') if readings(token, None, {'NOUN'})]
        singular = [participle for participle in participles if 'sing' in participle.grams.values]
        if singular and len(singular) == len(participles) and len(kind) == 1 and not modifier_nouns:
            # the subject of a singular short participle agrees with it in
            # number and gender: in "Закон о ратификации соглашения подписан"
            # the plural "соглашения" is no subject of "подписан" (a plural
            # one may have several subjects: "Соглашение и меморандум
            # подписаны"; "финансовая часть соглашения": "часть" is the subject)
            return any('nomn' in noun.grams.values and _agrees_with(noun, participle)
                       for noun in nouns for participle in singular)
        return bool(cases & {'nomn'})  # the subject of a passive
    return True


def _agrees_with(noun: Any, participle: Any) -> bool:
    """Whether a noun's reading agrees with a singular short participle's in number and gender."""
    grams, verb = noun.grams.values, participle.grams.values
    gender = next((each for each in ('masc', 'femn', 'neut') if each in verb), None)
    return 'sing' in grams and (gender is None or gender in grams or 'ms-f' in grams)
