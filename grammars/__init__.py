"""yargy grammars of factlex, installed as ``factlex.grammars``.

A grammar is a module with ``NAME`` (the fact type's lowercase name), ``FACT``
(its class), ``RULE`` (the yargy rule, interpreted into the module's ``Raw``),
``TRIGGER`` (a regex that matches near every mention) and
``to_facts(raw, tokens)`` (assembly of the public facts of one match from the
interpreted ``raw`` and the matched tokens). An optional
``resolve(found, text, sentence_of)`` sees all of a text's results at once.
"""

from . import agreement, money, official, percent

__all__ = ['GRAMMARS']

#: Built-in grammars by fact type name, in output order.
GRAMMARS = {
    module.NAME: module
    for module in (money, percent, official, agreement)
}
