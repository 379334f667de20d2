"""Places an office belongs to: "России", "Челябинской области", "Санкт-Петербурга"."""

from yargy import and_, not_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_, is_lower, true, type

from ..vocab import read_table
from .orgs import PLACE_ABBREVIATIONS
from .words import HasCase, IsCapitalizedWord, IsKnownName, IsOrgShaped, IsUnknownWord

__all__ = ['PLACE', 'PLACE_OF_ADJECTIVE', 'REGION_NOUNS', 'SETTLEMENT_KINDS', 'STATE_NOUNS', 'located', 'place']

#: The country or region each adjective names, from ``data/place_adjectives.tsv``:
#: "белорусский лидер", "с российской стороны".
PLACE_OF_ADJECTIVE = dict(read_table('place_adjectives.tsv', columns=2))

CAPITALIZED = IsCapitalizedWord()

#: Nouns that make a region of an adjective: "Челябинская область".
REGION_NOUNS = {
    'область', 'край', 'республика', 'округ', 'район', 'штат', 'провинция',
    'губерния', 'графство', 'земля', 'префектура', 'автономия', 'улус', 'воеводство', 'кантон',
}


#: Capitalized nouns that make a state of adjectives: "Российская Федерация".
STATE_NOUNS = {'федерация', 'республика', 'королевство', 'эмират', 'штат', 'арабия', 'аравия', 'корея', 'африка'}


#: Kinds of places whose name follows them in the nominative: "города Гаосюн".
SETTLEMENT_KINDS = {
    'город', 'село', 'посёлок', 'станица', 'деревня', 'провинция', 'штат', 'земля', 'округ', 'графство',
    'префектура', 'кантон', 'эмират', 'коммуна', 'поселение', 'аул', 'хутор', 'муниципалитет',
    'район',  # "района Хамовники": a district named after its kind
}


#: Lower-case nouns for a place named before, which a district lies in: "района столицы".
CONTAINING_NOUNS = {'столица', 'город', 'область', 'край', 'республика', 'регион', 'страна', 'мегаполис'}


#: Abbreviated kinds of settlements, written with a full stop: "г. Тула".
SETTLEMENT_ABBREVIATIONS = {'г', 'пос', 'пгт'}


