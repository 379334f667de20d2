"""Official facts from a match: the position, organization, place and holder in the nominative, and how matches compete."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Optional

from yargy import rule

from factlex import earley, normalize
from factlex.facts import Official, Span
from factlex.morph import is_known

from ..blocks.places import SETTLEMENT_KINDS
from ..blocks.words import (
    IsAbbreviation,
    IsKnownName,
    known_grams,
)
from ..person import name_cases, shows_instrumental
from ..phrases import cases_of
from ..tokens import attribute_tokens, tokens_span
from .around import (
    callings_agree,
    coordinated,
    head_after_hyphen,
    hyphen_link,
    spaced_dash_in_name,
    splits_hyphenated_word,
)
from .body import BODY, PERSON_GOVERNING_NOUNS
from .checks import (
    adjective_agrees,
    appointed_object,
    body_in_another_case,
    ends_in_office,
    genitive_not_case,
    head_cases,
    head_token,
    held_under_someone,
    holder_first,
    holder_of_tail,
    is_list,
    is_relational,
    last_word_is,
    link_participle_cases,
    linked_by_verb,
    may_be_genitive,
    may_be_holder,
    name_of_tail,
    plausible,
    post_cases,
    relative_clause,
    runs_for_a_post,
    scene_before_holder,
    appointed_by_post,
    sought,
    sought_by,
    time_gap,
)
from .fields import organization_of, person_of, place_of, position_of, post_tail
from .names import (
    DECLINABLE_NOMINATIVE,
    agrees,
    known_surname_reading,
    may_be_subject,
    declines_as_genitive,
    known_name,
    likeliest_nominative,
    name_word_cases,
    subject_of_link_verb,
)
from .post import (
    HEAD_WORDS,
    INDECLINABLE_HEADS,
    POST,
    RANKED_HEADS,
    TIME,
)
from .raw import Raw
from .succession import succession_facts, tenure_facts, tenure_position


def _guessed_first_name(token: Any) -> bool:
    """pymorphy2 guesses the unknown word one person's first name."""
    return any({'Name', 'sing'} <= form.grams.values for form in getattr(token, 'forms', None) or ())


def preference(raw: Any) -> int:
    """Tokens' worth of preference for a post right before its holder.

    "Уокер, губернатор Техаса Рик Перри": the comma may close the previous
    name or open an apposition, but a name right after a post is its holder.
    """
    tail = attribute_tokens(raw, 'tail')
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    # "Ли Кэцян", "Мун Чжэ Ин": a family name the East Asian way, before the
    # given one, rather than "Ли" taken for a first name
    bonus = 1 if first and last and last[0].span.start < first[0].span.start and not (
        # "Хуан Перес": a surname the dictionary knows after the given name
        'Surn' in known_grams(first[-1]) and 'Name' in known_grams(last[0])
    ) else 0
    # "ректоры МГУ и СПбГУ Садовничий и Кропачев": each holder his own body
    bonus += 1 if raw.place2 or raw.organization2 else 0
    # "сенатор Линдси О. Грэм": one word the dictionary does not know is rather
    # the name's first than a body
    organization = attribute_tokens(raw, 'organization')
    if len(organization) == 1 and organization[0].type == 'RU' and not known_grams(organization[0]) \
            and not IsAbbreviation()(organization[0]) and (
                not raw.org_type
                # "глава компании Марисса Майер": after a kind of body too, a
                # word shaped as a first name opens the holder's name
                or _guessed_first_name(organization[0])):
        bonus -= 1
    # "член Совета Федерации", "глава администрации города Иванова": a
    # capitalized body or a kind of place opens the body that follows rather
    # than closing the post ("член совета" of "Федерация")
    split_body = -1 if tail and (raw.organization or raw.owner_body or raw.owner or raw.place) and (
        tail[-1].value[:1].isupper() or any(form.normalized in SETTLEMENT_KINDS for form in getattr(tail[-1], 'forms', None) or ())
        # "главного инженера управляющей компании": an adjective opens the body's kind
        or raw.org_type and any(form.grams.values & {'ADJF', 'PRTF'} for form in getattr(tail[-1], 'forms', None) or ())
    ) else 0
    gap = attribute_tokens(raw, 'gap')
    gap_forms = getattr(gap[0], 'forms', None) or () if gap else ()
    if gap and not tail and gap[0].value[:1].islower() and any({'NOUN', 'gent'} <= form.grams.values for form in gap_forms) \
            and not any('PREP' in form.grams.values for form in gap_forms):
        # "Председателем комиссии в среду избран": the genitive after the head
        # is the post's, not the circumstance's
        bonus -= 1
    if holder_first(raw):
        # the aside in brackets adds no weight: "Патрика Фитцжеральда (Patrick
        # Fitzgerald), начальника полиции Рэймонда Келли" is read as without it
        return bonus + split_body - len(attribute_tokens(raw, 'aside'))
    inserted = attribute_tokens(raw, 'joined') or attribute_tokens(raw, 'body_clause')
    if inserted:
        # "Иван Петров, директор музея, историк Алексей Котов", "Мария
        # Фомушина, пресс-секретарь суда, который принял решение, ...": after
        # a name and a comma the post is that name's apposition, which
        # outweighs the callings or the clause between the post and the next
        # name (weighed as the post and the name alone, less one)
        return bonus + split_body - len(inserted) - 1
    if raw.link is None:
        return bonus + split_body + 3
    # "сына Рустама Минниханова, главы Татарстана, Ирека": a post between
    # commas belongs to the name before it rather than to the one after
    return bonus + split_body + (-4 if raw.link in {',', '—', '–', '-'} else 0)


