"""A post before a surname alone, held by the person the text names in full.

News names a person in full once and by the surname after that: "Президент
Франции Эммануэль Макрон прибыл в Берлин. ... переговоры с президентом
Макроном". A surname the dictionary knows ("президент Путин") the grammar
reads itself. Any other capitalized word after a post is as often a body
("президента Сбербанка"), a place or a first name, so here it is read as a
surname only when the text names someone in full with it: a first name or an
initial right before another occurrence of the word, in any case
("Эммануэль Макрон", "Эммануэля Макрона", "Э. Макрон").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, Optional

import attrs

from factlex.facts import Official, Person, Span
from factlex.streaming import shift

from ..blocks.orgs import BODY_NOUNS, ORG_TYPE_WORDS
from ..sentences import TIME_OPENING, finer_sentence_start, sentence_bounds
from ..tokens import attribute_tokens
from .anaphora import link_to_post, person_of_name, post_from, undeclined_given, verb_gender_after
from .assembly import post_parser
from .checks import country_or_name, head_token, plausible, post_cases
from .context import reject
from .fields import organization_of, place_of, position_of
from .post import RELATIONAL_HEADS, TRIGGER

__all__ = ['with_surname_holders']


@functools.lru_cache(maxsize=1)
def _trigger_word() -> re.Pattern[str]:
    """A post's head word, also after a prefix joined by a hyphen
    ("вице-премьером"); compiled when a surname alone is first met (a trie
    of the post words: some 2.5 ms that most short texts need not spend)."""
    return re.compile(r'(?:[а-яё]+-)?(?:%s)' % TRIGGER.pattern, re.IGNORECASE)


# A capitalized word of letters: a surname, possibly double ("Кузьмин-Караваев")
_CAPITALIZED = re.compile(r'(?<![А-ЯЁа-яёA-Za-z.\-])[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?(?![А-ЯЁа-яёA-Za-z\-])')
# The endings a surname takes in its cases: "Макрон-ом", "Смирнов-ой", "Вишневск-ого"
_ENDING = re.compile(r'(?:ого|его|ому|ему|ыми|ами|ой|ою|ом|ем|ым|им|ых|их|ую|ая|ий|ый|а|я|у|ю|е|ы|и)$')
# How far before the surname the post may begin: a head, its modifiers and a body
_POST_REACH = 160
# Up to three words before the subject, after a time: "В 2018 году Мохамад", "Сам Синдзо"
_FIRST_WORDS = re.compile(r'\s*(?:[«"]?[А-ЯЁа-яё0-9-]+\s+){0,3}')
# How far after the subject the post may end: a link verb, an office and the post
_LINK_REACH = 120


def _stem(word: str) -> str:
    """The word less its case ending, when at least four letters are left."""
    word = word.lower().replace('ё', 'е')
    ending = _ENDING.search(word)
    if ending is not None and ending.start() >= 4:
        return word[:ending.start()]
    return word


def with_surname_holders(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and an Official for each post followed by a surname alone
    that the text also gives with a first name or an initial.

    >>> from factlex import extract
    >>> text = 'Эммануэль Макрон прибыл в Берлин. Переговоры с президентом Макроном продлились час.'
    >>> [(fact.position, fact.person.name) for fact in extract(text, types=['official'])]
    [('президент', 'Эммануэль Макрон')]
    """
    found = list(found)
    covered = bytearray(len(text))  # the characters a fact holds: a surname there is no candidate
    for fact in found:
        covered[fact.span.start:fact.span.stop] = b'\x01' * (fact.span.stop - fact.span.start)
    pairs: dict[str, list[tuple[int, int, int]]] = {}
    paired = False  # ``pairs`` are read when first needed: most texts need none
    holders = _full_names(found)
    people: dict[str, tuple[Optional[Person], set[int]]] = {}
    added = []
    for word in _CAPITALIZED.finditer(text):
        start, stop = word.span()
        if covered[start]:
            continue  # a fact's word
        post_before = _post_word_before(text, start)
        age = _AGE_AFTER.match(text, stop)
        tie_from = age.end() if age is not None else stop
        subject = not post_before and _TIE_AFTER.match(text, tie_from) is not None
        if not (post_before or subject):
            continue  # most capitalized words: no post word before, no link verb after
        if not paired:
            pairs, paired = name_pairs(text), True
        stem = _stem(word.group())
        if stem not in holders and not any(surname != start for _, surname, _ in pairs.get(stem, ())):
            continue  # given with a first name nowhere else
        if post_before and _after_a_capitalized_word(text, start, sentence_of) \
                or subject and not _opens_sentence(text, start, sentence_of) \
                or _names_no_one(word.group(), _written_in_full(text, word.group(), pairs.get(stem, ()))) \
                or any(covered[start:stop]):
            continue  # a name of two words, no subject, a place's or a body's name
        if stem not in people:
            people[stem] = _named_in_full(text, stem, holders, pairs, sentence_of)
        person, surnames = people[stem]
        if person is None or surnames <= {start} or not _same_person(person, text, stop):
            continue  # named in full nowhere, or only here, or someone else of that name
        fact = _post_before(text, start, stop, person, sentence_of) if post_before else None
        if fact is None and subject:
            fact = _post_linked(text, start, stop, person, sentence_of, tie_from)
        if fact is not None and not reject(fact, text):
            added.append(fact)
            covered[fact.span.start:fact.span.stop] = b'\x01' * (fact.span.stop - fact.span.start)
    if not paired and any(fact.person is not None and not fact.person.first and fact.person.last for fact in found):
        pairs = name_pairs(text)
    return [_named_as_in_full(fact, text, people, holders, pairs, sentence_of) for fact in found] + added


