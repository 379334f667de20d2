"""yargy's Earley parsing over yargy's rules: the same trees and more, far less work.

yargy's chart is the expensive step of factlex, and most of its work builds
states that never match. This chart runs the same algorithm on the same
rules and returns the trees yargy returns, sorted as yargy sorts them
(tests/test_earley.py compares them with yargy's), but:

- it predicts only the productions whose first terminal accepts the next
  token, or that may match nothing (one-token lookahead), and a rule once per
  column; yargy predicts every production of a rule at every token, and for
  ``findall`` the whole grammar at every token;
- it drops a state whose next terminal rejects the next token, or whose next
  rule cannot begin there, instead of keeping it to no end;
- a state is a tuple, and a tree node is made only for what a match holds
  (a completion or a scanned word is a tuple until then); yargy makes a
  node for every state, though most never get past their prediction;
- what a predicate says of a word, and which productions may begin at it,
  is cached by the word's text across windows and texts; equal predicates
  built in different rules share one verdict, and a rule's productions that
  begin with the same terminals are checked together;
- a rule equal to another (the same productions: every ``X.optional()`` is
  a rule of its own) is read as that one, and a rule's productions that
  begin alike are predicted as one group until they part; the nodes made
  are those of the grammar's own rules.

Which parses exist does not change: a pruned production or state could not
have scanned the token anyway. One thing is added: when a rule that may match
nothing completes in a column before a state that waits for it is added
there, yargy's chart never hands that completion to the later state, and
loses its parses (Earley's nullable gap: "член Палаты представителей
Конгресса" lost its whole body whenever "Конгресса", a body of its own, had
made the optional part after it complete first). This chart advances such a
state over the empty completions of its column when it arrives, so it finds
every tree yargy finds and those yargy loses; a rule completes empty at most
once per column, which also ends cycles of rules that may all match nothing.
The chart holds no reference cycles, so it is freed as soon as its trees are
read, even while the cyclic garbage collector is paused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any, Optional

from yargy.parser import Match
from yargy.parser import prepare_match as _yargy_prepare_match
from yargy.span import resolve_spans
from yargy.token import get_tokens_span
from yargy.tree.constructors import Leaf, Node, Tree
from yargy.predicates import bank, constructors
from yargy.morph import Grams
from yargy.rule.bnf import is_rule
from yargy.token import MorphToken

__all__ = ['can_match', 'findall', 'match', 'matches', 'needs_capital', 'prepare_match']


class _Production:
    """A production of a rule with what the chart asks of it at each step."""

    __slots__ = ('rule', 'rule_id', 'production', 'rank', 'terms', 'term_ids', 'tests', 'size', 'waits', 'answers',
                 'capital_after', 'members', 'remap')

    def __init__(self, rule: Any, production: Any, rank: int, verdict_ids: dict[int, int],
                 tests: dict[int, Any], needs_capital: Optional[Any] = None,
                 terms: Optional[Sequence[Any]] = None) -> None:
        self.rule = rule
        self.rule_id = id(rule)
        self.production = production
        self.rank = rank  # its index among the rule's productions, which orders trees
        # ``terms``: a shared prefix's, for a group (see _group)
        self.terms = tuple(production.terms if terms is None else terms)
        # for a group: the productions that begin with its terms, in their
        # order; a state of the group that has read them all hands its
        # children to each of them that may go on (see ``matches``)
        self.members: Optional[tuple[_Production, ...]] = None
        # for a member of a group: at each dot of the shared prefix, the rule
        # of its own that the group read as an equal one, or None (_tree_node)
        self.remap: Optional[tuple[Any, ...]] = None
        # at each dot: the id that keys its terminal's verdicts in the cache of
        # words (shared by equal terminals, see _verdict_ids), or its rule's id
        self.term_ids = tuple(verdict_ids.get(id(term), id(term)) for term in self.terms)
        # at each dot: what asks its terminal for a verdict (see _test), None for a rule
        self.tests = tuple(tests.get(term_id) for term_id in self.term_ids)
        self.size = len(self.terms)
        # at each dot: the id of the rule the state waits for, or None for a terminal or the end
        self.waits = tuple(id(term) if is_rule(term) else None for term in self.terms) + (None,)
        # at each dot: the key of the answer, in the row of the next word, to
        # whether a state with its dot there may advance (its terminal's
        # verdict, or the productions of its rule that may begin, empty when
        # none), None at the end, where a state is complete
        self.answers = self.term_ids + (None,)
        # at each dot: whether what is left of the production, from there on,
        # holds a word that only a capital begins (``needs_capital(term)``)
        # so that a state there with no capital left in its window is dead
        needs = [bool(needs_capital and needs_capital(term)) for term in self.terms]
        self.capital_after = tuple(any(needs[dot:]) for dot in range(self.size + 1))


class _Lookahead:
    """For each rule of a grammar, its productions with the terminals that may
    begin them and whether they may match nothing."""

    def __init__(self, root: Any) -> None:
        rules = _reachable(root)
        verdict_ids = _verdict_ids(rules)
        tests = {verdict_id: _test(predicate) for verdict_id, predicate in _terminals(rules, verdict_ids).items()}
        first, nullable = _first_terminals(rules, verdict_ids)
        # for each rule: its productions, grouped by what may begin them; made
        # when the chart first predicts the rule, so that a short text pays
        # only for the rules it reaches (the official grammar has 1,168)
        self.choices = _ChoicesByRule({id(rule): rule for rule in rules}, first, nullable, verdict_ids, tests,
                                      _equal_rules(rules))
        # The cache of words: token text (None past the last token) -> its
        # row, which maps the id of a rule to the productions that may begin
        # at the word, and the id of a predicate to whether it accepts the
        # word. One row per word, looked up once per token of a window, keyed
        # by ints the grammar already holds: no key is built per question.
        self.rows: dict[Optional[str], dict[int, Any]] = {}
        self.entries = 0  # answers in all rows, counted under self.lock
        self.lock = threading.Lock()
        self.shapes: dict[tuple[int, Any], tuple[_Production, ...]] = {}
        # whether a rule ties its words by agreement (yargy's .match(gnc_relation()) and the like)
        self.relations = any(rule.relation for rule in rules)
        # whether every match of the root holds a word that starts with a capital
        # the keys each terminal needs (_requirement), read once for all that ask
        stated: dict[int, Any] = {}
        self.choices.stated = stated
        self.needs_capital = _needs_capital(root, nullable, {}, stated)
        # what every match of the root holds, for rejecting a window before the chart
        required = ([_CAPITAL] if self.needs_capital else []) + _requirements(root, nullable, stated)
        # a set that holds another is met whenever that one is
        self.requirements = tuple(_Required(keys) for index, keys in enumerate(required)
                                  if not any(other <= keys for other in required[:index]))


class _ChoicesByRule(dict):
    """The id of a rule -> its :class:`_Choices`, each made on first use.

    Two threads that ask for one rule at once may both make it; the first
    stored is the one kept (``setdefault``), and the other is equivalent."""

    def __init__(self, rules: dict[int, Any], first: dict[int, dict[int, Any]], nullable: dict[int, bool],
                 verdict_ids: dict[int, int], tests: dict[int, Any], canonical: Optional[dict[int, Any]] = None) -> None:
        super().__init__()
        self.rules = rules
        # the id of a rule -> the first rule of the grammar equal to it (_equal_rules)
        self.canonical = canonical or {}
        self.first = first
        self.nullable = nullable
        self.verdict_ids = verdict_ids
        self.tests = tests
        # Productions that may begin with the same terminals share one entry,
        # so that the check is made once per token for all of them.
        self.interned: dict[frozenset[int], _Begins] = {}
        # whether a term only matches words one of which starts with a capital
        known: dict[int, bool] = {}
        self.stated: dict[int, Any] = {}  # id of a terminal -> its keys (_stated), shared with the lookahead

        def needs_capital(term: Any) -> bool:
            if is_rule(term):
                return not nullable[id(term)] and _needs_capital(term, nullable, known, self.stated)
            return _capital_only(term, self.stated)
        self.needs_capital = needs_capital
        self.requirements: dict[int, Any] = {}  # verdict id -> _requirement of its terminal, read once

    def __missing__(self, rule_id: int) -> _Choices:
        rule = self.rules[rule_id]
        interned = self.interned
        entries = []
        listed: set[int] = set()
        for index, production in enumerate(rule.productions):
            # or_(X, X): yargy's duplicate check keeps one state of a
            # production listed twice, the first
            if id(production) in listed:
                continue
            listed.add(id(production))
            begins, empty = _begins(production.terms, self.first, self.nullable, self.verdict_ids)
            signature = frozenset(begins)
            first = interned.get(signature)
            if first is None:
                first = interned.setdefault(signature, _Begins(begins.items(), self.tests, self.requirements))
            # a rule equal to one met before is read as that one (_equal_rules),
            # so that it is predicted once where both are
            terms = [self.canonical.get(id(term), term) if is_rule(term) else term for term in production.terms]
            made = _Production(rule, production, index, self.verdict_ids, self.tests, self.needs_capital, terms)
            remap = tuple(None if new is old else old for new, old in zip(terms, production.terms))
            if any(remap):
                made.remap = remap
            entries.append((made, first, empty))
        return self.setdefault(rule_id, _Choices(self._group(rule, entries)))

    def _group(self, rule: Any, entries: list[tuple[_Production, _Begins, bool]]) -> list[tuple[_Production, _Begins, bool]]:
        """``entries`` with the productions that begin alike made one group.

        Productions whose terms are the same (or equal rules, _equal_rules) up
        to and including their first part that cannot match nothing begin with
        the same states: the official root's 21 ways of naming a holder after
        "a time, or nothing; a post" made each its own prediction, its own
        optional time and its own state past the post, at every post. A group
        is one production of that prefix, predicted in place of its first
        member; a state of it that has read the prefix hands its children to
        each member that may go on there, in the members' order. The trees
        are the same: a member's node holds the prefix's children, each rule
        read as an equal one made a node of the member's own (_tree_node)."""
        nullable = self.nullable
        keys: list[Optional[tuple[int, ...]]] = []
        count: dict[tuple[int, ...], int] = {}
        for production, _first, empty in entries:
            key: Optional[list[int]] = None
            if not empty:
                key = []
                for term in production.terms:
                    if is_rule(term):
                        key.append(id(term))
                        if nullable[id(term)]:
                            continue
                    else:
                        key.append(id(term))
                    break
            keys.append(None if key is None else tuple(key))
            if key is not None:
                count[tuple(key)] = count.get(tuple(key), 0) + 1
        grouped: list[tuple[_Production, _Begins, bool]] = []
        groups: dict[tuple[int, ...], list[_Production]] = {}
        for (production, first, empty), key in zip(entries, keys):
            if key is None or count[key] < 2:
                grouped.append((production, first, empty))
                continue
            members = groups.get(key)
            if members is None:
                members = groups[key] = []
                group = _Production(rule, production.production, production.rank, self.verdict_ids, self.tests,
                                    None, production.terms[:len(key)])
                grouped.append((group, first, empty))
                group.members = members  # filled below; a tuple once all are in
            members.append(production)
        for group, _first, _empty in grouped:
            if group.members is not None:
                members = group.members = tuple(group.members)
                # a state of the group is dead where each member's would be
                group.capital_after = tuple(all(member.capital_after[dot] for member in members)
                                            for dot in range(group.size + 1))
        return grouped


