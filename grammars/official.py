"""Officials: "вице-премьер России Юрий Борисов", "Александр Лукашенко, президент Белоруссии"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Optional

from yargy import and_, not_, or_, rule
from yargy.interpretation import fact
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, in_caseless, is_lower, type

from factlex import normalize
from factlex.facts import Official, Person

from .blocks.names import person
from .blocks.orgs import LEGAL_FORM, ORG_NAME, ORG_TYPE, ORG_TYPE_WORDS, QUOTED
from .blocks.places import place
from .blocks.words import HasCase, IsAbbreviation, IsCapitalizedWord
from .tokens import attribute_tokens, tokens_span
from .vocab import read_table

__all__ = ['FACT', 'HEADS', 'MODIFIERS', 'NAME', 'REACH', 'RULE', 'TRIGGER', 'Raw', 'to_facts']

NAME = 'official'
FACT = Official

Raw = fact('Raw', [
    'acting', 'modifiers', 'head', 'tail',
    'org_type', 'organization', 'place', 'host_place',
    'first', 'middle', 'last', 'link', 'gap',
])

#: Tokens a mention may reach before and after the word that triggers the
#: grammar: a name and a comma before the post; a long post, its body and
#: place, and a name after it.
REACH = (16, 24)

##########
#   POST
##########

#: Head words of posts from ``data/positions.tsv``.
HEADS = sorted({head for _, head in read_table('positions.tsv', columns=2)})

HEAD = morph_pipeline(HEADS)

# Parts of the post: "первый заместитель", "генеральный директор".
MODIFIERS = {
    'первый', 'генеральный', 'главный', 'старший', 'младший', 'исполнительный', 'ответственный',
    'верховный', 'чрезвычайный', 'полномочный', 'постоянный', 'специальный', 'официальный',
    'коммерческий', 'финансовый', 'технический', 'художественный', 'спортивный', 'творческий',
    'операционный', 'управляющий', 'заместитель', 'научный', 'санитарный', 'военный', 'временный',
}
MODIFIER = and_(dictionary(MODIFIERS), or_(gram('ADJF'), gram('PRTF')))

# Words of time rather than of the post: they belong to the mention, not to
# ``position``.
TIME = or_(
    rule(dictionary({'бывший', 'нынешний', 'действующий', 'новый', 'новоизбранный', 'покойный'})),
    rule(in_caseless({'экс'}), eq('-')),
)

# "исполняющий обязанности губернатора", "и. о. губернатора", "врио главы".
ACTING = or_(
    # pymorphy2 gives a participle the verb's dictionary form, so the
    # participle is required by grammeme: "исполнял обязанности" is a verb.
    rule(in_caseless({'временно'}).optional(), and_(dictionary({'исполнять'}), gram('PRTF')), dictionary({'обязанность'})),
    rule(in_caseless({'и'}), eq('.'), in_caseless({'о'}), eq('.')),
    rule(in_caseless({'врио', 'ио', 'вриo'})),
)

# Lower-case genitive words that complete a post: "министр иностранных дел",
# "заместитель председателя правительства", "директор странового офиса".
# A kind of organization ("госкорпорации «Росатом»") starts the body instead.
TAIL_WORD = and_(
    is_lower(),
    HasCase({'gent'}),
    or_(gram('NOUN'), gram('ADJF')),
    not_(or_(gram('PREP'), gram('CONJ'), gram('PRCL'), gram('Abbr'), gram('Apro'))),
    # "глава семьи", "лидер гонки": a head of something that is no office.
    not_(dictionary({'семья', 'гонка', 'рейтинг', 'список', 'чарт', 'турнир', 'чемпионат', 'забег', 'документ'})),
    # "театра имени Евгения Вахтангова": the name after "имени" is no holder.
    not_(dictionary({'имя'})),
)
# "Председатель Правительства РФ": a generic body written with a capital.
GENERIC_BODIES = {'правительство', 'государство', 'президент', 'парламент', 'администрация', 'совет'}
CAPITALIZED_BODY = and_(
    dictionary(GENERIC_BODIES),
    IsCapitalizedWord(),
    HasCase({'gent'}),
)
TAIL_WORD = or_(TAIL_WORD, CAPITALIZED_BODY)
TAIL_NOUN = and_(TAIL_WORD, gram('NOUN'))
# "командующий войсками", "командующим флотом": participle posts govern the instrumental.
INSTRUMENTAL_NOUN = and_(is_lower(), HasCase({'ablt'}), gram('NOUN'), not_(gram('PREP')))
# "уполномоченный по правам человека", "комитета по финансовому рынку".
TOPIC = or_(
    rule(in_caseless({'по'}), and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3)),
    rule(
        in_caseless({'по'}),
        and_(is_lower(), HasCase({'datv'}), or_(gram('NOUN'), gram('ADJF'))).repeatable(max=3),
        TAIL_WORD.repeatable(max=2),
    ),
)
# The governed words end in a noun: "директор музея", not "основателя социальной".
# yargy's parser loses matches when several rules that may match nothing
# follow each other, so the tail's variants are spelled out, none of them
# ending in an optional part.
GENITIVES = or_(rule(TAIL_NOUN), rule(TAIL_WORD.repeatable(max=3), TAIL_NOUN))
GOVERNED = or_(GENITIVES, rule(INSTRUMENTAL_NOUN), rule(INSTRUMENTAL_NOUN, GENITIVES))
COORDINATED = rule(GOVERNED, in_caseless({'и'}), GENITIVES)  # "рынка и услуг"
TAIL = or_(
    GOVERNED,
    COORDINATED,
    rule(GOVERNED, TOPIC),
    rule(COORDINATED, TOPIC),
    TOPIC,
)

POST = rule(
    ACTING.interpretation(Raw.acting).optional(),
    rule(MODIFIER.repeatable(max=2)).interpretation(Raw.modifiers).optional(),
    HEAD.interpretation(Raw.head),
    TAIL.interpretation(Raw.tail).optional(),
)

##########
#   BODY AND PLACE
##########

ORGANIZATION = or_(
    rule(or_(ORG_TYPE, LEGAL_FORM).interpretation(Raw.org_type), QUOTED.interpretation(Raw.organization)),
    # "японского МИДа": a country's adjective before the body's name
    rule(and_(gram('ADJF'), is_lower()).optional(), ORG_NAME.interpretation(Raw.organization)),
)

# "посол Белоруссии в России": the country the post belongs to is the
# genitive one; "в России" is where it is held.
PLACE = place({'gent'}).interpretation(Raw.place)
HOST_PLACE = rule(
    in_caseless({'в', 'во'}),
    or_(place({'loct', 'datv'}), rule(IsAbbreviation())).interpretation(Raw.host_place),
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
    rule(in_caseless({'по'}), place({'datv'}).interpretation(Raw.host_place)),
)
# "Международного олимпийского комитета (МОК)": the abbreviation in brackets.
EXPANSION = rule(eq('('), IsAbbreviation(), eq(')'))

# yargy cannot nest a rule that may match nothing, so the optional ending
# parts are spelled out in each alternative.
BODY = or_(
    rule(
        ORGANIZATION, EXPANSION.optional(), PLACE.optional(),  # "МИД России"
        or_(HOST_PLACE, ATTACHED).optional(), CONSTITUENCY.optional(),
    ),
    rule(PLACE, ORGANIZATION.optional(), EXPANSION.optional(), or_(HOST_PLACE, ATTACHED).optional(),
         CONSTITUENCY.optional()),
    rule(or_(HOST_PLACE, ATTACHED), CONSTITUENCY.optional()),
    CONSTITUENCY,
)

# Words between the post and the name that belong to neither: an age
# ("68-летний"), a rank ("генерал-полковник"), a nationality ("норвежца").
RANKS = {
    'генерал', 'генерал-полковник', 'генерал-лейтенант', 'генерал-майор', 'адмирал', 'вице-адмирал',
    'контр-адмирал', 'полковник', 'подполковник', 'майор', 'капитан', 'маршал', 'лейтенант', 'сержант',
    'академик', 'профессор', 'доктор', 'госсоветник', 'епископ', 'архиепископ', 'митрополит',
}
INTERLUDE = or_(
    rule(type('INT'), eq('-'), dictionary({'летний'})),
    morph_pipeline(sorted(RANKS)),
)

##########
#   OFFICIAL
##########

PERSON = person(first=Raw.first, middle=Raw.middle, last=Raw.last)

# Verbs that tie a person to a post: "Х стал премьер-министром", "Х был
# назначен главой", "главой компании станет Х".
LINK_VERBS = {
    'стать', 'становиться', 'быть', 'являться', 'работать', 'служить', 'остаться', 'оставаться',
    'числиться', 'пребывать',
}
# Appointed, not appointing: "Х назначен главой", never "Х назначил начальника".
PASSIVE_VERBS = {'назначить', 'избрать', 'переизбрать', 'утвердить', 'выбрать'}
LINK = rule(
    or_(
        dictionary(LINK_VERBS - {'быть'}),
        # "был", "будет"; not "бывший", which pymorphy2 also files under "быть"
        and_(dictionary({'быть'}), or_(gram('VERB'), gram('INFN'))),
        and_(dictionary(PASSIVE_VERBS), or_(gram('PRTS'), gram('PRTF'))),
    ).repeatable(max=2),
    in_caseless({'новым', 'новой', 'первым', 'первой', 'вновь', 'снова', 'уже', 'также', 'тогда', 'ещё', 'еще'}).optional(),
).interpretation(Raw.link)

# "Х занимал пост министра печати", "Х назначен на пост главы".
OFFICE_NOUNS = {'пост', 'должность', 'качество', 'место'}
OFFICE = or_(
    # "занимал пост министра", "покинул должность главы"
    rule(dictionary({'занимать', 'занять', 'покинуть', 'покидать', 'оставить', 'оставлять', 'сохранить'}),
         dictionary(OFFICE_NOUNS)),
    # "исполнял обязанности министра", "выполнявшего обязанности главы"
    rule(dictionary({'исполнять', 'выполнять', 'исполнить'}), dictionary({'обязанность'})),
    # "на посту мэра", "в качестве премьер-министра"; not "освободил от
    # должности", where the person named is the one who dismissed
    rule(in_caseless({'на', 'в'}), dictionary(OFFICE_NOUNS)),
).interpretation(Raw.link)

# Between a name and the verb that ties it to a post: "Руснок в 2001-2002
# годах работал министром", "Аленка Братушек, в прошлом занимавшая пост".
GAP_WORD = and_(
    not_(in_({'.', '!', '?', ';', ':', '(', ')', '«', '»', '"', '—', '–', 'не', 'ни'})),
    not_(IsCapitalizedWord()),
)
GAP = rule(GAP_WORD.repeatable(max=6)).interpretation(Raw.gap)

# Words that rank or describe the holder rather than name the post: "стал
# самым долгоживущим президентом", "станет седьмым по счёту королём".
DESCRIPTOR = rule(
    and_(is_lower(), or_(gram('ADJF'), gram('NUMR'), gram('ADVB')), not_(dictionary(MODIFIERS))).repeatable(max=3),
    rule(in_caseless({'по'}), in_caseless({'счёту', 'счету'})).optional(),
)

DASH = in_caseless({'—', '–', '-'})

RULE = or_(
    rule(TIME.optional(), POST, BODY.optional(), INTERLUDE.optional(), PERSON),
    # "Министр юстиции — Садакадзу Танигаки", "Президент России, Владимир Путин"
    rule(TIME.optional(), POST, BODY.optional(), or_(DASH, eq(',')).interpretation(Raw.link), PERSON),
    # "назначил Джона Хантсмена послом в России": the post in the instrumental
    rule(PERSON, POST, BODY.optional()),
    # "Александр Лукашенко, президент Белоруссии"
    rule(PERSON, eq(',').interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    # "Абэ — депутат японского парламента"
    rule(PERSON, DASH.interpretation(Raw.link), TIME.optional(), POST, BODY.optional()),
    rule(PERSON, LINK, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, OFFICE, TIME.optional(), POST, BODY.optional()),
    rule(PERSON, LINK, DESCRIPTOR, POST, BODY.optional()),
    rule(PERSON, or_(GAP, rule(eq(','), GAP)), or_(LINK, OFFICE), TIME.optional(), POST, BODY.optional()),
    rule(PERSON, or_(GAP, rule(eq(','), GAP)), LINK, DESCRIPTOR, POST, BODY.optional()),
    rule(POST, BODY.optional(), LINK, INTERLUDE.optional(), PERSON),
    # "глава ФСБ Чечни и зампред НАК Владимир Кулишов": two posts of one person;
    # the fact keeps the last one.
    rule(TIME.optional(), POST, BODY.optional(), in_caseless({'и'}), TIME.optional(), POST, BODY.optional(),
         INTERLUDE.optional(), PERSON),
).interpretation(Raw)


def _stem(head: str) -> str:
    """Enough of the word to find it in every case: "посол" -> "пос" (посла),
    "владелец" -> "владел" (владельца)."""
    last = head.rpartition('-')[2]
    stem = re.sub('(?:ий|ый|ой|ая|ь|й|а|я|о|е)$', '', last)
    stem = re.sub('(?:ец|ол)$', '', stem) if re.search('(?:ец|ол)$', stem) else stem  # fleeting vowels
    stem = stem.rstrip('ь')  # "судья", "судей"
    return stem if len(stem) >= 3 else last[:3]


#: Text without one of these words holds no official.
TRIGGER = re.compile('(?i:' + '|'.join(sorted({_stem(head) for head in HEADS} | {'врио'})) + ')')

##########
#   NORMALIZATION
##########

_SPACE = ' '


def _join(tokens: Sequence[Any], words: Optional[Sequence[str]] = None) -> str:
    """Words joined the way the tokens stand: "вице-премьер", "и. о."."""
    words = list(words) if words is not None else [token.value for token in tokens]
    parts = []
    for index, (token, word) in enumerate(zip(tokens, words)):
        if index and token.span.start > tokens[index - 1].span.stop:
            parts.append(_SPACE)
        parts.append(word)
    return ''.join(parts)


#: The declining word of each head: "премьер" of "вице-премьер".
HEAD_WORDS = {head.rpartition('-')[2] for head in HEADS}


def _cases(token: Any, lemmas: Optional[Iterable[str]] = None) -> set[str]:
    """The cases ``token`` may stand in, read as a singular with one of ``lemmas``.

    A post names one person, so "директора" is a genitive singular here, not
    the nominative plural it can also be.
    """
    lemmas = set(lemmas) if lemmas is not None else None
    cases = set()
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        if (lemmas is None or form.normalized in lemmas) and ('sing' in grams or 'Fixd' in grams):
            cases |= {case for case in normalize.CASES if case in grams}
    return cases


def _readings(token: Any, cases: set[str], parts_of_speech: set[str]) -> list[Any]:
    return [
        form for form in getattr(token, 'forms', ())
        if cases & form.grams.values and parts_of_speech & form.grams.values
    ]


def _inflect(form: Any, grams: set[str], original: str, *, proper: bool) -> str:
    inflected = form.raw.inflect(grams) or form.raw.inflect({'nomn'})
    word = inflected.word if inflected is not None else original.lower()
    return word[:1].upper() + word[1:] if proper and original[:1].isupper() else word


_NOUNS = {'NOUN'}
_ADJECTIVES = {'ADJF', 'PRTF', 'NUMR'}


def _phrase_nominative(tokens: Sequence[Any], cases: Optional[set[str]] = None, *, proper: bool,
                       nouns: Optional[set[str]] = None) -> str:
    """A noun phrase in the nominative: its head noun and what agrees before it.

    "Челябинской области" -> "Челябинская область", "Верховного суда" ->
    "Верховный суд"; words after the head noun are governed by it and stay as
    written ("Совета Федерации" -> "Совет Федерации"). ``nouns`` limits which
    dictionary words may be the head.
    """
    words = [token.value for token in tokens]
    declining = [
        index for index, token in enumerate(tokens)
        if getattr(token, 'forms', None)
        and not (index + 1 < len(tokens) and tokens[index + 1].value == '-')  # "Ханты-", "вице-"
    ]
    if cases and nouns:
        # "директора-распорядителя", "премьера-министра": a post before the
        # hyphen declines too; "вице-" and "пресс-" do not.
        for index, token in enumerate(tokens[:-1]):
            readings = [form for form in _readings(token, cases, _NOUNS) if form.normalized in nouns]
            if tokens[index + 1].value == '-' and readings:
                words[index] = _inflect(readings[0], {'nomn', 'sing'}, token.value, proper=proper)
    if cases is None and declining:
        cases = _cases(tokens[declining[0]]) or {'nomn'}
    cases = cases or {'nomn'}
    head = None
    for position, index in enumerate(declining):
        readings = _readings(tokens[index], cases, _NOUNS)
        if nouns is not None:
            readings = [form for form in readings if form.normalized in nouns]
        following = declining[position + 1] if position + 1 < len(declining) else None
        agrees_with_next = (
            following is not None and following == index + 1
            and _readings(tokens[index], cases, _ADJECTIVES) and _readings(tokens[following], cases, _NOUNS)
        )
        if readings and not agrees_with_next:
            head = (index, readings[0])
            break
    if head is None:
        return _join(tokens, words)
    head_index, head_form = head
    number = 'plur' if 'plur' in head_form.grams.values and 'sing' not in head_form.grams.values else 'sing'
    gender = next((gender for gender in ('masc', 'femn', 'neut') if gender in head_form.grams.values), None)
    words[head_index] = _inflect(head_form, {'nomn', number}, tokens[head_index].value, proper=proper)
    for index in declining:
        if index >= head_index:
            break
        adjectives = _readings(tokens[index], cases, _ADJECTIVES)
        if adjectives:
            grams = {'nomn', number} | ({gender} if gender and number == 'sing' else set())
            words[index] = _inflect(adjectives[0], grams, tokens[index].value, proper=proper)
    return _join(tokens, words)


def _position(raw: Any, cases: set[str], tail: Sequence[Any]) -> str:
    acting = attribute_tokens(raw, 'acting')
    modifiers = attribute_tokens(raw, 'modifiers')
    head = attribute_tokens(raw, 'head')
    tail = list(tail)
    if acting:
        # "исполняющего обязанности губернатора": only the participle agrees;
        # the post after it stays in the genitive.
        words = [token.value.lower() for token in acting + modifiers + head + tail]
        if getattr(acting[0], 'forms', None) and _readings(acting[0], cases, _ADJECTIVES):
            words[0] = _inflect(_readings(acting[0], cases, _ADJECTIVES)[0], {'nomn', 'sing', 'masc'}, acting[0].value,
                                proper=False)
        return _join(acting + modifiers + head + tail, words)
    core = modifiers + head
    phrase = _phrase_nominative(core, cases, proper=False, nouns=HEAD_WORDS).lower()
    # The governed words keep their form and the spacing they had; a generic
    # body is written in lower case ("председатель Правительства" -> "правительства").
    rest = _join(core[-1:] + tail, [core[-1].value] + [
        token.value.lower() if _is_generic_body(token) else token.value for token in tail
    ])[len(core[-1].value):]
    return phrase + rest


def _is_generic_body(token: Any) -> bool:
    return any(form.normalized in GENERIC_BODIES for form in getattr(token, 'forms', ()))


_INFLECTED_ABBREVIATION = re.compile(r'([A-ZА-ЯЁ]{2,})[а-яё]{1,2}$')


def _organization(raw: Any, typed: bool = False) -> Optional[str]:
    tokens = [token for token in attribute_tokens(raw, 'organization') if token.value not in '«»"„“”']
    if not tokens:
        return None
    if len(tokens) == 1 and _INFLECTED_ABBREVIATION.match(tokens[0].value):
        return _INFLECTED_ABBREVIATION.match(tokens[0].value).group(1)  # "МИДа" -> "МИД"
    if raw.org_type or typed or all(not getattr(token, 'forms', None) or IsAbbreviation()(token) for token in tokens):
        # After "госкорпорации" the name stands in the nominative as written;
        # so do "ФСБ" and "OpenAI".
        return _join(tokens)
    return _phrase_nominative(tokens, proper=True)


def _place(raw: Any) -> Optional[str]:
    for name, cases in (('place', {'gent'}), ('host_place', {'loct', 'datv'})):
        tokens = attribute_tokens(raw, name)
        if tokens:
            if all(token.value.isupper() for token in tokens if getattr(token, 'forms', None)):
                return _join(tokens)  # "РФ", "США"
            return _phrase_nominative(tokens, cases, proper=True)
    return None


def _person(raw: Any, cases: set[str]) -> Optional[Person]:
    parts = {name: attribute_tokens(raw, name) for name in ('first', 'middle', 'last')}
    tokens = sorted((token for part in parts.values() for token in part), key=lambda token: token.span.start)
    if not tokens:
        return None
    gender = _gender(parts, cases)
    names = {}
    for name, part in parts.items():
        if not part:
            names[name] = None
        elif part[-1].value == '.':
            names[name] = _join(part)  # an initial, "В."
        elif name == 'first' and _known_first_name(part, cases):
            names[name] = _known_first_name(part, cases)
        elif name == 'last' and _known_surname(part, cases, gender):
            names[name] = _known_surname(part, cases, gender)
        else:
            names[name] = normalize.name_nominative(_join(part), name, cases, gender)
    return Person(tokens_span(tokens), names['first'], names['middle'], names['last'])


def _as_written(word: str, original: str) -> str:
    """A dictionary form spelled as the text spells: capitalized, "е" for an unwritten "ё"."""
    if 'ё' not in original.lower():
        word = word.replace('ё', 'е')
    return word[:1].upper() + word[1:]


def _known_surname(part: Sequence[Any], cases: set[str], gender: Optional[str]) -> Optional[str]:
    """A dictionary surname in the nominative: "Яровой" -> "Яровая", "Шойгу"."""
    if len(part) != 1:
        return None
    token = part[0]
    for form in getattr(token, 'forms', ()):
        grams = form.grams.values
        either = 'ms-f' in grams or 'Ms-f' in grams
        if 'Surn' in grams and form.raw.is_known and cases & grams and (gender is None or gender in grams or either):
            if 'Fixd' in grams or either:
                return token.value  # "Шойгу", "Матвиенко" do not decline
            inflected = form.raw.inflect({'nomn', gender} if gender else {'nomn'})
            if inflected is not None:
                return _as_written(inflected.word, token.value)
    return None


def _known_first_name(part: Sequence[Any], cases: set[str]) -> Optional[str]:
    """A dictionary first name in the nominative: "Эльвиры" -> "Эльвира"."""
    if len(part) != 1:
        return None
    for form in getattr(part[0], 'forms', ()):
        grams = form.grams.values
        if 'Name' in grams and cases & grams and ('sing' in grams or 'Fixd' in grams):
            return _as_written(form.normalized, part[0].value)
    return None


def _gender(parts: dict[str, list[Any]], cases: set[str]) -> Optional[str]:
    for token in parts['first'][:1]:
        genders = {
            gender for form in getattr(token, 'forms', ())
            if 'Name' in form.grams.values and cases & form.grams.values
            for gender in ('masc', 'femn') if gender in form.grams.values
        }
        if len(genders) == 1:
            return genders.pop()
    words = [token.value for name in ('middle', 'last') for token in parts[name]]
    return normalize.name_gender(words, cases)


def _post_cases(raw: Any) -> set[str]:
    """The cases the post phrase may stand in, read off the word it agrees with."""
    acting = attribute_tokens(raw, 'acting')
    participle_cases = _cases(acting[0], {'исполнять'}) if acting else set()
    if participle_cases:
        return participle_cases
    if acting:
        # "врио губернатора Александру Хинштейну": "врио" does not decline and
        # the post after it is genitive; the name shows the case.
        return _person_cases(raw)
    head = attribute_tokens(raw, 'head')[-1]
    return _cases(head, HEAD_WORDS) or _cases(head)


def _person_cases(raw: Any) -> set[str]:
    for name in ('first', 'last'):
        for token in attribute_tokens(raw, name)[:1]:
            cases = {
                case for form in getattr(token, 'forms', ())
                if form.grams.values & {'Name', 'Surn'}
                for case in normalize.CASES if case in form.grams.values
            }
            if cases:
                return cases
    return {'nomn'}


def _agrees(raw: Any, cases: set[str]) -> bool:
    """Whether a dictionary name stands in a case the post allows.

    "Письмо министру Сергей Иванов отправил": the dative post and the
    nominative name belong to different parts of the sentence.
    """
    for name in ('first', 'last'):
        for token in attribute_tokens(raw, name)[:1]:
            readings = [form for form in getattr(token, 'forms', ()) if form.raw.is_known
                        and form.grams.values & {'Name', 'Surn', 'ADJF'}]
            if readings and not any(cases & form.grams.values or 'Fixd' in form.grams.values for form in readings):
                return False
    return True


#: Posts that often open a sentence before a bare surname: "Президент Обама".
COMMON_TITLES = {
    'президент', 'премьер', 'премьер-министр', 'министр', 'губернатор', 'мэр', 'судья', 'глава',
    'канцлер', 'сенатор', 'король', 'королева', 'спикер', 'посол', 'генсек', 'лидер',
}

#: Posts held under a person, whose genitive name is the superior, not the
#: holder: "советника Путина", "заместителем Онищенко".
RELATIONAL_HEADS = {'заместитель', 'советник', 'помощник', 'пресс-секретарь', 'представитель', 'секретарь'}

_DECLINABLE_NOMINATIVE = re.compile(r'(?:[оеё]в|[иы]н|[сц]кий|[ое]й|ый)$')


def _name_first(raw: Any) -> bool:
    """Whether the name stands before the post ("Лукашенко, президент")."""
    name = attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')
    return min(token.span.start for token in name) < attribute_tokens(raw, 'head')[0].span.start


def _plausible(raw: Any, cases: set[str], person_cases: set[str]) -> bool:
    """Whether a match reads as a post and its holder, not a coincidence of words."""
    head = attribute_tokens(raw, 'head')[-1]
    forms = getattr(head, 'forms', ())
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    bare = not (raw.tail or raw.modifiers or raw.organization or raw.place or raw.host_place or raw.acting)
    if any('PREP' in form.grams.values for form in forms):
        return False  # "После ареста Саипов": "после" is also "посол" in the locative
    if head.value[:1].isupper() and bare and (
        'nomn' not in cases or raw.head.lower() not in COMMON_TITLES
    ) and (not first or any(form.grams.values & {'Name', 'Surn'} for form in forms)):
        return False  # "Эмира Кустурицу": a first name rather than the post "эмир"
    if raw.link == ',' and _name_first(raw) and bare and 'nomn' in cases:
        return False  # "По словам Кабейо, президент принесет": a bare post after a comma
    modifiers = attribute_tokens(raw, 'modifiers')
    if modifiers and not any(
        cases & form.grams.values for token in modifiers for form in getattr(token, 'forms', ())
    ):
        return False  # "главная премьера": the modifier agrees with another word
    head_lemmas = {form.normalized for form in forms} | {raw.head.lower()}
    if not first and not raw.link and head_lemmas & RELATIONAL_HEADS:
        return False  # "советника Путина": the superior, not the holder
    if last and not first and any(
        'ADJF' in form.grams.values and form.raw.is_known for form in getattr(last[0], 'forms', ())
    ):
        return False  # "губернатором Московской области": an adjective, not a surname
    if raw.gap and not (first and last) and not _known_surname_reading(last):
        return False  # across a few words, only a full name is safe: "Руснок" may be anything
    if last and not raw.link and 'nomn' not in person_cases and len(last) == 1:
        word = last[0].value
        known = [form for form in getattr(last[0], 'forms', ()) if form.raw.is_known]
        if not known and _DECLINABLE_NOMINATIVE.search(word.lower()) and normalize.name_gender([word]) is None:
            return False  # "указом президента Ю.Балуевский": a nominative name
    return True


def _may_be_subject(raw: Any) -> bool:
    """Whether every dictionary word of the name can stand in the nominative."""
    for token in attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last'):
        known = [form for form in getattr(token, 'forms', ()) if form.raw.is_known]
        if known and not any('nomn' in form.grams.values or 'Fixd' in form.grams.values for form in known):
            return False
    return True


def _known_surname_reading(tokens: Sequence[Any]) -> bool:
    return any(
        'Surn' in form.grams.values and form.raw.is_known for token in tokens for form in getattr(token, 'forms', ())
    )


def to_facts(raw: Any, tokens: list) -> Iterator[Official]:
    """The Official of one match, everything in the nominative."""
    cases = _post_cases(raw)
    if not cases:
        return  # "директоров", "вице-президенты": a post of one person is singular
    # In apposition ("Лукашенко, президент", "президент Лукашенко") the name
    # agrees with the post; tied by a verb or a dash it has a case of its own.
    apposition = raw.link in (None, ',')
    if _name_first(raw) and raw.link is None:
        if 'ablt' not in cases:
            return  # "назначил Х послом": without a verb only the instrumental ties them
        apposition = False
    if not _name_first(raw) and cases == {'ablt'}:
        cases = cases | {'accs'}  # "назначил начальником штаба Владимира Замана"
    person_cases = cases if apposition else _person_cases(raw)
    if raw.link not in (None, ',') and _name_first(raw) and not _may_be_subject(raw):
        return  # "Оппонентом Рубио ... станет конгрессмен": the name is no subject
    if apposition and not _agrees(raw, cases):
        return
    if not _plausible(raw, cases, person_cases):
        return
    tail = attribute_tokens(raw, 'tail')
    organization = attribute_tokens(raw, 'organization')
    typed = False
    if tail and organization and tail[-1].span.stop <= organization[0].span.start and any(
        form.normalized in ORG_TYPE_WORDS for form in getattr(tail[-1], 'forms', ())
    ):
        # "директор офиса госкорпорации «Росатом»": the kind of body belongs
        # to the organization, not to the post.
        tail, typed = tail[:-1], True
    yield Official(
        tokens_span(tokens),
        _position(raw, cases, tail),
        person=_person(raw, person_cases),
        organization=_organization(raw, typed),
        place=_place(raw),
    )