def named_in_full_before(text: str, start: int, surname: str, found: Iterable[Official],
                         sentence_of: Callable[[int], int],
                         pairs: dict[str, list[tuple[int, int, int]]]) -> Optional[Person]:
    """The one person the text names in full before ``start`` with the
    ``surname`` (in any case), in the nominative, its span that of the
    surname at ``start``; None when no one, or more than one, is: "Виктор
    Дроздов родился в Хабаровске. ... В 2003 году Дроздов возглавил ...".
    ``pairs`` are the text's ``name_pairs``, read once for all its surnames."""
    stem = _stem(surname)
    before = [fact for fact in found if fact.person is not None and fact.person.span is not None
              and fact.person.span.stop <= start]
    person, _ = _named_in_full(text, stem, _full_names(before), pairs, sentence_of)
    if person is None or person.span is None or person.span.stop > start or not _same_person(
            person, text, start + len(surname)):
        return None
    return attrs.evolve(person, span=Span(start, start + len(surname)))


def with_first_names(found: Iterable[Official], text: str, sentence_of: Callable[[int], int],
                     known: Iterable[Official] = ()) -> list[Official]:
    """``found``, each holder named by the surname alone given the first name
    the text gives that surname elsewhere (also in the ``known`` facts), as
    ``with_surname_holders`` does for the facts it sees: for the posts read
    after it (``anaphora``)."""
    found = list(found)
    if not any(fact.person is not None and not fact.person.first and fact.person.last for fact in found):
        return found
    holders = _full_names([*known, *found])
    people: dict[str, tuple[Optional[Person], set[int]]] = {}
    pairs = name_pairs(text)
    return [_named_as_in_full(fact, text, people, holders, pairs, sentence_of) for fact in found]


def _full_names(facts: Iterable[Official]) -> dict[str, list[Person]]:
    """The holders the facts name in full, by the stem of their surname."""
    holders: dict[str, list[Person]] = {}
    for fact in facts:
        if fact.person is not None and fact.person.first and fact.person.last and fact.person.span is not None:
            holders.setdefault(_stem(fact.person.last), []).append(fact.person)
    return holders


