"""Every post head of ``grammars/data/positions.tsv`` as the predicate of its holder.

The holder first, then a verb that ties them, then the post: "Иван Петров
стал губернатором", "Анна Смирнова была назначена губернатором", "Петров в
2015 году работал губернатором", "Иван Петров занимал пост губернатора",
"Анна Смирнова будет исполнять обязанности губернатора". The post takes the
case the verb governs (the instrumental after a copula, the genitive after
"пост" and "обязанности"), in forms pymorphy2 inflects
(``test_official_inflection.head_forms``), and the verb agrees with the
holder's gender. Each sentence must give exactly one Official: the head in
its dictionary form (with its generic governed word, as in
``test_official_inflection``), the person in the nominative, the mention from
the name to the end of the post.

A surname alone is tested with the surnames pymorphy2 also reads as
possessive adjectives ("Петров"), which a verb, unlike an apposition, ties to
the post safely; and a full name with a surname the dictionary knows only as
another word ("Лыков", a short adjective), which its ending shows to be a
nominative.

The same heads stand in other frames too: their duties carried by a holder
("Обязанности губернатора временно исполняет Иван Петров"), where the post is
held ("губернатор на переговорах Иван Петров") and a degree ("губернатор
доктор исторических наук Иван Петров") between the post and the name.
"""

from __future__ import annotations

import pytest

from factlex import Extractor
from factlex.facts import Official, Person
from factlex.testing import values

from test_official_inflection import CASES, GOVERNED, HEADS, head_forms

GENITIVE, INSTRUMENTAL = CASES.index('gent'), CASES.index('ablt')

# (written subject, its person, gender)
SUBJECTS = {
    'any': [('Иван Петров', Person(None, 'Иван', None, 'Петров'), 'masc'),
            ('Анна Смирнова', Person(None, 'Анна', None, 'Смирнова'), 'femn'),
            ('Петров', Person(None, None, None, 'Петров'), 'masc'),
            ('Олег Лыков', Person(None, 'Олег', None, 'Лыков'), 'masc')],
    'male': [('Иван Петров', Person(None, 'Иван', None, 'Петров'), 'masc'),
             ('Петров', Person(None, None, None, 'Петров'), 'masc'),
             ('Олег Лыков', Person(None, 'Олег', None, 'Лыков'), 'masc')],
    'female': [('Анна Смирнова', Person(None, 'Анна', None, 'Смирнова'), 'femn')],
}

# (verb phrase by gender, the case of the post after it)
PREDICATES = [
    ({'masc': 'стал', 'femn': 'стала'}, INSTRUMENTAL),
    ({'masc': 'был назначен', 'femn': 'была назначена'}, INSTRUMENTAL),
    ({'masc': 'в 2015 году работал', 'femn': 'в 2015 году работала'}, INSTRUMENTAL),
    ({'masc': 'является', 'femn': 'является'}, INSTRUMENTAL),
    ({'masc': 'занимал пост', 'femn': 'занимала пост'}, GENITIVE),
    ({'masc': 'будет исполнять обязанности', 'femn': 'будет исполнять обязанности'}, GENITIVE),
]

#: Heads that are no post of their own after a verb: a candidate seeks one.
SKIPPED = {'кандидат'}


def governed_post(head: str) -> tuple[str, str]:
    """The position a head gives with its generic governed word, and that
    word as it follows the head in a sentence ("заместитель министра")."""
    governed = GOVERNED.get(head)
    return (f'{head} {governed}', f' {governed}') if governed else (head, '')


def mismatch(text: str, expected: list, extractor) -> str | None:
    """None when ``text`` gives exactly the ``expected`` (mention, fact)
    pairs, else a line that shows what it gave."""
    got = [(text[found.span.start:found.span.stop], values(found)) for found in extractor(text)]
    if got == expected:
        return None
    return f'  {text!r}: got ' + ('; '.join(
        f'{found!r} {fact.position!r} {fact.person.name if fact.person else None!r}' for found, fact in got) or 'nothing')