class _Choices:
    """A rule's productions grouped by the terminals that may begin them.

    Which productions may begin at a word follows from which of the rule's
    distinct sets of first terminals accept it, and most rules have one such
    set (the official root's 70 productions all begin with a post), so the
    chart checks each set once per word instead of each production."""

    __slots__ = ('begins', 'slots', 'productions', 'empties', 'by_key', 'always')

    def __init__(self, entries: Sequence[tuple[_Production, _Begins, bool]]) -> None:
        begins: list[_Begins] = []
        slot_of: dict[int, int] = {}
        slots: list[Optional[int]] = []
        for _production, first, empty in entries:
            if empty:  # may match nothing: predicted whatever the word
                slots.append(None)
                continue
            if id(first) not in slot_of:
                slot_of[id(first)] = len(begins)
                begins.append(first)
            slots.append(slot_of[id(first)])
        self.begins = tuple(begins)
        # at each production: the index of its set in ``begins``, None if it may match nothing
        self.slots = tuple(slots)
        self.productions = tuple(production for production, _first, _empty in entries)
        # what may begin where no set accepts the word, or past the last word
        self.empties = tuple(production for production, _first, empty in entries if empty)
        # With many sets (a rule that lists words or phrases), only those that
        # hold a terminal the word has a key for, or an unindexed one, are checked.
        self.by_key: Optional[dict[tuple[str, str], tuple[int, ...]]] = None
        self.always: tuple[int, ...] = ()
        if len(begins) >= _INDEXED_CHOICES:
            by_key: dict[tuple[str, str], list[int]] = {}
            for slot, first in enumerate(begins):
                for key in first.keys:
                    by_key.setdefault(key, []).append(slot)
            self.by_key = {key: tuple(slots) for key, slots in by_key.items()}
            self.always = tuple(slot for slot, first in enumerate(begins) if first.unindexed)


