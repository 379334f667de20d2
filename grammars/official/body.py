"""The body and the place a post belongs to ("МИД России", "госкорпорации «Росатом»", "посол Белоруссии в России"), and where it is held ("глава делегации на переговорах")."""

from __future__ import annotations

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from ..blocks.names import EAST_ASIAN_FAMILIES
from ..blocks.orgs import (
    BODY_CORE,
    BODY_NOUNS,
    CAPITALIZED_BODY_NOUN,
    COMPOUND_BODY_WITH_LINKS,
    LEGAL_FORM,
    NAMED_BODY,
    ORG_ABBREVIATION,
    ORG_NAME,
    ORG_TYPE,
    ORG_TYPE_WORDS,
    QUOTED,
)
from ..blocks.places import REGION_NOUNS, located, place
from ..blocks.words import (
    HasCase,
    HasSingularCase,
    IsAbbreviation,
    IsCapitalizedWord,
    IsForeignName,
    IsKnownName,
    MayEndGenitive,
    IsKnownSurname,
    IsNameWord,
    IsOnlyImperative,
    IsOrgShaped,
    IsSurnameShaped,
)
from .post import (
    ABBREVIATED_TOPIC,
    HEAD_WORDS,
    LONG_TOPIC_ITEM,
    RELATIONS_TOPIC,
    TAIL_WORD,
    TOPIC_ITEM,
    TOPIC_LIST,
    TOPIC_WORD,
    WITH_WHOM,
)
from .raw import Raw
from .titles import MONARCHS

##########
#   BODY AND PLACE
##########

