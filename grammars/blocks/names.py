"""Person names: "Юрий Борисов", "В. В. Путин", "Касым-Жомарт Токаев", "Силуанов"."""

from yargy import and_, not_, or_, rule
from yargy.predicates import (
    custom,
    dictionary,
    eq,
    gram,
    in_,
    in_caseless,
    is_title,
    is_upper,
    length_eq,
    type,
)

from .orgs import BODY_NOUNS, ORG_TYPE_WORDS
from .words import (
    HasCase,
    IsCapitalizedWord,
    IsForeignName,
    IsGenitivePlace,
    IsKnownName,
    IsKnownSurname,
    IsNameWord,
    IsOrgShaped,
    IsRomanNumeral,
    IsSingularName,
    IsSurnameShaped,
    IsUnknownWord,
    IsWesternShaped,
)

__all__ = ['CAPITALIZED_PARTICLES', 'EAST_ASIAN_FAMILIES', 'INITIAL', 'NAME_PARTICLES', 'TURKIC_PATRONYMIC_WORDS', 'person']

CAPITALIZED = IsCapitalizedWord()
HYPHEN = eq('-')

# A place, an organization or an abbreviation is not taken for a name, unless
# it is a name too: "Борисов" and "Владимир" are towns as well; nor is a word
# of address ("Господин Петров", blocks.words.ADDRESS_WORDS).
NAME_WORD = IsNameWord()

# Dictionary first names, and the double ones of Central Asia ("Касым-Жомарт").
KNOWN_FIRST = and_(NAME_WORD, gram('Name'))
FIRST = or_(
    rule(KNOWN_FIRST),
    rule(KNOWN_FIRST, HYPHEN, NAME_WORD),
)
# East Asian names, the family name first: "Си Цзиньпин", "Пак Кын Хе",
# "Ли Джэён". The family names are a closed set and short, so they are listed.
EAST_ASIAN_FAMILIES = frozenset({
    # Chinese
    'Ли', 'Ван', 'Чжан', 'Лю', 'Чэнь', 'Ян', 'Хуан', 'Чжао', 'Чжоу', 'Сюй', 'Сунь', 'Ма', 'Чжу', 'Ху', 'Го', 'Хэ',
    'Линь', 'Ло', 'Гао', 'Лян', 'Чжэн', 'Се', 'Сун', 'Тан', 'Хань', 'Фэн', 'Дэн', 'Цао', 'Пэн', 'Цзэн', 'Сяо',
    'Тянь', 'Дун', 'Пань', 'Юань', 'Цай', 'Цзян', 'Юй', 'Ду', 'Е', 'Чэн', 'Вэй', 'Су', 'Лу', 'Дин', 'Жэнь', 'Шэнь',
    'Яо', 'Цуй', 'Чжун', 'Тань', 'Ляо', 'Фань', 'Цзинь', 'Ши', 'Цзя', 'Ся', 'Фу', 'Фан', 'Бай', 'Цзоу', 'Мэн',
    'Сюн', 'Цинь', 'Цю', 'Хоу', 'Цзян', 'Инь', 'Сюэ', 'Янь', 'Дуань', 'Лэй', 'Лун', 'Ли', 'Тао', 'Хэ', 'Гу', 'Мао',
    'Хао', 'Гун', 'Шао', 'Вань', 'Цянь', 'Янь', 'Вэнь', 'Си', 'Ляо', 'Кун', 'Кан', 'Чан',
    'Чжо', 'Ин', 'Ци', 'Гуань', 'Тун', 'Цзи', 'Шан', 'Бао', 'Лань', 'Мо', 'Нин', 'Пу', 'Шу', 'Цзюй', 'Цзо', 'Хуо',
    'Цзин', 'Чай', 'Чу', 'Вэн', 'Бянь', 'Гэ', 'Дай', 'Кэ', 'Мяо', 'Пэй', 'Тэн', 'Хуа', 'Чао', 'Юэ', 'Лай', 'Хун',
    'Цзяо', 'Чжай', 'Цэнь', 'Шэн', 'Ань', 'Мэй', 'Цзэ', 'Лэн',
    # as Singapore, Malaysia and Hong Kong spell them: "Нг Сер Мианг"
    'Нг', 'Вонг', 'Онг', 'Лау', 'Чуа', 'Тео', 'Ченг', 'Люн',
    # Korean
    'Ким', 'Пак', 'Чхве', 'Чон', 'Чо', 'Юн', 'Лим', 'Хан', 'Син', 'Со', 'Квон', 'Хван', 'Ан', 'Сон', 'Хон',
    'Ко', 'Мун', 'Пэ', 'Пэк', 'Нам', 'Сим', 'Но', 'Ха', 'Квак', 'Ю', 'Ём', 'Пан', 'О', 'Ё',
    # Vietnamese
    'Нгуен', 'Чан', 'Ле', 'Фам', 'Хоанг', 'Хюинь', 'Ву', 'Во', 'Данг', 'Буй', 'До', 'Хо', 'Нго', 'Зыонг', 'Чыонг',
    'Фан', 'Дао', 'Доан', 'Луу', 'Тхай', 'Чинь', 'Кхук', 'Ньыонг', 'Тхан', 'То', 'Выонг', 'Лыонг', 'Лам',
})
#: Korean family names that end in a consonant decline as Russian nouns do:
#: "с президентом Паком Чжон Хо", "Муна Чжэ Ина".
KOREAN_DECLINING_FAMILIES = frozenset({
    'Ким', 'Пак', 'Чон', 'Юн', 'Лим', 'Хан', 'Син', 'Квон', 'Хван', 'Сон', 'Хон', 'Мун', 'Пэк', 'Нам', 'Сим', 'Квак',
    'Пан',
})
DECLINED_KOREAN_FAMILIES = frozenset(
    family + ending for family in KOREAN_DECLINING_FAMILIES for ending in ('а', 'у', 'ом', 'е')
)
# a declined form the dictionary reads only in the feminine is another word
# ("Лима", "Лиму"); one it reads as a man's noun in a case is the family's
# ("Муна", "Паком", "Кима")
EAST_ASIAN_FAMILY = or_(in_(EAST_ASIAN_FAMILIES),
                        and_(in_(DECLINED_KOREAN_FAMILIES), not_(and_(gram('femn'), not_(gram('masc'))))))
