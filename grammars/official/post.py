"""The post phrase: its head ("министр"), the words that make it one post ("первый", "исполняющий обязанности", "иностранных дел"), and the trigger that finds its head in text."""

from __future__ import annotations

import re
from typing import Any

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, length_eq, type

from ..blocks.names import RELATIVES, SAINTS
from ..blocks.orgs import EPONYM
from ..blocks.places import place
from ..blocks.words import (
    ADDRESS_WORDS,
    SPACED_DASH,
    HasCase,
    IsAbbreviation,
    IsCapitalizedWord,
    lower_compound,
)
from ..vocab import alternation, read_table
from .raw import Raw

##########
#   POST
##########

#: The rows of ``data/positions.tsv``: the kind of a post and its head word.
POSITIONS = read_table('positions.tsv', columns=2)
#: How a woman's word is made from a post's: "журналист" -> "журналистка",
#: "корреспондент" -> "корреспондентка", "депутат" -> "депутатка". Not "-ша"
#: ("губернаторша", "генеральша") nor the ranks ("полковница"): those name
#: the holder's wife. Nor "-ница" ("помощница", "представительница",
#: "сотрудница"): mostly posts held under someone, which the relational
#: checks read as a head's only where listed (RELATIONAL_HEADS); as heads of
#: their own they cost precision on text never tuned on.
FEMININE_SUFFIXES = (('ист', 'истка'), ('ент', 'ентка'), ('ат', 'атка'))
#: Kinds whose heads get no woman's word: ranks and monarchs, and the party's
#: words, one of which ("кандидат") is a post only with its governed words.
_NO_FEMININE_KINDS = frozenset({'military', 'monarch', 'party'})