#: Distinct sets of first terminals from which a rule's are indexed by key (see _Choices).
_INDEXED_CHOICES = 4


class _Begins:
    """The terminals a production may begin with, indexed by the token keys
    they need (see :func:`_requirement`); the rest are listed."""

    def __init__(self, predicates: Iterable[tuple[int, Any]], tests: dict[int, Any],
                 requirements: Optional[dict[int, Any]] = None) -> None:
        """``predicates``: (the id that keys its verdicts, the predicate);
        they are listed as (that id, its test: ``tests[id]``). ``requirements``
        keeps each predicate's keys by its id for the next set: a grammar's
        sets of first terminals hold the same predicates again and again."""
        indexed: dict[tuple[str, str], list[tuple[int, Any]]] = {}
        unindexed = []
        known = {} if requirements is None else requirements
        for verdict_id, predicate in predicates:
            if verdict_id in known:
                keys = known[verdict_id]
            else:
                try:
                    keys = _requirement(predicate)
                except TypeError:  # a value that cannot be hashed, eq([...]): checked on every token
                    keys = None
                known[verdict_id] = keys
            if keys is None:
                unindexed.append((verdict_id, tests[verdict_id]))
            for key in keys or ():
                indexed.setdefault(key, []).append((verdict_id, tests[verdict_id]))
        self.indexed = {key: tuple(predicates) for key, predicates in indexed.items()}
        self.keys = frozenset(indexed)
        self.unindexed = tuple(unindexed)


def _first_terminals(rules: Sequence[Any], verdict_ids: dict[int, int]) -> tuple[dict[int, dict[int, Any]], dict[int, bool]]:
    """For each rule of ``rules`` (by id): the terminals a match of it may
    begin with (verdict id -> the terminal), and whether it may match nothing.

    Whether a rule may match nothing is a least fixpoint over booleans, which
    is cheap; the first terminals then follow from the graph of the rules a
    rule may begin with (through parts that may match nothing), one union per
    edge, its cycles (strongly connected components) sharing one set. Going
    over the whole grammar until no set grew took a third of building the
    chart's lookahead of the official grammar."""
    nullable = {id(rule): False for rule in rules}
    changed = True
    while changed:
        changed = False
        for rule in rules:
            if nullable[id(rule)]:
                continue
            for production in rule.productions:
                if all(is_rule(term) and nullable[id(term)] for term in production.terms):
                    nullable[id(rule)] = changed = True
                    break
    # what each rule may begin with directly: terminals, and rules
    direct: dict[int, dict[int, Any]] = {}
    begun: dict[int, list[int]] = {}
    for rule in rules:
        terminals: dict[int, Any] = {}
        below: dict[int, None] = {}
        for production in rule.productions:
            for term in production.terms:
                if not is_rule(term):
                    terminals.setdefault(verdict_ids[id(term)], term)
                    break
                below[id(term)] = None
                if not nullable[id(term)]:
                    break
        direct[id(rule)] = terminals
        begun[id(rule)] = list(below)
    first: dict[int, dict[int, Any]] = {}
    # Tarjan's algorithm without recursion: components come out after all
    # those they reach, so each is the union of its own and theirs.
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    for start in direct:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            edges = begun[node]
            while edge < len(edges):
                child = edges[edge]
                edge += 1
                if child not in index:
                    work.append((node, edge))
                    work.append((child, 0))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                if low[node] == index[node]:
                    members = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    union: dict[int, Any] = {}
                    for member in members:
                        union.update(direct[member])
                    for member in members:
                        for child in begun[member]:
                            if child in first:  # in a component done before
                                union.update(first[child])
                    for member in members:
                        first[member] = union
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                continue
    return first, nullable


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


def _equal_rules(rules: Sequence[Any]) -> dict[int, Any]:
    """The id of each rule of ``rules`` that equals an earlier one -> that
    earlier one. Two rules are equal when their productions hold the same
    terms (the same objects) in the same order, and they interpret and
    relate alike: every ``TIME.optional()`` of a grammar is a rule of its own,
    "a time, or nothing", and the official grammar has 73 of them."""
    first: dict[Any, Any] = {}
    canonical: dict[int, Any] = {}
    for rule in rules:
        key = (tuple((type(production), production.main, tuple(map(id, production.terms)))
                     for production in rule.productions), id(rule.interpretator), id(rule.relation))
        found = first.setdefault(key, rule)
        if found is not rule:
            canonical[id(rule)] = found
    return canonical