# The given name's syllables are often short words the dictionary reads
# otherwise ("Ин" a particle) or single letters ("Ван И").
# A longer word the dictionary knows as a surname only is a Western given
# name after a family-like one: "Хуан Карлос Пинсон".
# Nor is a first name the dictionary knows of five letters or more ("Хуан
# Мануэль Сантос", "Хуан Антонио Гомес" are Western names), nor one of four
# in an oblique case ("О Викторе Шевцове" opens with the preposition, not the
# family name "О"); "Минь" and "Тинь" in the nominative are Vietnamese.
# Nor a word no East Asian name's syllables spell: "Хуан Суареш".
_SHORT = or_(length_eq(1), length_eq(2), length_eq(3))
_SYLLABLE_ENDINGS = ('ом', 'ем', 'ым', 'а', 'у')


def _declined_syllable(value: str) -> bool:
    """Whether ``value`` is a syllable of an East Asian given name that ends
    in a consonant, declined: "Ином" of "Ин", "Ына" of "Ын"."""
    ending = next((ending for ending in _SYLLABLE_ENDINGS if value.endswith(ending)), None)
    stem = value[:-len(ending)] if ending else ''
    return 1 < len(stem) <= 3 and stem[-1] not in 'аеёиоуыэюя'


# a syllable that ends in a consonant declines: "с Мун Чжэ Ином", "Ким Чен Ына"
_SHORT_DECLINED = custom(_declined_syllable)
EAST_ASIAN_GIVEN = and_(type('RU'), is_title(), or_(IsUnknownWord(), NAME_WORD, _SHORT, _SHORT_DECLINED),
                        not_(IsWesternShaped()),
                        not_(and_(IsKnownSurname(), not_(IsKnownName()), not_(_SHORT))),
                        not_(and_(IsKnownName(), not_(_SHORT), or_(not_(HasCase({'nomn'})), not_(length_eq(4))))))

# A Russian-shaped dictionary surname is no first name: "советник Путина Иванов".
RUSSIAN_SURNAME = and_(IsKnownSurname(), not_(IsKnownName()), IsSurnameShaped())

