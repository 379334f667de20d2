"""The public API contract of factlex: ``extract``, ``Extractor`` and the facts they return."""

import pickle
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import attrs
import pytest

from factlex import Extractor, Money, Percent, Span, extract

##########
#   SAMPLES
##########

CREDIT = 'Россия выделила Беларуси кредит на $1,7\u00a0млрд на программу импортозамещения.'

# Two sentences on the first line, two facts on the second.
REPORT = (
    'Инфляция составила 4,4%. Ставку повысили на 0,25 п.п.\n'
    'Банк получил 350 тыс. руб. прибыли, а расходы выросли на 12 процентов.'
)

MIXED = 'Компания получила 5 млн рублей, рентабельность выросла на 3,5%.'

SENTENCES = [
    CREDIT,
    REPORT,
    MIXED,
    'Доля экспорта выросла (12,6%) за год.',
    'Цены выросли с 16% до 18%, а зарплаты — с 40 до 45 тыс. рублей.',
    'от 6 до 9 млн евро, 10–15%, не более 3 млн долларов, 299 рублей 90 копеек.',
    '«Газпром» заплатил €1,5 млрд (около 12,6% выручки).',
    'ВВП вырос на 0,25 п.п., а ставка снизилась на 50 б.п.',
    'Двадцатипроцентная пошлина и пятипроцентный рост; USD 100 и 100 USD.',
    'Текст без фактов: просто слова, числа 2020 и 15, даты 12.05.2020.',
]

# Varied hand-written texts for the offset invariants.
VARIED = [
    '🚀🚀 Кредит на $2 млрд выдан банку.',
    '👨\u200d👩\u200d👧 Семья потратила 15 тыс. рублей, это 30% бюджета.',
    'Кре\u0301дит на 300 рублей, ста\u0301вка 7,5%.',
    'Цена 5\u0301 рублей и рост 3\u0301%.',
    'Цена\u00a0—\u00a023\u00a0500\u00a0рублей, скидка\u00a010\u00a0%.',
    'Цена\t100\tрублей\tи скидка\t10%.',
    'Первая строка.\r\nВыручка составила 100 млн рублей.\r\nРост 5%.\r\n',
    'Revenue was $5 million and 10% growth in EUR 20 terms.',
    'Ссылка https://x.org/%D0%BE%D1%82 ничего не значит.',
    'См. https://ru.wikipedia.org/wiki/%D0%A0%D1%83%D0%B1%D0%BB%D1%8C и http://x.ru/?q=50%25&r=1',
    '   Ставка 16%   \n\n   около 20 млн евро   ',
    'Цены выросли с 16% до 18%, а зарплаты — с 40 до 45 тыс. рублей.',
    'от 6 до 9 млн евро, 10–15%, не более 3 млн долларов, 299 рублей 90 копеек.',
    '«Газпром» заплатил €1,5 млрд (около 12,6% выручки).',
    'ВВП вырос на 0,25 п.п., а ставка снизилась на 50 б.п.\rКонец.',
    '5%',
    '$1',
    '5млн рублей;7%;$3',
    'Выручка составила 1,3 млрд рублей в 2018 году и 1,5 млрд в 2019 году.',
]

URLS = [
    'Ссылка https://x.org/%D0%BE%D1%82 ничего не значит.',
    'См. https://ru.wikipedia.org/wiki/%D0%A0%D1%83%D0%B1%D0%BB%D1%8C',
    'Запрос http://x.ru/?q=50%25&r=1 вернул ошибку.',
    'Файл https://example.com/a%20b%2Fc%3D100 удалён.',
    'https://x.org/%D0%BF%D1%80%D0%BE%D1%86%D0%B5%D0%BD%D1%82',
]


def _mentions(text, facts):
    return [text[fact.span.start:fact.span.stop] for fact in facts]


@pytest.fixture(scope='module')
def extractor():
    return Extractor()


##########
#   extract()
##########


def test_extract_returns_list():
    """``extract`` returns a plain list of facts."""
    facts = extract(MIXED)
    assert isinstance(facts, list)
    assert [type(fact) for fact in facts] == [Money, Percent]


