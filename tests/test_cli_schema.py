"""docs/schema.json: it describes exactly the fact classes, and real CLI output meets it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from factlex import FACT_TYPES, Person
from factlex.cli import main

DOCS = Path(__file__).resolve().parent.parent / 'docs'
EXAMPLE = DOCS / 'example.txt'


def schema() -> dict[str, Any]:
    return json.loads((DOCS / 'schema.json').read_text(encoding='utf-8'))


def fields(cls: type) -> set[str]:
    return {field.name for field in attrs.fields(cls)} - {'span'}


def test_schema_lists_exactly_the_fields_of_each_fact_class() -> None:
    """A field added to (or dropped from) a fact class without the schema fails here."""
    definitions = schema()['$defs']
    assert schema()['properties']['type']['enum'] == [cls.__name__ for cls in FACT_TYPES.values()]
    assert [ref['$ref'] for ref in schema()['oneOf']] == [f'#/$defs/{cls.__name__}' for cls in FACT_TYPES.values()]
    for cls in FACT_TYPES.values():
        definition = definitions[cls.__name__]
        assert set(definition['properties']) - {'type'} == fields(cls), cls.__name__
        # to_dict writes every field, None as null.
        assert set(definition['required']) == fields(cls) | {'type'}, cls.__name__
    assert set(definitions['Person']['properties']) == fields(Person) | {'span'}
    assert set(definitions['Person']['required']) == fields(Person) | {'span'}


@pytest.fixture
def validator() -> Any:
    jsonschema = pytest.importorskip('jsonschema', reason='part of the test extra: pip install -e .[test]')
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(schema())


def test_output_meets_the_schema(
    validator: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """Every line for a text with all four fact types, from text and from jsonl input, is valid."""
    monkeypatch.chdir(tmp_path)
    text = EXAMPLE.read_text(encoding='utf-8')
    Path('example.jsonl').write_text(
        ''.join(json.dumps({'id': index, 'text': paragraph}, ensure_ascii=False) + '\n'
                for index, paragraph in enumerate(text.splitlines())),
        encoding='utf-8',
    )
    for args in ([str(EXAMPLE)], ['--input-format', 'jsonl', 'example.jsonl']):
        assert main(args) == 0
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert {line['type'] for line in lines} == {cls.__name__ for cls in FACT_TYPES.values()}
        assert any(line['person'] for line in lines if line['type'] == 'Official')
        for line in lines:
            errors = [error.message for error in validator.iter_errors(line)]
            assert not errors, (line, errors)


@pytest.mark.parametrize(
    'change',
    [
        {'extra': 1},
        {'amount': 1700000000},
        {'currency': 'usd'},
        {'span': [1, 2, 3]},
        {'type': 'Percent'},
        {'id': None},
    ],
    ids=['unknown-key', 'number-not-string', 'lowercase-currency', 'three-offsets', 'wrong-type', 'null-id'],
)
def test_schema_rejects_what_the_cli_never_writes(validator: Any, change: dict[str, Any]) -> None:
    """The schema is strict: unknown keys, numbers for decimals, wrong shapes fail."""
    line = {'file': 'a.txt', 'type': 'Money', 'span': [10, 19], 'text': '$1,7 млрд', 'amount': '1700000000',
            'currency': 'USD', 'max_amount': None, 'qualifier': None}
    assert not list(validator.iter_errors(line))
    assert list(validator.iter_errors({**line, **change}))
