"""The installed factlex is the one imported, wherever Python runs from."""

import subprocess
import sys


def test_a_checkout_folder_does_not_shadow_the_install(tmp_path):
    """From the folder that holds a checkout named factlex (no __init__.py at
    its top, so a namespace package), ``import factlex`` still finds the
    installed package: issue 17, pypa/setuptools#3557."""
    checkout = tmp_path / 'factlex'
    (checkout / 'grammars').mkdir(parents=True)
    (checkout / 'setup.cfg').write_text('[metadata]\nname = factlex\n')
    script = 'from factlex import extract; print(type(extract("Рост 4,4%.")[0]).__name__)'
    result = subprocess.run(
        [sys.executable, '-c', script], cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == 'Percent\n'