def place(cases=None):
    """A place; with ``cases``, only one that may stand in one of them ("России")."""
    in_case = HasCase(cases) if cases else true()
    geo_word = or_(
        # a guess of a place is no compound body's name ("Горздрава")
        and_(gram('Geox'), CAPITALIZED, in_case, not_(IsOrgShaped())),
        in_(PLACE_ABBREVIATIONS),  # "РФ", "США"
    )
    region = rule(
        CAPITALIZED,
        rule(eq('-'), CAPITALIZED).optional(),  # "Ханты-Мансийского"
        # "автономного"; "военного округа" is a body, not a region
        and_(gram('ADJF'), is_lower(), not_(dictionary({'военный'}))).optional(),
        and_(dictionary(REGION_NOUNS), is_lower(), in_case),
    )
    # "Республики Татарстан", "Республика Беларусь".
    # "Республики Марий Эл": a name of two words, the second no one's first name
    named_republic = or_(
        rule(and_(dictionary({'республика'}), CAPITALIZED, in_case), CAPITALIZED,
             and_(CAPITALIZED, not_(IsKnownName()), not_(gram('Surn'))).optional()),
        # "Республики Саха (Якутия)": the other name in brackets
        rule(and_(dictionary({'республика'}), CAPITALIZED, in_case), CAPITALIZED, eq('('), CAPITALIZED, eq(')')),
    )
    # "Российской Федерации", "Объединённых Арабских Эмиратов".
    named_state = rule(
        and_(gram('ADJF'), CAPITALIZED).repeatable(max=2),
        and_(dictionary(STATE_NOUNS), CAPITALIZED, in_case),
    )
    # "мэр города Гаосюн", "премьер земли Бавария", "шериф округа Харрис",
    # "глава города Сергиев Посад": a place's name stands as written after its kind
    # The name stands in the nominative or agrees with the kind: "города
    # Москвы"; "в округе Виктора Ишаева" names a person after the kind.
    settlement_name = and_(CAPITALIZED, or_(HasCase({'nomn'}), in_case, IsUnknownWord(), type('LATIN')))
    settlement = or_(
        # "г. Барнаула", "по г. Туле", "пос. Шушенское": the kind abbreviated
        rule(in_(SETTLEMENT_ABBREVIATIONS), eq('.'), settlement_name),
        # spelled out: a part that may match nothing at the end of a nested
        # rule loses the shorter reading ("штата Юта" before "Спенсер Кокс")
        rule(and_(dictionary(SETTLEMENT_KINDS), is_lower(), in_case), settlement_name),
        rule(
            and_(dictionary(SETTLEMENT_KINDS), is_lower(), in_case),
            settlement_name,
            and_(settlement_name, type('RU'), not_(IsKnownName())),
        ),
        # "штата Нью-Йорк", "провинции Буэнос-Айрес": a hyphenated name
        rule(and_(dictionary(SETTLEMENT_KINDS), is_lower(), in_case), CAPITALIZED, eq('-'), CAPITALIZED),
        # "индийского штата Керала", "американского штата Юта": the country's
        # adjective before the kind, which stays out of the place
        rule(and_(gram('ADJF'), is_lower(), in_case), and_(dictionary(SETTLEMENT_KINDS), is_lower(), in_case),
             settlement_name),
        # "сельского поселения Красный Бор"
        rule(and_(gram('ADJF'), is_lower(), in_case), and_(dictionary(SETTLEMENT_KINDS), is_lower(), in_case),
             settlement_name, and_(settlement_name, type('RU'), not_(IsKnownName()))),
    )
    # "Ленинского района Москвы", "Центрального района г. Барнаула",
    # "Одинцовского района Московской области": a district, then the place it lies in
    # "Улан-Удэ", "Шлезвиг-Гольштейна", "Рио-де-Жанейро", "Франкфурта-на-Майне":
    # a compound whose parts the dictionary does not know as a place; its
    # first part is no one's first name ("Жан-Поль"), surname or adjective
    # ("Римский-Корсаков"), and its last shows the case
    # (a known place in either part is read by the rules below; reading it
    # twice would double the parses of every such post)
    compound_first = and_(CAPITALIZED, not_(or_(IsKnownName(), gram('Surn'), gram('ADJF'))))
    compound_last = and_(CAPITALIZED, or_(in_case, IsUnknownWord()))
    compound = or_(
        rule(compound_first, eq('-'), and_(compound_last, not_(gram('Geox')))),
        rule(and_(compound_first, not_(gram('Geox'))), eq('-'), in_({'де', 'на', 'дель', 'ла', 'эль', 'сюр'}), eq('-'),
             compound_last),
    )
    containing = or_(rule(geo_word), settlement, region, rule(CAPITALIZED, eq('-'), geo_word),
                     # "Первомайского района столицы": the place named before
                     rule(and_(dictionary(CONTAINING_NOUNS), is_lower(), in_case)))
    district = rule(region, containing)
    return or_(
        rule(geo_word),
        settlement,
        district,
        rule(and_(gram('ADJF'), CAPITALIZED, in_case), geo_word),  # "Южном Кавказе", "Западной Европы"
        rule(and_(gram('ADJF'), CAPITALIZED, in_case), compound),  # "Северном Рейне-Вестфалии"
        # "Юго-Восточной Азии", "Северо-Западной Европы": a compound adjective of the part of the world
        rule(CAPITALIZED, eq('-'), and_(gram('ADJF'), CAPITALIZED, in_case), geo_word),
        named_state,
        rule(CAPITALIZED, eq('-'), geo_word),  # "Санкт-Петербурга"
        # "Каменска-Уральского", "Петропавловска-Камчатского"
        rule(geo_word, eq('-'), and_(gram('ADJF'), CAPITALIZED, in_case)),
        # "Ростова-на-Дону", "Комсомольска-на-Амуре"
        rule(geo_word, eq('-'), in_({'на'}), eq('-'), CAPITALIZED),
        region,
        named_republic,
        compound,
        # "Ханты-Мансийского автономного округа — Югры", "Кемеровской области —
        # Кузбасса", "Чувашской Республики — Чувашии": a region's official
        # name with its other name after a dash
        rule(or_(region, named_republic, named_state),
             in_({'—', '–'}), and_(CAPITALIZED, gram('Geox'), in_case)),
    )


PLACE = place()


def located(cases):
    """A place after a preposition of location, in one of ``cases``: any
    place, and a hyphenated name whose first part is also a person's name
    ("в Нарьян-Маре", "в Абу-Даби", "в Северном Рейне-Вестфалии"), which
    the preposition tells from a double first name."""
    in_case = HasCase(cases)
    # (the parts the dictionary knows as places are read by ``place``; a
    # second reading of the same words would double the parses)
    hyphenated = rule(
        and_(gram('ADJF'), CAPITALIZED, in_case).optional(),
        and_(CAPITALIZED, or_(IsKnownName(), gram('Surn'))),
        eq('-'),
        and_(CAPITALIZED, or_(in_case, IsUnknownWord()), not_(gram('Geox')), not_(gram('ADJF'))),
    )
    return or_(place(cases), hyphenated)
