"""Token predicates shared by the blocks: what a word looks like and how it
reads; and the hyphenated compound of a lower-case word they make up."""

import re

from yargy import and_, rule
from yargy.predicates import eq, in_, is_lower, type
from yargy.predicates.constructors import Predicate

from factlex.morph import is_known

__all__ = [
    'ADDRESS_WORDS',
    'HasCase',
    'HasLemmaEnding',
    'HasSingularCase',
    'IsAbbreviation',
    'IsCapitalizedWord',
    'IsForeignName',
    'IsKnownName',
    'IsKnownSurname',
    'IsNameWord',
    'IsOrgShaped',
    'IsRomanNumeral',
    'IsSurnameShaped',
    'IsUnknownWord',
    'MayEndGenitive',
    'SPACED_DASH',
    'abbreviation_shaped',
    'lower_compound',
    'known_grams',
]


#: A dash that stands between words ("президент — председатель правления"),
#: never the hyphen that joins the parts of one word.
SPACED_DASH = in_({'—', '–'})


class IsCapitalizedWord(Predicate):
    """A Russian or Latin word written with a capital and lower-case letters: "Лавров"."""

    __attributes__ = []
    needs_capital = True  # lets the chart skip it on lower-case words (factlex.earley)

    def __call__(self, token):
        value = token.value
        return token.type in ('RU', 'LATIN') and len(value) > 1 and value[0].isupper() and not value.isupper()


_CAPITALIZED = IsCapitalizedWord()


class IsAbbreviation(Predicate):
    """An abbreviation of two or more capitals: "ФСБ", "МИД", "СПбГУ"."""

    __attributes__ = []

    def __call__(self, token):
        value = token.value
        return token.type in ('RU', 'LATIN') and len(value) > 1 and sum(char.isupper() for char in value) >= 2


def _in_dictionary(form):
    """Whether a reading is the dictionary's, not a guess (a reading that is
    no pymorphy2 parse, as in tests, counts as the dictionary's)."""
    return getattr(form, 'raw', None) is None or is_known(form)


def known_grams(token):
    """Grammemes of the dictionary readings of a word; guesses are left out."""
    # pymorphy2 answers "is it known?" with a dictionary walk each time it is
    # asked, and grammars ask it of the same words again and again.
    grams = _KNOWN_GRAMS.get(token.value)
    if grams is None:
        grams = set()
        for form in getattr(token, 'forms', ()) or ():
            if _in_dictionary(form):
                grams |= form.grams.values
        grams = frozenset(grams)
        if getattr(token, 'forms', None):  # a token not yet analysed would cache "unknown"
            if len(_KNOWN_GRAMS) >= _KNOWN_GRAMS_LIMIT:
                _KNOWN_GRAMS.clear()  # bounded: a long-running process sees ever new words
            _KNOWN_GRAMS[token.value] = grams
    return grams


_KNOWN_GRAMS = {}
_KNOWN_GRAMS_LIMIT = 50_000


def only_imperative(grams) -> bool:
    """Whether the dictionary has a word only as a verb's imperative: "Жиль"
    (of "жилить"), a form a capitalized word after a post does not take."""
    return 'impr' in grams and 'VERB' in grams and not grams & {
        'indc', 'INFN', 'NOUN', 'ADJF', 'ADVB', 'PREP', 'CONJ', 'PRCL', 'PRTF', 'PRTS', 'GRND'}


class IsOnlyImperative(Predicate):
    """The dictionary has the word only as a verb's imperative: "Жиль"."""

    __attributes__ = []

    def __call__(self, token):
        return only_imperative(known_grams(token))


#: Words of address before a name, no posts and no names ("господин Сагитов",
#: "Президент и госпожа Обама"); "пан" is also a family name ("Пан Ги Мун").
ADDRESS_WORDS = frozenset({'господин', 'госпожа', 'леди', 'мистер', 'миссис', 'мисс', 'сэр', 'мадам', 'месье',
                           'товарищ', 'пан', 'пани', 'фрау', 'герр', 'сеньор', 'сеньора'})
_ADDRESS_NOT_NAMES = ADDRESS_WORDS - {'пан', 'пани'}


class IsNameWord(Predicate):
    """A capitalized word that may be a name: a dictionary name, or a word that
    is not a dictionary place, organization or abbreviation ("Текслер")."""

    __attributes__ = []
    needs_capital = True  # lets the chart skip it on lower-case words (factlex.earley)

    def __call__(self, token):
        # Names in Latin letters are left to the organizations ("глава Google").
        if token.type != 'RU' or not _CAPITALIZED(token) or _DEPUTY_POST.match(token.value):
            return False
        grams = known_grams(token)
        if grams & {'Name', 'Surn', 'Patr'}:
            return True
        if not grams:
            return _unknown_may_be_name(token.value)
        # A dictionary word that is no noun ("Российской") is no name either,
        # but a capitalized word the dictionary has only as a rare verb's
        # imperative is a foreign name: "Жиль" (of "жилить")
        if only_imperative(grams):
            return True
        # ("Господин Петров": a word of address opens the name, none of its words)
        return 'NOUN' in grams and not grams & {'Geox', 'Orgn', 'Abbr'} and not any(
            form.normalized in _ADDRESS_NOT_NAMES for form in token.forms)