def womans_words(positions: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The woman's word of each one-word post the dictionary knows as such,
    with the kind and the man's word: "солистка" -> ("profession", "солист")."""
    from factlex.morph import is_known, morph_analyzer

    analyze = morph_analyzer()
    found = {}
    for kind, head in positions:
        if kind in _NO_FEMININE_KINDS or ' ' in head:
            continue
        for masculine, feminine in FEMININE_SUFFIXES:
            if head.endswith(masculine):
                word = head[:-len(masculine)] + feminine
                if any(is_known(form) and form.normalized == word and {'NOUN', 'femn'} <= form.grams.values
                       for form in analyze(word)):
                    found[word] = (kind, head)
    return found


#: The woman's words the grammar reads as posts ("солистка", "депутатка").
WOMANS_WORDS = womans_words(POSITIONS)
#: Head words of posts, and the woman's word of each that has one.
HEADS = sorted({head for _, head in POSITIONS} | set(WOMANS_WORDS))
#: Heads of callings rather than offices ("журналист", "экономист") and
#: their woman's words: a definition may list them before the post ("опытная
#: журналистка и главный редактор газеты").
PROFESSIONS = frozenset({head for kind, head in POSITIONS if kind == 'profession'}
                        | {word for word, (kind, _) in WOMANS_WORDS.items() if kind == 'profession'})

HEAD = morph_pipeline(HEADS)

#: Heads that never decline, so that only the holder's name shows the case:
#: deputies' posts written as one word end in a genitive ("замминистра",
#: "зампрокурора"); "управделами" is an instrumental, "атташе" a loan word.
INDECLINABLE_HEADS = {
    head for head in HEADS
    if re.fullmatch('за[мв][а-яё]+(?:а|я|ы|и|ого|его|ой|ом|ей|ем)', head) and not head.startswith(('замест', 'завед'))
} | {'управделами', 'атташе', 'начштаба'}

#: The declining word of each head: "премьер" of "вице-премьер".
def head_word(head: str) -> str:
    """The word of a head that declines and names it: "премьер" of
    "вице-премьер", "папа" of "папа римский"."""
    return head.split()[0].rpartition('-')[2]


HEAD_WORDS = {head_word(head) for head in HEADS}

#: Posts held under a person, whose genitive name is the superior, not the
#: holder: "советника Путина", "заместителем Онищенко".
RELATIONAL_HEADS = {
    'заместитель', 'советник', 'помощник', 'пресс-секретарь', 'представитель', 'секретарь', 'адвокат',
    # and a woman's word for each: "помощница Петрова"
    'заместительница', 'советница', 'помощница', 'представительница',
    'наставник',  # "духовного наставника патриарха Кирилла"; "наставник сборной" is a coach
    'ассистент',  # "ассистент профессора Орлова"; "ассистент главного тренера" is a post
}

# Parts of the post: "первый заместитель", "генеральный директор".
MODIFIERS = {
    'первый', 'генеральный', 'главный', 'старший', 'младший', 'исполнительный', 'ответственный',
    'верховный', 'чрезвычайный', 'полномочный', 'постоянный', 'специальный', 'официальный',
    'коммерческий', 'финансовый', 'технический', 'художественный', 'спортивный', 'творческий',
    'операционный', 'управляющий', 'заместитель', 'научный', 'санитарный', 'военный', 'временный', 'государственный',
    'второй', 'третий',  # "второй секретарь посольства", "второй тренер"
    # "почётный президент", "окружной судья", "верховный муфтий", "наследный принц"
    'почётный', 'окружной', 'федеральный', 'районный', 'мировой', 'арбитражный', 'апелляционный', 'наследный',
    'вселенский', 'великий',  # "Вселенский патриарх", "великий герцог"
    'апостольский',  # "апостольский нунций", "апостольский администратор"
    'судебный', 'налоговый',  # "судебный пристав", "налоговый инспектор"
    # "личный секретарь", "региональный директор", "пресс-секретарь"'s kin
    'личный', 'региональный', 'муниципальный', 'городской', 'областной', 'краевой', 'парламентский',
    'ведущий',  # "ведущий аналитик", "ведущий научный сотрудник"
    'народный',  # "народный депутат Украины"
    'торговый', 'детский',  # "торговый представитель России", "детский омбудсмен"
    'музыкальный',  # "музыкальный руководитель театра"
    'высший',  # "высший руководитель страны"
    # "программный директор фестиваля", "независимый директор", "креативный
    # директор": kinds of director in business and culture
    'программный', 'независимый', 'креативный', 'административный', 'производственный', 'инвестиционный',
    'медицинский', 'академический',
}
MODIFIER = and_(dictionary(MODIFIERS), or_(gram('ADJF'), gram('PRTF')))

# spelled out: yargy reads "бывший" as a form of "быть", which "был" is too
FORMER = {
    'бывший', 'бывшего', 'бывшему', 'бывшим', 'бывшем', 'бывшая', 'бывшей', 'бывшую',
    'бывшие', 'бывших', 'бывшими', 'бывшее',
}

# A lower-case adjective that describes the holder, no word of the post:
# "итальянский продюсер", "Котова, многолетний директор".
DESCRIBING_ADJECTIVE = and_(gram('ADJF'), is_lower(), not_(dictionary(MODIFIERS)), not_(gram('Apro')),
                            not_(gram('Anum')), not_(in_caseless(FORMER)))

# Words of time rather than of the post: they belong to the mention, not to
# ``position``.
_YEAR = and_(type('INT'), length_eq(4))
TIME = or_(
    rule(dictionary({'нынешний', 'действующий', 'новый', 'новоизбранный', 'покойный'})),
    # "Владимира Путина, тогда президента России"
    rule(in_caseless({'тогда', 'ныне', 'некогда', 'теперь', 'впоследствии', 'позднее', 'затем', 'тогдашний', 'ранее',
                      'сейчас', 'прежде'})),

    rule(in_caseless(FORMER)),
    rule(in_caseless({'экс'}), eq('-')),
)

# "Анна Белова, в 2005–2010 годах мэр Твери,", "Петров, с 2010 года директор
# завода,": the years a post was held, in an apposition only (a sentence
# that opens "В 1993 году президент Клинтон" dates the sentence, not the post)
WHEN_HELD = or_(
    # "Олег Калашников, в прошлом главный инженер АЭС", "тогда ещё директор
    # завода": words of time that begin no post elsewhere, where each "в" and
    # "на" of a text would be tried as their start
    rule(in_caseless({'в'}), in_caseless({'прошлом'})),
    rule(in_caseless({'в'}), in_caseless({'то'}), in_caseless({'время'})),
    rule(in_caseless({'на'}), in_caseless({'тот'}), in_caseless({'момент'})),
    rule(in_caseless({'тогда'}), in_caseless({'ещё', 'еще'})),
    rule(in_caseless({'с', 'до', 'в'}), _YEAR, dictionary({'год'})),
    rule(in_caseless({'в'}), _YEAR, in_({'—', '–', '-'}), _YEAR, dictionary({'год'})),
    rule(in_caseless({'с'}), _YEAR, in_caseless({'по'}), _YEAR, dictionary({'год'})),
)

# "исполняющий обязанности губернатора", "и. о. губернатора", "врио главы".
ACTING = or_(
    # pymorphy2 gives a participle the verb's dictionary form, so the
    # participle is required by grammeme: "исполнял обязанности" is a verb.
    rule(in_caseless({'временно'}).optional(), and_(dictionary({'исполнять'}), gram('PRTF')), dictionary({'обязанность'})),
    rule(in_caseless({'и'}), eq('.'), in_caseless({'о'}), eq('.')),
    # "врид": "временно исполняющий должность", of the police and the army
    rule(in_caseless({'врио', 'ио', 'вриo', 'врид'})),
)

# Lower-case genitive words that complete a post: "министр иностранных дел",
# "заместитель председателя правительства", "директор странового офиса".
# A kind of organization ("госкорпорации «Росатом»") starts the body instead.
TAIL_WORD = and_(
    is_lower(),
    HasCase({'gent'}),
    # "объединённого комитета", "уполномоченного органа": a participle as an adjective
    or_(gram('NOUN'), gram('ADJF'), gram('PRTF')),
    not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('Abbr'), gram('Apro'))),
    # "глава семьи", "лидер рейтинга": a head of something that is no office
    # (a contest has officers, "директор турнира", and leaders: see CONTESTS)
    not_(dictionary({'семья', 'рейтинг', 'список', 'чарт', 'документ'})),
    # "театра имени Евгения Вахтангова": the name after "имени" is no holder.
    not_(dictionary({'имя'})),
    # "министра господина Петрова": a word of address opens the name, no genitive of the post
    not_(dictionary(ADDRESS_WORDS)),
    # "бывший" only before a body (FORMER_BODY): "бывшего конкурента" opens
    # a phrase of its own
    not_(in_caseless(FORMER)),
)
#: Contests whose leader or head ranks first in them, no office: "лидер
#: гонки", "глава турнирной таблицы"; their director or referee holds one
#: ("главный арбитр турнира", "директор гонки").
CONTESTS = frozenset({'гонка', 'турнир', 'чемпионат', 'забег', 'первенство', 'таблица'})
CONTEST_LEADERS = frozenset({'лидер', 'глава'})
# "Председатель Правительства РФ": a generic body written with a capital.
# ("Совета Федерации", "Совета министров" name a body of their own.)
# ("заместителя Министра промышленности": decrees capitalize the minister too.)
GENERIC_BODIES = {'правительство', 'государство', 'президент', 'парламент', 'администрация', 'министр', 'церковь'}
CAPITALIZED_BODY = and_(
    dictionary(GENERIC_BODIES),
    IsCapitalizedWord(),
    HasCase({'gent'}),
)
TAIL_WORD = or_(TAIL_WORD, CAPITALIZED_BODY)
# "адвокат потерпевшего", "защитник обвиняемого": a participle or an
# adjective that names a person of a case at law, as a noun
PARTIES_AT_LAW = frozenset({
    'потерпевший', 'обвиняемый', 'подсудимый', 'осуждённый', 'осужденный', 'задержанный', 'подозреваемый',
    'арестованный', 'пострадавший', 'погибший', 'убитый',
    # pymorphy2 gives a participle its verb's dictionary form
    'обвинять', 'подозревать', 'осудить', 'задержать', 'арестовать', 'погибнуть', 'убить', 'пострадать',
})
TAIL_NOUN = and_(TAIL_WORD, or_(gram('NOUN'), dictionary(PARTIES_AT_LAW)))
# "командующий войсками", "командующим флотом": participle posts govern the instrumental.
INSTRUMENTAL_NOUN = and_(
    is_lower(), HasCase({'ablt'}), gram('NOUN'),
    not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('Abbr'))),  # "и" is also a letter's name
    # what is run is no person: "управляющим партнёром" is one post, the head's adjective
    not_(gram('anim')),
)
# "уполномоченный по правам человека", "комитета по финансовому рынку".
# ("в" and "и" are letters' names in the dative too, never a topic.)
TOPIC_WORD = and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF')),
                  not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'))))