@pytest.mark.parametrize('text', SENTENCES)
def test_sorted_by_start_then_longest(text):
    """Facts come sorted by ``(span.start, -span.stop)``."""
    facts = extract(text)
    keys = [(fact.span.start, -fact.span.stop) for fact in facts]
    assert keys == sorted(keys)


def test_types_default_is_all():
    """``types=None`` extracts every built-in fact type."""
    assert extract(MIXED, types=None) == extract(MIXED) == extract(MIXED, types=['money', 'percent'])


@pytest.mark.parametrize(
    ('types', 'expected'),
    [
        ([Money], [Money]),
        (['money'], [Money]),
        ('money', [Money]),
        (Money, [Money]),
        (['percent'], [Percent]),
        ('percent', [Percent]),
        (Percent, [Percent]),
        ([Money, 'percent'], [Money, Percent]),
        (['money', Percent], [Money, Percent]),
        (('percent', 'money'), [Money, Percent]),
        (['money', Money], [Money]),
    ],
    ids=repr,
)
def test_types_accepts_classes_and_names(types, expected):
    """``types`` takes classes, lowercase names, a mix of both, or a single one."""
    facts = extract(MIXED, types=types)
    assert [type(fact) for fact in facts] == expected
    assert facts == [fact for fact in extract(MIXED) if type(fact) in expected]


@pytest.mark.parametrize('types', [['dollars'], 'amount', ['money', 'date'], [str], [Span], [42]], ids=repr)
def test_unknown_type_raises_value_error(types):
    """An unknown type raises ValueError whose message lists the valid names."""
    with pytest.raises(ValueError) as info:
        extract(MIXED, types=types)
    assert 'money' in str(info.value)
    assert 'percent' in str(info.value)


@pytest.mark.parametrize(
    ('value', 'type_name'),
    [(None, 'NoneType'), (b'bytes', 'bytes'), (42, 'int'), (['list'], 'list')],
    ids=repr,
)
def test_non_str_raises_type_error(value, type_name, extractor):
    """Non-str input raises TypeError naming the received type, from both entry points."""
    with pytest.raises(TypeError, match=type_name):
        extract(value)
    with pytest.raises(TypeError, match=type_name):
        extractor.extract(value)
    with pytest.raises(TypeError, match=type_name):
        extractor(value)


@pytest.mark.parametrize('text', ['', ' ', '\n', '\t \r\n', '\u00a0\u2009\u202f', '   \n\n   '], ids=repr)
def test_empty_and_whitespace_give_nothing(text):
    """The empty string and whitespace-only strings give ``[]``."""
    assert extract(text) == []
    assert extract(text, types='money') == []


##########
#   Extractor
##########


def test_extractor_is_reusable_and_matches_extract(extractor):
    """One Extractor serves many texts and returns what ``extract`` returns."""
    first = [extractor.extract(text) for text in SENTENCES]
    assert first == [extract(text) for text in SENTENCES]
    # Calling it again, and calling the object itself, changes nothing.
    assert [extractor(text) for text in SENTENCES[:3]] == first[:3]


@pytest.mark.parametrize('types', [['money'], [Percent], 'percent', [Money, 'percent']], ids=repr)
def test_extractor_types_match_extract(types):
    """``Extractor(types)`` returns what ``extract(text, types)`` returns."""
    chosen = Extractor(types)
    for text in (MIXED, REPORT, CREDIT):
        assert chosen.extract(text) == extract(text, types=types)


def test_extractor_pickles(extractor):
    """An unpickled Extractor keeps its types and finds the same facts."""
    copy = pickle.loads(pickle.dumps(extractor))
    assert isinstance(copy, Extractor)
    assert copy.types == extractor.types
    for text in (MIXED, REPORT, CREDIT):
        assert copy.extract(text) == extractor.extract(text)

    money_only = pickle.loads(pickle.dumps(Extractor(['money'])))
    assert money_only.types == ('money',)
    assert money_only.extract(MIXED) == extract(MIXED, types='money')

    unfiltered = pickle.loads(pickle.dumps(Extractor('percent', prefilter=False)))
    assert (unfiltered.types, unfiltered.prefilter) == (('percent',), False)
    assert unfiltered.extract(MIXED) == extract(MIXED, types='percent')