def _named_as_in_full(fact: Official, text: str, people: dict[str, tuple[Optional[Person], set[int]]],
                      holders: dict[str, list[Person]], pairs: dict[str, list[tuple[int, int, int]]],
                      sentence_of: Callable[[int], int]) -> Official:
    """The fact, its holder named by the surname alone given the first name
    (and patronymic) the text gives that surname elsewhere: "Синдзо Абэ ...
    премьер Абэ" is Синдзо Абэ."""
    holder = fact.person
    if holder is None or holder.first or not holder.last or holder.span is None:
        return fact
    stem = _stem(holder.last)
    if stem not in people:
        people[stem] = _named_in_full(text, stem, holders, pairs, sentence_of)
    person, _ = people[stem]
    # the stems, not the forms: "Вершинина пришла ..." may be read as the
    # nominative of a man's "Вершинин" where the text named "Оксану Вершинину"
    if person is None or _stem(person.last) != _stem(holder.last) or not _same_person(person, text, holder.span.stop):
        return fact
    return attrs.evolve(fact, person=attrs.evolve(person, span=holder.span))


# A son or a father of the same name: "Лукашенко-младший"
_JUNIOR = re.compile(r'-?\s*(?:младш|старш)', re.IGNORECASE)
_WORD = re.compile(r'[А-ЯЁа-яё]+')


def _same_person(person: Person, text: str, stop: int) -> bool:
    """Whether the surname ending at ``stop`` may name ``person``: not a
    junior or a senior of that name ("Лукашенко-младший"), and no verb in the
    past after it of the other gender ("Хиллари Клинтон ... Бывший президент
    Клинтон поддержал жену": Bill, not Hillary)."""
    if _JUNIOR.match(text, stop):
        return False
    if undeclined_given(person.first):
        # "Эммануэль Макрон прибыл", "Брижит Макрон посетила": the name tells
        # no gender; the verb after it does
        gender = verb_gender_after(text, person.span.stop) if person.span is not None else None
    else:
        gender = _given_name_gender(person)
    if gender is None:
        return True
    after = verb_gender_after(text, stop)
    return after is None or after == gender


def _given_name_gender(person: Person) -> Optional[str]:
    """'masc' or 'femn' when the dictionary reads the first name as a name of one gender only."""
    from factlex.morph import is_known, morph_analyzer

    if not person.first or len(person.first) < 3 or person.first.endswith('.'):
        return None
    genders = {gender for form in morph_analyzer()(person.first.lower())
               if 'Name' in form.grams.values and is_known(form) for gender in ('masc', 'femn') if gender in form.grams.values}
    return genders.pop() if len(genders) == 1 else None


def _opens_sentence(text: str, start: int, sentence_of: Callable[[int], int]) -> bool:
    """Whether the word at ``start`` is among the first words of its
    sentence, no comma before it: where the subject stands ("Абэ уже
    занимал", "В 2018 году Мохамад стал"). The sentence is read finely
    (``finer_sentence_start``: "пришла в банк. Кирсанова ..."), and a time
    may open it before the subject ("В 1995–2001 годах Сурков ...")."""
    begin, _ = sentence_bounds(text, start, sentence_of)
    begin = finer_sentence_start(text, begin, start)
    while begin < start and text[begin].isspace():
        begin += 1
    if (time := TIME_OPENING.match(text, begin, start)) is not None:
        begin = time.end()
    elif start - begin > 40:
        return False
    return _FIRST_WORDS.fullmatch(text, begin, start) is not None


def _sentence_start(text: str, position: int, sentence_of: Callable[[int], int], reach: int) -> Optional[int]:
    """Where the sentence of ``position`` begins (its first character that is
    no space), as the extractor splits the text ("В. В. Путин", "тыс. руб."
    end none); None when that is more than ``reach`` characters before."""
    low = max(0, position - reach)
    sentence = sentence_of(position)
    if low > 0 and sentence_of(low - 1) == sentence:
        return None
    begin = low + bisect.bisect_left(range(low, position), sentence, key=sentence_of)
    while begin < position and text[begin].isspace():
        begin += 1
    return begin


