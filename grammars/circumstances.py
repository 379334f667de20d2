"""When and where something happened, as written: "в минувшую среду 12 мая", "накануне", "в Сочи".

Rules only, with no interpretation: a grammar attaches its own attributes
(``DATE.interpretation(Raw.date)``), as the shared blocks do.
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from .blocks.places import PLACE_OF_ADJECTIVE, located
from .blocks.words import HasCase, IsCapitalizedWord, lower_compound

__all__ = ['ADVERB', 'DASH', 'DATE', 'FRAME', 'MONTHS', 'PERIODS', 'PLACE', 'SCHEDULED', 'WEEKDAYS']

DASH = in_({'—', '–', '-'})

MONTHS = {
    'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
    'ноябрь', 'декабрь',
}
WEEKDAYS = {'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'}
PERIODS = {'год', 'неделя', 'день', 'месяц', 'квартал', 'полугодие', 'время', 'утро', 'вечер', 'десятилетие'}
DATE_MODIFIERS = {
    'минувший', 'прошлый', 'текущий', 'этот', 'тот', 'следующий', 'будущий', 'нынешний', 'ближайший',
    'прошедший', 'наступающий', 'предыдущий', 'конец', 'начало', 'середина', 'канун', 'первый', 'второй',
    'последний', 'позапрошлый',
}

DATE_END = or_(
    rule(type('INT')),
    # "время" only after a word that dates it ("в то же время"): "во время
    # открытия сезона" is a frame around an event
    rule(dictionary(MONTHS | WEEKDAYS | (PERIODS - {'время'}))),
    rule(eq('г'), eq('.')),
)
DATE_WORD = or_(DATE_END, rule(dictionary(DATE_MODIFIERS)), rule(in_caseless({'же'})))
DATE_BODY = or_(DATE_END, rule(DATE_WORD.repeatable(max=5), or_(DATE_END, rule(dictionary({'время'})))))
DATE_ONE = or_(
    rule(in_caseless({'в', 'во', 'до', 'к'}), DATE_BODY),  # "в минувшую среду 12 мая", "в 2015 году"
    rule(type('INT'), dictionary(MONTHS)),  # "22 ноября"
    rule(type('INT'), dictionary(MONTHS), type('INT'), or_(rule(dictionary({'год'})), rule(eq('г'), eq('.')))),
    rule(in_caseless({'на'}), dictionary(DATE_MODIFIERS), dictionary({'неделя'})),  # "на прошлой неделе"
    rule(in_caseless({'на'}), in_caseless({'днях'})),
    rule(in_caseless({'накануне', 'вчера', 'сегодня', 'завтра', 'позавчера', 'послезавтра'})),
    # "весной 2020 года", "осенью прошлого года"
    rule(in_caseless({'весной', 'летом', 'осенью', 'зимой'}),
         or_(rule(type('INT'), dictionary({'год'})), rule(dictionary(DATE_MODIFIERS), dictionary({'год'}))).optional()),
    rule(type('INT'), dictionary(MONTHS), dictionary(DATE_MODIFIERS), dictionary({'год'})),  # "30 декабря прошлого года"
)
# "на декабрьском заседании", "на апрельском саммите": an event dated by its month
MONTH_ADJECTIVES = {
    'январский', 'февральский', 'мартовский', 'апрельский', 'майский', 'июньский', 'июльский', 'августовский',
    'сентябрьский', 'октябрьский', 'ноябрьский', 'декабрьский',
}
EVENT_NOUNS = {
    'саммит', 'встреча', 'форум', 'заседание', 'церемония', 'конференция', 'переговоры', 'совещание',
    'выставка', 'сессия', 'съезд', 'визит', 'пленум', 'брифинг',
}
DATED_EVENT = rule(in_caseless({'на', 'в', 'во'}), and_(is_lower(), dictionary(MONTH_ADJECTIVES)),
                   and_(is_lower(), dictionary(EVENT_NOUNS | {'ход'})))
DATE_ONE = or_(
    DATE_ONE,
    DATED_EVENT,
    # "на ноябрьской встрече министров"
    rule(DATED_EVENT, and_(is_lower(), HasCase({'gent'}), not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'))))
         .repeatable(max=3)),
)
# "не позднее 1 июля", "не ранее 2027 года": a bound is a date too
DATE_ONE = or_(DATE_ONE, rule(in_caseless({'не'}), in_caseless({'позднее', 'позже', 'ранее', 'раньше'}),
                              or_(rule(type('INT'), dictionary(MONTHS), rule(type('INT'), dictionary({'год'})).optional()),
                                  rule(type('INT'), dictionary({'год'})))))
#: "в пятницу — 1 февраля 2013 года", "в понедельник, 5 марта"
DATE = or_(DATE_ONE, rule(DATE_ONE, or_(DASH, eq(',')), DATE_ONE))
#: "запланировано на март", "перенесено на осень", "на 15 мая", "на следующую
#: неделю": the time something is set for; only after a word that sets it.
SCHEDULED = or_(
    rule(in_caseless({'на'}), DATE_BODY),
    rule(in_caseless({'на'}), type('INT'), dictionary(MONTHS), rule(type('INT'), dictionary({'год'})).optional()),
    rule(in_caseless({'на', 'до'}), dictionary({'весна', 'лето', 'осень', 'зима'}),
         rule(type('INT'), dictionary({'год'})).optional()),
)
#: "в Сочи", "в Москве", "в Чикаго": a place in the locative; "в Белом доме",
#: "в Георгиевском зале Кремля": a named building or hall.
PLACE = rule(
    in_caseless({'в', 'во'}),
    or_(
        located({'loct', 'datv'}),
        rule(and_(IsCapitalizedWord(), type('RU'), HasCase({'loct'}))),
        rule(and_(IsCapitalizedWord(), type('RU'), gram('ADJF'), HasCase({'loct'})),
             and_(is_lower(), gram('NOUN'), HasCase({'loct'})),
             and_(IsCapitalizedWord(), type('RU'), HasCase({'gent'})).optional()),
    ),
)
# "в рамках форума", "в ходе визита": a frame around an event, not a place.
# "выставки «Иннопром»", "форума «Россия — Африка»": a name in quotes is part of it.
FRAME_NAME = rule(in_({'«', '"'}), not_(in_({'«', '»', '"', ',', '.', '(', ')'})).repeatable(max=5), in_({'»', '"'}))
FRAME_GENITIVE = rule(or_(
    # not "о", "с", "и": letters' names to pymorphy2, in every case
    rule(and_(HasCase({'gent'}), not_(in_({',', '.', '(', ')', '«', '»', '"'})),
              not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'))))),
    FRAME_NAME,
    # "визита премьера Ли Кэцяна": a name that does not decline ("Ли" is also a particle)
    rule(and_(IsCapitalizedWord(), gram('Fixd'), or_(gram('Name'), gram('Surn')))),
    # "вице-премьера": a compound whose last part shows the case
    lower_compound(and_(HasCase({'gent'}), type('RU'))),
).repeatable(max=6))
# "на саммите в Минске", "на встрече министров"; "на Российском
# инвестиционном форуме", "на Петербургском международном экономическом
# форуме": adjectives before the event agree with it in the locative
EVENT_ADJECTIVE = and_(gram('ADJF'), HasCase({'loct'}), not_(gram('Apro')), type('RU'))
EVENT = rule(in_caseless({'на'}), EVENT_ADJECTIVE.repeatable(max=4).optional(),
             and_(is_lower(), dictionary(EVENT_NOUNS)))
#: "со стороны России", "от имени компании", "от лица правительства": whom one signs for.
ON_BEHALF = rule(in_caseless({'со', 'от'}), dictionary({'сторона', 'имя', 'лицо'}))
#: "с российской стороны", "с египетской": whom one signs for, the country
#: named by its adjective (the noun may be left out after the first such side).
SIDE_ADJECTIVE = rule(in_caseless({'с', 'со'}),
                      and_(dictionary(set(PLACE_OF_ADJECTIVE)), is_lower(), HasCase({'gent'})))
SIDE_BY_ADJECTIVE = rule(SIDE_ADJECTIVE, and_(dictionary({'сторона'}), HasCase({'gent'})))
#: "в рамках форума", "на полях саммита", "на встрече министров".
FRAME = or_(
    rule(
        or_(
            rule(in_caseless({'в'}), in_caseless({'рамках', 'ходе', 'присутствии', 'конце', 'начале'})),
            # "при участии вице-премьера", "при поддержке Минпромторга": who helps is no side
            rule(in_caseless({'при'}), in_caseless({'участии', 'поддержке', 'содействии', 'посредничестве'})),
            rule(in_caseless({'во'}), in_caseless({'время'})),
            rule(in_caseless({'на'}), in_caseless({'полях'})),
            # "по итогам переговоров", "по инициативе губернатора", "по просьбе региона"
            rule(in_caseless({'по'}), in_caseless({'итогам', 'результатам', 'инициативе', 'просьбе', 'предложению',
                                                   'поручению', 'приглашению', 'указанию', 'требованию'})),
            EVENT,
            # "Документ от имени «Россетей» подписал генеральный директор"
            ON_BEHALF,
        ),
        FRAME_GENITIVE,
        # "в ходе визита премьер-министра в Москву": where the visit goes
        rule(in_caseless({'в', 'во', 'на'}), and_(gram('Geox'), IsCapitalizedWord(), HasCase({'accs'}))).optional(),
    ),
    EVENT,
    # "С российской стороны документ подписал ...": whom one signs for, by the country's adjective
    SIDE_BY_ADJECTIVE,
    # "на его полях", "в их рамках": the event named before
    rule(in_caseless({'на'}), in_caseless({'его', 'её', 'ее', 'их'}), in_caseless({'полях'})),
    rule(in_caseless({'в'}), in_caseless({'его', 'её', 'ее', 'их'}), in_caseless({'рамках', 'ходе'})),
)
#: "после почти десятилетнего перерыва", "после долгих переговоров", "спустя
#: два года": a time told by what came before; not a signing itself ("после
#: подписания соглашения" names the event).
AFTER_WHILE = rule(
    in_caseless({'после', 'спустя'}),
    and_(is_lower(), or_(gram('ADVB'), gram('ADJF'), gram('NUMR'), gram('NOUN')),
         not_(dictionary({'подписание', 'заключение', 'подписать', 'заключить'}))).repeatable(max=4),
)
#: "официально", "уже", "также": words that may stand anywhere in a clause.
ADVERB = and_(
    is_lower(), or_(gram('ADVB'), in_caseless({'бы', 'же', 'ли', 'уже', 'также', 'тоже', 'ещё', 'еще'})),
    not_(in_caseless({'не', 'как', 'когда', 'где', 'так', 'поэтому', 'затем', 'потом'})),
)
