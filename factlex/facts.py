"""Fact classes: frozen, slotted values with character offsets into the input.

Every fact has a ``span``; ``text[fact.span.start:fact.span.stop]`` is the
mention it was read from. Numbers are :class:`decimal.Decimal` so that
"1,7 млрд" is exactly ``Decimal('1700000000')``, never a float.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Optional, Union

import attrs

__all__ = [
    'AGREEMENT_STATUSES',
    'Agreement',
    'FACT_TYPES',
    'Fact',
    'Money',
    'Official',
    'Percent',
    'Person',
    'Span',
    'When',
    'QUALIFIERS',
    'PERCENT_UNITS',
]

#: How an amount is hedged in the text: "около", "более", "менее", "до", "от".
QUALIFIERS = frozenset({'approx', 'more_than', 'less_than', 'up_to', 'from'})

#: ``percent`` for "%"/"процент", ``point`` for "п.п."/"процентный пункт".
PERCENT_UNITS = frozenset({'percent', 'point'})

#: Where a signing stands: done ("подписали"), to come ("планируют
#: подписать", "подписание состоится"), or turned down ("отказались подписать").
AGREEMENT_STATUSES = frozenset({'signed', 'planned', 'refused'})


def _decimal(value: Union[Decimal, str, int]) -> Decimal:
    # A float would carry binary noise (2.3 -> 2.29999...) into an exact value,
    # so only lossless inputs are accepted.
    if isinstance(value, float):
        raise TypeError(f'pass {value!r} as a str or Decimal, not a float')
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise TypeError(f'expected Decimal, str or int, got {type(value).__name__}')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f'not a number: {value!r}') from None
    if not number.is_finite():
        raise ValueError(f'not a finite number: {value!r}')
    return number


def _optional_decimal(value: Union[Decimal, str, int, None]) -> Optional[Decimal]:
    return None if value is None else _decimal(value)


def _check_qualifier(instance: object, attribute: attrs.Attribute, value: Optional[str]) -> None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError(f'{attribute.name} must be one of {sorted(QUALIFIERS)} or None, got {value!r}')


@attrs.frozen
class Span:
    """Character offsets ``[start, stop)`` into the text a fact was read from."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    stop: int = attrs.field(validator=attrs.validators.instance_of(int))

    @stop.validator
    def _stop_after_start(self, attribute: attrs.Attribute, value: int) -> None:
        if value < self.start:
            raise ValueError(f'span stop {value} is before start {self.start}')

    def __len__(self) -> int:
        return self.stop - self.start


@attrs.frozen
class Money:
    """An amount of money: "кредит на $1,7 млрд" -> 1700000000 USD.

    ``currency`` is an ISO 4217 code. A range ("от 6 до 9 млн руб.") is one
    fact with ``amount`` as its lower and ``max_amount`` as its upper bound.
    """

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    amount: Decimal = attrs.field(converter=_decimal)
    currency: str = attrs.field(validator=attrs.validators.matches_re(r'[A-Z]{3}'))
    max_amount: Optional[Decimal] = attrs.field(default=None, converter=_optional_decimal)
    qualifier: Optional[str] = attrs.field(default=None, validator=_check_qualifier)


@attrs.frozen
class Percent:
    """A percentage or a change in percentage points: "4,4%", "на 0,25 п.п."."""

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    value: Decimal = attrs.field(converter=_decimal)
    max_value: Optional[Decimal] = attrs.field(default=None, converter=_optional_decimal)
    unit: str = attrs.field(default='percent', validator=attrs.validators.in_(PERCENT_UNITS))
    qualifier: Optional[str] = attrs.field(default=None, validator=_check_qualifier)


def _optional_name(instance: object, attribute: attrs.Attribute, value: Optional[str]) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValueError(f'{attribute.name} must be a non-empty str or None, got {value!r}')


