"""yargy's ``Parser(rule)`` built with less work: the same parser, the same rules.

``Parser.__init__`` activates a grammar's predicates, normalizes its rules
(five transformations, each a copy of the whole graph) and turns them into
BNF; that was some 0.27 s of the 0.45 s that building factlex's four grammars
took. :func:`parser` runs yargy's own transformators in the same order, on
the same graph, so that the BNF rules, their productions, names and terms
are those yargy makes (tests/test_earley.py compares them), but:

- a transformator finds its method for an item's class once per class
  (yargy's ``Visitor.resolve_method`` walks the class's MRO and builds
  method names for each of some 70,000 visits);
- the walks over the graph (before each transformation, for its forward
  rules; yargy's ``bfs_rule`` pops the front of a list) use a deque;
- a production copied with terms that are already checked is made without
  checking them again (``prepare_terms``);
- two of the transformations, which replace kinds of rules the other does
  not make, are made in one copy of the graph;
- a predicate met in several productions is activated once
  (``dictionary([...])`` puts each of its words into normal form through the
  morphology, some 22,000 words for the four grammars);
- a transformation looks for forward rules to define anew (a walk over the
  whole graph) only when the graph may hold one: when the grammar has a
  ``forward()`` rule, or once ``repeatable()`` has been replaced by one, and
  the forward rules are removed from the BNF only when there are some. The
  built-in grammars have none: six walks fewer, some 0.03 s of the four.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any, Optional

from yargy.parser import Context, Parser
from yargy.predicates import is_predicate
from yargy.rule.bnf import BNF, BNFRule, BNFTransformator, RemoveForwardTransformator
from yargy.rule.constructors import ForwardRule, Production, Rule
from yargy.rule.transformators import (
    ActivateTransformator,
    FlattenTransformator,
    ReplaceEmptyTransformator,
    ReplaceExtendedTransformator,
    ReplaceOrTransformator,
    RuleTransformator,
    SquashExtendedTransformator,
)
from yargy.tagger import PassTagger

__all__ = ['parser']


def _walk(root: Any, types: Optional[Any] = None) -> Iterator[Any]:
    """What ``root.walk(types)`` yields (yargy's ``bfs_rule``), in the same
    order and as lazily: a caller that changes an item before the walk goes
    on (a forward rule defined anew) has the walk follow the change, as
    yargy's does."""
    queue = deque([root])
    visited = {id(root)}
    popleft = queue.popleft
    push = queue.append
    while queue:
        item = popleft()
        if types is None or isinstance(item, types):
            yield item
        for child in item.children:
            if id(child) not in visited:
                visited.add(id(child))
                push(child)


_METHODS: dict[tuple[type, type], Any] = {}


def _method(transformator: Any, item: Any) -> Any:
    """yargy's ``Visitor.resolve_method``, looked up once per pair of classes."""
    key = (type(transformator), type(item))
    function = _METHODS.get(key)
    if function is None:
        for cls in type(item).__mro__:
            function = getattr(type(transformator), 'visit_' + cls.__name__, None)
            if function:
                break
        else:
            raise ValueError(f'no method for {type(item)!r}')
        function = _METHODS.setdefault(key, function)
    return function


def _production(terms: list[Any], main: int) -> Production:
    """``Production(terms, main)`` for terms that are rules and predicates
    (no ``main()`` marks): what ``prepare_terms`` would give, unchecked."""
    production = Production.__new__(Production)
    production.terms = terms
    production.main = main
    return production


class _Fast(RuleTransformator):
    """A yargy ``RuleTransformator`` that resolves methods once per class,
    walks with a deque and copies productions unchecked."""

    #: whether the graph given may hold a forward rule; when it does not,
    #: the walk that finds them to define them anew would find none
    forwards = True

    def __call__(self, root: Any) -> Any:
        if self.forwards:
            for item in _walk(root, ForwardRule):
                if item.rule:
                    item.define(self.visit(item.rule))
        return self.visit(root)

    def visit(self, item: Any) -> Any:
        item_id = id(item)
        visited = self.visited
        if item_id in visited:
            return visited[item_id]
        function = _METHODS.get((type(self), type(item)))
        if function is None:
            function = _method(self, item)
        result = visited[item_id] = function(self, item)
        return result

    def visit_term(self, item: Any) -> Any:
        # yargy's is_rule(item): isinstance(item, Rule)
        if isinstance(item, Rule):
            return self.visit(item)
        return item

    def visit_Production(self, item: Any) -> Any:
        visit_term = self.visit_term
        if type(self).visit_term is _Fast.visit_term:
            # the common case, written out: a rule is visited, a predicate kept
            visit = self.visit
            return _production([visit(term) if isinstance(term, Rule) else term for term in item.terms], item.main)
        return _production([visit_term(term) for term in item.terms], item.main)


class _Squash(SquashExtendedTransformator, _Fast):
    pass


class _ReplaceExtended(ReplaceExtendedTransformator, _Fast):
    """yargy's, noting whether it made a forward rule: ``repeatable()``
    and ``repeatable(min=...)`` become one (yargy's ``repeatable`` and
    ``repeatable_optional``); its other replacements make none."""

    made_forwards = False

    def visit_RepeatableRule(self, item: Any) -> Any:
        self.made_forwards = True
        return super().visit_RepeatableRule(item)

    def visit_RepeatableOptionalRule(self, item: Any) -> Any:
        self.made_forwards = True
        return super().visit_RepeatableOptionalRule(item)

    def visit_MinBoundedRule(self, item: Any) -> Any:
        self.made_forwards = True
        return super().visit_MinBoundedRule(item)


class _ReplaceOrEmpty(ReplaceOrTransformator, ReplaceEmptyTransformator, _Fast):
    """yargy's ``ReplaceOrTransformator`` and ``ReplaceEmptyTransformator``
    in one copy of the graph instead of two: they replace kinds of rules
    that neither makes (``or_`` rules, and empty rules), and each copies the
    rest as it is, item for item, so the graph they make is the one the
    two make in turn."""


class _Flatten(FlattenTransformator, _Fast):
    pass


class _BNF(BNFTransformator, _Fast):
    def __call__(self, root: Any) -> Any:
        parents = self.parents
        for item in _walk(root):
            for child in item.children:
                child_id = id(child)
                parents[child_id] = parents.get(child_id, 0) + 1
        return _Fast.__call__(self, root)


class _Activate(ActivateTransformator):
    """yargy's activation, each predicate object activated once."""

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self.activated: dict[int, tuple[Any, Any]] = {}
        self.forwards = False  # whether the graph holds a forward rule

    def __call__(self, root: Any) -> Any:
        for item in _walk(root, (Rule, Production)):
            if isinstance(item, ForwardRule):
                self.forwards = True
            _method(self, item)(self, item)
        return _method(self, root)(self, root)

    def visit_term(self, item: Any) -> Any:
        if is_predicate(item):
            known = self.activated.get(id(item))
            if known is None:
                # kept with the predicate, so that its id is not reused meanwhile
                known = self.activated[id(item)] = (item, item.activate(self.context))
            return known[1]
        return item


class _RemoveForward(RemoveForwardTransformator):
    def __call__(self, root: Any) -> Any:
        for item in _walk(root, (Rule, Production)):
            _method(self, item)(self, item)
        return _method(self, root)(self, root)

    def visit(self, item: Any) -> Any:
        return _method(self, item)(self, item)


def bnf(rule: Any, context: Any) -> BNFRule:
    """The BNF start rule of ``rule``: ``Parser(rule).rule``."""
    activate = _Activate(context)
    rule = activate(rule)
    # Only _ReplaceExtended makes forward rules; the others copy those given.
    forwards = activate.forwards
    for kind in (_Squash, _ReplaceExtended, _ReplaceOrEmpty, _Flatten):
        transformator = kind()
        transformator.forwards = forwards
        rule = transformator(rule)
        forwards = forwards or getattr(transformator, 'made_forwards', False)
    last = _BNF()
    last.forwards = forwards
    rule = last(rule)
    if forwards:
        # without forward rules, it would only write each rule's and
        # production's list of parts anew, the same parts in the same order
        rule = _RemoveForward()(rule)
    return BNF(_walk(rule, BNFRule)).start


def parser(rule: Any, tokenizer: Any) -> Parser:
    """``yargy.Parser(rule, tokenizer=tokenizer)``, built faster (see above)."""
    made = Parser.__new__(Parser)
    made.tokenizer = tokenizer
    made.tagger = PassTagger()
    made.rule = bnf(rule, Context(tokenizer, made.tagger))
    return made
