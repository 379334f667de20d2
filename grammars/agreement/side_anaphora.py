"""A side named by a common noun that stands for a body named before.

News names a body once and then calls it by its kind: "Сбербанк и «Газпром
нефть» подписали соглашение ... В тот же день банк заключил кредитное
соглашение с «Татнефтью»", "МГУ и «Яндекс» заключили соглашение ... Университет
подписал с НИУ ВШЭ договор". The side of the later signing is the body of the
earlier one: the one whose name holds the noun ("Сбербанк" for "банк"), else
the first side of that signing not named as another kind of body, the
subject the text goes on about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from factlex.facts import Agreement
from factlex.morph import morph_analyzer

from .parties import ORG_KINDS

__all__ = ['resolve_common_sides']

# How many sentences back the body may be named
_SENTENCE_REACH = 2


def resolve_common_sides(found: Sequence[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
    """``found`` with each side that is one singular common noun ("банк",
    "университет", "перевозчик") replaced by the body it stands for, or left
    out when that body is a side of the same signing already; a noun with no
    body before stays."""
    resolved: list[Agreement] = []
    for item in found:
        parties: list[str] = []
        for party in item.parties:
            antecedent = _antecedent(party, item, resolved, sentence_of) if _common_noun(party) else None
            if antecedent is None:
                parties.append(party)
            elif antecedent not in item.parties and antecedent not in parties:
                parties.append(antecedent)
        resolved.append(attrs.evolve(item, parties=tuple(parties)) if parties != list(item.parties) else item)
    return resolved


def _common_noun(party: str) -> bool:
    """Whether a side is one common noun in the singular nominative: in lower
    case, or a kind of body opening the sentence ("Университет подписал")."""
    if ' ' in party or '-' in party or not party[:1].isalpha():
        return False
    forms = morph_analyzer()(party.lower())
    if not forms or not {'NOUN', 'sing', 'nomn'} <= forms[0].grams.values \
            or forms[0].grams.values & {'Name', 'Surn', 'Geox', 'Orgn', 'Abbr'}:
        return False
    return party[:1].islower() or forms[0].normalized in ORG_KINDS


def _other_kind(party: str, noun: str) -> bool:
    """Whether a side's name opens with a kind of body other than ``noun``:
    "Правительство Татарстана" is no "компания"."""
    first = party.split()[0].lower()
    forms = morph_analyzer()(first)
    return bool(forms) and forms[0].normalized in ORG_KINDS and forms[0].normalized != noun


def _antecedent(noun: str, item: Agreement, before: Sequence[Agreement], sentence_of: Callable[[int], int]) -> str | None:
    if item.span is None:
        return None
    """The body ``noun`` stands for among the sides of a signing before ``item``, or None."""
    sentence = sentence_of(item.span.start)
    lemma = morph_analyzer()(noun.lower())[0].normalized
    for earlier in reversed(before):
        if earlier.span is None or earlier.span.start >= item.span.start \
                or sentence - sentence_of(earlier.span.start) > _SENTENCE_REACH:
            continue
        named = [party for party in earlier.parties if (party[:1].isupper() or party[:1].isdigit())
                 and not _common_noun(party) and not _other_kind(party, lemma)]
        if named:
            return next((party for party in named if lemma in party.lower()), named[0])
    return None
