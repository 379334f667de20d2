"""What the text around a mention says of it, which a match does not see.

"улица Генерала Петрова", "премия имени академика Сахарова", "орден Святого
князя Александра Невского", "спектакль «Король Лир»": the words are a post and
a name, but the phrase names a thing after a person. "Брат Петрова стал
министром": the surname is whose brother. "По словам Ивана Петрова, ...":
"Петрова" opening a match is a man's genitive. ``reject`` drops such a fact
before overlapping matches are resolved, so another reading can win;
``resolve`` looks across the facts of a text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Optional

from factlex.facts import Official, Person
from factlex.normalize import CASES

from .checks import forms_agree
from .link_words import INSTALLING_VERBS
from .post import HEAD_WORDS, INDECLINABLE_HEADS, PROFESSIONS

__all__ = ['reject', 'resolve']

# Things named after a person, written before the name: "улица", "премия
# имени", "орден Святого".
NAMED_AFTER = re.compile(
    # ("от имени" is "on behalf of": "от имени верховного представителя ЕС Каи Каллас")
    r'(?:\b(?<!\bот\s)имени|\bим\s*\.|\bулиц\w*|\bпроспект\w*|\bпереул\w*|\bплощад[ьиью]\w*|\bбульвар\w*|\bнабережн\w*'
    r'|\bорден\w*|\bмедал\w*|\bпреми[яиюей]\w*)'
    # ("имени Л. Д. Ландау": a mention may begin at the second initial)
    r'(?:\s+свят\w+)?(?:\s+(?-i:[А-ЯЁ])\.){0,2}\s*$',
    re.IGNORECASE,
)
_DASH_AFTER = re.compile(r'\s*[—–-]\s')
_COMMA_BEFORE = re.compile(r',\s*$')
_QUOTES_OPEN, _QUOTES_CLOSE = '«"„“', '»"“”'
# How far back the words before a mention are read.
_LOOK_BACK = 40


def resolve(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """The Officials of a text but a "post, name" whose name opens a "name —
    post" of its own.

    >>> from factlex.facts import Person, Span
    >>> text = 'Выступили Ольга Ветрова — директор музея, Игорь Лунин — ректор института'
    >>> closing = Official(Span(26, 53), 'директор музея', Person(Span(42, 53), 'Игорь', None, 'Лунин'))
    >>> opening = Official(Span(42, 72), 'ректор института', Person(Span(42, 53), 'Игорь', None, 'Лунин'))
    >>> [fact.position for fact in resolve([closing, opening], text, lambda position: 0)]
    ['ректор института']
    """
    found = list(found)
    # "Светлана Яковлева — директор X, Кирилл Разлогов — директор Y": a name
    # that opens "name — post" closes no "post, name" of the name before it
    opening = {fact.person.span for fact in found if fact.person is not None and fact.person.span is not None
               and fact.span.start == fact.person.span.start and _DASH_AFTER.match(text, fact.person.span.stop)}
    return [fact for fact in found if not (
        fact.person is not None and fact.person.span in opening and fact.span.start < fact.person.span.start
        and _COMMA_BEFORE.search(text, fact.span.start, fact.person.span.start)
    )]


def reject(fact: Official, text: str) -> bool:
    """Whether the words around an Official's mention say it is none: a
    thing named after a person, a surname that is an adjective of the next
    noun, a relative's genitive, a surname whose first name stands before.

    >>> from factlex.facts import Person, Span
    >>> reject(Official(Span(13, 31), 'академик', Person(Span(23, 31), None, None, 'Сахаров')),
    ...        'Премию имени академика Сахарова вручили.')
    True

    A surname alone that agrees with the noun after it is that noun's
    adjective: "профессором Нагойского университета".

    >>> reject(Official(Span(0, 22), 'профессор', Person(Span(12, 22), None, None, 'Нагойский')),
    ...        'профессором Нагойского университета')
    True
    """
    if _sought_post(fact, text) or _to_be_appointed(fact, text) or _nominated(fact, text) \
            or _post_of_the_next_name(fact, text) or _post_before_its_holder(fact, text):
        return True
    if _names_a_thing(text, fact.span.start, fact.span.stop) or _adjective_of_next_noun(fact, text) \
            or _part_of_a_longer_name(fact, text) or _head_of_another_noun(fact, text) or _name_runs_on(fact, text) \
            or _listed_after_plural_verb(fact, text) or _owner_after_instrumental(fact, text) \
            or _governed_by_post_before(fact, text):
        return True
    before = _word_before_holder(fact, text)
    if before is not None and (_relative_of(fact, text, before) or _first_name_before(fact, before)
                               or _replaced_by_superior(fact, text, before)):
        return True
    return _relative_named_after_post(fact, text) or _relative_by_copula(fact, text)


#: "кандидата на пост премьер-министра", "кандидатуру на должность главы",
#: "претендента на пост", "на выборах губернатора": a post run for, right
#: before the mention.
_RUN_FOR = re.compile(r'(?:кандидат|претендент)[а-яё]*\s+на\s+(?:пост|должность)\s+$|(?<![а-яё])(?P<elections>выбор(?:ы|ов|ах|ам|ами))[ \t]+$',
                      re.IGNORECASE)
# "на выборах президента Венесуэлы ... переизбран Уго Чавес": the one elected holds the post
_ELECTED = re.compile(r'(?<![а-яё])(?:пере)?избран|(?<![а-яё])(?:стал|стала|победил|победила)(?![а-яё])', re.IGNORECASE)


def _sought_post(fact: Official, text: str) -> bool:
    """Whether the post of a mention that opens with it is one run for:
    "выдвинула своего кандидата на пост премьер-министра - председателя
    палаты Мирославу Немцову" makes her no prime minister."""
    holder = _holder_after_post(fact)
    run_for = _RUN_FOR.search(text, max(0, fact.span.start - 60), fact.span.start) if holder is not None else None
    if run_for is None:
        return False
    return run_for.group('elections') is None or not _ELECTED.search(text, fact.span.start, holder.span.start)