def _verdict_ids(rules: Iterable[Any]) -> dict[int, int]:
    """The id of each terminal of ``rules`` -> the id its verdicts on words
    are cached under: that of the first terminal equal to it. Grammars build
    the same predicate again in many rules (``gram('NOUN')``, ``eq('и')``,
    the same list of words), and a word is tested once for all the copies."""
    by_structure: dict[Any, int] = {}
    verdict_ids: dict[int, int] = {}
    for rule in rules:
        for production in rule.productions:
            for term in production.terms:
                if is_rule(term) or id(term) in verdict_ids:
                    continue
                structure = _structure(term)
                verdict_ids[id(term)] = by_structure.setdefault(structure, id(term)) if structure is not None else id(term)
    return verdict_ids


def _terminals(rules: Iterable[Any], verdict_ids: dict[int, int]) -> dict[int, Any]:
    """Each verdict id of ``rules``' terminals -> the first terminal it keys."""
    terminals: dict[int, Any] = {}
    for rule in rules:
        for production in rule.productions:
            for term in production.terms:
                if not is_rule(term):
                    terminals.setdefault(verdict_ids[id(term)], term)
    return terminals


def _test(predicate: Any) -> Any:
    """A function that says what ``predicate`` says of a token. yargy's and_,
    or_ and not_ evaluate their parts through a generator (``all(p(token) for
    p in ...)``), a large share of a new word's first look; these run the
    same parts, in the same order, stopping where yargy's stop, in plain loops."""
    kind = type(predicate)
    if kind is constructors.AndPredicate:
        parts = tuple(_test(part) for part in predicate.predicates)

        def every(token: Any) -> bool:
            for part in parts:
                if not part(token):
                    return False
            return True
        return every
    if kind is constructors.OrPredicate:
        parts = tuple(_test(part) for part in predicate.predicates)

        def some(token: Any) -> bool:
            for part in parts:
                if part(token):
                    return True
            return False
        return some
    if kind is constructors.NotPredicate:
        part = _test(predicate.predicate)
        return lambda token: not part(token)
    # gram() and dictionary() are the predicates words meet most often (some
    # 245,000 first looks in a pass over NEREL train); yargy's pass through a
    # decorator, a generator and Grams.__contains__ for each reading.
    if kind is bank.GramPredicate:
        value = predicate.value

        def gram(token: Any) -> bool:
            if not isinstance(token, MorphToken):  # yargy's morph_required
                return False
            for form in token.forms:
                grams = form.grams
                if value in (grams.values if type(grams) is Grams else grams):
                    return True
            return False
        return gram
    if kind is bank.DictionaryPredicate:
        words = predicate.value

        def dictionary(token: Any) -> bool:
            if not isinstance(token, MorphToken):
                return token.normalized in words
            for form in token.forms:
                if form.normalized in words:
                    return True
            return False
        return dictionary
    return predicate


_PLAIN = (str, int, float, bool, bytes, type(None))


def _structure(value: Any) -> Any:
    """A hashable value equal for two predicates exactly when they are of one
    class and hold equal plain values and equal predicates; functions,
    patterns and any other object count by identity. None when a predicate
    keeps no ``__dict__`` (its state cannot be read): it is then never shared."""
    if isinstance(value, _PLAIN):
        return (type(value), value)
    if isinstance(value, (list, tuple, set, frozenset)):
        if all(type(item) is str for item in value):  # a list of words, the common case, read at once
            return (type(value), 'str', tuple(value) if isinstance(value, (list, tuple)) else frozenset(value))
        items = [_structure(item) for item in value]
        if None in items:
            return None
        return (type(value), tuple(items) if isinstance(value, (list, tuple)) else frozenset(items))
    if isinstance(value, constructors.Predicate):
        state = getattr(value, '__dict__', None)
        if state is None or hasattr(type(value), '__slots__'):
            return None
        parts = []
        for name, item in sorted(state.items()):
            part = _structure(item)
            if part is None:
                return None
            parts.append((name, part))
        return (type(value), tuple(parts))
    return ('id', id(value))


def _begins(terms: Sequence[Any], first: dict[int, dict[int, Any]],
            nullable: dict[int, bool], verdict_ids: dict[int, int]) -> tuple[dict[int, Any], bool]:
    begins: dict[int, Any] = {}
    for term in terms:
        if not is_rule(term):
            begins[verdict_ids[id(term)]] = term
            return begins, False
        begins.update(first[id(term)])
        if not nullable[id(term)]:
            return begins, False
    return begins, True


_CAPITAL = frozenset({('c', 'U')})


def _stated(predicate: Any, stated: Optional[dict[int, Any]] = None) -> Optional[frozenset[tuple[str, str]]]:
    """``_requirement(predicate)``, None for a value that cannot be hashed;
    kept in ``stated`` by the predicate's id (a grammar's terminals live as
    long as it does, and so does the dict)."""
    if stated is not None:
        found = stated.get(id(predicate), stated)
        if found is not stated:
            return found
    try:
        keys = _requirement(predicate)
    except TypeError:  # a value that cannot be hashed, eq([...]): no stated need
        keys = None
    if stated is not None:
        stated[id(predicate)] = keys
    return keys


def _capital_only(predicate: Any, stated: Optional[dict[int, Any]] = None) -> bool:
    """Whether ``predicate`` accepts only words that start with a capital."""
    keys = _stated(predicate, stated)
    return bool(keys) and all(key == ('c', 'U') or (key[0] == 'v' and key[1][:1].isupper()) for key in keys)


def _needs_capital(rule: Any, nullable: dict[int, bool], known: dict[int, bool],
                   stated: Optional[dict[int, Any]] = None) -> bool:
    """Whether every match of ``rule`` holds a word that only a capital
    begins: each production has a part, not optional, that needs one. A
    rule met again inside itself counts as needing none, which can only
    make the answer False, never wrongly True."""
    if id(rule) in known:
        return known[id(rule)]
    known[id(rule)] = False  # while it is being decided
    result = all(
        any(
            _needs_capital(term, nullable, known, stated) if is_rule(term) and not nullable[id(term)]
            else not is_rule(term) and _capital_only(term, stated)
            for term in production.terms
        )
        for production in rule.productions
    )
    known[id(rule)] = result
    return result


