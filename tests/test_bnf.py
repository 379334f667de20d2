"""factlex.bnf builds the parser yargy's ``Parser(rule)`` builds: the same BNF rules, productions and terms."""

import subprocess
import sys
import textwrap

from yargy import Parser, and_, forward, not_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, gram, is_capitalized, normalized
from yargy.relations import gnc_relation
from yargy.rule.bnf import BNFRule

from factlex.bnf import _walk, parser
from factlex.morph import tokenizer

# Turns a parser's rules into plain values, rule by rule in yargy's order;
# used in this process and in the one that builds the real grammars twice.
CANONICAL = textwrap.dedent('''
    def canonical(parser):
        from yargy.rule.bnf import BNFRule
        from factlex.bnf import _walk

        def plain(value, depth=0):
            if isinstance(value, (str, int, float, bool, type(None))):
                return repr(value)
            if isinstance(value, (set, frozenset)):
                return '{' + ','.join(sorted(plain(item, depth + 1) for item in value)) + '}'
            if isinstance(value, (list, tuple)):
                return '[' + ','.join(plain(item, depth + 1) for item in value) + ']'
            if isinstance(value, dict):
                return '{' + ','.join(sorted(plain(k) + ':' + plain(v, depth + 1) for k, v in value.items())) + '}'
            if type(value).__name__ in ('function', 'builtin_function_or_method', 'method'):
                return 'fn:' + getattr(value, '__qualname__', '')
            state = getattr(value, '__dict__', None)
            if state is None or depth > 3:
                return type(value).__name__
            return type(value).__name__ + '(' + ','.join(
                name + '=' + plain(item, depth + 1) for name, item in sorted(state.items())) + ')'

        return [
            (bnf_rule.name, plain(bnf_rule.interpretator), plain(bnf_rule.relation), [
                (type(production).__name__, production.main,
                 [term.name if isinstance(term, BNFRule) else plain(term) for term in production.terms])
                for production in bnf_rule.productions
            ])
            for bnf_rule in _walk(parser.rule, BNFRule)
        ]
''')
exec(CANONICAL)


def _grammar():
    """A grammar of every kind of yargy rule, made anew at each call
    (building a parser activates its predicates in place)."""
    Name = fact('Name', ['first', 'last'])
    Pair = fact('Pair', ['left', 'right'])
    name = rule(
        gram('Name').interpretation(Name.first.inflected()),
        gram('Surn').optional().interpretation(Name.last),
    ).interpretation(Name)
    shared = or_(eq('и'), caseless('или'), dictionary({'также', 'кроме'}))
    nested = forward()
    nested.define(or_(rule(eq('('), nested, eq(')')), name))
    words = and_(is_capitalized(), not_(normalized('он')))
    return or_(
        rule(nested.interpretation(Pair.left), shared, name.interpretation(Pair.right)).interpretation(Pair),
        rule(words.repeatable(max=3), shared.optional(), words.repeatable(min=2, max=4)).named('WORDS'),
        rule(gram('ADJF').match(gnc_relation()), gram('NOUN').match(gnc_relation())).repeatable(reverse=True),
        rule(shared.repeatable().optional(), name.repeatable(min=2)),
    )


def test_same_rules_as_yargy():
    assert canonical(parser(_grammar(), tokenizer())) == canonical(Parser(_grammar(), tokenizer=tokenizer()))


def test_same_rules_as_yargy_without_forward_rules():
    """No forward() in the grammar: the walks for forward rules are left out
    until repeatable() (with no bound, or a lower one only) makes some."""
    def grammar(repeat):
        words = and_(is_capitalized(), not_(normalized('он')))
        return or_(
            rule(words.repeatable(max=3), eq('и').optional(), gram('NOUN')),
            rule(eq('('), repeat(words), eq(')')).named('NESTED'),
        )
    for repeat in (lambda item: item.optional(), lambda item: item.repeatable(),
                   lambda item: item.repeatable(min=2), lambda item: item.repeatable().optional(),
                   lambda item: item.optional().repeatable(reverse=True)):
        assert canonical(parser(grammar(repeat), tokenizer())) == canonical(Parser(grammar(repeat), tokenizer=tokenizer()))


def test_same_rules_as_yargy_for_the_grammars():
    """Each built-in grammar built by yargy, then, from a fresh import of the
    grammars, by factlex.bnf, in a process of its own."""
    script = CANONICAL + textwrap.dedent('''
        import sys
        from yargy import Parser
        from factlex.bnf import parser
        from factlex.morph import tokenizer

        def built(make):
            for name in list(sys.modules):
                if name.startswith('factlex.grammars'):
                    del sys.modules[name]
            from factlex.extractor import _builtin
            from factlex.grammars import GRAMMARS
            return [canonical(make(_builtin(GRAMMARS[name]).rule)) for name in GRAMMARS]

        yargys = built(lambda rule: Parser(rule, tokenizer=tokenizer()))
        ours = built(lambda rule: parser(rule, tokenizer()))
        assert len(ours) == 4 and all(ours), ours
        for theirs, mine in zip(yargys, ours):
            assert theirs == mine
        print('same')
    ''')
    done = subprocess.run([sys.executable, '-c', script], capture_output=True, text=True, timeout=300,
                          )
    assert done.returncode == 0 and done.stdout.strip() == 'same', done.stderr[-3000:]


def test_a_predicate_in_many_productions_is_activated_once():
    word = dictionary({'кредит'})
    built = parser(or_(rule(word, eq('и')), rule(eq('или'), word)), tokenizer())
    terms = [term for rule_ in _walk(built.rule, BNFRule) for production in rule_.productions
             for term in production.terms if type(term).__name__ == 'DictionaryPredicate']
    assert len(terms) == 2 and terms[0] is terms[1]
