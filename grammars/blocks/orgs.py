"""Organizations an office belongs to: "госкорпорации «Росатом»", "ФСБ", "Центробанка"."""

from yargy import and_, not_, or_, rule
from yargy.predicates import (
    dictionary,
    eq,
    gram,
    in_,
    is_lower,
    is_title,
    length_eq,
    is_upper,
    type,
)

from .words import (
    SPACED_DASH,
    HasCase,
    HasSingularCase,
    IsAbbreviation,
    IsCapitalizedWord,
    IsKnownName,
    IsOrgShaped,
    IsRomanNumeral,
    IsUnknownWord,
    lower_compound,
)

__all__ = [
    'BODY_NOUNS',
    'COMPOUND_BODY_WITH_LINKS',
    'LEGAL_FORM',
    'ORG_ABBREVIATION',
    'NAMED_BODY',
    'ORG',
    'ORG_NAME',
    'ORG_TYPE',
    'ORG_TYPE_WORDS',
    'PLACE_ABBREVIATIONS',
    'QUOTED',
]

OPEN_QUOTES = {'«', '"', '„', '“'}
CLOSE_QUOTES = {'»', '"', '“', '”'}

#: «Росатом», "Газпром нефть": a name in quotes, up to six words.
QUOTED = or_(
    rule(
        in_(OPEN_QUOTES),
        # "«Национальный медицинский исследовательский центр онкологии имени Н. Н. Петрова»"
        not_(in_(OPEN_QUOTES | CLOSE_QUOTES)).repeatable(max=16),
        in_(CLOSE_QUOTES),
    ),
    # "«Концерн «Калашников»", "«Национальный парк «Лосиный остров»»": a kind
    # and its own name in quotes inside; guillemets only, as a straight quote
    # both opens and closes ("Газпром" и "Роснефть")
    rule(
        eq('«'), not_(in_(OPEN_QUOTES | CLOSE_QUOTES)).repeatable(max=4),
        eq('«'), not_(in_(OPEN_QUOTES | CLOSE_QUOTES)).repeatable(max=8), eq('»'), eq('»').optional(),
    ),
)

#: Words for a kind of organization, written before its name.
ORG_TYPE_WORDS = {
    'компания', 'корпорация', 'госкорпорация', 'концерн', 'холдинг', 'группа', 'банк',
    'фонд', 'агентство', 'объединение', 'организация', 'партия', 'движение', 'клуб',
    'федерация', 'союз', 'ассоциация', 'университет', 'институт', 'театр', 'музей',
    'издательство', 'газета', 'журнал', 'телеканал', 'радиостанция', 'служба', 'фирма',
    'завод', 'комбинат', 'предприятие', 'госкомпания', 'авиакомпания', 'ритейлер',
    'оператор', 'застройщик', 'производитель', 'разработчик', 'стартап', 'сеть', 'центр',
}
#: Legal forms written before a name: "ПАО «Газпром»", "ООО «Ромашка»".
LEGAL_FORM_WORDS = frozenset({'ПАО', 'ОАО', 'ЗАО', 'АО', 'ООО', 'НАО', 'ГК', 'НКО', 'ФГУП', 'ГУП', 'МУП', 'АНО'})
ORG_TYPE = or_(
    rule(and_(dictionary(ORG_TYPE_WORDS), is_lower())),
    rule(in_(LEGAL_FORM_WORDS)),
)

