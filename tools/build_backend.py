"""setuptools' build backend, with an editable install that a folder named factlex cannot shadow.

setuptools installs a project that maps ``factlex.grammars`` to ``grammars/``
in editable mode with a finder it appends to ``sys.meta_path``, after
Python's own path search (pypa/setuptools#3557, open). A folder named
``factlex`` without ``__init__.py`` in the current directory, such as the
checkout itself seen from its parent, is then found first, as a namespace
package, and ``from factlex import extract`` fails with "unknown location".

``build_editable`` here lets setuptools build the editable wheel, then changes
the one line of its ``.pth`` file so that the finder goes to the front of
``sys.meta_path``. The finder answers for ``factlex`` and its submodules
only, and maps them to the same files as before; other imports are untouched.
Wheels and sdists are setuptools' own.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tempfile
import zipfile
from typing import Any, Optional

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403 -- every other hook as setuptools has it

# The line setuptools writes: "import __editable___factlex_0_1_0_finder; __editable___factlex_0_1_0_finder.install()"
_INSTALL = re.compile(rb'import (__editable___\w+_finder); \1\.install\(\)\s*')

_FIRST = (
    'import sys, {module} as finder; finder.install(); '
    "first = getattr(finder, '_EditableFinder', None); "
    'first in sys.meta_path and (sys.meta_path.remove(first), sys.meta_path.insert(0, first))\n'
)


def _digest(data: bytes) -> str:
    return 'sha256=' + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()


def _finder_first(wheel: str) -> None:
    """Rewrite the editable ``.pth`` of ``wheel`` (and its RECORD line) to put the finder first."""
    with zipfile.ZipFile(wheel) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    changed: dict[str, bytes] = {}
    for info, data in entries:
        match = _INSTALL.fullmatch(data)
        if info.filename.endswith('.pth') and match:
            changed[info.filename] = _FIRST.format(module=match.group(1).decode()).encode()
    if not changed:
        return  # strict or compat mode, or a setuptools that writes something else
    handle, temporary = tempfile.mkstemp(suffix='.whl', dir=os.path.dirname(wheel))
    os.close(handle)
    with zipfile.ZipFile(temporary, 'w', zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            data = changed.get(info.filename, data)
            if info.filename.endswith('.dist-info/RECORD'):
                lines = []
                for line in data.decode().splitlines():
                    path = line.split(',', 1)[0]
                    lines.append(f'{path},{_digest(changed[path])},{len(changed[path])}' if path in changed else line)
                data = ('\n'.join(lines) + '\n').encode()
            target.writestr(info, data)
    os.replace(temporary, wheel)


def build_editable(wheel_directory: str, config_settings: Optional[dict[str, Any]] = None,
                   metadata_directory: Optional[str] = None) -> str:
    """setuptools' ``build_editable``, its finder put before Python's path search."""
    name = _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
    _finder_first(os.path.join(wheel_directory, name))
    return name
