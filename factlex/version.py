"""The installed factlex's version, as ``factlex.__version__`` and ``factlex --version`` give it."""

from importlib import metadata

__all__ = ['__version__']

try:
    __version__: str = metadata.version('factlex')
except metadata.PackageNotFoundError:
    # A source tree that was never installed has no metadata to read.
    __version__ = 'unknown'