def sentences(head: str) -> list[tuple[str, str, Official]]:
    """(text, mention, expected fact) of every predicate of ``head``."""
    singular, _, names = head_forms(head)
    position, tail = governed_post(head)
    built = []
    for verbs, case in PREDICATES:
        for subject, person, gender in SUBJECTS[names]:
            mention = f'{subject} {verbs[gender]} {singular[case]}{tail}'
            built.append((mention + '.', mention, Official(None, position, person)))
    return built


def genders_taking(names: str) -> list[str]:
    """The genders of the holders a head takes ('male', 'female' or 'any')."""
    return {'male': ['masc'], 'female': ['femn']}.get(names, ['masc', 'femn'])


def fail_on(head: str, failures: list[str]) -> None:
    """Fail the test of ``head`` with every sentence that went wrong, if any."""
    if failures:
        pytest.fail(f'{head!r}:\n' + '\n'.join(failures), pytrace=False)


@pytest.fixture(scope='module')
def extractor():
    return Extractor(['official'])


@pytest.mark.parametrize('head', [head for head in HEADS if head not in SKIPPED])
def test_head_as_the_predicate_of_its_holder(head, extractor):
    """The holder, a verb and the post give one Official; every failing
    sentence is listed in one message."""
    failures = []
    built = sentences(head)
    for text, mention, fact in built:
        if (failure := mismatch(text, [(mention, fact)], extractor)) is not None:
            failures.append(failure)
    if failures:
        pytest.fail(f'{head!r}: {len(failures)} of {len(built)} sentences fail:\n' + '\n'.join(failures), pytrace=False)


# The succession test names men; a post only women hold ("королева") is left out.
MEN_MAY_HOLD = [head for head in HEADS if head not in SKIPPED and head_forms(head)[2] != 'female']


@pytest.mark.parametrize('head', MEN_MAY_HOLD)
def test_head_in_a_succession(head, extractor):
    """"Иван Петров сменил Олега Зуева на посту HEAD": a fact for the one who
    took the post and one for the one who held it before, the post in the
    genitive after "на посту"."""
    singular = head_forms(head)[0]
    position, tail = governed_post(head)
    failures = []
    for successor, before, verb in (
        ('Иван Петров', 'Олега Зуева', 'сменил'),
        ('Иван Петров, сменивший', 'Олега Зуева', None),
    ):
        phrase = f'{successor} {verb} {before}' if verb else f'{successor} {before}'
        text = f'{phrase} на посту {singular[GENITIVE]}{tail}.'
        expected = [(text[:-1], Official(None, position, Person(None, 'Иван', None, 'Петров'))),
                    (text[:-1], Official(None, position, Person(None, 'Олег', None, 'Зуев')))]
        if (failure := mismatch(text, expected, extractor)) is not None:
            failures.append(failure)
    fail_on(head, failures)


# Sentences whose post stands in the case its frame governs and whose holder
# is named in the nominative; {nomn} and {gent} are the post with its governed
# word, the frames after "Об этом сообщил(а)" keep the head in lower case
FRAMES = [
    # the duties of a post, then who carries them
    'Обязанности {gent} временно исполняет {subject}',
    # where the post is held, between the post and the name
    'Об этом {said} {nomn} на переговорах {subject}',
    # a degree between the post and the name
    'Об этом {said} {nomn} доктор исторических наук {subject}',
]
FULL_NAMES = {'masc': ('Иван Петров', Person(None, 'Иван', None, 'Петров'), 'сообщил'),
              'femn': ('Анна Смирнова', Person(None, 'Анна', None, 'Смирнова'), 'сообщила')}


