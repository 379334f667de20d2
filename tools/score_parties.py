"""Score the parties of agreement signings: who signs, as a set per text.

Usage::

    python tools/score_parties.py tests/heldout/agreements_parties.jsonl [--ids even|odd|all] [--show-errors] [--skip-refused]

Each line holds ``text``, ``parties`` (the signers in the nominative, without
quotes, legal forms or type words; [] when none is named) and ``class`` (the
construction). A text with no parties is a negative: it tells of no signing, or names no
signer. A text's
predicted parties are those of all its Agreement facts. Names are compared in
lower case, with "ё" read as "е" and quotes dropped. Printed: party precision,
recall and F1 over the positive texts, how many texts have exactly their
parties, and how many negative texts gave a fact.

``tests/heldout/agreements_parties.jsonl`` was written by someone who had seen
no code and was never tuned on: read its totals only (``--show-errors`` is for
sets written to be tuned on).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from halves import items, prf


def _name(value: str) -> str:
    return value.lower().replace('ё', 'е').replace('«', '').replace('»', '').replace('"', '').strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('path', type=Path)
    parser.add_argument('--ids', choices=('even', 'odd', 'all'), default='all',
                        help='a fixed part of the file: one half is tuned on, the other read for totals only')
    parser.add_argument('--show-errors', action='store_true')
    parser.add_argument('--skip-refused', action='store_true',
                        help="leave out facts whose status is 'refused', for files whose "
                             "writers list no sides of a refused signing")
    args = parser.parse_args(argv)

    from factlex import extract

    tp = fp = fn = exact = positives = negatives = negative_facts = 0
    for item in items(args.path, args.ids):
        facts = [fact for fact in extract(item['text'], types=['agreement'])
                 if not (args.skip_refused and fact.status == 'refused')]
        if not item['parties']:
            negatives += 1
            negative_facts += bool(facts)
            if facts and args.show_errors:
                print(f"negative gave a fact: {item['text']}")
            continue
        positives += 1
        found = {_name(party) for fact in facts for party in fact.parties}
        gold = {_name(party) for party in item['parties']}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
        exact += found == gold
        if found != gold and args.show_errors:
            print(f"{item['text']}\n    expected {sorted(gold)}\n    got      {sorted(found)}")
    precision, recall, f1 = prf(tp, fp, fn)
    print(f'texts {positives}  parties P {precision:.1f}  R {recall:.1f}  F1 {f1:.1f}  '
          f'exact {exact}/{positives}  negatives with a fact {negative_facts}/{negatives}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
