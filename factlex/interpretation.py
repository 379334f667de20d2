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
from yargy.interpretation.interpretator import FactResult, InterpretatorInput
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
    given = InterpretatorInput(items)
    if isinstance(node.production, PipelineProduction):
        given.key = node.production.value
    return node.rule.interpretator(given)


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
