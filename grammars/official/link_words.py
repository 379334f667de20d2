"""The words that tie a name to a post in an officials match: copulas
("стал министром"), offices ("занимал пост", "на посту мэра"), duties, the
words a gap or a circumstance between them may hold, and the dash."""

from __future__ import annotations

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from ..blocks.orgs import BODY_NOUNS, LATIN_NAME
from ..blocks.words import SPACED_DASH, HasCase, IsAbbreviation, IsCapitalizedWord
from .post import DESCRIBING_ADJECTIVE, FORMER, HEAD_WORDS, MODIFIERS
from .raw import Raw

# Verbs that tie a person to a post: "Х стал премьер-министром", "Х был
# назначен главой", "главой компании станет Х".
LINK_VERBS = {
    'стать', 'становиться', 'быть', 'являться', 'работать', 'служить', 'остаться', 'оставаться',
    'числиться', 'пребывать', 'проработать', 'прослужить',
    # "режиссёром постановки выступил Алексей Франдетти": acting in the role
    'выступить', 'выступать',
    # "трижды избирался мэром", "назначался заместителем": elected or appointed, said of the holder
    'избираться', 'переизбираться', 'назначаться',
}
# Appointed, not appointing: "Х назначен главой", never "Х назначил начальника".
PASSIVE_VERBS = {'назначить', 'избрать', 'переизбрать', 'утвердить', 'выбрать',
                 'провозгласить'}  # "Новым султаном провозглашён Хейсам бен Тарик"
COPULAS = LINK_VERBS | PASSIVE_VERBS
# "был", "будет": "есть" is rather "there is" or "to eat"
WAS = and_(dictionary({'быть'}), gram('VERB'), not_(in_caseless({'есть'})))
LINK_VERB = or_(
    dictionary(LINK_VERBS - {'быть'}),
    # "был", "будет"; not "бывший", which pymorphy2 also files under "быть"
    # "есть" is rather "there is" or "to eat"
    and_(dictionary({'быть'}), or_(gram('VERB'), gram('INFN')), not_(in_caseless({'есть'}))),
    and_(dictionary(PASSIVE_VERBS), or_(gram('PRTS'), gram('PRTF'))),
    # "Сокольский, тридцать лет бывший художественным руководителем": the
    # participle of "быть" before a post in the instrumental (before one in
    # the nominative, "бывший министр", it is a time word, and to_facts
    # refuses a copula's nominative)
    in_caseless(FORMER),
    # "Анну Петрову избрали мэром", "Драги назначили главой ЕЦБ": no one named
    # appoints, the holder is the object
    and_(dictionary(PASSIVE_VERBS), gram('VERB'), gram('plur'), is_lower()),
)
LINK_ADVERB_WORDS = frozenset({'новым', 'новой', 'первым', 'первой', 'вновь', 'снова', 'уже', 'также', 'тогда', 'ещё', 'еще',
                               'именно'})
LINK_ADVERB = in_caseless(LINK_ADVERB_WORDS)
#: Whose the post is, before it: "назначил Тома Донилона своим советником",
#: "Её финансовым директором он стал".
POSSESSIVE_WORDS = frozenset({'своим', 'своей', 'его', 'её', 'ее', 'их'})
LINK_WORDS = or_(
    rule(LINK_VERB.repeatable(max=2), LINK_ADVERB.optional()),
    rule(LINK_VERB, LINK_ADVERB, LINK_VERB),  # "был уже выбран"
)
LINK = LINK_WORDS.interpretation(Raw.link)
# A verb of the sentence before the post and its subject: "назначен", "был
# избран", "стал"; not a full participle, after which the instrumental may
# name who appointed ("назначенный президентом Иван Петров")
PREDICATE = or_(
    rule(and_(dictionary(PASSIVE_VERBS), gram('PRTS'))),
    rule(WAS, and_(dictionary(PASSIVE_VERBS), gram('PRTS'))),
    rule(and_(dictionary(LINK_VERBS - {'быть'}), gram('VERB'))),
    rule(WAS),
).interpretation(Raw.link)
# "Избранный мэром Иван Петров", "Ставший гендиректором Павел Шемякин",
# "Назначенный ректором университета Дмитрий Пеньков"; but "назначенный
# президентом Иван Петров" names who appointed him (checks.appointed_by_post)
APPOINTED_BY_ANOTHER = {'назначить', 'утвердить'}
APPOINTED = and_(dictionary({'избрать', 'переизбрать', 'выбрать', 'стать', 'являться'} | APPOINTED_BY_ANOTHER),
                 gram('PRTF')).interpretation(Raw.link)
