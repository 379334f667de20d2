"""A post that opens a sentence without a name, held by the one person the sentence before names.

"Эрдоган отдыхал в Мармарисе. Президент также назначил новых командующих":
news names a person, then goes on with the post alone as the subject of the
next sentence. The post is read as that person's when the sentence before
names exactly one person, close to the post, and the post phrase stands in
the nominative and is followed by no name of its own. A sentence before
that names two people ("Путин встретился с Эрдоганом. Президент заявил")
says nothing of whose post it is, and gives no fact.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, Optional

from yargy.token import Token

from factlex.facts import Official, Person, Span
from factlex.normalize import CASES
from factlex.streaming import shift

from ..person import CONSONANTS, name_cases, name_gender, name_parser, name_parts, person_nominative
from ..sentences import sentence_bounds
from ..tokens import attribute_tokens
from .assembly import post_parser
from .checks import head_cases, head_token, post_cases
from .context import NAMED_AFTER, WORD_BEFORE
from .fields import organization_of, place_of, position_of
from .post import HEAD_WORDS, POSITIONS, RELATIONAL_HEADS, TRIGGER

__all__ = ['link_to_post', 'person_of_name', 'post_from', 'undeclined_given', 'verb_gender_after', 'with_anaphoric_posts']

# Where a sentence ends and the next one opens with a capital: ". Президент", "! Новый эмир"
_SENTENCE_OPENING = re.compile(r'[.!?…]["»”]?\s+(?=[«"„“]?[А-ЯЁ0-9])')
# A post held before: its holder is rather someone the sentence before replaced
_FORMER = re.compile(r'\b(?:бывш|экс-|прежн|предыдущ)', re.IGNORECASE)
# and the person close before it: the end of the sentence before
_PERSON_REACH = 80
# A pronoun's person may stand further back: the sentence before, however long,
# names only that one ("Табаков был ректором ..., а в 1987 году основал
# театр-студию ... . С 2000 года он занимал пост ...")
_PRONOUN_REACH = 200
#: Offices a bare post refers back by: a state's, a party's, an army's, a
#: monarch's. A lawyer, an owner or a spokesman at the start of the next
#: sentence is most often someone else's ("Бут ... Адвокат заявил").
_KINDS = frozenset({'state', 'diplomatic', 'party', 'military', 'monarch'})
_HEADS = frozenset(head for kind, head in POSITIONS if kind in _KINDS) - RELATIONAL_HEADS
_HEAD_WORDS = frozenset(head.split()[0].rpartition('-')[2] for head in _HEADS)


def with_anaphoric_posts(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """``found`` and an Official for each post that opens a sentence with no
    name of its own, held by the one person the sentence before names.
    ``sentence_of`` tells the sentence of a position, as the extractor
    splits the text (an initial or "тыс." ends none).

    >>> from factlex import extract
    >>> text = 'Вчера Реджеп Эрдоган отдыхал в Мармарисе. Президент также назначил командующих.'
    >>> [(fact.position, fact.person.name) for fact in extract(text, types=['official'])]
    [('президент', 'Реджеп Эрдоган')]
    """
    found = list(found)
    taken = [fact.span for fact in found]
    added = []
    starts = [0]  # where each sentence begins, as the extractor splits the text
    for opening in _SENTENCE_OPENING.finditer(text):
        if sentence_of(opening.start()) == sentence_of(opening.end()) and not _ends_with_word(text, opening.start()):
            continue  # "В. В. Путин", "тыс. руб.": a full stop inside a sentence
        start = opening.end()
        sentence_before = (starts[-1], opening.start() + 1)
        starts.append(start)
        if _IT_WAS.match(text, start) and (named := _named_for_post(text, start, sentence_before,
                                                                   found + added)) is not None:
            added.append(named)  # "... нового главного дирижёра. Им стал Туган Сохиев"
            continue
        head = _opening_head(text, start)
        if head is None:
            added.extend(_pronoun_holder(text, start, sentence_before, found))
            continue
        if any(span.start <= head < span.stop for span in taken):
            continue  # "Президент Эрдоган заявил": the post holds a name of its own
        post = _post_at(text, start, head)
        if post is None or post[1].split()[0] not in _HEADS \
                or any(span.start < post[0].stop and post[0].start < span.stop for span in taken):
            continue
        if _post_of_another(text, *sentence_before, found):
            continue  # "Президент узнал о смерти Петрова. Глава государства...": the post before is the referent
        one = _one_person(text, *sentence_before)
        if one is None or post[0].start - one[0].span.stop > _PERSON_REACH:
            continue
        holder = one[0]
        span, position, organization, place = post
        if one[1] is not None and not undeclined_given(holder.first) and verb_gender_after(text, span.stop) not in (None, one[1]):
            continue  # "Глава ЦИК Михаил Охендовский ... Глава миссии ... заявила": a woman, someone else
        if _FORMER.search(text, span.start, span.stop) or _has_another_role(holder, position, text, found) \
                or _known_in_another_post(holder, position, found):
            continue  # "Её главой стал Иван Петров. Бывший глава назначен...": the former one is another
        added.append(Official(Span(holder.span.start, span.stop), position, person=holder, organization=organization,
                              place=place))
    for clause in _CLAUSE_OPENING.finditer(text):
        # "Кудрин сменил Татьяну Голикову ...; она стала вице-премьером",
        # "Хантсман знаком с этой работой: в 2005—2009 годах он был губернатором"
        if not _PRONOUN_AMONG_FIRST_WORDS.match(text, clause.end()):
            continue
        index = bisect.bisect_right(starts, clause.start()) - 1
        earlier = (starts[index - 1], starts[index]) if index else None
        added.extend(_pronoun_holder(text, clause.end(), (starts[index], clause.start()), found + added, clause=True,
                                     earlier=earlier))
    return found + added


# "Им стала Марина Лошак", "Ею назначена ...": the pronoun stands for a post the
# sentence before names with no holder; the verb's subject holds it
_IT_WAS = re.compile(r'(?:Им|Ею)\s+(?:стал|стала|назначен|назначена|избран|избрана|утвержд[её]н|утверждена)\s+')
# what may stand between the verb and the name: "Им стал 36-летний Туган Сохиев"
_BEFORE_NAME = re.compile(r'(?:\d+-летн[а-яё]+\s+)?')


def _named_for_post(text: str, start: int, sentence_before: tuple[int, int], found: list[Official]
                    ) -> Optional[Official]:
    """The holder the sentence at ``start`` names after "Им стал" for the last
    post the sentence before names with no holder of its own ("Мединский
    объявил о назначении нового директора музея. Им стала Марина Лошак")."""
    opening = _IT_WAS.match(text, start)
    if opening is None:
        return None
    name_start = _BEFORE_NAME.match(text, opening.end()).end()
    people = [person for person, _ in _people(text, name_start, _sentence_end(text, name_start))
              if person.span.start == name_start and person.first and person.last]
    if not people:
        return None
    holder = people[0]
    taken = [fact.span for fact in found]
    for head in reversed(list(TRIGGER.finditer(text, *sentence_before))):
        if any(span.start <= head.start() < span.stop for span in taken):
            continue
        # the post's own words before its head: "нового главного дирижёра"
        words = [word.start() for word in _WORD.finditer(text, max(sentence_before[0], head.start() - 40), head.start())]
        for begin in words[-2:] + [head.start()]:
            post = post_from(text, begin, sentence_before[1], set(CASES))
            if post is not None and post[0].start <= head.start() < post[0].stop:
                span, position, organization, place = post
                if _FORMER.search(text, span.start, span.stop) or _SOUGHT_BEFORE.search(text, sentence_before[0],
                                                                                      span.start):
                    return None  # "кандидата на выборах президента. Им стал ...": the candidate, no president
                return Official(Span(span.start, holder.span.stop), position, person=holder,
                                organization=organization, place=place)
    return None


# an election, a candidacy or an office named right before the post: it is sought, not held
_SOUGHT_BEFORE = re.compile(r'(?:выбор[а-я]*|кандидат[а-я]*|претендент[а-я]*|пост[а-я]?|должност[а-я]*)\s+(?:на\s+)?$',
                            re.IGNORECASE)


# A clause after a semicolon or a colon, which may open with a pronoun of its own
_CLAUSE_OPENING = re.compile(r'[;:][ \t]+(?=[а-яёА-ЯЁ0-9])')  # on one line: a heading's colon opens no clause


# "Сейчас он работает спецпредставителем президента", "В 2015 году она была
# назначена министром": a personal pronoun is the subject, among the first
# words of the sentence and no comma before it; its gender is the holder's
# ("С 2000 года и до конца жизни он занимал пост ...": a time may take eight words)
# "Затем её назначили заместителем председателя", "В 2014 году его избрали
# депутатом": the pronoun is the object of a verb of appointing in the plural
_APPOINTED_BY_THEM = (r'(?=\s+(?:(?:вновь|снова|же|уже|тогда|официально|единогласно|досрочно|впервые|также)\s+){0,2}'
                      r'(?:назначил|избрал|переизбрал|утвердил|выбрал)и\s)')  # "его сына назначили": the son
_PRONOUN_AMONG_FIRST_WORDS = re.compile(
    r'(?:[А-ЯЁа-яё0-9]+(?:[-–—][А-ЯЁа-яё0-9]+)*\s+){0,8}([Оо]на?|[Ее](?:го|ё|е)' + _APPOINTED_BY_THEM + r')\s+')
_PRONOUN_GENDERS = {'он': 'masc', 'она': 'femn', 'его': 'masc', 'её': 'femn', 'ее': 'femn'}
# The stems of the verbs and office nouns ``link_to_post`` reads (``link_words``):
# a test on the characters after the pronoun before any word is analysed
_TIE_STEMS = re.compile(
    r'(?<![а-яё])(?:стал|стан|был|буд|работ|проработ|явля|служ|прослуж|оста|числ|пребыва|избира|избра|выбра|'
    r'переизбира|переизбран|назнач|утвержд|утвержден|выбран|пост|должност|качеств|обязанност|полномоч|зан[яи])',
    re.IGNORECASE)
_TIE_REACH = 80
# Words between the pronoun and its verb ("он пять лет был"), and between
# the verb and the post ("был тогда же назначен")
_WORDS_TO_LINK = 4
# how far after the pronoun its post is looked for
_CLAUSE_REACH = 200


def _pronoun_holder(text: str, start: int, sentence_before: tuple[int, int], found: list[Official],
                    clause: bool = False, earlier: Optional[tuple[int, int]] = None) -> list[Official]:
    """The post a pronoun that opens the sentence at ``start`` is tied to by
    a verb ("Он стал председателем комитета", "Ранее она занимала пост
    министра"), held by the one person the sentence before names, when the
    pronoun's gender is that person's: [] or that one Official. For a
    ``clause`` after a semicolon or a colon, ``sentence_before`` is the
    clause before it in its sentence, whose one person of the pronoun's
    gender holds the post; when that clause names nobody, the one person of
    the ``earlier`` sentence does."""
    opening = _PRONOUN_AMONG_FIRST_WORDS.match(text, start)
    if opening is None or not _TIE_STEMS.search(text, opening.end(), opening.end() + _TIE_REACH):
        return []  # most sentences with "он": no verb that ties a post near it
    posts = post_parser()
    stop = min(_sentence_end(text, opening.end()), opening.end() + _CLAUSE_REACH)
    tokens = list(posts.tokenizer(text[opening.end():stop]))
    post = _fronted_post(text, start, opening.start(1), tokens)
    if post is None:
        link = link_to_post(tokens, appointed=opening.group(1).lower() not in ('он', 'она'))
        if link is None:
            return []
        index, cases = link
        post = post_from(text, opening.end() + tokens[index].span.start, stop, cases)
    if post is None or any(fact.span.start < post[0].stop and post[0].start < fact.span.stop for fact in found):
        return []
    pronoun_gender = _PRONOUN_GENDERS[opening.group(1).lower()]
    if not clause:
        one = _one_person(text, *sentence_before)
    else:
        named = frozenset(fact.person.last for fact in found if fact.person is not None and fact.person.first
                          and fact.person.last)
        people = _people(text, *sentence_before, named)
        one = _only(people, pronoun_gender)
        if not people and earlier is not None:
            sentence_before = earlier
            one = _one_person(text, *earlier)
    if one is None or opening.start(1) - one[0].span.stop > _PRONOUN_REACH:
        return []
    holder, gender = one
    if gender not in (None, pronoun_gender):
        return []  # "Анна Котова выступила в суде. Он стал министром": another man
    if _post_of_another(text, *sentence_before, found):
        return []  # "Петров встретился с губернатором. Он ...": "он" may be the governor
    span, position, organization, place = post
    return [Official(Span(holder.span.start, span.stop), position, person=holder, organization=organization,
                     place=place)]


def _fronted_post(text: str, start: int, pronoun: int, after: list
                  ) -> Optional[tuple[Span, str, Optional[str], Optional[str]]]:
    """The post in the instrumental that opens the sentence before the
    pronoun, when a link verb follows the pronoun: "Министром он стал в 2010
    году", "Её финансовым директором он стал в 2006 году"."""
    from .link_words import LINK_VERBS, PASSIVE_VERBS, POSSESSIVE_WORDS

    if pronoun == start or not after:
        return None
    forms = getattr(after[0], 'forms', ()) or ()
    if not any(form.normalized in LINK_VERBS and 'VERB' in form.grams.values
               or form.normalized in PASSIVE_VERBS and 'PRTS' in form.grams.values for form in forms):
        return None
    words = text[start:pronoun].split()
    if words and words[0].lower() in POSSESSIVE_WORDS:
        start = text.index(words[0], start) + len(words[0])
        start += len(text[start:]) - len(text[start:].lstrip())
    post = post_from(text, start, pronoun, {'ablt'})
    if post is None or text[post[0].stop:pronoun].strip():
        return None  # the post must run up to the pronoun: no words of another phrase between
    return post


# Posts "первый" is a word of: "первый заместитель", "первый секретарь", "первый вице-премьер"
_FIRST_OF_POST = ('заместител', 'секретар', 'вице-', 'помощни', 'проректор')


def link_to_post(tokens: list, appointed: bool = False) -> Optional[tuple[int, set[str]]]:
    """Where the post begins after the verb that ties the pronoun to it, and
    the cases it stands in there: the instrumental after a copula ("был
    директором", "назначена министром"), the genitive after an office ("занимал
    пост министра", "исполняла обязанности министра", "работал в должности
    директора", "назначен на пост главы"). An ``appointed`` pronoun is the
    object of the verb: "её назначили министром"."""
    from .link_words import DUTY_VERBS, LINK_ADVERB_WORDS, LINK_VERBS, OFFICE_NOUNS, OFFICE_VERBS, PASSIVE_VERBS

    index, skipped, linked = 0, 0, False
    while index < len(tokens):
        token = tokens[index]
        forms = getattr(token, 'forms', ()) or ()
        word = token.value.lower()
        if word in {'не', 'ни'} or token.type == 'PUNCT' and word not in {'-', '–', '—'}:
            return None  # "он не был министром"; a comma opens another clause
        if linked and word in {'на', 'в'} and index + 1 < len(tokens) and any(
                form.normalized in OFFICE_NOUNS for form in getattr(tokens[index + 1], 'forms', ()) or ()):
            return index + 2, {'gent'}  # "назначен на пост главы", "работал в должности директора"
        if any(form.normalized in OFFICE_VERBS | DUTY_VERBS and 'VERB' in form.grams.values for form in forms):
            for ahead in range(index + 1, min(index + 1 + _WORDS_TO_LINK, len(tokens))):
                if any(form.normalized in OFFICE_NOUNS | {'обязанность'} and 'accs' in form.grams.values
                       for form in getattr(tokens[ahead], 'forms', ()) or ()):
                    return ahead + 1, {'gent'}  # "занимал пост министра", "исполняла обязанности министра"
            return None
        if any(form.normalized in PASSIVE_VERBS and 'PRTS' in form.grams.values for form in forms) or any(
                form.normalized in LINK_VERBS and 'VERB' in form.grams.values for form in forms) or appointed and any(
                form.normalized in PASSIVE_VERBS and {'VERB', 'plur'} <= form.grams.values for form in forms):
            linked = True  # "был", "стал", "назначен", "был избран"
        elif linked:
            if word in {'первым', 'первой'} and index + 1 < len(tokens) \
                    and tokens[index + 1].value.lower().startswith(_FIRST_OF_POST):
                return index, {'ablt'}  # "был первым заместителем": a post of its own, not the first holder
            if word in LINK_ADVERB_WORDS:
                pass  # "стал новым": the post's own word, not the verb's
            else:
                return index, {'ablt'}
        elif forms and forms[0].grams.values & {'VERB', 'INFN', 'PRTS', 'PRTF', 'GRND'} or token.value[:1].isupper():
            # another verb: "он назначил", "он встретился" (as the dictionary
            # reads it first: "почти" is an adverb, rarely "почтить"'s imperative)
            return None
        skipped += 1
        if skipped > _WORDS_TO_LINK + 2:
            return None
        index += 1
    return None


def post_from(text: str, start: int, stop: int, cases: set[str], plural: bool = False
               ) -> Optional[tuple[Span, str, Optional[str], Optional[str]]]:
    """The post phrase that begins at ``start``, standing in one of ``cases``
    (in the ``plural``: "Заместителями губернатора стали ...") and followed by
    no name: its span, position, organization and place."""
    posts = post_parser()
    tokens = list(posts.tokenizer(text[start:stop]))
    from factlex import earley

    best = next((match for match in earley.findall(posts, tokens) if match.span.start == 0), None)
    if best is None:
        return None
    raw = best.fact
    cases = (head_cases(head_token(raw), 'plur') if plural else post_cases(raw)) & cases
    if not cases:
        return None
    after = next((token for token in tokens if token.span.start >= best.span.stop), None)
    if after is not None and after.value[:1].isupper():
        return None  # "был заместителем министра Ивана Петрова": the name is another's
    return _post_fields(best, cases, start)


def _post_fields(match: Any, cases: set[str], offset: int) -> tuple[Span, str, Optional[str], Optional[str]]:
    """The span (moved by ``offset``, where the parsed text began), position,
    organization and place of a match of the post parser, read in ``cases``."""
    raw = match.fact
    position = position_of(raw, cases, attribute_tokens(raw, 'tail'))
    return shift(Span(match.span.start, match.span.stop), offset), position, organization_of(raw), place_of(raw)


# The first words of a sentence, where its subject stands: "Президент",
# "Новый эмир", "42-летний министр", "Ожидается, что президент"
_FIRST_WORDS = re.compile(r'[«"„“]?([А-ЯЁа-яё0-9]+(?:-[А-ЯЁа-яё]+)*)[»"”,]?\s*')
_WORDS_TO_HEAD = 4


@functools.lru_cache(maxsize=1)
def _post_among_first_words() -> re.Pattern[str]:
    """The same test in one pattern, run before any word is looked at;
    compiled when first needed (a trie of the post words: some 2.5 ms, which
    a text whose sentences open with no post need not spend)."""
    return re.compile(r'(?:\S+\s+){0,%d}[«"„“]?(?:%s)' % (_WORDS_TO_HEAD - 1, TRIGGER.pattern))


# How far after the head the post phrase and its verb are looked for
_PHRASE_REACH = 120


def _opening_head(text: str, start: int) -> Optional[int]:
    """Where the head of an office (``_HEADS``) in the nominative singular
    stands among the first words of the sentence that opens at ``start``;
    a cheap test before any parse."""
    if _post_among_first_words().match(text, start) is None:
        return None  # most sentences: no post word among their first ones
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    position = start
    for _ in range(_WORDS_TO_HEAD):
        word = _FIRST_WORDS.match(text, position)
        if word is None:
            return None
        if TRIGGER.match(word.group(1)) and any(
                form.normalized.rpartition('-')[2] in _HEAD_WORDS and {'nomn', 'sing'} <= form.grams.values
                for form in analyze(word.group(1).lower())):
            return word.start(1)
        position = word.end()
    return None


def _post_at(text: str, start: int, head: int) -> Optional[tuple[Span, str, Optional[str], Optional[str]]]:
    """The post phrase whose head begins at ``head``, in the sentence that
    opens at ``start``: its span, position, organization and place, when it is
    in the nominative, is the first noun phrase of the sentence, and no name
    follows it."""
    posts = post_parser()
    # the post phrase and the few words after it, up to its verb
    stop = min(_sentence_end(text, head), head + _PHRASE_REACH)
    tokens = list(posts.tokenizer(text[start:stop]))
    if not tokens:
        return None
    from factlex import earley

    best = None
    for match in earley.findall(posts, tokens):
        if match.span.start + start > head or match.span.stop + start <= head:
            continue
        best = match
        break
    if best is None:
        return None
    raw = best.fact
    before = _after_opener([token for token in tokens if token.span.stop <= best.span.start])
    if any(token.type == 'RU' and _noun_phrase_word(token) for token in before):
        return None  # "Вчера в Кремле президент": another phrase opens the sentence
    cases = post_cases(raw) & {'nomn'}
    if not cases:
        return None
    after = next((token for token in tokens if token.span.start >= best.span.stop), None)
    if after is None or after.value[:1].isupper() or after.value in {'—', '–', '-', ':', '('}:
        return None  # "Президент Эрдоган", "Президент — Эрдоган": the post has a name of its own
    if not (_verb_follows(tokens, best.span.stop) or _said_before(before)):
        return None  # the post is the sentence's subject, its verb after it
    return _post_fields(best, cases, start)


# Words that tie the sentence to the one before and name no one: "Тем
# временем президент", "Между тем глава государства"
_CONNECTIVES = frozenset({'тем временем', 'между тем', 'вместе с тем', 'при этом', 'кроме того', 'однако', 'впрочем'})


def _after_opener(before: list) -> list:
    """The words before the post, less an opener that names no one: a
    connective ("Тем временем президент") or a parenthetical set off by a
    comma ("По данным СМИ, президент", "Как было объявлено, президент"),
    whose words after the first are in lower case or an abbreviation."""
    words = [token.value.lower() for token in before]
    for size in (3, 2, 1):
        if ' '.join(words[:size]) in _CONNECTIVES:
            return before[size:]
    if before and before[-1].value == ',' and len(before) <= 5 and all(
            not token.value[:1].isupper() or token.value.isupper() for token in before[1:-1]):
        return []
    return before


def _noun_phrase_word(token: Any) -> bool:
    forms = getattr(token, 'forms', ()) or ()
    return any(form.grams.values & {'NOUN', 'NPRO'} and 'PREP' not in form.grams.values for form in forms) and not any(
        form.grams.values & {'ADVB', 'PREP', 'CONJ', 'PRCL', 'ADJF', 'NUMR'} for form in forms)


# "Как отметил премьер", "Как заявил президент": a verb of saying before its subject
_SAYING_VERBS = {'отметить', 'заявить', 'сообщить', 'сказать', 'подчеркнуть', 'пояснить', 'добавить', 'напомнить',
                 'рассказать', 'признать', 'заметить', 'уточнить'}


def _said_before(before: list) -> bool:
    """Whether the words before the post are "как" and a verb of saying,
    whose subject the post is: "Как отметил премьер в речи перед министрами"."""
    words = [token for token in before if token.type == 'RU']
    return len(words) == 2 and words[0].value.lower() == 'как' and any(
        form.normalized in _SAYING_VERBS and 'VERB' in form.grams.values for form in getattr(words[1], 'forms', ()) or ())


def _verb_follows(tokens: list, stop: int) -> bool:
    """Whether a finite verb comes within the few words after the post,
    before any comma: "Президент также назначил", "Новый эмир в среду будет"."""
    words = 0
    for token in tokens:
        if token.span.start < stop:
            continue
        if token.value in {',', ';', ':', '.', '!', '?'}:
            return False
        words += 1
        if words > 5:
            return False
        if any(form.grams.values & {'VERB', 'PRTS'} for form in getattr(token, 'forms', ()) or ()):
            return True
    return False


_WORD = re.compile(r'[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*')


def _has_another_role(holder: Person, position: str, text: str, found: list[Official]) -> bool:
    """Whether the sentence before gives the person another role: a post
    found for them, or a noun for what they are right before the name
    ("задал журналист Иван Петров. Президент ответил": the president is another man)."""
    head = position.split()[0]
    for fact in found:
        if fact.person is not None and fact.person.span is not None and fact.person.span.start < holder.span.stop \
                and holder.span.start < fact.person.span.stop and fact.position.split()[0] != head:
            return True
    before = WORD_BEFORE.search(text, max(0, holder.span.start - 40), holder.span.start)
    if before is None:
        return False
    from factlex.morph import is_known, morph_analyzer

    forms = morph_analyzer()(before.group(1).lower())
    if any(form.normalized in RELATIONAL_HEADS for form in forms):
        return False  # "советника Эрдогана": whose adviser, not what Erdoğan is
    return any({'NOUN', 'anim'} <= form.grams.values and form.normalized != head and is_known(form) for form in forms)


def _known_in_another_post(holder: Person, position: str, found: list[Official]) -> bool:
    """Whether the text gives the person other posts and never this one: in
    "... президенту России Владимиру Путину ... Путин заявил ... Новый посол
    прибыл в Москву" the ambassador is someone else."""
    heads = {_post_kind(fact.position) for fact in found
             if fact.person is not None and fact.person.last and holder.last
             and fact.person.last.lower() == holder.last.lower()}
    # a generic head ("глава правительства", "лидер") may be the same post by another name
    return bool(heads) and not heads & _GENERIC_HEADS and _post_kind(position) not in heads


_GENERIC_HEADS = frozenset({'глава', 'лидер', 'руководитель', 'председатель', 'шеф'})


def _post_kind(position: str) -> str:
    """The head word of a post, "премьер-министр" read as "премьер"."""
    head = position.split()[0]
    return 'премьер' if head.startswith('премьер') else head


def _post_of_another(text: str, start: int, stop: int, found: list[Official]) -> bool:
    """Whether the sentence has a post word of one person that no fact
    holds: a holder named by the post alone, whom a bare post after it may
    refer back to."""
    from factlex.morph import morph_analyzer

    analyze = morph_analyzer()
    for word in _WORD.finditer(text, start, stop):
        # of one person: "совещание с губернаторами" names no one the post may be
        if TRIGGER.match(word.group()) and any(form.normalized in HEAD_WORDS and 'plur' not in form.grams.values
                                               for form in analyze(word.group().lower())):
            if _DECREED_BY.search(text, max(start, word.start() - 24), word.start()):
                continue  # "Указом президента назначен Петров. Ранее он ...": who decrees is no referent
            if _AS_OFFICE.search(text, max(start, word.start() - 16), word.start()):
                continue  # "в кандидаты на пост генсека": an office, no one who holds it
            if _SUPERIOR_NAMED.match(text, word.end()) and any(
                    form.normalized in RELATIONAL_HEADS for form in analyze(word.group().lower())):
                continue  # "советника Эрдогана. Президент ...": held under the one named, who is the referent
            if not any(fact.span.start <= word.start() < fact.span.stop for fact in found):
                return True
    return False


# "советника Эрдогана", "заместителя министра Петрова": a capitalized
# word within two words after the post word
_SUPERIOR_NAMED = re.compile(r'(?:\s+[а-яё]+){0,2}\s+[А-ЯЁ]')
# "на пост генсека", "в должности главы": a post named as an office
_AS_OFFICE = re.compile(r'(?:пост|поста|посту|должност[ьи]|должностью)\s+$', re.IGNORECASE)
# "указом президента", "распоряжением губернатора", "по указу главы": whose
# act it is, right before the post word
_DECREED_BY = re.compile(r'(?:[Уу]каз(?:ом|у)|[Рр]аспоряжени(?:ем|ю)|[Пп]остановлени(?:ем|ю)|[Пп]риказ(?:ом|у))\s+$')


_LAST_WORD = re.compile(r'([а-яё]+)$')


def _ends_with_word(text: str, mark: int) -> bool:
    """Whether the full stop at ``mark`` follows a short word in lower case
    that is a whole word, not an abbreviation: "в 2006 году.", "восемь лет."
    The extractor's split keeps every short lower-case word before a dot in
    its sentence ("тыс.", "руб."), which costs it only a longer window; a
    sentence that refers back needs the true end."""
    word = _LAST_WORD.search(text, max(0, mark - 5), mark)
    if word is None or text[mark] != '.' or word.start() > 0 and text[word.start() - 1].isalpha():
        return False
    from factlex.morph import is_known, morph_analyzer

    forms = morph_analyzer()(word.group(1))
    return bool(forms) and all(is_known(form) and 'Abbr' not in form.grams.values for form in forms)


_SENTENCE_END = re.compile(r'[.!?…](?:\s|$)')


def _sentence_end(text: str, position: int) -> int:
    found = _SENTENCE_END.search(text, position)
    return found.end() if found else len(text)


def person_of_name(raw: Any, offset: int) -> Optional[Person]:
    """The person a match of the name parser names, in the nominative, its
    span moved by ``offset`` (where the parsed text began)."""
    person = person_nominative(name_parts(raw), name_cases(raw))
    if person is None or person.span is None:
        return None
    return shift(person, offset)


# The words of a clause after a name or a post, up to its end
_CLAUSE_REST = re.compile(r'[^.!?;:«»"]{0,60}')


def undeclined_given(first: Optional[str]) -> bool:
    """Whether the dictionary has a given name only as a woman's that does
    not decline and ends in a consonant ("Эммануэль", "Брижит"): a man's
    name of that spelling declines, so the name tells no gender."""
    from factlex.morph import is_known, morph_analyzer

    if not first or len(first) < 3 or first.endswith('.') or first[-1:].lower() not in CONSONANTS:
        return False
    forms = [form for form in morph_analyzer()(first.lower()) if 'Name' in form.grams.values and is_known(form)]
    return bool(forms) and all('Fixd' in form.grams.values for form in forms)


def verb_gender_after(text: str, stop: int) -> Optional[str]:
    """The gender of the first singular verb or short participle in the past
    in the clause after ``stop`` ("заявила", "назначен"), if it tells one."""
    from factlex.morph import morph_analyzer

    clause = _CLAUSE_REST.match(text, stop)
    for word in _WORD.findall(clause.group() if clause else ''):
        forms = [form for form in morph_analyzer()(word.lower())
                 if form.grams.values & {'VERB', 'PRTS'} and 'sing' in form.grams.values
                 and form.grams.values & {'masc', 'femn'}]
        if forms:
            genders = {gender for form in forms for gender in ('masc', 'femn') if gender in form.grams.values}
            return genders.pop() if len(genders) == 1 else None
    return None


def pronoun_antecedent(text: str, start: int, sentence_start: int,
                       sentence_of: Callable[[int], int]) -> Optional[Person]:
    """The person "Он" or "Она" at ``start``, the subject of the sentence
    that begins at ``sentence_start`` (at its opening or after a time: "В
    2005–2010 годах она"), stands for: the one person the sentence before
    names, of the pronoun's gender when the name tells one; None otherwise."""
    opening = re.match(r'([Оо]на?)\s', text[start:start + 4])
    if opening is None or start == 0:
        return None
    end = sentence_start - 1
    while end > 0 and text[end].isspace():
        end -= 1
    before_start, _ = sentence_bounds(text, max(end - 1, 0), sentence_of)
    if before_start >= start:
        return None
    one = _one_person(text, before_start, start)
    if one is None or start - one[0].span.stop > _PRONOUN_REACH:
        return None
    person, gender = one
    return person if gender in (None, _PRONOUN_GENDERS[opening.group(1).lower()]) else None


def _one_person(text: str, start: int, stop: int) -> Optional[tuple[Person, Optional[str]]]:
    """The person the sentence names, when it names exactly one (however
    often): its last mention and its gender ('masc', 'femn' or None when the
    name does not tell); None for none or for two and more."""
    return _only(_people(text, start, stop))


def _only(people: list[tuple[Person, Optional[str]]], gender: Optional[str] = None
          ) -> Optional[tuple[Person, Optional[str]]]:
    """The one person of ``people`` (of ``gender`` when it is given and the
    name tells one), its last mention and gender; None for none or more."""
    if gender is not None:
        # a name that tells the pronoun's gender wins over one that tells none:
        # "Кудрин сменил Татьяну Голикову; она стала ..."
        told = [(person, own) for person, own in people if own == gender]
        people = told if len({person.last for person, _ in told}) == 1 else [
            (person, own) for person, own in people if own in (None, gender)]
    surnames = {person.last for person, _ in people}
    if len(surnames) != 1:
        return None
    genders = {own for _, own in people} - {None}
    return people[-1][0], (genders.pop() if len(genders) == 1 else None)


def _people(text: str, start: int, stop: int, surnames: frozenset = frozenset()) -> list[tuple[Person, Optional[str]]]:
    """The people the text between ``start`` and ``stop`` names, each
    mention with the gender its name tells; a word alone is a surname when
    the dictionary has it so or it is one of ``surnames`` (of the holders
    the text names in full: "Хантсман")."""
    parser = name_parser()
    tokenizer = parser.tokenizer
    # only capitalized words and short particles ("бен", "фон") may be part
    # of a name: the other words are not looked up
    tokens = [tokenizer.analyzed(token) if token.type != 'RU' or token.value[:1].isupper() or len(token.value) <= 3
              else Token(token.value, token.span, 'OTHER') for token in tokenizer.scan(text[start:stop])]
    from factlex import earley
    from factlex.morph import is_known

    people = []
    for match in earley.findall(parser, tokens):
        raw = match.fact
        if not raw.last:
            continue
        last = attribute_tokens(raw, 'last')
        if any(form.normalized in HEAD_WORDS for token in attribute_tokens(raw, 'first')
               for form in getattr(token, 'forms', ()) or ()):
            continue  # "Президент Корреа": a post before a surname, read by the grammar itself
        if not raw.first and last[0].value not in surnames and not any(
                {'Surn'} <= form.grams.values and 'Geox' not in form.grams.values
                and is_known(form) for form in getattr(last[0], 'forms', ()) or ()):
            continue  # a lone word is a surname only by the dictionary: not "в Мармарисе"
        person = person_of_name(raw, start)
        # "Институт ... имени Губкина", "на площади Симона Боливара": whom a
        # body, a street or a prize is named after is no one the text speaks of
        if person is not None and not NAMED_AFTER.search(text, max(0, person.span.start - 40), person.span.start):
            people.append((person, name_gender(name_parts(raw), name_cases(raw))))
    return people