# "по связям с общественностью", "по борьбе с экономическими преступлениями",
# "по работе с молодёжью": a topic of dealings with someone or something
WITH_WHOM_WORD = and_(or_(is_lower(), and_(dictionary(GENERIC_BODIES), IsCapitalizedWord())),  # "с Церковью"
                      HasCase({'ablt'}), or_(gram('NOUN'), gram('ADJF')),
                      not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'))))
# "с государствами-участниками СНГ": a compound of two nouns
WITH_WHOM_WORD = or_(rule(WITH_WHOM_WORD), lower_compound(WITH_WHOM_WORD))
WITH_WHOM = or_(
    rule(in_caseless({'с', 'со'}), WITH_WHOM_WORD.repeatable(max=3)),
    # "по контролю за оборотом наркотиков", "по наблюдению за выборами": what is watched over
    rule(in_caseless({'за'}), WITH_WHOM_WORD.repeatable(max=2), TAIL_WORD.repeatable(max=2).optional()),
    # "по взаимодействию с НКО", "по связям с СМИ"
    rule(in_caseless({'с', 'со'}), WITH_WHOM_WORD.repeatable(max=2).optional(), and_(IsAbbreviation(), type('RU'))),
    # "по связям с общественностью и средствами массовой информации"
    rule(in_caseless({'с', 'со'}), WITH_WHOM_WORD.repeatable(max=3), in_caseless({'и'}), WITH_WHOM_WORD.repeatable(max=3),
         TAIL_WORD.repeatable(max=3).optional()),
    # "по связям с общественностью и СМИ", "по взаимоотношениям Церкви с обществом и СМИ"
    rule(in_caseless({'с', 'со'}), WITH_WHOM_WORD.repeatable(max=3), in_caseless({'и'}), and_(IsAbbreviation(), type('RU'))),
)
# "по информационной политике, информационным технологиям и связи": topics listed
# ("по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий")
# each item ends in its noun: "по энергетике и одним из директоров" joins no topic
TOPIC_NOUN = and_(TOPIC_WORD, gram('NOUN'))
TOPIC_ADJECTIVE = and_(TOPIC_WORD, gram('ADJF'))
# "по научной и инновационной деятельности": two adjectives of one noun
TWO_ADJECTIVES_TOPIC = rule(TOPIC_ADJECTIVE, in_caseless({'и'}), TOPIC_ADJECTIVE, TOPIC_NOUN)
TOPIC_PHRASE = or_(rule(TOPIC_NOUN), rule(TOPIC_WORD.repeatable(max=2), TOPIC_NOUN), TWO_ADJECTIVES_TOPIC)
# A genitive a topic governs: "по вопросам семьи" ("глава семьи" heads no body)
_TOPIC_GENITIVE = or_(TAIL_WORD, and_(dictionary({'семья'}), is_lower(), HasCase({'gent'})))
# "семьи, женщин и детей", "науки, культуры и спорта": genitives a topic governs, listed
_GENITIVE_LIST = or_(
    rule(_TOPIC_GENITIVE.repeatable(max=4), in_caseless({'и'}), _TOPIC_GENITIVE.repeatable(max=3)),
    rule(_TOPIC_GENITIVE.repeatable(max=2), rule(eq(','), _TOPIC_GENITIVE.repeatable(max=2)).repeatable(max=3),
         in_caseless({'и'}), _TOPIC_GENITIVE.repeatable(max=2)),
)
# "в сфере защиты прав потребителей": the field a topic lies in
_FIELD = rule(in_caseless({'в'}), and_(dictionary({'сфера', 'область'}), is_lower(), HasCase({'loct'})))
# The items only a list of topics or one of these reads (TOPIC reads the
# plain ones itself: one reading of a span each)
LONG_TOPIC_ITEM = or_(
    rule(TOPIC_PHRASE, _GENITIVE_LIST),  # "вопросам семьи, женщин и детей"
    rule(TOPIC_PHRASE, _FIELD, TAIL_WORD.repeatable(max=4)),  # "надзору в сфере образования"
    rule(TOPIC_PHRASE, _FIELD, _GENITIVE_LIST),  # "надзору в сфере защиты прав потребителей и благополучия человека"
)
# "взаимоотношениям Церкви с обществом": relations of one side with another
RELATIONS_TOPIC = rule(TOPIC_PHRASE, _TOPIC_GENITIVE.repeatable(max=2), WITH_WHOM)
TOPIC_ITEM = or_(
    TOPIC_PHRASE,
    rule(TOPIC_PHRASE, _TOPIC_GENITIVE.repeatable(max=3)),
    rule(TOPIC_PHRASE, WITH_WHOM),  # "взаимодействию с НКО"
    RELATIONS_TOPIC,
    LONG_TOPIC_ITEM,
)
TOPIC_LIST = or_(
    rule(TOPIC_ITEM, rule(eq(','), TOPIC_ITEM).repeatable(max=4), in_caseless({'и'}), TOPIC_ITEM),
    # "по защите семьи, вопросам отцовства, материнства и детства": the last item lists its genitives
    rule(TOPIC_ITEM, rule(eq(','), TOPIC_PHRASE, _GENITIVE_LIST)),
)
# "по вопросам ЖКХ", "по делам СНГ": a topic named by an abbreviation
ABBREVIATED_TOPIC = rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=2), and_(IsAbbreviation(), type('RU')))
TOPIC = or_(
    rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=3)),
    # "по особо важным делам": an adverb of degree before the topic's adjective
    rule(in_caseless({'по'}), in_caseless({'особо', 'особенно', 'наиболее'}), TOPIC_WORD.repeatable(max=3)),
    rule(in_caseless({'по'}), TOPIC_LIST),
    rule(in_caseless({'по'}), LONG_TOPIC_ITEM),
    ABBREVIATED_TOPIC,
    # "советник по Азии", "спецпредставитель по Ближнему Востоку": a region in one's charge
    rule(in_caseless({'по'}), place({'datv'})),
    # "в сфере общего образования", "в области здравоохранения": a field
    rule(in_caseless({'в'}), and_(dictionary({'сфера', 'область'}), is_lower(), HasCase({'loct'})),
         TAIL_WORD.repeatable(max=4)),
    rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=2), WITH_WHOM),
    # "по вопросам экономического сотрудничества со странами СНГ": the dealings' genitives, then with whom
    rule(in_caseless({'по'}), RELATIONS_TOPIC),
    # "по борьбе с коррупцией администрации Томской области": the body after the dealings
    rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=2), WITH_WHOM, TAIL_NOUN, TAIL_WORD.repeatable(max=2).optional()),
    # "по безопасности и противодействию коррупции": two topics joined by "и"
    rule(in_caseless({'по'}), TOPIC_ITEM, in_caseless({'и'}), TOPIC_ITEM),
    # "по научной и инновационной деятельности", "... деятельности региона"
    rule(in_caseless({'по'}), TWO_ADJECTIVES_TOPIC, _TOPIC_GENITIVE.repeatable(max=2).optional()),
    rule(
        in_caseless({'по'}),
        TOPIC_WORD.repeatable(max=3),
        # "по вопросам прав человека американского министерства иностранных дел"
        TAIL_WORD.repeatable(max=6),
    ),
    # "министр по делам молодёжи и спорта"
    rule(
        in_caseless({'по'}),
        TOPIC_WORD.repeatable(max=3),
        TAIL_WORD.repeatable(max=2), in_caseless({'и'}), TAIL_WORD.repeatable(max=2),
    ),
)
# The governed words end in a noun: "директор музея", not "основателя социальной".
# yargy's parser loses matches when several rules that may match nothing
# follow each other, so the tail's variants are spelled out, none of them
# ending in an optional part.
# "организационно-инспекторского": a compound adjective is written with a hyphen
# Possessive pronouns inside the governed words; left out of ``position``.
POSSESSIVES = {'его', 'её', 'ее', 'их'}
# "79-й бригады", "75-го отдела": a unit's number, written as an ordinal
ORDINAL = rule(type('INT'), eq('-'), in_caseless({'го', 'й', 'ой', 'ей', 'ого', 'его', 'ый', 'ий'}))
TAIL_MODIFIER = or_(
    rule(TAIL_WORD),
    ORDINAL,
    lower_compound(TAIL_WORD),
    # "глава его аппарата", "президент её бизнес-подразделения": whose body, said by a pronoun
    rule(in_(POSSESSIVES)),
)
# "пресс-службы", "бизнес-подразделения": a compound noun
TAIL_HEAD = or_(rule(TAIL_NOUN), lower_compound(TAIL_NOUN))
# "председатель бывшего колхоза", "лидер бывшей правящей партии": a body
# that is no more; not a person ("заместитель губернатора по экономике
# бывшего конкурента Николая Денина")
FORMER_BODY = rule(in_caseless(FORMER), TAIL_MODIFIER.repeatable(max=2).optional(), and_(TAIL_NOUN, not_(gram('anim'))))
# "имущественных и земельных отношений": two adjectives of one noun
COORDINATED_ADJECTIVES = rule(and_(TAIL_WORD, gram('ADJF')), in_caseless({'и'}), and_(TAIL_WORD, gram('ADJF')),
                              TAIL_MODIFIER.repeatable(max=2).optional(), TAIL_HEAD)