#: Who is put forward for a post, right before the name: "рассмотрят
#: кандидатуру", "выдвинула" ("рекомендовал Олесю Кравец на пост директора"
#: is read as the post given, as "назначил")
_NOMINATING = re.compile(
    r'(?<![а-яё])(?:кандидатур[аыуе]|выдвину[а-яё]*|выдвига[а-яё]*|номинирова[а-яё]*)\s+(?-i:[А-ЯЁ]\.\s?){0,2}$',
    re.IGNORECASE)
_TO_OFFICE = re.compile(r'\s+на\s+(?:пост|должность)\s', re.IGNORECASE)


# ", министр обороны — Андрей Белоусов": a dash and a name right after the post
# (the post's own governed words may stand between: "Ривз, министром иностранных дел — Дэвид Лэмми")
_DASH_AND_NAME = re.compile(r'(?:\s+[а-яё]+){0,4}\s*[—–]\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]')


def _post_of_the_next_name(fact: Official, text: str) -> bool:
    """Whether a "name, post" apposition's post is rather the next name's,
    given after a dash: "министр финансов — Антон Силуанов, министр обороны —
    Андрей Белоусов"."""
    person = fact.person
    if person is None or person.span is None or person.span.start != fact.span.start:
        return False
    return _DASH_AND_NAME.match(text, fact.span.stop) is not None and \
        text[person.span.stop:fact.span.stop].lstrip().startswith(',')


# A comma, a colon, a bracket or a dash between spaces; not the hyphen of "вице-премьер"
_TIE_MARK = re.compile(r'[,:()—–]|\s-\s')
# A full name right after the mention: "Ельцин" of "президент Борис Ельцин"
_FULL_NAME_AFTER = re.compile(r'[ \t]+([А-ЯЁ][а-яё]+)[ \t]+[А-ЯЁ][а-яё]+')  # on the same line: a headline ends at its break