# Foreign first names are mostly missing from the dictionary: "Биньямин";
# double ones are written with a hyphen: "Ханс-Дитрих", "Виллем-Александр".
# Disjoint from KNOWN_FIRST, so that a name gives one parse: the chart keeps
# a few parses of a span, and a name read three ways would crowd out the rest.
FOREIGN_FIRST_WORD = and_(IsForeignName(), not_(gram('Name')), not_(EAST_ASIAN_FAMILY), not_(RUSSIAN_SURNAME))
FOREIGN_FIRST = or_(
    rule(FOREIGN_FIRST_WORD),
    # "Ханс-Дитрих"; "Франк-Вальтер", "Поль-Анри": the first part missing from
    # the dictionary, or known as a common word
    rule(and_(NAME_WORD, not_(gram('Name'))), HYPHEN, NAME_WORD),
)

MIDDLE = and_(NAME_WORD, gram('Patr'))
# A Turkic patronymic: the father's name, which does not decline, and "son
# of" or "daughter of": "Ильхам Гейдар оглы Алиев", "Севиндж Али кызы Гасанова".
TURKIC_PATRONYMIC_WORDS = frozenset({'оглы', 'кызы', 'улы', 'уулу'})
TURKIC_PATRONYMIC = rule(NAME_WORD, in_(TURKIC_PATRONYMIC_WORDS))
# A second foreign name, missing from the dictionary: "Тайип". A dictionary
# surname here is someone else's, in the genitive: "дочь президента
# Нурсултана Назарбаева Дарига".
FOREIGN_MIDDLE = and_(IsForeignName(), not_(IsKnownName()), not_(IsKnownSurname()))
# A middle name cut to its first letters: "Роберт Дж. Шелби", "Меррик Б. Гарленд".
ABBREVIATED_MIDDLE = rule(
    and_(type('RU'), or_(length_eq(1), length_eq(2), length_eq(3)), is_title()), eq('.'),
)

# Irish and French surnames with an elided particle: "О’Мэлли", "д’Эстен".
# The apostrophe is a token of its own, and the particle is one letter.
APOSTROPHE = in_({'’', "'", 'ʼ', '`'})
ELIDED_SURNAME = rule(in_({'О', 'Д', 'д'}), APOSTROPHE, and_(IsCapitalizedWord(), type('RU')))

SURNAME = or_(
    rule(NAME_WORD),
    # "Римский-Корсаков"; "Коэн-Шалом": after the hyphen any capitalized word
    rule(NAME_WORD, HYPHEN, and_(IsCapitalizedWord(), type('RU'))),
    ELIDED_SURNAME,
)
# After a dictionary first name any capitalized Russian word is the surname,
# also one the dictionary reads as an adjective ("Андрей Сельцовский").
# Even a place's name is the surname here: "Александр Грибов", "Джордж Вашингтон".
# The second alternative takes only what the first does not, so that a
# surname gives one parse, not two: the chart keeps a few parses of a span.
SURNAME_AFTER_FIRST = or_(SURNAME, rule(and_(IsCapitalizedWord(), type('RU'), not_(NAME_WORD))))
# A first name the dictionary knows as a common word ("Алмаз", "Рами") is taken
# for one before a surname-like word.
# A word for a kind of body is no first name: "Директор Фонда Владимира Потанина".
# Nor is a word for someone's relative or companion: "Брат Петрова", "Вдова
# Иванова" name the bearer of the surname through another person.
RELATIVES = {  # relatives and companions
    'брат', 'сестра', 'сын', 'дочь', 'отец', 'мать', 'жена', 'муж', 'супруг', 'супруга', 'вдова', 'вдовец', 'внук',
    'внучка', 'племянник', 'племянница', 'дядя', 'тётя', 'зять', 'невестка', 'тесть', 'тёща', 'свёкор', 'свекровь',
    'кузен', 'кузина', 'родственник', 'родственница', 'наследник', 'наследница', 'друг', 'подруга', 'сосед',
    'соседка', 'коллега', 'соратник', 'соратница', 'ученик', 'ученица', 'сторонник', 'сторонница', 'охранник',
    'водитель', 'невеста', 'жених', 'падчерица', 'пасынок',
    # rivals and allies: "Соперником главы района на выборах станет Олег Шевченко"
    'соперник', 'соперница', 'конкурент', 'конкурентка', 'противник', 'противница', 'оппонент', 'оппонентка',
    'союзник', 'союзница',
}
# Who comes after or before another in a post is no first name either:
# "Преемником Петрова на посту министра станет ...".
SUCCESSORS = {'преемник', 'преемница', 'предшественник', 'предшественница'}
# Nor is a saint's title: "храма Святителя Николая", "собора Апостола Петра".
SAINTS = {
    'святитель', 'святой', 'преподобный', 'великомученик', 'великомученица', 'мученик', 'мученица',
    'священномученик', 'апостол', 'пророк', 'праведный', 'блаженный', 'благоверный', 'равноапостольный',
}
OTHER_FIRST = and_(NAME_WORD, gram('NOUN'), not_(gram('Name')), not_(IsForeignName()), not_(RUSSIAN_SURNAME),
                   not_(dictionary(BODY_NOUNS | ORG_TYPE_WORDS | RELATIVES | SAINTS | SUCCESSORS)))