def _opens_a_sentence(text: str, position: int, sentence_of: Callable[[int], int]) -> bool:
    """Whether the word at ``position`` is its sentence's first, after quotes at most."""
    begin = _sentence_start(text, position, sentence_of, 4)
    return begin is not None and not text[begin:position].strip('«"„“ ')


def _post_linked(text: str, start: int, stop: int, person: Person,
                 sentence_of: Callable[[int], int], tie_from: int) -> Optional[Official]:
    """The Official of a surname in the nominative that a link verb or an
    office ties to the post after it: "Абэ уже занимал пост премьера Японии",
    "Рено проработала в должности генерального прокурора", "Мохамад стал
    главой страны", "Травин, 58 лет, с 2016 года был директором" (the verb
    sought from ``tie_from``, past an age between commas)."""
    if text[start:stop].lower() != person.last.lower():
        return None  # the subject stands in the nominative
    limit = min(len(text), tie_from + _LINK_REACH)
    end = tie_from + bisect.bisect_left(range(tie_from, limit), sentence_of(tie_from) + 1, key=sentence_of)
    dash = _DASH_AFTER.match(text, tie_from)
    if dash is not None:
        post = post_from(text, dash.end(), end, {'nomn'})
    else:
        tokens = list(post_parser().tokenizer(text[tie_from:end]))
        link = link_to_post(tokens)
        if link is None:
            return None
        index, cases = link
        post = post_from(text, tie_from + tokens[index].span.start, end, cases)
    if post is None:
        return None
    span, position, organization, place = post
    if position.split()[0] == 'кандидат':
        return None  # "Абэ стал кандидатом на пост премьер-министра": a post run for
    holder = attrs.evolve(person, span=Span(start, stop))  # the name the text gives in full
    return Official(Span(start, span.stop), position, person=holder, organization=organization, place=place)


# Two or three capitalized words or initials, the last a surname: where a
# text may name someone in full ("Эммануэль Макрон", "Э. Макрон", "Владимир
# Владимирович Путин"); a lookahead, so that each start is tried
_NAME_PAIR = re.compile(r'(?<![А-ЯЁа-яё\-])(?=((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]\.)\s*'
                        r'(?:[А-ЯЁ][а-яё]+\s+|[А-ЯЁ]\.\s*)?([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)(?![А-ЯЁа-яё\-])))')


def name_pairs(text: str) -> dict[str, list[tuple[int, int, int]]]:
    """Where the text may name someone in full, by the stem of the last
    word: (start, where the last word starts, stop)."""
    pairs: dict[str, list[tuple[int, int, int]]] = {}
    for pair in _NAME_PAIR.finditer(text):
        pairs.setdefault(_stem(pair.group(2)), []).append((pair.start(1), pair.start(2), pair.end(1)))
    return pairs


def _named_in_full(text: str, stem: str, holders: dict[str, list[Person]],
                   pairs: dict[str, list[tuple[int, int, int]]],
                   sentence_of: Callable[[int], int]) -> tuple[Optional[Person], set[int]]:
    """The person the text names with a first name or an initial before a
    word of ``stem``, in the nominative, and where each such surname starts:
    the holders of facts named in full (``holders``, by their surnames'
    stems), and names the name grammar reads where ``pairs`` (``name_pairs``)
    say one may stand."""
    person_found: Optional[Person] = None
    names = set()
    starts = set()
    for holder in holders.get(stem, ()):
        person_found = person_found or holder
        names.add((holder.first, holder.last))
        starts.add(text.rfind(' ', holder.span.start, holder.span.stop) + 1)
    read: dict[tuple[str, bool], Optional[Person]] = {}  # a name repeated is read once
    given = {_stem(first) for first, _ in names}
    for begin, surname, end in pairs.get(stem, ()):
        if surname in starts or _stem(_FIRST_WORD.match(text, begin).group()) in given:
            starts.add(surname)
            continue  # the name of a holder found already, again: "Владимира Путина"
        key = (text[begin:end], _opens_a_sentence(text, begin, sentence_of))
        if key not in read:
            read[key] = _full_name(*key, stem)
        person = read[key]
        if person is not None:
            person_found = person_found or shift(person, begin)
            names.add((person.first, person.last))
            starts.add(surname)
    if len(names) > 1:
        return None, starts  # "Фидель Кастро" and "Рауль Кастро": whose surname is not told
    return person_found, starts


