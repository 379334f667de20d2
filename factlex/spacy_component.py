"""spaCy pipeline component "factlex": the facts of a ``Doc`` as labelled spans.

``pip install 'factlex[spacy]'`` installs spaCy and registers the factory
under spaCy's ``spacy_factories`` entry point, so ``nlp.add_pipe("factlex")``
and ``spacy.load`` of a saved pipeline find it without importing this module.
After the component has run:

- ``doc.spans["factlex"]`` is a ``SpanGroup`` with one span per fact, labelled
  with the fact's class name (``"Money"``, ``"Percent"``, ...), in the order
  of the facts; spans may overlap.
- ``span._.fact`` is the fact of a span of that group (``None`` for other spans).
- ``doc._.facts`` is the list of facts, as :func:`factlex.extract` gives them.
- ``doc._.factlex_error`` is ``None``, or, when the component was built with
  ``errors="report"`` and extraction raised on the Doc, ``"TYPE: message"``;
  the Doc then has no facts and ``nlp.pipe`` goes on with the next one.
  With ``errors="raise"`` (the default) the exception goes to spaCy, whose
  error handler (``nlp.set_error_handler``) drops the Doc from ``nlp.pipe``'s
  output at best: report keeps every Doc in its place.

A fact's mention need not fall on spaCy's token boundaries ("Рост:4,4%,а" is
one token for spaCy's Russian tokenizer). Its span is then widened to the
tokens it touches (``alignment_mode="expand"``), while ``span._.fact.span``
keeps the exact character offsets of the mention. See docs/spacy.md.

Facts are kept in ``doc.user_data`` in their JSON form (:func:`factlex.to_dict`)
and rebuilt on access, so that ``Doc.to_bytes``, ``DocBin(store_user_data=True)``
and ``nlp.pipe(texts, n_process=2)``, which all serialize user data with
msgpack, carry them. Each span's ``id_`` is the index of its fact in that list:
spaCy keys span extensions by character offsets only, so two facts of one
mention (one per holder of "сенаторы Пол и Рубио") would otherwise share one value.

The module imports without spaCy (``pytest --doctest-modules`` imports every
module of the package); the factory then raises ``ImportError``.
"""

import functools
from collections.abc import Sequence
from typing import Any, Optional

from .extractor import Extractor
from .facts import Fact
from .grammar import load_grammar
from .parallel import ERRORS
from .serialize import from_dict, to_dict

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, SpanGroup
except ImportError as error:  # spaCy is an optional extra
    Language = Doc = Span = SpanGroup = Any  # type: ignore[misc,assignment]
    _SPACY_MISSING: Optional[ImportError] = error
else:
    _SPACY_MISSING = None

__all__ = ['ERROR_KEY', 'FACTS_KEY', 'SPANS_KEY', 'FactlexComponent', 'make_factlex', 'register_extensions']

#: The key of the component's spans in ``doc.spans``.
SPANS_KEY = 'factlex'

#: The key of the facts (in JSON form, see :func:`factlex.to_dict`) in ``doc.user_data``.
FACTS_KEY = ('factlex', 'facts')

#: The key of ``doc._.factlex_error`` in ``doc.user_data``: "TYPE: message" of
#: what extraction raised, kept as a string so that it travels with the Doc.
ERROR_KEY = ('factlex', 'error')

#: Where a Doc keeps the grammars of custom fact types (``module:NAME``), by
#: type name, so that their facts can be read back from the stored JSON.
CLASSES_KEY = ('factlex', 'custom grammars')


def _require_spacy() -> None:
    if _SPACY_MISSING is not None:
        raise ImportError("the factlex spaCy component needs spaCy: pip install 'factlex[spacy]'") \
            from _SPACY_MISSING


@functools.lru_cache(maxsize=None)
def _fact_class(spec: str) -> type:
    # Read on every access to doc._.facts: import and build the grammar once.
    return load_grammar(spec).fact


def _custom_classes(doc: Doc) -> list[type]:
    return [_fact_class(spec) for spec in doc.user_data.get(CLASSES_KEY, {}).values()]


def _doc_facts(doc: Doc) -> list[Fact]:
    """Getter of ``doc._.facts``: the facts the component found, ``[]`` before it ran."""
    classes = _custom_classes(doc)
    return [from_dict(record, classes) for record in doc.user_data.get(FACTS_KEY, ())]


def _span_fact(span: Span) -> Optional[Fact]:
    """Getter of ``span._.fact``: the fact a span of ``doc.spans["factlex"]`` stands for.

    The span's ``id_`` indexes the stored facts; a span that is not from the
    component (no such index, another label, a fact outside it) gets ``None``.
    """
    records = span.doc.user_data.get(FACTS_KEY, ())
    try:
        index = int(span.id_)  # '' when unset; KeyError for an id not in the strings
    except (KeyError, ValueError):
        return None
    if not 0 <= index < len(records):
        return None
    record = records[index]
    start, stop = record['span']
    if record['type'] != span.label_ or not span.start_char <= start <= stop <= span.end_char:
        return None
    return from_dict(record, _custom_classes(span.doc))