def _post_before_its_holder(fact: Official, text: str) -> bool:
    """Whether a name, a time and a post ("Попова в июне 1992 года
    президент") read as one mention, while a full name follows the post: "После
    отставки Попова в июне 1992 года президент Борис Ельцин назначил ..."
    makes Ельцин the president, not Попов."""
    person = fact.person
    if person is None or person.span is None or person.span.start != fact.span.start:
        return False
    between = text[person.span.stop:fact.span.stop]
    if _TIE_MARK.search(between):
        return False  # an apposition or a dash ties the post to the name before
    after = _FULL_NAME_AFTER.match(text, fact.span.stop)
    if after is None:
        return False
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    if not any('Name' in form.grams.values for form in analyze(after.group(1).lower())):
        return False  # "от должности Заместителя Председателя Правительства Российской Федерации": no name follows
    # a verb between ties the post to the name before: "Хаспел сменила на посту главы ЦРУ Майка Помпео"
    return not any(form.grams.values & {'VERB', 'PRTS', 'PRTF', 'INFN', 'GRND'}
                   for word in _FIRST_WORD_OF.findall(between) for form in analyze(word.lower())[:1])


def _nominated(fact: Official, text: str) -> bool:
    """Whether the name opens the mention as one put forward for the post
    after it: "рассмотрят кандидатуру Михаила Мишустина на пост председателя
    правительства", "Партия выдвинула Ивана Петрова на пост губернатора";
    "назначил Ивана Петрова на пост министра" is done."""
    person = fact.person
    if person is None or person.span is None or person.span.start != fact.span.start:
        return False
    nominating = _NOMINATING.search(text, max(0, person.span.start - 40), person.span.start)
    if nominating is None or _TO_OFFICE.match(text, person.span.stop) is None:
        return False
    # "Совет Федерации утвердил кандидатуру Игоря Ткачева на должность ...": approved, so appointed
    return _APPROVED.search(text, max(0, nominating.start() - 30), nominating.start()) is None


#: A candidacy approved: its holder takes the post.
_APPROVED = re.compile(r'(?<![а-яё])утвер(?:дил|дила|дили|ждает|ждают|дит|дят)\s+$', re.IGNORECASE)


#: An infinitive of appointing right before the mention, or before "на
#: пост" that opens it: an appointment to come or wished for, no post held.
_TO_BE_APPOINTED = re.compile(
    r'(?<![а-яё])(?:%s)\s+(?:на\s+(?:пост|должность)\s+)?(?:[А-ЯЁ]\.\s?){0,2}$' % '|'.join(sorted(INSTALLING_VERBS)))


def _to_be_appointed(fact: Official, text: str) -> bool:
    """Whether an infinitive of appointing comes right before the mention:
    "обещания назначить А. Кудрина на пост премьера", "стремится провести на
    пост главы Госстроя Токарева"; "назначил Петрова министром" is done, and
    so is a decree's "Назначить Небензю Василия Алексеевича постоянным
    представителем", whose infinitive opens the sentence."""
    return _TO_BE_APPOINTED.search(text, max(0, fact.span.start - 40), fact.span.start) is not None


def _names_a_thing(text: str, start: int, stop: int) -> bool:
    if NAMED_AFTER.search(text[max(0, start - _LOOK_BACK):start]):
        return True
    # "«Король Лир»": the whole mention is a title in quotes
    return (start > 0 and text[start - 1] in _QUOTES_OPEN and stop < len(text) and text[stop] in _QUOTES_CLOSE)


def _holder_after_post(fact: Official) -> Optional[Person]:
    """The holder of a mention that opens with the post, or None."""
    person = fact.person
    if person is None or person.span is None or person.span.start <= fact.span.start:
        return None
    return person


#: The word right before a position, read back from it.
WORD_BEFORE = re.compile(r'([а-яё]+)\s+$', re.IGNORECASE)


