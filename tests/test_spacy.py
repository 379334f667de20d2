"""The "factlex" spaCy pipeline component (factlex/spacy_component.py) on ``spacy.blank('ru')``.

Skipped when spaCy is not installed (``pip install -e '.[spacy]'``). No
spaCy model is used or downloaded: a blank Russian pipeline has only spaCy's
tokenizer, and factlex tokenizes and analyses the text itself.
"""

import importlib.metadata
import pickle
import subprocess
import sys
import textwrap

import pytest

from factlex import Official, extract

spacy = pytest.importorskip('spacy', reason="spaCy is not installed: pip install -e '.[spacy]'")

from confection import ConfigValidationError  # noqa: E402  (a dependency of spaCy)
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

from factlex.spacy_component import FACTS_KEY, FactlexComponent, make_factlex, register_extensions  # noqa: E402

TEXT = (
    'Банк выдал кредит на $1,7 млрд под 12,5% годовых. '
    'Встреча с вице-премьером Юрием Борисовым прошла в Москве.'
)

TEXTS = [
    TEXT,
    'Текст без фактов.',
    '',
    'Штраф составит от 300 тыс. до 1 млн рублей.',
    'Об этом заявили сенаторы Рэнд Пол и Марко Рубио.',
    'Рост:4,4%,а не 5%.',
    '«Роснефть» и CNPC подписали соглашение о поставках нефти.',
]

#: Mentions that spaCy's Russian tokenizer does not cut out as tokens of their
#: own: (text, the mention, the text of the widened span).
MISALIGNED = [
    ('Рост:4,4%,а не 5%.', '4,4%', 'Рост:4,4%,а'),
    ('Ставка 4,4%-ная.', '4,4%', '4,4%-ная'),
    ('Доля 51%-го пакета.', '51%', '51%-го'),
    ('Выросла на 4,4%/год.', '4,4%', '4,4%/год'),
    ('Сумма 1 000 000₽.', '1 000 000₽', '1 000 000₽.'),
    ('Цена 5$.', '5$', '5$.'),
]

#: Mentions glued to punctuation that spaCy does split off: the span is the mention.
ALIGNED = [
    ('Кредит ($1,7млрд) выдан.', '$1,7млрд'),
    ('Рост (4,4%).', '4,4%'),
    ('Снижение на 0,5 п.п. до 9,1%.', '0,5 п.п.'),
    ('Цена €120 млн. Далее.', '€120 млн.'),
]


@pytest.fixture(scope='module')
def nlp():
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex')
    return nlp


@pytest.fixture(scope='module')
def money_nlp():
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'types': ['money', 'percent']})
    return nlp


def _facts_of_spans(doc):
    return [span._.fact for span in doc.spans['factlex']]


def _summary(doc):
    return [(span.start_char, span.end_char, span.label_, span._.fact) for span in doc.spans['factlex']]


def test_spans_labels_and_facts(nlp):
    """Each fact is a span of doc.spans["factlex"] labelled with its class name, holding the fact."""
    doc = nlp(TEXT)
    facts = extract(TEXT)
    assert [type(fact).__name__ for fact in facts] == ['Money', 'Percent', 'Official']
    group = doc.spans['factlex']
    assert group.name == 'factlex'
    assert [span.label_ for span in group] == ['Money', 'Percent', 'Official']
    assert [span.text for span in group] == ['$1,7 млрд', '12,5%', 'вице-премьером Юрием Борисовым']
    assert _facts_of_spans(doc) == facts
    assert doc._.facts == facts


def test_no_facts(nlp):
    """A text without facts, and an empty one, get an empty group and no facts."""
    for text in ['Текст без фактов.', '']:
        doc = nlp(text)
        assert len(doc.spans['factlex']) == 0
        assert doc._.facts == []