#: Requirements kept per rule while they are worked out (see _requirements):
#: the smallest sets of keys, which reject the most windows.
_REQUIREMENTS_PER_RULE = 8


def _requirements(root: Any, nullable: dict[int, bool],
                  stated: Optional[dict[int, Any]] = None) -> list[frozenset[tuple[str, str]]]:
    """Sets of token keys (see :func:`_requirement`) such that every match
    of ``root`` holds, for each set, a word with one of its keys: the
    agreement grammar's matches all hold a noun of a document ("договор",
    "соглашение"). A production needs what its parts that cannot match
    nothing need; a rule, for each set one of its productions needs, that
    set joined with the closest set each other production needs. A rule met
    again inside itself counts as needing nothing, and a set may be left out
    (only the smallest are kept): both can only weaken the answer, never
    make a window that holds a match look as if it held none."""
    known: dict[int, list[frozenset[tuple[str, str]]]] = {}

    def of_rule(rule: Any) -> list[frozenset[tuple[str, str]]]:
        if id(rule) in known:
            return known[id(rule)]
        known[id(rule)] = []  # while it is being worked out
        productions = []
        for production in rule.productions:
            needs: list[frozenset[tuple[str, str]]] = []
            for term in production.terms:
                if is_rule(term):
                    if not nullable[id(term)]:
                        needs.extend(of_rule(term))
                    continue
                keys = _stated(term, stated)
                if keys is not None:
                    needs.append(keys)
            if not needs:  # a production that needs nothing: neither does the rule
                return known.setdefault(id(rule), [])
            productions.append(needs)
        joined = set()
        for keys in productions[0]:
            union = set(keys)
            for needs in productions[1:]:
                union.update(min(needs, key=lambda other: (len(other - union), len(other))))
            joined.add(frozenset(union))
        found = known[id(rule)] = sorted(joined, key=lambda keys: (len(keys), sorted(keys)))[:_REQUIREMENTS_PER_RULE]
        return found
    return of_rule(root)


class _Required:
    """A set of token keys some word of every match has, split by what a
    word is tested on: its text and type, or its lemmas, which need it
    analysed, and so are read only when nothing else has a key."""

    __slots__ = ('values', 'lowered', 'types', 'capital', 'lemmas')

    def __init__(self, keys: frozenset[tuple[str, str]]) -> None:
        self.values = frozenset(value for kind, value in keys if kind == 'v')
        self.lowered = frozenset(value for kind, value in keys if kind == 'l')
        self.types = frozenset(value for kind, value in keys if kind == 't')
        self.capital = ('c', 'U') in keys
        self.lemmas = frozenset(value for kind, value in keys if kind == 'n')

    def met(self, tokens: Sequence[Any]) -> bool:
        """Whether some token of ``tokens`` has one of the keys."""
        values, lowered, types, capital = self.values, self.lowered, self.types, self.capital
        for token in tokens:
            value = token.value
            if (value in values or token.type in types or (capital and value[:1].isupper())
                    or (lowered and value.lower() in lowered)):
                return True
        lemmas = self.lemmas
        if lemmas:
            for token in tokens:
                forms = getattr(token, 'forms', None)  # as _token_keys reads them
                if forms:
                    if any(form.normalized in lemmas for form in forms):
                        return True
                elif getattr(token, 'normalized', token.value) in lemmas:
                    return True
        return False


def can_match(parser: Any, tokens: Sequence[Any]) -> bool:
    """False when no match of ``parser``'s rule can lie in ``tokens``: some
    word that every match holds (a capital, a noun of a document) is not
    among them, so the chart need not run. True says nothing more."""
    return all(required.met(tokens) for required in _lookahead(parser).requirements)


def needs_capital(parser: Any) -> bool:
    """Whether every match of ``parser``'s rule holds a word that starts
    with a capital (a name, say), so that a window without one cannot give
    a match and need not be parsed."""
    return _lookahead(parser).needs_capital


def _requirement(predicate: Any) -> Optional[frozenset[tuple[str, str]]]:
    """Keys one of which a token must have for ``predicate`` to accept it, or
    None when the predicate states no such need. A token's keys are its
    value ('v'), its value in lower case ('l'), its lemmas ('n'), its type
    ('t') and, when it starts with a capital, ('c', 'U'). A predicate of
    factlex may declare that it needs a capital with ``needs_capital``."""
    if getattr(predicate, 'needs_capital', False):
        return _CAPITAL
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
        # any part's need is the whole's; of the narrowest, a capital, which
        # also lets a window without one be skipped (``needs_capital``)
        return min(needs, key=lambda need: (len(need), need != _CAPITAL)) if needs else None
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


def _lookahead(parser: Any) -> _Lookahead:
    # Kept on the parser, so that its caches go when the parser goes.
    lookahead = parser.__dict__.get('_factlex_lookahead')
    if lookahead is None:
        lookahead = parser._factlex_lookahead = _Lookahead(parser.rule)
    return lookahead


#: Answers (productions that may begin at a word, a predicate's verdict on
#: a word) that the cache of words of a grammar's lookahead may hold before
#: it is emptied: bounds memory on endless input while keeping the common
#: words. An answer costs about 30 bytes, so a full cache about 30 MB; the
#: official grammar gives some 447,000 answers for the 17,600 words of its
#: windows in NEREL train (526,000 before equal predicates shared one
#: verdict), and a cache that is emptied midway makes later
#: passes nearly as slow as the first (docs/performance.md).
TOKEN_CACHE_SIZE = 1_000_000


def _row(lookahead: _Lookahead, word: Optional[str]) -> dict[int, Any]:
    row = lookahead.rows.get(word)
    if row is None:
        row = lookahead.rows.setdefault(word, {})
    return row