def _doc_error(doc: Doc) -> Optional[str]:
    """Getter of ``doc._.factlex_error``: what extraction raised on the Doc, or None."""
    return doc.user_data.get(ERROR_KEY)


def register_extensions() -> None:
    """Register ``doc._.facts``, ``doc._.factlex_error`` and ``span._.fact``; the component does it when
    built, so call this only to read saved Docs without building one.

    Calling it again does nothing. An extension of the same name that factlex
    did not register raises ``ValueError`` rather than being replaced.
    """
    _require_spacy()
    extensions = ((Doc, 'facts', _doc_facts), (Doc, 'factlex_error', _doc_error), (Span, 'fact', _span_fact))
    for cls, name, getter in extensions:
        if cls.has_extension(name):
            current = cls.get_extension(name)[2]
            if current is getter:
                continue
            # A reloaded module has new getters of the same names: replace them.
            ours = (getattr(current, '__module__', None), getattr(current, '__qualname__', None)) \
                == (getter.__module__, getter.__qualname__)
            if not ours:
                raise ValueError(
                    f'{cls.__name__} extension {name!r} is already registered by something other '
                    f'than factlex; remove it ({cls.__name__}.remove_extension({name!r})) '
                    f'before adding the factlex component'
                )
        cls.set_extension(name, getter=getter, force=True)


class FactlexComponent:
    """Puts the facts of a ``Doc`` into ``doc.spans["factlex"]``, ``span._.fact``
    and ``doc._.facts``. Built by :func:`make_factlex` (``nlp.add_pipe("factlex")``)."""

    def __init__(self, name: str = 'factlex', types: Optional[list[str]] = None,
                 grammars: Sequence[str] = (), errors: str = 'raise') -> None:
        """``types`` as for :class:`factlex.Extractor`; an unknown one raises
        ``ValueError``. ``grammars`` adds custom grammars by name
        (``"module:NAME"``, see :func:`factlex.grammar.load_grammar`).
        ``errors="report"`` puts what extraction raises on a Doc in
        ``doc._.factlex_error`` instead of raising it."""
        _require_spacy()
        if errors not in ERRORS:
            raise ValueError(f"errors must be 'raise' or 'report', got {errors!r}")
        self.name = name
        self.errors = errors
        if isinstance(grammars, str):
            raise ValueError(f'grammars must be a list of "module:NAME" strings, got {grammars!r}')
        custom = [load_grammar(spec) for spec in grammars]
        # The parsers are built here, once per component; the Extractor is
        # safe to share between threads and pickles by rebuilding them.
        self.extractor = Extractor(types, grammars=custom)
        self.custom = {grammar.fact.__name__: spec for grammar, spec in zip(custom, grammars)}
        register_extensions()

    def __repr__(self) -> str:
        return f'FactlexComponent(name={self.name!r}, types={list(self.extractor.types)!r})'

    def __call__(self, doc: Doc) -> Doc:
        """Find the facts of ``doc.text`` and set ``doc.spans["factlex"]`` to their spans."""
        doc.user_data.pop(ERROR_KEY, None)
        try:
            facts = self.extractor.extract(doc.text)
        except Exception as error:  # noqa: BLE001 -- reported on the Doc, or raised
            if self.errors == 'raise':
                raise
            # No facts at all rather than some: the Doc failed as a whole.
            facts = []
            doc.user_data[ERROR_KEY] = f'{type(error).__name__}: {error}'
        spans = []
        for index, fact in enumerate(facts):
            # "expand" always gives a span: a fact's mention lies inside the
            # text and neither starts nor ends with a space.
            spans.append(doc.char_span(
                fact.span.start, fact.span.stop, label=type(fact).__name__,
                alignment_mode='expand', span_id=str(index),
            ))
        doc.user_data[FACTS_KEY] = [to_dict(fact) for fact in facts]
        if self.custom:
            doc.user_data[CLASSES_KEY] = dict(self.custom)
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans)
        return doc


def make_factlex(nlp: Language, name: str, types: Optional[list[str]], grammars: list[str],
                 errors: str = 'raise') -> FactlexComponent:
    """The factory of the "factlex" component: ``nlp.add_pipe("factlex", config={"types": [...]})``.

    ``types`` names the fact types to look for ("money", "percent", "official",
    "agreement"; any case); ``None``, the default, is all of them. An unknown
    name raises ``ValueError`` from ``add_pipe``. ``nlp`` is not used: factlex
    tokenizes and analyses the text itself. ``grammars`` adds custom grammars
    as ``"module:NAME"`` strings (docs/custom-grammars.md); the module must be
    importable wherever the pipeline is loaded. ``errors`` is ``"raise"``
    (the default) or ``"report"``: see :class:`FactlexComponent`.
    """
    return FactlexComponent(name, types, grammars, errors)


if _SPACY_MISSING is None:
    Language.factory(
        'factlex',
        default_config={'types': None, 'grammars': [], 'errors': 'raise'},
        assigns=['doc.spans', 'doc._.facts', 'doc._.factlex_error', 'span._.fact'],
        func=make_factlex,
    )