def test_facts_pickle_hash_and_are_frozen():
    """Facts survive pickling, are hashable, frozen and slotted."""
    facts = [fact for text in SENTENCES for fact in extract(text)]
    assert {Money, Percent} <= {type(fact) for fact in facts}
    for fact in facts:
        assert pickle.loads(pickle.dumps(fact)) == fact
        assert hash(pickle.loads(pickle.dumps(fact))) == hash(fact)
        assert not hasattr(fact, '__dict__')
        assert not hasattr(fact.span, '__dict__')
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fact.span = None
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            fact.span.start = 0
    assert len({*facts, *map(pickle.loads, map(pickle.dumps, facts))}) == len(set(facts))


def test_threads_give_single_thread_results(extractor):
    """Eight threads sharing one Extractor get exactly the single-threaded results."""
    sentences = SENTENCES[:6]
    expected = [extractor.extract(text) for text in sentences]
    barrier = threading.Barrier(8, timeout=30)

    def work(slot):
        barrier.wait()
        # Each thread walks the list from a different place, so threads
        # parse different texts at the same moment.
        order = sentences[slot % 6:] + sentences[:slot % 6]
        found = {text: extractor.extract(text) for text in order}
        return [found[text] for text in sentences]

    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(work, slot) for slot in range(8)]
        results = [future.result(timeout=60) for future in futures]
    assert results == [expected] * 8


def test_import_is_cheap():
    """``import factlex`` neither imports yargy nor loads pymorphy2."""
    code = (
        'import sys, factlex\n'
        "print(sorted(name for name in ('yargy', 'pymorphy2', 'factlex.grammars', 'factlex.morph')"
        ' if name in sys.modules))\n'
    )
    result = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == '[]', result.stdout + result.stderr


##########
#   FACTS IN SENTENCES
##########


def test_credit_sentence():
    """A money mention inside a sentence is found exactly once with its exact values."""
    facts = extract(CREDIT)
    assert len(facts) == 1
    (fact,) = facts
    assert type(fact) is Money
    assert fact.amount == Decimal(1700000000)
    assert fact.currency == 'USD'
    assert fact.max_amount is None and fact.qualifier is None
    assert CREDIT[fact.span.start:fact.span.stop] == '$1,7\u00a0млрд'


def test_several_facts_in_several_sentences_and_lines():
    """Money and percent facts over several sentences and lines each come with their own mention."""
    facts = extract(REPORT)
    assert [(type(fact).__name__, mention) for fact, mention in zip(facts, _mentions(REPORT, facts), strict=True)] == [
        ('Percent', '4,4%'),
        ('Percent', '0,25 п.п.'),
        ('Money', '350 тыс. руб.'),
        ('Percent', '12 процентов'),
    ]
    assert facts[0] == Percent(Span(19, 23), '4.4')
    assert facts[1] == Percent(Span(44, 53), '0.25', unit='point')
    assert facts[2] == Money(Span(67, 80), '350000', 'RUB')
    assert facts[3] == Percent(Span(111, 123), '12')


def test_a_stop_written_on_to_a_word_ends_no_sentence():
    """"ВЭБ.РФ" is one name; ". РФ" after a space would start a sentence."""
    from factlex.extractor import _sentence_ends

    values, types = ['ВЭБ', '.', 'РФ', 'подписал'], ['RU', 'PUNCT', 'RU', 'RU']
    assert _sentence_ends(values, types, [0, 3, 4, 7]) == [4]
    assert _sentence_ends(values, types, [0, 3, 5, 8]) == [2, 4]


def test_percent_in_parentheses():
    """A percent in parentheses excludes the brackets from its mention."""
    text = 'Доля экспорта выросла (12,6%) за год.'
    assert extract(text) == [Percent(Span(23, 28), '12.6')]
    assert text[23:28] == '12,6%'