def matches(parser: Any, tokens: Sequence[Any], last_start: Optional[int] = None) -> list[Tree]:
    """The trees of ``parser``'s root rule over every span of ``tokens``: what
    ``prepare_trees(parser.chart(tokens).matches(parser.rule))`` gives, the
    same trees, built with far less work, plus the readings yargy's chart
    loses when a state comes to wait for an optional part after that part
    completed empty in the same column (see ``empty`` below). Every caller
    sorts them (``Tree.__lt__``: by span, then by the ranks of the
    productions); the chart's own order, which decides only between trees
    that sort equal, is yargy's but where productions that begin alike are
    grouped (_ChoicesByRule._group), which may make a member's state a little
    later in its column than yargy's.

    With ``last_start``, matches begin at that token index at the latest.

    What a predicate says of a token, and so which productions may begin at
    it, depends only on the token: its type and morphology are functions of its
    text. Both are cached across windows and texts by its text, so a word seen
    before costs no predicate calls.
    """
    lookahead = _lookahead(parser)
    if lookahead.entries > TOKEN_CACHE_SIZE:
        with lookahead.lock:
            if lookahead.entries > TOKEN_CACHE_SIZE:
                lookahead.rows = {}
                lookahead.entries = 0
                lookahead.shapes.clear()
    size = len(tokens)
    # A token's type follows from its text (the tokenizer's rules are
    # disjoint), so the text alone keys its row.
    rows = [_row(lookahead, token.value) for token in tokens]
    rows.append(_row(lookahead, None))
    root = parser.rule
    root_id = id(root)
    choices_of = lookahead.choices
    shapes = lookahead.shapes
    token_keys: dict[int, set[tuple[str, str]]] = {}
    # answers this window adds to the cache of words, counted under the lock once at the end
    added = [0]

    def productions_at(rule_id: int, position: int) -> tuple[_Production, ...]:
        row = rows[position]
        found = row.get(rule_id)
        if found is None:
            choices = choices_of[rule_id]
            begins = choices.begins
            if position == size or not begins:
                # at the end nothing is left to scan: only empty productions remain
                found = choices.empties
            elif len(begins) == 1:
                found = choices.productions if _may_begin(begins[0], position) else choices.empties
            elif choices.by_key is None:
                accepted = tuple([_may_begin(first, position) for first in begins])
                # Most words allow the same few sets of productions: one copy each.
                shape = (rule_id, accepted)
                found = shapes.get(shape)
                if found is None:
                    found = shapes.setdefault(shape, tuple([
                        production for production, slot in zip(choices.productions, choices.slots)
                        if slot is None or accepted[slot]
                    ]))
            else:
                candidates = set(choices.always)
                by_key = choices.by_key
                for key in _keys(position):
                    slots = by_key.get(key)
                    if slots is not None:
                        candidates.update(slots)
                passing = frozenset([slot for slot in candidates if _may_begin(begins[slot], position)])
                shape = (rule_id, passing)
                found = shapes.get(shape)
                if found is None:
                    found = shapes.setdefault(shape, tuple([
                        production for production, slot in zip(choices.productions, choices.slots)
                        if slot is None or slot in passing
                    ]))
            row[rule_id] = found
            added[0] += 1
        return found

    # (id of a _Begins, position) -> whether one of its terminals accepts the
    # token there: rules share first terminals, and most words reach this only
    # once, so it is kept for the window alone.
    may_begin: dict[tuple[int, int], bool] = {}

    def _may_begin(begins: _Begins, position: int) -> bool:
        key = (id(begins), position)
        result = may_begin.get(key)
        if result is None:
            result = may_begin[key] = _check(begins, position)
        return result

    def _keys(position: int) -> set[tuple[str, str]]:
        keys = token_keys.get(position)
        if keys is None:
            keys = token_keys[position] = _token_keys(tokens[position])
        return keys

    def _check(begins: _Begins, position: int) -> bool:
        keys = _keys(position)
        # a word has a few keys, a set of terminals from one to hundreds: the
        # intersection walks the smaller side
        for key in keys & begins.keys:
            for predicate_id, test in begins.indexed[key]:
                if _accepts(test, predicate_id, position):
                    return True
        for predicate_id, test in begins.unindexed:
            if _accepts(test, predicate_id, position):
                return True
        return False

    def _accepts(test: Any, predicate_id: int, position: int) -> bool:
        row = rows[position]
        result = row.get(predicate_id)
        if result is None:
            result = row[predicate_id] = bool(test(tokens[position]))
            added[0] += 1
        return result

    def answer(production: _Production, dot: int, position: int) -> Any:
        """What the row of ``position`` says, or will, under
        ``production.answers[dot]``: its terminal's verdict on the word
        there (False past the last word), or the productions of its rule
        that may begin there. The chart reads the row first and calls this
        only when the row has no answer yet."""
        rule_id = production.waits[dot]
        if rule_id is not None:
            return productions_at(rule_id, position)
        return position < size and _accepts(production.tests[dot], production.term_ids[dot], position)

    def alive(production: _Production, dot: int, position: int) -> bool:
        """Whether a state with its dot at ``dot`` may still advance at
        ``position``: it is complete, or its next terminal accepts the token
        there, or its next rule may begin there. yargy keeps the others too;
        they only fill the chart."""
        key = production.answers[dot]
        if key is None:
            return True
        result = rows[position].get(key)
        if result is None:
            result = answer(production, dot, position)
        return bool(result)

    # A state is (production, dot, start, children). yargy gives every state a
    # tree node, though most never advance past their prediction; here a
    # completion that some state takes is recorded as (production, children),
    # the one record of that state, and a scanned word as (terminal, token),
    # and they are made nodes and leaves only when a match holds them
    # (``_tree_node``): a pass completes some 660,000 rules that states take
    # and scans 180,000 words, and its matches hold some 125,000 and 20,000
    # of them. Each record makes one node, so trees share nodes as they do in
    # yargy. yargy also checks each new state against the column's states,
    # which only ever finds a prediction made twice: a completion pairs a
    # waiting state with a new record, and a scan makes a new one. Predictions
    # are made once per rule and column instead.
    def over_empty(state: tuple[Any, ...], rule_id: int, position: int, states: list, waiting_here: dict,
                   empty: dict) -> None:
        """Advance ``state``, which has just come to wait for ``rule_id`` in a
        column where that rule already completed empty, over that completion
        (and the states it advances to, likewise)."""
        while rule_id in empty:
            production, dot, start, children = state
            if not alive(production, dot + 1, position):
                return
            state = (production, dot + 1, start, children + (empty[rule_id],))
            states.append(state)
            rule_id = production.waits[dot + 1]
            if rule_id is None:
                return
            waiting_here.setdefault(rule_id, []).append(state)

    def fan_out(members: tuple[_Production, ...], dot: int, start: int, children: tuple[Any, ...], position: int,
                states: list, waiting_here: dict, empty: Optional[dict], capitals: bool) -> None:
        """A state of a group that has just read its prefix, ending at
        ``position``, made a state of each member that may go on there, in
        the members' order, where each of their own states would have been
        made (_ChoicesByRule._group). ``capitals``: whether a word that
        starts with a capital is left from ``position`` on."""
        row = rows[position]
        for member in members:
            key = member.answers[dot]
            if key is not None:  # not complete: alive(member, dot, position)
                result = row.get(key)
                if result is None:
                    result = answer(member, dot, position)
                if not result:
                    continue
            if not capitals and member.capital_after[dot]:
                continue
            state = (member, dot, start, children)
            states.append(state)
            rule_id = member.waits[dot]
            if rule_id is not None:
                waiting_here.setdefault(rule_id, []).append(state)
                if empty and rule_id in empty:
                    over_empty(state, rule_id, position, states, waiting_here, empty)

    columns: list[list[tuple[Any, ...]]] = [[] for _ in range(size + 1)]
    # per column: id of a rule -> the states there that wait for it
    waiting: list[dict[int, list[tuple[Any, ...]]]] = [{} for _ in range(size + 1)]
    found: list[tuple[int, int, tuple[_Production, tuple[Any, ...]]]] = []
    # Past the last word that starts with a capital, a state whose rest
    # needs one (a name, say: _Production.capital_after) cannot complete, and
    # is not made: in the official grammar, every post not followed by a
    # capitalized word.
    last_capital = -1
    for index in range(size - 1, -1, -1):
        if tokens[index].value[:1].isupper():
            last_capital = index
            break
    for position in range(size + 1):
        states = columns[position]
        waiting_here = waiting[position]
        capitals_here = position <= last_capital
        capitals_next = position < last_capital
        # Whether a state may advance is read from these rows inline, which
        # is how most of these questions end, and asked of ``answer`` only
        # when a word meets the question for the first time.
        row_here = rows[position]
        if position < size:
            row_next, states_next, waiting_next = rows[position + 1], columns[position + 1], waiting[position + 1]
        predicted: set[int] = set()
        # Rules completed over no tokens in this column, each with its record (a
        # rule completes empty once per column). A state that comes to wait
        # for such a rule after it completed would never see the completion
        # (the nullable-rule gap of Earley's algorithm, which yargy's chart
        # has: "NAMED_BODY, optional(X)" lost the longer body whenever a
        # shorter one had made "optional(X)" complete in that column first),
        # so ``over_empty`` advances it over the completion when it arrives.
        empty: dict[int, tuple[_Production, tuple[Any, ...]]] = {}

        # Predictions are made inline (here for the root, below for the other
        # rules): a first pass over NEREL train makes 740,000 of them, and as a
        # nested function they also made the column's variables cells.
        if last_start is None or position <= last_start:
            predicted.add(root_id)
            predictions = row_here.get(root_id)
            if predictions is None:
                predictions = productions_at(root_id, position)
            for production in predictions:
                if not capitals_here and production.capital_after[0]:
                    continue
                state = (production, 0, position, ())
                states.append(state)
                first = production.waits[0]
                if first is not None:
                    # nothing has completed in the column yet: no empty completion to pass
                    waiting_here.setdefault(first, []).append(state)
        # states found here are appended while the loop runs, and it reaches them
        for production, dot, start, children in states:
            if dot == production.size:
                # Recorded when some state takes it: a quarter of the
                # completions of a pass over NEREL train advance no state.
                node = None
                if production.rule is root:
                    node = (production, children)
                    found.append((start, position, node))
                if start == position:
                    if production.rule_id in empty:
                        # an empty completion already handed to this column's
                        # waiting states: another one reads the same, and in a
                        # cycle of rules that may all match nothing would never end
                        continue
                for parent_production, parent_dot, parent_start, parent_children in waiting[start].get(production.rule_id, ()):
                    dot_after = parent_dot + 1
                    key = parent_production.answers[dot_after]
                    if key is not None:  # not complete: alive(parent_production, dot_after, position)
                        result = row_here.get(key)
                        if result is None:
                            result = answer(parent_production, dot_after, position)
                        if not result:
                            continue
                    if not capitals_here and parent_production.capital_after[dot_after]:
                        continue
                    if node is None:
                        node = (production, children)
                    if dot_after == parent_production.size and parent_production.members is not None:
                        fan_out(parent_production.members, dot_after, parent_start, parent_children + (node,),
                                position, states, waiting_here, empty, capitals_here)
                        continue
                    state = (parent_production, dot_after, parent_start, parent_children + (node,))
                    states.append(state)
                    rule_id = parent_production.waits[dot_after]
                    if rule_id is not None:
                        waiting_here.setdefault(rule_id, []).append(state)
                        if empty and rule_id in empty:
                            over_empty(state, rule_id, position, states, waiting_here, empty)
                if start == position:
                    if node is None:
                        node = (production, children)
                    empty[production.rule_id] = node
            else:
                rule_id = production.waits[dot]
                if rule_id is not None:
                    if rule_id not in predicted:
                        predicted.add(rule_id)
                        predictions = row_here.get(rule_id)
                        if predictions is None:
                            predictions = productions_at(rule_id, position)
                        for begun in predictions:
                            if not capitals_here and begun.capital_after[0]:
                                continue
                            state = (begun, 0, position, ())
                            states.append(state)
                            first = begun.waits[0]
                            if first is not None:
                                waiting_here.setdefault(first, []).append(state)
                                if empty and first in empty:
                                    over_empty(state, first, position, states, waiting_here, empty)
                elif position < size:
                    # the lookahead has often tested this terminal on this token already
                    result = row_here.get(production.answers[dot])
                    if result is None:
                        result = answer(production, dot, position)
                    if not result:
                        continue
                    key = production.answers[dot + 1]
                    if key is not None:  # not complete: alive(production, dot + 1, position + 1)
                        result = row_next.get(key)
                        if result is None:
                            result = answer(production, dot + 1, position + 1)
                        if not result:
                            continue
                    if not capitals_next and production.capital_after[dot + 1]:
                        continue
                    # the leaf, as (terminal, token), made a Leaf with the nodes (_tree_node)
                    if dot + 1 == production.size and production.members is not None:
                        fan_out(production.members, dot + 1, start,
                                children + ((production.terms[dot], tokens[position]),),
                                position + 1, states_next, waiting_next, None, capitals_next)
                        continue
                    state = (production, dot + 1, start, children + ((production.terms[dot], tokens[position]),))
                    states_next.append(state)
                    rule_id = production.waits[dot + 1]
                    if rule_id is not None:
                        waiting_next.setdefault(rule_id, []).append(state)
    if added[0]:
        # counted under the lock, so that the bound holds with threads
        with lookahead.lock:
            lookahead.entries += added[0]
    # yargy lists a chart's matches column by column, in the order they were made
    made: dict[Any, Node] = {}
    return [Tree(_tree_node(record, made), (start, stop)) for start, stop, record in found]