#: Posts whose holders appoint and are not appointed: after "назначенный"
#: the instrumental of one is who appointed.
APPOINTERS = {'президент', 'король', 'королева', 'монарх', 'император', 'императрица', 'эмир', 'султан', 'шах', 'царь'}

# "Х занимал пост министра печати", "Х назначен на пост главы".
OFFICE_NOUNS = {'пост', 'должность', 'качество', 'место'}
#: What an office is said to be before its noun: "на новую должность", "на вакантный пост"
OFFICE_ADJECTIVES = {'новый', 'высокий', 'ключевой', 'вакантный', 'освободившийся', 'руководящий', 'важный', 'высший',
                     'престижный', 'ответственный'}
# "с позиции вице-президента": a post one leaves
LEFT_OFFICE = rule(in_caseless({'с', 'со', 'от'}), dictionary(OFFICE_NOUNS | {'позиция', 'обязанность'}))
#: Nouns at the end of a link that govern the post in the genitive:
#: "занимал пост министра", "исполнять обязанности главы", "с позиции вице-президента".
GOVERNING_OFFICE_NOUNS = frozenset(OFFICE_NOUNS | {'обязанность', 'позиция', 'полномочие'})
# what one does with the powers of a post one holds
POWERS_VERBS = {'сложить', 'слагать', 'сохранить', 'сохранять', 'исполнять', 'осуществлять'}
DISMISSED = and_(dictionary({'уволить', 'освободить', 'снять', 'отстранить', 'отправить'}), gram('PRTS'))
# "освобождён", "был уволен": dismissed, said of the one who held the post
DISMISSED_VERB = rule(WAS.optional(), DISMISSED)
OFFICE_VERBS = {'занимать', 'занять', 'покинуть', 'покидать', 'оставить', 'оставлять', 'сохранить', 'совмещать',
                'возглавлять', 'лишиться', 'лишаться'}
DUTY_VERBS = {'исполнять', 'выполнять', 'исполнить'}
# "будет исполнять обязанности", "продолжит занимать пост": an auxiliary
# before the verb of the office
AUXILIARY = and_(dictionary({'быть', 'продолжать', 'продолжить', 'начать', 'остаться'}), gram('VERB'),
                 not_(in_caseless({'есть', 'было'})))
# Between a name and the verb that ties it to a post: "Руснок в 2001-2002
# годах работал министром", "Аленка Братушек, в прошлом занимавшая пост".
#: Verbs that put someone in a post: their infinitive before a mention tells
#: of an appointment to come (context.reject), unlike those that remove from one.
INSTALLING_VERBS = frozenset({'назначить', 'назначать', 'выдвинуть', 'выдвигать', 'утвердить', 'утверждать',
                              'избрать', 'избирать', 'поставить', 'ставить', 'провести', 'проводить'})
