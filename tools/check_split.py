"""Split the shared development data into a tuning part and a check part.

The check part is what grammar work must not be tuned on: read only its totals
(docs/facts.md, "Tuning and check splits"). The rule is fixed and written here so
that anyone gets the same parts:

- NEREL train: a document is in the check part when the SHA-1 of its file stem,
  read as a number, is divisible by 5 (a fifth);
- factRuEval-2016 devset: when the SHA-1 of its ``book_N`` stem is divisible by 3
  (a third);
- values-dev-2.jsonl: the cases with an odd number in their id (``d2-001``);
- agreements-dev.jsonl: a record whose SHA-1 of ``doc:trigger-start`` is divisible by 3.

Nothing is copied: the corpus folders are links into ``../shared/corpus``, the jsonl
parts are filtered lines of its files. Usage::

    python tools/check_split.py ../shared/corpus /tmp/splits

then, for example::

    python ../shared/tools/evaluate.py --nerel /tmp/splits/nerel --split check --task nerel.title
    python ../shared/tools/evaluate.py --task fre.occupation --fre /tmp/splits/fre --fre-split check
    python ../shared/tools/evaluate.py --values /tmp/splits/values-dev-2.check.jsonl
    python ../shared/tools/evaluate.py --task agreements --gold /tmp/splits/agreements-dev.check.jsonl \\
        --nerel ../shared/corpus/nerel --fre ../shared/corpus/fre
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path


def _hashed(key: str) -> int:
    return int(hashlib.sha1(key.encode('utf-8')).hexdigest(), 16)


def nerel_part(stem: str) -> str:
    """``'check'`` or ``'tune'`` for a NEREL document stem."""
    return 'check' if _hashed(stem) % 5 == 0 else 'tune'


def fre_part(stem: str) -> str:
    """``'check'`` or ``'tune'`` for a factRuEval document stem (``book_N``)."""
    return 'check' if _hashed(stem) % 3 == 0 else 'tune'


def values_part(case_id: str) -> str:
    """``'check'`` for the odd-numbered cases of values-dev-2."""
    number = int(re.findall(r'\d+', case_id)[-1])
    return 'check' if number % 2 else 'tune'


def agreement_part(record: dict) -> str:
    """``'check'`` or ``'tune'`` for an agreements-dev record."""
    return 'check' if _hashed(f"{record['doc']}:{record['trigger'][0]}") % 3 == 0 else 'tune'


def _link_documents(source: Path, target: Path, part_of) -> dict[str, int]:
    counts = {'tune': 0, 'check': 0}
    stems = sorted({path.name.split('.')[0] for path in source.iterdir() if path.suffix == '.txt'})
    for stem in stems:
        part = part_of(stem)
        counts[part] += 1
        folder = target / part
        folder.mkdir(parents=True, exist_ok=True)
        for path in source.glob(stem + '.*'):
            link = folder / path.name
            if not link.exists():
                link.symlink_to(path.resolve())
    return counts


def _split_jsonl(source: Path, target: Path, part_of) -> dict[str, int]:
    counts = {'tune': 0, 'check': 0}
    outputs = {part: open(target / f'{source.stem}.{part}.jsonl', 'w', encoding='utf-8') for part in counts}
    with open(source, encoding='utf-8') as lines, outputs['tune'], outputs['check']:
        for line in lines:
            if line.strip():
                part = part_of(json.loads(line))
                counts[part] += 1
                outputs[part].write(line)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('corpus', type=Path, help='the shared corpus folder')
    parser.add_argument('out', type=Path, help='where the parts are made')
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print('nerel', _link_documents(args.corpus / 'nerel' / 'train', args.out / 'nerel', nerel_part))
    print('fre', _link_documents(args.corpus / 'fre' / 'devset', args.out / 'fre', fre_part))
    print('values-dev-2', _split_jsonl(args.corpus / 'values-dev-2.jsonl', args.out,
                                       lambda case: values_part(case['id'])))
    print('agreements-dev', _split_jsonl(args.corpus / 'agreements-dev.jsonl', args.out, agreement_part))


if __name__ == '__main__':
    main()