def _tree_node(record: tuple[Any, Any], made: dict[Any, Node]) -> Node:
    """The node of what the chart recorded: a completion as (production, its
    children's records), a scanned word as (terminal, token), which yargy
    makes a leaf of the token as the terminal narrows it (``constrain``:
    ``gram()`` keeps the readings it matched). ``made`` keeps the node of
    each record of one chart, so that trees share the nodes they share there."""
    node = made.get(id(record))
    if node is None:
        head, rest = record
        if type(head) is _Production:
            remap = head.remap
            if remap is None:
                node = Node(head.rule, head.production, head.rank, [_tree_node(child, made) for child in rest])
            else:
                node = Node(head.rule, head.production, head.rank, [
                    _tree_node(child, made) if rule is None else _remapped(child, rule, made)
                    for child, rule in zip(rest, remap + (None,) * (len(rest) - len(remap)))
                ])
        else:
            node = Leaf(head, head.constrain(rest))
        made[id(record)] = node
    return node


def _remapped(record: tuple[Any, Any], rule: Any, made: dict[Any, Any]) -> Node:
    """The node of a completion of a rule equal to ``rule`` (_equal_rules),
    made a node of ``rule`` itself, with the production of the same rank:
    what the chart would have made had it read ``rule``."""
    key = (id(record), id(rule))
    node = made.get(key)
    if node is None:
        head, rest = record
        node = made[key] = Node(rule, rule.productions[head.rank], head.rank, [_tree_node(child, made) for child in rest])
    return node