@attrs.frozen
class Person:
    """A named person, each part in the nominative: "Эльвира Набиуллина".

    ``span`` is where the name stands in the text, in whatever case it was
    written there ("Юрием Борисовым").
    """

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    first: Optional[str] = attrs.field(default=None, validator=_optional_name)
    middle: Optional[str] = attrs.field(default=None, validator=_optional_name)
    last: Optional[str] = attrs.field(default=None, validator=_optional_name)

    def __attrs_post_init__(self) -> None:
        if not (self.first or self.last):
            raise ValueError('a person needs a first or a last name')

    @property
    def name(self) -> str:
        """The name as one would write it: "Владимир Владимирович Путин", "В. Путин"."""
        return ' '.join(part for part in (self.first, self.middle, self.last) if part)


@attrs.frozen
class Official:
    """A person holding a post: "вице-премьер России Юрий Борисов".

    ``position`` is the post without its organization and place, in the
    nominative ("заместитель председателя правительства"); ``organization``
    the body's name without quotes or type words ("Росатом"); ``place`` the
    country, region or city the post belongs to, in the nominative.
    """

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    position: str = attrs.field(validator=[attrs.validators.instance_of(str), _optional_name])
    person: Optional[Person] = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Person)),
    )
    organization: Optional[str] = attrs.field(default=None, validator=_optional_name)
    place: Optional[str] = attrs.field(default=None, validator=_optional_name)


def _optional_part(low: int, high: int) -> object:
    return attrs.validators.optional([attrs.validators.instance_of(int), attrs.validators.ge(low),
                                      attrs.validators.le(high)])


@attrs.frozen
class When:
    """A date read into its parts: "12 марта 2015 года" -> 2015, 3, 12.

    A part the text does not give is ``None``: "в феврале" has only the month,
    "весной 2020 года" only the year. Relative dates ("вчера", "в среду")
    have parts only when ``extract`` was given a ``reference_date``.
    """

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    year: Optional[int] = attrs.field(default=None, validator=_optional_part(1, 9999))
    month: Optional[int] = attrs.field(default=None, validator=_optional_part(1, 12))
    day: Optional[int] = attrs.field(default=None, validator=_optional_part(1, 31))


def _names(value: Iterable[str]) -> tuple[str, ...]:
    # yargy and JSON hand parties over as lists; a tuple keeps the fact hashable.
    # A lone str is iterable too, and would become a tuple of letters.
    if isinstance(value, str):
        raise TypeError(f'parties must be a sequence of str, not a str: {value!r}')
    return tuple(value)


def _check_parties(instance: object, attribute: attrs.Attribute, value: tuple[str, ...]) -> None:
    for party in value:
        if not isinstance(party, str) or not party.strip():
            raise ValueError(f'{attribute.name} must hold non-empty strings, got {party!r}')


@attrs.frozen
class Agreement:
    """A signing of an agreement: "Россия и Беларусь подписали соглашение о ...".

    ``kind`` is the document noun in the nominative singular ("соглашение",
    "дорожная карта", "СРП"); ``subject`` the topic phrase or quoted name as
    written ("о взаимной отмене виз"); ``parties`` the signing sides named in
    the sentence, in the nominative; ``status`` one of
    :data:`AGREEMENT_STATUSES`; ``date`` and ``place`` the time and place of
    the signing as written ("22 ноября", "в Сочи"); ``when`` the same date
    read into its parts; ``value`` the deal's worth ("контракт стоимостью 5
    млн рублей"), the very Money the money grammar gives for that mention.
    """

    span: Optional[Span] = attrs.field(validator=attrs.validators.optional(attrs.validators.instance_of(Span)))
    kind: str = attrs.field(validator=[attrs.validators.instance_of(str), _optional_name])
    subject: Optional[str] = attrs.field(default=None, validator=_optional_name)
    parties: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_check_parties)
    status: str = attrs.field(default='signed', validator=attrs.validators.in_(AGREEMENT_STATUSES))
    date: Optional[str] = attrs.field(default=None, validator=_optional_name)
    place: Optional[str] = attrs.field(default=None, validator=_optional_name)
    when: Optional[When] = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(When)))
    value: Optional[Money] = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.instance_of(Money)))


#: Any fact factlex returns.
Fact = Union[Money, Percent, Official, Agreement]

#: The built-in fact types by their lowercase names.
FACT_TYPES: dict[str, type] = {
    'money': Money,
    'percent': Percent,
    'official': Official,
    'agreement': Agreement,
}