def test_money_on_both_sides_of_a_line_break():
    """Two sentences split by a line break each give their own money fact, none crossing the break."""
    text = 'Банк выдал кредит на 5 млн рублей.\nЗаёмщик вернул 20 млн евро.'
    facts = extract(text)
    assert _mentions(text, facts) == ['5 млн рублей', '20 млн евро']
    assert [(fact.amount, fact.currency) for fact in facts] == [
        (Decimal(5000000), 'RUB'),
        (Decimal(20000000), 'EUR'),
    ]
    newline = text.index('\n')
    assert facts[0].span.stop <= newline < facts[1].span.start


def test_crlf_offsets():
    """With CRLF line breaks offsets point into the original text, shifted by each preceding CR."""
    lf = 'Первая строка.\nВыручка составила 100 млн рублей.\nРост 5%.\n'
    crlf = lf.replace('\n', '\r\n')
    lf_facts, crlf_facts = extract(lf), extract(crlf)
    assert _mentions(crlf, crlf_facts) == ['100 млн рублей', '5%']
    assert _mentions(lf, lf_facts) == _mentions(crlf, crlf_facts)
    for lf_fact, crlf_fact in zip(lf_facts, crlf_facts, strict=True):
        shift = lf[:lf_fact.span.start].count('\n')
        assert crlf_fact.span == Span(lf_fact.span.start + shift, lf_fact.span.stop + shift)
        assert attrs.evolve(crlf_fact, span=None) == attrs.evolve(lf_fact, span=None)


##########
#   INVARIANTS
##########


@pytest.mark.parametrize('text', VARIED)
def test_offset_invariants(text):
    """Every span lies inside the text, is trimmed of whitespace, sorted, and stable across calls."""
    facts = extract(text)
    for fact in facts:
        start, stop = fact.span.start, fact.span.stop
        assert 0 <= start < stop <= len(text)
        mention = text[start:stop]
        assert mention == mention.strip(), repr(mention)
    keys = [(fact.span.start, -fact.span.stop) for fact in facts]
    assert keys == sorted(keys)
    assert extract(text) == facts


def test_varied_texts_are_not_all_empty():
    """The invariant texts do exercise facts of both types (so the invariants are not vacuous)."""
    kinds = {type(fact) for text in VARIED for fact in extract(text)}
    assert kinds == {Money, Percent}


def test_emoji_before_fact_offsets():
    """Offsets count code points, so astral emoji before a fact do not shift its mention."""
    text = '🚀🚀 Кредит на $2 млрд выдан банку.'
    assert extract(text) == [Money(Span(13, 20), '2000000000', 'USD')]
    assert text[13:20] == '$2 млрд'


@pytest.mark.parametrize('text', URLS)
def test_percent_encoded_urls_give_no_percent(text):
    """%-escapes inside URLs are never read as percentages."""
    assert extract(text, types='percent') == []


