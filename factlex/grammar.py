"""What an :class:`~factlex.Extractor` runs: a yargy rule with a trigger and
the assembly of facts from its matches, built-in or written by a user.

A grammar is usually a module (see ``docs/custom-grammars.md``)::

    NAME = 'date'                 # lowercase, unique within an Extractor
    FACT = Date                   # an attrs class with a ``span: Span`` field
    RULE = ...                    # a yargy rule, interpreted into a fact('Raw', ...)
    TRIGGER = re.compile(...)     # matches inside every mention
    def to_facts(raw, tokens): ...  # the facts of one match

and :func:`as_grammar` turns it, or a :class:`Grammar` built directly, into the
one form the extractor uses.
"""

from __future__ import annotations

import importlib
import re
import sys
import types as python_types
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Optional, Pattern, Union

import attrs

from .facts import Span

__all__ = ['Grammar', 'as_grammar', 'load_grammar']

#: How far a mention may reach from the word that triggered its grammar, in
#: tokens (before, after), unless the grammar sets its own ``REACH``: "от двух
#: с половиной до трёх с половиной миллионов рублей" ends in its trigger 13
#: tokens after it starts; "$1,7 млрд" starts with it.
DEFAULT_REACH = (16, 8)

_NAME = re.compile(r'[a-z][a-z0-9_]*\Z')


def _check_name(grammar: Grammar, attribute: Any, value: str) -> None:
    if not isinstance(value, str) or not _NAME.match(value):
        raise ValueError(f'grammar name must be a lowercase identifier such as "date", got {value!r}')


def _check_fact(grammar: Grammar, attribute: Any, value: type) -> None:
    if not (isinstance(value, type) and attrs.has(value) and 'span' in attrs.fields_dict(value)):
        raise TypeError(f'grammar {grammar.name!r}: fact must be an attrs class with a span field, got {value!r}')


def _compile(trigger: Union[str, Pattern[str]]) -> Pattern[str]:
    if isinstance(trigger, re.Pattern):
        return trigger
    if isinstance(trigger, str):
        return re.compile(trigger)
    raise TypeError(f'trigger must be a regular expression (str or compiled), got {type(trigger).__name__}')


def _check_reach(grammar: Grammar, attribute: Any, value: tuple[int, int]) -> None:
    if not (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(item, int) and item >= 0 for item in value)):
        raise ValueError(f'grammar {grammar.name!r}: reach must be (tokens before, tokens after), got {value!r}')


def _check_callable(grammar: Grammar, attribute: Any, value: Any) -> None:
    if value is not None and not callable(value):
        raise TypeError(f'grammar {grammar.name!r}: {attribute.name} must be callable, got {type(value).__name__}')


