"""Agreements: "Россия и Беларусь подписали соглашение о ...", "договор, подписанный в 2010 году".

The grammar is a package of one part per file: ``documents`` (the document
phrase and its kind), ``parties`` (the sides and their nominative),
``circumstances`` (topic, purpose, date, place, value), ``status`` (the verb
forms and the words that make a signing signed, planned or refused) and
``assembly`` (the clauses, ``RULE``, and ``to_facts``); ``raw`` holds the
record a match fills.
"""

from __future__ import annotations

import re
from typing import Any

from factlex.facts import Agreement

from .assembly import RULE, preference, resolve, to_facts
from .documents import ABBREVIATIONS, DOCUMENTS, SIGN_VERBS
from .raw import Raw

__all__ = ['ABBREVIATIONS', 'ANCHORED', 'DOCUMENTS', 'FACT', 'NAME', 'NOT_SIGNING', 'REACH', 'RULE', 'SIGN_VERBS', 'TRIGGER', 'Raw',
           'anchor', 'preference', 'resolve', 'to_facts']

NAME = 'agreement'
FACT = Agreement

#: A mention reaches far on both sides of its signing word: a list of parties
#: with a relative clause before it ("Гергиев, который ..., подписал"), a long
#: topic after the noun ("о сотрудничестве в области обращения с ...").
REACH = (40, 45)

#: Text without one of these stems holds no signing: подписать, подпишут,
#: подписание, подпись; заключить, заключение, заключённый.
# ("продлить" in its forms that sign, not "продлится", "продлилась": lasting)
TRIGGER = re.compile(r'(?i:подпи[сш]|заключ|продли(?:л|ла|ли|т|ть|в)(?!ся|сь|ась|ось|ись|ься)|продлят(?!ся)|продлева(?:ет|ют|ть)(?!ся))')
#: Every mention holds a trigger match: no parse starts after the last one.
ANCHORED = True

#: Words the trigger's stems are in that tell of no signing in any reading:
#: a subscription and its subscribers, a closing round, a political prisoner.
NOT_SIGNING = frozenset({'подписка', 'подписчик', 'подписчица', 'подписной', 'заключительный', 'политзаключённый',
                         'политзаключённая',
                         # "переговоры продлятся", "продление санкций": lasting and extending, no contract
                         'продлиться', 'продлеваться', 'продление', 'продлёнка'})


def anchor(token: Any) -> bool:
    """Whether a trigger match lies in a word that may tell of a signing:
    "подписали", "заключение", not "подписчики" or "заключительный"."""
    forms = getattr(token, 'forms', None) or ()
    return not forms or any(form.normalized not in NOT_SIGNING for form in forms)
