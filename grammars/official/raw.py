"""What a match of the officials grammar holds: the parts of the post, of its body and place, and of its holder."""

from __future__ import annotations

from yargy.interpretation import fact

Raw = fact('Raw', [
    'acting', 'modifiers', 'head', 'tail',
    'org_type', 'organization', 'place', 'host_place',
    'first', 'middle', 'last', 'link', 'gap',
    # "Гринько сложил полномочия, став вице-губернатором": the clause of the
    # holder up to the comma before a gerund
    'clause',
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
    # "пресс-секретарь Путина", "председателю Еврогруппы": whose post it is, a
    # person or a body in one capitalized word before the holder's full name
    'owner', 'owner_body',
    # "корреспондент Би-би-си Стив Розенберг", "фотограф Ассошиэйтед Пресс
    # Билал Хассеин": a body in capitalized words the dictionary does not
    # decline, before a full name that opens with a known first name
    'foreign_body',
    # "министры обороны России и Китая Сергей Шойгу и Вэй Фэнхэ": the second
    # holder's body or place, paired in order; "Тульской и Калужской
    # областей": the kind of region both adjectives name
    'place2', 'organization2', 'region_kind',
    # "министры обороны России, Белоруссии и Казахстана": the third holder's place
    'place3',
    # "Борисов сменил Рогозина на посту гендиректора": the verb of succession
    # and the one who held the post before
    'succession', 'first_before', 'middle_before', 'last_before',
    # "глава делегации на переговорах", "советник в администрации
    # губернатора": the preposition and the noun of where the post is held,
    # and the genitives that noun governs
    'scene', 'scene_noun', 'scene_words',
    # "стал итальянский продюсер Паоло Дель Брокко", "член Совета Федерации",
    # "исполняет его заместитель Олег Котов": a calling, a membership or a post
    # before the name, which may be a post of its own
    'calling', 'membership',
    # "начальник штаба флота вице-адмирал Олег Голубев": a rank before the name, a post of its own
    'rank',
    # "директор музея, историк Алексей Котов": what else the holder is, joined
    # to the post by a comma or "и"
    'joined',
    # "Директор школы, где учился Петров, Анна Смирнова": a relative clause on
    # the body between the post and its holder
    'body_clause',
])