def shared(raw: Any) -> list[Span]:
    """The words a second match may use too: the holder's name, as one person
    may hold two posts ("вице-президент Ганы Джон Махама занял пост главы
    государства"), and a calling or membership right before it; after a
    verb, also the post, which may pass from one holder to the next
    ("Хаспел сменила на посту главы ЦРУ Майка Помпео")."""
    if is_list(raw):
        return []
    name = sorted((token for part in ('first', 'middle', 'last') for token in attribute_tokens(raw, part)),
                  key=lambda token: token.span.start)
    if not name:
        return []
    regions = [tokens_span(name)]
    for part in ('calling', 'membership', 'rank'):
        if getattr(raw, part):
            # "наблюдатель от ОБСЕ шведский парламентарий Ларс Берг": the
            # calling before the name may be a post of its own
            regions.append(tokens_span(attribute_tokens(raw, part)))
    owner, tail = attribute_tokens(raw, 'owner'), attribute_tokens(raw, 'tail')
    if owner and tail and len(owner) > 1:
        # "пресс-секретарь губернатора Олега Малышева Анна Пестова": whose post
        # it is, named by his own post and full name, is an official too
        regions.append(Span(tail[0].span.start, owner[-1].span.stop))
    elif len(owner) > 1 and owner[0].value.islower():
        # "пресс-секретарь патриарха Кирилла Александр Волков": a title and the name it goes with
        regions.append(tokens_span(owner))
    gap = attribute_tokens(raw, 'gap')
    if gap and gap[0].value == ',':
        # "Смирнова, ранее работавшая заместителем мэра, назначена директором":
        # the clause between the commas may hold a post of its own
        regions.append(tokens_span(gap))
    link = attribute_tokens(raw, 'link')
    if holder_first(raw) and link and link[-1].value.lower() not in {',', '—', '–', '-', '(', 'как'}:
        # the post with its body, to the end of the match
        regions.append(Span(attribute_tokens(raw, 'head')[0].span.start, _END))
    elif not holder_first(raw) and raw.link in ('вместо', 'после'):
        # "утвердил Мигеля Диаса-Канеля главой Госсовета вместо Рауля Кастро":
        # the post the one before held is the new holder's too
        regions.append(Span(0, attribute_tokens(raw, 'link')[0].span.start))
    return regions


