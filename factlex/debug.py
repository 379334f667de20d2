"""``factlex debug TEXT``: why a phrase did or did not give a fact.

For a grammar author: the tokens with their morphology, then for each grammar
whether its trigger matched, the windows it parsed, every match in them with
the parse tree (the rules that fired, down to the tokens and the predicates
they met), what ``to_facts`` made of it, which matches the overlap
resolution kept, and the final facts. ``--dot`` adds each tree as graphviz
source (yargy's rendering; ``dot -Tsvg`` draws it).

A window where no match gave a fact shows its longest partial parse: the
rules that got furthest, from the grammar's root rule down to the one that
stopped, what each had matched, and the token it stopped at with what it
expected there.

The trace comes from the extractor itself (``Extractor._extract`` with a
``trace`` callback), so what it shows is what ``extract`` does.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Optional, TextIO

import attrs

from . import arguments
from .alphabets import in_one_alphabet
from .extractor import EOL, Extractor, _check_text
from .grammar import Grammar

__all__ = ['describe', 'main']

#: Readings shown per token: enough to see which one a rule met.
READINGS = 4

#: Characters a predicate's or a rule's label is cut to: a word list may be long.
LABEL_CHARS = 60

#: Rules a partial parse shows at most, from the innermost one up.
PARTIAL_DEPTH = 12


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


def _label(term: Any) -> str:
    label = str(getattr(term, 'label', None) or term)
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + '…'


def _chart(parser: Any, tokens: Sequence[Any]) -> Any:
    """yargy's own chart of ``tokens``, every state kept: the extractor's
    chart drops the states that cannot advance, which are what a miss is about."""
    from yargy.parser import Chart
    from yargy.rule.bnf import is_rule

    chart = Chart(tokens)
    for column, following in chart:
        parser.predict(column, following, parser.rule)
        for state in column:
            if state.completed:
                parser.complete(column, state)
            elif is_rule(state.next_term):
                parser.predict(column, following, state.next_term)
            elif following:
                parser.scan(following, state.next_term, state)
    return chart


def _first_terms(rule: Any, limit: int = 4) -> list[str]:
    """Labels of the terminals ``rule`` may begin with, the first few."""
    from yargy.rule.bnf import is_rule

    found: list[str] = []
    seen: set[int] = set()
    stack = [rule]
    while stack and len(found) < limit:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for production in reversed(current.productions):
            if not production.terms:
                continue
            first = production.terms[0]
            if is_rule(first):
                stack.append(first)
            elif _label(first) not in found:
                found.append(_label(first))
    return found[:limit]


def _partial(parser: Any, tokens: Sequence[Any], text: str) -> list[str]:
    """The longest partial parse of ``tokens``: the rules, root first, that
    got furthest, and where and why the innermost one stopped."""
    from yargy.rule.bnf import is_rule

    outermost: dict[tuple[int, int], int] = {}

    def begins(state: Any, visiting: frozenset[int] = frozenset()) -> int:
        """Where the outermost rule that waits for ``state``'s began: how far back its parse reaches."""
        key = (id(state.rule), state.start_column.index)
        if key not in outermost:
            starts = [state.start_column.index]
            for parent in state.parents:
                if id(parent) not in visiting:
                    starts.append(begins(parent, visiting | {id(state)}))
            outermost[key] = min(starts)
        return outermost[key]

    best = None
    for column in _chart(parser, tokens).columns:
        for state in column.states:
            start, stop = state.range
            if state.completed or stop == start:
                continue
            # the longest reach from the outermost rule's start, then the furthest
            key = (stop - begins(state), stop)
            if best is None or key > best[0]:
                best = (key, state)
    if best is None:
        return ['    longest partial parse: no rule matched even its first word']
    innermost = best[1]
    levels = [innermost]
    seen = {id(innermost)}
    while len(levels) < PARTIAL_DEPTH:
        parents = [parent for parent in levels[-1].parents if id(parent) not in seen]
        if not parents:
            break
        # The parent that had matched the most before waiting for this rule.
        parent = min(parents, key=lambda state: (state.start_column.index, id(state.production)))
        seen.add(id(parent))
        levels.append(parent)
    start, stop = levels[-1].range[0], innermost.range[1]
    stopped = f"token {stop} {tokens[stop].value!r}" if stop < len(tokens) else 'the end of the window'
    lines = [f'    longest partial parse: {_quote(text, tokens[start].span.start, tokens[stop - 1].span.stop)}, '
             f'stopped at {stopped}']
    for state in reversed(levels):
        terms = state.production.terms
        if len(terms) == 1 and state.dot_index == 0:
            continue  # a rule that only names another adds nothing
        done = ' '.join(_label(term) for term in terms[:state.dot_index])
        rest = ' '.join(_label(term) for term in terms[state.dot_index:])
        first, last = state.range
        matched = (f' matched {_quote(text, tokens[first].span.start, tokens[last - 1].span.stop)}'
                   if last > first else '')
        lines.append(f'      {_label(state.rule)} -> {done} • {rest}{matched}'.replace('->  •', '-> •'))
    expected = innermost.next_term
    if is_rule(expected):
        begins = ', '.join(_first_terms(expected))
        lines.append(f'      expected {_label(expected)}, which begins with {begins}, at {stopped}')
    else:
        lines.append(f'      expected {_label(expected)} at {stopped}')
    return lines


def _fit(line: str, width: Optional[int]) -> str:
    return line if width is None or len(line) <= width else line[:max(width - 1, 1)] + '…'


def describe(text: str, extractor: Extractor, *, dot: bool = False, width: Optional[int] = None) -> str:
    """The debug report of ``text`` with ``extractor``'s grammars, as printed by ``factlex debug``;
    lines longer than ``width`` characters are cut."""
    _check_text(text)
    lines = [f'text: {text!r}', '', 'tokens:']
    text = in_one_alphabet(text)  # as Extractor.extract reads it
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
    parsers = dict(extractor._parsers)
    window: list[Any] = []
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
                if window:
                    lines += _partial(parsers[grammar], window, text)
    lines += ['', f'facts: {len(facts)}']
    for fact in facts:
        lines.append(f'  {type(fact).__name__} {_quote(text, fact.span.start, fact.span.stop)}  {_fields(fact)}')
    return '\n'.join(_fit(line, width) for line in lines) + '\n'


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
    stream = stdout or sys.stdout
    # Cut at the terminal's width, never in a file or a pipe, whose reader may want it all.
    width = shutil.get_terminal_size().columns if _is_terminal(stream) else None
    stream.write(describe(text, extractor, dot=args.dot, width=width))
    return 0


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