CLEAR_SURNAME = and_(NAME_WORD, or_(gram('Surn'), IsSurnameShaped(), IsUnknownWord()))
# Decrees put the surname first: "Суркова Владислава Юрьевича", "Небензю
# Василия Алексеевича"; "Эл" of "Республики Марий Эл Юрий Викторович", a
# word pymorphy2 cannot even guess a paradigm for, is none.
DECREE_SURNAME = and_(CLEAR_SURNAME, not_(gram('UNKN')))
# "Арарат Мирзоян", "Эльбрус Гаджиев": a first name the dictionary has only as
# a place, before a surname it knows. Nominative only: "Израиля Нетаньяху" is
# a place and a surname.
PLACE_SPELLED_FIRST = and_(type('RU'), IsCapitalizedWord(), gram('Geox'), gram('masc'), gram('nomn'),
                           not_(HasCase({'gent', 'datv', 'ablt', 'loct'})))
KNOWN_SURNAME_ONLY = and_(NAME_WORD, IsKnownSurname(), not_(IsKnownName()), HasCase({'nomn'}))
# ... or a surname that declines, which the dictionary may also read as a
# plural first name: "Урал Рахимов". In an oblique case a place and a surname
# are rather a place and a surname alone: "президента Татарстана Минниханова".
PLACE_SPELLED_SURNAME_AFTER = and_(NAME_WORD, gram('Surn'), not_(gram('Fixd')), HasCase({'nomn'}),
                                   not_(KNOWN_SURNAME_ONLY))
# "Таро Асо": an indeclinable foreign first name the dictionary has as a common
# noun, and a surname it has as a first name.
FIXED_FIRST = and_(NAME_WORD, gram('NOUN'), gram('Fixd'), not_(gram('Name')))
FIXED_SURNAME = and_(NAME_WORD, gram('Fixd'))
# Alone, without a first name, a word is taken for a surname only when the
# dictionary says so or it ends like one.
LONE_SURNAME = or_(ELIDED_SURNAME, rule(and_(
    NAME_WORD,
    # "губернатором Московской области": an adjective is no lone surname; a
    # word the dictionary only guesses may be one ("Акино", "Корреа").
    not_(and_(gram('ADJF'), not_(gram('Surn')), not_(IsUnknownWord()))),
    or_(
        gram('Surn'),
        and_(IsSurnameShaped(), IsUnknownWord()),
        # a foreign surname right after its post: "судья Саутер", "президент Корреа"
        and_(IsForeignName(), not_(IsKnownName()), not_(IsOrgShaped())),
    ),
)))

# "Елизавета II", "Карлом III", "Виллем-Александр I": a monarch's name and number.
REGNAL = rule(or_(FIRST, FOREIGN_FIRST), IsRomanNumeral())

# Particles inside foreign names: "Луис да Силва", "Хабиб аль-Адли", "Йорам Ха-Леви",
# "Сабах ас-Сабах", "Тамим бен Хамад Аль Тани".
# The European ones, in lower case; a second given name may stand before them
EUROPEAN_PARTICLES = frozenset({
    'да', 'де', 'ди', 'дос', 'ду', 'дю', 'фон', 'цу', 'ван', 'дер', 'ден', 'тер', 'ле', 'ла', 'дель', 'делла',
})
# The Arabic and Hebrew ones, before a hyphen too: "ас-Сиси", "Ха-Леви", "Бар-Он"
HYPHENATED_PARTICLES = frozenset({'аль', 'эль', 'ас', 'ад', 'ан', 'ат', 'аш', 'ар', 'аз', 'бен', 'бин', 'ибн', 'абу',
                                  'ха', 'бар'})