APPOINTING_VERBS = INSTALLING_VERBS - {'провести', 'проводить'} | {
    'рекомендовать', 'предложить', 'предлагать', 'освободить', 'освобождать', 'снять', 'снимать', 'уволить',
    'увольнять', 'представить', 'представлять', 'пригласить', 'приглашать', 'вернуть',
}
GAP_WORD = and_(
    not_(in_({'.', '!', '?', ';', ':', '(', ')', '«', '»', '"', '—', '–', ',', 'не', 'ни'})),
    # a place may stand in between ("Собянина в Москву на должность мэра"), no
    # other name; and a body led ("возглавлявший Федерацию хоккея Свердловской
    # области в должности председателя")
    or_(not_(IsCapitalizedWord()), and_(gram('Geox'), not_(gram('Name')), not_(gram('Surn'))),
        and_(or_(dictionary(BODY_NOUNS), gram('ADJF')), not_(gram('Name')), not_(gram('Surn')))),
    # "К. Лагард на выборах главы МВФ был управляющий ...": a body or another
    # post in between ties the verb to someone else
    not_(IsAbbreviation()),
    not_(and_(dictionary(HEAD_WORDS), not_(gram('PREP')))),  # "после" is no "посол" here
    # "Клинтон выдвинул её на должность прокурора", "Путин назначил на пост
    # министра ...": the one who appoints is not the holder.
    not_(and_(gram('VERB'), dictionary(APPOINTING_VERBS))),
    # "выставил свою кандидатуру на пост президента": a post sought, not held
    not_(dictionary({'кандидатура', 'кандидат', 'претендент', 'шанс', 'претендовать', 'баллотироваться'})),
    not_(in_caseless({'его', 'её', 'ее', 'их', 'него', 'неё', 'нее', 'них', 'ему', 'ей', 'им', 'себя'})),
)
# "в 1999 г.", "в 2001-2003 гг.": the abbreviated year is the one full stop a gap may hold
YEAR_ABBREVIATION = or_(
    rule(type('INT'), in_caseless({'г', 'гг'}), eq('.')),
    rule(type('INT'), in_({'—', '–', '-'}), type('INT'), in_caseless({'г', 'гг'}), eq('.')),
)
# "в 1980-х годах", "в 90-е"
DECADE = rule(type('INT'), eq('-'), in_caseless({'х', 'е', 'ых', 'ые'}))
# "в 2010–2014 годах": a dash between years is no dash of apposition
YEAR_RANGE = rule(type('INT'), SPACED_DASH, type('INT'))
# "Анастасия Крылова, 29 лет, стала главой": the age set off by commas
# "Денис Куприянов, 45 лет, директор": the age set off by commas
AGE_ASIDE = rule(type('INT'), dictionary({'год'}), eq(','))
AGE_BETWEEN_COMMAS = rule(eq(','), AGE_ASIDE)
# "который, правда, остался главой": a parenthetical word set off by commas
PARENTHETICAL = rule(eq(','), in_caseless({
    'правда', 'впрочем', 'однако', 'кстати', 'конечно', 'видимо', 'вероятно', 'наконец', 'например', 'напомним',
    'возможно', 'по-видимому', 'по-прежнему', 'естественно', 'безусловно',
}), eq(','))
# "остаться в Apple на должности председателя": the body a Latin name names,
# where the holder stays or works
IN_LATIN_BODY = rule(in_caseless({'в', 'во'}), LATIN_NAME)
_GAP_PART = or_(rule(GAP_WORD), YEAR_ABBREVIATION, YEAR_RANGE, AGE_BETWEEN_COMMAS, PARENTHETICAL, IN_LATIN_BODY)
GAP = rule(_GAP_PART.repeatable(max=6)).interpretation(Raw.gap)
# "Сергей Гринько сложил полномочия, став вице-губернатором": the clause of the
# subject up to the comma before a gerund that takes a post (only a gerund
# follows such a gap: official.assembly checks)
GAP_TO_GERUND = rule(_GAP_PART.repeatable(max=6), eq(',')).interpretation(Raw.clause)
# Between a copula and its post only a circumstance fits ("в 2017 году"), no
# verb form: "Брак был одобрен императором" names no holder.
CIRCUMSTANCE_WORDS = rule(or_(
    # nor a word of the post: "в феврале генеральным директором"; a hyphen
    # only in a decade ("вице-премьер" is one word)
    # ("день" is also the imperative of "деть")
    rule(and_(GAP_WORD, not_(eq('-')), or_(not_(gram('VERB')), and_(gram('NOUN'), gram('impr'))),
              not_(or_(gram('INFN'), gram('PRTS'), gram('PRTF'), gram('GRND'))),
              not_(and_(dictionary(MODIFIERS), gram('ADJF'))))),
    YEAR_RANGE,  # "в 1991—1997 годах"
    YEAR_ABBREVIATION,
    DECADE,  # "в 1980-х годах"
    # "по-прежнему", "по-видимому": a hyphenated adverb, not a part of a post's head
    rule(and_(type('RU'), is_lower()), eq('-'), and_(type('RU'), is_lower(), not_(dictionary(HEAD_WORDS)))),
).repeatable(max=6))
CIRCUMSTANCE = CIRCUMSTANCE_WORDS.interpretation(Raw.gap)

