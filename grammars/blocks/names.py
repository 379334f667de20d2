"""Person names: "Юрий Борисов", "В. В. Путин", "Касым-Жомарт Токаев", "Силуанов"."""

from yargy import and_, not_, or_, rule
from yargy.predicates import eq, gram, in_, is_upper, length_eq, type

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
# Foreign first names are mostly missing from the dictionary: "Биньямин".
FOREIGN_FIRST = rule(IsForeignName())

MIDDLE = and_(NAME_WORD, gram('Patr'))
# A second foreign name, missing from the dictionary: "Тайип".
FOREIGN_MIDDLE = and_(IsForeignName(), not_(IsKnownName()))

SURNAME = or_(
    rule(NAME_WORD),
    rule(NAME_WORD, HYPHEN, NAME_WORD),  # "Римский-Корсаков"
)
# After a dictionary first name any capitalized Russian word is the surname,
# also one the dictionary reads as an adjective ("Андрей Сельцовский").
SURNAME_AFTER_FIRST = or_(SURNAME, rule(and_(IsCapitalizedWord(), type('RU'), not_(gram('Geox')))))
# A first name the dictionary knows as a common word ("Алмаз", "Рами") is taken
# for one before a surname-like word.
OTHER_FIRST = and_(NAME_WORD, gram('NOUN'))
CLEAR_SURNAME = and_(NAME_WORD, or_(gram('Surn'), IsSurnameShaped(), IsUnknownWord()))
# Alone, without a first name, a word is taken for a surname only when the
# dictionary says so or it ends like one.
LONE_SURNAME = rule(and_(
    NAME_WORD,
    # "губернатором Московской области": an adjective is no lone surname.
    not_(and_(gram('ADJF'), not_(gram('Surn')))),
    or_(
        gram('Surn'),
        and_(IsSurnameShaped(), IsUnknownWord()),
        # a foreign surname right after its post: "судья Саутер", "президент Корреа"
        and_(IsForeignName(), not_(IsKnownName()), not_(IsOrgShaped())),
    ),
))

# "Елизавета II", "Альберт II": a monarch's name and number.
REGNAL = rule(KNOWN_FIRST, in_({'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XVI'}))

# Lower-case particles inside foreign names.
PARTICLE = in_({'да', 'де', 'ди', 'дос', 'дю', 'фон', 'ван', 'дер', 'ибн', 'бен', 'бин', 'аль', 'эль', 'ле', 'ла'})

#: "В.", one capital letter and its dot.
INITIAL = rule(and_(length_eq(1), is_upper()), eq('.'))


def person(*, first, middle, last):
    """A rule for a person's name, filling the grammar's three attributes."""
    return or_(
        rule(FIRST.interpretation(first), rule(MIDDLE).interpretation(middle).optional(),
             SURNAME_AFTER_FIRST.interpretation(last)),
        # "Луис да Силва", "Кристиан фон Беттихер", "Абдалла ибн Абдель Азиз"
        rule(or_(FIRST, FOREIGN_FIRST).interpretation(first), rule(PARTICLE.repeatable(max=2), NAME_WORD,
             rule(NAME_WORD).optional()).interpretation(last)),
        rule(rule(OTHER_FIRST).interpretation(first), rule(CLEAR_SURNAME).interpretation(last)),
        rule(FOREIGN_FIRST.interpretation(first), rule(FOREIGN_MIDDLE).interpretation(middle).optional(),
             SURNAME.interpretation(last)),  # "Реджеп Тайип Эрдоган"
        rule(INITIAL.interpretation(first), INITIAL.interpretation(middle).optional(), SURNAME.interpretation(last)),
        # "Суркова Владислава Юрьевича": surname first, as in decrees.
        rule(SURNAME.interpretation(last), FIRST.interpretation(first), rule(MIDDLE).interpretation(middle)),
        LONE_SURNAME.interpretation(last),
        REGNAL.interpretation(first),
    )