# "храма Святителя Николая", "собора Апостола Петра": a church and the saint it is dedicated to
CHURCHES = {'храм', 'собор', 'церковь', 'монастырь', 'лавра', 'часовня', 'приход', 'подворье', 'епархия', 'архиепархия'}
# "Божией Матери", "Пресвятой Богородицы", "Христа Спасителя", "Святой Троицы":
# whom or what a church is dedicated to, besides a saint; "Казанской иконы
# Божией Матери": an icon of Her
DEDICATIONS = {'божий', 'пресвятой', 'богородица', 'христос', 'спаситель', 'троица', 'господь', 'господень'}
_DEDICATION_WORD = and_(IsCapitalizedWord(), HasCase({'gent'}))
CHURCH_DEDICATION = or_(
    rule(and_(dictionary(CHURCHES), is_lower(), HasCase({'gent'})), and_(dictionary(SAINTS), IsCapitalizedWord()),
         _DEDICATION_WORD.repeatable(max=2)),
    rule(and_(dictionary(CHURCHES), is_lower(), HasCase({'gent'})),
         rule(_DEDICATION_WORD, and_(dictionary({'икона'}), is_lower(), HasCase({'gent'}))).optional(),
         and_(dictionary(DEDICATIONS), IsCapitalizedWord()), _DEDICATION_WORD.optional()),
)
# "роты снайперов 79-й десантной бригады": a chain of genitives, each with its modifiers
GENITIVES = or_(TAIL_HEAD, rule(TAIL_MODIFIER.repeatable(max=5), TAIL_HEAD), FORMER_BODY, COORDINATED_ADJECTIVES, CHURCH_DEDICATION,
                # "римско-католической архиепархии Божией Матери": the church's adjective, then its dedication
                rule(TAIL_MODIFIER, CHURCH_DEDICATION),
                rule(TAIL_MODIFIER.repeatable(max=4), COORDINATED_ADJECTIVES))