def _word_before_holder(fact: Official, text: str) -> Optional[tuple[str, list]]:
    """The word right before a mention that opens with its holder's name,
    with its readings; None when the mention opens otherwise or no word is there."""
    person = fact.person
    if person is None or person.span is None or person.span.start != fact.span.start:
        return None
    before = WORD_BEFORE.search(text, max(0, fact.span.start - 30), fact.span.start)
    if before is None:
        return None
    from factlex.morph import morph_analyzer

    return before.group(1), morph_analyzer()(before.group(1))
_FIRST_WORD = re.compile(r'[а-яё]+(?:-[а-яё]+)*', re.IGNORECASE)


def _word_before_post(fact: Official, text: str) -> Optional[tuple[re.Match[str], re.Match[str]]]:
    """The word right before a mention that opens with its post, and the
    post's first word; None when the mention opens with the name or either
    word is missing."""
    if fact.person is not None and fact.person.span is not None and fact.person.span.start == fact.span.start:
        return None
    before = WORD_BEFORE.search(text, max(0, fact.span.start - 30), fact.span.start)
    head = _FIRST_WORD.match(text, fact.span.start)
    return None if before is None or head is None else (before, head)


def _head_of_another_noun(fact: Official, text: str) -> bool:
    """Whether the mention's first word is another noun spelled as the
    post, as the adjective right before it shows: "главная премьера «Травиата»
    Верди" is a premiere; "главная" agrees with no reading of "премьер"."""
    words = _word_before_post(fact, text)
    if words is None:
        return False
    before, head = words
    from factlex.morph import is_known, morph_analyzer

    adjectives = [form for form in morph_analyzer()(before.group(1)) if 'ADJF' in form.grams.values and is_known(form)]
    if not adjectives:
        return False
    nouns = [form for form in morph_analyzer()(head.group(0)) if 'NOUN' in form.grams.values and is_known(form)]
    if not any(form.normalized == fact.position.split()[0] for form in nouns):
        return False  # the mention opens with a modifier ("первый президент"), which agrees with the head
    agreeing = [form for form in nouns if forms_agree(adjectives, [form])]
    return bool(agreeing) and all(form.normalized.rpartition('-')[2] not in HEAD_WORDS for form in agreeing)


def _governed_by_post_before(fact: Official, text: str) -> bool:
    """Whether a mention that opens with its post in the genitive follows the
    head of another post, which governs it: in "Заместителем начальника
    Генерального штаба стал Сергей Рыжков" he is the deputy, no "начальник"."""
    if fact.person is None or fact.person.span is None:
        return False
    words = _word_before_post(fact, text)
    if words is None:
        return False
    before, head = words
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    if not any('NOUN' in form.grams.values and form.normalized.rpartition('-')[2] in HEAD_WORDS
               for form in analyze(before.group(1))):
        return False
    name = _FIRST_WORD.match(text, fact.person.span.start)
    if name is None or any('gent' in form.grams.values for form in analyze(name.group(0))):
        return False  # "Помощник депутата Ирины Котовой": the genitive name holds the genitive post
    post = fact.position.split()[0]
    readings = [form for form in analyze(head.group(0)) if form.normalized == post]
    return bool(readings) and all('gent' in form.grams.values or 'accs' in form.grams.values for form in readings) \
        and any('gent' in form.grams.values for form in readings)


# Nouns of giving a post, whose object may follow the post in the
# instrumental: "назначение директором фонда Ивана Петрова"
_APPOINTMENT_NOUNS = {'назначение', 'избрание', 'переизбрание', 'утверждение', 'выдвижение', 'рекомендация'}
_SUCCESSION_WORD = re.compile(r'\b(?:вместо|после|смени\w*)\b', re.IGNORECASE)
_WORDS_BACK = re.compile(r'([а-яё]+)[^а-яё.!?;:()«»"]*$', re.IGNORECASE)


