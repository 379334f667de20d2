"""The expected facts of the agreement corpus: ``signed``, ``planned``, ``refused``."""

from factlex.dates import date_parts
from factlex.facts import Agreement, Money, When


def _when(date, when):
    """The expected When: given as ``(year, month, day)``, else read from the date as written."""
    if when is None and date is not None:
        when = date_parts(date)
    return When(None, *when) if when is not None else None


def _value(value):
    """``('1700000000', 'USD')`` as the expected Money."""
    return Money(None, *value) if value is not None else None


def signed(kind, parties=(), subject=None, date=None, place=None, when=None, value=None):
    return Agreement(None, kind, subject=subject, parties=parties, status='signed', date=date, place=place,
                     when=_when(date, when), value=_value(value))


def planned(kind, parties=(), subject=None, date=None, place=None, when=None, value=None):
    return Agreement(None, kind, subject=subject, parties=parties, status='planned', date=date, place=place,
                     when=_when(date, when), value=_value(value))


def refused(kind, parties=(), subject=None, date=None, place=None, when=None, value=None):
    return Agreement(None, kind, subject=subject, parties=parties, status='refused', date=date, place=place,
                     when=_when(date, when), value=_value(value))