def test_long_text_scales():
    """A ~100k-character text finishes and yields facts in proportion to its repetitions."""
    filler = 'Совет директоров обсудил планы развития на следующий год и утвердил новую стратегию. ' * 44
    block = MIXED + ' ' + filler
    per_block = extract(block)
    assert len(per_block) == 2

    repeats = 100_000 // len(block) + 1
    text = block * repeats
    assert len(text) >= 100_000
    facts = extract(text)
    assert len(facts) == 2 * repeats
    # Every repetition holds the same facts, shifted by the block's length.
    for index, fact in enumerate(facts):
        original = per_block[index % 2]
        offset = (index // 2) * len(block)
        assert fact.span == Span(original.span.start + offset, original.span.stop + offset)
        assert attrs.evolve(fact, span=None) == attrs.evolve(original, span=None)

    assert len(extract(block * 10)) == 20


def test_hard_wrapped_amount_is_one_fact():
    """A single line break inside an amount (hard-wrapped text) does not split it."""
    text = 'Сумма сделки составила 5 млн\nрублей, сообщила компания.'
    (fact,) = extract(text)
    assert text[fact.span.start:fact.span.stop] == '5 млн\nрублей'
    assert fact.amount == Decimal(5000000) and fact.currency == 'RUB'


def test_blank_line_separates_sentences():
    """A blank line ends a sentence: a number before it does not join a currency after it."""
    assert extract('Итог: 5 млн\n\nрублей у нас нет.', types=['money']) == []


def test_full_scale_word_leaves_the_full_stop():
    """"5 млн." keeps its abbreviation dot; "5 миллионов." leaves the full stop out."""
    text = 'Выручка составила 5 миллионов долларов. Расходы: $3 млн.'
    mentions = [text[fact.span.start:fact.span.stop] for fact in extract(text)]
    assert mentions == ['5 миллионов долларов', '$3 млн.']


def test_parsing_leaves_no_cyclic_garbage():
    """Collection is paused while parsing, so a reference cycle made there
    would stay in memory until it resumes; charts and trees form none."""
    import gc

    text = ' '.join(SENTENCES) + ' Вице-премьер России Юрий Борисов и министр Беларуси подписали соглашение о кредите.'
    extract(text)
    gc.collect()
    gc.disable()
    try:
        assert extract(text)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_garbage_collection_is_restored():
    """Extraction pauses the cyclic collector and leaves it as the caller had it."""
    import gc

    assert gc.isenabled()
    extract('Кредит на $1,7 млрд.')
    assert gc.isenabled()
    gc.disable()
    try:
        extract('Кредит на $1,7 млрд.')
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_building_leaves_nothing_frozen_and_keeps_what_the_caller_froze():
    """The build ages every tracked object at once (gc.freeze, then
    gc.unfreeze); nothing stays frozen, and objects the caller froze stay so."""
    import gc

    from factlex import Extractor

    assert gc.get_freeze_count() == 0
    Extractor(['money'])
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    kept = [[index] for index in range(10)]  # lists: tracked by the collector
    gc.freeze()
    try:
        Extractor(['money'])
        assert gc.get_freeze_count() > 0 and gc.isenabled()
        # the frozen generation is in none of the three that get_objects lists
        listed = {id(item) for item in gc.get_objects()}
        assert not any(id(item) in listed for item in kept)
    finally:
        gc.unfreeze()
    listed = {id(item) for item in gc.get_objects()}
    assert all(id(item) in listed for item in kept)


def test_extraction_ages_what_it_left_alive_and_keeps_what_the_caller_froze():
    """After a parse that leaves more survivors than a young collection
    allows, they are aged at once: the young generation is empty, nothing
    stays frozen, and objects the caller froze stay frozen."""
    import gc

    from factlex import Extractor

    extractor = Extractor(['official'])
    # new words, so that the caches grow: more survivors than the threshold
    text = ' '.join(f'Директор завода «Завод{index}» Иван Петров{index}ский выступил.' for index in range(200))
    started = []

    def count(phase, info):
        if phase == 'start':
            started.append(info['generation'])

    extractor(text.replace('Завод', 'Фабрика'))  # what is made when first needed (sub-parsers, patterns) made
    gc.collect()
    gc.callbacks.append(count)
    try:
        extractor(text)
        made = [[index] for index in range(100)]  # allocations that would start a young collection
    finally:
        gc.callbacks.remove(count)
    assert started == [] and len(made) == 100
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    kept = [[index] for index in range(10)]
    gc.freeze()
    try:
        extractor(text.replace('Завод', 'Комбинат'))
        assert gc.get_freeze_count() > 0 and gc.isenabled()
        listed = {id(item) for item in gc.get_objects()}
        assert not any(id(item) in listed for item in kept)
    finally:
        gc.unfreeze()


##########
#   LONG SENTENCES
##########

# One sentence of 11 clauses, 300 tokens: past MAX_WINDOW, so parsed in
# windows that overlap; each clause holds one fact of every built-in type.
CLAUSE = 'Банк выдал кредит на $1,7 млрд под 12,5% годовых, министр финансов Антон Силуанов подписал соглашение, '


@pytest.mark.parametrize('kind', ['money', 'percent', 'official', 'agreement'])
def test_overlapping_windows_give_each_mention_once(kind):
    """A mention where two windows of a long sentence overlap is one fact,
    the whole one, not a second one cut short (issue 17)."""
    text = CLAUSE * 11
    facts = extract(text, types=[kind])
    assert [fact.span.start % len(CLAUSE) for fact in facts] == [facts[0].span.start] * 11
    assert len({fact.span.stop - fact.span.start for fact in facts}) == 1