# ... and those written with a capital: "Тамим бен Хамад Аль Тани", "Ван Дейк"
CAPITALIZED_PARTICLES = frozenset({'Аль', 'Эль', 'Бен', 'Бин', 'Ибн', 'Абу', 'Дель', 'Делла', 'Ди', 'Де', 'Да', 'Ван',
                                   'Фон', 'Ле', 'Ла', 'Дю'})
#: Every particle inside a name, in lower case.
NAME_PARTICLES = EUROPEAN_PARTICLES | HYPHENATED_PARTICLES
PARTICLE = or_(
    rule(in_(EUROPEAN_PARTICLES | {'ибн', 'бен', 'бин', 'аль', 'эль'})),
    rule(in_caseless(HYPHENATED_PARTICLES), HYPHEN),
    rule(in_(CAPITALIZED_PARTICLES)),
)


# Hispanic and Portuguese names: a second surname ("Гарсия Ортега", "Родригес
# Сеха") or one after a particle ("Лула да Силва", "Каваканти де Оливейра").
# The second word is one the dictionary does not know, or knows as a surname.
# The first part is no first name (that would begin the next person: "Рауль
# Кастро", "Алексей Гребенской") and not shaped like a Russian surname, which
# takes no second one ("Назарбаев Дарига" are two people).
FIRST_SURNAME = and_(NAME_WORD, or_(not_(IsKnownName()), gram('Fixd')), not_(IsSurnameShaped()))  # "Гарсия"
SECOND_SURNAME = and_(NAME_WORD, not_(IsKnownName()), or_(IsUnknownWord(), gram('Surn'), IsForeignName()))
PARTICLE_SURNAME = rule(NAME_WORD, PARTICLE, and_(IsCapitalizedWord(), type('RU')))
DOUBLE_SURNAME = or_(rule(FIRST_SURNAME, SECOND_SURNAME), PARTICLE_SURNAME)
# A second given name the dictionary knows: "Мария Тереса Ласаро", "Хосе
# Мануэль Гарсия Ортега".
# Both names are in the dictionary itself, not guessed: a guess makes a name of
# any genitive before a name ("адвокат Мирзаева Алексей Гребенской").
SECOND_GIVEN = and_(NAME_WORD, IsKnownName(), not_(gram('Patr')))
# ... or one it knows only as a surname, not shaped like a Russian one, when
# a surname follows: "Хуан Карлос Мендоса"
FOREIGN_SURNAME_AS_GIVEN = and_(NAME_WORD, IsKnownSurname(), not_(IsSurnameShaped()), not_(IsKnownName()))
SECOND_GIVEN_OR_FOREIGN_SURNAME = or_(SECOND_GIVEN, FOREIGN_SURNAME_AS_GIVEN)
# ... and after an unknown first name and a known one, a word no first name
# either, nor a place: "Санджив Кумар Мехротра"
SURNAME_WORD_AFTER_GIVEN = and_(NAME_WORD, not_(IsKnownName()), not_(gram('Geox')), type('RU'))
UNKNOWN_FIRST = and_(NAME_WORD, IsUnknownWord(), not_(EAST_ASIAN_FAMILY))
# After two given names a capitalized word no name is the surname even when
# the dictionary reads it as a place or an adjective: "Мендоса", "Карими"
# (one it reads as a name takes the rules above)
SURNAME_AFTER_TWO_GIVEN = and_(IsCapitalizedWord(), type('RU'), not_(NAME_WORD), not_(gram('Abbr')), not_(gram('Orgn')))
# ... and the second given name before it: one person's, no surname ("Иван Петров Москва")
SECOND_OF_TWO_GIVEN = and_(SECOND_GIVEN, IsSingularName(), not_(IsKnownSurname()))
# ... after a first name of one person that is no place's genitive: "Филиппин"
# and "Израиля" are places after a post; "Виктория" may be a woman
FIRST_NOT_PLACE = and_(KNOWN_FIRST, IsSingularName(), not_(IsGenitivePlace()))
# Before a second given name no place at all: "штата Виктория Джасинта Аллан"
FIRST_OF_THREE = and_(FIRST_NOT_PLACE, not_(gram('Geox')))
# A surname the dictionary knows as a place: "Франсиско Флорес", "Джордж Вашингтон".
PLACE_NAMED_SURNAME = and_(IsCapitalizedWord(), type('RU'), gram('Geox'), not_(gram('Abbr')))
# An indeclinable place's name as a surname after a first name: "Кирсти Ковентри".
PLACE_SPELLED_SURNAME = and_(type('RU'), IsCapitalizedWord(), gram('Geox'), gram('Fixd'))

