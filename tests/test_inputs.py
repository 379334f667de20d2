"""Newsroom inputs (factlex/inputs.py): HTML pages, other encodings, folders of files."""

import html
import re
from pathlib import Path

import pytest

from cli_helpers import records, run_main
from factlex import Extractor, Money, Official, Percent, Span, extract
from factlex.inputs import decode_file, expand_paths, extract_html, html_text
from factlex.streaming import EmptyInput, InputError

##########
#   HTML
##########

# A news page as sites write them: a doctype, a head with a title, meta tags,
# a style and a script (which hold amounts no reader sees), comments,
# attributes with amounts in them, upper-case tags, CRLF line ends, nested
# inline tags, named, decimal and hexadecimal character references, <br>.
PAGE = (
    '<!DOCTYPE html>\r\n'
    '<html lang="ru">\r\n<head>\r\n'
    '  <meta charset="utf-8"><meta name="description" content="кредит на 900 млн рублей">\r\n'
    '  <title>Новости &mdash; экономика</title>\r\n'
    '  <style>.price:after { content: "7 млн рублей"; }</style>\r\n'
    '  <script type="text/javascript">\r\n'
    '    window.dataLayer = [{"amount": "800 тыс. рублей", "html": "<p>10%</p>"}];\r\n'
    '  </script>\r\n'
    '</head>\r\n'
    '<BODY class="article">\r\n'
    '<!-- реклама: скидка 50% -->\r\n'
    '<div class="lead"><P>Правительство выделит на&nbsp;5&nbsp;млн рублей больше, сообщил\r\n'
    'министр финансов <a href="/persons/siluanov"><b>Антон Силуанов</b></a>.</P>\r\n'
    '<p>Штраф составит 300 <span class="unit">тыс.</span> рублей,<br>\r\n'
    'а инфляция&#160;&#x2014; 4,4&#37;.</p>\r\n'
    '<img src="chart.png" alt="кредит на 600 млн рублей" title="8%">\r\n'
    '<noscript>Включите JavaScript: 2 млн рублей</noscript>\r\n'
    '</div>\r\n</BODY>\r\n</html>\r\n'
)


def visible(fragment: str) -> str:
    """A piece of HTML as a reader sees it: tags dropped, references decoded, layout white space one space."""
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]*>', '', fragment)))


@pytest.fixture(scope='module')
def page_facts():
    return extract_html(PAGE)


def test_html_constructions_are_found(page_facts):
    """References between words, a name in <b>, a scale in <span>: each gives its fact (issue 17)."""
    assert [(type(fact).__name__, visible(PAGE[fact.span.start:fact.span.stop])) for fact in page_facts] == [
        ('Money', '5 млн рублей'),
        ('Official', 'министр финансов Антон Силуанов'),
        ('Money', '300 тыс. рублей'),
        ('Percent', '4,4%'),
    ]
    money, official, fine, percent = page_facts
    assert (money.amount, money.currency) == (5000000, 'RUB')
    assert official.person.name == 'Антон Силуанов'
    assert fine.amount == 300000
    assert percent.value == Percent(None, '4.4').value


def test_html_spans_are_offsets_into_the_page(page_facts):
    """Each span, and a person's span inside an official, is where the mention's HTML stands."""
    read = html_text(PAGE)
    facts_of_text = extract(read.text)
    assert len(facts_of_text) == len(page_facts)
    for in_text, in_page in zip(facts_of_text, page_facts):
        mention = read.text[in_text.span.start:in_text.span.stop]
        assert visible(PAGE[in_page.span.start:in_page.span.stop]).replace('\xa0', ' ') == mention.replace('\xa0', ' ')
    person = page_facts[1].person
    assert PAGE[person.span.start:person.span.stop] == 'Антон Силуанов'
    assert PAGE[page_facts[0].span.start:page_facts[0].span.stop] == '5&nbsp;млн рублей'
    assert PAGE[page_facts[3].span.start:page_facts[3].span.stop] == '4,4&#37;'


def test_html_hides_what_no_reader_sees():
    """Scripts, styles, comments, noscript, attributes and tags are not text; the title is."""
    text = html_text(PAGE).text
    for hidden in ('900 млн', '7 млн', '800 тыс', '50%', '600 млн', '8%', '2 млн', 'dataLayer', 'href'):
        assert hidden not in text
    assert 'Новости — экономика' in text


def test_html_blocks_and_breaks_end_sentences():
    """A mention does not run across paragraphs; <br> is a line break."""
    read = html_text('<p>министр финансов</p><p>Антон Силуанов</p>a<br>b<BR/>c')
    assert read.text == '\n\nминистр финансов\n\n\n\nАнтон Силуанов\n\na\nb\nc'
    assert extract_html('<p>министр финансов</p><p>Антон Силуанов сказал</p>', types=['official']) == []