_END = 2 ** 62


# A post phrase alone, with its time and body: the first of two posts read
# again, and a post that refers back to a person (anaphora.py)
POST_PHRASE = rule(TIME.optional(), POST, BODY.optional()).interpretation(Raw)


@functools.lru_cache(maxsize=1)
def post_parser() -> Any:
    """The process-wide parser of ``POST_PHRASE``."""
    from factlex.bnf import parser as Parser

    from factlex.morph import tokenizer

    return Parser(POST_PHRASE, tokenizer=tokenizer())


def _other_post(raw: Any) -> Optional[Any]:
    """The first of two coordinated posts, read as a post phrase of its own."""
    tokens = attribute_tokens(raw, 'other_post')
    if not tokens:
        return None
    base = tokens[0].span.start
    chars = [' '] * (tokens[-1].span.stop - base)
    for token in tokens:
        chars[token.span.start - base:token.span.stop - base] = token.value
    text = ''.join(chars)
    parser = post_parser()
    words = list(parser.tokenizer(text))
    match = earley.match(parser, words)
    if match is None:
        # "наблюдатель от ОБСЕ португальский парламентарий": words left over
        # after the post ("португальский") describe the holder of the next one
        match = next((found for found in earley.findall(parser, words) if found.span.start == 0), None)
    if match is None or any('PREP' in form.grams.values for form in getattr(head_token(match.fact), 'forms', ())):
        return None  # "после публикации о директоре Петрове": "после" is also "посол" in the locative
    return match.fact


def _undeclined_then_oblique(raw: Any) -> bool:
    """Whether the name's known words do not decline and its surname, which
    the dictionary does not know, ends as a man's in the dative or the
    instrumental does: "Эндрю Коллинзу" shows its case only there."""
    first, last = attribute_tokens(raw, 'first'), attribute_tokens(raw, 'last')
    return bool(first) and len(last) == 1 and all(
        'Fixd' in form.grams.values for token in first for form in getattr(token, 'forms', ()) or ()
        if form.grams.values & {'Name', 'Surn'} and is_known(form)) and not any(
        is_known(form) for form in getattr(last[0], 'forms', ()) or ()) and last[0].value.endswith(('у', 'ом', 'ем'))


def _indeclinable_post_person_cases(raw: Any) -> set[str]:
    """After "замминистра" only the name shows its case: a dictionary name by
    its readings, another by its ending ("Буянский" is nominative, "Балуевского" not)."""
    known = name_cases(raw)
    words = attribute_tokens(raw, 'first') + attribute_tokens(raw, 'last')
    if any(is_known(form) and form.grams.values & {'Name', 'Surn'} for token in words
           for form in getattr(token, 'forms', ())) and not _undeclined_then_oblique(raw):
        return known
    last = attribute_tokens(raw, 'last')
    if last and not DECLINABLE_NOMINATIVE.search(last[-1].value.lower()):
        return set(normalize.CASES) - {'nomn'}
    return {'nomn'}


def _second_post(raw: Any, apposition: bool, person_cases: set[str]) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """The position, organization and place of the other post of the holder:
    coordinated ("глава ФСБ Чечни и зампред НАК") or taken ("Главой Малави
    стала вице-президент ..."), or None when it does not hold."""
    other = _other_post(raw)
    if other is None or runs_for_a_post(other) or _without_rank(other):
        return None  # "Второй кандидат, депутат Артем Шалимов": no post held
    if _held_under_the_next(raw):
        return None  # "министра экономики в правительстве премьер-министра Мануэля Вальса": the premier's
    other_cases = post_cases(other)
    if raw.other_link and is_list(raw):
        # "Заместителями председателя избраны депутаты Марина Яхина и Олег Крутов": one post of each holder
        other_cases = head_cases(head_token(other), 'plur')
    if raw.other_link:
        # tied by a copula, the post is instrumental; a post wished for is not held
        tied = 'ablt' in other_cases and not sought_by(attribute_tokens(raw, 'other_link'))
    else:
        tied = bool(other_cases & person_cases) or not apposition
    if not tied:
        return None
    return position_of(other, other_cases, attribute_tokens(other, 'tail')), organization_of(other), place_of(other)