def _owner_after_instrumental(fact: Official, text: str) -> bool:
    """Whether a name in the genitive after a post in the instrumental names
    whose body it is rather than the holder: "встретились с председателем
    фонда Ивана Петрова", "является членом комитета Леонарда Пелтиера". Only
    a transitive verb, or the noun of an appointment, before the post makes
    it the holder, as its object: "назначил директором фонда Ивана Петрова".

    >>> from factlex.facts import Person, Span
    >>> text = 'Мы встретились с председателем фонда Ивана Петрова.'
    >>> _owner_after_instrumental(Official(Span(17, 50), 'председатель фонда', Person(Span(37, 50), 'Иван', None, 'Петров')), text)
    True
    """
    person = _holder_after_post(fact)
    if person is None:
        return False
    from factlex.morph import is_known, morph_analyzer

    analyze = morph_analyzer()
    first = _FIRST_WORD_OF.match(text, fact.span.start)
    if first is None:
        return False
    if first.group(0).lower() in INDECLINABLE_HEADS:
        return False  # "завлабораторией Ивана Петрова" is any case
    first_cases = {case for form in analyze(first.group(0)) for case in form.grams.values & set(CASES)}
    if first_cases != {'ablt'}:
        return False
    # the name most likely in the genitive ("Ивана", "Леонарда"), not the
    # holder's instrumental ("с председателем Иваном Петровым") nor the subject
    # of a verb between ("Президентом становится Джеральд Форд")
    words = _FIRST_WORD_OF.findall(text, person.span.start, person.span.stop)
    names = [form for form in analyze(words[0]) if form.grams.values & {'Name', 'Surn'} and is_known(form)] if words else []
    if not names or 'gent' not in names[0].grams.values or 'Fixd' in names[0].grams.values \
            or any('ablt' in form.grams.values for form in analyze(words[-1])):
        return False
    if _SUCCESSION_WORD.search(text, fact.span.start, person.span.start):
        return False  # "назначен министром вместо Роберта Гейтса": the one before, named by the post
    if any(form.grams.values & {'VERB', 'PRTS', 'INFN'} and is_known(form)
           for word in _FIRST_WORD_OF.findall(text, first.end(), person.span.start) for form in analyze(word)):
        return False  # "Председателем жюри стала актриса Жюльетт Бинош": the verb's subject
    # the words before the post, back to a punctuation mark: a transitive verb
    # or the noun of an appointment among them takes the name as its object
    start = fact.span.start
    for _ in range(4):
        before = _WORDS_BACK.search(text, max(0, start - 40), start)
        if before is None or before.end(1) < start - 3:
            break
        for form in analyze(before.group(1)):
            grams = form.grams.values
            if ('tran' in grams and 'pssv' not in grams) or form.normalized in _APPOINTMENT_NOUNS:
                return False
        start = before.start(1)
    return True


# The callings joined to a post right before the name: ", актёр и режиссёр ", " и историк "
_JOINED_CALLINGS = re.compile(r'(?:,|\sи)\s+([а-яё\s,-]+?)\s*$')


# Post words that name an office, no calling ("мэр", not "журналист")
_OFFICES = HEAD_WORDS - PROFESSIONS


def _listed_after_plural_verb(fact: Official, text: str) -> bool:
    """Whether a post with callings joined to it before the name stands
    after a plural verb, which lists people: in "В жюри вошли ректор МГУ,
    актёр и режиссёр Никита Михалков" the rector is one member and the actor
    another; "Выставку открыл директор Эрмитажа, востоковед Михаил
    Пиотровский" names one man.

    >>> from factlex.facts import Person, Span
    >>> text = 'В жюри вошли ректор МГУ, актёр Никита Михалков.'
    >>> _listed_after_plural_verb(Official(Span(13, 46), 'ректор', Person(Span(31, 46), 'Никита', None, 'Михалков')), text)
    True
    """
    person = _holder_after_post(fact)
    if person is None:
        return False
    joined = _JOINED_CALLINGS.search(text, fact.span.start, person.span.start)
    if joined is None:
        return False
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    words = _FIRST_WORD_OF.findall(joined.group(1))
    if not words or any(form.normalized in _OFFICES for word in words for form in analyze(word)):
        return False  # "мэр города, председатель думы": another post, held by the name
    if not any({'NOUN', 'anim', 'nomn'} <= form.grams.values for word in words for form in analyze(word)):
        # "по вопросам законности и правопорядка", "по иностранным делам и
        # политике безопасности": the post's own words, no calling (a plural
        # verb's list names its people in the nominative)
        return False
    before = WORD_BEFORE.search(text, max(0, fact.span.start - 30), fact.span.start)
    return before is not None and any({'VERB', 'plur'} <= form.grams.values for form in analyze(before.group(1)))