@pytest.mark.parametrize('head', [head for head in HEADS if head not in SKIPPED])
def test_head_in_frames(head, extractor):
    """"Обязанности HEAD временно исполняет Иван Петров", "HEAD на переговорах
    Иван Петров", "HEAD доктор исторических наук Иван Петров": one Official,
    the holder of the post, from the post (or its duties) to the name."""
    singular, _, names = head_forms(head)
    position, tail = governed_post(head)
    genders = genders_taking(names)
    failures = []
    for frame in FRAMES:
        for gender in genders:
            subject, person, said = FULL_NAMES[gender]
            text = frame.format(subject=subject, said=said, nomn=singular[CASES.index('nomn')] + tail,
                                gent=singular[CASES.index('gent')] + tail) + '.'
            start = 0 if frame.startswith('Обязанности') else len(f'Об этом {said} ')
            if (failure := mismatch(text, [(text[start:-1], Official(None, position, person))], extractor)) is not None:
                failures.append(failure)
    fail_on(head, failures)


OBJECTS = {'masc': ('Ивана Петрова', Person(None, 'Иван', None, 'Петров')),
           'femn': ('Анну Смирнову', Person(None, 'Анна', None, 'Смирнова'))}


@pytest.mark.parametrize('head', [head for head in HEADS if head not in SKIPPED])
def test_head_appointed_as_ones_own(head, extractor):
    """"Совет назначил Ивана Петрова своим HEAD": the appointed, in the
    accusative, holds the post; and "После отставки Ивана Петрова занял пост
    HEAD" names no holder, as the verb's subject is someone else."""
    singular, _, names = head_forms(head)
    position, tail = governed_post(head)
    genders = genders_taking(names)
    failures = []
    for gender in genders:
        name, person = OBJECTS[gender]
        own = 'своей' if names == 'female' else 'своим'
        text = f'Совет назначил {name} {own} {singular[CASES.index("ablt")]}{tail}.'
        mention = text[len('Совет назначил '):-1]
        if (failure := mismatch(text, [(mention, Official(None, position, person))], extractor)) is not None:
            failures.append(failure)
    text = f'После отставки Ивана Петрова занял пост {singular[CASES.index("gent")]}{tail}.'
    if (failure := mismatch(text, [], extractor)) is not None:
        failures.append(failure)
    fail_on(head, failures)


# A name, then what stands between it and its post in apposition: the age
# set off by commas, an age before "бывший", where a picture shows the person
APPOSITION_FRAMES = [
    '{subject}, 45 лет, {nomn}, {said} об этом.',
    '{subject}, 45-летний бывший {nomn}, {said} об этом.',
    '{subject} (на фото), {nomn}, {said} об этом.',
]


@pytest.mark.parametrize('head', [head for head in HEADS if head not in SKIPPED])
def test_head_in_apposition_frames(head, extractor):
    """"Иван Петров, 45 лет, HEAD", "Иван Петров, 45-летний бывший HEAD",
    "Иван Петров (на фото), HEAD": one Official from the name to the post;
    and "И. о. HEAD Иван Петров", with the post in the genitive after "и. о."."""
    singular, _, names = head_forms(head)
    position, tail = governed_post(head)
    genders = genders_taking(names)
    failures = []
    for gender in genders:
        subject, person, said = FULL_NAMES[gender]
        for frame in APPOSITION_FRAMES:
            text = frame.format(subject=subject, said=said, nomn=singular[CASES.index('nomn')] + tail)
            mention = text[:text.index(f', {said}')]
            if (failure := mismatch(text, [(mention, Official(None, position, person))], extractor)) is not None:
                failures.append(failure)
        text = f'И. о. {singular[CASES.index("gent")]}{tail} {subject} {said} об этом.'
        mention = text[:text.index(f' {said}')]
        acting = 'и. о. ' + singular[CASES.index('gent')] + tail
        if (failure := mismatch(text, [(mention, Official(None, acting, person))], extractor)) is not None:
            failures.append(failure)
    fail_on(head, failures)