#: "В.", one capital letter and its dot; "Дж.", the English J's two letters.
INITIAL = or_(rule(and_(length_eq(1), is_upper()), eq('.')), rule(eq('Дж'), eq('.')))


# "Джордж Буш-старший", "Джона Хантсмана-младшего": which of a father and son.
GENERATION = rule(HYPHEN, dictionary({'старший', 'младший'}))


# After a particle any capitalized word is a name, a place's name too:
# "бин Салем", "аль-Хашими"
AFTER_PARTICLE = or_(NAME_WORD, and_(IsCapitalizedWord(), type('RU')))
# "бен Хамад Аль Тани", "ибн Абдул-Азиз Аль Сауд", "де ла Торре Мендоса"
PARTICLE_GROUP = rule(PARTICLE.repeatable(max=2), or_(rule(AFTER_PARTICLE), rule(AFTER_PARTICLE, HYPHEN, NAME_WORD)))
PARTICLE_LAST = or_(
    rule(PARTICLE_GROUP.repeatable(max=3), rule(AFTER_PARTICLE).optional()),
    # "бен Абдель Рахман Аль Тани": a father's double name, before the family's particle
    rule(PARTICLE.repeatable(max=2), AFTER_PARTICLE, AFTER_PARTICLE, PARTICLE_GROUP.repeatable(max=2),
         rule(AFTER_PARTICLE).optional()),
)

# "Салем бен Мубарак аль-Кахтани": before "son of" even a word the
# dictionary has as a place is a given name
ARABIC_PATRONYMIC_LAST = rule(in_({'бен', 'бин', 'ибн'}), AFTER_PARTICLE, PARTICLE_GROUP.repeatable(max=2).optional())
PLACE_SPELLED_GIVEN = and_(IsCapitalizedWord(), type('RU'), gram('Geox'), not_(gram('Abbr')), not_(NAME_WORD))

# ... and the European particles only, as an Arabic name keeps all after the
# given name in ``last`` ("Абу Бакр аль-Багдади")
EUROPEAN_PARTICLE_LAST = rule(
    in_(EUROPEAN_PARTICLES).repeatable(max=2),
    AFTER_PARTICLE,
    rule(AFTER_PARTICLE).optional(),
)


def person(*, first, middle, last):
    """A rule for a person's name, filling the grammar's three attributes.

    A generation ("-старший") may follow the name; it is no part of the surname.
    """
    name = _name(first=first, middle=middle, last=last)
    return or_(name, rule(name, GENERATION))


