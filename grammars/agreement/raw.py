"""The record a match fills: ``Raw``, the helpers that read it, and ``seq`` for rules of optional parts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from yargy import or_, rule
from yargy.interpretation import attribute, fact

Raw = fact('Raw', [
    attribute('subjects').repeatable(),  # signing sides in the nominative
    attribute('partners').repeatable(),  # "с Китаем", "между Россией и Китаем", "подписан Медведевым"
    attribute('holders').repeatable(),  # "решение Януковича отказаться", "с каждым из победителей"
    attribute('addressees').repeatable(),  # "не дает двум странам заключить"
    # what a relative clause of signing hangs on, in any case: "фонд «Истоки»,
    # который заключил ...", "компания «Стальпром», с которой клуб заключил ..."
    attribute('antecedents').repeatable(),
    # after the document of a noun of signing: "подписание коммюнике Китаем и
    # Пакистаном" (instrumental) or "договора Роскосмоса и ЕКА" (genitive)
    attribute('trailing').repeatable(),
    attribute('topics').repeatable(),  # "о взаимной отмене виз", «О минимальной зарплате»
    attribute('dates').repeatable(),
    attribute('places').repeatable(),
    attribute('predicate').repeatable(),  # the signing word and the words that set its status
    attribute('modifiers').repeatable(),  # the document's adjectives, numerals and quotes
    attribute('links').repeatable(),  # "с", "между" before a party
    attribute('purposes').repeatable(),  # "на поставку самолётов", "на 1 год"
    'lead', 'after', 'kind', 'gap',
])

#: A mention reaches far on both sides of its signing word: a list of parties
#: with a relative clause before it ("Гергиев, который ..., подписал"), a long

def seq(*parts):
    """A rule of ``parts`` in order; a part in a list is optional.

    yargy loses matches when several parts that may match nothing follow each
    other, so no part is nullable: the rule is factored from the right, each
    suffix one shared rule, ``[a], b, [c]`` becoming "a S | S" with S = "b c | b".
    Sharing the suffixes keeps the parser's predictions few.
    """
    suffix, empty = None, True  # the rule for the parts seen so far, and whether they may be absent
    for part in reversed(parts):
        optional = isinstance(part, list)
        item = part[0] if optional else part
        alternatives = []
        if suffix is not None:
            alternatives.append(rule(item, suffix))
        if empty:
            alternatives.append(rule(item))
        if optional and suffix is not None:
            alternatives.append(suffix)
        suffix = alternatives[0] if len(alternatives) == 1 else or_(*alternatives)
        empty = empty and optional
    if empty:
        raise ValueError('a sequence needs a part that is not optional')
    return suffix


def _tokens(value: Any) -> list[Any]:
    """The tokens behind one interpreted value (a chain, or a normalized one)."""
    while value is not None and not hasattr(value, 'tokens'):
        value = getattr(value, 'input', None)
    return list(value.tokens) if value is not None else []


def _attribute(raw: Any, name: str) -> list[Any]:
    """All tokens of attribute ``name``, of every match when it is repeatable."""
    value = raw._raw.attributes.get(name)
    if isinstance(value, list):
        return [token for item in value for token in _tokens(item)]
    return _tokens(value)


def _groups(raw: Any, name: str) -> list[list[Any]]:
    """The tokens of each value of a repeatable attribute: one list per party."""
    value = raw._raw.attributes.get(name) or []
    return [tokens for tokens in (_tokens(item) for item in value) if tokens]


def _lemmas(tokens: Sequence[Any]) -> set[str]:
    return {form.normalized for token in tokens for form in getattr(token, 'forms', None) or ()} | {
        token.value.lower() for token in tokens
    }