def _full_name(words: str, opens_sentence: bool, stem: str) -> Optional[Person]:
    """The person ``words`` name in full with a surname of ``stem``, in the
    nominative, its span within ``words``; None when they name none."""
    from factlex import earley

    from ..person import name_parser

    parser = name_parser()
    if not _given_name(_FIRST_WORD.match(words).group(), opens_sentence):
        return None  # "Президент России", "Министерство Финансов": no first name before
    for match in earley.findall(parser, list(parser.tokenizer(words))):
        raw = match.fact
        if raw.first and raw.last and match.span.start == 0 and match.span.stop == len(words):
            first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
            if len(first) == 1 and country_or_name(first[0], last[-1]):
                return None  # "Израиля Нетаньяху": a country, then the surname
            person = person_of_name(raw, 0)
            if person is not None and person.last and _stem(person.last) == stem:
                return person
    return None


def _post_before(text: str, start: int, stop: int, person: Person,
                 sentence_of: Callable[[int], int]) -> Optional[Official]:
    """The Official of the post phrase that ends right before the surname at
    ``start``..``stop``, in the surname's case."""
    from factlex import earley
    from factlex.morph import morph_analyzer

    begin = _sentence_start(text, start, sentence_of, _POST_REACH)
    if begin is None:
        begin = start - _POST_REACH
    parser = post_parser()
    tokens = list(parser.tokenizer(text[begin:start]))
    if not tokens:
        return None
    best = None
    for match in earley.findall(parser, tokens):
        if match.span.stop == tokens[-1].span.stop:
            best = match
    if best is None:
        return None
    raw = best.fact
    if any('PREP' in form.grams.values for form in getattr(head_token(raw), 'forms', ())):
        return None  # "После огласки истории Рахмани": "после" is also "посол" in the locative
    word = text[start:stop]
    cases = {case for form in morph_analyzer()(word.lower()) if 'NOUN' in form.grams.values
             for case in form.grams.values & {'nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'}}
    if word.lower() == person.last.lower():
        cases.add('nomn')
        if word[-1] in 'оиуэюеы':
            cases |= {'gent', 'datv', 'accs', 'ablt', 'loct'}  # "Шойгу", "Токаеву" do not decline alike
    agreed = post_cases(raw) & cases
    if not agreed:
        return None
    tail = attribute_tokens(raw, 'tail')
    if tail and 'gent' in cases and not raw.organization and not raw.place and any(
            form.normalized in BODY_NOUNS | ORG_TYPE_WORDS for form in getattr(tail[-1], 'forms', ())):
        return None  # "Генеральный директор компании Маска": whose company, not who directs it
    position = position_of(raw, agreed, tail)
    if not plausible(raw, agreed, cases) or set(position.split()) & RELATIONAL_HEADS:
        return None  # "представитель Теру", "советника Макрона": as often whose adviser
    holder = attrs.evolve(person, span=Span(start, stop))  # the name the text gives in full
    return Official(Span(begin + best.span.start, stop), position, person=holder,
                    organization=organization_of(raw), place=place_of(raw))


def _names_no_one(word: str, written_in_full: bool = False) -> bool:
    """Whether the dictionary reads the word as a place ("Приморья"), an
    organization or a patronymic, which a text's full name does not make a
    surname; or as a surname, which the grammar reads itself ("президента Путина").
    A place's reading yields when the text writes this very form after a
    first name (``written_in_full``): many surnames are towns' names
    ("Елена Кирсанова ... Кирсанова заняла", Кирсанов being a town too)."""
    from factlex.morph import is_known, morph_analyzer

    tags = {'Orgn', 'Patr', 'Surn'} if written_in_full else {'Geox', 'Orgn', 'Patr', 'Surn'}
    return any(form.grams.values & tags and is_known(form) for form in morph_analyzer()(word.lower()))