def test_before_the_component_runs(nlp):
    """A Doc the component has not seen has no facts; other spans have no fact."""
    doc = nlp.make_doc(TEXT)
    assert doc._.facts == []
    assert doc[0:3]._.fact is None
    doc = nlp(TEXT)
    money = doc.spans['factlex'][0]
    assert doc[money.start:money.end]._.fact is None  # same tokens, but not the component's span
    assert Span(doc, money.start, money.end, label='Money', span_id='2')._.fact is None  # fact 2 is elsewhere


def test_two_facts_of_one_mention(nlp):
    """Two officials read from one mention are two spans of equal bounds, each with its own fact.

    spaCy keys span extensions by character offsets only, so a stored value
    would be shared; the span ids keep them apart.
    """
    text = 'Об этом заявили сенаторы Рэнд Пол и Марко Рубио.'
    doc = nlp(text)
    first, second = doc.spans['factlex']
    assert (first.start, first.end) == (second.start, second.end)
    assert first.text == 'сенаторы Рэнд Пол и Марко Рубио'
    assert isinstance(first._.fact, Official)
    assert {first._.fact.person.name, second._.fact.person.name} == {'Рэнд Пол', 'Марко Рубио'}
    assert _facts_of_spans(doc) == extract(text)


@pytest.mark.parametrize(('text', 'mention', 'widened'), MISALIGNED)
def test_misaligned_mention_widens_to_tokens(money_nlp, text, mention, widened):
    """A mention inside spaCy's tokens gets the tokens it touches; the fact keeps the exact offsets."""
    doc = money_nlp(text)
    (span,) = [span for span in doc.spans['factlex'] if mention in span.text]
    fact = span._.fact
    assert text[fact.span.start:fact.span.stop] == mention
    assert doc.char_span(fact.span.start, fact.span.stop) is None  # not on token boundaries
    assert span.text == widened
    assert span.start_char <= fact.span.start < fact.span.stop <= span.end_char


@pytest.mark.parametrize(('text', 'mention'), ALIGNED)
def test_mention_glued_to_punctuation(money_nlp, text, mention):
    """Brackets and dots that spaCy splits off leave the span equal to the mention."""
    doc = money_nlp(text)
    (span,) = [span for span in doc.spans['factlex'] if mention in span.text]
    assert span.text == mention
    assert (span.start_char, span.end_char) == (span._.fact.span.start, span._.fact.span.stop)


def test_widened_spans_may_overlap(money_nlp):
    """Two facts whose widened spans share a token are both kept (a SpanGroup allows overlaps)."""
    text = 'На 2,5%—3% выше.'
    doc = money_nlp(text)
    first, second = doc.spans['factlex']
    assert [first.text, second.text] == ['2,5%—3', '2,5%—3%']
    assert [text[fact.span.start:fact.span.stop] for fact in _facts_of_spans(doc)] == ['2,5%', '3%']


def test_types_config(money_nlp):
    """config={"types": [...]} limits the fact types; the default is all of them."""
    assert money_nlp.get_pipe('factlex').extractor.types == ('money', 'percent')
    doc = money_nlp(TEXT)
    assert [span.label_ for span in doc.spans['factlex']] == ['Money', 'Percent']
    assert money_nlp.config['components']['factlex'] == {
        'factory': 'factlex', 'types': ['money', 'percent'], 'grammars': [], 'errors': 'raise'}
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'types': ['Official']})
    doc = nlp(TEXT)
    assert [span.label_ for span in doc.spans['factlex']] == ['Official']


def test_default_types(nlp):
    """Without config every fact type is looked for, and the config says types = null."""
    assert nlp.get_pipe('factlex').extractor.types == ('money', 'percent', 'official', 'agreement')
    assert nlp.config['components']['factlex'] == {'factory': 'factlex', 'types': None, 'grammars': [], 'errors': 'raise'}