def test_html_character_maps():
    """Every character of the text knows its source: itself, its whole reference, or its tag."""
    page = 'a&amp;b&#1041;<i>c</i>&nbsp;d'
    read = html_text(page)
    assert read.text == 'a&bБc\xa0d'
    assert [page[start:stop] for start, stop in zip(read.starts, read.stops)] == [
        'a', '&amp;', 'b', '&#1041;', 'c', '&nbsp;', 'd',
    ]
    assert read.source_span(Span(1, 4)) == Span(1, 14)
    with pytest.raises(ValueError, match='outside the text'):
        read.source_span(Span(0, 99))


@pytest.mark.parametrize('page', ['', '<', '<p', '</div></div>', '<!--', '&', '&#', '<script>5 млн рублей', '\x00'])
def test_broken_html_gives_text_not_errors(page):
    """Broken markup is read as far as it goes, never a crash."""
    read = html_text(page)
    assert len(read.starts) == len(read.stops) == len(read.text)
    assert extract_html(page) == [] or page == ''


def test_extract_html_arguments():
    """Non-str input is a TypeError; types and an extractor do not go together."""
    with pytest.raises(TypeError, match='html must be str'):
        extract_html('<p>5 млн рублей</p>'.encode())
    with pytest.raises(TypeError, match='not both'):
        extract_html('', types=['money'], extractor=Extractor(['money']))
    assert extract_html('<p>Рост 4,4% и 5 млн рублей</p>', extractor=Extractor(['money'])) == [
        Money(Span(15, 27), '5000000', 'RUB'),
    ]


def test_cli_html_input(tmp_path, monkeypatch, capsys):
    """--input-format html: spans into the page, text the mention as read."""
    monkeypatch.chdir(tmp_path)
    Path('page.html').write_bytes(PAGE.encode('utf-8'))
    status, out, err = run_main(['--input-format', 'html', 'page.html'], capsys)
    assert (status, err) == (0, '')
    found = records(out)
    assert [(rec['type'], rec['text']) for rec in found] == [
        ('Money', '5\xa0млн рублей'),
        ('Official', 'министр финансов Антон Силуанов'),
        ('Money', '300 тыс. рублей'),
        ('Percent', '4,4%'),
    ]
    for rec in found:
        start, stop = rec['span']
        assert visible(PAGE[start:stop]) == re.sub(r'\s+', ' ', rec['text'])


##########
#   ENCODINGS
##########

NEWS = 'Кредит на 5 млн рублей выдан под 12,5% годовых.\n'


@pytest.mark.parametrize('encoding', ['cp1251', 'auto'])
def test_cp1251_file(encoding, tmp_path, monkeypatch, capsys):
    """A cp1251 file is read with --encoding cp1251 and with --encoding auto (issue 17)."""
    pytest.importorskip('charset_normalizer', reason="pip install 'factlex[encodings]'")
    monkeypatch.chdir(tmp_path)
    Path('old.txt').write_bytes((NEWS * 20).encode('cp1251'))
    status, out, err = run_main(['--encoding', encoding, 'old.txt'], capsys)
    assert (status, err) == (0, '')
    found = records(out)
    assert [(rec['span'], rec['text']) for rec in found[:2]] == [([10, 22], '5 млн рублей'), ([33, 38], '12,5%')]
    assert len(found) == 40


def test_invalid_utf8_suggests_an_encoding(tmp_path, monkeypatch, capsys):
    """The error for a cp1251 file read as UTF-8 says how to read it."""
    monkeypatch.chdir(tmp_path)
    Path('old.txt').write_bytes(NEWS.encode('cp1251'))
    status, out, err = run_main(['old.txt'], capsys)
    assert (status, out) == (1, '')
    assert '--encoding cp1251, or --encoding auto' in err


def test_unknown_encoding_is_a_usage_error(capsys):
    """An encoding Python does not know is refused before anything is read."""
    status, _, err = run_main(['--encoding', 'klingon', 'x.txt'], capsys)
    assert status == 2 and "unknown encoding 'klingon'" in err


def test_decode_file_errors(tmp_path):
    """Bytes not in the encoding name it and the byte; an empty file is EmptyInput."""
    path = tmp_path / 'f.txt'
    path.write_bytes(b'abc\x98')
    with open(path, 'rb') as file, pytest.raises(InputError, match=r'invalid cp1251 at byte 3'):
        list(decode_file(file, 'cp1251'))
    path.write_bytes(b'')
    with open(path, 'rb') as file, pytest.raises(EmptyInput):
        list(decode_file(file, 'koi8-r'))


##########
#   FOLDERS
##########

STORIES = [
    'Банк выдал кредит на {n} млн рублей.',
    'Инфляция составила {n},5%.',
    'Министр финансов Антон Силуанов заявил о {n} проектах.',
]