# "Шестидесятивосьмилетняя", "Семидесятилетнему": a compound adjective of age
_AGE_ADJECTIVE = re.compile(r'летн(?:ий|яя|ее|его|ей|ему|им|юю|ем|ие|их|ими)$')


def abbreviation_shaped(word: str) -> bool:
    """Capitals inside a word that ends in one: "ТвГУ", "СПбГУ", "МИСиС"; a
    name's inner capital is followed by small letters ("ДиКаприо", "МакКейн")."""
    return word[-1:].isupper() and sum(letter.isupper() for letter in word) > 1


def _unknown_may_be_name(value: str) -> bool:
    """Whether a word the dictionary does not know may be a name: not a
    body's compound ("Горздрава", "Облисполкома"), nor an adjective of age
    ("Шестидесятивосьмилетняя"), nor an abbreviation ("ТвГУ")."""
    return not _body_compound(value) and not _AGE_ADJECTIVE.search(value) and not abbreviation_shaped(value)

# "Замдиректора", "Замминистра": a deputy's post written as one word.
_DEPUTY_POST = re.compile(
    r'(?:Зам|Врио)(?:директора|министра|главы|председателя|пред|генпрокурора|прокурора|губернатора|мэра'
    r'|начальника|руководителя|командующего|секретаря|полпреда|генсека|гендиректора)'
)


class HasCase(Predicate):
    """Some reading of the word is in one of ``cases`` (pymorphy2 names)."""

    __attributes__ = ['cases']

    def __init__(self, cases):
        self.cases = frozenset(cases)

    def __call__(self, token):
        forms = getattr(token, 'forms', None)
        return bool(forms) and any(case in form.grams.values for form in forms for case in self.cases)


class HasSingularCase(Predicate):
    """Some singular reading of the word is in one of ``cases``: "Трапезникова"
    is a genitive singular, "Дмитрий" no genitive (only of "Дмитрия", plural)."""

    __attributes__ = ['cases']

    def __init__(self, cases):
        self.cases = frozenset(cases)

    def __call__(self, token):
        return any(
            self.cases & form.grams.values and ('sing' in form.grams.values or 'Fixd' in form.grams.values)
            for form in getattr(token, 'forms', None) or ()
        )


class IsSurnameShaped(Predicate):
    """The word ends as Russian surnames do, in some case: "Силуанова", "Левицким"."""

    __attributes__ = []

    def __call__(self, token):
        return token.type == 'RU' and _SURNAME_SHAPE.search(token.value.lower()) is not None


_SURNAME_SHAPE = re.compile(
    r'(?:[оеё]в|[иы]н|[сц]к)(?:а|у|ым|е|ой|у)?$|(?:[сц]к)(?:ий|ая|ого|ому|им|ом|ую|ой)$'
)


class IsOrgShaped(Predicate):
    """A capitalized compound name of a state body or company: "Минфина", "Росгвардии"."""

    __attributes__ = []
    needs_capital = True  # lets the chart skip it on lower-case words (factlex.earley)

    def __call__(self, token):
        value = token.value
        return (
            token.type == 'RU' and value[:1].isupper()
            and (_ORG_SHAPE.match(value) is not None or _ORG_ENDING.search(value[3:]) is not None)
            and not known_grams(token) & {'Name', 'Surn', 'Geox'}
        )


#: A ministry named by "Мин" and the genitive of its field, which does not
#: decline ("Минприроды", "Минобрнауки", "Минвостокразвития"), unlike "Минфин".
MINISTRY_OF_GENITIVE = re.compile(r'Мин[а-яё]{3,}(?:ы|и|ия)$')
# Words for a body that end a compound name: "Погранслужбы", "Ростехнадзора",
# "Совфеда", "Социнтерна", "Горсовета", "Облисполкома", "Облздрава"; no name
# ends in them. Those some names end in too ("Сальвадор", "Расторгуев") make
# a body's shape only where no name is sought.
_BODY_WORDS = ('служб', 'надзор', 'инспекц', 'банк', 'трест', 'пром', 'строй', 'сбыт', 'энерго', 'гварди', 'фед',
               'интерн', 'совет', 'исполком', 'горком', 'обком', 'райком', 'партком', 'профком', 'здрав')
_BODY_WORDS_IN_NAMES = ('торг', 'дор', 'связь', 'связи')
_BODY_COMPOUND = re.compile('(?:%s)[а-яё]{0,3}$' % '|'.join(_BODY_WORDS))
_ORG_ENDING = re.compile('(?:%s)[а-яё]{0,3}$' % '|'.join(_BODY_WORDS + _BODY_WORDS_IN_NAMES))


def _body_compound(value: str) -> bool:
    """Whether a word the dictionary does not know ends in a word for a body."""
    return _BODY_COMPOUND.search(value[3:]) is not None


