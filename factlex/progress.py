"""A one-line progress report for long command-line runs, redrawn in place on a terminal.

>>> import io
>>> ticks = iter(range(0, 100, 5))
>>> stream = io.StringIO()
>>> progress = Progress(4, 4_000_000, stream, enabled=True, clock=lambda: next(ticks))
>>> progress.advance(1_000_000)
>>> stream.getvalue()
'\\rfactlex: 1/4 files, 1.0/4.0 MB (25%), 0:05 elapsed, about 0:15 left\\x1b[K'
>>> progress.close()
>>> stream.getvalue().endswith('\\r\\x1b[K')
True
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ['Progress']

# Carriage return, then "erase to end of line": each redraw overwrites the
# last one, and a shorter line leaves no tail of the longer one behind.
_ERASE = '\x1b[K'


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f'{hours}:{minutes:02}:{seconds:02}' if hours else f'{minutes}:{seconds:02}'


class Progress:
    """Files and bytes done out of the total, elapsed time and an estimate of the rest.

    Nothing is drawn when ``enabled`` is false, nor before ``delay`` seconds
    have passed, so short runs stay silent; redraws come at most every
    ``interval`` seconds. Call :meth:`clear` before writing anything else to
    the stream, and :meth:`close` at the end.
    """

    def __init__(self, total_files: int, total_bytes: int, stream: TextIO, *, enabled: bool,
                 delay: float = 1.0, interval: float = 0.2,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.total_files = total_files
        self.total_bytes = total_bytes
        self.files = 0
        self.bytes = 0
        self._stream = stream
        self._enabled = enabled
        self._delay = delay
        self._interval = interval
        self._clock = clock
        self._started = clock()
        self._drawn_at = float('-inf')
        self._visible = False

    def advance(self, nbytes: int) -> None:
        """Count one more file of ``nbytes`` bytes as done, and redraw if it is time."""
        self.files += 1
        self.bytes += nbytes
        if not self._enabled:
            return
        now = self._clock()
        if now - self._started < self._delay:
            return
        if self._visible and now - self._drawn_at < self._interval and self.files < self.total_files:
            return
        self._stream.write('\r' + self._line(now - self._started) + _ERASE)
        self._stream.flush()
        self._drawn_at = now
        self._visible = True

    def _line(self, elapsed: float) -> str:
        line = f'factlex: {self.files}/{self.total_files} files'
        if self.total_bytes:
            share = min(self.bytes / self.total_bytes, 1.0)
            line += f', {self.bytes / 1e6:.1f}/{self.total_bytes / 1e6:.1f} MB ({share:.0%})'
        else:
            share = self.files / self.total_files if self.total_files else 1.0
        line += f', {_duration(elapsed)} elapsed'
        if 0 < share < 1:
            line += f', about {_duration(elapsed / share - elapsed)} left'
        return line

    def clear(self) -> None:
        """Erase the drawn line, if any, so other output starts on a clean line."""
        if self._visible:
            self._stream.write('\r' + _ERASE)
            self._stream.flush()
            self._visible = False

    close = clear
