"""Triggers and windows only save time: they never lose a fact the grammars find."""

import yargy.morph  # noqa: F401  -- pymorphy2 hotfix before pymorphy2 is used

import pytest

from factlex import Extractor
from factlex.grammars import GRAMMARS
from factlex.morph import morph_analyzer, tokenizer
from invariants import every_corpus_text



def test_prefilter_loses_nothing_on_the_corpora():
    """Every corpus text gives the same facts with and without the prefilter."""
    fast, full = Extractor(), Extractor(prefilter=False)
    texts = every_corpus_text()
    # A few long documents too, so windows meet sentence and line boundaries.
    texts += ['\n'.join(texts[start:start + 20]) for start in range(0, len(texts), 97)]
    for text in texts:
        assert fast.extract(text) == full.extract(text), text


def _inflections(word):
    """The word as written and every form of its readings as this word.

    Readings as another word ("тенге" as a form of "тенг") are left out: their
    other forms are not currency names in any text.
    """
    yield word
    for parse in morph_analyzer().raw.parse(word):
        if parse.normal_form == word.lower():
            yield from (form.word for form in parse.lexeme)


def _always_triggers(trigger, name):
    """Some word of the name matches the trigger in every form it takes."""
    words = [token.value for token in tokenizer().scan(name) if token.type != 'PUNCT' or len(token.value) == 1]
    if trigger.search(name) and all(token.type != 'RU' for token in tokenizer().scan(name)):
        return True  # a symbol or a code: written one way
    return any(
        all(trigger.search(form) for form in _inflections(word))
        for word in words
        if word.isalpha()
    )


def test_trigger_matches_every_currency_name():
    """Each currency name, in every form pymorphy2 knows, matches the money trigger."""
    money = GRAMMARS['money']
    missed = [name for name, _ in money.CURRENCY_NAMES if not _always_triggers(money.TRIGGER, name)]
    assert not missed


def test_trigger_matches_every_post_head():
    """Each post head of positions.tsv, in every form pymorphy2 knows, matches
    the official trigger; a head that is a post only with a rank, with each of
    its ranks before it, in the same case."""
    from factlex.grammars.official.post import RANKED_HEADS

    official = GRAMMARS['official']
    missed = [head for head in official.HEADS
              if head not in RANKED_HEADS and not _always_triggers(official.TRIGGER, head)]
    assert not missed
    ranks = {'управляющ': 'управляющий', 'старш': 'старший', 'младш': 'младший',
             'генеральн': 'генеральный', 'ведущ': 'ведущий', 'главн': 'главный'}
    morph = morph_analyzer().raw
    for head, stems in RANKED_HEADS.items():
        for stem in stems:
            rank = next(form for form in morph.parse(ranks[stem]) if form.tag.POS in ('ADJF', 'PRTF'))
            noun = next(form for form in morph.parse(head) if form.tag.POS == 'NOUN')
            for case in ('nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'):
                phrase = f"{rank.inflect({case, 'sing', 'masc'}).word} {noun.inflect({case, 'sing'}).word}"
                assert official.TRIGGER.search(phrase), phrase
    assert not official.TRIGGER.search('партнёрство и партнёры'), 'a ranked head alone opens no window'


def test_trigger_matches_every_signing_word():
    """Every form of every signing verb, participle and noun matches the agreement trigger."""
    agreement = GRAMMARS['agreement']
    from factlex.grammars.agreement.documents import EXTEND_VERBS

    words = sorted(agreement.SIGN_VERBS - EXTEND_VERBS | {'подписание', 'заключение', 'подпись'})
    missed = [word for word in words if not _always_triggers(agreement.TRIGGER, word)]
    assert not missed


@pytest.mark.parametrize('word', ['продлил', 'продлила', 'продлили', 'продлит', 'продлят', 'продлить', 'продлив',
                                  'продлевает', 'продлевают', 'продлевать', 'Продлил'])
def test_trigger_matches_a_contract_extended(word):
    assert GRAMMARS['agreement'].TRIGGER.match(word)


@pytest.mark.parametrize('word', ['продлится', 'продлятся', 'продлилась', 'продлились', 'продлилось', 'продление',
                                  'продлевается', 'продлиться'])
def test_trigger_skips_lasting_and_the_noun_of_extending(word):
    assert not GRAMMARS['agreement'].TRIGGER.search(word)
