"""yargy's Earley chart with one-token lookahead: the same parses, far fewer states.

yargy predicts every production of a rule at every token, and for ``findall``
it predicts the whole grammar at every token. Most of those productions can
never match: their first word is a post, a capitalized name or a number, and
the next token is a preposition. Predicting only the productions whose first
terminal accepts the next token (or that may match nothing) keeps the chart
small; which parses exist does not change, because a pruned production could
not have scanned the token anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Optional

from yargy.parser import Chart, Node, State
from yargy.predicates import bank, constructors
from yargy.rule.bnf import is_rule

__all__ = ['chart']


class _Lookahead:
    """For each rule of a grammar, its productions with the terminals that may
    begin them and whether they may match nothing."""

    def __init__(self, root: Any) -> None:
        rules = _reachable(root)
        first: dict[int, dict[int, Any]] = {id(rule): {} for rule in rules}
        nullable: dict[int, bool] = {id(rule): False for rule in rules}
        changed = True
        while changed:  # the least fixpoint: rules refer to each other and to themselves
            changed = False
            for rule in rules:
                for production in rule.productions:
                    begins, empty = _begins(production.terms, first, nullable)
                    known = first[id(rule)]
                    for key, predicate in begins.items():
                        if key not in known:
                            known[key] = predicate
                            changed = True
                    if empty and not nullable[id(rule)]:
                        nullable[id(rule)] = changed = True
        # Productions that may begin with the same terminals share one entry,
        # so that the check is made once per token for all of them.
        interned: dict[frozenset[int], _Begins] = {}
        self.productions = {}
        for rule in rules:
            entries = []
            for index, production in enumerate(rule.productions):
                begins, empty = _begins(production.terms, first, nullable)
                signature = frozenset(begins)
                if signature not in interned:
                    interned[signature] = _Begins(begins.values())
                entries.append((index, production, interned[signature], empty))
            self.productions[id(rule)] = entries
        # (id of a predicate, token text) -> whether it accepts the token
        self.accepts: dict[tuple[int, Any], bool] = {}
        # (id of a rule, text of the next token or None) -> productions that may begin there
        self.viable: dict[tuple[int, Any], tuple[tuple[int, Any], ...]] = {}
        # (id of a _Begins, token text) -> whether one of its terminals accepts the token
        self.may_begin: dict[tuple[int, Any], bool] = {}
        self.shapes: dict[tuple[int, tuple[int, ...]], tuple[tuple[int, Any], ...]] = {}


class _Begins:
    """The terminals a production may begin with, indexed by the token keys
    they need (see :func:`_requirement`); the rest are listed."""

    def __init__(self, predicates: Any) -> None:
        indexed: dict[tuple[str, str], list[Any]] = {}
        unindexed = []
        for predicate in predicates:
            keys = _requirement(predicate)
            if keys is None:
                unindexed.append(predicate)
            for key in keys or ():
                indexed.setdefault(key, []).append(predicate)
        self.indexed = {key: tuple(predicates) for key, predicates in indexed.items()}
        self.unindexed = tuple(unindexed)


def _reachable(root: Any) -> list[Any]:
    seen: dict[int, Any] = {}
    stack = [root]
    while stack:
        rule = stack.pop()
        if id(rule) in seen:
            continue
        seen[id(rule)] = rule
        stack.extend(term for production in rule.productions for term in production.terms if is_rule(term))
    return list(seen.values())


def _begins(terms: Sequence[Any], first: dict[int, dict[int, Any]],
            nullable: dict[int, bool]) -> tuple[dict[int, Any], bool]:
    begins: dict[int, Any] = {}
    for term in terms:
        if not is_rule(term):
            begins[id(term)] = term
            return begins, False
        begins.update(first[id(term)])
        if not nullable[id(term)]:
            return begins, False
    return begins, True


def _requirement(predicate: Any) -> Optional[frozenset[tuple[str, str]]]:
    """Keys one of which a token must have for ``predicate`` to accept it, or
    None when the predicate states no such need. A token's keys are its
    value ('v'), its value in lower case ('l'), its lemmas ('n'), its type
    ('t') and, when it starts with a capital, ('c', 'U'). A predicate of
    factlex may declare that it needs a capital with ``needs_capital``."""
    if getattr(predicate, 'needs_capital', False):
        return frozenset({('c', 'U')})
    if isinstance(predicate, bank.TypePredicate):
        return frozenset({('t', predicate.value)})
    if isinstance(predicate, bank.eq):
        return frozenset({('v', predicate.value)})
    if isinstance(predicate, bank.caseless):
        return frozenset({('l', predicate.value)})
    if isinstance(predicate, bank.in_):
        return frozenset(('v', value) for value in predicate.value)
    if isinstance(predicate, bank.in_caseless):
        return frozenset(('l', value) for value in predicate.value)
    if isinstance(predicate, bank.DictionaryPredicate):
        return frozenset(('n', value) for value in predicate.value)
    if isinstance(predicate, constructors.AndPredicate):
        needs = [need for need in map(_requirement, predicate.predicates) if need is not None]
        return min(needs, key=len) if needs else None
    if isinstance(predicate, constructors.OrPredicate):
        needs = [_requirement(child) for child in predicate.predicates]
        return None if any(need is None for need in needs) else frozenset().union(*needs)
    return None


def _token_keys(token: Any) -> set[tuple[str, str]]:
    keys = {('v', token.value), ('l', token.value.lower()), ('t', token.type)}
    if token.value[:1].isupper():
        keys.add(('c', 'U'))
    forms = getattr(token, 'forms', None)
    if forms:
        keys.update(('n', form.normalized) for form in forms)
    else:
        keys.add(('n', getattr(token, 'normalized', token.value)))
    return keys


_LOOKAHEADS: dict[int, tuple[Any, _Lookahead]] = {}


def _lookahead(parser: Any) -> _Lookahead:
    # Keyed by the parser's root rule, which is built once per Parser; the
    # rule is kept alongside so that its id is not reused.
    entry = _LOOKAHEADS.get(id(parser.rule))
    if entry is None or entry[0] is not parser.rule:
        entry = _LOOKAHEADS[id(parser.rule)] = (parser.rule, _Lookahead(parser.rule))
    return entry[1]


#: Entries each cache of a grammar's lookahead may hold before it is emptied:
#: bounds memory on endless input while keeping the common words.
TOKEN_CACHE_SIZE = 50_000


def chart(parser: Any, tokens: Sequence[Any], last_start: Optional[int] = None) -> Chart:
    """What ``parser.chart(tokens)`` builds for ``findall``, with lookahead.

    With ``last_start``, matches begin at that token index at the latest.

    What a predicate says of a token, and so which productions may begin at
    it, depends only on the token: its type and morphology are functions of its
    text. Both are cached across windows and texts by
    its text, so a word seen before costs no predicate calls.
    """
    lookahead = _lookahead(parser)
    chart = Chart(tokens)
    accepts, viable, may_begin = lookahead.accepts, lookahead.viable, lookahead.may_begin
    if max(len(accepts), len(viable), len(may_begin)) > TOKEN_CACHE_SIZE:
        accepts.clear()
        viable.clear()
        may_begin.clear()
        lookahead.shapes.clear()
    keys: dict[int, set[tuple[str, str]]] = {}
    # A token's type follows from its text (the tokenizer's rules are
    # disjoint), so the text alone keys it.
    words = [None] + [token.value for token in tokens]

    def predict(column: Any, next_column: Any, rule: Any) -> None:
        key = (id(rule), words[next_column.index] if next_column is not None else None)
        productions = viable.get(key)
        if productions is None:
            # at the end nothing is left to scan: only empty productions remain
            found = tuple(
                (index, production)
                for index, production, begins, empty in lookahead.productions[id(rule)]
                if empty or (next_column is not None and _may_begin(begins, next_column))
            )
            # Most words allow the same few sets of productions: one copy each.
            shape = (id(rule), tuple(index for index, _ in found))
            productions = viable[key] = lookahead.shapes.setdefault(shape, found)
        for index, production in productions:
            column.append(State(
                rule, production, dot_index=0, start_column=column, stop_column=column,
                node=Node(rule, production, rank=index, children=[]),
            ))

    def _may_begin(begins: _Begins, column: Any) -> bool:
        key = (id(begins), words[column.index])
        result = may_begin.get(key)
        if result is None:
            result = may_begin[key] = _check(begins, column)
        return result

    def _check(begins: _Begins, column: Any) -> bool:
        token_keys = keys.get(column.index)
        if token_keys is None:
            token_keys = keys[column.index] = _token_keys(column.token)
        for token_key in token_keys:
            for predicate in begins.indexed.get(token_key, ()):
                if _accepts(predicate, column):
                    return True
        return any(_accepts(predicate, column) for predicate in begins.unindexed)

    def _accepts(predicate: Any, column: Any) -> bool:
        key = (id(predicate), words[column.index])
        result = accepts.get(key)
        if result is None:
            result = accepts[key] = bool(predicate(column.token))
        return result

    for column, next_column in chart:
        if last_start is None or column.index <= last_start:
            predict(column, next_column, parser.rule)
        for state in column:
            if state.completed:
                parser.complete(column, state)
            else:
                next_term = state.next_term
                if is_rule(next_term):
                    predict(column, next_column, next_term)
                elif next_column and _accepts(next_term, next_column):
                    # the lookahead has often tested this terminal on this token already
                    parser.scan(next_column, next_term, state)
    return chart
