"""Every post head of ``grammars/data/positions.tsv``, and the woman's word the
grammar makes of a post (``official.post.WOMANS_WORDS``), inflected, before a name.

For each head the test builds "HEAD NAME" phrases in all six cases of the
singular, head and name in the same case ("губернатору Ивану Петрову", "о
губернаторе Иване Петрове"), with a man's name, a woman's name and a foreign
surname that does not decline ("Марку Дюбуа"); and plural lists "HEADS NAME
и NAME" in the nominative, the genitive and the instrumental ("губернаторами
Иваном Петровым и Анной Смирновой"). Each phrase must give exactly one
Official per holder: the position is the head in its dictionary form (as
positions.tsv writes it), the person in the nominative, no organization and
no place; the mention is the whole phrase (without the preposition of the
prepositional case), and the facts of a list all share it, as in
``tests/corpus/official.py``.

How the phrases are made:

* Heads are inflected by pymorphy2 (through ``factlex.morph``), each word of a
  multi-word head ("папа римский") on its own. A masculine head in the
  accusative takes its animate form (= the genitive): posts name people,
  whatever the dictionary says of a guessed word ("бундестренер").
* A head pymorphy2 tags as indeclinable (``Fixd``: "атташе", "управделами")
  or a "зам-"/"зав-" compound of a governed form ("замглавы", "замначальника",
  "замкомандующего", "завкафедрой") stays as written in every case and
  number, whatever pymorphy2 guesses for it.
* ``FORMS`` gives by hand the forms of heads the dictionary does not know.
  A new head that pymorphy2 cannot read as a noun in the nominative fails the
  test with a request to add it there, rather than being tested with made-up
  forms.
* ``GOVERNED``: relational heads are not a post on their own ("заместитель
  Иван Петров", "член Анна Смирнова" is not how news name anyone), so they get
  a generic governed word that stays as written in every case ("заместителем
  министра Иваном Петровым") and belongs to the position ("заместитель
  министра"), as the corpus's conventions keep generic governed words.
  "кандидат" is a post only as "кандидат в президенты" (a bare candidate
  holds no post, see the corpus's negatives).
* Gendered heads take names of their gender only: feminine nouns
  ("королева", "заместительница") women's names; titles of male monarchs and
  clergy and adjectival heads ("командующий", whose woman's form is
  "командующая") men's names.

The names' forms are written out by hand, so that a misread surname in
pymorphy2 (a feminine "Смирнова" taken for the genitive of "Смирнов") cannot
make the expected facts wrong.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from factlex import Extractor
from factlex.facts import Official, Person
from factlex.grammars.official import post
from factlex.morph import morph_analyzer
from factlex.testing import values

POSITIONS = Path(__file__).resolve().parents[1] / 'grammars' / 'data' / 'positions.tsv'

CASES = ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct')
PLURAL_CASES = ('nomn', 'gent', 'ablt')

# (first, last) -> the name in each case, as a newspaper writes it.
NAMES = {
    ('Иван', 'Петров'): ('Иван Петров', 'Ивана Петрова', 'Ивану Петрову', 'Ивана Петрова', 'Иваном Петровым', 'Иване Петрове'),
    ('Анна', 'Смирнова'): ('Анна Смирнова', 'Анны Смирновой', 'Анне Смирновой', 'Анну Смирнову', 'Анной Смирновой', 'Анне Смирновой'),
    ('Марк', 'Дюбуа'): ('Марк Дюбуа', 'Марка Дюбуа', 'Марку Дюбуа', 'Марка Дюбуа', 'Марком Дюбуа', 'Марке Дюбуа'),
    ('Мария', 'Котова'): ('Мария Котова', 'Марии Котовой', 'Марии Котовой', 'Марию Котову', 'Марией Котовой', 'Марии Котовой'),
}
MAN, WOMAN, FOREIGN, WOMAN_2 = NAMES

# The names each kind of head is tested with, and the pair of its plural list.
SINGLE = {'any': (MAN, WOMAN, FOREIGN), 'male': (MAN, FOREIGN), 'female': (WOMAN,)}
PAIR = {'any': (MAN, WOMAN), 'male': (MAN, FOREIGN), 'female': (WOMAN, WOMAN_2)}

# Relational heads and the generic governed word that makes them a post.
GOVERNED = {
    'член': 'правления',
    'кандидат': 'в президенты',
    'глава': 'администрации',
    'замглавы': 'администрации',
    'руководитель': 'аппарата',
    'замруководителя': 'аппарата',
    'начальник': 'управления',
    'замначальника': 'управления',
    'заместитель': 'министра',
    'заместительница': 'министра',
    'зам': 'министра',
    'зампред': 'правления',
    'зампредседателя': 'правления',
    'представитель': 'министерства',
    'спецпредставитель': 'президента',
    'уполномоченный': 'по правам человека',
    'помощник': 'президента',
    'советник': 'президента',
    'секретарь': 'совета',
    'замсекретаря': 'совета',
    'владелец': 'компании',
    'совладелец': 'компании',
    'владелица': 'компании',
    'совладелица': 'компании',
    'основатель': 'компании',
    'сооснователь': 'компании',
    'учредитель': 'компании',
    'соучредитель': 'компании',
    'шеф': 'полиции',
    'управляющий': 'банком',
    'командующий': 'флотом',
    'замкомандующего': 'флотом',
    'командир': 'полка',
    'заведующий': 'кафедрой',
    'сотрудник': 'посольства',
    'координатор': 'проекта',
    'сопредседатель': 'движения',
    'лидер': 'партии',
    'настоятель': 'храма',
}

# Titles held by men only (monarchs; clergy are read from the kind column).
MALE_TITLES = frozenset({
    'король', 'царь', 'император', 'монарх', 'эмир', 'султан', 'принц', 'кронпринц', 'шейх',
    'герцог', 'князь', 'солист',
})

# Forms of heads the dictionary does not know: six singular cases, then the
# plural nominative, genitive and instrumental.
FORMS = {
    'аятолла': ('аятолла', 'аятоллы', 'аятолле', 'аятоллу', 'аятоллой', 'аятолле', 'аятоллы', 'аятолл', 'аятоллами'),
    'сити-менеджер': ('сити-менеджер', 'сити-менеджера', 'сити-менеджеру', 'сити-менеджера', 'сити-менеджером',
                      'сити-менеджере', 'сити-менеджеры', 'сити-менеджеров', 'сити-менеджерами'),
    'начштаба': ('начштаба',) * 9,  # "начальник штаба", shortened: it never declines
    # the Kyrgyz parliament's speaker: pymorphy2 guesses an inanimate noun with no plural
    'торага': ('торага', 'тораги', 'тораге', 'торагу', 'торагой', 'тораге', 'тораги', 'тораг', 'торагами'),
    # pymorphy2 declines "бизнес-" as a word of its own
    'бизнес-омбудсмен': ('бизнес-омбудсмен', 'бизнес-омбудсмена', 'бизнес-омбудсмену', 'бизнес-омбудсмена',
                         'бизнес-омбудсменом', 'бизнес-омбудсмене', 'бизнес-омбудсмены', 'бизнес-омбудсменов',
                         'бизнес-омбудсменами'),
}


# Heads that are a post only with a rank (official.post.RANKED_HEADS),
# tested with one.
RANKED = {'партнёр': 'управляющий партнёр', 'режиссёр': 'главный режиссёр', 'художник': 'главный художник',
          'менеджер': 'генеральный менеджер'}


def read_heads() -> dict[str, list[str]]:
    """Every head of positions.tsv with the kinds it is listed under, in file
    order; a head that needs a rank with its rank."""
    heads: dict[str, list[str]] = {}
    for line in POSITIONS.read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        kind, head = line.split('\t')[:2]
        heads.setdefault(RANKED.get(head.strip(), head.strip()), []).append(kind.strip())
    return heads


HEADS = read_heads()
# and the woman's word the grammar makes of a post ("журналистка", "солистка")
for _feminine in sorted(post.WOMANS_WORDS):
    HEADS.setdefault(_feminine, ['feminine'])


def test_womans_words_are_made():
    """The woman's words of posts are made as the language makes them, and
    none of a rank, a monarch's title or a candidate's word."""
    assert {'журналистка', 'солистка', 'корреспондентка', 'депутатка'} <= set(post.WOMANS_WORDS)
    assert not {'кандидатка', 'полковница', 'губернаторша', 'помощница'} & set(post.WOMANS_WORDS)


def _morph():
    return morph_analyzer().raw


def _is_fixed_compound(word: str) -> bool:
    """"замглавы", "замкомандующего", "завкафедрой": a prefix and a governed
    form the dictionary knows; such a head never declines."""
    if not word.startswith(('зам', 'зав')) or len(word) <= 3:
        return False
    return any(
        parse.is_known and 'sing' in parse.tag and ({'gent', 'ablt'} & set(parse.tag.grammemes))
        for parse in _morph().parse(word[3:])
    )


def _nominative(word: str):
    """pymorphy2's reading of ``word`` as a noun or adjective in the nominative singular."""
    for parse in _morph().parse(word):
        if parse.tag.POS in ('NOUN', 'ADJF', 'PRTF') and 'nomn' in parse.tag and 'sing' in parse.tag:
            return parse
    return None


