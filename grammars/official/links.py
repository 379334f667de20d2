"""The holder and what ties them to the post: apposition, a dash, a copula ("стал министром"), an office ("на посту мэра"); the grammar's rule."""

from __future__ import annotations

from typing import Any

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from ..blocks.names import RELATIVES, person
from ..blocks.orgs import BODY_NOUNS, LATIN_NAME, QUOTED
from ..blocks.places import place
from ..blocks.words import (
    ADDRESS_WORDS,
    SPACED_DASH,
    HasCase,
    IsAbbreviation,
    IsCapitalizedWord,
    IsNameWord,
    IsUnknownWord,
)
from .between import HOLDER_INTERLUDE, HYPHENATED_AFFILIATION, INTERLUDE
from .body import BODY, FOREIGN_BODY, HOST_PLACE, JOINED_PLACES, LOCATIVE_SCENE, PAIRED_BODY, SCENE
from .link_words import (
    AFTER,
    AGE_ASIDE,
    APPOINTED,
    CARRIES_DUTIES,
    CIRCUMSTANCE,
    CIRCUMSTANCE_WORDS,
    DASH,
    DESCRIPTOR,
    DISMISSED_VERB,
    HOLDER_ADJECTIVES,
    DUTIES,
    DUTIES_CARRYING,
    DUTIES_TO_CARRY,
    DUTY_ADVERB,
    FIRST_OF_KIND,
    GAP,
    GAP_TO_GERUND,
    INSTEAD,
    LEFT_OFFICE,
    LINK,
    LINK_VERB,
    LINK_WORDS,
    OFFICE,
    PASSIVE_VERBS,
    PIONEER,
    POSSESSIVE_WORDS,
    PIONEER_APPOSITION,
    PREDICATE,
    UNTIL,
    WHEN_ADVERB,
    WILL_CARRY,
)
from .post import ACTING, HEAD, HEAD_WORDS, MODIFIER, POST, PROFESSIONS, RELATIONAL_HEADS, TENURE, TIME, WHEN_HELD
from .raw import Raw
from .titles import CLERIC, MONARCH, SEE, SOLE_NAME

##########
#   OFFICIAL
##########

PERSON = person(first=Raw.first, middle=Raw.middle, last=Raw.last)
WHOSE = in_caseless({'которого', 'которой', 'которых'})
# "(1950 года рождения)", "(ЛДПР)": words in brackets after a name
BRACKETED = rule(eq('('), not_(in_({'(', ')', '.', '!', '?'})).repeatable(max=6), eq(')'))
# "заместителей генпрокурора Геннадия Лопатина, Сергея Воробьева и Юрия
# Пономарева": a plural post names each of its holders.
LIST_SEPARATOR = or_(eq(','), in_caseless({'и'}))
AS = in_caseless({'как'}).interpretation(Raw.link)
PEOPLE = rule(
    PERSON,
    LIST_SEPARATOR, person(first=Raw.first2, middle=Raw.middle2, last=Raw.last2),
    rule(LIST_SEPARATOR, person(first=Raw.first3, middle=Raw.middle3, last=Raw.last3)).optional(),
)
# "сенаторы Рэнд Пол из Кентукки и Марко Рубио из Флориды": where each comes from
FROM = rule(in_caseless({'из', 'от'}), or_(place({'gent'}), rule(and_(IsCapitalizedWord(), or_(gram('Fixd'), IsUnknownWord())))))
PAIR_OF_PEOPLE = rule(PERSON, in_caseless({'и'}), person(first=Raw.first2, middle=Raw.middle2, last=Raw.last2))
SECOND_PERSON = person(first=Raw.first2, middle=Raw.middle2, last=Raw.last2)
THIRD_PERSON = person(first=Raw.first3, middle=Raw.middle3, last=Raw.last3)
PEOPLE = or_(
    PEOPLE,
    rule(PERSON, FROM, in_caseless({'и'}), SECOND_PERSON, FROM.optional()),
    # "депутаты Иван Петров (ЛДПР) и Олег Зуев (КПРФ)", "вице-президенты МОК
    # Томас Бах (Германия) и Нг Сер Мианг (Сингапур)": each holder's party or
    # country in brackets
    rule(PERSON, BRACKETED, LIST_SEPARATOR, SECOND_PERSON),
    rule(PERSON, BRACKETED, LIST_SEPARATOR, SECOND_PERSON, BRACKETED),
    rule(PERSON, BRACKETED, LIST_SEPARATOR, SECOND_PERSON, BRACKETED, LIST_SEPARATOR, THIRD_PERSON),
    rule(PERSON, BRACKETED, LIST_SEPARATOR, SECOND_PERSON, BRACKETED, LIST_SEPARATOR, THIRD_PERSON, BRACKETED),
)