@attrs.frozen(eq=False)
class Grammar:
    """A yargy rule, the trigger that gates it, and how its matches become facts.

    - ``name``: the lowercase name callers select it by (``types=['date']``).
    - ``fact``: the attrs class it produces; it must have a ``span`` field.
    - ``rule``: a yargy rule, interpreted at its root
      (``rule(...).interpretation(Raw)``); the ``Raw`` instance of a match
      is what ``to_facts`` receives as ``raw``.
    - ``trigger``: a regular expression that matches inside every mention of
      the fact. Text where it does not match is not parsed, and only the
      tokens around its matches are (``reach``).
    - ``to_facts(raw, tokens)``: the facts of one match, from the interpreted
      ``raw`` and the matched yargy tokens (``token.value``, ``token.span``,
      ``token.forms`` for morphology). It returns an iterable of facts, one
      fact, or None; a match that gives no fact does not hide a shorter match
      that does.
    - ``reach``: tokens a mention may extend before the trigger's first token
      and after its last one.
    - ``anchored``: every mention holds a match of the trigger (money's
      amounts with the currency left out do not: "... и 2,9 млрд"). The
      parser then starts no match after a window's last trigger word, which
      saves much of the parsing.
    - ``anchor(token)``: optional; a trigger match counts only where the
      token it falls in (with its morphology) passes this test: a cheap
      second look that drops the trigger's false alarms ("пос" of "последний").
    - ``resolve(found, text, sentence_of)``: optional; sees all of one
      text's facts of this grammar at once and returns the ones to keep.
    - ``preference(raw)``: optional; an int added to a match's weight when
      overlapping matches are resolved. A match weighs its number of tokens,
      and the set of non-overlapping matches with the greatest total weight
      is kept, so +3 lets a match beat one three tokens longer, and a
      negative number makes a shape lose to shorter readings.
    - ``shared(raw)``: optional; character spans (``Span``) at the edges of
      the match that another match may cover too, e.g. a holder's name that
      a second post of the same person also ends in.
    - ``reject(fact, text)``: optional; whether a fact of a match reads
      otherwise in the words around it, which the match does not see ("По
      словам Ивана Петрова, ...": "Петрова" opening a match is a man's
      genitive). A rejected fact is dropped before overlapping matches are
      resolved, so another reading of the same words can win.

    ``module`` is the importable module the grammar came from, if any: it is
    how a grammar reaches worker processes (``extract_many(workers=2)``).
    """

    name: str = attrs.field(validator=_check_name)
    fact: type = attrs.field(validator=_check_fact)
    rule: Any
    trigger: Pattern[str] = attrs.field(converter=_compile)
    to_facts: Callable[[Any, list[Any]], Any] = attrs.field(validator=_check_callable)
    reach: tuple[int, int] = attrs.field(default=DEFAULT_REACH, converter=tuple, validator=_check_reach)
    anchored: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    anchor: Optional[Callable[[Any], bool]] = attrs.field(default=None, validator=_check_callable)
    resolve: Optional[Callable[..., Iterable[Any]]] = attrs.field(default=None, validator=_check_callable)
    preference: Optional[Callable[[Any], int]] = attrs.field(default=None, validator=_check_callable)
    shared: Optional[Callable[[Any], Sequence[Span]]] = attrs.field(default=None, validator=_check_callable)
    reject: Optional[Callable[[Any, str], bool]] = attrs.field(default=None, validator=_check_callable)
    module: Optional[str] = attrs.field(default=None, repr=False)
    #: ``trigger`` compiled to find the same matches faster (:func:`factlex.triggers.scanner`).
    scanner: Pattern[str] = attrs.field(init=False, repr=False)
    _folded: Any = attrs.field(init=False, repr=False, default=None)

    def __attrs_post_init__(self) -> None:
        from yargy.rule import Rule

        from .triggers import scanner

        object.__setattr__(self, 'scanner', scanner(self.trigger))

        if not isinstance(self.rule, Rule):
            raise TypeError(f'grammar {self.name!r}: rule must be a yargy rule, got {type(self.rule).__name__}')
        if getattr(self.rule, 'interpretator', None) is None:
            # yargy would raise only at the first match, deep inside parsing.
            raise TypeError(
                f'grammar {self.name!r}: rule must be interpreted at its root, as '
                "rule(...).interpretation(Raw) with Raw = fact('Raw', [...])"
            )

    @property
    def folded(self) -> Optional[tuple[Pattern[str], str]]:
        """``trigger`` for texts put in lower case, with the characters such a
        text must not hold, or None (:func:`factlex.triggers.folded`); made
        when first asked for, as compiling it takes some 8 ms for the
        official trigger. Two threads may both make it: they make the same."""
        if self._folded is None:
            from .triggers import folded

            object.__setattr__(self, '_folded', folded(self.trigger) or ())
        return self._folded or None

    def facts(self, raw: Any, tokens: list[Any]) -> list[Any]:
        """What ``to_facts`` gives for one match, as a list.

        Items other than facts may pass between ``to_facts`` and ``resolve``
        (money's amounts waiting for a currency named earlier); what the
        extractor returns in the end is checked to be facts with a span.
        """
        produced = self.to_facts(raw, tokens)
        if produced is None:
            return []
        if attrs.has(type(produced)):
            return [produced]
        return list(produced)

    @classmethod
    def from_module(cls, module: python_types.ModuleType) -> Grammar:
        """The grammar a module defines with NAME, FACT, RULE, TRIGGER and
        to_facts (and optionally REACH, ANCHORED, anchor, resolve, preference, shared, reject)."""
        missing = [name for name in ('NAME', 'FACT', 'RULE', 'TRIGGER', 'to_facts') if not hasattr(module, name)]
        if missing:
            raise TypeError(f'module {module.__name__} is not a grammar: it lacks {", ".join(missing)}')
        return cls(
            name=module.NAME,
            fact=module.FACT,
            rule=module.RULE,
            trigger=module.TRIGGER,
            to_facts=module.to_facts,
            reach=getattr(module, 'REACH', DEFAULT_REACH),
            anchored=getattr(module, 'ANCHORED', False),
            anchor=getattr(module, 'anchor', None),
            resolve=getattr(module, 'resolve', None),
            preference=getattr(module, 'preference', None),
            shared=getattr(module, 'shared', None),
            reject=getattr(module, 'reject', None),
            module=module.__name__,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Rules hold lambdas and cannot be pickled; a grammar crosses to
        # another process as the name of what defines it, like a function:
        # its module (unless attrs.evolve changed it since), or the module
        # variable that holds it.
        if self.module is not None and getattr(sys.modules.get(self.module), 'RULE', None) is self.rule:
            return (_from_module_name, (self.module,))
        owner = sys.modules.get(getattr(self.to_facts, '__module__', None) or '')
        for attribute, value in vars(owner).items() if owner else ():
            if value is self:
                return (_from_attribute, (owner.__name__, attribute))
        raise TypeError(
            f'grammar {self.name!r} cannot be sent to another process: define it at the top level '
            'of an importable module (as a module with NAME, RULE, ... or a Grammar assigned to a '
            'module variable)'
        )


def _from_module_name(name: str) -> Grammar:
    return Grammar.from_module(importlib.import_module(name))


def _from_attribute(module: str, attribute: str) -> Grammar:
    return as_grammar(getattr(importlib.import_module(module), attribute))


def as_grammar(value: Union[Grammar, python_types.ModuleType]) -> Grammar:
    """``value`` as a :class:`Grammar`: a Grammar as it is, a grammar module read."""
    if isinstance(value, Grammar):
        return value
    if isinstance(value, python_types.ModuleType):
        return Grammar.from_module(value)
    raise TypeError(f'expected a factlex Grammar or a grammar module, got {type(value).__name__}')


def load_grammar(spec: str) -> Grammar:
    """The grammar named by ``spec``: ``"package.module"`` (a grammar module)
    or ``"package.module:NAME"`` (a Grammar, or a grammar module, in a module).

    This is how the command line (``--grammar``) and the spaCy component
    (``config={"grammars": [...]}``) name custom grammars. Raises
    ``ValueError`` saying what could not be found.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(f'a grammar is named as "module" or "module:NAME", got {spec!r}')
    module_name, _, attribute = spec.strip().partition(':')
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ValueError(f'grammar {spec!r}: cannot import {module_name!r} ({error})') from None
    if not attribute:
        value: Any = module
        held = sorted(name for name, item in vars(module).items() if isinstance(item, Grammar))
        is_grammar = all(hasattr(module, part) for part in ('NAME', 'FACT', 'RULE', 'TRIGGER', 'to_facts'))
        if held and not is_grammar:
            # The module holds Grammar objects rather than being a grammar itself.
            choices = ' or '.join(f'{module_name}:{name}' for name in held)
            raise ValueError(f'grammar {spec!r}: module {module_name} is not a grammar module but holds '
                             f'{"a Grammar" if len(held) == 1 else "Grammars"}; name it: {choices}')
    else:
        try:
            value = getattr(module, attribute)
        except AttributeError:
            raise ValueError(f'grammar {spec!r}: module {module_name} has no {attribute!r}') from None
    try:
        return as_grammar(value)
    except TypeError as error:
        raise ValueError(f'grammar {spec!r}: {error}') from None