# "командующий 20-й гвардейской армией": the instrumental with its modifiers
INSTRUMENTAL_MODIFIER = or_(ORDINAL, rule(and_(is_lower(), HasCase({'ablt'}), gram('ADJF'))))
GOVERNED = or_(GENITIVES, rule(INSTRUMENTAL_NOUN), rule(INSTRUMENTAL_NOUN, GENITIVES),
               rule(INSTRUMENTAL_MODIFIER.repeatable(max=3), INSTRUMENTAL_NOUN),
               # "заведующий хирургическим отделением больницы"
               rule(INSTRUMENTAL_MODIFIER.repeatable(max=3), INSTRUMENTAL_NOUN, GENITIVES))
# "рынка и услуг"; but "министра иностранных дел и председателя правительства"
# joins a second post, read as one of its own, and "губернатор области и
# супруга" a second person
NOT_A_POST = not_(dictionary(HEAD_WORDS | RELATIVES))
COORDINATED_MODIFIER = or_(
    rule(and_(TAIL_WORD, NOT_A_POST)),
    lower_compound(and_(TAIL_WORD, NOT_A_POST)),  # "дорожно-транспортной"
)
#: Fields a ministry or a committee is named by in capitals: "министр строительства и ЖКХ".
FIELD_ABBREVIATIONS = frozenset({'ЖКХ', 'ТЭК', 'АПК', 'ОПК', 'ВПК', 'МСП', 'ЧС', 'ГО', 'СМИ', 'НКО', 'ИТ', 'ИКТ'})
COORDINATED_GENITIVES = or_(
    rule(and_(TAIL_NOUN, NOT_A_POST)),
    rule(COORDINATED_MODIFIER.repeatable(max=3), and_(TAIL_NOUN, NOT_A_POST)),
    rule(in_(FIELD_ABBREVIATIONS)),
    rule(in_(FIELD_ABBREVIATIONS), GENITIVES),  # "министр строительства и ЖКХ региона"
)
COORDINATED = or_(
    rule(GOVERNED, in_caseless({'и'}), COORDINATED_GENITIVES),
    # "министр промышленности, торговли и энергетики": listed with commas
    rule(GOVERNED, rule(eq(','), COORDINATED_GENITIVES).repeatable(max=3), in_caseless({'и'}), COORDINATED_GENITIVES),
)
# "кандидат в президенты": the post sought, in the accusative plural
CANDIDACY = rule(in_caseless({'в'}), and_(dictionary(HEAD_WORDS), gram('plur'), is_lower()))
# "советник юстиции 1-го класса": a civil servant's class
CLASS_RANK = rule(type('INT'), eq('-'), in_caseless({'го'}), dictionary({'класс'}))
# "адвокат семьи погибшего", "представитель семей потерпевших": the family
# of a party at law ("глава семьи" alone heads no office, see TAIL_WORD)
FAMILY_AT_LAW = rule(and_(dictionary({'семья'}), is_lower(), HasCase({'gent'})),
                     and_(is_lower(), HasCase({'gent'}), dictionary(PARTIES_AT_LAW)))