# ", столицы Хакасии,", ", крупнейшего банка страны,": a lower-case noun
# phrase in apposition to the body before it, between commas.
DESCRIBED_WORD = and_(is_lower(), or_(gram('NOUN'), gram('ADJF')), not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'))))
DESCRIBED = rule(
    eq(','), DESCRIBED_WORD.repeatable(max=3),
    or_(IsCapitalizedWord(), IsAbbreviation(), DESCRIBED_WORD).repeatable(max=3).optional(), eq(','),
)


# The first of two coordinated posts, matched loosely and read again on its
# own in to_facts: interpreted in place, its parts would mix with the
# second post's.
OTHER_POST_WORD = or_(
    and_(
        # ("вице-мэром Москвы вместе с мэром Гавриилом Поповым": "с" joins
        # someone else, whose post is the second)
        not_(in_caseless({'и', ',', '.', ';', ':', '—', '–', '(', ')', '!', '?', 'с', 'со', 'вместе', 'совместно',
                          'наряду'})), not_(IsNameWord()),
        # a verb ends the first post; "дел" of "иностранных дел" is a noun too
        not_(and_(or_(gram('VERB'), gram('INFN'), gram('PRTS')), not_(gram('NOUN')))),
    ),
    # "лидер Меджлиса крымско-татарского народа, народный депутат": a
    # capitalized body in the genitive, which no name is
    and_(IsCapitalizedWord(), HasCase({'gent'}), dictionary(BODY_NOUNS), not_(gram('Name')), not_(gram('Surn'))),
)
# "первый заместитель Постникова и начальник штаба округа Александр Галкин":
# the first post held under someone, named by a surname the dictionary knows
OWNER_SURNAME = and_(IsCapitalizedWord(), HasCase({'gent'}), gram('Surn'), not_(gram('Geox')))
OTHER_POST = or_(
    rule(TIME.optional(), MODIFIER.optional(), HEAD),
    rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6)),
    rule(TIME.optional(), MODIFIER.optional(), HEAD, OWNER_SURNAME),
)
OTHER_POST_WITH_BODY = or_(
    rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6)),
    # "руководитель литературного клуба «Парус», доцент Василий Петров": its body's name in quotes
    rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6), QUOTED),
)
# Side by side with no comma, the first post ends in no noun of a body named by
# its members: "Председатель Совета министров", "член Палаты представителей",
# "председатель совета директоров" name one post, not two.
MEMBERS_BODY = dictionary({'совет', 'палата', 'собрание', 'коллегия', 'съезд'})
SIDE_POST = rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=5).optional(),
                 and_(OTHER_POST_WORD, not_(MEMBERS_BODY)))
# "Главой Малави стала вице-президент Джойс Банда": a post the holder of
# another one takes
LINKED_POST = or_(
    rule(ACTING.optional(), MODIFIER.optional(), HEAD),
    rule(ACTING.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6)),
)

# "... будет исполнять его первый заместитель Алексей Гурьев": the one who
# carries them named by a post of his own, read by a match of its own that
# shares the words
CARRIER = or_(
    PERSON,
    rule(in_caseless({'его', 'её', 'ее', 'их'}).optional(), LINKED_POST.interpretation(Raw.membership), PERSON),
)
DUTIES_CARRIED = or_(
    rule(DUTIES, POST, CARRIES_DUTIES, CARRIER),
    rule(DUTIES, POST, DUTY_ADVERB, CARRIES_DUTIES, CARRIER),
    rule(DUTIES, POST, BODY, CARRIES_DUTIES, CARRIER),
    rule(DUTIES, POST, BODY, DUTY_ADVERB, CARRIES_DUTIES, CARRIER),
    rule(DUTIES, POST, BODY.optional(), UNTIL, DUTY_ADVERB.optional(), CARRIES_DUTIES, CARRIER),
    rule(DUTIES_TO_CARRY, POST, BODY.optional(), UNTIL.optional(), WILL_CARRY, CARRIER),
    rule(DUTIES_CARRYING, POST, BODY.optional(), UNTIL.optional(), CARRIES_DUTIES, CARRIER),
)

# "Борисов сменил Рогозина на посту гендиректора", "Сменивший Савельева на
# посту главы «Аэрофлота» Александровский", "На посту председателя правления
# Казьмина сменил Греф": who takes a post and who held it before.
# "заменить" is most often said of the one who appoints ("Путин заменил Шойгу Белоусовым")
SUCCEED_WORDS = {'сменить', 'сменять'}
SUCCEEDS = and_(dictionary(SUCCEED_WORDS), gram('VERB')).interpretation(Raw.succession)
SUCCEEDING = and_(dictionary(SUCCEED_WORDS), gram('PRTF'), gram('actv')).interpretation(Raw.succession)
PREDECESSOR = person(first=Raw.first_before, middle=Raw.middle_before, last=Raw.last_before)
AT_POST = or_(
    rule(in_caseless({'на'}), and_(dictionary({'пост'}), HasCase({'loct', 'loc2', 'datv'}))),
    rule(in_caseless({'в', 'на'}), and_(dictionary({'должность'}), HasCase({'loct'}))),
)
# the noun of a post taken and the verb of taking it
SEAT = and_(dictionary({'пост', 'место', 'кресло', 'должность'}), HasCase({'nomn', 'accs'}))
TAKES = and_(dictionary({'занять', 'занимать', 'получить', 'получать'}), gram('VERB'),
             not_(gram('plur'))).interpretation(Raw.link)
TAKE_PLURAL = and_(dictionary({'занять', 'занимать', 'получить', 'получать'}), gram('VERB'),
                   gram('plur')).interpretation(Raw.link)
# "На должность начальника дороги заступил Артур Шайхутдинов", "в должность
# губернатора вступил", "на пост мэра вернулся": where one goes, the post,
# then the verb of coming to it and who came
TO_SEAT = rule(in_caseless({'на', 'в'}), and_(dictionary({'пост', 'должность'}), HasCase({'accs'})))
ENTERS = and_(dictionary({'заступить', 'заступать', 'вступить', 'вступать', 'вернуться', 'возвращаться'}),
              gram('VERB'), not_(gram('plur'))).interpretation(Raw.link)
# "От должности заместителя начальника главка освобождён Павел Кравченко",
# "С поста министра ушёл Иван Петров": the post left, then the verb and who left it
LEAVES = or_(
    DISMISSED_VERB,
    rule(and_(dictionary({'уйти', 'уходить'}), gram('VERB'), not_(gram('plur')))),
).interpretation(Raw.link)
# ", в частности,", ", в том числе,", ", например,": some of the holders, named
PARENTHESIS = rule(eq(','), or_(rule(in_caseless({'в'}), in_caseless({'частности'})),
                                rule(in_caseless({'в'}), in_caseless({'том'}), in_caseless({'числе'})),
                                rule(in_caseless({'например'}))), eq(','))