_SPACE_AND_WORD = re.compile(r'\s+[а-яё]', re.IGNORECASE)


def _relative_of(fact: Official, text: str, before: tuple[str, list]) -> bool:
    """Whether the holder's name, opening the mention, is the genitive of a
    relative's noun ``before`` it: in "Брат Петрова стал министром" the
    brother holds the post, and "Петрова" only names whose brother he is.

    >>> from factlex.facts import Person, Span
    >>> fact = Official(Span(5, 27), 'министр', Person(Span(5, 12), None, None, 'Петрова'))
    >>> text = 'Брат Петрова стал министром'
    >>> _relative_of(fact, text, _word_before_holder(fact, text))
    True
    """
    person = fact.person
    if not _SPACE_AND_WORD.match(text, person.span.stop):
        # "гибель сына Рустама Минниханова, главы Татарстана": in apposition
        # the post agrees with the genitive, whose holder it names
        return False
    from factlex.morph import morph_analyzer

    from ..blocks.names import RELATIVES

    relatives = [form for form in before[1] if form.normalized in RELATIVES and 'NOUN' in form.grams.values]
    if not relatives:
        return False
    if not person.first:
        return True  # "Дочь Путина стала депутатом": a surname alone after the noun is whose relative
    # "назначил свою супругу Мехрибан Алиеву": in one case and gender with the
    # noun, the name is the relative's own
    return not any(
        _agree(relative.grams.values, name.grams.values)
        for word in text[person.span.start:person.span.stop].split()
        for relative in relatives for name in morph_analyzer()(word)
    )


_GENDERS = frozenset({'masc', 'femn'})
_FIRST_WORD_OF = re.compile(r'[а-яё]+', re.IGNORECASE)


def _relative_named_after_post(fact: Official, text: str) -> bool:
    """Whether the name after a post in the genitive is that of a relative
    named right before the post: "Супруга президента Франции Брижит Макрон" is
    the wife; her name, which does not decline, stands in her case and not
    in the president's. "Внук принца Уэльского Чарльза": the name takes the
    post's case, and is the prince's.

    >>> from factlex.facts import Person, Span
    >>> text = 'Жена посла Ирэн Дюпон посетила больницу.'
    >>> _relative_named_after_post(Official(Span(5, 21), 'посол', Person(Span(11, 21), 'Ирэн', None, 'Дюпон')), text)
    True
    """
    person = _holder_after_post(fact)
    if person is None or not person.first:
        return False
    before = WORD_BEFORE.search(text, max(0, fact.span.start - 30), fact.span.start)
    first_word = _FIRST_WORD_OF.match(text, fact.span.start)
    given = _FIRST_WORD_OF.match(text, person.span.start)
    if before is None or first_word is None or given is None:
        return False
    from factlex.morph import morph_analyzer

    from ..blocks.names import RELATIVES

    analyze = morph_analyzer()
    cases = set(CASES)
    post_cases = {case for form in analyze(first_word.group(0)) for case in form.grams.values & cases}
    # "Супруга бывшего замминистра", "Супруга узбекского лидера": an adjective
    # of the post may stand between; its case is the post's, which
    # "замминистра" does not show
    for _ in range(2):
        adjectives = [form.grams.values for form in analyze(before.group(1))
                      if form.grams.values & {'ADJF', 'PRTF'} and form.normalized not in RELATIVES]
        if not adjectives or before.start() == 0:
            break
        if post_cases >= cases:
            post_cases = {case for grams in adjectives for case in grams & cases}
        before = WORD_BEFORE.search(text, max(0, before.start() - 30), before.start())
        if before is None:
            return False
    relatives = [form.grams.values for form in analyze(before.group(1))
                 if form.normalized in RELATIVES and 'NOUN' in form.grams.values]
    if not relatives:
        return False
    if post_cases >= cases:
        post_cases = {'gent'}  # "Супруга замминистра": a noun after a relative's stands in the genitive
    # a case every word of the name may stand in: "Франсуа Олланда" is only
    # a genitive, the president's
    name_cases = cases.copy()
    for word in _FIRST_WORD_OF.findall(text, person.span.start, person.span.stop):
        name_cases &= {case for form in analyze(word) for case in form.grams.values & cases}
    names = [form.grams.values for form in analyze(given.group(0)) if 'Name' in form.grams.values]
    if not names:
        # "Супруга узбекского лидера Зироат Мирзиёева": a given name the
        # dictionary does not know shows no gender; the surname does
        surname = _FIRST_WORD_OF.findall(text, person.span.start, person.span.stop)[-1:]
        names = [form.grams.values for word in surname for form in analyze(word) if 'Surn' in form.grams.values]
    return any(
        (relative & name & name_cases) - post_cases and _agree(relative, name)
        for relative in relatives for name in names
    )


