"""Score officials against hand-written texts: which person holds which post.

Usage::

    python tools/score_officials.py FILE.jsonl [--ids even|odd|all] [--show-errors]

Each line holds ``text``, ``officials`` (a list of ``{"position": ...,
"person": ...}``: the post in the nominative as a dictionary would give it,
and the holder's given name and surname in the nominative, no patronymic, in
any order; a found name's second given name may be written or left out
("Мохаммад Джавад Зариф", "Мохаммад Зариф"), a patronymic may not;
[] when the text names no post holder) and ``class`` (the construction).
A text's predicted pairs are those of its Official facts that name a person.
Names and posts are compared in lower case with "ё" read as "е"; a post
matches when one of the two begins with the other ("глава" and "глава
администрации"), so the pair counts who holds what, not how much of the
post's description was read. Printed: pair precision, recall and F1, and how
many texts have exactly their pairs.

``--ids`` keeps a fixed part of a file, so that one half is read for errors
and tuned on and the other is read for its totals only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from halves import items, prf


def _text(value: str) -> str:
    return ' '.join(value.lower().replace('ё', 'е').split())


def _person(first: str | None, last: str | None) -> str:
    # the words in order: "Чан Хонг Ха" may come as first "Хонг Ха", last "Чан"
    return ' '.join(sorted(_text(' '.join(part for part in (first, last) if part)).split()))


_PATRONYMIC_ENDINGS = ('вич', 'вна', 'чна', 'оглы', 'кызы', 'улы', 'уулу')


def _persons(person: object) -> set[str]:
    """The ways a found holder's name may be written: given name and surname,
    and with a second given name that is no patronymic ("Мохаммад Джавад
    Зариф", "Луис Инасиу Лула да Силва")."""
    first, middle, last = person.first, person.middle, person.last
    names = {_person(first, last)}
    if middle and '.' not in middle and not middle.lower().endswith(_PATRONYMIC_ENDINGS):
        names.add(_person(' '.join(part for part in (first, middle) if part), last))
    return names


def _posts_match(expected: str, found: str) -> bool:
    return found.startswith(expected) or expected.startswith(found)


def _score_text(gold: list[tuple[str, str]], found: list[tuple[set[str], str]]) -> int:
    """How many gold pairs a found pair matches, each found pair used once."""
    unused = list(found)
    matched = 0
    for person, post in gold:
        for index, (found_persons, found_post) in enumerate(unused):
            if person in found_persons and _posts_match(post, found_post):
                matched += 1
                del unused[index]
                break
    return matched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('path', type=Path)
    parser.add_argument('--ids', choices=('even', 'odd', 'all'), default='all')
    parser.add_argument('--show-errors', action='store_true')
    args = parser.parse_args(argv)

    from factlex import extract

    tp = fp = fn = exact = texts = 0
    for item in items(args.path, args.ids):
        texts += 1
        facts = [fact for fact in extract(item['text'], types=['official']) if fact.person]
        found = [(_persons(fact.person), _text(fact.position)) for fact in facts]
        gold = [(_person(pair['person'], None), _text(pair['position'])) for pair in item['officials']]
        matched = _score_text(gold, found)
        tp, fp, fn = tp + matched, fp + len(found) - matched, fn + len(gold) - matched
        exact += matched == len(gold) == len(found)
        if args.show_errors and not matched == len(gold) == len(found):
            print(f"[{item['id']} {item.get('class', '')}] {item['text']}\n"
                  f'    expected {sorted(gold)}\n    got      {sorted((min(names), post) for names, post in found)}')
    precision, recall, f1 = prf(tp, fp, fn)
    print(f'texts {texts}  pairs P {precision:.1f}  R {recall:.1f}  F1 {f1:.1f}  '
          f'(TP {tp} FP {fp} FN {fn})  exact {exact}/{texts}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
