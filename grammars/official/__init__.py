"""Officials: "вице-премьер России Юрий Борисов", "Александр Лукашенко, президент Белоруссии".

The grammar module of the ``official`` fact type (see ``grammars/__init__.py``
for the contract). Its parts, each in a module of its own:

- ``post``: the post phrase (head, modifiers, governed words) and the trigger;
- ``body``: the organization and place of a post, and words between a post
  and its holder;
- ``links``: the holder and what ties them to the post, and ``RULE``;
- ``titles``: monarchs and clergy, who go by a sole name;
- ``checks``: whether a match reads as a post and its holder;
- ``fields``: the position, organization, place and person of a match;
- ``assembly``: the Official facts of a match, and how matches compete;
- ``succession``: facts of a tenure and of a post passed on;
- ``context``: facts dropped for what the text around them says;
- ``nationality``: the place an adjective names ("белорусский лидер");
- ``anaphora``, ``by_surname``, ``this_post``, ``second_predicate``: posts
  tied to a person named elsewhere in the text; ``shared_post``: a plural
  post held by each person listed after it.

Names and phrases are put into the nominative by ``grammars/phrases.py``,
which the agreement grammar uses too.
"""

from collections.abc import Callable, Iterable

from factlex.facts import Official

from .anaphora import with_anaphoric_posts
from .assembly import preference, shared, to_facts
from .by_surname import with_first_names, with_surname_holders
from .context import reject
from .context import resolve as _resolve_context
from .links import RULE
from .nationality import with_adjective_place
from .post import HEADS, MODIFIERS, TRIGGER, anchor
from .raw import Raw
from .second_predicate import with_second_predicates
from .shared_post import with_shared_posts
from .this_post import with_this_post

__all__ = [
    'ANCHORED', 'FACT', 'HEADS', 'MODIFIERS', 'NAME', 'REACH', 'RULE', 'TRIGGER', 'Raw', 'anchor', 'preference',
    'reject', 'resolve', 'shared', 'to_facts',
]

NAME = 'official'
FACT = Official

def resolve(found: Iterable[Official], text: str, sentence_of: Callable[[int], int]) -> list[Official]:
    """The Officials of a text (``context.resolve``), each with the place an
    adjective names when it has none (``nationality``), and the posts that
    open a sentence held by the one person the sentence before names
    (``anaphora``), the one "на этом посту" ties to a post named before
    (``this_post``), and the posts a second predicate gives the person a
    sentence opens with (``second_predicate``)."""
    found = with_surname_holders(_resolve_context(found, text, sentence_of), text, sentence_of)
    found = [with_adjective_place(fact, text) for fact in found]
    read = len(found)
    # (both steps return the facts they are given first, then those they add)
    found = with_this_post(with_anaphoric_posts(found, text, sentence_of), text, sentence_of)
    found = with_shared_posts(with_second_predicates(found, text, sentence_of), text, sentence_of)
    # the holders the later steps name by the surname alone, given their first names
    return found[:read] + with_first_names(found[read:], text, sentence_of, known=found[:read])


#: Tokens a mention may reach before and after the word that triggers the
#: grammar: a name and a comma before the post; a long post, its body and
#: place, and a name after it. (12, 16) lost no fact of NEREL train and the
#: factRuEval devset against (16, 24), and parses a quarter less; 7 before
#: lost two, and 11 after none. 20 after, not 16: a body of some fifteen
#: words, its abbreviation in brackets and a name ("Руководитель Федеральной
#: службы по надзору в сфере защиты прав потребителей и благополучия
#: человека (Роспотребнадзор) Анна Попова"), at no cost a warm pass shows:
#: the chart makes no state that needs a capital past a window's last one.
REACH = (12, 20)

#: Every mention holds a trigger match (a post's head word): no parse starts
#: after the last one in a window (factlex.grammar.Grammar.anchored).
ANCHORED = True