def _sentence_start(text: str, position: int, reach: int) -> int:
    """Where the sentence holding ``position`` begins, looked for at most
    ``reach`` characters back."""
    start = max(0, position - reach)
    end = max(text.rfind(mark, start, position) for mark in '.!?')
    return end + 1 if end >= 0 else start


def _relative_by_copula(fact: Official, text: str) -> bool:
    """Whether the post is the genitive of a relative's or a rival's noun in
    the instrumental right before it, and a copula names who that is:
    "Соперником главы района на выборах станет Олег Шевченко", "Сыном
    губернатора оказался Иван Петров"."""
    person = _holder_after_post(fact)
    if person is None:
        return False
    from factlex.morph import morph_analyzer

    from ..blocks.names import RELATIVES

    # the words before, back over the post's adjectives ("действующего главы"),
    # in the same sentence ("... с коллегами. Пресс-секретарь партии" has none)
    words = _FIRST_WORD_OF.findall(text, _sentence_start(text, fact.span.start, 60), fact.span.start)[-3:]
    while words and any(form.grams.values & {'ADJF', 'PRTF'} and 'gent' in form.grams.values
                        for form in morph_analyzer()(words[-1])):
        words.pop()
    if not words or not any(form.normalized in RELATIVES and {'NOUN', 'ablt'} <= form.grams.values
                            for form in morph_analyzer()(words[-1])):
        return False
    first_word = _FIRST_WORD_OF.match(text, fact.span.start)
    if first_word is None or not any('gent' in form.grams.values for form in morph_analyzer()(first_word.group(0))):
        return False
    # a verb between the post and the name: "Соперником премьера Нетаньяху
    # является ..." names the premier himself
    return any('VERB' in form.grams.values for word in _FIRST_WORD_OF.findall(text, first_word.end(), person.span.start)
               for form in morph_analyzer()(word.lower()))


def _agree(first: frozenset, second: frozenset) -> bool:
    """Whether two readings share a case and do not differ in gender."""
    same_gender = not (first & _GENDERS and second & _GENDERS) or bool(first & second & _GENDERS) or 'ms-f' in second
    return bool(first & second & set(CASES)) and same_gender


_CAPITALIZED_NEXT = re.compile(r' +[А-ЯЁ][а-яё]')


def _part_of_a_longer_name(fact: Official, text: str) -> bool:
    """Whether a surname alone, ending the mention, runs on into a capitalized
    word: "глава Сергиева Посада" names a town, not a holder."""
    person = fact.person
    if person is None or person.first or person.span is None or person.span.stop != fact.span.stop:
        return False
    return bool(_CAPITALIZED_NEXT.match(text, person.span.stop))