def prepare_match(parser: Any, tree: Tree, shared: Optional[dict[int, Any]] = None) -> Optional[Match]:
    """yargy's ``prepare_match`` of a tree of ``parser``: the match, or None
    when the tree breaks an agreement its rules ask for.

    For a grammar without agreement relations that check passes by
    construction, yet it walks and copies the whole tree; it is skipped.
    The trees of one chart share subtrees, and ``shared``, a dict kept for
    the trees of one chart, lets each subtree be normalized once for all.
    """
    if _lookahead(parser).relations:
        return _yargy_prepare_match(tree)
    root, leaves = _without_empty(tree.root, {} if shared is None else shared)
    if not leaves:
        return Match(Tree(root, tree.range))  # a match of nothing: as yargy has it
    # What Match() sets, with the tokens read off the walk just made
    # rather than by another walk over the whole tree.
    match = Match.__new__(Match)
    match.tree = Tree(root, tree.range)
    match.tokens = [leaf.token for leaf in leaves]
    match.span = get_tokens_span(match.tokens)
    return match


def _without_empty(node: Any, shared: dict[int, Any]) -> tuple[Any, tuple[Leaf, ...]]:
    """yargy's ``PropogateEmptyTransformator``: ``node`` without the nodes that
    matched nothing (an optional part left out), None when nothing is left;
    with the leaves of what is left, in order."""
    if isinstance(node, Leaf):
        return node, (node,)
    done = shared.get(id(node))
    if done is not None:
        return done
    children = []
    leaves: list[Leaf] = []
    for child in node.children:
        kept, below = _without_empty(child, shared)
        if kept is not None:
            children.append(kept)
            leaves.extend(below)
    result = shared[id(node)] = (Node(node.rule, node.production, node.rank, children) if children else None,
                                 tuple(leaves))
    return result


def match(parser: Any, tokens: Iterable[Any]) -> Optional[Match]:
    """yargy's ``Parser.match`` over tokens: the first reading, in yargy's
    order, of all of ``tokens`` as one match, or None."""
    tokens = list(tokens)
    whole = sorted(tree for tree in matches(parser, tokens, last_start=0) if tree.range == (0, len(tokens)))
    return next((found for found in (prepare_match(parser, tree) for tree in whole) if found is not None), None)


def findall(parser: Any, tokens: Iterable[Any]) -> list[Match]:
    """yargy's ``Parser.findall`` over tokens: the matches that together
    cover the most tokens without overlapping, in order."""
    spans: list[tuple[int, int]] = []
    by_span: dict[tuple[int, int], Match] = {}
    for tree in sorted(matches(parser, list(tokens))):
        if tree.range not in by_span:
            found = prepare_match(parser, tree)
            if found is not None:
                spans.append(tree.range)
                by_span[tree.range] = found
    return [by_span[span] for span in resolve_spans(spans)]