_ORG_SHAPE = re.compile(
    # ("Федерации" is the word itself, no compound: "Правительства Российской Федерации")
    r'(?:Мин|Рос|Гос|Фед(?!ераци)|Глав|Мос|Газ|Сбер|Внеш|Спец|Генштаб|Генпрокуратур)[а-яё]{0,}$'
)


class IsForeignName(Predicate):
    """A capitalized word missing from the dictionary, or a dictionary first name
    that is no place: "Биньямин", "Тайип", but not "Израиля" or "Кремля"."""

    __attributes__ = []
    needs_capital = True  # lets the chart skip it on lower-case words (factlex.earley)

    def __call__(self, token):
        if token.type != 'RU' or not _CAPITALIZED(token):
            return False
        grams = known_grams(token)
        if not grams:
            return _unknown_may_be_name(token.value)
        # "Джойс" is a surname in the dictionary and a first name in the news;
        # "Жиль" is in it only as the imperative of "жилить"
        return bool(grams & {'Name', 'Surn'}) and 'Geox' not in grams or only_imperative(grams)


class IsKnownName(Predicate):
    """The dictionary itself (not a guess) has the word as a first name."""

    __attributes__ = []

    def __call__(self, token):
        return 'Name' in known_grams(token)


def name_forms(token):
    """The word's readings as one person's first name that the dictionary
    itself has (no guesses), in the singular or indeclinable: of "Виктория"
    the name (it is a state too), of "Филиппин" none (women called Филиппина)."""
    return [
        form for form in getattr(token, 'forms', None) or ()
        if 'Name' in form.grams.values and ('sing' in form.grams.values or 'Fixd' in form.grams.values)
        and _in_dictionary(form)
    ]


class IsSingularName(Predicate):
    """The word has a first-name reading of :func:`name_forms`."""

    __attributes__ = []

    def __call__(self, token):
        return bool(name_forms(token))


class IsGenitivePlace(Predicate):
    """The dictionary has the word as a place in the genitive, where a place
    follows a post: "Израиля" (also the name Израиль), "Филиппин"."""

    __attributes__ = []

    def __call__(self, token):
        return any(
            {'Geox', 'gent'} <= form.grams.values and _in_dictionary(form)
            for form in getattr(token, 'forms', None) or ()
        )


class IsKnownSurname(Predicate):
    """The dictionary itself (not a guess) has the word as a surname: "Назарбаева"."""

    __attributes__ = []

    def __call__(self, token):
        return 'Surn' in known_grams(token)


class IsWesternShaped(Predicate):
    """A word of more than three letters that no East Asian name's syllables
    spell in Russian: it holds an "р" or ends in a consonant they never end
    in ("Суареш", "Карлос"; not "Цзиньпин", "Кэцян", "Сок", "Чонг")."""

    __attributes__ = []

    def __call__(self, token):
        value = token.value.lower()
        return len(value) > 3 and _WESTERN.search(value) is not None


_WESTERN = re.compile(r'р|(?<!н)г$|[бвджзсфхцчшщ]$')  # Vietnamese names end in "нг": "Чонг"


class IsSeeShaped(Predicate):
    """A capitalized word shaped as an adjective in "-ский" or "-цкий": a
    cleric's see, even one the dictionary has only as a surname ("Крутицкий")."""

    __attributes__ = []

    def __call__(self, token):
        return _SEE_SHAPE.search(token.value) is not None


_SEE_SHAPE = re.compile(r'[сц]к(?:ий|ого|ому|им|ом)$')


class IsRomanNumeral(Predicate):
    """A Roman number as monarchs and popes bear: "II", "XIV"."""

    __attributes__ = []

    def __call__(self, token):
        return token.type == 'LATIN' and _ROMAN.match(token.value) is not None


_ROMAN = re.compile(r'(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$')


class IsUnknownWord(Predicate):
    """A word pymorphy2 only guesses: most foreign and rare surnames ("Хамдалла")."""

    __attributes__ = []

    def __call__(self, token):
        return token.type == 'RU' and not known_grams(token)


class MayEndGenitive(Predicate):
    """The word's ending may be a genitive singular's ("Еврогруппы",
    "Совфеда", "Минтранса"): not a vowel a declined word never ends in there,
    as foreign words that do not decline do ("Антониу", "Марио", "Дюбуа" is
    left to the dictionary)."""

    __attributes__ = []

    def __call__(self, token):
        word = token.value.lower()
        return word.endswith(('ого', 'его')) or not word.endswith(('у', 'ю', 'о', 'е', 'э'))


class HasLemmaEnding(Predicate):
    """Some dictionary form of the word ends in one of ``endings``: "норвежца" (норвежец)."""

    __attributes__ = ['endings']

    def __init__(self, endings):
        self.endings = tuple(endings)

    def __call__(self, token):
        return any(form.normalized.endswith(self.endings) for form in getattr(token, 'forms', None) or ())


def lower_compound(last):
    """A compound whose first part is a lower-case Russian word and whose
    last, after a hyphen, is ``last``: "жилищно-коммунального",
    "вице-премьера", "дорожно-транспортной"; the last part shows the case."""
    return rule(and_(is_lower(), type('RU')), eq('-'), last)
