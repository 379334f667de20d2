"""Person names: "Юрий Борисов", "В. В. Путин", "Касым-Жомарт Токаев", "Силуанов"."""

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_upper, length_eq, type

from .words import (
    IsCapitalizedWord,
    IsForeignName,
    IsKnownName,
    IsNameWord,
    IsOrgShaped,
    IsSurnameShaped,
    IsUnknownWord,
)

__all__ = ['INITIAL', 'person']

CAPITALIZED = IsCapitalizedWord()
HYPHEN = eq('-')

# A place, an organization or an abbreviation is not taken for a name, unless
# it is a name too: "Борисов" and "Владимир" are towns as well.
NAME_WORD = IsNameWord()

# Dictionary first names, and the double ones of Central Asia ("Касым-Жомарт").
KNOWN_FIRST = and_(NAME_WORD, gram('Name'))
FIRST = or_(
    rule(KNOWN_FIRST),
    rule(KNOWN_FIRST, HYPHEN, NAME_WORD),
)
# East Asian names, the family name first: "Си Цзиньпин", "Пак Кын Хе",
# "Ли Джэён". The family names are a closed set and short, so they are listed.
EAST_ASIAN_FAMILY = in_({
    'Ли', 'Ким', 'Пак', 'Чон', 'Мун', 'Юн', 'Со', 'Хан', 'Чхве', 'Кан', 'Чо', 'Лим', 'Син', 'Ю', 'Но',
    'Си', 'Ху', 'Ван', 'Чжан', 'Лю', 'Чэнь', 'Ян', 'Хуан', 'Чжао', 'Чжоу', 'Сюй', 'Сунь', 'Ма', 'Чжу',
    'Го', 'Хэ', 'Линь', 'Ло', 'Гао', 'Лян', 'Вэнь', 'Цзян', 'Цай', 'Тан', 'Дэн', 'Фэн', 'Е', 'Ляо',
    'Нгуен', 'Нго', 'Чан', 'Фам', 'Ле', 'Во', 'Дао', 'Хань', 'Цзя', 'Мэн', 'Тянь', 'Пань', 'Ду', 'Ся', 'Бай',
})
EAST_ASIAN_GIVEN = and_(IsCapitalizedWord(), or_(IsUnknownWord(), NAME_WORD))

# Foreign first names are mostly missing from the dictionary: "Биньямин".
FOREIGN_FIRST = rule(and_(IsForeignName(), not_(EAST_ASIAN_FAMILY)))

MIDDLE = and_(NAME_WORD, gram('Patr'))
# A second foreign name, missing from the dictionary: "Тайип".
FOREIGN_MIDDLE = and_(IsForeignName(), not_(IsKnownName()))

# Irish and French surnames with an elided particle: "О’Мэлли", "д’Эстен".
# The apostrophe is a token of its own, and the particle is one letter.
APOSTROPHE = in_({'’', "'", 'ʼ', '`'})
ELIDED_SURNAME = rule(in_({'О', 'Д', 'д'}), APOSTROPHE, and_(IsCapitalizedWord(), type('RU')))

SURNAME = or_(
    rule(NAME_WORD),
    rule(NAME_WORD, HYPHEN, NAME_WORD),  # "Римский-Корсаков"
    ELIDED_SURNAME,
)
# After a dictionary first name any capitalized Russian word is the surname,
# also one the dictionary reads as an adjective ("Андрей Сельцовский").
# Even a place's name is the surname here: "Александр Грибов", "Джордж Вашингтон".
SURNAME_AFTER_FIRST = or_(SURNAME, rule(and_(IsCapitalizedWord(), type('RU'))))
# A first name the dictionary knows as a common word ("Алмаз", "Рами") is taken
# for one before a surname-like word.
OTHER_FIRST = and_(NAME_WORD, gram('NOUN'))
CLEAR_SURNAME = and_(NAME_WORD, or_(gram('Surn'), IsSurnameShaped(), IsUnknownWord()))
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

# "Елизавета II", "Альберт II": a monarch's name and number.
REGNAL = rule(KNOWN_FIRST, in_({'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XVI'}))

# Particles inside foreign names: "Луис да Силва", "Хабиб аль-Адли",
# "Сабах ас-Сабах", "Тамим бен Хамад Аль Тани".
PARTICLE = or_(
    rule(in_({'да', 'де', 'ди', 'дос', 'дю', 'фон', 'ван', 'дер', 'ибн', 'бен', 'бин', 'аль', 'эль', 'ле', 'ла'})),
    rule(in_caseless({'аль', 'эль', 'ас', 'ад', 'ан', 'ат', 'аш', 'ар', 'аз', 'бен', 'бин', 'ибн', 'абу'}), HYPHEN),
    rule(in_({'Аль', 'Эль', 'Бен', 'Бин', 'Ибн', 'Абу', 'Дель', 'Делла', 'Ди', 'Де', 'Да', 'Ван', 'Фон', 'Ле', 'Ла', 'Дю'})),
)


#: "В.", one capital letter and its dot.
INITIAL = rule(and_(length_eq(1), is_upper()), eq('.'))


# "Джордж Буш-старший", "Джона Хантсмана-младшего": which of a father and son.
GENERATION = rule(HYPHEN, dictionary({'старший', 'младший'}))


def person(*, first, middle, last):
    """A rule for a person's name, filling the grammar's three attributes.

    A generation ("-старший") may follow the name; it is no part of the surname.
    """
    name = _name(first=first, middle=middle, last=last)
    return or_(name, rule(name, GENERATION))


def _name(*, first, middle, last):
    return or_(
        rule(FIRST.interpretation(first), rule(MIDDLE).interpretation(middle).optional(),
             SURNAME_AFTER_FIRST.interpretation(last)),
        # "Луис да Силва", "Кристиан фон Беттихер", "Абдалла ибн Абдель Азиз"
        # before a particle, even a dictionary word is a name: "Хамад бен Джасем"
        rule(or_(FIRST, FOREIGN_FIRST, rule(OTHER_FIRST)).interpretation(first), rule(
            rule(PARTICLE.repeatable(max=2), NAME_WORD).repeatable(max=3),  # "бен Хамад Аль Тани"
            rule(NAME_WORD).optional(),
        ).interpretation(last)),
        rule(rule(EAST_ASIAN_FAMILY).interpretation(last), rule(EAST_ASIAN_GIVEN.repeatable(max=2)).interpretation(first)),
        rule(rule(OTHER_FIRST).interpretation(first), rule(CLEAR_SURNAME).interpretation(last)),
        rule(rule(FIXED_FIRST).interpretation(first), rule(FIXED_SURNAME).interpretation(last)),
        rule(FOREIGN_FIRST.interpretation(first), rule(FOREIGN_MIDDLE).interpretation(middle).optional(),
             SURNAME.interpretation(last)),  # "Реджеп Тайип Эрдоган"
        rule(INITIAL.interpretation(first), INITIAL.interpretation(middle).optional(), SURNAME.interpretation(last)),
        # "Суркова Владислава Юрьевича": surname first, as in decrees.
        rule(SURNAME.interpretation(last), FIRST.interpretation(first), rule(MIDDLE).interpretation(middle)),
        LONE_SURNAME.interpretation(last),
        REGNAL.interpretation(first),
    )