def _written_in_full(text: str, word: str, pairs: Iterable[tuple[int, int, int]]) -> bool:
    """Whether ``word`` stands as written as the surname of one of the
    text's first-name pairs (``name_pairs``)."""
    return any(text[surname:end] == word for _, surname, end in pairs)


def _word_before(text: str, start: int) -> tuple[int, str]:
    """Where the word before ``start`` begins and the word, across spaces
    and a closing quote or bracket ("«Газпрома» Миллера"); (start, '') for none.
    Read backwards: a regular expression would be tried at every position before."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == start:
        return start, ''
    if end > 0 and text[end - 1] in '»"”)':
        end -= 1
    begin = end
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    return begin, text[begin:end]


def _post_word_before(text: str, start: int) -> bool:
    """Whether the word right before the surname is a post's head word
    ("президентом Макроном", "госсекретаря Блинкена"): the cheap test that
    leaves most capitalized words alone; a body between the head and the
    surname ("президента Таджикистана Рахмона") is a capitalized word, a
    place, read by ``_after_a_capitalized_word``."""
    begin, word = _word_before(text, start)
    if not word:
        return False
    if word[:1].isupper() and not _trigger_word().match(word):
        # "президента Таджикистана Рахмона": a place after the head
        word = _word_before(text, begin)[1]
    return bool(word) and _trigger_word().match(word) is not None


# "стал", "занимал", "работал", "был", "назначен" within three words after the subject
# (an age between commas may stand before: "Травин, 58 лет, был")
_AGE_AFTER = re.compile(r',\s*\d{1,3}\s+(?:год|года|лет)\s*,')
# (a time of up to five words between: "в течение пяти лет", "в 2015–2019 годах", "с 2010 по 2015 год")
_TIE_AFTER = re.compile(r'(?:\s+(?:[а-яё]+|\d{4}(?:\s*[—–-]\s*\d{4})?)){0,5}\s+(?:стал|стан|был|буд|работ|проработ|явля|служ|занима|занял|заня|'
                        r'назнач|избра|возглав|остава|оста)|\s+[—–]\s+(?=[а-яё])', re.IGNORECASE)
# "Гейм — профессор университета": a dash for the copula, the post in the nominative
_DASH_AFTER = re.compile(r'\s+[—–]\s+')


_WORD_BEFORE = re.compile(r'([А-ЯЁа-яё]+)\s+$')


def _after_a_capitalized_word(text: str, start: int, sentence_of: Callable[[int], int]) -> bool:
    """Whether a capitalized word that is not a place stands right before
    the surname inside the sentence: "Эмир Кустурица", "Лоренцо Бини Смаги"
    are names of two words; "президента Франции Макрона" has a place."""
    from factlex.morph import is_known, morph_analyzer

    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper() or before.group(1).isupper():
        return False
    if _opens_a_sentence(text, before.start(1), sentence_of):
        return False  # the sentence's first word: "Президент Макрон"
    return not any(form.grams.values & {'Geox', 'Orgn'} and is_known(form)
                   for form in morph_analyzer()(before.group(1).lower()))


_FIRST_WORD = re.compile(r'[А-ЯЁ][а-яё]*(?:-[А-ЯЁ][а-яё]+)?\.?')


def _given_name(word: str, opens_sentence: bool) -> bool:
    """Whether a name's first word may be a given name: an initial, a
    dictionary first name; or, opening a sentence, a word the dictionary does
    not know ("Синдзо Абэ вернулся"): elsewhere such a word is as often a
    body's name ("глава компании Ростех Чемезов"), and a common noun never is
    one ("Губернатор Приморья")."""
    from factlex.morph import is_known, morph_analyzer

    if word.endswith('.') or len(word) == 1:
        return True
    forms = [form for form in morph_analyzer()(word.lower()) if is_known(form)]
    return (opens_sentence and not forms) or any('Name' in form.grams.values for form in forms)