# "его жена Кристина", "её сын Иван": a relative named by the one before, in apposition to the name
RELATIVE = and_(dictionary(RELATIVES), gram('NOUN'), HasCase({'nomn'}))
# "его старший сын": the relative's age
ELDER = and_(dictionary({'старший', 'младший', 'средний', 'единственный', 'родной'}), gram('ADJF'), HasCase({'nomn'}))
KIN = or_(
    rule(RELATIVE),
    rule(in_caseless({'его', 'её', 'ее', 'их'}), RELATIVE),
    rule(in_caseless({'его', 'её', 'ее', 'их'}), ELDER, RELATIVE),
)
SUCCESSION = or_(
    rule(PERSON, SUCCEEDS, PREDECESSOR, AT_POST, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, eq(','), SUCCEEDING, PREDECESSOR, AT_POST, TIME.optional(), POST, BODY.optional()),
    # "Бахтадзе, сменившему на посту премьер-министра Георгия Квирикашвили":
    # the one before after the post
    rule(PERSON, eq(','), SUCCEEDING, AT_POST, TIME.optional(), POST, BODY, PREDECESSOR),
    rule(PERSON, eq(','), SUCCEEDING, AT_POST, TIME.optional(), POST, PREDECESSOR),
    rule(PERSON, SUCCEEDS, AT_POST, TIME.optional(), POST, BODY, PREDECESSOR),
    rule(PERSON, SUCCEEDS, AT_POST, TIME.optional(), POST, PREDECESSOR),
    rule(SUCCEEDING, PREDECESSOR, AT_POST, TIME.optional(), POST, BODY, PERSON),
    rule(SUCCEEDING, PREDECESSOR, AT_POST, TIME.optional(), POST, PERSON),
    rule(AT_POST, TIME.optional(), POST, BODY, PREDECESSOR, SUCCEEDS, PERSON),
    rule(AT_POST, TIME.optional(), POST, PREDECESSOR, SUCCEEDS, PERSON),
    # "На посту директора департамента Анна Волкова сменила Игоря Ляпина": the
    # successor first; the names' cases tell the order (succession_facts)
    rule(AT_POST, TIME.optional(), POST, BODY, PERSON, SUCCEEDS, PREDECESSOR),
    rule(AT_POST, TIME.optional(), POST, PERSON, SUCCEEDS, PREDECESSOR),
    # "на посту генерального директора Apple его сменит Тим Кук": the one
    # before is named by a pronoun, the successor alone gets a fact
    rule(AT_POST, TIME.optional(), POST, BODY, in_caseless({'его', 'её', 'ее'}), SUCCEEDS, PERSON),
    rule(AT_POST, TIME.optional(), POST, in_caseless({'его', 'её', 'ее'}), SUCCEEDS, PERSON),
    # "На посту гендиректора он сменил Олега Шатрова": the successor named by
    # a pronoun, the one before alone gets a fact
    rule(AT_POST, TIME.optional(), POST, BODY.optional(), in_caseless({'он', 'она'}), SUCCEEDS, PREDECESSOR),
)

# A clause between commas that ends before the verb of the subject before
# it: "Наталья Смирнова, ранее работавшая заместителем мэра, назначена ...".
CLAUSE_WORD = not_(in_({'.', '!', '?', ';', ',', '(', ')', '«', '»', '"', '—', '–', ':'}))
INSERTED_CLAUSE = rule(eq(','), CLAUSE_WORD.repeatable(max=10), eq(',')).interpretation(Raw.gap)
# "Директор школы, где учился Петров, Анна Смирнова": a relative clause on
# the body between the post and its holder
RELATIVE_WORD = or_(
    rule(in_caseless({'где', 'куда', 'откуда'})),
    rule(in_caseless({'в', 'на', 'из', 'с', 'при', 'для'}).optional(), dictionary({'который'})),
)
BODY_CLAUSE = rule(eq(','), RELATIVE_WORD, CLAUSE_WORD.repeatable(max=8), eq(',')).interpretation(Raw.body_clause)
# "утверждённый Советом Федерации в должности", "назначенный указом президента
# на пост": who appointed, between the participle and the office
AGENT_WORD = and_(HasCase({'ablt'}), or_(gram('NOUN'), gram('ADJF')), not_(dictionary(HEAD_WORDS)),
                  not_(or_(gram('PREP'), gram('CONJ'), gram('NPRO'))))