def _name(*, first, middle, last):
    return or_(
        rule(FIRST.interpretation(first), or_(rule(MIDDLE), rule(FOREIGN_MIDDLE), TURKIC_PATRONYMIC).interpretation(middle).optional(),
             SURNAME_AFTER_FIRST.interpretation(last)),
        rule(rule(FIRST_NOT_PLACE).interpretation(first), rule(FOREIGN_MIDDLE).interpretation(middle),
             DOUBLE_SURNAME.interpretation(last)),  # "Луис Инасиу Лула да Силва"
        # "Луис да Силва", "Кристиан фон Беттихер", "Абдалла ибн Абдель Азиз"
        # before a particle, even a dictionary word is a name: "Хамад бен Джасем"
        rule(or_(FIRST, FOREIGN_FIRST, rule(OTHER_FIRST)).interpretation(first), PARTICLE_LAST.interpretation(last)),
        rule(rule(PLACE_SPELLED_GIVEN).interpretation(first), ARABIC_PATRONYMIC_LAST.interpretation(last)),
        # "Хуан Карлос де ла Торре Мендоса": a second given name before the particles
        rule(rule(FIRST_OF_THREE).interpretation(first), rule(and_(NAME_WORD, not_(gram('Patr')))).interpretation(middle),
             EUROPEAN_PARTICLE_LAST.interpretation(last)),
        rule(rule(EAST_ASIAN_FAMILY).interpretation(last), rule(EAST_ASIAN_GIVEN.repeatable(max=3)).interpretation(first)),
        rule(rule(OTHER_FIRST).interpretation(first), rule(or_(CLEAR_SURNAME, and_(NAME_WORD, gram("anim")))).interpretation(last)),
        rule(rule(FIXED_FIRST).interpretation(first), rule(FIXED_SURNAME).interpretation(last)),
        rule(rule(PLACE_SPELLED_FIRST).interpretation(first), rule(KNOWN_SURNAME_ONLY).interpretation(last)),
        rule(rule(PLACE_SPELLED_FIRST).interpretation(first), rule(PLACE_SPELLED_SURNAME_AFTER).interpretation(last)),
        rule(or_(rule(FIRST_NOT_PLACE), FOREIGN_FIRST).interpretation(first), DOUBLE_SURNAME.interpretation(last)),
        rule(rule(FIRST_OF_THREE).interpretation(first), rule(SECOND_GIVEN_OR_FOREIGN_SURNAME).interpretation(middle),
             or_(SURNAME, DOUBLE_SURNAME).interpretation(last)),
        # ... and then even a place's name is the surname: "Хуан Карлос Мендоса"
        rule(rule(FIRST_OF_THREE).interpretation(first), rule(FOREIGN_SURNAME_AS_GIVEN).interpretation(middle),
             rule(PLACE_NAMED_SURNAME).interpretation(last)),
        # "Санджив Кумар Мехротра": a foreign first name, then one the dictionary knows
        rule(rule(UNKNOWN_FIRST).interpretation(first), rule(SECOND_GIVEN).interpretation(middle),
             rule(SURNAME_WORD_AFTER_GIVEN).interpretation(last)),
        # "Франсиско Хавьер Мендоса", "Мохаммад Реза Карими": two given names,
        # then a surname the dictionary has as a place or an adjective
        # (a place only after a first name the dictionary lacks and a second
        # one, both in the nominative: in "Иван Павел Волгоград посетил",
        # "Джорджа Мелони Вашингтон посетит" the place is the verb's object)
        rule(or_(rule(FIRST_OF_THREE), FOREIGN_FIRST).interpretation(first),
             rule(SECOND_OF_TWO_GIVEN).interpretation(middle),
             rule(and_(SURNAME_AFTER_TWO_GIVEN, not_(gram('Geox')))).interpretation(last)),
        rule(rule(and_(FOREIGN_FIRST_WORD, HasCase({'nomn'}))).interpretation(first),
             rule(and_(SECOND_OF_TWO_GIVEN, HasCase({'nomn'}))).interpretation(middle),
             rule(and_(SURNAME_AFTER_TWO_GIVEN, gram('Geox'))).interpretation(last)),
        rule(or_(FIRST, FOREIGN_FIRST).interpretation(first), rule(PLACE_SPELLED_SURNAME).interpretation(last)),
        rule(FOREIGN_FIRST.interpretation(first), or_(rule(FOREIGN_MIDDLE), TURKIC_PATRONYMIC).interpretation(middle).optional(),
             or_(SURNAME, PARTICLE_SURNAME, rule(PLACE_NAMED_SURNAME)).interpretation(last)),  # "Реджеп Тайип Эрдоган"
        rule(INITIAL.interpretation(first), INITIAL.interpretation(middle).optional(), SURNAME.interpretation(last)),
        rule(or_(FIRST, FOREIGN_FIRST).interpretation(first), ABBREVIATED_MIDDLE.interpretation(middle),
             SURNAME.interpretation(last)),
        # "Суркова Владислава Юрьевича": surname first, as in decrees.
        rule(rule(DECREE_SURNAME).interpretation(last), FIRST.interpretation(first), rule(MIDDLE).interpretation(middle)),
        # "Петров А. В.", "Путин В. В.": the surname before the initials
        rule(rule(CLEAR_SURNAME).interpretation(last), INITIAL.interpretation(first), INITIAL.interpretation(middle)),
        LONE_SURNAME.interpretation(last),
        REGNAL.interpretation(first),
    )
