"""A side named by a common noun, or by a surname, that stands for a side named before.

News names a body once and then calls it by its kind: "Сбербанк и «Газпром
нефть» подписали соглашение ... В тот же день банк заключил кредитное
соглашение с «Татнефтью»", "МГУ и «Яндекс» заключили соглашение ... Университет
подписал с НИУ ВШЭ договор". The side of the later signing is the body of the
earlier one: the one whose name holds the noun ("Сбербанк" for "банк"), else
the first side of that signing not named as another kind of body, the
subject the text goes on about. The noun may have adjectives ("нефтяная
компания"), and in the plural it stands for all the sides of that signing
("Соглашение о намерениях стороны подпишут в июне"). A person is named in
full once and then by the surname: "Кроме того, Ибрагимов подписал" is the
"Тимур Ибрагимов" of a signing before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Optional

import attrs

from factlex.facts import Agreement
from factlex.morph import morph_analyzer

from .parties import ORG_KINDS, PARTY_NOUNS

__all__ = ['resolve_common_sides']

# How many sentences back the body may be named; further when its name holds
# the noun ("Футбольный клуб «Амур-Сити»" for "клуб"), or for a surname,
# which can stand for no one else
_SENTENCE_REACH = 2
_NAMED_REACH = 4
# how much of an adjective its body's name shares: "нефт" of "нефтяная" in "Татнефть"
_STEM = 4
# how far after its noun the earlier mention names the body: "клуб «Амур-Сити»"
_INTRODUCED_REACH = 40
# counts of the sides before a plural noun
_COUNTS = frozenset({'два', 'две', 'три', 'четыре', 'пять', 'оба', 'обе'})
# nouns for a side of any kind: "стороны" after "Правительство области и компания «Щекиноазот»"
_ANY_SIDE = frozenset({'сторона', 'участник', 'партнёр', 'подписант'})


@attrs.frozen
class _Reference:
    """What a side that names no body tells of the one it stands for."""

    lemma: str  # the noun's dictionary form, or the surname as written
    plural: bool = False
    surname: bool = False
    counted: bool = False  # "три города": the count says they are the sides, whatever their kind
    # the stems of the adjectives before the noun: "нефт" of "нефтяная компания"
    stems: tuple[str, ...] = ()

    def held_by(self, party: str) -> bool:
        """Whether a body's name holds the noun, or the stems of all its adjectives."""
        name = party.lower()
        return self.lemma in name or bool(self.stems) and all(stem in name for stem in self.stems)


def resolve_common_sides(found: Sequence[Agreement], text: str, sentence_of: Callable[[int], int]) -> list[Agreement]:
    """``found`` with each side that is a common noun ("банк", "нефтяная
    компания", "стороны") or a surname alone replaced by the sides it stands
    for, or left out when they are sides of the same signing already; a side
    with no antecedent stays as written."""
    resolved: list[Agreement] = []
    for item in found:
        parties: list[str] = []
        for party in item.parties:
            expanded = _expansion(party, [name for earlier in resolved for name in earlier.parties], text)
            if expanded is not None:
                # "Пермский национальный исследовательский политехнический университет
                # (ПНИПУ) ... Кроме того, ПНИПУ заключил": the side named in full before
                if expanded not in parties and expanded not in item.parties:
                    parties.append(expanded)
                continue
            reference = _reference(party)
            antecedents = _antecedents(reference, item, resolved, sentence_of, text) if reference else None
            if not antecedents:
                parties.append(party)
                continue
            parties += [name for name in antecedents if name not in item.parties and name not in parties]
        resolved.append(attrs.evolve(item, parties=tuple(parties)) if parties != list(item.parties) else item)
    return resolved


#: Words a body's abbreviation leaves out: "Министерство по чрезвычайным ситуациям" is "МЧС".
_NOT_IN_ABBREVIATIONS = frozenset({'и', 'по', 'в', 'во', 'на', 'для', 'при', 'с', 'со', 'о', 'об', 'имени', '№'})


def _expansion(party: str, named: Sequence[str], text: str) -> Optional[str]:
    """The side of ``named`` (of the signings before) whose initials
    ``party``, an abbreviation the text gives in brackets, spells: "ПНИПУ" for
    "Пермский национальный исследовательский политехнический университет
    (ПНИПУ)"; None when ``party`` is no such abbreviation or none is named.
    Without the brackets a short abbreviation spells too many names ("РФ",
    "МО")."""
    if len(party) < 2 or not party.isalpha() or not party.isupper() or f'({party})' not in text:
        return None
    for name in named:
        words = [word for word in name.split() if word.lower() not in _NOT_IN_ABBREVIATIONS]
        if len(words) >= 2 and ''.join(word[:1] for word in words).upper() == party:
            return name
    return None