def test_unknown_type_fails_at_add_pipe():
    """An unknown type is a ValueError naming it and the valid types, raised by add_pipe."""
    nlp = spacy.blank('ru')
    with pytest.raises(ValueError, match=r"unknown fact type 'dollars'; valid types: money, percent"):
        nlp.add_pipe('factlex', config={'types': ['money', 'dollars']})
    assert nlp.pipe_names == []


@pytest.mark.parametrize('config', [{'types': 'money'}, {'types': [1]}, {'typo': ['money']}])
def test_malformed_config_fails_at_add_pipe(config):
    """A types that is not a list of strings, or an unknown option, fails spaCy's config validation."""
    with pytest.raises(ConfigValidationError):
        spacy.blank('ru').add_pipe('factlex', config=config)


def test_extensions_registered_once(nlp):
    """Building more components leaves the one registration in place."""
    getters = (Doc.get_extension('facts'), Span.get_extension('fact'))
    register_extensions()
    make_factlex(nlp, 'again', ['percent'], [])
    assert (Doc.get_extension('facts'), Span.get_extension('fact')) == getters


def test_foreign_extension_is_an_error(nlp):
    """A span extension "fact" registered by someone else is reported, not overwritten."""
    ours = Span.get_extension('fact')
    Span.set_extension('fact', default=None, force=True)
    try:
        with pytest.raises(ValueError, match=r"Span extension 'fact' is already registered .*remove_extension"):
            register_extensions()
        assert Span.get_extension('fact') == (None, None, None, None)
    finally:
        Span.set_extension('fact', getter=ours[2], force=True)
    doc = nlp(TEXT)
    assert doc.spans['factlex'][0]._.fact is not None


def test_pipe_in_batches(nlp):
    """nlp.pipe with small batches gives the facts of extract, text by text, in order."""
    docs = list(nlp.pipe(TEXTS, batch_size=2))
    assert [doc.text for doc in docs] == TEXTS
    assert {span.label_ for doc in docs for span in doc.spans['factlex']} == {'Money', 'Percent', 'Official', 'Agreement'}
    assert [_facts_of_spans(doc) for doc in docs] == [extract(text) for text in TEXTS]


def test_pipe_on_two_processes(nlp):
    """nlp.pipe(n_process=2): Docs come back through Doc.to_bytes with their spans and facts."""
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=2))
    assert [doc.text for doc in docs] == TEXTS
    assert [_facts_of_spans(doc) for doc in docs] == [extract(text) for text in TEXTS]
    assert [doc._.facts for doc in docs] == [extract(text) for text in TEXTS]


def test_component_pickles(money_nlp):
    """The component pickles (its Extractor by rebuilding) and the copy finds the same facts."""
    component = money_nlp.get_pipe('factlex')
    copy = pickle.loads(pickle.dumps(component))
    assert isinstance(copy, FactlexComponent)
    assert copy.extractor.types == ('money', 'percent')
    assert _summary(copy(money_nlp.make_doc(TEXT))) == _summary(money_nlp(TEXT))


def test_doc_bytes_and_docbin(nlp):
    """Spans and facts survive Doc.to_bytes and a DocBin that stores user data."""
    docs = [nlp(text) for text in TEXTS]
    again = [Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in docs]
    assert [_summary(doc) for doc in again] == [_summary(doc) for doc in docs]
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    loaded = list(DocBin().from_bytes(data).get_docs(spacy.blank('ru').vocab))
    assert [_summary(doc) for doc in loaded] == [_summary(doc) for doc in docs]
    assert loaded[0].user_data[FACTS_KEY][0]['amount'] == '1700000000'  # stored in JSON form


def test_to_disk_and_load(money_nlp, tmp_path):
    """A saved pipeline loads with the component and its config, and finds the same facts."""
    money_nlp.to_disk(tmp_path / 'pipeline')
    loaded = spacy.load(tmp_path / 'pipeline')
    assert loaded.pipe_names == ['factlex']
    assert loaded.config['components']['factlex'] == {'factory': 'factlex', 'types': ['money', 'percent'], 'grammars': [], 'errors': 'raise'}
    assert loaded.get_pipe('factlex').extractor.types == ('money', 'percent')
    assert _summary(loaded(TEXT)) == _summary(money_nlp(TEXT))