def test_a_folder_of_news_files(tmp_path, monkeypatch, capsys):
    """factlex DIR reads the *.txt files of the whole tree, in path order (issue 17)."""
    monkeypatch.chdir(tmp_path)
    for n in range(30):
        folder = Path('news') / f'2024-{n % 3 + 1:02d}'
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f'{n:02d}.txt').write_text(STORIES[n % 3].format(n=n + 1), encoding='utf-8')
    (Path('news') / 'index.html').write_text('<p>5 млн рублей</p>', encoding='utf-8')
    status, out, err = run_main(['news'], capsys)
    assert (status, err) == (0, '')
    found = records(out)
    assert len({rec['file'] for rec in found}) == 30
    assert [rec['file'] for rec in found] == sorted(rec['file'] for rec in found)
    assert {rec['type'] for rec in found} == {'Money', 'Percent', 'Official'}
    status, out, _ = run_main(['--input-format', 'html', 'news'], capsys)
    assert [rec['file'] for rec in records(out)] == [str(Path('news') / 'index.html')]


def test_glob_and_files_from(tmp_path, monkeypatch, capsys):
    """--glob chooses a folder's files; --files-from lists files and folders, after the arguments."""
    monkeypatch.chdir(tmp_path)
    Path('a').mkdir()
    Path('a/one.txt').write_text('Рост 4,4%.', encoding='utf-8')
    Path('a/two.news').write_text('Рост 5,5%.', encoding='utf-8')
    status, out, _ = run_main(['--glob', '*.news', 'a'], capsys)
    assert [rec['text'] for rec in records(out)] == ['5,5%']
    Path('list.txt').write_text('a/two.news\n\na\n', encoding='utf-8')
    status, out, _ = run_main(['--files-from', 'list.txt', 'a/one.txt'], capsys)
    assert status == 0
    assert [rec['file'] for rec in records(out)] == ['a/one.txt', 'a/two.news', 'a/one.txt']
    status, _, err = run_main(['--files-from', 'missing.txt'], capsys)
    assert status == 2 and 'missing.txt' in err


def test_expand_paths(tmp_path):
    """Files stay as given, a folder becomes its matching files, an empty one an error."""
    (tmp_path / 'd' / 'e').mkdir(parents=True)
    (tmp_path / 'd' / 'e' / 'x.txt').write_text('x')
    (tmp_path / 'empty').mkdir()
    assert expand_paths(['-', 'missing.txt', str(tmp_path / 'd'), str(tmp_path / 'empty')], ['*.txt']) == [
        '-', 'missing.txt', str(tmp_path / 'd' / 'e' / 'x.txt'),
        (str(tmp_path / 'empty'), 'a folder with no file matching *.txt'),
    ]


def test_official_in_html_keeps_its_person():
    """The person of an official found in HTML is placed in the HTML too."""
    page = '<p>Вице-премьер <b>Юрий Борисов</b> прибыл.</p>'
    (fact,) = extract_html(page, types=['official'])
    assert isinstance(fact, Official)
    assert page[fact.person.span.start:fact.person.span.stop] == 'Юрий Борисов'


##########
#   HTML PROPERTIES
##########

from hypothesis import given, strategies as st  # noqa: E402

from factlex.streaming import shift  # noqa: E402
from invariants import CORPUS_TEXTS  # noqa: E402

INLINE = ['<b>', '</b>', '<span class="x">', '</span>', '<a href="/a?b=1&amp;c=2">', '</a>',
          '<!-- 5 млн рублей -->', '<i>', '</i>', '<script>var p = "4,4%";</script>']


@st.composite
def marked_up(draw):
    """A corpus text with inline markup put between its characters where a space stands,
    and its spaces written as spaces or as &#32;."""
    text = draw(st.sampled_from(CORPUS_TEXTS))
    pieces = []
    for char in text:
        if char == ' ' and draw(st.booleans()):
            pieces.append(draw(st.sampled_from(INLINE)))
        pieces.append('&#32;' if char == ' ' and draw(st.integers(0, 9)) == 0 else html.escape(char, quote=False))
    return text, '<p>' + ''.join(pieces) + '</p>'


@given(marked_up())
def test_markup_between_words_changes_no_fact(case):
    """Inline tags, comments, scripts and references between the words of a corpus text give
    the facts of the plain text, each placed on its mention's HTML (issue 17)."""
    text, page = case
    plain = extract(text)
    found = extract_html(page)
    assert len(found) == len(plain)
    read = html_text(page)
    assert read.text == '\n\n' + text + '\n\n'
    for in_page, in_text in zip(found, plain):
        assert in_page == read.to_source(shift(in_text, 2))
        # read again on its own, the mention's HTML is the mention
        mention = html_text(page[in_page.span.start:in_page.span.stop]).text
        assert mention == text[in_text.span.start:in_text.span.stop]
