"""The words between a post and its holder's name that belong to neither: an age ("68-летний"), a rank ("генерал-полковник"), a nationality ("норвежца"), a degree ("доктор исторических наук"), an honorary title ("Герой России"), a membership ("член партии «Единство»") and a calling described by an adjective ("итальянский продюсер")."""

from __future__ import annotations

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, length_eq, type

from ..blocks.names import RELATIVES
from ..blocks.orgs import NAMED_BODY, ORG_NAME
from ..blocks.places import place
from ..blocks.words import ADDRESS_WORDS, HasCase, HasLemmaEnding, IsCapitalizedWord
from .post import DESCRIBING_ADJECTIVE, HEAD_WORDS, RELATIONAL_HEADS, WHEN_HELD
from .raw import Raw

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
# A military rank is also a post of its own; the others are titles only.
MILITARY_RANKS = {
    'генерал', 'генерал-полковник', 'генерал-лейтенант', 'генерал-майор', 'адмирал', 'вице-адмирал',
    'контр-адмирал', 'полковник', 'подполковник', 'майор', 'маршал', 'генерал армии',
}
RANKS = MILITARY_RANKS | {
    'капитан', 'лейтенант', 'сержант', 'академик', 'профессор', 'доктор', 'госсоветник',
    'епископ', 'архиепископ', 'митрополит', 'кардинал', 'патриарх', 'протоиерей', 'шейх', 'аятолла',
    'муфтий', 'имам', 'раввин', 'архимандрит', 'игумен', 'иеромонах', 'иерей', 'протопресвитер',
}
#: Titles of address, no posts of their own
HONORIFICS = {'шейх'}
# "полиции", "медицинской службы": the service a rank is of
SERVICE = or_(
    rule(dictionary({'полиция', 'юстиция', 'авиация'})),
    rule(dictionary({'медицинский', 'внутренний', 'таможенный'}), dictionary({'служба'})),
)
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
# pymorphy2 files "заслуженный" under the verb "заслужить"
HONOURED = and_(or_(and_(dictionary({'заслужить'}), gram('PRTF'), gram('pssv')), and_(dictionary({'народный'}), gram('ADJF'))),
                is_lower())
# the honoured calling may be a post's word too ("заслуженный юрист"), but
# "народный депутат" is a post
HONOURED_CALLING = and_(gram('NOUN'), gram('anim'), is_lower(), not_(dictionary({'депутат'})))
HONORARY = or_(
    rule(and_(dictionary({'герой'}), IsCapitalizedWord()), place({'gent'})),
    rule(and_(dictionary({'герой'}), IsCapitalizedWord()), and_(gram('ADJF'), IsCapitalizedWord(), HasCase({'gent'})),
         and_(IsCapitalizedWord(), gram('NOUN'), HasCase({'gent'}))),
    rule(HONOURED, HONOURED_CALLING, place({'gent'})),
    # "заслуженный деятель науки России", "заслуженный работник культуры РФ"
    rule(HONOURED, HONOURED_CALLING, and_(gram('NOUN'), is_lower(), HasCase({'gent'})), place({'gent'})),
)
# "член партии «Единство»", "член Партии регионов": a membership, which the
# holder has besides the post; a member of a body ("член Совета Федерации")
# holds a post of its own too, read by a match of its own that shares the words
MEMBERSHIP = or_(
    rule(dictionary({'член'}), and_(dictionary({'партия', 'фракция'}), is_lower()), ORG_NAME),
    rule(dictionary({'член'}), ORG_NAME),
    rule(dictionary({'член'}), NAMED_BODY),
    # "членом-корреспондентом РАН", "академик РАН": a rank in an academy
    rule(morph_pipeline(['член-корреспондент', 'академик']), ORG_NAME),
).interpretation(Raw.membership)
# "генерал в отставке Иван Петров": a holder's state, no scene
RETIRED = rule(in_caseless({'в'}), and_(dictionary({'отставка'}), HasCase({'loct'})))
INTERLUDE_WORD = or_(
    RETIRED,
    DEGREE,
    HONORARY,
    MEMBERSHIP,
    rule(type('INT'), eq('-'), dictionary({'летний'})),
    # "72-х летний", "72 летний"
    rule(type('INT'), rule(eq('-'), in_caseless({'х', 'ти', 'ми', 'ух', 'ех'})).optional(), dictionary({'летний'})),
    # a military rank is a post of its own, read by a match of its own (see assembly.shared)
    morph_pipeline(sorted(MILITARY_RANKS)).interpretation(Raw.rank),
    # "подполковник полиции", "генерал-майор юстиции": a rank of a service
    rule(morph_pipeline(sorted(MILITARY_RANKS)), SERVICE).interpretation(Raw.rank),
    # "ректор МГУ академик Виктор Садовничий", "настоятель храма протоиерей Андрей
    # Ефимов": an academic or church rank is a post of its own too; "шейх" is
    # rather part of how an Arab ruler is called ("эмир Катара шейх Тамим")
    morph_pipeline(sorted(RANKS - MILITARY_RANKS - HONORIFICS)).interpretation(Raw.rank),
    morph_pipeline(sorted(HONORIFICS)),
    # "министр финансов господин Петров": a word of address before the surname
    rule(and_(dictionary(ADDRESS_WORDS), is_lower())),
    rule(NATIONALITY),
    rule(and_(gram('ADJF'), is_lower()).optional(), AFFILIATION),
    # "министр финансов в 2000–2011 годах Алексей Кудрин", "министр финансов
    # (2000–2011) Алексей Кудрин": the years the post was held
    WHEN_HELD,
    rule(eq('('), and_(type('INT'), length_eq(4)), in_({'—', '–', '-'}), and_(type('INT'), length_eq(4)), eq(')')),
)
# "сенатора-демократа": an affiliation hyphenated to the post's head; after
# another word the hyphen makes one word of both ("христиан-демократов")
HYPHENATED_AFFILIATION = rule(eq('-'), AFFILIATION)
INTERLUDE = or_(
    rule(INTERLUDE_WORD.repeatable(max=2)),
    rule(HYPHENATED_AFFILIATION),
    rule(HYPHENATED_AFFILIATION, INTERLUDE_WORD),
)
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
    DESCRIBING_ADJECTIVE,
    and_(gram('NOUN'), gram('anim'), gram('sing'), is_lower(), not_(HasCase({'gent'})),
         not_(dictionary(RELATIVES | RELATIONAL_HEADS))),
).interpretation(Raw.calling)
HOLDER_INTERLUDE = or_(INTERLUDE, DESCRIBED_CALLING, rule(INTERLUDE_WORD, DESCRIBED_CALLING))