# "заместитель президента — председателя правления": the two posts one holds,
# joined by a dash, whose deputy this is
_POST_GENITIVE = and_(dictionary(HEAD_WORDS), is_lower(), HasCase({'gent'}))
JOINT_POSTS_GENITIVE = rule(_POST_GENITIVE, SPACED_DASH, _POST_GENITIVE, GOVERNED.optional())
TAIL = or_(
    GOVERNED,
    JOINT_POSTS_GENITIVE,
    FAMILY_AT_LAW,
    COORDINATED,
    rule(GOVERNED, TOPIC),
    rule(COORDINATED, TOPIC),
    TOPIC,
    CANDIDACY,
    rule(GOVERNED, CLASS_RANK),
    # "директор школы № 5", "начальник отдела полиции № 75"
    rule(GOVERNED, eq('№'), type('INT')),
    # "ректор университета имени Баумана", "директор театра им. Е. Вахтангова":
    # a body named after someone, its noun in lower case
    rule(GOVERNED, EPONYM),
)

# "Чрезвычайный и полномочный посол": two modifiers may be joined by "и"
MODIFIERS_OF_POST = or_(rule(MODIFIER.repeatable(max=3)), rule(MODIFIER, in_caseless({'и'}), MODIFIER))  # "главный государственный санитарный врач"
# "первая женщина-президент", "женщиной-премьером": who holds the post, joined
# to its head; the post is the head
WOMAN = rule(dictionary({'женщина'}), eq('-'))
POST = or_(
    rule(
        ACTING.interpretation(Raw.acting).optional(),
        MODIFIERS_OF_POST.interpretation(Raw.modifiers).optional(),
        HEAD.interpretation(Raw.head),
        TAIL.interpretation(Raw.tail).optional(),
    ),
    rule(WOMAN, HEAD.interpretation(Raw.head), TAIL.interpretation(Raw.tail).optional()),
    # "первая женщина-президент": the first of them, not a kind of post
    rule(and_(dictionary({'первый'}), gram('ADJF')), WOMAN, HEAD.interpretation(Raw.head),
         TAIL.interpretation(Raw.tail).optional()),
)