# "Telegram", "X Prize", "Yahoo!"; "Rolls-Royce", "S7 Airlines", "X5 Group":
# a hyphen or a digit inside a word of the name
_LATIN_WORD = and_(type('LATIN'), or_(IsCapitalizedWord(), IsAbbreviation(), is_upper()))
_LATIN_COMPOUND = or_(
    rule(_LATIN_WORD),
    rule(_LATIN_WORD, eq('-'), _LATIN_WORD),
    rule(and_(type('LATIN'), is_upper(), length_eq(1)), and_(type('INT'), length_eq(1))),
    rule(_LATIN_WORD, and_(type('INT'), length_eq(1))),  # "Tele2", "Web3"
    rule(_LATIN_WORD, eq('.'), and_(type('LATIN'), is_lower(), length_eq(2))),  # "Mail.ru"
    rule(_LATIN_WORD, eq('.'), and_(type('LATIN'), in_({'com', 'net', 'org'}))),  # "Booking.com"
)
# "Bank of America", "Arab Organization for Industrialization": a lower-case
# word joining the capitalized ones
LATIN_LINK_WORDS = {'of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'di', 'del', 'da', 'von', 'van', 'und'}
LATIN_WORDS = or_(
    rule(_LATIN_COMPOUND.repeatable(max=5)),
    rule(_LATIN_COMPOUND.repeatable(max=3), in_(LATIN_LINK_WORDS), _LATIN_COMPOUND.repeatable(max=3)),
)
LATIN_NAME = or_(
    LATIN_WORDS,
    rule(LATIN_WORDS, eq('!')),
    rule(LATIN_WORDS, eq('&'), LATIN_WORDS),  # "Entertainment & Devices", "Johnson & Johnson"
)

#: Country and region codes are places, not organizations.
PLACE_ABBREVIATIONS = {
    'РФ', 'США', 'КНР', 'ФРГ', 'ОАЭ', 'КНДР', 'СССР', 'ЮАР', 'ДНР', 'ЛНР', 'ЦАР', 'РБ', 'ХМАО',
    'ЯНАО', 'ЦФО', 'СЗФО', 'ЮФО', 'СКФО', 'ПФО', 'УФО', 'СФО', 'ДФО', 'UK', 'USA',
}

#: An abbreviation that names a body, not a place: "ФСБ", "МИД", not "РФ".
ORG_ABBREVIATION = and_(IsAbbreviation(), not_(in_(PLACE_ABBREVIATIONS)))
#: Abbreviated kinds of research institutes and design bureaus, named by their field after them.
INSTITUTE_ABBREVIATIONS = {'НИИ', 'ЦНИИ', 'НИЦ', 'НМИЦ', 'ГНЦ', 'ФНЦ', 'НПО', 'НПП', 'ОКБ', 'ЦКБ', 'КБ'}

# Bodies named by words: "Верховного суда", "Следственного комитета",
# "Совета Федерации", "Черноморским флотом".
BODY_NOUNS = {
    'суд', 'комитет', 'собрание', 'рада', 'дума', 'совет', 'палата', 'флот', 'округ',
    'штаб', 'служба', 'управление', 'министерство', 'агентство', 'департамент', 'комиссия',
    'фонд', 'банк', 'академия', 'университет', 'институт', 'театр', 'музей', 'партия',
    'правительство', 'администрация', 'прокуратура', 'церковь', 'синод', 'парламент', 'сенат',
    'конгресс', 'меджлис', 'курултай', 'хурал', 'ассамблея', 'организация', 'союз', 'армия',
    'федерация', 'ассоциация', 'корпорация', 'компания', 'объединение', 'движение', 'резерв',
    'полиция', 'милиция', 'гвардия', 'трибунал', 'инспекция', 'секретариат', 'канцелярия', 'кабинет',
    'ведомство', 'бюро', 'дом', 'коллегия', 'консерватория', 'орден', 'альянс', 'лига',
    'метрополитен', 'аппарат', 'завод', 'концерн', 'холдинг', 'войско', 'сила', 'центр', 'престол',
    'отдел', 'фронт',
    'больница', 'поликлиника', 'диспансер', 'санаторий', 'интернат', 'роддом', 'хоспис', 'клиника', 'госпиталь',
    'школа', 'гимназия', 'лицей', 'колледж', 'библиотека',
    'филармония', 'цирк', 'зоопарк', 'заповедник', 'обсерватория', 'галерея', 'студия', 'редакция',
    'монастырь', 'собор', 'храм', 'лавра', 'епархия', 'приход', 'мечеть', 'синагога', 'патриархия', 'митрополия',
    'командование', 'президиум',  # "Президиума Верховного Совета", "Президиума РАН"
    'оркестр', 'хор', 'ансамбль', 'капелла', 'балет', 'кафедра', 'факультет', 'лаборатория', 'отделение',
    'представительство', 'посольство', 'консульство', 'торгпредство', 'мэрия', 'муниципалитет', 'избирком',
    # Soviet party and executive committees: "Ленинградского обкома КПСС"
    'обком', 'горком', 'райком', 'крайком', 'исполком', 'облисполком', 'крайисполком', 'горисполком', 'райисполком',
    # bodies of a region, a town or a district, their kind cut to its first
    # syllable: "Кировского райсуда", "Тверского горсовета", "Омской облпрокуратуры"
    'райсуд', 'горсуд', 'облсуд', 'крайсуд', 'горсовет', 'райсовет', 'облсовет', 'сельсовет', 'поссовет',
    'гордума', 'облдума', 'горсобрание', 'облсобрание', 'облизбирком', 'горизбирком', 'теризбирком',
    'райадминистрация', 'горадминистрация', 'обладминистрация', 'облпрокуратура', 'горпрокуратура',
    'райпрокуратура', 'райотдел', 'горотдел', 'военкомат', 'облвоенкомат', 'горвоенкомат', 'райвоенкомат',
    'облздрав', 'горздрав', 'облбольница', 'горбольница', 'райбольница',
    'комбинат', 'фабрика', 'трест', 'верфь', 'судоверфь', 'рудник', 'шахта', 'порт', 'аэропорт',
    # unions of members, and military units: "Общества защиты прав потребителей",
    # "Сети базовой ренты", "Корпуса морской пехоты"
    'общество', 'сообщество', 'сеть', 'клуб', 'биржа', 'коалиция', 'конфедерация', 'профсоюз', 'консорциум',
    'товарищество', 'братство', 'фракция', 'корпус', 'дивизия', 'бригада', 'полк', 'компартия',
    # transport and power companies: "Свердловской железной дороги", "Мурманского морского пароходства"
    'дорога', 'пароходство', 'авиакомпания', 'электростанция',
    # named events, whose juries and committees have chairs: "Каннского кинофестиваля"
    'фестиваль', 'кинофестиваль', 'конкурс', 'чемпионат', 'олимпиада', 'форум', 'биеннале', 'турнир',
    # "Федеральной резервной системы", "Бишкекского городского кенеша", "Дикастерии по содействию единству христиан"
    'система', 'кенеш', 'маслихат', 'сейм', 'дикастерия',
    # institutions and sites run as bodies: "Забайкальской базы авиационной
    # охраны лесов", "Курского техникума", "Государственного архива"
    'база', 'станция', 'техникум', 'училище', 'архив', 'дворец', 'стадион', 'экспедиция', 'отряд', 'лесничество',
    'хозяйство', 'учреждение', 'филиал', 'кооператив', 'агрофирма', 'совхоз', 'колхоз', 'комплекс',
}
CAPITALIZED_ADJECTIVE = or_(
    # "Объединённого фронта": participles name bodies too
    rule(and_(or_(gram('ADJF'), gram('PRTF')), IsCapitalizedWord())),
    # "Северо-Кавказского", "Либерально-демократической"
    rule(IsCapitalizedWord(), eq('-'), and_(gram('ADJF'), or_(IsCapitalizedWord(), is_lower()))),
)
BODY_CORE = or_(
    rule(
        CAPITALIZED_ADJECTIVE,
        # "Российского национального исследовательского медицинского университета"
        and_(gram('ADJF'), is_lower()).repeatable(max=3).optional(),
        dictionary(BODY_NOUNS),
    ),
    # "Федерального медико-биологического агентства": a lower-case compound adjective
    rule(CAPITALIZED_ADJECTIVE, lower_compound(and_(gram('ADJF'), is_lower())), dictionary(BODY_NOUNS)),
    # "Национального исследовательского Томского государственного
    # университета", "Первого Московского государственного медицинского
    # университета": where the body is, capitalized among the adjectives
    rule(
        CAPITALIZED_ADJECTIVE,
        and_(gram('ADJF'), is_lower()).repeatable(max=2).optional(),
        CAPITALIZED_ADJECTIVE,
        and_(gram('ADJF'), is_lower()).repeatable(max=2),
        dictionary(BODY_NOUNS),
    ),
    # "Государственного Русского музея", "Российского Государственного архива"
    rule(CAPITALIZED_ADJECTIVE, CAPITALIZED_ADJECTIVE, dictionary(BODY_NOUNS)),
    # "Государственного Эрмитажа", "Большого Кремлёвского дворца": a body known by its own name
    rule(CAPITALIZED_ADJECTIVE, and_(IsCapitalizedWord(), gram('NOUN'), gram('inan'), not_(gram('Geox')))),
)
# "Всероссийской федерации лёгкой атлетики": lower-case words the body's noun governs.
# A function word is no noun of a body, though pymorphy2 reads "с" and "и"
# as letters' names too: "палаты с 2022 года", "Наций и в Совете".
FUNCTION_WORD = or_(gram('PREP'), gram('CONJ'), gram('PRCL'))
BODY_GENITIVE = and_(is_lower(), HasCase({'gent'}), or_(gram('ADJF'), gram('NOUN')), not_(FUNCTION_WORD))
# "дорожно-транспортной": a compound adjective
GENITIVE_WORD = or_(rule(BODY_GENITIVE), lower_compound(BODY_GENITIVE))
# "Департамента информации и печати", "транспорта и развития дорожно-транспортной инфраструктуры"
BODY_GENITIVES = or_(
    rule(GENITIVE_WORD.repeatable(max=4)),
    rule(GENITIVE_WORD.repeatable(max=3), eq('и'), GENITIVE_WORD.repeatable(max=3)),
    # "государственной регистрации, кадастра и картографии", "связи,
    # информационных технологий и массовых коммуникаций": listed with commas
    rule(GENITIVE_WORD.repeatable(max=3), rule(eq(','), GENITIVE_WORD.repeatable(max=3)).repeatable(max=3), eq('и'),
         GENITIVE_WORD.repeatable(max=3)),
)
TOPIC_WORD = and_(is_lower(), HasCase({'datv'}), or_(gram('ADJF'), gram('NOUN')), not_(FUNCTION_WORD))
# "по взаимоотношениям Церкви и общества": a genitive the topic governs,
# capitalized when it is itself a body
TOPIC_GENITIVE = or_(BODY_GENITIVE, and_(IsCapitalizedWord(), HasCase({'gent'}), gram('NOUN'),
                                         not_(gram('Name')), not_(gram('Surn')), not_(gram('Geox'))))
BODY_TOPIC = or_(
    rule(eq('по'), TOPIC_WORD.repeatable(max=4)),
    # "по науке и наукоемким технологиям"; what is joined ends in its noun:
    # "по энергетике и одним из директоров" joins no topic
    rule(eq('по'), TOPIC_WORD.repeatable(max=3), eq('и'), TOPIC_WORD.repeatable(max=2).optional(),
         and_(TOPIC_WORD, gram('NOUN'))),
    rule(eq('по'), TOPIC_WORD.repeatable(max=3), TOPIC_GENITIVE.repeatable(max=2)),
    rule(eq('по'), TOPIC_WORD.repeatable(max=3), TOPIC_GENITIVE, eq('и'), TOPIC_GENITIVE),
)
# "Движения против нелегальной иммиграции", "Фронта за демократию": what the
# body stands against or for
STANCE = or_(
    rule(eq('против'), and_(is_lower(), HasCase({'gent'}), or_(gram('ADJF'), gram('NOUN'))).repeatable(max=3)),
    rule(eq('за'), and_(is_lower(), HasCase({'accs'}), or_(gram('ADJF'), gram('NOUN'))).repeatable(max=3)),
)
CAPITALIZED_BODY_NOUN = and_(dictionary(BODY_NOUNS), IsCapitalizedWord())
# A body's name goes on with what its noun governs, link by link:
# "Федерального агентства | по управлению государственным имуществом",
# "Организации | Договора | о коллективной безопасности", "Института |
# проблем управления | имени Трапезникова", "Главного управления | по вопросам
# миграции | МВД".
GOVERNED_WORD = and_(is_lower(), HasCase({'gent', 'ablt'}), or_(gram('ADJF'), gram('NOUN'), gram('PRTF')),
                     not_(FUNCTION_WORD))
TOPIC = or_(
    BODY_TOPIC,
    # "по управлению государственным имуществом", "по надзору в сфере природопользования"
    rule(eq('по'), TOPIC_WORD.repeatable(max=2), GOVERNED_WORD.repeatable(max=3)),
    rule(eq('по'), TOPIC_WORD.repeatable(max=2), in_({'в', 'во'}), dictionary({'сфера', 'область'}),
         BODY_GENITIVE.repeatable(max=3)),
    # "по надзору в сфере защиты прав потребителей и благополучия человека"
    rule(eq('по'), TOPIC_WORD.repeatable(max=2), in_({'в', 'во'}), dictionary({'сфера', 'область'}),
         BODY_GENITIVES),
)
# "о коллективной безопасности": what a treaty or a body is about
ABOUT = rule(eq('о'), and_(is_lower(), HasCase({'loct'}), or_(gram('ADJF'), gram('NOUN'))).repeatable(max=3))
# "имени Баумана", "им. М. В. Ломоносова": the person a body is named after is no holder
# (the name ends in a word, not in an initial: "имени Н. И. Пирогова" is
# whole only with "Пирогова")
_EPONYM_WORD = and_(IsCapitalizedWord(), HasSingularCase({'gent'}))
_INITIAL = rule(is_title(), eq('.'))
EPONYM = rule(
    or_(rule(eq('имени')), rule(eq('им'), eq('.'))),
    or_(
        rule(_EPONYM_WORD.repeatable(max=3)),
        rule(_INITIAL.repeatable(max=2), _EPONYM_WORD.repeatable(max=2)),
        rule(_EPONYM_WORD, _INITIAL, _EPONYM_WORD),  # "имени Евгения Б. Вахтангова"
    ),
)
# "Договора", "Объединённых Наций": a capitalized genitive that is no person's name
CAPITALIZED_GENITIVE = and_(IsCapitalizedWord(), HasCase({'gent'}), not_(gram('Name')), not_(gram('Surn')))
# "при ГУ МВД", "при президенте", "при Правительстве РФ": the body a council is attached to
AT = rule(eq('при'), or_(
    rule(ORG_ABBREVIATION.repeatable(max=2)),
    rule(and_(HasCase({'loct'}), gram('NOUN'), not_(FUNCTION_WORD)), ORG_ABBREVIATION.optional()),
))
BODY_LINK = or_(
    BODY_GENITIVES,
    AT,
    rule(eq('№'), type('INT')),  # "больницы № 52"
    # "Ассоциации театров кукол XXI века", "Мосгордумы 7-го созыва"
    rule(IsRomanNumeral(), dictionary({'век'})),
    rule(type('INT'), eq('-'), in_({'го', 'ого', 'его'}), BODY_GENITIVE),
    # "Университета Иннополис", "театра Ленком": a name in the nominative after the body's noun
    rule(and_(IsCapitalizedWord(), HasCase({'nomn'}), or_(IsUnknownWord(), type('LATIN')))),
    TOPIC,
    # "Организации Договора о коллективной безопасности": what a treaty the
    # body is named after is about; after another body "о ..." is rather what
    # a document it signs is about ("соглашение с Министерством ... о мониторинге")
    rule(and_(CAPITALIZED_GENITIVE, dictionary({'договор', 'конвенция', 'пакт', 'хартия'})), ABOUT),
    EPONYM,
    rule(CAPITALIZED_GENITIVE.repeatable(max=2)),
    STANCE,
    # "Союза ММА России", "Главного управления МВД", "Института катализа СО РАН"
    rule(ORG_ABBREVIATION, ORG_ABBREVIATION.optional()),
    # "Государственного собрания — Курултая": the body's other name after a dash
    rule(SPACED_DASH, and_(IsCapitalizedWord(), HasCase({'gent'}), not_(IsKnownName()), not_(gram('Surn')),
                               not_(gram('Name')))),
)
# "Театра на Таганке", "Большого московского цирка на Вернадского", "Театра
# на Малой Бронной": a venue named by the place it stands on (no given name:
# the holder's name follows)
VENUE = dictionary({'театр', 'цирк'})
ON_PLACE = rule(eq('на'), and_(IsCapitalizedWord(), not_(gram('Name')), not_(IsAbbreviation())).repeatable(max=2))
VENUE_ON_PLACE = or_(
    rule(and_(VENUE, IsCapitalizedWord()), ON_PLACE),
    # "Театра Вахтангова": named after someone without "имени"
    rule(and_(VENUE, IsCapitalizedWord()), and_(IsCapitalizedWord(), gram('Surn'), HasCase({'gent'}))),
    rule(CAPITALIZED_ADJECTIVE, and_(gram('ADJF'), is_lower()).repeatable(max=2).optional(), VENUE, ON_PLACE),
)
NAMED_BODY = or_(
    # "Верховного суда", "Национального олимпийского комитета", "Верховной Рады"
    BODY_CORE,
    VENUE_ON_PLACE,
    # "Комиссии по ценным бумагам", "Комитета Госдумы по науке"
    rule(CAPITALIZED_BODY_NOUN, or_(ORG_ABBREVIATION, and_(gram('Orgn'), IsCapitalizedWord())).optional(), BODY_TOPIC),
    rule(BODY_CORE, BODY_GENITIVES),
    rule(CAPITALIZED_BODY_NOUN, STANCE.repeatable(max=2)),
    rule(BODY_CORE, STANCE.repeatable(max=2)),
    # "Союза ММА России": a body named by its field's abbreviation
    rule(CAPITALIZED_BODY_NOUN, ORG_ABBREVIATION),
    # "Совета Федерации", "Организации Объединённых Наций"
    rule(CAPITALIZED_BODY_NOUN, CAPITALIZED_GENITIVE.repeatable(max=2)),
    # "Министерства обороны", "Палаты представителей", "Совета министров"
    rule(CAPITALIZED_BODY_NOUN, BODY_GENITIVES),
    # "Думы", "Сената": a parliament needs no other word
    rule(and_(dictionary({'дума', 'рада', 'сенат', 'конгресс', 'парламент', 'кнессет', 'сейм', 'меджлис', 'бундестаг'}),
              IsCapitalizedWord())),
    # The longer chains, link by link; after the shorter readings, so that
    # of equal spans those come first.
    rule(BODY_CORE, BODY_LINK, BODY_LINK.repeatable(max=2)),
    rule(CAPITALIZED_BODY_NOUN, BODY_LINK, BODY_LINK.repeatable(max=2)),
    rule(BODY_CORE, or_(TOPIC, EPONYM)),
    rule(CAPITALIZED_BODY_NOUN, or_(TOPIC, EPONYM)),
    # "Управления делами президента", "Управлением делами Московской
    # патриархии": the instrumental is part of the name
    rule(and_(dictionary({'управление'}), IsCapitalizedWord()), eq('делами'), BODY_LINK.repeatable(max=2).optional()),
)

COMPOUND_BODY = and_(IsOrgShaped(), not_(gram('Geox')), not_(gram('Name')), not_(gram('Surn')))
# "Генштаба Вооружённых сил": a compound body's name and the capitalized
# body it governs; not a person's noun of the same shape ("заместитель
# Министра финансов"), and no lower-case genitive, which is rather the
# post's ("главой Госсовета страны")
COMPOUND_BODY_WITH_LINKS = rule(and_(COMPOUND_BODY, not_(gram('anim'))), CAPITALIZED_GENITIVE.repeatable(max=2),
                                BODY_GENITIVES.optional())

#: The name part: what goes into the fact.
# "ВЭБ.РФ", "ДОМ.РФ": a body's brand with the country's domain written on to
# it; "Т2", "М2": a letter and a digit
BRAND = or_(
    rule(and_(IsAbbreviation(), type('RU')), eq('.'), in_({'РФ', 'рф'})),
    rule(and_(type('RU'), is_upper(), length_eq(1)), and_(type('INT'), length_eq(1))),
)
ORG_NAME = or_(
    QUOTED,
    BRAND,
    rule(and_(gram('Orgn'), IsCapitalizedWord())),  # "Центробанка", "Совбеза", "Госдумы"
    rule(COMPOUND_BODY),  # "Росгвардии"
    COMPOUND_BODY_WITH_LINKS,
    rule(ORG_ABBREVIATION),  # "ФСБ", "МИД", "СПбГУ"
    rule(ORG_ABBREVIATION, EPONYM),  # "МГУ имени Ломоносова"
    # "НМИЦ онкологии имени Н. Н. Блохина", "НИИ нормальной физиологии имени П. К. Анохина"
    rule(ORG_ABBREVIATION, BODY_GENITIVES, EPONYM),
    # "НИИ скорой помощи", "ЦНИИ робототехники": a kind of institute, abbreviated, and its field
    rule(in_(INSTITUTE_ABBREVIATIONS), BODY_GENITIVES),
    # "ЦК КПСС", "ГУ МВД": a body of a body
    rule(ORG_ABBREVIATION, ORG_ABBREVIATION),
    # "Курской АЭС", "Искитимской ЦРБ", "Белгородского УФСБ": where the body
    # is, as an adjective, before its abbreviation
    rule(CAPITALIZED_ADJECTIVE, ORG_ABBREVIATION),
    NAMED_BODY,
    LATIN_NAME,  # "Telegram", "OpenAI"
)

ORG = or_(
    rule(ORG_TYPE, or_(QUOTED, LATIN_NAME)),
    ORG_NAME,
)

#: "КОГУП «Кировлес»": any abbreviation of a legal form before a quoted name.
LEGAL_FORM = rule(ORG_ABBREVIATION)