def _name_runs_on(fact: Official, text: str) -> bool:
    """Whether a name of three words ends in a word the dictionary knows
    only as a given name, and runs on into a capitalized word: in "канцлера
    Германии Олафа Шольца Анна Котова" "Анна" opens the next person."""
    person = fact.person
    if person is None or not (person.first and person.middle and person.last) or person.span is None \
            or person.span.stop != fact.span.stop or not _CAPITALIZED_NEXT.match(text, person.span.stop):
        return False
    from factlex.morph import is_known, morph_analyzer

    last = text[person.span.start:person.span.stop].split()[-1]
    readings = [form.grams.values for form in morph_analyzer()(last) if is_known(form)]
    return any('Name' in grams for grams in readings) and not any('Surn' in grams for grams in readings)


_REPLACES = re.compile(r'\s+(?:сменил|сменила|сменит|сменят|сменили)\b', re.IGNORECASE)


def _replaced_by_superior(fact: Official, text: str, before: tuple[str, list]) -> bool:
    """Whether the subject of "сменил X на посту" holds a post of his own,
    named right before him: "Губернатор Андрей Воробьёв сменил Ивана Петрова
    на посту главы района" says who replaced the head of the district, not
    who succeeded him."""
    if not _REPLACES.match(text, fact.person.span.stop):
        return False
    from .post import HEAD_WORDS

    return any(form.normalized in HEAD_WORDS for form in before[1])


def _first_name_before(fact: Official, before: tuple[str, list]) -> bool:
    """Whether a surname alone, opening the mention, follows a first name
    (``before``) outside it: the name is in another case than the match read
    it in ("По словам Ивана Петрова, ... назначен министром": "Петрова" is a
    man's genitive, not a woman's nominative).

    >>> from factlex.facts import Person, Span
    >>> fact = Official(Span(16, 50), 'министр', Person(Span(16, 23), None, None, 'Петрова'))
    >>> text = 'По словам Ивана Петрова, с которым мы говорили, назначен министром'
    >>> _first_name_before(fact, _word_before_holder(fact, text))
    True
    """
    if fact.person.first or not before[0][:1].isupper():
        return False
    from factlex.morph import is_known

    return any('Name' in form.grams.values and is_known(form) for form in before[1])


#: Endings a surname shares with an adjective, and the cases they stand for.
_ADJECTIVE_ENDINGS = {
    'ого': {'gent', 'accs'}, 'его': {'gent', 'accs'}, 'ому': {'datv'}, 'ему': {'datv'}, 'ым': {'ablt'},
    'им': {'ablt'}, 'ой': {'gent', 'datv', 'ablt', 'loct'}, 'ую': {'accs'}, 'ом': {'loct'}, 'ем': {'loct'},
}
#: "Лавровым", "Путиным": a Russian surname's own suffix, no adjective's.
_POSSESSIVE_SUFFIXES = ('ов', 'ев', 'ёв', 'ин', 'ын')
_NEXT_WORD = re.compile(r'\s+([а-яё]+)')


def _adjective_of_next_noun(fact: Official, text: str) -> bool:
    person = fact.person
    if person is None or person.first or person.middle or person.span is None:
        return False
    written = text[person.span.start:person.span.stop].lower()
    cases = next((cases for ending, cases in _ADJECTIVE_ENDINGS.items() if written.endswith(ending)
                  and not written[:-len(ending)].endswith(_POSSESSIVE_SUFFIXES)), None)
    following = _NEXT_WORD.match(text, person.span.stop)
    if cases is None or following is None:
        return False
    from factlex.morph import morph_analyzer

    forms = morph_analyzer()(following.group(1))
    # the likeliest reading a noun ("с", "и" have rare noun readings too), or
    # an adjective before one: "депутатом Винницкого городского совета"
    return bool(forms) and forms[0].grams.values & {'NOUN', 'ADJF'} and any(
        form.grams.values & {'NOUN', 'ADJF'} and cases & form.grams.values for form in forms)