def test_entry_point():
    """The installed package names the factory in spaCy's spacy_factories entry points."""
    (point,) = [point for point in importlib.metadata.entry_points(group='spacy_factories') if point.name == 'factlex']
    assert point.load() is make_factlex


def test_load_in_a_fresh_process(money_nlp, tmp_path):
    """spacy.load finds the factory through the entry point, without importing factlex first."""
    money_nlp.to_disk(tmp_path / 'pipeline')
    script = textwrap.dedent('''
        import sys
        import spacy
        assert 'factlex' not in sys.modules
        nlp = spacy.load(sys.argv[1])
        doc = nlp('Кредит на $1,7 млрд.')
        print([(span.text, span.label_, str(span._.fact.amount)) for span in doc.spans['factlex']])
    ''')
    result = subprocess.run([sys.executable, '-c', script, str(tmp_path / 'pipeline')],
                            check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('$1,7 млрд.', 'Money', '1700000000')]"


def test_module_imports_without_spacy():
    """Without spaCy the module still imports (pytest --doctest-modules imports it) and the
    factory raises ImportError that says what to install."""
    script = textwrap.dedent('''
        import sys
        sys.modules['spacy'] = None  # import spacy now raises ImportError
        from factlex import spacy_component
        try:
            spacy_component.make_factlex(None, 'factlex', None, [])
        except ImportError as error:
            print(error)
    ''')
    result = subprocess.run([sys.executable, '-c', script], check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "the factlex spaCy component needs spaCy: pip install 'factlex[spacy]'"


def test_custom_grammars_config(tmp_path):
    """config={"grammars": ["module:NAME"]} adds a custom grammar; its facts read back, saved and loaded."""
    nlp = spacy.blank('ru')
    nlp.add_pipe('factlex', config={'types': ['percent'], 'grammars': ['test_custom_grammars:HASHTAGS']})
    doc = nlp('Рост на 4,4% #экономика')
    assert [(span.label_, span.text) for span in doc.spans['factlex']] == [('Percent', '4,4%'), ('Hashtag', '#экономика')]
    hashtag = doc.spans['factlex'][1]._.fact
    assert (type(hashtag).__name__, hashtag.tag) == ('Hashtag', 'экономика')
    assert [type(fact).__name__ for fact in Doc(nlp.vocab).from_bytes(doc.to_bytes())._.facts] == ['Percent', 'Hashtag']
    nlp.to_disk(tmp_path / 'pipeline')
    again = spacy.load(tmp_path / 'pipeline')
    saved = again('#тег')
    assert [span.label_ for span in saved.spans['factlex']] == ['Hashtag']


@pytest.mark.parametrize(('grammars', 'message'), [
    (['no_such_module_here:X'], "cannot import 'no_such_module_here'"),
    (['test_custom_grammars:NOTHING'], "has no 'NOTHING'"),
])
def test_bad_custom_grammar_fails_at_add_pipe(grammars, message):
    """A grammar that cannot be found is a ValueError from add_pipe."""
    with pytest.raises(ValueError, match=message):
        spacy.blank('ru').add_pipe('factlex', config={'grammars': grammars})


def test_agreement_when_and_value_survive_serialization(nlp):
    """An agreement's When and Money come back from Doc.to_bytes as they were extracted."""
    text = 'Стороны подписали 12 марта 2015 года контракт на 5 млн рублей.'
    doc = nlp(text)
    (agreement,) = [fact for fact in doc._.facts if type(fact).__name__ == 'Agreement']
    assert (agreement.when.year, agreement.when.month, agreement.when.day) == (2015, 3, 12)
    assert agreement.value.amount == 5000000
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.facts == doc._.facts == extract(text)
