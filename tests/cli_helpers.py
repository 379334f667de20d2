"""Helpers shared by the CLI tests: running main in-process and reading its output."""

import json
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

from factlex.cli import main

__all__ = ['dying_extract_many', 'records', 'run_main']


def run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of ``factlex ARGS``."""
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def records(stdout: str) -> list[dict[str, Any]]:
    """The JSON objects of jsonl output, one per line."""
    return [json.loads(line) for line in stdout.splitlines()]


def dying_extract_many(texts: Iterable[str], **_: Any) -> Iterator[list[Any]]:
    """An extract_many whose worker dies after the first text: to monkeypatch into factlex.cli."""
    texts = iter(texts)
    next(texts)
    yield []
    next(texts)
    raise BrokenProcessPool('gone')