# "во время президентства Виктора Януковича", "первого президентского срока
# Путина": the tenure of a post, then whose it was, in the genitive
TENURE_NOUNS = {'президентство': 'президент', 'премьерство': 'премьер', 'губернаторство': 'губернатор',
                'канцлерство': 'канцлер'}
TENURE_ADJECTIVES = {'президентский': 'президент', 'премьерский': 'премьер', 'губернаторский': 'губернатор',
                     'канцлерский': 'канцлер'}
TENURE = or_(
    rule(and_(dictionary(set(TENURE_NOUNS)), is_lower(), HasCase({'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'}))),
    rule(and_(dictionary(set(TENURE_ADJECTIVES)), is_lower()), dictionary({'срок'})),
)


def trigger_stem(head: str) -> str:
    """Enough of the word to find it in every case: "посол" -> "пос" (посла),
    "владелец" -> "владел" (владельца)."""
    last = head_word(head)
    stem = re.sub('(?:ий|ый|ой|ая|ь|й|а|я|о|е)$', '', last)
    stem = re.sub('(?:ец|ол)$', '', stem) if re.search('(?:ец|ол)$', stem) else stem  # fleeting vowels
    stem = stem.rstrip('ь')  # "судья", "судей"
    return stem if len(stem) >= 3 else last[:3]