def _reference(party: str) -> Optional[_Reference]:
    """How a side refers back, or None when it names a body or a person itself."""
    words = party.split()
    if not words or not all(word.replace('-', '').isalpha() for word in words):
        return None
    if len(words) == 2 and words[0].lower() in _COUNTS:
        # "три города", "обе компании": as many sides as the signing before has
        kind = _kind_reference(words[1:])
        return attrs.evolve(kind, counted=True) if kind is not None and kind.plural else None
    kind = _kind_reference(words)
    if kind is None and len(words) == 1 and party[:1].isupper() and not party.isupper():
        return _Reference(party, surname=True)  # whether it is one, the name in full before tells
    return kind


def _kind_reference(words: list[str]) -> Optional[_Reference]:
    party = ' '.join(words)
    if '-' in party:
        return None
    # adjectives, then the noun, all in lower case but a kind of body opening the sentence
    if any(word[:1].isupper() for word in words[1:]) or (party[:1].isupper() and len(words) > 1):
        return None
    analyses = [morph_analyzer()(word.lower()) for word in words]
    if not all(analyses):
        return None
    if any(form.grams.values & {'Name', 'Surn', 'Geox', 'Orgn', 'Abbr'} for form in analyses[-1][:1]):
        return None
    noun = next((form for form in analyses[-1] if {'NOUN', 'nomn'} <= form.grams.values), None)
    number = {'sing', 'plur'} & noun.grams.values if noun else set()
    if noun is None or not all(any({'ADJF', 'nomn'} | number <= form.grams.values for form in forms)
                               for forms in analyses[:-1]):
        return None
    if 'plur' in noun.grams.values:
        # "стороны", "компании": sides named before; "эксперты" are no side
        return _Reference(noun.normalized, plural=True) if noun.normalized in PARTY_NOUNS | ORG_KINDS | _ANY_SIDE \
            else None
    if party[:1].isupper() and noun.normalized not in ORG_KINDS:
        return None
    return _Reference(noun.normalized, stems=tuple(word.lower()[:_STEM] for word in words[:-1]))


def _other_kind(party: str, noun: str) -> bool:
    """Whether a side's name opens with a kind of body other than ``noun``:
    "Правительство Татарстана" is no "компания"."""
    first = party.split()[0].lower()
    forms = morph_analyzer()(first)
    return bool(forms) and forms[0].normalized in ORG_KINDS and forms[0].normalized != noun


def _given_name(word: str) -> bool:
    return any('Name' in form.grams.values for form in morph_analyzer()(word.lower()))


def _named(party: str) -> bool:
    return (party[:1].isupper() or party[:1].isdigit()) and _kind_reference(party.split()) is None


def _introduced_by(reference: _Reference, earlier: Agreement, named: list[str], text: str) -> list[str]:
    """The side the earlier mention introduces by the noun: "Футбольный клуб
    «Амур-Сити» подписал ..." for "клуб"."""
    words = text[earlier.span.start:earlier.span.stop].lower().replace('ё', 'е')
    at = words.find(reference.lemma[:_STEM].replace('ё', 'е'))
    if at < 0:
        return []
    near = words[at:at + len(reference.lemma) + _INTRODUCED_REACH]
    return [party for party in named if party.lower().replace('ё', 'е') in near][:1]


def _antecedents(reference: _Reference, item: Agreement, before: Sequence[Agreement],
                 sentence_of: Callable[[int], int], text: str) -> list[str]:
    """The sides ``reference`` stands for among those of the signings before ``item``."""
    if item.span is None:
        return []
    sentence = sentence_of(item.span.start)
    for earlier in reversed(before):
        if earlier.span is None or earlier.span.start >= item.span.start:
            continue
        distance = sentence - sentence_of(earlier.span.start)
        if distance > _NAMED_REACH:
            continue
        if reference.surname:
            full = [party for party in earlier.parties if len(party.split()) > 1
                    and party.split()[-1] == reference.lemma and _given_name(party.split()[0])]
            if full:
                return full[:1]
            continue
        named = [party for party in earlier.parties if _named(party) and (
            reference.lemma in _ANY_SIDE or reference.counted or not _other_kind(party, reference.lemma))]
        holding = [party for party in named if reference.held_by(party)] or (
            _introduced_by(reference, earlier, named, text) if not reference.plural else [])
        if reference.plural and len(named) > 1 and distance <= _SENTENCE_REACH:
            return named
        if not reference.plural and holding:
            return holding[:1]
        # an adjective no name shares ("металлургическая компания" after
        # "Сбербанк и «Северсталь»") tells of a body the signing does not name
        if not reference.plural and named and distance <= _SENTENCE_REACH and not reference.stems:
            return named[:1]
    return []