def _word_forms(word: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(singular forms by CASES, plural forms by PLURAL_CASES, gender) of one word."""
    if _is_fixed_compound(word):
        return (word,) * len(CASES), (word,) * len(PLURAL_CASES), 'masc'
    parse = _nominative(word)
    if parse is None:
        pytest.fail(f'pymorphy2 cannot read the head word {word!r} as a nominative: add its forms to FORMS')
    if 'Fixd' in parse.tag:
        return (word,) * len(CASES), (word,) * len(PLURAL_CASES), 'masc'
    gender = 'femn' if 'femn' in parse.tag else 'masc'
    singular = []
    for case in CASES:
        grams = {'sing', 'gent' if case == 'accs' and gender == 'masc' and not word.endswith(('а', 'я')) else case}
        singular.append(parse.inflect(grams).word)
    plural = tuple(parse.inflect({'plur', case}).word for case in PLURAL_CASES)
    return tuple(singular), plural, gender


@functools.lru_cache(maxsize=None)
def head_forms(head: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(singular forms, plural forms, which names it takes) of a head; each
    word of a multi-word head inflected on its own, pymorphy2's case for each."""
    if head in FORMS:
        forms = FORMS[head]
        return forms[:len(CASES)], forms[len(CASES):], 'male'
    words = [_word_forms(word) for word in head.split()]
    singular = tuple(' '.join(word[0][index] for word in words) for index in range(len(CASES)))
    plural = tuple(' '.join(word[1][index] for word in words) for index in range(len(PLURAL_CASES)))
    first = _nominative(head.split()[0])
    if words[0][2] == 'femn':
        names = 'female'
    elif (head in MALE_TITLES or 'religious' in HEADS.get(head, ())
          or (first is not None and first.tag.POS in ('ADJF', 'PRTF'))):
        names = 'male'
    else:
        names = 'any'
    return singular, plural, names


def _with_preposition(case: str, phrase: str) -> tuple[str, int]:
    """The text to extract from and where the phrase starts in it: the
    prepositional case never stands without its preposition."""
    if case != 'loct':
        return phrase, 0
    preposition = 'об ' if phrase[0] in 'аоуэиы' else 'о '
    return preposition + phrase, len(preposition)


def phrases(head: str) -> list[tuple[str, str, int, list[Official]]]:
    """(case, text, start of the mention, expected facts) of every phrase of ``head``."""
    singular, plural, names = head_forms(head)
    governed = GOVERNED.get(head)
    position = f'{head} {governed}' if governed else head
    tail = f' {governed}' if governed else ''
    built = []
    for index, case in enumerate(CASES):
        for name in SINGLE[names]:
            text, start = _with_preposition(case, f'{singular[index]}{tail} {NAMES[name][index]}')
            built.append((case, text, start, [Official(None, position, Person(None, name[0], None, name[1]))]))
    one, two = PAIR[names]
    for index, case in enumerate(PLURAL_CASES):
        column = CASES.index(case)
        text = f'{plural[index]}{tail} {NAMES[one][column]} и {NAMES[two][column]}'
        built.append((f'plur,{case}', text, 0, [Official(None, position, Person(None, name[0], None, name[1])) for name in (one, two)]))
    return built


#: Phrases a rule grammar reads otherwise, with the reason; each must still
#: fail (strictly, as the corpora's XFAIL), so that a fix is noticed.
KNOWN_GAPS = {
    ('посол', 'loct'): '"о после Иване Петрове": "после" is read as the preposition, which it is far more often',
}


@pytest.fixture(scope='module')
def extractor():
    return Extractor(['official'])


@pytest.mark.parametrize('head', list(HEADS), ids=[f'{"/".join(kinds)}:{head}' for head, kinds in HEADS.items()])
def test_head_with_a_name_in_every_case(head, extractor):
    """The head before a name, in every case and in plural lists, gives one
    Official per holder; every failing phrase is listed in one message."""
    failures = []
    built = phrases(head)
    position = built[0][3][0].position
    for case, text, start, expected in built:
        mention = text[start:]
        facts = list(extractor(text))
        got = [(text[fact.span.start:fact.span.stop], values(fact)) for fact in facts]
        if (head, case) in KNOWN_GAPS:
            if got == [(mention, fact) for fact in expected]:
                failures.append(f'  {case:9} {text!r}: passes now; remove it from KNOWN_GAPS')
            continue
        if got != [(mention, fact) for fact in expected]:
            shown = '; '.join(
                f'{found!r} {fact.position!r} {fact.person.name if fact.person else None!r}'
                f' org={fact.organization!r} place={fact.place!r}' for found, fact in got
            ) or 'nothing'
            failures.append(f'  {case:9} {text!r}: got {shown}')
    if failures:
        pytest.fail(
            f'{head!r}: {len(failures)} of {len(built)} phrases fail (expected the position {position!r},'
            f' one fact per name, each over the whole phrase):\n' + '\n'.join(failures),
            pytrace=False,
        )


# Foreign surnames that do not decline after a given name that does: the
# given name shows the case, and the surname stays as written in every one
# ("с президентом Жаиром Болсонару", not "Болсонара"); and given names that
# do not decline.
UNDECLINED_SURNAMES = {
    ('Жаир', 'Болсонару'): ('Жаир Болсонару', 'Жаира Болсонару', 'Жаиру Болсонару', 'Жаира Болсонару',
                            'Жаиром Болсонару', 'Жаире Болсонару'),
    ('Уильям', 'Руто'): ('Уильям Руто', 'Уильяма Руто', 'Уильяму Руто', 'Уильяма Руто', 'Уильямом Руто', 'Уильяме Руто'),
    ('Луис', 'Арсе'): ('Луис Арсе', 'Луиса Арсе', 'Луису Арсе', 'Луиса Арсе', 'Луисом Арсе', 'Луисе Арсе'),
    ('Кристина', 'Киршнер'): ('Кристина Киршнер', 'Кристины Киршнер', 'Кристине Киршнер', 'Кристину Киршнер',
                              'Кристиной Киршнер', 'Кристине Киршнер'),
    ('Синдзо', 'Абэ'): ('Синдзо Абэ',) * 6,
    # Georgian "-дзе": no Russian stem ends in "дз", so no case ending is read off
    ('Георгий', 'Мчедлидзе'): ('Георгий Мчедлидзе', 'Георгия Мчедлидзе', 'Георгию Мчедлидзе', 'Георгия Мчедлидзе',
                               'Георгием Мчедлидзе', 'Георгии Мчедлидзе'),
    # given names in "-и" after a consonant that takes "-ы" in a genitive of
    # "-а" ("Саулы"), so they are no genitives: the surname shows the case
    ('Саули', 'Ярвинен'): ('Саули Ярвинен', 'Саули Ярвинена', 'Саули Ярвинену', 'Саули Ярвинена',
                           'Саули Ярвиненом', 'Саули Ярвинене'),
    ('Кодзи', 'Сато'): ('Кодзи Сато',) * 6,
    # Turkish "-оглу"
    ('Экрем', 'Озтюркоглу'): ('Экрем Озтюркоглу', 'Экрема Озтюркоглу', 'Экрему Озтюркоглу', 'Экрема Озтюркоглу',
                              'Экремом Озтюркоглу', 'Экреме Озтюркоглу'),
    ('Бьярни', 'Свенссон'): ('Бьярни Свенссон', 'Бьярни Свенссона', 'Бьярни Свенссону', 'Бьярни Свенссона',
                             'Бьярни Свенссоном', 'Бьярни Свенссоне'),
}
# Surnames the dictionary has for a man and a woman alike ("ms-f"): one that
# declines goes back to its one nominative, one that does not stays.
EITHER_GENDER_SURNAMES = {
    ('Барак', 'Обама'): ('Барак Обама', 'Барака Обамы', 'Бараку Обаме', 'Барака Обаму', 'Бараком Обамой', 'Бараке Обаме'),
    ('Валентина', 'Матвиенко'): ('Валентина Матвиенко', 'Валентины Матвиенко', 'Валентине Матвиенко',
                                 'Валентину Матвиенко', 'Валентиной Матвиенко', 'Валентине Матвиенко'),
    # "Давиде" is Давид's and Давида's, and pymorphy2 has counted neither: the man's stays
    ('Давид', 'Мартинелли'): ('Давид Мартинелли', 'Давида Мартинелли', 'Давиду Мартинелли', 'Давида Мартинелли',
                              'Давидом Мартинелли', 'Давиде Мартинелли'),
}
UNDECLINED_SURNAMES.update(EITHER_GENDER_SURNAMES)
# Where the ending tells nothing: "Луису Арсе", "о Луисе Арсе" may be the
# dative and the prepositional of "Арс" or "Арса", "Жаиру Болсонару" and
# "Жаира Болсонару" of "Болсонар" or "Болсонара" (a man's surname may decline
# as one in "-а": "Манделы"); the surname is put back to the dictionary's guess
UNDECLINED_GAPS = {
    (('Луис', 'Арсе'), 'datv'), (('Луис', 'Арсе'), 'loct'),
    (('Жаир', 'Болсонару'), 'datv'), (('Жаир', 'Болсонару'), 'accs'), (('Жаир', 'Болсонару'), 'gent'),
}
UNDECLINED_HEADS = ('президент', 'премьер-министр', 'министр')


def _one_fact_failure(extractor, case: str, text: str, mention: str, fact: Official, *, known_gap: bool) -> str:
    """'' when ``text`` gives exactly ``fact`` over ``mention`` (or, for a
    known gap, when it still does not); else the line that says what it gave."""
    got = [(text[found.span.start:found.span.stop], values(found)) for found in extractor(text)]
    expected = [(mention, fact)]
    if known_gap:
        return f'  {case}: {text!r} passes now; remove it from the known gaps' if got == expected else ''
    if got != expected:
        return f'  {case}: {text!r} gave {[(found, found_fact.person.name) for found, found_fact in got]}'
    return ''


def _check_name_in_every_case(extractor, head: str, name: tuple[str, str], forms: tuple[str, ...],
                              gaps: set[tuple[tuple[str, str], str]]) -> None:
    """The head, then the name in each of its six ``forms``, gives exactly
    one fact with the name in the nominative (or, for a known gap, still not)."""
    singular, _, _ = head_forms(head)
    failures = []
    for index, case in enumerate(CASES):
        text, start = _with_preposition(case, f'{singular[index]} {forms[index]}')
        failure = _one_fact_failure(extractor, case, text, text[start:], Official(None, head, Person(None, name[0], None, name[1])),
                                    known_gap=(name, case) in gaps)
        if failure:
            failures.append(failure)
    if failures:
        pytest.fail('\n'.join(failures), pytrace=False)


@pytest.mark.parametrize('head', UNDECLINED_HEADS)
@pytest.mark.parametrize('name', list(UNDECLINED_SURNAMES), ids=' '.join)
def test_undeclined_surname_in_every_case(head, name, extractor):
    _check_name_in_every_case(extractor, head, name, UNDECLINED_SURNAMES[name], UNDECLINED_GAPS)


# Names whose words the dictionary reads as someone else's: a man's given
# name that is a woman's there ("Кира" of Кира, not of Кир), a woman's that
# is a man's ("Кае" of Кай, not of Кая); a double first name whose both parts
# decline; a given name the dictionary does not know before a Russian
# surname ("Сердару Бердымухамедову" is a dative, as "Ивану Петрову").
# The surname, and the post's case, tell which.
OTHER_READING_NAMES = {
    ('Кир', 'Стармер'): ('Кир Стармер', 'Кира Стармера', 'Киру Стармеру', 'Кира Стармера', 'Киром Стармером',
                         'Кире Стармере'),
    ('Кая', 'Каллас'): ('Кая Каллас', 'Каи Каллас', 'Кае Каллас', 'Каю Каллас', 'Каей Каллас', 'Кае Каллас'),
    ('Касым-Жомарт', 'Токаев'): ('Касым-Жомарт Токаев', 'Касыма-Жомарта Токаева', 'Касыму-Жомарту Токаеву',
                                 'Касыма-Жомарта Токаева', 'Касымом-Жомартом Токаевым', 'Касыме-Жомарте Токаеве'),
    ('Сердар', 'Бердымухамедов'): ('Сердар Бердымухамедов', 'Сердара Бердымухамедова', 'Сердару Бердымухамедову',
                                   'Сердара Бердымухамедова', 'Сердаром Бердымухамедовым', 'Сердаре Бердымухамедове'),
    ('Эд', 'Гонзалес'): ('Эд Гонзалес', 'Эда Гонзалеса', 'Эду Гонзалесу', 'Эда Гонзалеса', 'Эдом Гонзалесом',
                         'Эде Гонзалесе'),
}
# "о президенте Кире Стармере" is also about a woman Кира Стармера, "Эде
# Гонзалесе" about a woman Эда: where the dictionary's reading stands in the
# post's case and no surname the dictionary knows rules it out, it stands
OTHER_READING_GAPS = {(('Кир', 'Стармер'), 'loct'), (('Эд', 'Гонзалес'), 'loct')}


@pytest.mark.parametrize('head', UNDECLINED_HEADS)
@pytest.mark.parametrize('name', list(OTHER_READING_NAMES), ids=' '.join)
def test_name_read_otherwise_in_every_case(head, name, extractor):
    _check_name_in_every_case(extractor, head, name, OTHER_READING_NAMES[name], OTHER_READING_GAPS)


# A name in every case, then a participle that agrees with it or a relative
# clause, and the post in the instrumental: the name keeps its own case.
BECAME = {
    'masc': ('ставший', 'ставшего', 'ставшему', 'ставшего', 'ставшим', 'ставшем'),
    'femn': ('ставшая', 'ставшей', 'ставшей', 'ставшую', 'ставшей', 'ставшей'),
}
WHO_WAS = {'masc': 'который был', 'femn': 'которая была'}
CLAUSE_NAMES = {MAN: 'masc', WOMAN: 'femn', FOREIGN: 'masc', WOMAN_2: 'femn'}
# "Марку Дюбуа, который был министром": every word of the name reads as a
# nominative too ("Марку" of an indeclinable name), so the verb's subject is taken for it
CLAUSE_GAPS = {(FOREIGN, 'datv', WHO_WAS['masc'])}


@pytest.mark.parametrize('name', list(CLAUSE_NAMES), ids=' '.join)
def test_name_in_every_case_before_a_clause(name, extractor):
    gender = CLAUSE_NAMES[name]
    failures = []
    for index, case in enumerate(CASES):
        for clause in (BECAME[gender][index], WHO_WAS[gender]):
            mention = f'{NAMES[name][index]}, {clause} министром'
            text, _ = _with_preposition(case, mention + ', уехал')
            failure = _one_fact_failure(extractor, case, text, mention, Official(None, 'министр', Person(None, name[0], None, name[1])),
                                        known_gap=(name, case, clause) in CLAUSE_GAPS)
            if failure:
                failures.append(failure)
    if failures:
        pytest.fail('\n'.join(failures), pytrace=False)


def test_ranked_heads_are_tested_with_their_rank():
    """Every head the grammar takes only with a rank has one here, and no other."""
    from factlex.grammars.official.post import RANKED_HEADS

    assert set(RANKED) == set(RANKED_HEADS)
    for head, phrase in RANKED.items():
        rank = phrase.split()[0]
        assert rank.startswith(RANKED_HEADS[head]), phrase
