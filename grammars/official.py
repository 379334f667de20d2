"""Officials: "вице-премьер России Юрий Борисов", "Александр Лукашенко, президент Белоруссии"."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Optional

from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from factlex import earley, normalize
from factlex.facts import Official, Person, Span
from factlex.morph import inflect, is_known

from .blocks.names import person
from .blocks.orgs import (
    BODY_NOUNS,
    LEGAL_FORM,
    NAMED_BODY,
    ORG_ABBREVIATION,
    ORG_NAME,
    ORG_TYPE,
    ORG_TYPE_WORDS,
    QUOTED,
)
from .blocks.places import place
from .blocks.words import (
    HasCase,
    HasLemmaEnding,
    IsAbbreviation,
    IsCapitalizedWord,
    IsForeignName,
    IsKnownName,
    IsNameWord,
    IsOrgShaped,
    IsSurnameShaped,
    known_grams,
)
from .phrases import INFLECTED_ABBREVIATION
from .phrases import join as _join
from .tokens import attribute_tokens, tokens_span
from .vocab import alternation, read_table

__all__ = ['FACT', 'HEADS', 'MODIFIERS', 'NAME', 'REACH', 'RULE', 'TRIGGER', 'Raw', 'preference', 'shared', 'to_facts']

NAME = 'official'
FACT = Official

Raw = fact('Raw', [
    'acting', 'modifiers', 'head', 'tail',
    'org_type', 'organization', 'place', 'host_place',
    'first', 'middle', 'last', 'link', 'gap',
    # the second and third holders of a plural post: "сенаторы Рэнд Пол и Марко Рубио"
    'first2', 'middle2', 'last2', 'first3', 'middle3', 'last3',
    # the first of two posts of one holder: "глава ФСБ Чечни и зампред НАК Владимир Кулишов"
    'other_post', 'other_link',
    # "один из руководителей компании": a post shared with others
    'one_of',
    # "(Thomas Frieden)": the name in its own language after the name
    'aside',
    # "на посту мэра", "в качестве министра": the post held, before its holder
    'office',
    # "Иванов, бывший министр": a time word after the comma of an apposition
    'time',
])

#: Tokens a mention may reach before and after the word that triggers the
#: grammar: a name and a comma before the post; a long post, its body and
#: place, and a name after it. (12, 16) lost no fact of NEREL train and the
#: factRuEval devset against (16, 24), and parses a quarter less; 7 before
#: lost two, and 11 after none.
REACH = (12, 16)

##########
#   POST
##########

#: Head words of posts from ``data/positions.tsv``.
HEADS = sorted({head for _, head in read_table('positions.tsv', columns=2)})

HEAD = morph_pipeline(HEADS)

#: Deputies' posts written as one word end in a genitive and never decline:
#: "замминистра", "зампрокурора", "врио".
INDECLINABLE_HEADS = {head for head in HEADS if re.fullmatch('зам[а-яё]+[ая]', head) and not head.startswith('замест')}

#: The declining word of each head: "премьер" of "вице-премьер".
HEAD_WORDS = {head.rpartition('-')[2] for head in HEADS}

# Parts of the post: "первый заместитель", "генеральный директор".
MODIFIERS = {
    'первый', 'генеральный', 'главный', 'старший', 'младший', 'исполнительный', 'ответственный',
    'верховный', 'чрезвычайный', 'полномочный', 'постоянный', 'специальный', 'официальный',
    'коммерческий', 'финансовый', 'технический', 'художественный', 'спортивный', 'творческий',
    'операционный', 'управляющий', 'заместитель', 'научный', 'санитарный', 'военный', 'временный', 'государственный',
    'второй', 'третий',  # "второй секретарь посольства", "второй тренер"
}
MODIFIER = and_(dictionary(MODIFIERS), or_(gram('ADJF'), gram('PRTF')))

# Words of time rather than of the post: they belong to the mention, not to
# ``position``.
TIME = or_(
    rule(dictionary({'нынешний', 'действующий', 'новый', 'новоизбранный', 'покойный'})),
    # "Владимира Путина, тогда президента России"
    rule(in_caseless({'тогда', 'ныне', 'некогда', 'теперь', 'впоследствии', 'позднее', 'затем', 'тогдашний'})),
    # spelled out: yargy reads "бывший" as a form of "быть", which "был" is too
    rule(in_caseless({
        'бывший', 'бывшего', 'бывшему', 'бывшим', 'бывшем', 'бывшая', 'бывшей', 'бывшую',
        'бывшие', 'бывших', 'бывшими', 'бывшее',
    })),
    rule(in_caseless({'экс'}), eq('-')),
)

# "исполняющий обязанности губернатора", "и. о. губернатора", "врио главы".
ACTING = or_(
    # pymorphy2 gives a participle the verb's dictionary form, so the
    # participle is required by grammeme: "исполнял обязанности" is a verb.
    rule(in_caseless({'временно'}).optional(), and_(dictionary({'исполнять'}), gram('PRTF')), dictionary({'обязанность'})),
    rule(in_caseless({'и'}), eq('.'), in_caseless({'о'}), eq('.')),
    rule(in_caseless({'врио', 'ио', 'вриo'})),
)

# Lower-case genitive words that complete a post: "министр иностранных дел",
# "заместитель председателя правительства", "директор странового офиса".
# A kind of organization ("госкорпорации «Росатом»") starts the body instead.
TAIL_WORD = and_(
    is_lower(),
    HasCase({'gent'}),
    or_(gram('NOUN'), gram('ADJF')),
    not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('Abbr'), gram('Apro'))),
    # "глава семьи", "лидер гонки": a head of something that is no office.
    not_(dictionary({'семья', 'гонка', 'рейтинг', 'список', 'чарт', 'турнир', 'чемпионат', 'забег', 'документ'})),
    # "театра имени Евгения Вахтангова": the name after "имени" is no holder.
    not_(dictionary({'имя'})),
)
# "Председатель Правительства РФ": a generic body written with a capital.
GENERIC_BODIES = {'правительство', 'государство', 'президент', 'парламент', 'администрация', 'совет'}
CAPITALIZED_BODY = and_(
    dictionary(GENERIC_BODIES),
    IsCapitalizedWord(),
    HasCase({'gent'}),
)
TAIL_WORD = or_(TAIL_WORD, CAPITALIZED_BODY)
TAIL_NOUN = and_(TAIL_WORD, gram('NOUN'))
# "командующий войсками", "командующим флотом": participle posts govern the instrumental.
INSTRUMENTAL_NOUN = and_(
    is_lower(), HasCase({'ablt'}), gram('NOUN'),
    not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('Abbr'))),  # "и" is also a letter's name
)
# "уполномоченный по правам человека", "комитета по финансовому рынку".
TOPIC = or_(
    rule(in_caseless({'по'}), and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3)),
    rule(
        in_caseless({'по'}),
        and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3),
        # "по вопросам прав человека американского министерства иностранных дел"
        TAIL_WORD.repeatable(max=6),
    ),
    # "министр по делам молодёжи и спорта"
    rule(
        in_caseless({'по'}),
        and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3),
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
TAIL_MODIFIER = or_(
    rule(TAIL_WORD),
    rule(and_(is_lower(), type('RU')), eq('-'), TAIL_WORD),
    # "глава его аппарата", "президент её бизнес-подразделения": whose body, said by a pronoun
    rule(in_(POSSESSIVES)),
)
# "пресс-службы", "бизнес-подразделения": a compound noun
TAIL_HEAD = or_(rule(TAIL_NOUN), rule(and_(is_lower(), type('RU')), eq('-'), TAIL_NOUN))
GENITIVES = or_(TAIL_HEAD, rule(TAIL_MODIFIER.repeatable(max=3), TAIL_HEAD))
GOVERNED = or_(GENITIVES, rule(INSTRUMENTAL_NOUN), rule(INSTRUMENTAL_NOUN, GENITIVES))
COORDINATED = rule(GOVERNED, in_caseless({'и'}), GENITIVES)  # "рынка и услуг"
# "кандидат в президенты": the post sought, in the accusative plural
CANDIDACY = rule(in_caseless({'в'}), and_(dictionary(HEAD_WORDS), gram('plur'), is_lower()))
# "советник юстиции 1-го класса": a civil servant's class
CLASS_RANK = rule(type('INT'), eq('-'), in_caseless({'го'}), dictionary({'класс'}))
TAIL = or_(
    GOVERNED,
    COORDINATED,
    rule(GOVERNED, TOPIC),
    rule(COORDINATED, TOPIC),
    TOPIC,
    CANDIDACY,
    rule(GOVERNED, CLASS_RANK),
)

POST = rule(
    ACTING.interpretation(Raw.acting).optional(),
    rule(MODIFIER.repeatable(max=2)).interpretation(Raw.modifiers).optional(),
    HEAD.interpretation(Raw.head),
    TAIL.interpretation(Raw.tail).optional(),
)

##########
#   BODY AND PLACE
##########

ORGANIZATION = or_(
    rule(or_(ORG_TYPE, LEGAL_FORM).interpretation(Raw.org_type), QUOTED.interpretation(Raw.organization)),
    # "футбольного клуба Челси", "компании Microsoft": a name after the kind of body
    rule(
        or_(rule(ORG_TYPE), rule(and_(gram('ADJF'), is_lower()).repeatable(max=3), ORG_TYPE)).interpretation(Raw.org_type),
        or_(
            rule(and_(type('LATIN'), or_(IsCapitalizedWord(), IsAbbreviation())).repeatable(max=3)),
            # one Russian word that is no part of a name: "Челси", not "Николая"
            rule(and_(type('RU'), IsCapitalizedWord(), not_(IsKnownName()), not_(gram('Surn')), not_(gram('Patr')),
                      not_(IsSurnameShaped()))),
        ).interpretation(Raw.organization),
    ),
    # "японского МИДа": a country's adjective before the body's name
    rule(and_(gram('ADJF'), is_lower()).optional(), ORG_NAME.interpretation(Raw.organization)),
    # "французского крайне правого Национального фронта": lower-case words
    # that describe the body before its name
    rule(and_(or_(gram('ADJF'), gram('ADVB')), is_lower()), and_(or_(gram('ADJF'), gram('ADVB')), is_lower()).repeatable(max=2),
         ORG_NAME.interpretation(Raw.organization)),
)

GENERIC_REGIONS = {'округ', 'регион', 'область', 'край', 'республика', 'город', 'столица', 'страна', 'район', 'штат'}

# "посол Белоруссии в России": the country the post belongs to is the
# genitive one; "в России" is where it is held.
PLACE = place({'gent'}).interpretation(Raw.place)
HOST_PLACE = or_(
    rule(
        in_caseless({'в', 'во', 'на'}),  # "посол Евросоюза на Южном Кавказе"
        or_(place({'loct', 'datv'}), rule(IsAbbreviation())).interpretation(Raw.host_place),
    ),
    # "полпред президента в округе": a region the text has named before
    rule(in_caseless({'в', 'во'}), and_(dictionary(GENERIC_REGIONS), is_lower(), HasCase({'loct'}))),
    # "руководитель фракции «Единая Россия» в Государственной Думе"
    rule(in_caseless({'в', 'во'}), NAMED_BODY),
)

# "депутат Госдумы от ЛДПР", "сенатор от штата Алабама", "от фракции ЛДПР".
CONSTITUENCY = rule(
    in_caseless({'от'}),
    dictionary({'фракция', 'партия'}).optional(),
    or_(ORG_NAME, place({'gent'}), rule(dictionary({'штат', 'округ'}), IsCapitalizedWord())),
)
# "постпред России при ООН", "главе МВД по Башкирии".
ATTACHED = or_(
    rule(in_caseless({'при'}), ORG_NAME),
    # "представитель Следственного комитета при прокуратуре"
    rule(in_caseless({'при'}), and_(dictionary(BODY_NOUNS | {'президент', 'правительство'}), is_lower(), HasCase({'loct'}))),
    rule(in_caseless({'по'}), place({'datv'}).interpretation(Raw.host_place)),
)
# "советник канцлера ФРС по экономическим вопросам": the post's topic after its body
ORG_TOPIC = rule(in_caseless({'по'}), and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3))
# "Департамента информации и печати МИД": the body a department belongs to.
PARENT_BODY = or_(
    rule(ORG_ABBREVIATION),
    rule(and_(gram('Orgn'), IsCapitalizedWord())),
    rule(IsOrgShaped()),
)
# "Международного олимпийского комитета (МОК)": the abbreviation in brackets.
EXPANSION = or_(
    rule(eq('('), IsAbbreviation(), eq(')')),
    # "Фонда прав человека (Human Rights Foundation)": the name in English
    rule(eq('('), and_(type('LATIN'), IsCapitalizedWord()), type('LATIN').repeatable(max=4), eq(')')),
)

# yargy cannot nest a rule that may match nothing, so the optional ending
# parts are spelled out in each alternative.
BODY = or_(
    rule(
        ORGANIZATION, EXPANSION.optional(), PLACE.optional(),  # "МИД России"
        or_(HOST_PLACE, ATTACHED, ORG_TOPIC).optional(), CONSTITUENCY.optional(),
    ),
    rule(PLACE, ORGANIZATION.optional(), EXPANSION.optional(), or_(HOST_PLACE, ATTACHED, ORG_TOPIC).optional(),
         CONSTITUENCY.optional()),
    # "Председатель Госсовета и Совета министров Кубы": two bodies; the fact keeps the first
    rule(ORGANIZATION, in_caseless({'и'}), ORG_NAME, PLACE.optional()),
    # "Департамента информации и печати МИД России": a body of a body; the
    # fact keeps the nearer one
    rule(NAMED_BODY.interpretation(Raw.organization), PARENT_BODY, PLACE.optional(), or_(HOST_PLACE, ATTACHED).optional()),
    rule(or_(HOST_PLACE, ATTACHED), CONSTITUENCY.optional()),
    CONSTITUENCY,
    # "начальника войск радиоэлектронной борьбы (РЭБ)": the abbreviation of the governed words
    EXPANSION,
)

# "генсека ООН норвежца Трюгве Ли": a nationality between the post and the name.
NATIONALITY = and_(
    is_lower(), gram('NOUN'), gram('anim'),
    or_(
        dictionary({'француз', 'немец', 'грек', 'турок', 'швед', 'финн', 'араб', 'серб', 'хорват', 'чех', 'поляк',
                    'словак', 'узбек', 'казах', 'таджик', 'киргиз', 'туркмен', 'латыш', 'литовец', 'эстонец', 'перс',
                    'курд', 'индус', 'баск', 'россиянин', 'британец', 'американец', 'японец', 'китаец', 'кореец'}),
        # "норвежец", "итальянец", "израильтянин", "египтянин"
        HasLemmaEnding(('ец', 'янин', 'анин', 'ианин')),
    ),
)

# Words between the post and the name that belong to neither: an age
# ("68-летний"), a rank ("генерал-полковник"), a nationality ("норвежца").
RANKS = {
    'генерал', 'генерал-полковник', 'генерал-лейтенант', 'генерал-майор', 'адмирал', 'вице-адмирал',
    'контр-адмирал', 'полковник', 'подполковник', 'майор', 'капитан', 'маршал', 'лейтенант', 'сержант',
    'академик', 'профессор', 'доктор', 'госсоветник', 'епископ', 'архиепископ', 'митрополит', 'кардинал',
    'патриарх', 'протоиерей',
    'генерал армии', 'шейх', 'аятолла',
}
# "депутат-единоросс", "сенатора-демократа", "националист О. Умала": a party
# member's word; "миллиардер Бидзина Иванишвили": what else the holder is.
AFFILIATIONS = {
    'единоросс', 'демократ', 'республиканец', 'социалист', 'коммунист', 'либерал', 'консерватор',
    'лейборист', 'националист', 'эсер', 'справоросс', 'яблочник', 'тори', 'христианский демократ',
    'миллиардер', 'бизнесмен', 'предприниматель', 'экономист', 'юрист', 'дипломат', 'политик',
    'астронавт', 'космонавт', 'олигарх', 'ветеран', 'диктатор', 'реформатор',
}
AFFILIATION = and_(
    or_(
        dictionary(AFFILIATIONS),
        # "баскетболист", "пианист", "активист": a calling, not a post
        and_(gram('NOUN'), gram('anim'), HasLemmaEnding(('ист', 'истка')), not_(dictionary(HEAD_WORDS))),
    ),
    is_lower(),
)
INTERLUDE_WORD = or_(
    rule(type('INT'), eq('-'), dictionary({'летний'})),
    # "72-х летний", "72 летний"
    rule(type('INT'), rule(eq('-'), in_caseless({'х', 'ти', 'ми', 'ух', 'ех'})).optional(), dictionary({'летний'})),
    morph_pipeline(sorted(RANKS)),
    rule(NATIONALITY),
    rule(eq('-'), AFFILIATION),
    rule(and_(gram('ADJF'), is_lower()).optional(), AFFILIATION),
)
INTERLUDE = rule(INTERLUDE_WORD.repeatable(max=2))

##########
#   OFFICIAL
##########

PERSON = person(first=Raw.first, middle=Raw.middle, last=Raw.last)
# "заместителей генпрокурора Геннадия Лопатина, Сергея Воробьева и Юрия
# Пономарева": a plural post names each of its holders.
LIST_SEPARATOR = or_(eq(','), in_caseless({'и'}))
PEOPLE = rule(
    PERSON,
    LIST_SEPARATOR, person(first=Raw.first2, middle=Raw.middle2, last=Raw.last2),
    rule(LIST_SEPARATOR, person(first=Raw.first3, middle=Raw.middle3, last=Raw.last3)).optional(),
)

# Monarchs go by their first name alone: "король Абдалла", "императора Акихито".
MONARCHS = {'король', 'королева', 'император', 'императрица', 'эмир', 'султан', 'шейх', 'принц', 'принцесса', 'царь', 'царица'}
MONARCH = rule(dictionary(MONARCHS)).interpretation(Raw.head)
SOLE_NAME = and_(IsNameWord(), or_(gram('Name'), IsForeignName())).interpretation(Raw.first)


# Verbs that tie a person to a post: "Х стал премьер-министром", "Х был
# назначен главой", "главой компании станет Х".
LINK_VERBS = {
    'стать', 'становиться', 'быть', 'являться', 'работать', 'служить', 'остаться', 'оставаться',
    'числиться', 'пребывать',
}
# Appointed, not appointing: "Х назначен главой", never "Х назначил начальника".
PASSIVE_VERBS = {'назначить', 'избрать', 'переизбрать', 'утвердить', 'выбрать'}
COPULAS = LINK_VERBS | PASSIVE_VERBS
LINK_VERB = or_(
    dictionary(LINK_VERBS - {'быть'}),
    # "был", "будет"; not "бывший", which pymorphy2 also files under "быть"
    # "есть" is rather "there is" or "to eat"
    and_(dictionary({'быть'}), or_(gram('VERB'), gram('INFN')), not_(in_caseless({'есть'}))),
    and_(dictionary(PASSIVE_VERBS), or_(gram('PRTS'), gram('PRTF'))),
)
LINK_ADVERB = in_caseless({'новым', 'новой', 'первым', 'первой', 'вновь', 'снова', 'уже', 'также', 'тогда', 'ещё', 'еще', 'именно'})
LINK_WORDS = or_(
    rule(LINK_VERB.repeatable(max=2), LINK_ADVERB.optional()),
    rule(LINK_VERB, LINK_ADVERB, LINK_VERB),  # "был уже выбран"
)
LINK = LINK_WORDS.interpretation(Raw.link)

# "Х занимал пост министра печати", "Х назначен на пост главы".
OFFICE_NOUNS = {'пост', 'должность', 'качество', 'место'}
OFFICE = or_(
    # "занимал пост министра", "покинул должность главы"
    rule(dictionary({'занимать', 'занять', 'покинуть', 'покидать', 'оставить', 'оставлять', 'сохранить', 'совмещать',
                     'возглавлять', 'лишиться', 'лишаться'}),
         dictionary(OFFICE_NOUNS)),
    # "исполнял обязанности министра", "выполнявшего обязанности главы"
    rule(dictionary({'исполнять', 'выполнять', 'исполнить'}), dictionary({'обязанность'})),
    # "на посту мэра", "в качестве премьер-министра"
    rule(in_caseless({'на', 'в'}), dictionary(OFFICE_NOUNS)),
    # "Монти подаст в отставку с должности премьер-министра", "освободил
    # Балуевского от должности": who leaves a post held it; the one who
    # dismisses cannot stand here, as appointing verbs never enter the gap
    rule(in_caseless({'с', 'со', 'от'}), dictionary(OFFICE_NOUNS | {'позиция'})),
).interpretation(Raw.link)

# Between a name and the verb that ties it to a post: "Руснок в 2001-2002
# годах работал министром", "Аленка Братушек, в прошлом занимавшая пост".
APPOINTING_VERBS = {
    'назначить', 'назначать', 'выдвинуть', 'выдвигать', 'рекомендовать', 'предложить', 'предлагать', 'утвердить',
    'утверждать', 'освободить', 'освобождать', 'снять', 'снимать', 'уволить', 'увольнять', 'представить',
    'представлять', 'избрать', 'избирать', 'пригласить', 'приглашать', 'поставить', 'ставить', 'вернуть',
}
GAP_WORD = and_(
    not_(in_({'.', '!', '?', ';', ':', '(', ')', '«', '»', '"', '—', '–', ',', 'не', 'ни'})),
    # a place may stand in between ("Собянина в Москву на должность мэра"), no other name
    or_(not_(IsCapitalizedWord()), and_(gram('Geox'), not_(gram('Name')), not_(gram('Surn')))),
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
GAP = rule(GAP_WORD.repeatable(max=6)).interpretation(Raw.gap)
# Between a copula and its post only a circumstance fits ("в 2017 году"), no
# verb form: "Брак был одобрен императором" names no holder.
CIRCUMSTANCE_WORDS = rule(
    and_(GAP_WORD, not_(or_(gram('VERB'), gram('INFN'), gram('PRTS'), gram('PRTF'), gram('GRND')))).repeatable(max=4)
)
CIRCUMSTANCE = CIRCUMSTANCE_WORDS.interpretation(Raw.gap)

# Words that rank or describe the holder rather than name the post: "стал
# самым долгоживущим президентом", "станет седьмым по счёту королём".
DESCRIPTOR_WORD = or_(
    rule(and_(is_lower(), or_(gram('ADJF'), gram('NUMR'), gram('ADVB')), not_(dictionary(MODIFIERS)))),
    rule(type('INT'), eq('-'), in_caseless({'м', 'ым', 'й', 'ой', 'ий', 'ей', 'го', 'ого', 'му', 'ому'})),  # "96-м"
)
DESCRIPTOR = rule(
    DESCRIPTOR_WORD.repeatable(max=3),
    rule(in_caseless({'по'}), in_caseless({'счёту', 'счету'})).optional(),
)

DASH = in_caseless({'—', '–', '-'})
INSTEAD = in_caseless({'вместо'}).interpretation(Raw.link)

# The first of two coordinated posts, matched loosely and read again on its
# own in to_facts: interpreted in place, its parts would mix with the
# second post's.
OTHER_POST_WORD = and_(
    not_(in_caseless({'и', ',', '.', ';', ':', '—', '–', '(', ')', '!', '?'})), not_(IsNameWord()),
    not_(or_(gram('VERB'), gram('INFN'), gram('PRTS'))),
)
OTHER_POST = or_(
    rule(TIME.optional(), MODIFIER.optional(), HEAD),
    rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6)),
)
OTHER_POST_WITH_BODY = rule(TIME.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6))
# "Главой Малави стала вице-президент Джойс Банда": a post the holder of
# another one takes
LINKED_POST = or_(
    rule(ACTING.optional(), MODIFIER.optional(), HEAD),
    rule(ACTING.optional(), MODIFIER.optional(), HEAD, OTHER_POST_WORD.repeatable(max=6)),
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
    rule(and_(dictionary({'занимать', 'занять'}), or_(gram('PRTF'), gram('VERB'))), CIRCUMSTANCE_WORDS.optional(),
         dictionary({'пост', 'должность'})),
).interpretation(Raw.office)

# Callings a definition lists before the post: "политик и", "дизайнер, основатель и".
CALLING = and_(is_lower(), gram('NOUN'), gram('anim'), HasCase({'nomn'}), not_(dictionary(HEAD_WORDS)))
CALLINGS = or_(
    rule(CALLING, in_caseless({'и'})),
    rule(CALLING, rule(eq(','), CALLING).repeatable(max=2), in_caseless({'и'})),
)

# Only in AFTER_NAME: a rule for "a name with or without its aside" before
# every post would cost the chart states at every name.
ASIDE = LATIN_ASIDE.interpretation(Raw.aside)

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
)

RULE = or_(
    rule(TIME.optional(), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    rule(TIME.optional(), POST, BODY.optional(), INTERLUDE.optional(), PEOPLE),
    rule(TIME.optional(), MONARCH, BODY.optional(), SOLE_NAME),
    # "Министр юстиции — Садакадзу Танигаки", "Президент России, Владимир Путин"
    rule(TIME.optional(), POST, BODY.optional(), or_(DASH, eq(',')).interpretation(Raw.link), INTERLUDE.optional(), PERSON),
    # "назначил Джона Хантсмена послом в России": the post in the instrumental
    rule(PERSON, POST, BODY.optional()),
    # "Александр Лукашенко, президент Белоруссии"
    rule(PERSON, eq(',').interpretation(Raw.link), TIME.interpretation(Raw.time).optional(), POST, BODY.optional()),
    rule(PERSON, AFTER_NAME),
    rule(ONE_OF, TIME.optional(), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    rule(OFFICE_LEAD, TIME.optional(), POST, BODY.optional(), PERSON),
    # "Абэ — депутат японского парламента"
    rule(PERSON, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    # "Каприлеса — 40-летнего губернатора"
    rule(PERSON, DASH.interpretation(Raw.link), TIME.optional(), INTERLUDE, POST, BODY.optional()),
    # "Таави Рыйвас — самый молодой глава правительства"
    rule(PERSON, DASH.interpretation(Raw.link), DESCRIPTOR, POST, BODY.optional()),
    rule(PERSON, LINK, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, OFFICE, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, LINK, DESCRIPTOR, POST, BODY.optional()),
    rule(PERSON, or_(GAP, rule(or_(eq(','), DASH), GAP)), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    # "Камаль аль-Ганзури, 1933 года рождения, занимал пост главы правительства"
    rule(PERSON, eq(','), GAP, eq(','), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    # "Альмодовар станет в 2017 году председателем жюри"
    rule(PERSON, LINK, CIRCUMSTANCE, TIME.optional(), POST, BODY.optional()),
    # "Назарбаева, ставшего президентом страны", "Ветчачива, занимавший пост премьера"
    rule(PERSON, eq(','), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    rule(PERSON, eq(','), LINK, DESCRIPTOR, POST, BODY.optional()),  # "Елизаветы II, ставшей вторым монархом"
    rule(PERSON, or_(GAP, rule(eq(','), GAP)), LINK, DESCRIPTOR, POST, BODY.optional()),
    rule(POST, BODY.optional(), LINK, INTERLUDE.optional(), PERSON),
    rule(LINKED_POST.interpretation(Raw.other_post), LINK_WORDS.interpretation(Raw.other_link), TIME.optional(), POST,
         BODY.optional(), INTERLUDE.optional(), PERSON),
    # "назначен министром обороны вместо Роберта Гейтса": the one replaced held the post
    rule(TIME.optional(), POST, BODY.optional(), INSTEAD, PERSON),
    rule(TIME.optional(), POST, BODY.optional(), INSTEAD, GAP, PERSON),
    # "глава ФСБ Чечни и зампред НАК Владимир Кулишов": two posts of one
    # person, a fact for each
    rule(OTHER_POST.interpretation(Raw.other_post), in_caseless({'и'}), TIME.optional(), POST, BODY.optional(),
         INTERLUDE.optional(), PERSON),
    # "председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин"
    rule(OTHER_POST_WITH_BODY.interpretation(Raw.other_post), eq(','), TIME.optional(), POST, BODY.optional(),
         INTERLUDE.optional(), PERSON),
    # "командир МКС астронавт НАСА Джефф Уильямс", "командующего армией генерал-лейтенанта X":
    # a post and a rank or calling side by side
    rule(OTHER_POST_WITH_BODY.interpretation(Raw.other_post), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
).interpretation(Raw)


def _stem(head: str) -> str:
    """Enough of the word to find it in every case: "посол" -> "пос" (посла),
    "владелец" -> "владел" (владельца)."""
    last = head.rpartition('-')[2]
    stem = re.sub('(?:ий|ый|ой|ая|ь|й|а|я|о|е)$', '', last)
    stem = re.sub('(?:ец|ол)$', '', stem) if re.search('(?:ец|ол)$', stem) else stem  # fleeting vowels
    stem = stem.rstrip('ь')  # "судья", "судей"
    return stem if len(stem) >= 3 else last[:3]


#: Text without one of these words holds no official.
TRIGGER = re.compile('(?i:' + alternation({_stem(head) for head in HEADS} | {'врио'}) + ')')

# The words a head ends in, as the dictionary spells them ("премьер" of
# "вице-премьер"); a lemma that starts with one is a head or made of one
# ("принцесса", "заместительница").
_HEAD_WORDS = frozenset({head.rpartition('-')[2].replace('ё', 'е') for head in HEADS} | {'врио'})
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


##########
#   NORMALIZATION
##########



def _cases(token: Any, lemmas: Optional[Iterable[str]] = None, number: str = 'sing') -> set[str]:
    """The cases ``token`` may stand in, read in ``number`` with one of ``lemmas``.

    A post names one person, so "директора" is a genitive singular here, not
    the nominative plural it can also be; only a list of names makes it plural.
    """
    lemmas = set(lemmas) if lemmas is not None else None
    cases = set()
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        if (lemmas is None or form.normalized in lemmas) and (number in grams or 'Fixd' in grams):
            cases |= {case for case in normalize.CASES if case in grams}
    return cases


def _readings(token: Any, cases: set[str], parts_of_speech: set[str]) -> list[Any]:
    return [
        form for form in getattr(token, 'forms', ())
        if cases & form.grams.values and parts_of_speech & form.grams.values
    ]


def _inflect(form: Any, grams: set[str], original: str, *, proper: bool) -> str:
    word = inflect(form, grams) or inflect(form, {'nomn'}) or original.lower()
    return word[:1].upper() + word[1:] if proper and original[:1].isupper() else word


_NOUNS = {'NOUN'}
_ADJECTIVES = {'ADJF', 'PRTF', 'NUMR'}


def _phrase_nominative(tokens: Sequence[Any], cases: Optional[set[str]] = None, *, proper: bool,
                       nouns: Optional[set[str]] = None, singular: bool = False) -> str:
    """A noun phrase in the nominative: its head noun and what agrees before it.

    "Челябинской области" -> "Челябинская область", "Верховного суда" ->
    "Верховный суд"; words after the head noun are governed by it and stay as
    written ("Совета Федерации" -> "Совет Федерации"). ``nouns`` limits which
    dictionary words may be the head.
    """
    words = [token.value for token in tokens]
    declining = [
        index for index, token in enumerate(tokens)
        if getattr(token, 'forms', None)
        and not (index + 1 < len(tokens) and tokens[index + 1].value == '-')  # "Ханты-", "вице-"
    ]
    if cases and nouns:
        # "директора-распорядителя", "премьера-министра": a post before the
        # hyphen declines too; "вице-" and "пресс-" do not.
        for index, token in enumerate(tokens[:-1]):
            readings = [form for form in _readings(token, cases, _NOUNS) if form.normalized in nouns]
            if tokens[index + 1].value == '-' and readings:
                words[index] = _inflect(readings[0], {'nomn', 'sing'}, token.value, proper=proper)
    if cases is None and declining:
        # "Сухопутными войсками": a body may be named in the plural
        cases = _cases(tokens[declining[0]]) or _cases(tokens[declining[0]], number='plur') or {'nomn'}
    cases = cases or {'nomn'}
    head = None
    for position, index in enumerate(declining):
        readings = _readings(tokens[index], cases, _NOUNS)
        if nouns is not None:
            readings = [form for form in readings if form.normalized in nouns]
        following = declining[position + 1] if position + 1 < len(declining) else None
        agrees_with_next = (
            following is not None and following == index + 1
            and _readings(tokens[index], cases, _ADJECTIVES) and _readings(tokens[following], cases, _NOUNS)
        )
        if readings and not agrees_with_next:
            head = (index, readings[0])
            break
    if head is None:
        return _join(tokens, words)
    head_index, head_form = head
    plural_only = 'plur' in head_form.grams.values and 'sing' not in head_form.grams.values
    number = 'plur' if plural_only and not singular else 'sing'
    gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in head_form.grams.values), None)
    words[head_index] = _inflect(head_form, {'nomn', number}, tokens[head_index].value, proper=proper)
    for index in declining:
        if index >= head_index:
            break
        adjectives = _readings(tokens[index], cases, _ADJECTIVES)
        if adjectives:
            grams = {'nomn', number} | ({gender} if gender and number == 'sing' else set())
            words[index] = _inflect(adjectives[0], grams, tokens[index].value, proper=proper)
    return _join(tokens, words)


def _position(raw: Any, cases: set[str], tail: Sequence[Any]) -> str:
    acting = attribute_tokens(raw, 'acting')
    modifiers = attribute_tokens(raw, 'modifiers')
    head = attribute_tokens(raw, 'head')
    tail = [token for token in tail if token.value.lower() not in POSSESSIVES]  # "глава его аппарата"
    if acting:
        # "исполняющего обязанности губернатора": only the participle agrees;
        # the post after it stays in the genitive.
        words = [token.value.lower() for token in acting + modifiers + head + tail]
        for index, token in enumerate(acting):  # "временно исполняющим": the participle
            readings = [form for form in _readings(token, cases, _ADJECTIVES) if form.normalized == 'исполнять']
            if readings:
                words[index] = _inflect(readings[0], {'nomn', 'sing', 'masc'}, token.value, proper=False)
        return _join(acting + modifiers + head + tail, words)
    core = modifiers + head
    # A plural post ("сенаторы Пол и Рубио") is each holder's post: "сенатор".
    phrase = _phrase_nominative(core, cases, proper=False, nouns=HEAD_WORDS, singular=True).lower()
    # The governed words keep their form and the spacing they had; a generic
    # body is written in lower case ("председатель Правительства" -> "правительства").
    rest = _join(core[-1:] + tail, [core[-1].value] + [
        token.value.lower() if _is_generic_body(token) else token.value for token in tail
    ])[len(core[-1].value):]
    return phrase + rest


def _is_generic_body(token: Any) -> bool:
    return any(form.normalized in GENERIC_BODIES for form in getattr(token, 'forms', ()))




def _organization(raw: Any, typed: bool = False) -> Optional[str]:
    tokens = [token for token in attribute_tokens(raw, 'organization') if token.value not in '«»"„“”']
    if not tokens:
        return None
    if len(tokens) == 1 and (inflected := INFLECTED_ABBREVIATION.match(tokens[0].value)):
        return inflected.group(1)  # "МИДа" -> "МИД"
    if raw.org_type or typed or all(not getattr(token, 'forms', None) or IsAbbreviation()(token) for token in tokens):
        # After "госкорпорации" the name stands in the nominative as written;
        # so do "ФСБ" and "OpenAI".
        return _join(tokens)
    return _phrase_nominative(tokens, proper=True)


def _place(raw: Any) -> Optional[str]:
    for name, cases in (('place', {'gent'}), ('host_place', {'loct', 'datv'})):
        tokens = attribute_tokens(raw, name)
        if tokens:
            if all(token.value.isupper() for token in tokens if getattr(token, 'forms', None)):
                return _join(tokens)  # "РФ", "США"
            if len(tokens) == 2 and tokens[0].value.islower():
                return _settlement(tokens, cases)
            return _phrase_nominative(tokens, cases, proper=True)
    return None


def _settlement(tokens: Sequence[Any], cases: set[str]) -> str:
    """"города Иванова" -> "Иваново", "штата Миннесота" -> "штат Миннесота": the
    name in the nominative when it declines along; a region keeps its kind."""
    kind, name = tokens
    kind_readings = _readings(kind, cases, _NOUNS)
    words = [_inflect(kind_readings[0], {'nomn', 'sing'}, kind.value, proper=False) if kind_readings else kind.value]
    # the name declines along when it reads as a place in the kind's case
    declined = _readings(name, cases, {'Geox'})
    words.append(_inflect(declined[0], {'nomn'}, name.value, proper=True) if declined else name.value)
    if any(form.normalized in _TOWNS for form in kind_readings):
        return words[1]  # "мэр города Москвы": the place is Moscow
    return _join(tokens, words)


_TOWNS = {'город', 'село', 'посёлок', 'станица', 'деревня'}


def _person(raw: Any, cases: set[str], suffix: str = '') -> Optional[Person]:
    """The person whose name parts are the attributes ending in ``suffix``."""
    parts = {name: attribute_tokens(raw, name + suffix) for name in ('first', 'middle', 'last')}
    tokens = sorted((token for part in parts.values() for token in part), key=lambda token: token.span.start)
    if not tokens:
        return None
    gender = _gender(parts, cases)
    names = {}
    for name, part in parts.items():
        if not part:
            names[name] = None
        elif part[-1].value == '.':
            names[name] = _join(part)  # an initial, "В."
        elif name == 'first' and (known := _known_first_name(part, cases)):
            names[name] = known
        elif name == 'last' and (known := _known_surname(part, cases, gender)):
            names[name] = known
        else:
            names[name] = normalize.name_nominative(_join(part), name, cases, gender)
    return Person(tokens_span(tokens), names['first'], names['middle'], names['last'])


def _as_written(word: str, original: str) -> str:
    """A dictionary form spelled as the text spells: capitalized, "е" for an unwritten "ё"."""
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    return word[:1].upper() + word[1:]


def _known_surname(part: Sequence[Any], cases: set[str], gender: Optional[str]) -> Optional[str]:
    """A dictionary surname in the nominative: "Яровой" -> "Яровая", "Шойгу"."""
    if len(part) != 1:
        return None
    token = part[0]
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        either = 'ms-f' in grams or 'Ms-f' in grams
        if 'Surn' in grams and is_known(form) and cases & grams and (gender is None or gender in grams or either):
            if 'Fixd' in grams or either:
                return token.value  # "Шойгу", "Матвиенко" do not decline
            inflected = inflect(form, {'nomn', gender} if gender else {'nomn'})
            if inflected is not None:
                return _as_written(inflected, token.value)
    return None


def _known_first_name(part: Sequence[Any], cases: set[str]) -> Optional[str]:
    """A dictionary first name in the nominative: "Эльвиры" -> "Эльвира"."""
    if len(part) != 1:
        return None
    for form in getattr(part[0], 'forms', ()):
        grams = form.grams.values
        if 'Name' in grams and cases & grams and ('sing' in grams or 'Fixd' in grams):
            return _as_written(form.normalized, part[0].value)
    return None


def _gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    for token in parts['first'][:1]:
        genders = {
            gender for form in getattr(token, 'forms', ())
            if 'Name' in form.grams.values and cases & form.grams.values
            for gender in ('masc', 'femn') if gender in form.grams.values
        }
        if len(genders) == 1:
            return genders.pop()
    words = [token.value for name in ('middle', 'last') for token in parts[name]]
    return normalize.name_gender(words, cases)


def _post_cases(raw: Any) -> set[str]:
    """The cases the post phrase may stand in, read off the word it agrees with."""
    acting = attribute_tokens(raw, 'acting')
    participle_cases = set().union(*(_cases(token, {'исполнять'}) for token in acting)) if acting else set()
    if participle_cases:
        return participle_cases
    if acting:
        # "врио губернатора Александру Хинштейну": "врио" does not decline and
        # the post after it is genitive; the name shows the case.
        return _person_cases(raw)
    head = attribute_tokens(raw, 'head')[-1]
    if head.value.lower() in INDECLINABLE_HEADS:
        return set(normalize.CASES)  # "замминистра" is the same in every case
    if raw.one_of:
        return {'gent'} & (_cases(head, HEAD_WORDS, 'plur') or _cases(head, None, 'plur'))
    number = 'plur' if _is_list(raw) else 'sing'
    return _cases(head, HEAD_WORDS, number) or _cases(head, None, number)


def _is_list(raw: Any) -> bool:
    return bool(raw.first2 or raw.last2)


def _person_cases(raw: Any) -> set[str]:
    for name in ('first', 'last'):
        for token in attribute_tokens(raw, name)[:1]:
            cases = {
                case for form in getattr(token, 'forms', ())
                if form.grams.values & {'Name', 'Surn'}
                for case in normalize.CASES if case in form.grams.values
            }
            if cases:
                return cases
    return {'nomn'}


def _agrees(raw: Any, cases: set[str]) -> bool:
    """Whether a dictionary name stands in a case the post allows.

    "Письмо министру Сергей Иванов отправил": the dative post and the
    nominative name belong to different parts of the sentence.
    """
    # Each part is read as what it stands for: "Трише" is a surname here, not
    # a case of the first name "Триша".
    for name, grams in (('first', {'Name'}), ('last', {'Surn', 'ADJF'})):
        # the declining part of a double first name: "Жан-Клода"
        for token in attribute_tokens(raw, name)[-1:] if name == 'first' else attribute_tokens(raw, name)[:1]:
            # a plural adjective is no reading of one person's surname: "Долгих"
            readings = [form for form in getattr(token, 'forms', ()) if is_known(form)
                        and form.grams.values & grams and not ('ADJF' in form.grams.values and 'plur' in form.grams.values)]
            if readings and not any(cases & form.grams.values or 'Fixd' in form.grams.values for form in readings):
                return False
    return True


#: Posts that often open a sentence before a bare surname: "Президент Обама".
COMMON_TITLES = {
    'президент', 'премьер', 'премьер-министр', 'министр', 'губернатор', 'мэр', 'судья', 'глава',
    'канцлер', 'сенатор', 'король', 'королева', 'спикер', 'посол', 'генсек', 'лидер',
}

#: Posts held under a person, whose genitive name is the superior, not the
#: holder: "советника Путина", "заместителем Онищенко".
RELATIONAL_HEADS = {'заместитель', 'советник', 'помощник', 'пресс-секретарь', 'представитель', 'секретарь', 'адвокат'}

_DECLINABLE_NOMINATIVE = re.compile(r'(?:[оеё]в|[иы]н|[сц]кий|[ое]й|ый)$')


def _name_first(raw: Any) -> bool:
    """Whether the name stands before the post ("Лукашенко, президент")."""
    name = attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')
    return min(token.span.start for token in name) < attribute_tokens(raw, 'head')[0].span.start


def _plausible(raw: Any, cases: set[str], person_cases: set[str]) -> bool:
    """Whether a match reads as a post and its holder, not a coincidence of words."""
    head = attribute_tokens(raw, 'head')[-1]
    forms = getattr(head, 'forms', ())
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    bare = not (raw.tail or raw.modifiers or raw.organization or raw.place or raw.host_place or raw.acting)
    if any('PREP' in form.grams.values for form in forms):
        return False  # "После ареста Саипов": "после" is also "посол" in the locative
    if _membership(raw):
        return False  # "член Партии регионов": a member, not a post
    if last and not first and not raw.link and _head_is(head, MONARCHS) and head.value[:1].islower():
        # "императора Акихито": a monarch goes by the first name (the MONARCH
        # rule); after a capitalized "Король" that rule refuses an unknown word
        return False
    tail = attribute_tokens(raw, 'tail')
    if any(form.normalized == 'кандидат' for form in forms) and not (tail and tail[0].value.lower() == 'в'):
        return False  # only "кандидат в президенты" names the post; "кандидат от партии" runs for one
    if head.value[:1].isupper() and first and not last and not any(
        'Name' in form.grams.values and is_known(form) for form in getattr(first[0], 'forms', ())
    ):
        return False  # "Эмир Кустурица": a name and a surname, not a monarch's title
    head_lemmas = {form.normalized for form in forms} | {raw.head.lower()}
    if head.value[:1].isupper() and bare and not raw.link and (
        'nomn' not in cases or not head_lemmas & COMMON_TITLES
    ) and (not first or any(form.grams.values & {'Name', 'Surn'} for form in forms)):
        return False  # "Эмира Кустурицу": a first name rather than the post "эмир"
    if raw.link == ',' and _name_first(raw) and bare and 'nomn' in cases and not raw.time:
        # "По словам Кабейо, президент принесет": a bare post after a comma;
        # "Хоровиц, бывший астронавт": a time word makes it an apposition
        return False
    modifiers = attribute_tokens(raw, 'modifiers')
    if modifiers and not any(
        cases & form.grams.values for token in modifiers for form in getattr(token, 'forms', ())
    ):
        return False  # "главная премьера": the modifier agrees with another word
    if not first and not raw.link and head_lemmas & RELATIONAL_HEADS and not (
        raw.tail or raw.organization or raw.place
    ):
        return False  # "советника Путина": the superior, not the holder
    if any(
        any(form.normalized in HEAD_WORDS for form in getattr(token, 'forms', ()))
        and not known_grams(token) & {'Name', 'Surn'}
        for token in first + last
    ):
        return False  # "председателем Совета Министров": a post's word is no name
    if last and not first and any(
        'ADJF' in form.grams.values and is_known(form) for form in getattr(last[0], 'forms', ())
    ):
        return False  # "губернатором Московской области": an adjective, not a surname
    place = attribute_tokens(raw, 'place')
    if last and not first and place and place[-1].span.stop < last[0].span.start and 'Name' in known_grams(place[-1]):
        return False  # "глава генштаба Бени Ганц": a first name, not a place, before the surname
    if raw.gap and not (first and last) and not _known_surname_reading(last) and not _relative_clause(raw):
        return False  # across a few words, only a full name is safe: "Руснок" may be anything
    if last and not raw.link and 'nomn' not in person_cases and len(last) == 1:
        word = last[0].value
        known = [form for form in getattr(last[0], 'forms', ()) if is_known(form)]
        if not known and _DECLINABLE_NOMINATIVE.search(word.lower()) and normalize.name_gender([word]) is None:
            return False  # "указом президента Ю.Балуевский": a nominative name
    return True


def _head_is(token: Any, lemmas: set[str]) -> bool:
    return any(form.normalized in lemmas for form in getattr(token, 'forms', ()))


#: Bodies one belongs to rather than serves in: "член партии", "представитель движения".
MEMBERSHIP_BODIES = {'партия', 'движение', 'блок', 'фракция', 'лига', 'клуб', 'круг', 'оппозиция', 'союз'}


def _membership(raw: Any) -> bool:
    head = {form.normalized for form in getattr(attribute_tokens(raw, 'head')[-1], 'forms', ())}
    if not head & {'член', 'представитель', 'сторонник'}:
        return False
    body = attribute_tokens(raw, 'tail') + attribute_tokens(raw, 'organization') + attribute_tokens(raw, 'org_type')
    if 'член' in head and attribute_tokens(raw, 'organization') and all(
        IsAbbreviation()(token) for token in attribute_tokens(raw, 'organization')
    ) and not raw.place:
        return True  # "Член ЛДПР"
    return any(form.normalized in MEMBERSHIP_BODIES for token in body for form in getattr(token, 'forms', ()))


def _name_of_tail(raw: Any) -> bool:
    """Whether the governed words end in another post that a genitive name
    may belong to: "заместителем главы МВД Рашида Нургалиева"."""
    tail = attribute_tokens(raw, 'tail')
    if not tail:
        return False
    is_post = any(
        form.normalized in HEAD_WORDS and form.grams.values >= {'anim', 'gent'} for form in getattr(tail[-1], 'forms', ())
    )
    return is_post and bool(_person_cases(raw) & {'gent', 'accs'})


def _may_be_subject(raw: Any) -> bool:
    """Whether every dictionary word of the name can stand in the nominative."""
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        known = [form for form in getattr(token, 'forms', ()) if is_known(form)]
        if known and not any('nomn' in form.grams.values or 'Fixd' in form.grams.values for form in known):
            return False
    return True


def _linked_by_verb(raw: Any) -> bool:
    """Whether a copula ties the name to the post ("стал", "назначен"), which
    makes the name its subject; "освободил Балуевского от должности" holds no
    copula and the holder may be an object."""
    return any(
        form.normalized in COPULAS
        for token in attribute_tokens(raw, 'link') for form in getattr(token, 'forms', ())
    )


def _may_be_holder(raw: Any) -> bool:
    """Whether the name may stand as the holder tied to a post by a verb or
    an office ("Иванов занял пост", "назначил Иванова на пост", "назначение
    Иванова на пост"); a dative or instrumental name is someone else."""
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        known = [form for form in getattr(token, 'forms', ()) if is_known(form) and form.grams.values & {'Name', 'Surn'}]
        if known and not any(form.grams.values & {'nomn', 'accs', 'gent', 'Fixd'} for form in known):
            return False
    return True


def _relative_clause(raw: Any) -> bool:
    """Whether the gap opens with "который": "Ю. Чайкой, который тогда занимал
    пост" ties the post to the name whatever the name's case."""
    gap = attribute_tokens(raw, 'gap')
    return bool(gap) and any(form.normalized == 'который' for form in getattr(gap[0], 'forms', ()))


def _participle_cases(raw: Any) -> set[str]:
    """The cases of the full participles of the link ("назначенный",
    "занимавшая"), which agree with the name they follow."""
    return {
        case for token in attribute_tokens(raw, 'link') for form in getattr(token, 'forms', ())
        if 'PRTF' in form.grams.values for case in normalize.CASES if case in form.grams.values
    }


def _sought(raw: Any) -> bool:
    """Whether the copula is an infinitive: "хочет стать", "должен стать",
    "шансы стать" name a post sought, not held."""
    return _sought_by(attribute_tokens(raw, 'link'))


def _sought_by(link: Sequence[Any]) -> bool:
    return any(
        'INFN' in form.grams.values and form.normalized in LINK_VERBS
        for token in link for form in getattr(token, 'forms', ())
    )


def _known_surname_reading(tokens: Sequence[Any]) -> bool:
    return any(
        'Surn' in form.grams.values and is_known(form) for token in tokens for form in getattr(token, 'forms', ())
    )


def preference(raw: Any) -> int:
    """Tokens' worth of preference for a post right before its holder.

    "Уокер, губернатор Техаса Рик Перри": the comma may close the previous
    name or open an apposition, but a name right after a post is its holder.
    """
    if _name_first(raw):
        # the aside in brackets adds no weight: "Патрика Фитцжеральда (Patrick
        # Fitzgerald), начальника полиции Рэймонда Келли" is read as without it
        return -len(attribute_tokens(raw, 'aside'))
    if raw.link is None:
        return 3
    # "сына Рустама Минниханова, главы Татарстана, Ирека": a post between
    # commas belongs to the name before it rather than to the one after
    return -4 if raw.link in {',', '—', '–', '-'} else 0


def shared(raw: Any) -> list[Span]:
    """The words a second match may use too: the holder's name, as one person
    may hold two posts ("вице-президент Ганы Джон Махама занял пост главы
    государства"); after a verb, also the post, which may pass from one
    holder to the next ("Хаспел сменила на посту главы ЦРУ Майка Помпео")."""
    if _is_list(raw):
        return []
    name = sorted((token for part in ('first', 'middle', 'last') for token in attribute_tokens(raw, part)),
                  key=lambda token: token.span.start)
    if not name:
        return []
    regions = [tokens_span(name)]
    link = attribute_tokens(raw, 'link')
    if _name_first(raw) and link and link[-1].value not in ',—–-(':
        # the post with its body, to the end of the match
        regions.append(Span(attribute_tokens(raw, 'head')[0].span.start, _END))
    return regions


_END = 2 ** 62


_POST_PHRASE = rule(TIME.optional(), POST, BODY.optional()).interpretation(Raw)


@functools.lru_cache(maxsize=1)
def _post_parser() -> Any:
    from yargy import Parser

    from factlex.morph import tokenizer

    return Parser(_POST_PHRASE, tokenizer=tokenizer())


def _other_post(raw: Any) -> Optional[Any]:
    """The first of two coordinated posts, read as a post phrase of its own."""
    tokens = attribute_tokens(raw, 'other_post')
    if not tokens:
        return None
    base = tokens[0].span.start
    chars = [' '] * (tokens[-1].span.stop - base)
    for token in tokens:
        chars[token.span.start - base:token.span.stop - base] = token.value
    text = ''.join(chars)
    parser = _post_parser()
    words = list(parser.tokenizer(text))
    match = earley.match(parser, words)
    if match is None:
        # "наблюдатель от ОБСЕ португальский парламентарий": words left over
        # after the post ("португальский") describe the holder of the next one
        match = next((found for found in earley.findall(parser, words) if found.span.start == 0), None)
    return match.fact if match is not None else None


def _indeclinable_post_person_cases(raw: Any) -> set[str]:
    """After "замминистра" only the name shows its case: a dictionary name by
    its readings, another by its ending ("Буянский" is nominative, "Балуевского" not)."""
    known = _person_cases(raw)
    if any(is_known(form) and form.grams.values & {'Name', 'Surn'}
           for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')
           for form in getattr(token, 'forms', ())):
        return known
    last = attribute_tokens(raw, 'last')
    if last and not _DECLINABLE_NOMINATIVE.search(last[-1].value.lower()):
        return set(normalize.CASES) - {'nomn'}
    return {'nomn'}


def _second_post(raw: Any, apposition: bool, person_cases: set[str]) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """The position, organization and place of the other post of the holder:
    coordinated ("глава ФСБ Чечни и зампред НАК") or taken ("Главой Малави
    стала вице-президент ..."), or None when it does not hold."""
    other = _other_post(raw)
    if other is None:
        return None
    other_cases = _post_cases(other)
    if raw.other_link:
        # tied by a copula, the post is instrumental; a post wished for is not held
        tied = 'ablt' in other_cases and not _sought_by(attribute_tokens(raw, 'other_link'))
    else:
        tied = bool(other_cases & person_cases) or not apposition
    if not tied:
        return None
    return _position(other, other_cases, attribute_tokens(other, 'tail')), _organization(other), _place(other)


def to_facts(raw: Any, tokens: list) -> Iterator[Official]:
    """The Official of one match, everything in the nominative."""
    cases = _post_cases(raw)
    if not cases:
        return  # "директоров", "вице-президенты": a post of one person is singular
    # In apposition ("Лукашенко, президент", "президент Лукашенко") the name
    # agrees with the post; tied by a verb or a dash it has a case of its own.
    apposition = raw.link in (None, ',')
    name_first = _name_first(raw)
    if name_first and raw.link is None:
        if 'ablt' not in cases:
            return  # "назначил Х послом": without a verb only the instrumental ties them
        apposition = False
    if not name_first and cases == {'ablt'} and not _name_of_tail(raw):
        # "назначил начальником штаба Владимира Замана"; but "работал
        # заместителем главы МВД Рашида Нургалиева" names the minister
        cases = cases | {'accs'}
    person_cases = cases if apposition else _person_cases(raw)
    if raw.office:
        if 'gent' not in cases:
            return
        cases = {'gent'}
        # the holder is the sentence's subject, or in apposition to the post
        person_cases = {'nomn', 'gent'} & _person_cases(raw)
        if not person_cases or not _agrees(raw, person_cases):
            return
    if raw.one_of:
        # "одного из руководителей Ивана Петрова": the name agrees with "один"
        person_cases = _cases(attribute_tokens(raw, 'one_of')[0], {'один'})
        if not person_cases or not _agrees(raw, person_cases):
            return
    if raw.link == 'вместо':
        person_cases = {'gent'}  # "вместо Роберта Гейтса"
    if apposition and attribute_tokens(raw, 'head')[-1].value.lower() in INDECLINABLE_HEADS:
        person_cases = _indeclinable_post_person_cases(raw)
    if raw.link == '(':
        if 'nomn' not in cases:
            return  # in brackets the post stands in the nominative whatever the name's case
        cases = {'nomn'}
    if _sought(raw):
        return  # "Кличко хочет стать мэром": a post wished for is not held
    if name_first and _linked_by_verb(raw) and 'ablt' not in cases and not raw.acting:
        return  # "Нетаньяху является бывший глава": after a copula the post is instrumental
    participle_cases = _participle_cases(raw)
    if participle_cases and name_first:
        # "Иваном Петровым, ставшим министром": the participle agrees with the
        # name, and shows its case
        person_cases = person_cases & participle_cases
        if not person_cases:
            return  # "Синдеев руководил проверкой, назначенной генпрокурором": the check's participle
    else:
        if raw.link and raw.link != '(' and not apposition and 'nomn' in person_cases:
            # Tied by a verb the name is most often its subject: "стала Анастасия
            # Кузнецова" is not the genitive of "Анастасий Кузнецов".
            person_cases = {'nomn'}
        relative = _relative_clause(raw) or raw.link == '('  # brackets tie any case
        if not apposition and raw.link and name_first and not relative and not _may_be_holder(raw):
            return  # "выбор Земаном на пост премьера": the one who chose
        if _linked_by_verb(raw) and name_first and not relative and not _may_be_subject(raw):
            return  # "Оппонентом Рубио ... станет конгрессмен": the name is no subject
    if apposition and not raw.one_of and not raw.office and not _agrees(raw, cases):
        return
    if not name_first and raw.link in ('—', '–', '-') and 'nomn' not in cases and not _agrees(raw, cases):
        return  # "супруге первого президента — Наине Иосифовне": the dash joins no apposition of another case
    if not _plausible(raw, cases, person_cases):
        return
    tail = attribute_tokens(raw, 'tail')
    organization = attribute_tokens(raw, 'organization')
    typed = False
    if tail and organization and tail[-1].span.stop <= organization[0].span.start and any(
        form.normalized in ORG_TYPE_WORDS for form in getattr(tail[-1], 'forms', ())
    ) and not (len(tail) > 1 and tail[-2].value == '-'):  # "пресс-службы" is one word
        # "директор офиса госкорпорации «Росатом»": the kind of body belongs
        # to the organization, not to the post.
        tail, typed = tail[:-1], True
    holders = [_person(raw, person_cases, suffix) for suffix in (('', '2', '3') if _is_list(raw) else ('',))]
    second = _second_post(raw, apposition, person_cases) if raw.other_post and holders[0] is not None else None
    if raw.other_post and second is None:
        # "на выборах главы МВФ был управляющий ...": the first words read as
        # no post of this holder; a shorter match reads the rest
        return
    position, organization, place = _position(raw, cases, tail), _organization(raw, typed), _place(raw)
    for holder in filter(None, holders):
        yield Official(tokens_span(tokens), position, person=holder, organization=organization, place=place)
    if second is not None:
        other_position, other_organization, other_place = second
        yield Official(tokens_span(tokens), other_position, person=holders[0], organization=other_organization,
                       place=other_place)


#: Every mention holds a trigger match (a post's head word): no parse starts
#: after the last one in a window (factlex.grammar.Grammar.anchored).
ANCHORED = True