#: Heads that are a post only with one of these ranks before them: a bare
#: "партнёр" is a partner in business ("партнёр Иванова", "партнёр по сборной").
#: (The ranks by their stems: pymorphy2 files "управляющий" under "управлять".)
RANKED_HEADS = {'партнёр': ('управляющ', 'старш', 'младш', 'генеральн', 'ведущ'),
               # "главный режиссёр театра", "главный художник МХТ": the theatre's
               # posts; a bare "режиссёр", "художник" is a calling
               'режиссёр': ('главн',), 'художник': ('главн',),
               # "генеральный менеджер «Трактора»": a club's post; a bare "менеджер" is a job
               'менеджер': ('генеральн',)}

# (a head with "ё" is as often spelled with "е": "дирижер"); a ranked head is
# found by its rank, so "партнёрство" and "партнёров" open no window
_TRIGGER_STEMS = {trigger_stem(head) for head in HEADS if head not in RANKED_HEADS}
_RANK_ENDINGS = ('ий', 'ый', 'ая', 'его', 'ого', 'ей', 'ой', 'ему', 'ому', 'им', 'ым', 'ем', 'ом', 'ую', 'ие', 'ые',
                 'их', 'ых', 'ими', 'ыми')
# the head after its rank, read back from the head (a lookbehind is of fixed
# width: one for each ending of the rank)
_RANKED_TRIGGERS = '|'.join(
    f'(?={head.replace("ё", "[её]")})(?:'
    + '|'.join(f'(?<={rank}{ending}\\s)' for rank in ranks for ending in _RANK_ENDINGS)
    + f'){head.replace("ё", "[её]")}'
    for head, ranks in RANKED_HEADS.items())
#: Text without one of these words holds no official.
TRIGGER = re.compile('(?i:' + alternation(_TRIGGER_STEMS | {stem.replace('ё', 'е') for stem in _TRIGGER_STEMS}
                                          | {'врио', 'врид'}) + '|' + _RANKED_TRIGGERS + ')')

# The words a head ends in, as the dictionary spells them ("премьер" of
# "вице-премьер"); a lemma that starts with one is a head or made of one
# ("принцесса", "заместительница").
_HEAD_WORDS = frozenset({head_word(head).replace('ё', 'е') for head in HEADS} | {'врио', 'врид'})
# Short words ("зам", "мэр") are heads only as themselves: "заметно" is no "зам".
_HEAD_PREFIXES = tuple(sorted(word for word in _HEAD_WORDS if len(word) > 3))
# pymorphy2 gives a participle its verb as the lemma ("управляющим" ->
# "управлять"), so adjectival heads are also known by the word as written.
_ADJECTIVAL_HEADS = tuple(word[:-2] for word in _HEAD_WORDS if word.endswith(('ий', 'ый', 'ой')))


def anchor(token: Any) -> bool:
    """Whether a trigger match lies in a post's head word: "посла", not "последний".

    The trigger's stems are short enough to match in every case of a head,
    and so in many other words ("пос" in "последний", "глав" in "главный").
    """
    words = [token.value.lower()] + [form.normalized for form in getattr(token, 'forms', None) or ()]
    for word in words:
        word = word.replace('ё', 'е')
        if word in _HEAD_WORDS or word.startswith(_HEAD_PREFIXES):
            return True
    return words[0].replace('ё', 'е').startswith(_ADJECTIVAL_HEADS)
