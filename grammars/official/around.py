"""What the tokens of an officials match show that its attributes do not:
a hyphen inside a word, the callings between a post and the name after it,
posts joined by "и"."""

from __future__ import annotations

from typing import Any, Optional

from ..person import name_cases
from ..tokens import attribute_tokens
from .checks import (
    RANK_WORDS,
    head_token,
    holder_first,
    post_cases,
)
from .post import HEAD_WORDS


def _neighbours(tokens: list, token: Any) -> tuple[Optional[Any], Optional[Any]]:
    """The tokens of the match right before and right after ``token``."""
    index = next((index for index, other in enumerate(tokens) if other is token), None)
    if index is None:
        return None, None
    return (tokens[index - 1] if index else None), (tokens[index + 1] if index + 1 < len(tokens) else None)


def hyphen_link(raw: Any, tokens: list) -> bool:
    """Whether the dash that ties name and post, or two posts, is a hyphen
    written without spaces ("лидер социал-демократов" is one post)."""
    link = attribute_tokens(raw, 'link')
    if link and _glued_hyphen(tokens, link[0]):
        return True
    other = attribute_tokens(raw, 'other_post')
    if not other:
        return False
    _, after = _neighbours(tokens, other[-1])
    return after is not None and _glued_hyphen(tokens, after)


# The parts that may stand between a post's head and the name after it
_BEFORE_NAME = ('modifiers', 'head', 'tail', 'org_type', 'organization', 'place', 'host_place', 'owner', 'owner_body',
                'foreign_body', 'place2', 'organization2', 'region_kind', 'scene', 'scene_noun', 'scene_words', 'calling',
                'membership', 'rank', 'other_post', 'time', 'body_clause')


def callings_agree(raw: Any, tokens: list) -> bool:
    """Whether each calling between a post and the name after it ("министр,
    политик", "сенатора-демократа", "тренеру итальянцу") shares a case with
    the post: the words of neither, an animate lower-case noun, stand in
    apposition to both."""
    if raw.link is not None or holder_first(raw):
        return True
    head = head_token(raw)
    names = attribute_tokens(raw, 'first')[:1] or attribute_tokens(raw, 'last')[:1]
    if not names:
        return True
    # the words after the last one that belongs to the post or its body
    after = max((token.span.stop for name in _BEFORE_NAME if getattr(raw, name) is not None
                 for token in attribute_tokens(raw, name) if token.span.start < names[0].span.start),
                default=head.span.stop)
    # in apposition to the post and to the name, which may stand in its own
    # case ("назначил губернатором единоросса Андрея Воробьёва")
    cases = post_cases(raw) | name_cases(raw)
    for index, token in enumerate(tokens):
        if token.span.start < after or token.span.start >= names[0].span.start:
            continue
        if any('PREP' in form.grams.values for form in getattr(token, 'forms', ())):
            break  # "Совета федерации по информационной политике": what follows is governed
        if index + 1 < len(tokens) and tokens[index + 1].span.start == token.span.stop:
            continue  # "генерал-лейтенанта": the first part of a compound does not decline
        if any(form.normalized in RANK_WORDS for form in getattr(token, 'forms', ())):
            continue  # "заместитель главы генерал-лейтенанта Аксары Кердпола": a rank agrees with the name
        nouns = [form for form in getattr(token, 'forms', ()) if {'NOUN', 'anim'} <= form.grams.values]
        if token.value[:1].islower() and nouns and not any(cases & form.grams.values for form in nouns):
            return False
    return True


def splits_hyphenated_word(raw: Any, tokens: list) -> bool:
    """Whether the post's governed words end inside a hyphenated word
    ("лидер социал-демократов" read as "лидер социал" and an affiliation)."""
    tail = attribute_tokens(raw, 'tail')
    if not tail:
        return False
    _, after = _neighbours(tokens, tail[-1])
    return after is not None and after.value == '-' and tail[-1].span.stop == after.span.start


def spaced_dash_in_name(raw: Any) -> bool:
    """Whether the holder's name takes in a dash written with spaces: "Николая
    Патрушева - Андрей" is a name, a dash and another, not "Патрушева-Андрей"."""
    for part in ('first', 'last'):
        words = attribute_tokens(raw, part)
        for before, dash, after in zip(words, words[1:], words[2:]):
            if dash.value == '-' and (before.span.stop != dash.span.start or dash.span.stop != after.span.start):
                return True
    return False


def head_after_hyphen(raw: Any, tokens: list) -> bool:
    """Whether the post's head is the second half of a hyphenated post
    ("майор" of "генерал-майор"), the first half read as some other word;
    "экс-глава" is a head with its time."""
    head = attribute_tokens(raw, 'head')
    if not head:
        return False
    hyphen, _ = _neighbours(tokens, head[0])
    if hyphen is None or not _glued_hyphen(tokens, hyphen) or hyphen.span.stop != head[0].span.start:
        return False
    first_half, _ = _neighbours(tokens, hyphen)
    return first_half is not None and any(
        form.normalized in HEAD_WORDS for form in getattr(first_half, 'forms', ()))


def _glued_hyphen(tokens: list, dash: Any) -> bool:
    if dash.value != '-':
        return False
    before, after = _neighbours(tokens, dash)
    return (before is not None and before.span.stop == dash.span.start) or (
        after is not None and after.span.start == dash.span.stop)


def coordinated(raw: Any, tokens: list) -> bool:
    """Whether the other post is joined to the post by "и" or a dash alone
    ("Статс-секретарь — заместитель руководителя ФАС")."""
    other = attribute_tokens(raw, 'other_post')
    if not other or raw.other_link:
        return False
    _, after = _neighbours(tokens, other[-1])
    return after is not None and after.value.lower() in {'и', '—', '–'}
