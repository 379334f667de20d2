"""The body and the place a post belongs to ("МИД России", "госкорпорации «Росатом»", "посол Белоруссии в России"), and the words between a post and its holder that belong to neither ("генерал-лейтенант", "68-летний")."""

from __future__ import annotations

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_caseless, is_lower, type

from ..blocks.orgs import (
    BODY_NOUNS,
    LEGAL_FORM,
    NAMED_BODY,
    ORG_ABBREVIATION,
    ORG_NAME,
    ORG_TYPE,
    ORG_TYPE_WORDS,
    QUOTED,
)
from ..blocks.names import RELATIVES
from ..blocks.places import REGION_NOUNS, place
from ..blocks.words import (
    HasCase,
    HasLemmaEnding,
    HasSingularCase,
    IsAbbreviation,
    IsCapitalizedWord,
    IsKnownName,
    IsKnownSurname,
    IsNameWord,
    IsOrgShaped,
    IsSurnameShaped,
)
from .post import FORMER, HEAD_WORDS, MODIFIERS, RELATIONAL_HEADS
from .raw import Raw

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

# The noun of a scene is none of a person's name, no office ("на посту" ties
# a holder) and no time ("в 2010 году", "в понедельник" belong to the verb).
SCENE_NOUN = and_(
    type('RU'), gram('NOUN'), HasCase({'loct', 'loc2'}),
    # a place is HOST_PLACE's, read into ``host_place``
    not_(or_(gram('Name'), gram('Surn'), gram('Patr'), gram('Geox'), gram('PREP'), gram('CONJ'), gram('PRCL'),
             gram('Abbr'))),
    not_(dictionary({'пост', 'должность', 'качество', 'место', 'позиция', 'год', 'месяц', 'неделя', 'день', 'время',
                     'период', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
                     'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь',
                     'октябрь', 'ноябрь', 'декабрь', 'интервью', 'эфир', 'заявление', 'беседа', 'конференция',
                     'брифинг', 'связь', 'отставка', 'результат', 'итог', 'ход', 'рамка', 'случай', 'начало',
                     'конец', 'середина', 'прошлое', 'настоящее', 'будущее'})),
)
SCENE_MODIFIER = rule(and_(gram('ADJF'), HasCase({'loct'}), not_(gram('Apro')), not_(gram('Anum'))))
SCENE_GENITIVE = rule(and_(is_lower(), HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF')),
                           not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL')))).repeatable(max=2))

GENERIC_REGIONS = {'округ', 'регион', 'область', 'край', 'республика', 'город', 'столица', 'страна', 'район', 'штат'}

GENERIC_REGION = and_(dictionary(GENERIC_REGIONS), is_lower(), HasCase({'gent'}))

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
# "глава делегации на переговорах", "директор цирка на Цветном бульваре",
# "главный тренер сборной на чемпионате мира": where the post is held, named
# by any noun in the locative; "шериф из Техаса": where the holder serves.
# Only between a post and its holder's name: after the holder such a phrase
# belongs to the verb ("Иванов, министр финансов, в правительстве ...").
AT_SCENE = in_caseless({'в', 'во', 'на'}).interpretation(Raw.scene)
SCENE = or_(
    rule(AT_SCENE, SCENE_NOUN),
    rule(AT_SCENE, SCENE_NOUN, SCENE_GENITIVE),
    rule(AT_SCENE, SCENE_MODIFIER, SCENE_NOUN),
    rule(AT_SCENE, SCENE_MODIFIER, SCENE_NOUN, SCENE_GENITIVE),
    # "на чемпионате Европы", "в правительстве Канады"
    rule(AT_SCENE, SCENE_NOUN, place({'gent'})),
    rule(in_caseless({'из'}).interpretation(Raw.scene), place({'gent'}).interpretation(Raw.place)),
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
    # "(Росимущества)", "(Минобрнауки)": a compound name, inflected along
    rule(eq('('), or_(IsOrgShaped(), and_(gram('Orgn'), IsCapitalizedWord())), eq(')')),
    # "Фонда прав человека (Human Rights Foundation)": the name in English
    rule(eq('('), and_(type('LATIN'), IsCapitalizedWord()), type('LATIN').repeatable(max=4), eq(')')),
)

# "пресс-секретарь Путина Дмитрий Песков", "адвокат Анны Беловой Ирина
# Котова": a person in the genitive whose post it is; "пресс-секретаря Кремля",
# "председателю Еврогруппы": a body in one capitalized genitive word. Either
# stands only before the holder's full name (see assembly.to_facts).
OWNER_SURNAME = and_(IsNameWord(), IsKnownSurname(), HasSingularCase({'gent'}))
OWNER = or_(
    rule(OWNER_SURNAME),
    rule(and_(IsNameWord(), IsKnownName(), HasSingularCase({'gent'})), OWNER_SURNAME),
).interpretation(Raw.owner)
OWNER_BODY = and_(
    IsCapitalizedWord(), type('RU'), gram('NOUN'), HasSingularCase({'gent'}),
    not_(IsKnownName()), not_(IsKnownSurname()), not_(gram('Patr')), not_(gram('Geox')), not_(IsAbbreviation()),
    not_(dictionary(BODY_NOUNS)),  # "Совета Федерации": the body's own noun
).interpretation(Raw.owner_body)

# One capitalized word alone is as often a first name ("Нейл Патрик Харрис",
# "Абду Рабу Мансур Хади"), so a body the dictionary cannot decline is two
# such words or one hyphenated the foreign way; a word that declines
# ("Роскосмоса", "Госдумы") is ORG_NAME's or OWNER_BODY's.
FOREIGN_WORD = and_(
    type('RU'), IsCapitalizedWord(), not_(IsKnownName()), not_(IsKnownSurname()), not_(gram('Patr')),
    not_(gram('ADJF')), not_(gram('Orgn')), not_(IsAbbreviation()), not_(IsOrgShaped()),
    not_(HasSingularCase({'gent'})),
)
FOREIGN_BODY = or_(
    rule(FOREIGN_WORD, FOREIGN_WORD),  # "Ассошиэйтед Пресс"
    rule(IsCapitalizedWord(), rule(eq('-'), and_(type('RU'), is_lower())).repeatable(max=3)),  # "Би-би-си"
    rule(in_caseless({'аль', 'эль', 'ас', 'ан', 'ад', 'ат'}), eq('-'), IsCapitalizedWord()),  # "Аль-Джазиры"
).interpretation(Raw.foreign_body)

# yargy cannot nest a rule that may match nothing, so the optional ending
# parts are spelled out in each alternative.
# Of two readings of one span the chart keeps the first: a place before a
# body, so that "Российской Федерации" is the place it also reads as.
BODY = or_(
    rule(PLACE, ORGANIZATION.optional(), EXPANSION.optional(), or_(HOST_PLACE, ATTACHED, ORG_TOPIC).optional(),
         CONSTITUENCY.optional()),
    # "Департамента информации и печати МИД России": a body of a body; the
    # fact keeps the nearer one (before the body's own links, which read "МИД" too)
    rule(NAMED_BODY.interpretation(Raw.organization), PARENT_BODY, PLACE.optional(), or_(HOST_PLACE, ATTACHED).optional()),
    rule(
        ORGANIZATION, EXPANSION.optional(), PLACE.optional(),  # "МИД России"
        or_(HOST_PLACE, ATTACHED, ORG_TOPIC).optional(), CONSTITUENCY.optional(),
    ),
    # "глава МВД республики", "Духовного управления мусульман (ДУМ) края": a
    # region the text has named before
    rule(ORGANIZATION, EXPANSION.optional(), GENERIC_REGION),
    # "Председатель Госсовета и Совета министров Кубы": two bodies; the fact keeps the first
    rule(ORGANIZATION, in_caseless({'и'}), ORG_NAME, PLACE.optional()),
    rule(or_(HOST_PLACE, ATTACHED), CONSTITUENCY.optional()),
    CONSTITUENCY,
    # "юристом в компании «Ростехнадзор-Консалт»": the body where one works, after the post
    rule(in_caseless({'в', 'во'}), rule(and_(dictionary(ORG_TYPE_WORDS), is_lower(), HasCase({'loct'}))).interpretation(
        Raw.org_type), QUOTED.interpretation(Raw.organization)),
    # "начальника войск радиоэлектронной борьбы (РЭБ)": the abbreviation of the governed words
    EXPANSION,
    OWNER,
    rule(OWNER_BODY),
)

# "министры обороны России и Китая", "ректоры МГУ и СПбГУ", "послы Германии
# и Франции в России", "губернаторы Тульской и Калужской областей": a body or
# place for each of two holders, paired in order (a list only: see assembly).
PLACE2 = place({'gent'}).interpretation(Raw.place2)
REGION_ADJECTIVE = and_(gram('ADJF'), IsCapitalizedWord(), HasCase({'gent'}))
PAIRED_BODY = or_(
    rule(PLACE, in_caseless({'и'}), PLACE2),
    rule(PLACE, in_caseless({'и'}), PLACE2, HOST_PLACE),
    rule(ORG_NAME.interpretation(Raw.organization), PLACE, in_caseless({'и'}), PLACE2),
    rule(ORG_NAME.interpretation(Raw.organization), in_caseless({'и'}), ORG_NAME.interpretation(Raw.organization2)),
    rule(
        REGION_ADJECTIVE.interpretation(Raw.place), in_caseless({'и'}), REGION_ADJECTIVE.interpretation(Raw.place2),
        and_(dictionary(REGION_NOUNS), gram('plur'), is_lower(), HasCase({'gent'})).interpretation(Raw.region_kind),
    ),
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
# "доктор исторических наук", "кандидат физико-математических наук": a degree
SCIENCE_ADJECTIVE = or_(
    rule(and_(gram('ADJF'), is_lower(), HasCase({'gent'}))),
    rule(and_(type('RU'), is_lower()), eq('-'), and_(gram('ADJF'), is_lower(), HasCase({'gent'}))),
)
DEGREE = or_(
    rule(dictionary({'доктор', 'кандидат'}), and_(dictionary({'наука'}), gram('plur'), HasCase({'gent'}))),
    rule(dictionary({'доктор', 'кандидат'}), SCIENCE_ADJECTIVE,
         and_(dictionary({'наука'}), gram('plur'), HasCase({'gent'}))),
)
# "Герой России", "Герою Советского Союза", "народный артист СССР": an
# honorary title ("народный депутат" is a post)
HONORARY = or_(
    rule(and_(dictionary({'герой'}), IsCapitalizedWord()), place({'gent'})),
    rule(and_(dictionary({'герой'}), IsCapitalizedWord()), and_(gram('ADJF'), IsCapitalizedWord(), HasCase({'gent'})),
         and_(IsCapitalizedWord(), gram('NOUN'), HasCase({'gent'}))),
    rule(and_(dictionary({'заслуженный', 'народный'}), gram('ADJF'), is_lower()),
         and_(gram('NOUN'), gram('anim'), is_lower(), not_(dictionary(HEAD_WORDS))), place({'gent'})),
    rule(and_(dictionary({'заслуженный', 'народный'}), gram('ADJF'), is_lower()),
         and_(gram('NOUN'), gram('anim'), is_lower(), not_(dictionary(HEAD_WORDS))),
         and_(gram('NOUN'), is_lower(), HasCase({'gent'})),
         place({'gent'})),  # "заслуженный деятель науки России"
)
# "член партии «Единство»", "член Партии регионов": a membership, which the
# holder has besides the post
MEMBERSHIP = or_(
    rule(dictionary({'член'}), and_(dictionary({'партия', 'фракция'}), is_lower()), ORG_NAME),
    rule(dictionary({'член'}), ORG_NAME),
    rule(dictionary({'член'}), NAMED_BODY),
)
INTERLUDE_WORD = or_(
    DEGREE,
    HONORARY,
    MEMBERSHIP,
    rule(type('INT'), eq('-'), dictionary({'летний'})),
    # "72-х летний", "72 летний"
    rule(type('INT'), rule(eq('-'), in_caseless({'х', 'ти', 'ми', 'ух', 'ех'})).optional(), dictionary({'летний'})),
    morph_pipeline(sorted(RANKS)),
    rule(NATIONALITY),
    rule(eq('-'), AFFILIATION),
    rule(and_(gram('ADJF'), is_lower()).optional(), AFFILIATION),
)
INTERLUDE = rule(INTERLUDE_WORD.repeatable(max=2))
# "стал итальянский продюсер Паоло Дель Брокко", "известный режиссёр": a
# calling described by an adjective, right before the name only ("Уэррити —
# близкий друг министра" befriends the minister). The calling may be a post
# of its own, read by a match of its own; it is one person's and in no
# genitive, which would continue the post ("лидер боснийских сербов"); no
# relative and no post held under someone, whose genitive name would follow
# ("назначен бывший заместитель Суходольского").
DESCRIBED_CALLING = rule(
    # the adjective agrees with the noun (assembly.to_facts): "тренер сборной
    # итальянец" ends the post in "сборной"
    and_(gram('ADJF'), is_lower(), not_(dictionary(MODIFIERS)), not_(gram('Apro')), not_(gram('Anum')),
         not_(in_caseless(FORMER))),
    and_(gram('NOUN'), gram('anim'), gram('sing'), is_lower(), not_(HasCase({'gent'})),
         not_(dictionary(RELATIVES | RELATIONAL_HEADS))),
).interpretation(Raw.calling)
HOLDER_INTERLUDE = or_(INTERLUDE, DESCRIBED_CALLING, rule(INTERLUDE_WORD, DESCRIBED_CALLING))