def _held_under_the_next(raw: Any) -> bool:
    """Whether the first of two posts side by side ends in a preposition's
    phrase that the second post completes ("министра экономики в
    правительстве премьер-министра Вальса"): the name after them is only the
    second post's holder."""
    other = attribute_tokens(raw, 'other_post')
    head = attribute_tokens(raw, 'head')
    if not other or not head:
        return False
    ends = [index for index, token in enumerate(other[1:-1], 1) if token.value.lower() in {'в', 'во', 'при', 'у'}
            and any(form.normalized in _TEAMS for form in getattr(other[index + 1], 'forms', ()) or ())]
    return bool(ends) and head[0].span.start - other[-1].span.stop <= 1


#: Bodies a post heads, after which the next post is their head's: "в правительстве премьер-министра".
_TEAMS = frozenset({'правительство', 'кабинет', 'администрация', 'команда', 'штаб', 'аппарат'})


#: Where a place is a rank, not a seat: "место министра в рейтинге".
RANKINGS = frozenset({'рейтинг', 'список', 'топ', 'таблица', 'зачёт', 'классификация', 'чарт'})

#: The dashes that may tie a name to a post.
DASHES = frozenset({'—', '–', '-'})
#: Links across which a nominative post names its holder in the nominative.
NOMINATIVE_LINKS = DASHES | {':'}



def toward_office(raw: Any) -> bool:
    """Whether the post is tied by "на пост" or "на должность" alone."""
    return [token.value.lower() for token in attribute_tokens(raw, 'link')] in (['на', 'пост'], ['на', 'должность'])



def reads_as_other_nominative(token: Any) -> bool:
    """Whether a head word also reads as the nominative of a noun that is no
    post ("премьера", a premiere), which may open a clause of its own."""
    return any(
        {'NOUN', 'nomn'} <= form.grams.values and form.normalized not in HEAD_WORDS and is_known(form)
        for form in getattr(token, 'forms', ())
    )


def _without_rank(raw: Any) -> bool:
    """Whether the post's head needs a rank (``RANKED_HEADS``) and has none."""
    if len(attribute_tokens(raw, 'head')) > 1:
        return False  # "топ-менеджер", "сити-менеджер": the hyphenated head is a post of its own
    ranks = next((RANKED_HEADS[form.normalized] for form in getattr(head_token(raw), 'forms', ()) or ()
                  if form.normalized in RANKED_HEADS), None)
    return ranks is not None and not any(token.value.lower().startswith(ranks)
                                         for token in attribute_tokens(raw, 'modifiers'))