AGENT_GENITIVE = and_(HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF')), not_(or_(gram('PREP'), gram('CONJ'))))
AGENT = or_(
    rule(AGENT_WORD),
    rule(AGENT_WORD, AGENT_GENITIVE),
    rule(AGENT_WORD, AGENT_GENITIVE, AGENT_GENITIVE),
)
APPOINTED_BY = rule(
    and_(dictionary(PASSIVE_VERBS), gram('PRTF')), AGENT,
    or_(rule(in_caseless({'в'}), and_(dictionary({'должность'}), HasCase({'accs', 'loct'}))),
        rule(in_caseless({'на'}), dictionary({'пост', 'должность'}))),
).interpretation(Raw.link)

# "первый и единственный", "первый и последний": two words of rank before the post
DESCRIPTOR_PAIR = rule(
    and_(is_lower(), gram('ADJF')), in_caseless({'и'}), and_(is_lower(), gram('ADJF')),
)

# "и крупнейший акционер", "и основатель": a role that is no post, joined to one
CO_ROLE = or_(
    rule(in_caseless({'и'}), and_(is_lower(), gram('NOUN'), gram('anim'), not_(dictionary(HEAD_WORDS)))),
    rule(in_caseless({'и'}), and_(is_lower(), gram('ADJF')).repeatable(max=2),
         and_(is_lower(), gram('NOUN'), gram('anim'), not_(dictionary(HEAD_WORDS)))),
)

# "Томаса Фридена (Thomas Frieden)": the name as written in its own language.
LATIN_WORD = and_(type('LATIN'), IsCapitalizedWord())
LATIN_ASIDE = or_(
    rule(eq('('), LATIN_WORD, eq(')')),
    rule(eq('('), LATIN_WORD, or_(type('LATIN'), in_({'.', '-'})).repeatable(max=5), eq(')')),
)
# "один из руководителей компании", "одного из командиров": the holder is
# one of several; the post stands in the genitive plural and "один" agrees
# with the name.
ONE = in_caseless({'один', 'одна', 'одного', 'одной', 'одному', 'одним', 'одну', 'одном', 'одною'})
ONE_OF = rule(ONE, in_caseless({'из'})).interpretation(Raw.one_of)

# "на посту мэра Лужков", "в качестве министра Картер", "занимающая пост
# премьер-министра Тереза Мэй": the post held, named before its holder, who
# is the subject in the nominative (or the genitive of the apposition).
# "на пост" (where one goes) is left out: "на пост министра Путин назначил"
# names the one who appoints.
OFFICE_LEAD = or_(
    rule(in_caseless({'на'}), and_(dictionary({'пост'}), HasCase({'loct', 'loc2', 'datv'}))),  # "посту" is a second locative
    rule(in_caseless({'в'}), and_(dictionary({'должность', 'качество'}), HasCase({'loct'}))),
    rule(and_(dictionary({'занимать', 'занять'}), or_(gram('PRTF'), gram('VERB'), gram('GRND'))),
         CIRCUMSTANCE_WORDS.optional(), dictionary({'пост', 'должность'})),
    # "Вступив в должность губернатора, Иван Петров ...", "Вернувшись на пост
    # мэра, ...", "После вступления в должность президента Дональд Трамп ...":
    # the post taken, in a clause before its subject
    rule(and_(dictionary({'вступить', 'заступить', 'вернуться'}), gram('GRND')), TO_SEAT),
    rule(in_caseless({'после'}), dictionary({'вступление', 'заступление', 'избрание', 'переизбрание', 'назначение',
                                             'утверждение', 'возвращение'}), TO_SEAT),
    # "был освобождён от должности председателя КНБ Карим Масимов": the post
    # left, after the verb of dismissal, then who left it
    rule(DISMISSED_VERB, LEFT_OFFICE),
).interpretation(Raw.office)
# "Будучи министром обороны, Петров ...", "Став главой региона, Иван Петров
# ...": a gerund of holding before the post, its subject after the comma
# ("будучи" only here: after a name, "Петров, будучи студентом, ...", it tells
# of the past rather than of a post)
HOLDING_GERUND = and_(or_(LINK_VERB, dictionary({'быть'})), gram('GRND')).interpretation(Raw.link)

# A person's noun that names no office: "политик", "основатель", and a
# calling's post word ("журналистка", "режиссёр")
CALLING_NOUN = and_(is_lower(), gram('NOUN'), gram('anim'), or_(not_(dictionary(HEAD_WORDS)), dictionary(PROFESSIONS)))
# Callings a definition lists before the post: "политик и", "дизайнер, основатель и", "журналистка и".
CALLING = and_(CALLING_NOUN, HasCase({'nomn'}))
# "почётный гражданин Липецка", "известный экономист": a calling with an
# adjective before it and a genitive after it
CALLING_PHRASE = rule(
    and_(is_lower(), gram('ADJF'), HasCase({'nomn'})).optional(),
    CALLING,
    or_(place({'gent'}), rule(and_(is_lower(), HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF')))),
        # "основатель ритейлера «Магнит»": the body's genitive noun and its name
        rule(and_(is_lower(), HasCase({'gent'}), gram('NOUN')), or_(QUOTED, LATIN_NAME))).optional(),
)
CALLINGS = or_(
    rule(CALLING, in_caseless({'и'})),
    rule(CALLING, rule(eq(','), CALLING).repeatable(max=2), in_caseless({'и'})),
)
# "Художественный руководитель театра, актёр и режиссёр Марк Захаров",
# "директор музея и историк Алексей Котов": what else the holder is, joined
# to the post by a comma or "и" right before the name. In any case, as the
# name's own (assembly.callings_agree holds the case to the post's); no
# relative, whose name it would be ("директор школы и сын Иван"), and no word
# of address, which names another ("Президент и госпожа Обама", "и первая леди").
JOINED_CALLING = and_(CALLING_NOUN, not_(dictionary(RELATIVES | RELATIONAL_HEADS | ADDRESS_WORDS)))
JOINED_CALLING_PHRASE = rule(
    and_(is_lower(), gram('ADJF')).optional(),
    JOINED_CALLING,
    or_(place({'gent'}), rule(in_caseless({'из'}), place({'gent'}))).optional(),
)
JOINED_CALLINGS = rule(
    or_(eq(','), in_caseless({'и'})),
    or_(
        JOINED_CALLING_PHRASE,
        # "знаменитый изобретатель и футуролог": the first with its adjective
        rule(and_(is_lower(), gram('ADJF')).optional(), JOINED_CALLING,
             rule(eq(','), JOINED_CALLING).repeatable(max=2).optional(), in_caseless({'и'}), JOINED_CALLING_PHRASE),
    ),
).interpretation(Raw.joined)

# ", а затем", ", позднее": the post held after the one before
LATER = rule(eq(','), in_caseless({'а'}).optional(),
             in_caseless({'затем', 'позднее', 'позже', 'впоследствии', 'потом', 'ныне', 'теперь', 'сейчас'}))
# ", а ещё раньше —", ", а до этого —", ", а затем —": a second post of the same
# holder, its verb left out
ELLIPSIS_BEFORE = rule(eq(','), in_caseless({'а'}), in_caseless({'ещё', 'еще'}).optional(),
                       or_(rule(in_caseless({'раньше', 'ранее', 'прежде', 'затем', 'позднее', 'позже', 'потом',
                                             'впоследствии'})),
                           rule(in_caseless({'до'}), in_caseless({'этого', 'того'}))),
                       SPACED_DASH)
# "(род. 1958)", "(1938—2012)", "(р. 1961)": when the person was born or lived
LIFE_ASIDE = or_(
    rule(eq('('), in_caseless({'род', 'р'}), eq('.'), type('INT'), rule(in_caseless({'г'}), eq('.')).optional(), eq(')')),
    rule(eq('('), type('INT'), in_({'—', '–', '-'}), type('INT'), eq(')')),
)
# "российский политик", "советский и российский дирижёр", "журналистка": what
# the person is, before the post a biography names
DEFINITION_ADJECTIVE = and_(is_lower(), gram('ADJF'), HasCase({'nomn'}))
DEFINITION = rule(
    or_(rule(DEFINITION_ADJECTIVE), rule(DEFINITION_ADJECTIVE, in_caseless({'и'}), DEFINITION_ADJECTIVE)).optional(),
    DEFINITION_ADJECTIVE.optional(),
    and_(is_lower(), gram('NOUN'), gram('anim'), HasCase({'nomn'})),
)

# Only in AFTER_NAME: a rule for "a name with or without its aside" before
# every post would cost the chart states at every name.
# "Татьяна Лобанова (на фото), вице-президент": where the picture shows the person
PICTURE_ASIDE = or_(
    rule(eq('('), in_caseless({'на'}), dictionary({'фото', 'фотография', 'снимок'}), eq(')')),
    rule(eq('('), in_caseless({'справа', 'слева', 'в центре'}), eq(')')),
    rule(eq('('), in_caseless({'в'}), dictionary({'центр'}), eq(')')),
)
ASIDE = or_(LATIN_ASIDE, PICTURE_ASIDE).interpretation(Raw.aside)

# The rules a name opens that this grammar added last, after one name: the
# chart then advances one state per name rather than one per rule, and the
# next token ("(", ",", "—") picks the alternative.
AFTER_NAME = or_(
    # "Крессида Дик (Cressida Dick), бывший руководитель", "Томаса Фридена
    # (Thomas Frieden) на пост директора"
    rule(ASIDE, eq(',').interpretation(Raw.link), TIME.interpretation(Raw.time).optional(), POST, BODY.optional()),
    rule(ASIDE, OFFICE, TIME.optional(), POST, BODY.optional()),
    # "Сэлис, один из руководителей компании"
    rule(eq(',').interpretation(Raw.link), ONE_OF, TIME.optional(), POST, BODY.optional()),
    # "Йоахим Лёв (второй тренер)": the post in brackets after the name
    rule(eq('(').interpretation(Raw.link), TIME.optional(), POST, BODY.optional(), eq(')')),
    # "Ковач — политик и лидер партии", "Жукова — дизайнер, основатель и директор центра"
    rule(DASH.interpretation(Raw.link), CALLINGS, TIME.optional(), POST, BODY.optional()),
    # "Мадуро — бывший водитель автобуса и экс-министр иностранных дел",
    # "Котова — известный политолог и советник губернатора": a calling with
    # its words, then "и" and the post
    rule(DASH.interpretation(Raw.link), TIME.optional(), CALLING_PHRASE, in_caseless({'и'}),
         TIME.interpretation(Raw.time).optional(), POST, BODY.optional()),
    # "Бурцев, почётный гражданин Липецка и бывший директор комбината": a
    # calling with its words, then "и" and the post
    rule(eq(',').interpretation(Raw.link), CALLING_PHRASE, in_caseless({'и'}), TIME.interpretation(Raw.time).optional(),
         POST, BODY.optional()),
    # A biography's first line: "Игорь Лаптев (род. 1958) — российский
    # политик, губернатор Тамбовской области", "Алла Дёмина — журналистка, с
    # 2003 года главный редактор газеты"; "Лукину, в 1991—1997 годах —
    # генеральному директору", "Ольга Сидоренко — с 2016 года глава Сургута"
    rule(LIFE_ASIDE.optional(), DASH.interpretation(Raw.link), DEFINITION, eq(','), CIRCUMSTANCE.optional(),
         TIME.optional(), POST, BODY.optional()),
    rule(LIFE_ASIDE, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    rule(DASH.interpretation(Raw.link), CIRCUMSTANCE, TIME.optional(), POST, BODY.optional()),
    rule(eq(','), CIRCUMSTANCE, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    # "Мандела, первый чернокожий президент ЮАР": adjectives that describe the holder
    rule(eq(',').interpretation(Raw.link), HOLDER_ADJECTIVES, POST, BODY.optional()),
    # "Ислам Каримов с 1991 года президент Узбекистана": a time instead of the dash
    rule(CIRCUMSTANCE, POST, BODY.optional()),
)


# Where the post is held, or a body the dictionary cannot decline, between a
# post and its holder: one alternative of the chart, as they seldom read the
# same words two ways.
PLACED = or_(
    SCENE,
    rule(BODY, LOCATIVE_SCENE),
    FOREIGN_BODY,
    rule(FOREIGN_BODY, HOST_PLACE),  # "глава бюро Би-би-си в Москве"
)


def holder_after(*head: Any, holder: Any = None, placed: bool = False) -> list[Any]:
    """``head`` (a post and what precedes it), the body and the interlude that
    may stand between the post and ``holder``, then ``holder``: one rule for
    each combination.

    Spelled out, and as alternatives of ``RULE`` itself: yargy's chart loses
    readings after two optional parts in a row ("Председатель Совета министров
    Иван Петров" was read only from "министров"), and of one rule's
    productions over one span it keeps one, where separate alternatives
    each give a reading for ``preference`` to choose from. Used for the
    common shapes only: each alternative costs parse time on every window,
    and the rarer shapes (one of several, a post taken, two posts side by
    side) keep the shorter spelling, no fact lost on NEREL train. With
    ``placed``, also where the post is held and a body the dictionary cannot
    decline: for one holder after a post only, as they cost 2 % more calls
    on a first pass for every use.
    """
    holder = PERSON if holder is None else holder
    placed_shapes = [rule(*head, PLACED, holder)] if placed else []
    interlude = HOLDER_INTERLUDE if placed else INTERLUDE
    return [
        rule(*head, BODY, interlude, holder),
        *placed_shapes,
        rule(*head, BODY, holder),
        rule(*head, interlude, holder),
        rule(*head, holder),
    ]


RULE = or_(
    *holder_after(TIME.optional(), POST, placed=True),
    rule(TIME.optional(), POST, PAIRED_BODY, PEOPLE),
    rule(TIME.optional(), POST, JOINED_PLACES, PERSON),
    # "Сенатор-республиканец от Техаса Тед Круз": the affiliation hyphenated
    # to the head, then the body or constituency
    rule(TIME.optional(), POST, HYPHENATED_AFFILIATION, BODY, PERSON),
    # "«Локомотив», главный тренер которого Игорь Никитин": whose post it is
    # said by "которого" between the post and its holder
    rule(TIME.optional(), POST, WHOSE, PERSON),
    # "Министры обороны России и Белоруссии — Андрей Белоусов и Виктор Хренин —",
    # "Члены комиссии — Анна Котова и Олег Зуев": the holders after a dash
    rule(TIME.optional(), POST, PAIRED_BODY, DASH.interpretation(Raw.link), PEOPLE),
    rule(TIME.optional(), POST, BODY, DASH.interpretation(Raw.link), PEOPLE),
    rule(TIME.optional(), POST, DASH.interpretation(Raw.link), PEOPLE),
    # "два бывших руководителя РУСАДА: Вячеслав Синев и Никита Камаев", "министры: ...": after a colon
    rule(TIME.optional(), POST, BODY, rule(eq(':')).interpretation(Raw.link), PEOPLE),
    rule(TIME.optional(), POST, rule(eq(':')).interpretation(Raw.link), PEOPLE),
    # "председатель и секретарь комиссии Галина Орлова и Вера Симонова": two
    # posts and two holders, paired in order
    rule(OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST, BODY.optional(), PAIR_OF_PEOPLE),
    # "Глава Абакана, столицы Хакасии, Николай Булакин": the body or place
    # described between commas before the holder
    rule(TIME.optional(), POST, BODY, DESCRIBED, PERSON),
    rule(TIME.optional(), POST, BODY.optional(), BODY_CLAUSE, PERSON),
    rule(TIME.optional(), POST, BODY.optional(), JOINED_CALLINGS, PERSON),
    *holder_after(TIME.optional(), POST, holder=PEOPLE),
    rule(TIME.optional(), MONARCH, BODY.optional(), SOLE_NAME),
    # "Филипп станет седьмым по счёту королём Бельгии": a monarch by his sole
    # name, a copula, the title and its country ("королём вечеринки" is none)
    rule(SOLE_NAME, LINK, MONARCH, BODY),
    rule(SOLE_NAME, LINK, DESCRIPTOR, MONARCH, BODY),
    rule(MONARCH, BODY, LINK, SOLE_NAME),  # "Королём Бельгии стал Филипп"
    # "Управляющий делами Московской патриархии митрополит Феофилакт",
    # "председатель Отдела внешних церковных связей архиепископ Антоний": a
    # cleric's rank, then the name he goes by
    # (the rank is a post of its own, read by a match of its own: see assembly.shared)
    rule(POST, BODY.optional(), CLERIC.interpretation(Raw.rank), SOLE_NAME),
    # "освободил митрополита Илариона от должности председателя ОВЦС": a
    # cleric by the name he goes by, then the post he leaves or takes
    rule(CLERIC.interpretation(Raw.rank), SOLE_NAME, OFFICE, TIME.optional(), POST, BODY.optional()),
    rule(TIME.optional(), MONARCH, SEE, SOLE_NAME),
    # "Министр юстиции — Садакадзу Танигаки", "Президент России, Владимир Путин",
    # "Руководитель РУСАДА: Вячеслав Синев"; "Министр финансов (Олег Зуев)":
    # the holder in brackets (one rule with the others: a rule of its own
    # cost 0.5% of a first pass)
    rule(TIME.optional(), POST, BODY.optional(), or_(DASH, eq(','), eq(':'), eq('(')).interpretation(Raw.link),
         INTERLUDE.optional(), PERSON, eq(')').optional()),
    # "Потанин, президент и крупнейший акционер «Норникеля»", "президент и
    # основатель компании X Иван Петров": another role joined to the post by
    # "и" shares its body
    rule(PERSON, eq(',').interpretation(Raw.link), TIME.interpretation(Raw.time).optional(), POST, CO_ROLE, BODY),
    rule(TIME.optional(), POST, CO_ROLE, BODY, PERSON),
    # "назначил Джона Хантсмена послом в России": the post in the instrumental
    rule(PERSON, POST, BODY.optional()),
    rule(PERSON, TIME, POST, BODY.optional()),  # "назначили Марио Драги новым главой ЕЦБ"
    # "назначил Тома Донилона своим советником", "избрала Кастро его председателем"
    rule(PERSON, in_caseless(POSSESSIVE_WORDS), TIME.optional(), POST, BODY.optional()),
    # "Александр Лукашенко, президент Белоруссии"
    rule(PERSON, eq(',').interpretation(Raw.link), TIME.interpretation(Raw.time).optional(), POST, BODY.optional()),
    rule(PERSON, eq(',').interpretation(Raw.link), WHEN_HELD.interpretation(Raw.time), POST, BODY.optional()),
    # "Лавров, как глава МИД, заявил", "Петрова как министра критиковали":
    # the post "как" names right after the name is the holder's, in the
    # holder's case; after a verb it may be a likeness ("говорил как министр")
    rule(PERSON, eq(',').optional(), AS, TIME.optional(), POST, BODY.optional()),
    # "Олег Филатов, бывший мэр Кирова и сенатор", "Иван Петров — министр
    # финансов и вице-премьер": two posts in apposition, both held
    rule(PERSON, or_(eq(','), DASH).interpretation(Raw.link), TIME.interpretation(Raw.time).optional(),
         OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST, BODY.optional()),
    # "Трубин, в 2000-х годах — вице-президент «Лукойла», а затем председатель
    # совета директоров": a post, then the one held after it
    rule(PERSON, or_(eq(','), DASH).interpretation(Raw.link), TIME.interpretation(Raw.time).optional(),
         OTHER_POST.interpretation(Raw.other_post), LATER, POST, BODY.optional()),
    rule(PERSON, eq(','), CIRCUMSTANCE, DASH.interpretation(Raw.link), OTHER_POST.interpretation(Raw.other_post), LATER,
         POST, BODY.optional()),
    # "Антон Ведерников, 45-летний глава Сургутского района"
    # "Денис Куприянов, 45 лет, исполнительный директор", "Алексей Бондарев,
    # 54-летний бывший вице-мэр"
    rule(PERSON, eq(',').interpretation(Raw.link), or_(
        INTERLUDE, AGE_ASIDE.interpretation(Raw.time), rule(INTERLUDE, TIME.interpretation(Raw.time)),
        rule(AGE_ASIDE, TIME).interpretation(Raw.time),
    ), POST, BODY.optional()),
    rule(PERSON, AFTER_NAME),
    rule(ONE_OF, TIME.optional(), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    rule(OFFICE_LEAD, TIME.optional(), POST, BODY.optional(), PERSON),
    rule(OFFICE_LEAD, TIME.optional(), POST, BODY.optional(), eq(','), PERSON),
    rule(HOLDING_GERUND, TIME.optional(), POST, BODY.optional(), eq(','), PERSON),
    # "Абэ — депутат японского парламента"
    rule(PERSON, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    # "Каприлеса — 40-летнего губернатора"
    rule(PERSON, DASH.interpretation(Raw.link), TIME.optional(), INTERLUDE, POST, BODY.optional()),
    # "Рахмона — 62-летнего бывшего директора совхоза": the age, then the time word
    rule(PERSON, DASH.interpretation(Raw.link), INTERLUDE, TIME.interpretation(Raw.time), POST, BODY.optional()),
    # "Таави Рыйвас — самый молодой глава правительства"
    rule(PERSON, DASH.interpretation(Raw.link), DESCRIPTOR, POST, BODY.optional()),
    # "Иван Петров стал одним из вице-президентов банка": one of the holders
    rule(PERSON, LINK, or_(TIME, ONE_OF).optional(), POST, BODY.optional()),
    rule(PERSON, OFFICE, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, LINK, DESCRIPTOR, POST, BODY.optional()),
    # "Таунс являлся профессором и президентом института": two posts after
    # one copula, both held
    rule(PERSON, LINK, OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST, BODY.optional()),
    # "Черномырдин являлся послом РФ в Украине, специальным представителем
    # президента": two posts after one verb, listed with a comma
    rule(PERSON, LINK, OTHER_POST.interpretation(Raw.other_post), eq(','), POST, BODY.optional()),
    # "Ткачев работал прокурором Ростовской области, а ещё раньше — первым
    # заместителем прокурора края": the verb left out after a dash
    rule(PERSON, LINK, OTHER_POST.interpretation(Raw.other_post), ELLIPSIS_BEFORE, POST, BODY.optional()),
    rule(PERSON, GAP, LINK, OTHER_POST.interpretation(Raw.other_post), eq(','), POST, BODY.optional()),
    rule(PERSON, GAP, LINK, OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST, BODY.optional()),
    # "совмещает должности вице-премьера и министра сельского хозяйства"
    rule(PERSON, OFFICE, OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST, BODY.optional()),
    # "Примаков, занимавший посты министра иностранных дел и председателя правительства"
    rule(PERSON, eq(','), or_(LINK, OFFICE), OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), POST,
         BODY.optional()),
    # "Мелендес стала первой женщиной на посту министра обороны", "первым иностранцем в должности тренера"
    rule(PERSON, LINK, or_(DESCRIPTOR, rule(FIRST_OF_KIND)), PIONEER, OFFICE, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, or_(GAP, rule(or_(eq(','), DASH), GAP), GAP_TO_GERUND), or_(LINK, OFFICE), TIME.optional(), POST,
         BODY.optional()),
    # "Камаль аль-Ганзури, 1933 года рождения, занимал пост главы правительства"
    rule(PERSON, eq(','), GAP, eq(','), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    # "Альмодовар станет в 2017 году председателем жюри"
    rule(PERSON, LINK, CIRCUMSTANCE, TIME.optional(), POST, BODY.optional()),
    # "Назарбаева, ставшего президентом страны", "Ветчачива, занимавший пост премьера"
    rule(PERSON, eq(','), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    rule(PERSON, eq(','), LINK, DESCRIPTOR, POST, BODY.optional()),  # "Елизаветы II, ставшей вторым монархом"
    # "Джанет Рено — первая женщина, ставшая генеральным прокурором"
    rule(PERSON, or_(eq(','), DASH), PIONEER_APPOSITION, eq(','), LINK, TIME.optional(), POST, BODY.optional()),
    # "Мария Гуд, избранная 12 марта новым директором МВФ"
    rule(PERSON, eq(','), LINK, CIRCUMSTANCE, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, or_(GAP, rule(eq(','), GAP)), LINK, DESCRIPTOR, POST, BODY.optional()),
    rule(POST, BODY.optional(), LINK, HOLDER_INTERLUDE.optional(), PERSON),
    # "Одним из заместителей министра назначен Иван Петров"
    rule(ONE_OF, POST, BODY.optional(), LINK, PERSON),
    # "Вице-губернаторами также стали Константин Степаненко и Сергей
    # Бенедиктов": a plural post, a plural copula, a holder for each
    rule(POST, BODY.optional(), LINK, PEOPLE),
    # "Вице-спикерами избраны, в частности, Ирина Яровая, Пётр Толстой и
    # Сергей Неверов": a parenthesis between the copula and the holders
    rule(POST, BODY.optional(), LINK, PARENTHESIS, or_(PERSON, PEOPLE)),
    # "Королём стал его старший сын Тупоу", "мэром стала его жена Анна Котова"
    rule(POST, BODY.optional(), LINK, KIN, or_(PERSON, SOLE_NAME)),
    # "Мэром Новосибирска вновь избран Анатолий Локоть", "Канцлером Германии в
    # декабре 2021 года стал Олаф Шольц": a circumstance before the copula
    rule(POST, BODY, CIRCUMSTANCE, LINK, or_(PERSON, PEOPLE)),
    rule(POST, CIRCUMSTANCE, LINK, or_(PERSON, PEOPLE)),
    # "Генеральным секретарём ООН с 2017 года стал португалец Антониу
    # Гутерриш": what the holder is, between the copula and the name
    rule(POST, BODY.optional(), CIRCUMSTANCE, LINK, HOLDER_INTERLUDE, PERSON),
    # "Мэром города был в 1990-х годах Иван Петров": a circumstance after the copula
    rule(POST, BODY, LINK, CIRCUMSTANCE, PERSON),
    rule(POST, LINK, CIRCUMSTANCE, PERSON),
    rule(LINKED_POST.interpretation(Raw.other_post), LINK_WORDS.interpretation(Raw.other_link), TIME.optional(), POST,
         BODY.optional(), or_(rule(INTERLUDE.optional(), PERSON), PEOPLE)),
    # "назначен министром обороны вместо Роберта Гейтса": the one replaced held the post
    rule(TIME.optional(), POST, BODY.optional(), or_(INSTEAD, AFTER), PERSON),
    rule(TIME.optional(), POST, BODY.optional(), INSTEAD, GAP, PERSON),
    # "глава ФСБ Чечни и зампред НАК Владимир Кулишов": two posts of one
    # person, a fact for each
    *holder_after(OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), TIME.optional(), POST),
    # "председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин"
    rule(OTHER_POST_WITH_BODY.interpretation(Raw.other_post), eq(','), TIME.optional(), POST, BODY.optional(),
         INTERLUDE.optional(), PERSON),
    # "бывший министр финансов, а ныне глава Счётной палаты Алексей Кудрин": the post held before
    rule(OTHER_POST.interpretation(Raw.other_post), LATER, POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    # "вице-премьер — полпред президента в ДФО Антон Сергеев": two posts of one
    # holder joined by a dash
    rule(OTHER_POST.interpretation(Raw.other_post), DASH, POST, BODY.optional(), PERSON),
    # "вице-премьер, министр национальной обороны Польши Владислав Косиняк-Камыш": or by a comma
    rule(OTHER_POST.interpretation(Raw.other_post), eq(','), POST, BODY.optional(), PERSON),
    # "командир МКС астронавт НАСА Джефф Уильямс", "командующего армией генерал-лейтенанта X":
    # a post and a rank or calling side by side
    rule(SIDE_POST.interpretation(Raw.other_post), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    SUCCESSION,
    DUTIES_CARRIED,
    # "во время президентства Виктора Януковича": a tenure and whose it was
    rule(TENURE.interpretation(Raw.head), PERSON),
    # "Место спикера Палаты представителей занял республиканец Джон Бейнер",
    # "кресло президента заняла его жена Кристина Киршнер": the post taken, then who took it
    rule(SEAT, TIME.optional(), POST, BODY.optional(), TAKES, HOLDER_INTERLUDE.optional(), PERSON),
    # "Место спикера Палаты представителей в новом Конгрессе занял Джон
    # Бейнер": where the seat is, before the verb (no ranking: see assembly)
    rule(SEAT, POST, BODY, LOCATIVE_SCENE, TAKES, HOLDER_INTERLUDE.optional(), PERSON),
    rule(and_(SEAT, not_(dictionary({'место'}))), TIME.optional(), POST, BODY.optional(), CIRCUMSTANCE, TAKES,
         INTERLUDE.optional(), PERSON),  # "место министра в рейтинге занял" is a rank
    rule(SEAT, TIME.optional(), POST, BODY.optional(), TAKES, KIN, PERSON),
    rule(TO_SEAT, TIME.optional(), POST, BODY.optional(), and_(gram('ADVB'), is_lower()).optional(), ENTERS,
         HOLDER_INTERLUDE.optional(), PERSON),
    rule(LEFT_OFFICE, TIME.optional(), POST, BODY.optional(), and_(gram('ADVB'), is_lower()).optional(), LEAVES,
         HOLDER_INTERLUDE.optional(), PERSON),
    # "Посты вице-губернаторов области заняли Алексей Фомин и Дарья Кислицына"
    rule(and_(SEAT, gram('plur')), TIME.optional(), POST, BODY.optional(), TAKE_PLURAL, PEOPLE),
    # "Наталья Смирнова, ранее работавшая заместителем мэра, назначена
    # директором лицея": a clause set off by commas between the subject and its verb
    rule(PERSON, INSERTED_CLAUSE, LINK, TIME.optional(), POST, BODY.optional()),
    # "Андрей Белоусов, утверждённый Советом Федерации в должности министра обороны"
    rule(PERSON, eq(','), APPOINTED_BY, TIME.optional(), POST, BODY.optional()),
    # "Кириенко, занимавший пост премьера в 1998 году, сейчас работает первым заместителем ..."
    rule(PERSON, INSERTED_CLAUSE, WHEN_ADVERB, LINK, TIME.optional(), POST, BODY.optional()),
    # "Иван Соколов (1950 года рождения) — депутат Госдумы"
    rule(PERSON, BRACKETED, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    # "Михаил Горбачёв, первый и единственный президент СССР"
    rule(PERSON, eq(',').interpretation(Raw.link), DESCRIPTOR_PAIR, POST, BODY.optional()),
    # "назначен новым министром Сергей Смирнов": the verb, the post, then its subject
    rule(PREDICATE, TIME.optional(), POST, BODY.optional(), PERSON),
    # "Назначенный в мае прокурором края Андрей Зотов", "избранного президентом
    # Ивана Петрова": the participle agrees with the name after the post
    rule(APPOINTED, TIME.optional(), POST, BODY.optional(), PERSON),
    rule(APPOINTED, CIRCUMSTANCE, TIME.optional(), POST, BODY.optional(), PERSON),
).interpretation(Raw)