# "занимал пост министра", "занимал в партии должность главы отдела",
# "будет исполнять обязанности главы": the verb of an office, a circumstance
# or an auxiliary spelled out as alternatives of their own, each a reading
# of its own for the chart
_HOLD = dictionary(OFFICE_VERBS)
_DUTY = dictionary(DUTY_VERBS)
# "заняла специально учреждённую должность президента музея": a participle
# (and its adverb) describing the office
OFFICE_PARTICIPLE = and_(gram('PRTF'), is_lower(), HasCase({'accs'}))
OFFICE = or_(
    rule(_HOLD, dictionary(OFFICE_NOUNS)),
    rule(_HOLD, CIRCUMSTANCE_WORDS, dictionary(OFFICE_NOUNS)),
    rule(_HOLD, OFFICE_PARTICIPLE, dictionary(OFFICE_NOUNS)),
    rule(_HOLD, and_(gram('ADVB'), is_lower()), OFFICE_PARTICIPLE, dictionary(OFFICE_NOUNS)),
    rule(_DUTY, dictionary({'обязанность'})),
    rule(_DUTY, CIRCUMSTANCE_WORDS, dictionary({'обязанность'})),
    # "сложил полномочия председателя правления", "сохранит полномочия мэра"
    rule(dictionary(POWERS_VERBS), dictionary({'полномочие'})),
    # "приступил к обязанностям министра", "приступила к исполнению обязанностей мэра"
    rule(dictionary({'приступить', 'приступать'}), in_caseless({'к'}), dictionary({'исполнение'}).optional(),
         dictionary({'обязанность'})),
    rule(AUXILIARY, and_(_HOLD, gram('INFN')), dictionary(OFFICE_NOUNS)),
    rule(AUXILIARY, and_(_DUTY, gram('INFN')), dictionary({'обязанность'})),
    # "на посту мэра", "в качестве премьер-министра"
    rule(in_caseless({'на', 'в'}), dictionary(OFFICE_NOUNS)),
    # "назначен на новую должность заместителя министра", "на вакантный пост"
    rule(in_caseless({'на', 'в'}), and_(dictionary(OFFICE_ADJECTIVES), is_lower()), dictionary({'пост', 'должность'})),
    # "Монти подаст в отставку с должности премьер-министра", "освободил
    # Балуевского от должности": who leaves a post held it; the one who
    # dismisses cannot stand here, as appointing verbs never enter the gap
    LEFT_OFFICE,
    # "Мнангагва был уволен с позиции вице-президента", "освобождён от
    # должности министра": dismissed from a post he held
    rule(DISMISSED, LEFT_OFFICE),
    rule(WAS, DISMISSED, LEFT_OFFICE),
).interpretation(Raw.link)

#: Adverbs of time: "сейчас работает", "ранее занимал".
WHEN_WORDS = {
    'ранее', 'сейчас', 'теперь', 'затем', 'позже', 'позднее', 'впоследствии', 'также', 'уже', 'ныне', 'тогда',
    'вскоре', 'недавно', 'прежде', 'давно', 'потом', 'ещё', 'еще', 'вновь', 'снова', 'впервые', 'некогда', 'сначала',
}
WHEN_ADVERB = in_caseless(WHEN_WORDS)

# "Обязанности мэра временно исполняет Иван Петров", "обязанности губернатора
# возложены на Ивана Петрова": the duties of a post, then who carries them
DUTIES = and_(dictionary({'обязанность'}), gram('plur'), HasCase({'nomn', 'accs'}))
DUTY_ADVERB = or_(in_caseless({'временно', 'пока'}), WHEN_ADVERB)
CARRIES_DUTIES = or_(
    rule(and_(_DUTY, gram('VERB'))),
    rule(AUXILIARY, and_(_DUTY, gram('INFN'))),
    rule(and_(dictionary({'возложить', 'возлагать'}), or_(gram('PRTS'), gram('VERB'))), in_caseless({'на'})),
    rule(WAS, and_(dictionary({'возложить'}), gram('PRTS')), in_caseless({'на'})),
    # "Обязанности вице-президента перешли к Сергею Наумкину"
    rule(and_(dictionary({'перейти', 'переходить'}), gram('VERB')), in_caseless({'к', 'ко'})),
).interpretation(Raw.link)
# "Исполнять обязанности министра будет его заместитель Иван Петров": the
# duties told first by the infinitive, then the future of "быть" and who
# carries them; "Исполнение обязанностей министра возложено на ...": by the noun
DUTIES_TO_CARRY = rule(DUTY_ADVERB.optional(), and_(_DUTY, gram('INFN')), DUTIES)
DUTIES_CARRYING = rule(dictionary({'исполнение'}), and_(dictionary({'обязанность'}), gram('plur'), HasCase({'gent'})))
WILL_CARRY = rule(in_caseless({'будет', 'будут'})).interpretation(Raw.link)
# "до назначения преемника", "до избрания нового мэра", "до выборов": how
# long the duties last, between the post and who carries them
UNTIL = rule(in_caseless({'до'}), and_(gram('NOUN'), HasCase({'gent'}), is_lower()),
             and_(or_(gram('NOUN'), gram('ADJF')), HasCase({'gent'}), is_lower()).repeatable(max=2).optional())

