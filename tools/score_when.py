"""Score the dates of agreement signings: the phrase as written and its parts.

Usage::

    python tools/score_when.py tests/heldout/agreements_when.jsonl [--show-errors]

Each line holds ``text``, ``reference_date`` (ISO, or null for absolute dates)
and ``facts``: Agreement facts with ``kind``, ``status``, ``date`` and
``when`` (``year``, ``month``, ``day``, null where the text gives none).
``../shared/tools/evaluate.py`` scores ``date`` as a string but not ``when``,
so this script is the measure of issue 13's "``when`` correct".

A gold fact is matched to the predicted Agreement of the same kind whose span
holds its ``date`` phrase, or failing that, of the same kind. Printed: detection
recall, status accuracy, date phrase accuracy and ``when`` accuracy over all
gold facts (a missed signing counts as wrong in each) and over the signings
found (``*_of_found``, as ``evaluate.py`` scores attributes over matched
pairs), and the same for the absolute and the relative lines apart. ``--part odd`` keeps the check part
(odd id numbers), whose errors are not to be read while tuning; ``--part even``
the tuning part.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import sys
from pathlib import Path
from typing import Optional

from factlex import Agreement, extract


def _fold(phrase: Optional[str]) -> str:
    return ' '.join((phrase or '').lower().replace('ё', 'е').split())


def _match(gold: dict, text: str, found: list[Agreement]) -> Optional[Agreement]:
    same_kind = [fact for fact in found if _fold(fact.kind) == _fold(gold.get('kind'))] or found
    date = _fold(gold.get('date'))
    for fact in same_kind:
        if date and date in _fold(text[fact.span.start:fact.span.stop]) or _fold(fact.date) == date:
            return fact
    return same_kind[0] if same_kind else None


def _in_part(case_id: str, part: str) -> bool:
    number = int(case_id.rsplit('-', 1)[-1])
    return part == 'all' or (number % 2 == 0) == (part == 'even')


def score(path: Path, part: str = 'all', show_errors: bool = False) -> dict[str, dict[str, float]]:
    """Per group ('all', 'absolute', 'relative'): counts and ratios of the four measures."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in path.read_text(encoding='utf-8').splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if not _in_part(case['id'], part):
            continue
        reference = case.get('reference_date')
        found = [fact for fact in extract(case['text'], types=['Agreement'],
                                          reference_date=datetime.date.fromisoformat(reference) if reference else None)
                 if isinstance(fact, Agreement)]
        for gold in case['facts']:
            fact = _match(gold, case['text'], found)
            want = gold.get('when') or {}
            checks = {
                'detected': fact is not None,
                'status': fact is not None and fact.status == gold.get('status'),
                'date': fact is not None and _fold(fact.date) == _fold(gold.get('date')),
                'when': fact is not None and fact.when is not None
                and (fact.when.year, fact.when.month, fact.when.day) == (want.get('year'), want.get('month'), want.get('day')),
            }
            for group in ('all', 'relative' if reference else 'absolute'):
                counts[group]['gold'] += 1
                counts[group].update(name for name, ok in checks.items() if ok)
            if show_errors and not all(checks.values()):
                got = None if fact is None else (fact.status, fact.date, fact.when and (fact.when.year, fact.when.month, fact.when.day))
                print(f"{case['id']}: {case['text']}\n    want {gold.get('status')}, {gold.get('date')!r}, {want}; got {got}")
    # over the signings found too, as evaluate.py scores attributes over matched pairs
    return {group: {'gold': c['gold'], **{name: round(c[name] / c['gold'], 3) for name in ('detected', 'status', 'date', 'when')},
                    'found': c['detected'],
                    **{f'{name}_of_found': round(c[name] / c['detected'], 3) if c['detected'] else None
                       for name in ('status', 'date', 'when')}}
            for group, c in counts.items()}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('path', type=Path)
    parser.add_argument('--part', choices=('all', 'even', 'odd'), default='all',
                        help='the cases whose id number is even (the tuning part) or odd (the check part)')
    parser.add_argument('--show-errors', action='store_true')
    args = parser.parse_args(argv)
    for group, result in score(args.path, args.part, args.show_errors).items():
        print(group, json.dumps(result))
    return 0


if __name__ == '__main__':
    sys.exit(main())
