"""factlex.morph's cached word-level answers agree with pymorphy2's own."""

import pytest

from factlex.morph import inflect, is_known, morph_analyzer


@pytest.mark.parametrize('word', ['министра', 'Силуанова', 'Шойгу', 'кузявый', 'Цзиньпин'])
def test_is_known_is_pymorphy2s_answer(word):
    for form in morph_analyzer()(word):
        assert is_known(form) == form.raw.is_known
        assert is_known(form) == form.raw.is_known  # the second time from the cache


@pytest.mark.parametrize('word, grams, expected', [
    ('министра', {'nomn'}, 'министр'),
    ('губернатором', {'nomn'}, 'губернатор'),
    ('Москвы', {'nomn'}, 'москва'),
    ('президента', {'plur', 'datv'}, 'президентам'),
])
def test_inflect_is_pymorphy2s_inflection(word, grams, expected):
    form = next(form for form in morph_analyzer()(word) if form.raw.inflect(grams) is not None)
    assert inflect(form, grams) == form.raw.inflect(grams).word == expected
    assert inflect(form, set(grams)) == expected  # any iterable of grammemes, cached


def test_inflect_gives_none_where_pymorphy2_has_no_form():
    form = morph_analyzer()('министр')[0]
    assert form.raw.inflect({'VERB'}) is None
    assert inflect(form, {'VERB'}) is None


def test_words_in_mixed_alphabets_are_read_in_one():
    from factlex.alphabets import in_one_alphabet

    # a Latin look-alike in a Russian word, a Cyrillic one in a Latin word
    assert in_one_alphabet('Фран\u0063иско и Y\u043euTube') == 'Франсиско и YouTube'
    # letters with no look-alike stay; digits and whole words of one alphabet are untouched
    assert in_one_alphabet('Frukt\u044b, 5млн, USD, рублей') == 'Frukt\u044b, 5млн, USD, рублей'
    text = 'Пр\u0065зидент клуба Игорь Лебедев'
    assert len(in_one_alphabet(text)) == len(text)


def test_mixed_pair_classes_are_what_ignorecase_reads():
    """The letter classes of the mixed-word test are written out (a
    case-insensitive class makes `re` try every character); they hold
    exactly what "[a-z]" and "[а-яё]" match ignoring case, over all of Unicode,
    and a pair is found in either order."""
    import re

    from factlex import alphabets

    for written, pattern in ((alphabets._LATIN, '[a-z]'), (alphabets._CYRILLIC, '[а-яё]')):
        exact, caseless = re.compile(f'[{written}]'), re.compile(pattern, re.IGNORECASE)
        assert [c for c in range(0x110000) if exact.match(chr(c))] == [c for c in range(0x110000) if caseless.match(chr(c))]
    assert [alphabets._MIXED_PAIR.search(word).start() for word in ('аc', 'cа', 'ſЖ', 'ᲀK')] == [1, 0, 0, 1]


@pytest.mark.parametrize('word', ['стали', 'мэра', 'Петров', 'Кличко', 'iPhone', 'сорока'])
def test_readings_are_yargys(word):
    """The cached analyzer gives the readings yargy's own gives, in order;
    readings of one tag share one Grams."""
    from yargy.morph import MorphAnalyzer

    analyzer = morph_analyzer()
    cached = analyzer._parse_uncached(word)
    assert cached == MorphAnalyzer.__call__(analyzer, word)
    parses = analyzer.raw.parse(word)
    assert [form.raw.parse() for form in cached] == parses
    by_tag = {}
    for form in cached + analyzer._parse_uncached(word):
        assert by_tag.setdefault(form.raw.parse().tag, form.grams) is form.grams


@pytest.mark.parametrize('word', ['стали', 'мэра', 'Петров', 'Кличко', 'сорока', 'Женералитата'])
def test_a_reading_answers_as_pymorphy2s_parse(word):
    """A reading keeps no pymorphy2 Parse, but answers what the grammars ask
    of one as the Parse does: score, whether the dictionary has the word, and
    its inflections; and it survives pickling (workers receive tokens)."""
    import pickle

    from factlex.morph import frequency, inflect, is_known

    analyzer = morph_analyzer()
    for form, parse in zip(analyzer._parse_uncached(word), analyzer.raw.parse(word), strict=True):
        assert frequency(form) == parse.score
        assert is_known(form) == parse.is_known
        for grams in ({'nomn', 'sing'}, {'gent', 'plur'}, {'ablt'}):
            inflected = parse.inflect(grams)
            assert inflect(form, grams) == (inflected.word if inflected is not None else None)
        assert pickle.loads(pickle.dumps(form.raw)) == form.raw


def test_the_grams_of_tags_are_bounded(monkeypatch):
    from factlex import morph

    analyzer = morph.morph_analyzer()
    monkeypatch.setattr(morph, 'GRAMS_CACHE_SIZE', 3)
    monkeypatch.setattr(analyzer, '_grams', {})
    for word in ['стали', 'мэра', 'Петров', 'красивая', 'бежать', 'он', 'в']:
        analyzer._parse_uncached(word)
        assert len(analyzer._grams) <= 3
