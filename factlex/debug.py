"""``factlex debug TEXT``: why a phrase did or did not give a fact.

For a grammar author: the tokens with their morphology, then for each grammar
whether its trigger matched, the windows it parsed, every match in them with
the parse tree (the rules that fired, down to the tokens and the predicates
they met), what ``to_facts`` made of it, which matches the overlap
resolution kept, and the final facts. ``--dot`` adds each tree as graphviz
source (yargy's rendering; ``dot -Tsvg`` draws it).

The trace comes from the extractor itself (``Extractor._extract`` with a
``trace`` callback), so what it shows is what ``extract`` does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Optional, TextIO

import attrs

from . import arguments
from .extractor import EOL, Extractor, _check_text
from .grammar import Grammar

__all__ = ['describe', 'main']

#: Readings shown per token: enough to see which one a rule met.
READINGS = 4


def _auto_named(node: Any) -> bool:
    # yargy names the rules nobody named R0, R1, ...; those only add depth.
    name = getattr(node.rule, 'name', None) or ''
    return node.rule.interpretator is None and name[:1] == 'R' and name[1:].isdigit()


def _tree_lines(node: Any, depth: int = 0) -> Iterator[str]:
    indent = '  ' * depth
    if not node.children and hasattr(node, 'token'):
        predicate = getattr(node.predicate, 'label', None) or repr(node.predicate)
        yield f'{indent}{node.token.value!r}  <- {predicate}'
        return
    if _auto_named(node):
        for child in node.children:
            yield from _tree_lines(child, depth)
        return
    yield f'{indent}{node.label}'
    for child in node.children:
        yield from _tree_lines(child, depth + 1)


def _readings(token: Any) -> str:
    forms = getattr(token, 'forms', None) or []
    shown = []
    for form in forms:
        reading = f'{form.normalized} {",".join(sorted(form.grams.values))}'
        if reading not in shown:
            shown.append(reading)
    more = f' (+{len(shown) - READINGS} more)' if len(shown) > READINGS else ''
    return ' | '.join(shown[:READINGS]) + more


def _value(value: Any) -> str:
    if attrs.has(type(value)) and hasattr(value, 'name'):
        return repr(value.name)  # a Person, by its readable full name
    return repr(str(value) if isinstance(value, Decimal) else value)


def _fields(fact: Any) -> str:
    return ' '.join(
        f'{field.name}={_value(value)}'
        for field in attrs.fields(type(fact)) if field.name != 'span'
        for value in [getattr(fact, field.name)] if value is not None
    )


def _pattern(trigger: Any, limit: int = 70) -> str:
    pattern = trigger.pattern
    return repr(pattern if len(pattern) <= limit else pattern[:limit - 1] + '…')


def _quote(text: str, start: int, stop: int) -> str:
    return f'{start}-{stop} {text[start:stop]!r}'


def describe(text: str, extractor: Extractor, *, dot: bool = False) -> str:
    """The debug report of ``text`` with ``extractor``'s grammars, as printed by ``factlex debug``."""
    _check_text(text)
    lines = [f'text: {text!r}', '', 'tokens:']
    tokens = list(extractor._tokenizer.scan(text))
    for index, token in enumerate(tokens):
        if token.type == EOL:
            lines.append(f'  {index:>3}  {token.span.start}-{token.span.stop}  line break')
            continue
        analyzed = extractor._tokenizer.analyzed(token)
        readings = _readings(analyzed)
        lines.append(
            f'  {index:>3}  {token.span.start}-{token.span.stop}  {token.value!r}  {token.type}'
            + (f'  {readings}' if readings else '')
        )

    events: list[tuple[Any, ...]] = []
    active = []
    for grammar, parser in extractor._parsers:
        if extractor.prefilter and not grammar.trigger.search(text):
            events.append(('skipped', grammar))
        else:
            active.append((grammar, parser))
    facts = extractor._extract(text, active, trace=lambda *event: events.append(event)) if active else []

    current: Optional[Grammar] = None
    for event in events:
        kind, grammar = event[0], event[1]
        if grammar is not current:
            current = grammar
            lines += ['', f'grammar {grammar.name} ({grammar.fact.__name__}):']
            if kind != 'skipped':
                found = [_quote(text, *match.span()) for match in grammar.trigger.finditer(text)]
                lines.append(f'  trigger {_pattern(grammar.trigger)} matches: {", ".join(found)}')
        if kind == 'skipped':
            lines.append(f'  trigger {_pattern(grammar.trigger)} does not match: not parsed')
        elif kind == 'window':
            window = event[2]
            if window:
                start, stop = window[0].span.start, window[-1].span.stop
                lines.append(f'  window {_quote(text, start, stop)}')
        elif kind == 'match':
            _, _, tree, match, outcome, produced = event
            lines.append(f'    match {_quote(text, match.span.start, match.span.stop)}: {outcome}')
            lines += [f'      {line}' for line in _tree_lines(tree.root)]
            for fact in produced:
                span = getattr(fact, 'span', None)
                where = f'{span.start}-{span.stop} ' if span is not None else ''
                shown = _fields(fact) if span is not None else repr(fact)  # money's amounts awaiting a currency
                lines.append(f'      -> {type(fact).__name__} {where}{shown}')
            if dot:
                lines.append('      graphviz:')
                lines += [f'        {line}' for line in ''.join(tree.as_dot.source).splitlines()]
        elif kind == 'cover':
            _, _, kept, found = event
            lost = sorted(set(found) - set(kept))
            if found:
                lines.append(f'    kept {len(kept)} of {len(found)} matches that gave facts'
                             + (f'; overlapped by better ones: {len(lost)}' if lost else ''))
            else:
                lines.append('    no match gave a fact in this window')
    lines += ['', f'facts: {len(facts)}']
    for fact in facts:
        lines.append(f'  {type(fact).__name__} {_quote(text, fact.span.start, fact.span.stop)}  {_fields(fact)}')
    return '\n'.join(lines) + '\n'


def main(argv: Sequence[str], stdout: Optional[TextIO] = None) -> int:
    """Run ``factlex debug`` with ``argv`` (the arguments after "debug"); return the exit status."""
    parser = argparse.ArgumentParser(
        prog='factlex debug',
        description='Show how factlex reads a phrase: tokens, morphology, triggers, matches, parse trees, facts.',
    )
    parser.add_argument('text', nargs='+', metavar='TEXT', help="the phrase (several words are joined by spaces); '-' reads standard input")
    parser.add_argument('--types', type=arguments.types, metavar='TYPE[,TYPE...]', help='built-in fact types to run; default all')
    parser.add_argument('--grammar', action='append', type=arguments.grammar, default=[], metavar='MODULE[:NAME]',
                        help='add a custom grammar: a grammar module, or a Grammar object in a module (repeatable)')
    parser.add_argument('--only-custom', action='store_true', help='run only the --grammar grammars')
    parser.add_argument('--dot', action='store_true', help="print each match's parse tree as graphviz source too")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    text = sys.stdin.read() if args.text == ['-'] else ' '.join(args.text)
    try:
        extractor = Extractor(() if args.only_custom else args.types, grammars=args.grammar)
    except (TypeError, ValueError) as error:
        print(f'factlex debug: {error}', file=sys.stderr)
        return 2
    (stdout or sys.stdout).write(describe(text, extractor, dot=args.dot))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