def to_facts(raw: Any, tokens: list) -> Iterator[Official]:
    """The Official of one match, everything in the nominative."""
    if hyphen_link(raw, tokens) or splits_hyphenated_word(raw, tokens) or head_after_hyphen(raw, tokens) \
            or spaced_dash_in_name(raw):
        return  # "Статс-секретарь", "социал-демократов": a hyphenated word is one word
    if _without_rank(raw):
        return  # "партнёр Иванова": a partner in business, no post
    if (tenure := tenure_position(raw)) is not None:
        yield from tenure_facts(raw, tokens, tenure)
        return
    cases = post_cases(raw)
    if not cases:
        return  # "директоров", "вице-президенты": a post of one person is singular
    if raw.succession:
        yield from succession_facts(raw, tokens, cases)
        return
    # In apposition ("Лукашенко, президент", "президент Лукашенко") the name
    # agrees with the post; tied by a verb or a dash it has a case of its own.
    apposition = raw.link in (None, ',', 'как')
    name_first = holder_first(raw)
    if raw.clause and not any('GRND' in form.grams.values for token in attribute_tokens(raw, 'link')[:1]
                              for form in getattr(token, 'forms', ())):
        return  # "Петров сложил полномочия, став министром": after the clause only a gerund takes the post
    if name_first and raw.link is None and raw.gap:
        if 'nomn' not in cases or not time_gap(raw):
            return  # "Липницкая вместе с президентом": no time, and no predicate
        # "Ислам Каримов с 1991 года президент Узбекистана": a time, then the
        # post in the nominative, as after a dash
        cases = {'nomn'}
    elif name_first and raw.link is None:
        if 'ablt' not in cases:
            return  # "назначил Х послом": without a verb only the instrumental ties them
        apposition = False
    if not name_first and cases == {'ablt'} and not name_of_tail(raw) and not (
        held_under_someone(raw) and may_be_genitive(raw)
    ):
        # "назначил начальником штаба Владимира Замана"; but "работал
        # заместителем главы МВД Рашида Нургалиева" names the minister, and
        # "является советником Лиама Фокса" the one advised
        cases = cases | {'accs'}
    person_cases = cases if apposition else name_cases(raw)
    if name_first and raw.link is None and len(person_cases) > 1:
        # "назначил Тома Донилона советником": a name before a post in the
        # instrumental is most often the object of a verb before it, so a
        # reading as its object wins ("Том", not "Тома"), or as the genitive
        # of a noun ("о назначении Тома Донилона советником")
        person_cases = person_cases & {'accs', 'gent'} or person_cases
    elif name_first and raw.link is None and not known_name(raw):
        person_cases = {'accs', 'gent'}  # "утвердил Мигеля Диаса-Канеля главой": a name the dictionary does not know
    if name_first and raw.link in DASHES and 'nomn' not in cases and (
        # "Паулу Мендешем": the surname's ending shows the case of the whole name
        agrees(raw, cases) or ('ablt' in cases and any(shows_instrumental(token) for token in attribute_tokens(raw, 'last')[-1:]))
    ):
        # "с Паулу Мендешем — исполнительным директором": a post in an oblique
        # case after a dash is in apposition, and its case is the name's
        person_cases = cases
        apposition = apposition or agrees(raw, cases)
    if name_first and raw.link in DASHES and raw.gap and (
        not time_gap(raw) or not (raw.first and raw.last) and not known_surname_reading(attribute_tokens(raw, 'last'))
    ):
        # "Адам Лорн — близкий друг министра": after a dash only a time ("с
        # 2016 года") comes before the post; and across it only a full name
        # or a known surname ("председатель Социнтерна, с 2005 года — комиссар ООН")
        return
    gap, link_tokens = attribute_tokens(raw, 'gap'), attribute_tokens(raw, 'link')
    if not name_first and gap and link_tokens and gap[0].span.start > link_tokens[-1].span.start and linked_by_verb(raw) \
            and not time_gap(raw):
        # "Мэром города был в 1990-х годах Иван Петров": between the copula
        # and the name only a time; "бывшего конкурента Николая Денина" is none
        return
    scene = attribute_tokens(raw, 'scene_noun')
    if scene and link_tokens and link_tokens[0].span.start > scene[-1].span.start and not name_first:
        # "Место спикера в новом Конгрессе занял Джон Бейнер": the verb names
        # the holder, after where the seat is; "место министра в рейтинге" is a rank
        if any(form.normalized in RANKINGS for form in getattr(scene[-1], 'forms', ())):
            return
    elif raw.scene and not scene_before_holder(raw, cases, tokens):
        return
    if raw.calling and not adjective_agrees(*attribute_tokens(raw, 'calling')[:2]):
        return  # "главный тренер сборной итальянец": "сборной" is no word of "итальянец"
    if raw.office:
        if 'gent' not in cases:
            return
        cases = {'gent'}
        # the holder is the sentence's subject, or in apposition to the post
        person_cases = ({'nomn'} if name_first else {'nomn', 'gent'}) & name_cases(raw)
        if not person_cases or not agrees(raw, person_cases):
            return
    # "один" of "один из руководителей" shows the case the post stands in
    one_of_cases = cases_of(attribute_tokens(raw, 'one_of')[0], {'один'}) if raw.one_of else None
    if one_of_cases is not None and not linked_by_verb(raw):
        # "одного из руководителей Ивана Петрова": the name agrees with "один"
        person_cases = one_of_cases
        if not person_cases or not agrees(raw, person_cases):
            return
    if raw.link in ('вместо', 'после'):
        person_cases = {'gent'}  # "вместо Роберта Гейтса", "после Зеппа Блаттера"
    if raw.link == 'после' and ('ablt' not in cases or 'nomn' in cases):
        return  # "Министр после Петрова выступил": only a post taken ("стал главой после ...") names the one before
    if apposition and head_token(raw).value.lower() in INDECLINABLE_HEADS:
        person_cases = _indeclinable_post_person_cases(raw)
    if raw.link == '(':
        if 'nomn' not in cases:
            return  # in brackets the post stands in the nominative whatever the name's case
        cases = {'nomn'}
    if sought(raw):
        return  # "Кличко хочет стать мэром": a post wished for is not held
    if appointed_by_post(raw):
        return
    if raw.body_clause and not raw.first:
        return  # "..., который принял решение, Данилов уже отбыл": a surname alone is the next clause's subject
    link = attribute_tokens(raw, 'link')
    link_before_post = bool(link) and link[0].span.start < head_token(raw).span.start
    # "стал одним из вице-президентов банка": after a copula, "один" stands for the post's case
    link_cases = one_of_cases if one_of_cases is not None else cases
    if (name_first or link_before_post) and linked_by_verb(raw) and 'ablt' not in link_cases and not raw.acting \
            and not ends_in_office(raw):
        return  # "Нетаньяху является бывший глава": after a copula the post is instrumental
    participle_cases = link_participle_cases(raw)
    if participle_cases and not name_first and link_before_post:
        # "Назначенный прокурором Андрей Зотов": the participle before the post agrees with the name
        person_cases = name_cases(raw) & participle_cases
        if not person_cases:
            return
    elif participle_cases and name_first:
        # "Иваном Петровым, ставшим министром": the participle agrees with the
        # name, and shows its case
        person_cases = person_cases & participle_cases
        if not person_cases:
            return  # "Синдеев руководил проверкой, назначенной генпрокурором": the check's participle
    else:
        if appointed_object(raw) and not relative_clause(raw):
            # ("Ольга Белова, которую назначили министром": the relative is the object, not the name)
            person_cases = name_cases(raw) & {'accs'} or {'accs'}
        elif raw.link in NOMINATIVE_LINKS and 'nomn' in cases and all(
            'nomn' in name_word_cases(token) for name in ('first', 'last') for token in attribute_tokens(raw, name)
        ):
            # "Министр обороны — Итунори Онодэра", "Онодэра — министр обороны":
            # across a dash or a colon from a nominative post the name is the
            # nominative too, whatever the guessed readings of a foreign one say
            person_cases = {'nomn'}
        elif not name_first and not link_before_post and linked_by_verb(raw) and 'ablt' in link_cases \
                and 'nomn' not in person_cases:
            # "Премьер-министром была Голда Меир": after the copula the name is its
            # subject, whatever oblique readings the dictionary gives ("Голда" of "Голд")
            person_cases = {'nomn'}
        elif not name_first and link_before_post and linked_by_verb(raw) and not likeliest_nominative(raw):
            # "стал директором фонда Ивана Петрова", "является членом комитета
            # Леонарда Пелтиера": after a copula, the post and its body, a name
            # most likely in the genitive names whose body it is; the
            # copula's subject stands elsewhere
            return
        elif name_first and toward_office(raw) and known_name(raw):
            # "переизбрали Виталия Громова на пост председателя", "назначение
            # Анны Котовой на должность": a name before "на пост" is whom the
            # post is given to, no woman in the nominative
            person_cases = person_cases & {'accs', 'gent'} or person_cases
        elif relative_clause(raw) and 'nomn' in person_cases and not all(
                'nomn' in name_word_cases(token) for name in ('first', 'last') for token in attribute_tokens(raw, name)):
            # "Об Анне Котовой, которая была министром": the verb's subject is
            # "которая"; the name's case is its own, which "Котовой" shows
            person_cases = person_cases - {'nomn'}
        elif raw.link and raw.link != '(' and not apposition and 'nomn' in person_cases and (
                linked_by_verb(raw) or likeliest_nominative(raw)):
            # Tied by a verb the name is most often its subject: "стала Анастасия
            # Кузнецова" is not the genitive of "Анастасий Кузнецов". Tied by an
            # office alone it is what it most likely is: "преемником Иванова на
            # посту министра" names Иванов
            person_cases = {'nomn'}
        relative = relative_clause(raw) or raw.link == '('  # brackets tie any case
        if name_first and not relative and raw.link and not apposition:
            # "утвердила Олесю Кравец в должности": a name before the verb or
            # office that ties it to the post is its subject or object, no
            # dative ("Олесь") nor instrumental
            person_cases = person_cases & {'nomn', 'accs', 'gent'} or person_cases
        if not apposition and raw.link and name_first and not relative and not may_be_holder(raw):
            return  # "выбор Земаном на пост премьера": the one who chose
        if linked_by_verb(raw) and name_first and not relative and not may_be_subject(raw) and not appointed_object(raw):
            return  # "Оппонентом Рубио ... станет конгрессмен": the name is no subject
        if name_first and not relative and not subject_of_link_verb(raw, person_cases):
            return  # "После смерти Петра Зуева в мае занял пост": the verb's subject is another
    if apposition and not raw.one_of and not raw.office and not agrees(raw, cases):
        return
    link_after_post = bool(link) and link[0].span.start > head_token(raw).span.start
    if not name_first and 'gent' not in cases and held_under_someone(raw) and genitive_not_case(raw, cases) \
            and not link_after_post:
        # "советником Лиама Фокса", "является советником Ивана Петрова": after a
        # post held under someone a name that may be a genitive is that one's,
        # unless a verb between makes it the subject ("секретарём назначен ...")
        return
    if not name_first and raw.link in NOMINATIVE_LINKS and 'nomn' not in cases and not agrees(raw, cases) and not (
            raw.link in DASHES and 'ablt' in cases and agrees(raw, {'nomn'})):
        # "супруге первого президента — Наине Иосифовне": the dash joins no
        # apposition of another case; but after an instrumental post it stands
        # for the verb left out ("Министром финансов назначена Рейчел Ривз,
        # министром иностранных дел — Дэвид Лэмми")
        return
    if apposition and not name_first and not raw.first and 'nomn' not in cases \
            and last_word_is(attribute_tokens(raw, 'tail'), PERSON_GOVERNING_NOUNS) and declines_as_genitive(raw):
        return  # "главы администрации Кирова": a surname alone after such a noun is whose body it is, or a town
    if apposition and not name_first and holder_of_tail(raw, cases):
        return  # "начальник штаба кандидата Петра Иванова": the candidate's name, not the chief of staff's
    organization = attribute_tokens(raw, 'organization')
    if organization and organization[-1].value.lower() in {'имени', 'им', '.'}:
        return  # "Центра имени Алмазова": the body is named after the person
    if organization and any(token.value.lower() in {'имени', 'им'} for token in organization) and not (
        raw.first and raw.last
    ) and any('gent' in form.grams.values for token in attribute_tokens(raw, 'last')[-1:]
              for form in getattr(token, 'forms', ())):
        return  # "Ректор РУДН имени Патриса Лумумбы": a genitive surname alone ends the eponym
    if (raw.owner or raw.owner_body) and not (raw.first and raw.last) \
            or raw.owner and raw.organization and len(attribute_tokens(raw, 'owner')) < 2:
        # "советник Путина Иванов": whose post it is stands before a full name
        # only; after a body ("главы МИД Олега Малышева") it is a full name too
        return
    if raw.owner and holder_first(raw) and not is_relational(raw):
        # "Вадима Ампелонского, руководителя отдела Бориса Едидина": after a
        # name and a comma the genitive name is rather the post's holder
        return
    if raw.foreign_body and not (raw.last and any(IsKnownName()(token) for token in attribute_tokens(raw, 'first')[:1])):
        return  # "президент Мун Чжэ Ин": without a known first name after them the words are the name
    if raw.foreign_body and last_word_is(attribute_tokens(raw, 'tail'), SETTLEMENT_KINDS):
        return  # "губернатор штата Нью-Мексико": a place's name after its kind
    if not plausible(raw, cases, person_cases) or body_in_another_case(raw):
        return
    if name_first and raw.link == ',' and 'nomn' not in cases and not (raw.tail or raw.organization or raw.place) \
            and reads_as_other_nominative(head_token(raw)):
        return  # "книги Дмитрия Глуховского, премьера прошла": a premiere, no premier's genitive
    if not callings_agree(raw, tokens):
        return  # "комитета по информационной политике": "политике" is no "политик" before the name
    tail, typed = post_tail(raw)
    holders = [person_of(raw, person_cases, suffix) for suffix in (('', '2', '3') if is_list(raw) else ('',))]
    second = _second_post(raw, apposition, person_cases) if raw.other_post and holders[0] is not None else None
    first_holder = holders[0]
    if raw.other_post and second is None:
        # "на выборах главы МВФ был управляющий ...": the first words read as
        # no post of this holder; a shorter match reads the rest
        return
    position, organization, place = position_of(raw, cases, tail), organization_of(raw, typed), place_of(raw)
    holders = [holder for holder in holders if holder is not None]
    if second is not None:
        other_position, other_organization, other_place = second
        if other_organization is None and other_place is None and coordinated(raw, tokens):
            # "художественный руководитель и генеральный директор Мариинского
            # театра": posts joined by "и" share the body named after both
            other_organization, other_place = organization, place
    if raw.other_post and raw.other_link and is_list(raw):
        # "Заместителями председателя партии избраны депутаты Госдумы Марина
        # Яхина и Олег Крутов": the post taken and the post held, both each holder's
        for holder in holders:
            yield Official(tokens_span(tokens), position, person=holder, organization=organization, place=place)
            yield Official(tokens_span(tokens), other_position, person=holder, organization=other_organization,
                           place=other_place)
        return
    if raw.other_post and is_list(raw):
        # "председатель и секретарь комиссии Галина Орлова и Вера Симонова":
        # the first post is the first holder's, the second the second's
        if len(holders) != 2 or second is None:
            return
        yield Official(tokens_span(tokens), other_position, person=holders[0], organization=other_organization,
                       place=other_place)
        yield Official(tokens_span(tokens), position, person=holders[1], organization=organization, place=place)
        return
    bodies = [(organization, place)] * len(holders)
    if raw.place2 or raw.organization2:
        paired = 3 if raw.place3 else 2
        if len(holders) != paired:
            return  # "президенты России и Китая" pair with two holders, no more, no fewer
        bodies = [(organization, place), (organization_of(raw, typed, 'organization2') or organization,
                                          place_of(raw, 'place2') or place)]
        if raw.place3:
            bodies.append((organization, place_of(raw, 'place3')))
    for holder, (holder_organization, holder_place) in zip(holders, bodies):
        yield Official(tokens_span(tokens), position, person=holder, organization=holder_organization, place=holder_place)
    if second is not None:
        yield Official(tokens_span(tokens), other_position, person=first_holder, organization=other_organization,
                       place=other_place)
