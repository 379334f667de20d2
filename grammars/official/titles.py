"""Titles that go with a sole name: monarchs ("король Абдалла", "Папе Римскому Льву XIV") and clergy ("митрополит Волоколамский Антоний"), with a see and the name they go by."""

from yargy import and_, or_, rule
from yargy.predicates import dictionary, eq, gram, in_caseless

from ..blocks.words import IsCapitalizedWord, IsForeignName, IsNameWord, IsRomanNumeral, IsSeeShaped
from .post import MODIFIER
from .raw import Raw

# Monarchs and clergy go by their first name alone: "король Абдалла",
# "императора Акихито", "патриарх Варфоломей", "митрополита Илариона".
MONARCHS = {
    'король', 'королева', 'император', 'императрица', 'эмир', 'султан', 'шейх', 'принц', 'принцесса', 'кронпринц',
    'царь', 'царица', 'князь', 'княгиня', 'герцог', 'герцогиня', 'кронпринцесса',
    'патриарх', 'католикос', 'митрополит', 'архиепископ', 'епископ', 'архимандрит', 'игумен', 'игуменья', 'понтифик',
}
MONARCH = or_(
    # spelled out: an optional first part after TIME.optional() loses yargy matches
    rule(dictionary(MONARCHS)),
    rule(MODIFIER, dictionary(MONARCHS)),
    # "Папа Римский Франциск", "Папе Римскому Льву XIV"
    rule(dictionary({'папа'}), dictionary({'римский'})),
).interpretation(Raw.head)


# "Митрополит Волоколамский Антоний", "Патриарх Московский и всея Руси
# Кирилл": a cleric's see, an adjective after the title, belongs to no field.
# ("Крутицкий", which the dictionary has only as a surname, is one too: an
# adjective's "-ский" or "-цкий" after the title)
SEE_WORD = and_(or_(gram('ADJF'), IsSeeShaped()), IsCapitalizedWord())
# "Санкт-Петербургский", "Ханты-Мансийский": a see named by a hyphenated adjective
SEE_PART = or_(rule(SEE_WORD), rule(IsCapitalizedWord(), eq('-'), SEE_WORD))
SEE = or_(
    SEE_PART,
    rule(SEE_PART, in_caseless({'и'}), in_caseless({'всея', 'всего'}), IsCapitalizedWord()),
    rule(SEE_PART, in_caseless({'и'}), SEE_PART),  # "Митрополит Екатеринбургский и Верхотурский Евгений"
    # "Католикос всех армян Гарегин II", "Патриарх всея Руси": the flock,
    # part of the title
    rule(in_caseless({'всех', 'всея'}), and_(IsCapitalizedWord(), gram('gent')).optional(),
         and_(gram('NOUN'), gram('gent'))).interpretation(Raw.tail),
)
# "Управляющий делами Московской патриархии митрополит Феофилакт": a
# cleric's rank between a post and the name he goes by
CLERGY_RANKS = {'патриарх', 'католикос', 'митрополит', 'архиепископ', 'епископ', 'архимандрит', 'игумен', 'игуменья',
                'протоиерей', 'иерей', 'кардинал'}
CLERIC = or_(rule(dictionary(CLERGY_RANKS)), rule(dictionary(CLERGY_RANKS), SEE_WORD))
SOLE_WORD = and_(IsNameWord(), or_(gram('Name'), IsForeignName()))
SOLE_NAME = or_(
    rule(SOLE_WORD),
    rule(SOLE_WORD, eq('-'), IsNameWord()),  # "Виллем-Александр"
    rule(SOLE_WORD, IsRomanNumeral()),  # "Карл III", "Лев XIV"
    rule(SOLE_WORD, eq('-'), IsNameWord(), IsRomanNumeral()),
).interpretation(Raw.first)