# Words that rank or describe the holder rather than name the post: "стал
# самым долгоживущим президентом", "станет седьмым по счёту королём".
DESCRIPTOR_WORD = or_(
    rule(and_(is_lower(), or_(gram('ADJF'), gram('NUMR'), gram('ADVB')), not_(dictionary(MODIFIERS)))),
    rule(type('INT'), eq('-'), in_caseless({'м', 'ым', 'й', 'ой', 'ий', 'ей', 'го', 'ого', 'му', 'ому'})),  # "96-м"
)
# "самым молодым в истории", "первым в мире", "самым молодым в истории страны"
DESCRIPTOR_SCOPE = or_(
    rule(in_caseless({'в', 'во', 'на'}), and_(is_lower(), gram('NOUN'), HasCase({'loct'}))),
    rule(in_caseless({'в', 'во', 'на'}), and_(is_lower(), gram('NOUN'), HasCase({'loct'})),
         and_(is_lower(), gram('NOUN'), HasCase({'gent'}))),
)
# "первый чернокожий президент", "второй всенародно избранный мэр": an
# ordinal ranks the holder among those the next words describe ("первый
# заместитель" alone is a post of its own)
ORDINAL_DESCRIPTOR = rule(
    and_(dictionary({'первый', 'второй', 'третий', 'последний'}), gram('ADJF'), is_lower()),
    DESCRIPTOR_WORD.repeatable(max=2),
)
DESCRIPTOR = or_(
    rule(DESCRIPTOR_WORD.repeatable(max=3), rule(in_caseless({'по'}), in_caseless({'счёту', 'счету'})).optional()),
    rule(DESCRIPTOR_WORD.repeatable(max=3), DESCRIPTOR_SCOPE),
    ORDINAL_DESCRIPTOR,
)
# "Мандела, первый чернокожий президент ЮАР", "Котова, опытный
# антикризисный управляющий": adjectives that describe the holder after a
# name and a comma; adverbs there belong to the verb ("Петров, вчера глава")
HOLDER_ADJECTIVES = or_(
    rule(DESCRIBING_ADJECTIVE.repeatable(max=2)),
    ORDINAL_DESCRIPTOR,
)

# who the holder was the first of: "первой женщиной", "первым иностранцем"
PIONEER = and_(is_lower(), HasCase({'ablt'}), dictionary({
    'женщина', 'мужчина', 'иностранец', 'человек', 'выходец', 'уроженец', 'гражданин', 'представитель',
}))

# "первой женщиной": "первый" is a word of the post elsewhere ("первый заместитель")
FIRST_OF_KIND = and_(dictionary({'первый'}), gram('ADJF'), HasCase({'ablt'}))
# "Джанет Рено — первая женщина, ставшая генеральным прокурором": the kind of
# person the holder was the first of, in apposition, before the participle
PIONEER_APPOSITION = rule(
    and_(dictionary({'первый', 'единственный', 'последний'}), gram('ADJF')),
    and_(dictionary({'женщина', 'мужчина', 'иностранец', 'человек', 'выходец', 'уроженец', 'гражданин'}), is_lower()),
)

DASH = in_caseless({'—', '–', '-'})
INSTEAD = in_caseless({'вместо'}).interpretation(Raw.link)
# "станет главой ФИФА после Зеппа Блаттера": the one after whom the post is
# taken held it; only a name right after "после" ("после отставки Петрова"
# names an event)
AFTER = in_caseless({'после'}).interpretation(Raw.link)