ORGANIZATION = or_(
    rule(or_(ORG_TYPE, LEGAL_FORM).interpretation(Raw.org_type), QUOTED.interpretation(Raw.organization)),
    # "управляющей компании «Жилсервис»", "частного охранного предприятия «Щит»"
    rule(rule(and_(or_(gram('ADJF'), gram('PRTF')), is_lower()).repeatable(max=2), ORG_TYPE).interpretation(Raw.org_type),
         QUOTED.interpretation(Raw.organization)),
    # "футбольного клуба Челси", "компании Microsoft": a name after the kind of body
    rule(
        or_(rule(ORG_TYPE), rule(and_(gram('ADJF'), is_lower()).repeatable(max=3), ORG_TYPE)).interpretation(Raw.org_type),
        or_(
            rule(and_(type('LATIN'), or_(IsCapitalizedWord(), IsAbbreviation())).repeatable(max=3)),
            # one Russian word that is no part of a name: "Челси", not "Николая",
            # nor an adjective of the place after it ("объединения Южной Кореи")
            rule(and_(type('RU'), IsCapitalizedWord(), not_(IsKnownName()), not_(gram('Surn')), not_(gram('Patr')),
                      not_(IsSurnameShaped()), not_(gram('ADJF')), not_(IsOnlyImperative()))),
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

GENERIC_REGION = and_(dictionary(GENERIC_REGIONS), is_lower(), HasCase({'gent'}))

# "посол Белоруссии в России": the country the post belongs to is the
# genitive one; "в России" is where it is held.
PLACE = place({'gent'}).interpretation(Raw.place)
HOST_PLACE = or_(
    rule(
        in_caseless({'в', 'во', 'на'}),  # "посол Евросоюза на Южном Кавказе"
        or_(located({'loct', 'datv'}), rule(IsAbbreviation())).interpretation(Raw.host_place),
    ),
    # "полпред президента в округе": a region the text has named before
    rule(in_caseless({'в', 'во'}), and_(dictionary(GENERIC_REGIONS), is_lower(), HasCase({'loct'}))),
    # "руководитель фракции «Единая Россия» в Государственной Думе"
    rule(in_caseless({'в', 'во'}), NAMED_BODY),
)
# The noun of a scene is none of a person's name, no office ("на посту" ties
# a holder), no time ("в 2010 году", "в понедельник") nor a talk ("в
# интервью", "в заявлении"), which belong to the verb, and no "в отставке"
# (a holder's state, see between.py).
NOT_SCENES = {
    'пост', 'должность', 'качество', 'место', 'позиция', 'отставка',
    'год', 'месяц', 'неделя', 'день', 'время', 'период', 'начало', 'конец', 'середина', 'прошлое', 'настоящее',
    'будущее', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'январь',
    'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь',
    'интервью', 'эфир', 'заявление', 'беседа', 'конференция', 'брифинг', 'связь', 'результат', 'итог', 'ход',
    'рамка', 'случай',
    'сфера', 'область',  # "в сфере образования": a field, the post's topic (post.TOPIC)
}
#: Nouns that introduce a person in the genitive right after them: in
#: "министр в правительстве Синдзо Абэ", "в присутствии Марии Котовой" the
#: name is whose government or presence it is (assembly.to_facts).
PERSON_GOVERNING_NOUNS = frozenset({
    'правительство', 'кабинет', 'администрация', 'команда', 'окружение', 'штаб', 'присутствие', 'отношение',
    'похороны', 'приём', 'память', 'честь', 'защита', 'поддержка', 'лицо', 'адрес', 'сторона', 'дело',
    'процесс', 'суд', 'семья', 'дом', 'офис', 'аппарат', 'партия', 'эпоха', 'правление',
})
SCENE_NOUN = and_(
    type('RU'), gram('NOUN'), HasCase({'loct', 'loc2'}),
    # a place is HOST_PLACE's, read into ``host_place``
    not_(or_(gram('Name'), gram('Surn'), gram('Patr'), gram('Geox'), gram('PREP'), gram('CONJ'), gram('PRCL'),
             gram('Abbr'))),
    not_(dictionary(NOT_SCENES)),
).interpretation(Raw.scene_noun)
SCENE_MODIFIER = rule(and_(gram('ADJF'), HasCase({'loct'}), not_(gram('Apro')), not_(gram('Anum'))))
SCENE_GENITIVE = rule(and_(is_lower(), HasCase({'gent'}), or_(gram('NOUN'), gram('ADJF')),
                           not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL')))).repeatable(max=2)
                      ).interpretation(Raw.scene_words)

# "глава делегации на переговорах", "директор цирка на Цветном бульваре",
# "главный тренер сборной на чемпионате мира": where the post is held, named
# by any noun in the locative; "шериф из Техаса": where the holder serves.
# Only between a post and its holder's name: after the holder such a phrase
# belongs to the verb ("Иванов, министр финансов, в правительстве ...").
AT_SCENE = in_caseless({'в', 'во', 'на'}).interpretation(Raw.scene)
LOCATIVE_SCENE = or_(
    rule(AT_SCENE, SCENE_NOUN),
    rule(AT_SCENE, SCENE_NOUN, SCENE_GENITIVE),
    rule(AT_SCENE, SCENE_MODIFIER, SCENE_NOUN),
    rule(AT_SCENE, SCENE_MODIFIER, SCENE_NOUN, SCENE_GENITIVE),
    # "на чемпионате Европы", "в правительстве Канады", "в администрации
    # президента России": the scene's place, which need not be the post's
    rule(AT_SCENE, SCENE_NOUN, place({'gent'})),
    rule(AT_SCENE, SCENE_NOUN, SCENE_GENITIVE, place({'gent'})),
    # "на переговорах в Вене": where the scene itself is
    rule(AT_SCENE, SCENE_NOUN, HOST_PLACE),
)
# "шериф из Техаса": where the holder serves; after a body that names the
# place ("посол Франции из Москвы") it is where one came from
ORIGIN = rule(in_caseless({'из'}).interpretation(Raw.scene), PLACE)
SCENE = or_(LOCATIVE_SCENE, ORIGIN)

# "депутат Госдумы от ЛДПР", "сенатор от штата Алабама", "от фракции ЛДПР".
CONSTITUENCY = rule(
    in_caseless({'от'}),
    dictionary({'фракция', 'партия'}).optional(),
    or_(ORG_NAME, place({'gent'}), rule(dictionary({'штат', 'округ'}), IsCapitalizedWord())),
)
# "постпред России при ООН", "главе МВД по Башкирии".
_AT_BODY_OR_POST = and_(dictionary(BODY_NOUNS | HEAD_WORDS | {'правительство'}), is_lower(), HasCase({'loct'}))
ATTACHED = or_(
    rule(in_caseless({'при'}), ORG_NAME),
    # "представитель Следственного комитета при прокуратуре", "советник при губернаторе"
    rule(in_caseless({'при'}), _AT_BODY_OR_POST),
    # "следственного комитета при прокуратуре РФ", "при правительстве Москвы": the place's
    rule(in_caseless({'при'}), _AT_BODY_OR_POST, place({'gent'}).interpretation(Raw.place)),
    rule(in_caseless({'по'}), place({'datv'}).interpretation(Raw.host_place)),
    # "следственного отдела по Октябрьскому району Ижевска": a district and its town
    rule(in_caseless({'по'}), rule(place({'datv'}), place({'gent'})).interpretation(Raw.host_place)),
    # "представитель президента по Ближнему Востоку и странам Африки": a
    # region and more of the world, its words in lower case
    rule(in_caseless({'по'}), place({'datv'}).interpretation(Raw.host_place), in_caseless({'и'}),
         TOPIC_WORD.repeatable(max=2), or_(place({'gent'}), rule(TAIL_WORD.repeatable(max=2))).optional()),
    # "постпред России при Евросоюзе", "посол при Святом Престоле"
    rule(in_caseless({'при'}), place({'loct'}).interpretation(Raw.host_place)),
)
# "советник канцлера ФРС по экономическим вопросам": the post's topic after its body
# ("по вопросам ЖКХ", "по информационной политике, технологиям и связи"); a
# topic's genitives after the body are the body's ("агентства по безопасности полётов")
ORG_TOPIC = or_(
    rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=3)),
    rule(in_caseless({'по'}), TOPIC_LIST),
    # "комитета Госдумы по бюджету и налогам", "по связям с общественностью"
    rule(in_caseless({'по'}), TOPIC_ITEM, in_caseless({'и'}), TOPIC_ITEM),
    rule(in_caseless({'по'}), LONG_TOPIC_ITEM),  # "мэра Москвы по вопросам градостроительной политики и строительства"
    rule(in_caseless({'по'}), TOPIC_WORD.repeatable(max=2), WITH_WHOM),
    rule(in_caseless({'по'}), RELATIONS_TOPIC),  # "Синодального отдела по взаимоотношениям Церкви с обществом"
    ABBREVIATED_TOPIC,
)
# "Департамента информации и печати МИД": the body a department belongs to.
ABBREVIATED_PARENT = or_(
    rule(ORG_ABBREVIATION),
    rule(LEGAL_FORM, QUOTED),  # "ПАО «Россети»"
)
NAMED_PARENT = or_(
    rule(and_(gram('Orgn'), IsCapitalizedWord(), not_(IsAbbreviation()))),
    rule(IsOrgShaped()),
    COMPOUND_BODY_WITH_LINKS,  # "ГРУ Генштаба Вооружённых сил"
    # "ЦК Коммунистической партии Китая", "ЦК Компартии Вьетнама": a body named by its words
    BODY_CORE,
    rule(CAPITALIZED_BODY_NOUN),
)
PARENT_BODY = or_(
    ABBREVIATED_PARENT,
    rule(and_(gram('Orgn'), IsCapitalizedWord())),
    rule(IsOrgShaped()),
)
_NATIVE_NAME_WORD = and_(IsCapitalizedWord(), type('RU'), not_(gram('Geox')), not_(IsKnownName()), not_(gram('Surn')))
# "Международного олимпийского комитета (МОК)": the abbreviation in brackets.
EXPANSION = or_(
    rule(eq('('), IsAbbreviation(), eq(')')),
    rule(eq('('), IsAbbreviation(), IsAbbreviation(), eq(')')),  # "(УВКБ ООН)"
    # "(Росимущества)", "(Минобрнауки)": a compound name, inflected along
    rule(eq('('), or_(IsOrgShaped(), and_(gram('Orgn'), IsCapitalizedWord())), eq(')')),
    # "Государственного собрания (Ил Тумэн)", "Верховного Совета (Жогорку
    # Кенеш)": the body's name in the republic's language; no place, no one's name
    rule(eq('('), _NATIVE_NAME_WORD, and_(IsCapitalizedWord(), type('RU'), not_(IsKnownName())).optional(), eq(')')),
    # "Фонда прав человека (Human Rights Foundation)": the name in English
    rule(eq('('), and_(type('LATIN'), IsCapitalizedWord()), type('LATIN').repeatable(max=4), eq(')')),
)

# "пресс-секретарь Путина Дмитрий Песков", "адвокат Анны Беловой Ирина
# Котова": a person in the genitive whose post it is; "пресс-секретаря Кремля",
# "председателю Еврогруппы": a body in one capitalized genitive word. Either
# stands only before the holder's full name (see assembly.to_facts).
# An East Asian family name shows no case and opens the holder's own name:
# "судья Ким Се Юн" is one judge, not Kim's
OWNER_SURNAME = and_(IsNameWord(), IsKnownSurname(), HasSingularCase({'gent'}), not_(in_(EAST_ASIAN_FAMILIES)))
OWNER = or_(
    rule(OWNER_SURNAME),
    rule(and_(IsNameWord(), IsKnownName(), HasSingularCase({'gent'})), OWNER_SURNAME),
    # "помощник министра Антона Силуанова Иван Котов": a surname shaped as
    # one; "советник президента Эмманюэля Макрона Иван Котов": a foreign name
    # in the genitive, before the holder's full name
    rule(and_(IsNameWord(), IsKnownName(), HasSingularCase({'gent'})),
         and_(IsNameWord(), IsSurnameShaped(), HasSingularCase({'gent'}))),
    rule(and_(IsNameWord(), or_(IsForeignName(), IsKnownName()), HasSingularCase({'gent'})),
         and_(IsNameWord(), IsForeignName(), HasSingularCase({'gent'}))),
    # "пресс-секретарь патриарха Кирилла Александр Волков", "советник короля
    # Салмана Иван Котов": a monarch or a cleric, by the name he goes by
    rule(and_(dictionary(MONARCHS), is_lower(), HasSingularCase({'gent'})),
         and_(IsNameWord(), or_(gram('Name'), IsForeignName()), HasSingularCase({'gent'}))),
    # "президента Франции Эмманюэля Макрона Иван Котов": a surname the
    # dictionary knows as a common noun, after a known first name
    rule(and_(IsNameWord(), or_(IsForeignName(), gram('Name')), HasSingularCase({'gent'})),
         and_(IsNameWord(), gram('NOUN'), not_(gram('Name')), HasSingularCase({'gent'}))),
).interpretation(Raw.owner)
OWNER_BODY = and_(
    IsCapitalizedWord(), type('RU'), gram('NOUN'), HasSingularCase({'gent'}), MayEndGenitive(),
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
ARABIC_ARTICLES = frozenset({'аль', 'эль', 'ас', 'ан', 'ад', 'ат'})
FOREIGN_BODY = or_(
    rule(FOREIGN_WORD, FOREIGN_WORD),  # "Ассошиэйтед Пресс"
    rule(IsCapitalizedWord(), rule(eq('-'), and_(type('RU'), is_lower())).repeatable(max=3)),  # "Би-би-си"
    rule(in_caseless(ARABIC_ARTICLES), eq('-'), IsCapitalizedWord()),  # "Аль-Джазиры"
).interpretation(Raw.foreign_body)

# yargy cannot nest a rule that may match nothing, so the optional ending
# parts are spelled out in each alternative.
# Of two readings of one span the chart keeps the first: a place before a
# body, so that "Российской Федерации" is the place it also reads as.
# "вице-губернатор Петербурга по вопросам энергетики": after a place, one
# topic and what it governs (after a body's name such a topic is the name's:
# "Европейского агентства по безопасности полётов")
PLACE_TOPIC = or_(ORG_TOPIC, rule(in_caseless({'по'}), TOPIC_ITEM))
BODY = or_(
    rule(PLACE, ORGANIZATION.optional(), EXPANSION.optional(), or_(HOST_PLACE, ATTACHED, PLACE_TOPIC).optional(),
         CONSTITUENCY.optional()),
    # "Департамента информации и печати МИД России": a body of a body; the
    # fact keeps the nearer one (before the body's own links, which read "МИД" too)
    rule(NAMED_BODY.interpretation(Raw.organization), PARENT_BODY, PLACE.optional(), or_(HOST_PLACE, ATTACHED).optional()),
    # "ГРУ Генштаба", "ФСИН Минюста России": an abbreviated body of a parent one
    # (two abbreviations are one name: "ЦК КПСС", read by ORG_NAME)
    rule(rule(ORG_ABBREVIATION).interpretation(Raw.organization), NAMED_PARENT, PLACE.optional()),
    # "ФГБУ «НМИЦ онкологии» Минздрава России": a named institution of a
    # ministry; "отдела полиции «Заречный» УМВД по Туле": of a directorate
    rule(rule(or_(ORG_TYPE, LEGAL_FORM)).interpretation(Raw.org_type), QUOTED.interpretation(Raw.organization), PARENT_BODY,
         PLACE.optional()),
    # (after a name in quotes a capitalized word may begin the holder's name:
    # "«Фонда Викимедиа» Флоранс Девуар", so only an abbreviation or a typed name)
    # "Национального исследовательского университета «Высшая школа
    # экономики»": a named kind of body, then its own name in quotes
    rule(NAMED_BODY.interpretation(Raw.org_type), QUOTED.interpretation(Raw.organization), PLACE.optional()),
    rule(QUOTED.interpretation(Raw.organization), ABBREVIATED_PARENT),
    rule(QUOTED.interpretation(Raw.organization), ABBREVIATED_PARENT, or_(PLACE, HOST_PLACE, ATTACHED, ORG_TOPIC)),
    rule(QUOTED.interpretation(Raw.organization), ABBREVIATED_PARENT, PLACE, or_(HOST_PLACE, ATTACHED, ORG_TOPIC)),
    rule(
        ORGANIZATION, EXPANSION.optional(), PLACE.optional(),  # "МИД России"
        or_(HOST_PLACE, ATTACHED, ORG_TOPIC).optional(), CONSTITUENCY.optional(),
    ),
    # "комитета Госдумы по охране здоровья", "специалист Минздрава по терапии":
    # after a body named by one word, which holds no topic of its own, the
    # topic and its genitives are the post's
    rule(rule(or_(ORG_ABBREVIATION, IsOrgShaped(), and_(gram('Orgn'), IsCapitalizedWord()))).interpretation(
        Raw.organization), PLACE.optional(), rule(in_caseless({'по'}), TOPIC_ITEM)),
    # "комитета Совфеда по конституционному законодательству и государственному строительству"
    rule(rule(or_(ORG_ABBREVIATION, IsOrgShaped(), and_(gram('Orgn'), IsCapitalizedWord()))).interpretation(
        Raw.organization), PLACE.optional(), rule(in_caseless({'по'}), TOPIC_ITEM, in_caseless({'и'}), TOPIC_ITEM)),
    # "глава МВД республики", "Духовного управления мусульман (ДУМ) края": a
    # region the text has named before
    rule(ORGANIZATION, EXPANSION.optional(), GENERIC_REGION),
    # "Председатель Госсовета и Совета министров Кубы": two bodies; the fact keeps the first
    rule(ORGANIZATION, in_caseless({'и'}), ORG_NAME, PLACE.optional()),
    rule(or_(HOST_PLACE, ATTACHED), CONSTITUENCY.optional()),
    # "следственного комитета при прокуратуре РФ по Татарстану": whose it is, then where
    rule(ATTACHED, or_(HOST_PLACE, ATTACHED)),
    # "уполномоченный при президенте по правам ребёнка": attached to a body, on a topic
    rule(ATTACHED, or_(ORG_TOPIC, rule(in_caseless({'по'}), TOPIC_ITEM))),
    # "уполномоченный при президенте России по правам ребёнка": whose president, then the topic
    rule(ATTACHED, PLACE, or_(ORG_TOPIC, rule(in_caseless({'по'}), TOPIC_ITEM))),
    CONSTITUENCY,
    # "юристом в компании «Ростехнадзор-Консалт»": the body where one works, after the post
    rule(in_caseless({'в', 'во'}), rule(and_(dictionary(ORG_TYPE_WORDS), is_lower(), HasCase({'loct'}))).interpretation(
        Raw.org_type), QUOTED.interpretation(Raw.organization)),
    # "начальника войск радиоэлектронной борьбы (РЭБ)": the abbreviation of the governed words
    EXPANSION,
    OWNER,
    # "адвокат вице-мэра Иркутска Натальи Кравченко Сергей Мельников": the
    # post held under someone, that one's place, then that one's name
    rule(PLACE, OWNER),
    # "пресс-секретарь главы МИД Олега Малышева Анна Пестова": that one's body
    rule(ORGANIZATION, PLACE.optional(), OWNER),
    rule(OWNER_BODY),
    # "председатель Женералитата Каталонии": such a body, then where it governs
    rule(OWNER_BODY, PLACE),
)

# "министры обороны России и Китая", "ректоры МГУ и СПбГУ", "послы Германии
# и Франции в России", "губернаторы Тульской и Калужской областей": a body or
# place for each of two holders, paired in order (a list only: see assembly).
PLACE2 = place({'gent'}).interpretation(Raw.place2)
REGION_ADJECTIVE = and_(gram('ADJF'), IsCapitalizedWord(), HasCase({'gent'}))
PLACE3 = place({'gent'}).interpretation(Raw.place3)
REGION_KINDS = and_(dictionary(REGION_NOUNS), gram('plur'), is_lower(), HasCase({'gent'})).interpretation(Raw.region_kind)
# "министр по развитию Дальнего Востока и Арктики", "посол Тринидада и
# Тобаго": two places of one post, its one holder named after them
JOINED_PLACES = rule(place({'gent'}), in_caseless({'и'}), place({'gent'})).interpretation(Raw.place)
PAIRED_BODY = or_(
    rule(PLACE, in_caseless({'и'}), PLACE2),
    rule(PLACE, eq(','), PLACE2, in_caseless({'и'}), PLACE3),  # "России, Белоруссии и Казахстана"

    rule(PLACE, in_caseless({'и'}), PLACE2, HOST_PLACE),
    rule(ORG_NAME.interpretation(Raw.organization), PLACE, in_caseless({'и'}), PLACE2),
    rule(ORG_NAME.interpretation(Raw.organization), in_caseless({'и'}), ORG_NAME.interpretation(Raw.organization2)),
    rule(
        REGION_ADJECTIVE.interpretation(Raw.place), in_caseless({'и'}), REGION_ADJECTIVE.interpretation(Raw.place2),
        REGION_KINDS,
    ),
    # "губернаторы Свердловской, Челябинской и Тюменской областей"
    rule(
        REGION_ADJECTIVE.interpretation(Raw.place), eq(','), REGION_ADJECTIVE.interpretation(Raw.place2),
        in_caseless({'и'}), REGION_ADJECTIVE.interpretation(Raw.place3), REGION_KINDS,
    ),
)
