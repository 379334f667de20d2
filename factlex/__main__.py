"""``python -m factlex``: the same as the ``factlex`` command (see factlex.cli)."""

import sys

from .cli import main

if __name__ == '__main__':
    sys.exit(main())
