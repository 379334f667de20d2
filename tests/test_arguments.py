"""Bad arguments to ``extract`` and ``Extractor``: the cases tests/test_api.py does not cover.

A text that is not a ``str`` raises ``TypeError`` naming the type received;
a ``types`` argument that names no fact type raises ``ValueError`` listing
the valid names, from ``extract`` and from the ``Extractor`` constructor alike.
"""

from decimal import Decimal

import pytest

from factlex import FACT_TYPES, Extractor, Percent, extract

VALID = 'valid types: ' + ', '.join(FACT_TYPES)


class Text(str):
    pass


@pytest.mark.parametrize(
    'value',
    [1.5, Decimal('4.4'), True, 1j, bytearray(b'4,4%'), memoryview(b'4,4%'), ('4,4%',), {'text': '4,4%'}, object()],
    ids=lambda value: type(value).__name__,
)
def test_other_non_str_texts(value):
    """Floats, Decimals, bools, bytes-likes, tuples and dicts raise TypeError naming their type."""
    message = f'^text must be str, got {type(value).__name__}$'
    with pytest.raises(TypeError, match=message):
        extract(value)
    with pytest.raises(TypeError, match=message):
        Extractor(['percent']).extract(value)


def test_text_error_comes_before_types_error():
    """A bad text and a bad type together: the text is reported."""
    with pytest.raises(TypeError, match='got NoneType'):
        extract(None, types=['gold'])


def test_str_subclass_is_text():
    """A subclass of str is text: its facts are those of the plain string."""
    assert extract(Text('Рост 4,4%.')) == extract('Рост 4,4%.') != []


@pytest.mark.parametrize(
    'types',
    [['gold'], 'gold', [b'money'], [None], [['money']], ['money '], [Percent, 'gold'], [int]],
    ids=repr,
)
def test_extractor_unknown_type(types):
    """``Extractor`` raises the ValueError of ``extract`` for an unknown type, naming it."""
    with pytest.raises(ValueError) as info:
        Extractor(types)
    assert VALID in str(info.value)
    with pytest.raises(ValueError) as same:
        extract('Рост 4,4%.', types=types)
    assert str(same.value) == str(info.value)


@pytest.mark.parametrize('types', [b'money', 42, 1.5, Decimal(1)], ids=repr)
def test_types_that_are_not_a_collection(types):
    """bytes or a number as ``types`` is an unknown type shown as given, not its bytes or a TypeError."""
    for make in (Extractor, lambda types: extract('Рост 4,4%.', types=types)):
        with pytest.raises(ValueError) as info:
            make(types)
        assert str(info.value) == f'unknown fact type {types!r}; {VALID}'


@pytest.mark.parametrize(
    ('types', 'expected'),
    [(['Money'], ('money',)), (('PERCENT', 'money'), ('money', 'percent')), ({'money': 1}, ('money',)),
     ((name for name in ['percent']), ('percent',))],
    ids=['capitalized', 'upper case', 'dict', 'generator'],
)
def test_types_accepted_spellings(types, expected):
    """Any case of a name, and any iterable of names (a dict gives its keys), are accepted."""
    assert Extractor(types).types == expected
