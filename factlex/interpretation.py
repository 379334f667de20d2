"""yargy's interpretation of a match, in one walk over its tree.

``Match.fact`` copies the tree twice through yargy's visitors, which look
up a method by class name for every node, first keeping only the nodes
that carry an interpretation, then handing each such node's items to its
interpretator; a first pass over NEREL train interprets some 8,000 matches
of the four grammars that way. :func:`interpret` calls the same
interpretators, in the same order, with the same inputs, and builds the
fact as ``FactResult.normalized`` does, without the copies.
"""

from __future__ import annotations

from typing import Any

from yargy.interpretation.fact import Fact, InterpretatorFact
from yargy.interpretation.attribute import RepeatableAttribute
from yargy.interpretation.interpretator import AttributeResult, FactInterpretator, FactResult, InterpretatorInput
from yargy.parser import Match
from yargy.pipelines import PipelineProduction
from yargy.tree.constructors import Leaf

__all__ = ['interpret']


def interpret(match: Match) -> Any:
    """What ``match.fact`` gives: the interpreted fact of a match of a rule
    interpreted at its root, made anew on every call, as yargy makes it."""
    root = match.tree.root
    if root.rule.interpretator is None:
        raise ValueError('no .interpretation(...) for root rule')  # as yargy's KeepInterpretationNodesTransformator
    result = _interpreted(root)
    if type(result) is FactResult and type(result.fact) is InterpretatorFact:
        return _normalized(result.fact)
    return result.normalized


def _interpreted(node: Any) -> Any:
    """What the interpretator of ``node`` gives for the tokens and the
    interpreted nodes below it, the nodes without an interpretation passed
    through (yargy's ``KeepInterpretationNodesTransformator``), in order."""
    items: list[Any] = []
    _gather(node, items)
    interpretator = node.rule.interpretator
    if type(interpretator) is FactInterpretator:
        return _fact_result(interpretator.fact, items)
    given = InterpretatorInput(items)
    if isinstance(node.production, PipelineProduction):
        given.key = node.production.value
    return node.rule.interpretator(given)


def _fact_result(scheme: Any, items: list[Any]) -> FactResult:
    """What ``FactInterpretator(scheme)`` gives for ``items``: the same loop
    over a new ``InterpretatorFact``, made from the scheme's defaults read
    once. yargy's ``InterpretatorFact.__init__`` looks up every attribute of
    the scheme on each call (the officials' Raw has 41; some 8,000 facts a pass)."""
    fact = InterpretatorFact.__new__(InterpretatorFact)
    fact.scheme = scheme
    repeatable, defaults = _defaults(scheme)
    fact.repeatable = set(repeatable)
    fact.modified = set()
    attributes = dict(defaults)
    for key in repeatable:
        attributes[key] = []
    fact.attributes = attributes
    for item in items:
        if isinstance(item, AttributeResult) and issubclass(scheme, item.attribute.fact):
            fact.set(item.attribute.name, item.value)
        elif isinstance(item, FactResult) and issubclass(item.fact.scheme, scheme):
            fact.merge(item.fact)
    return FactResult(fact)


def _defaults(scheme: Any) -> tuple[frozenset[str], dict[str, Any]]:
    """The repeatable attributes of a fact scheme, and each attribute's
    default in the scheme's order (None for a repeatable one, which gets a
    list of its own). Kept on the scheme itself (its own ``__dict__``, not a
    parent's), so it goes with the class and needs no bound; two threads
    that read a scheme at once only compute it twice."""
    found = scheme.__dict__.get('_factlex_defaults')
    if found is None:
        repeatable = frozenset(key for key in scheme.__attributes__
                               if isinstance(getattr(scheme, key), RepeatableAttribute))
        defaults = {key: None if key in repeatable else getattr(scheme, key).default for key in scheme.__attributes__}
        found = (repeatable, defaults)
        scheme._factlex_defaults = found
    return found


def _gather(node: Any, items: list[Any]) -> None:
    for child in node.children:
        if isinstance(child, Leaf):
            items.append(child.token)
        elif child.rule.interpretator is not None:
            items.append(_interpreted(child))
        else:
            _gather(child, items)


def _normalized(fact: InterpretatorFact) -> Any:
    """``fact.normalized``: the scheme's instance with each attribute
    normalized. yargy's ``Fact.__init__`` checks every keyword against the
    list of attributes, a cost that grows with the square of their number
    (the officials' Raw has 40); the attributes are those of the
    scheme already, so they are set as ``Fact.__init__`` sets them, in order."""
    scheme = fact.scheme
    if scheme.__init__ is not Fact.__init__ or list(fact.attributes) != scheme.__attributes__:
        return fact.normalized
    repeatable, modified = fact.repeatable, fact.modified
    normalized = scheme.__new__(scheme)
    state = normalized.__dict__
    for key, value in fact.attributes.items():
        if key in repeatable:
            value = [item.normalized for item in value]
        elif key in modified:
            value = value.normalized
        state[key] = value
    normalized._raw = fact
    return normalized
