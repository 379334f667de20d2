"""The modules of factlex/ import alone, and no two of them import each other.

A circle of imports works until someone imports the modules in another
order, or a function-level import meets a half-initialized module; cli.py
and debug.py imported each other for helpers that now live in arguments.py.
Imports inside functions count: they close a circle as surely, only later.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import factlex

PACKAGE = Path(factlex.__file__).resolve().parent
MODULES = sorted(path.stem for path in PACKAGE.glob('*.py') if path.stem != '__main__')


def imported(module):
    """The modules of factlex/ that ``module`` imports anywhere in its code, by stem
    ('__init__' for the package itself)."""
    tree = ast.parse((PACKAGE / f'{module}.py').read_text(encoding='utf-8'))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split('.')[1] for alias in node.names
                      if alias.name.startswith('factlex.') and alias.name.count('.') == 1}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1 or node.module == 'factlex' or (node.module or '').startswith('factlex.'):
                base = node.module if node.level == 0 else f'factlex.{node.module}' if node.module else 'factlex'
                if base == 'factlex':
                    # "from . import earley" imports a module; "from . import extract", the package.
                    found |= {alias.name if alias.name in MODULES else '__init__' for alias in node.names}
                elif base.count('.') == 1:
                    found.add(base.split('.')[1])
    found.discard(module)
    return {name for name in found if name in MODULES}


def test_no_two_modules_import_each_other():
    """No module of factlex/ imports one that imports it back, directly or around a longer circle."""
    graph = {module: imported(module) for module in MODULES}
    assert graph['cli'] >= {'arguments', 'debug'} and 'arguments' in graph['debug'], 'the parser misses imports'
    circles = []

    def visit(module, path):
        for following in sorted(graph[module]):
            if following in path:
                circles.append(path[path.index(following):] + [following])
            elif following not in done:
                visit(following, path + [following])
        done.add(module)

    done = set()
    for module in MODULES:
        if module not in done:
            visit(module, [module])
    assert not circles, 'import circles: ' + '; '.join(' -> '.join(circle) for circle in circles)


# One interpreter for all: a fresh one per module costs a second each. Each
# module is imported first, with no factlex module loaded before it.
ALONE = '''
import importlib, sys
for name in sys.argv[1:]:
    for loaded in [key for key in sys.modules if key == 'factlex' or key.startswith('factlex.')]:
        del sys.modules[loaded]
    importlib.import_module(name)
'''


@pytest.mark.parametrize('module', [m for m in MODULES if m != '__init__'])
def test_module_imports_alone(module):
    """Importing the module first, in a new interpreter, works: it needs no other import before it."""
    result = subprocess.run([sys.executable, '-c', ALONE, f'factlex.{module}'], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
