"""Export writers on stored records: formats, number labels, hostile text made harmless."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrack.export import figure_label, spreadsheet_safe, write_claims
from claimtrack.records import EXPORT_KEYS, ClaimRecord

SENTENCE = (
    "Selon le Pentagone, environ 10 000 soldats nord-coréens seraient déjà présents en Russie, "
    "dont un petit nombre dans la région frontalière de Koursk."
)


def record(**changes: object) -> ClaimRecord:
    base: dict[str, object] = {
        "claim_id": 1,
        "cluster_id": 3,
        "article": "002-les-relations-strategiques.txt",
        "title": "Les Relations Stratégiques Entre la Corée du Nord et la Russie",
        "outlet": None,
        "published": None,
        "lang": "fr",
        "kind": "figure",
        "polarity": "affirm",
        "sentence": SENTENCE,
        "start": 100,
        "end": 100 + len(SENTENCE),
        "source": "le Pentagone",
        "source_canonical": "Pentagon",
        "value": 10000.0,
        "value_low": None,
        "value_high": None,
        "unit": "soldats",
        "unit_canonical": "soldiers",
        "approx": True,
        "hedged": True,
        "in_conflict": True,
    }
    base.update(changes)
    return ClaimRecord(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({}, "≈10 000 soldiers"),
        ({"approx": False, "value": 12000.0}, "12 000 soldiers"),
        ({"value": 1000.0, "value_low": 1000.0}, "≥1 000 soldiers"),
        ({"value": None, "value_low": 1000.0}, "≥1 000 soldiers"),
        ({"value": None, "value_low": 2100.0, "value_high": 7000.0}, "2 100–7 000 soldiers"),
        ({"value": 2300000.0, "unit_canonical": None, "unit": None}, "≈2 300 000"),
        ({"value": 61.4, "approx": False, "unit_canonical": "percent"}, "61.4 percent"),
        ({"value": None, "unit": None, "unit_canonical": None, "kind": "denial"}, ""),
    ],
)
def test_figure_labels(changes: dict[str, object], label: str) -> None:
    assert figure_label(record(**changes)) == label


def test_jsonl_numbers_are_whole_when_whole() -> None:
    out = io.StringIO()
    assert write_claims([record()], "jsonl", out) == 1
    row = json.loads(out.getvalue())
    assert list(row) == list(EXPORT_KEYS)
    assert row["value"] == 10000 and isinstance(row["value"], int)
    assert row["sentence"] == SENTENCE


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_neutralises_formulas(hostile: str) -> None:
    out = io.StringIO()
    write_claims([record(source=hostile, sentence=hostile)], "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["source"] == "'" + hostile
    assert row["sentence"] == "'" + hostile
    assert row["value"] == "10000"  # numbers stay numbers
    assert row["hedged"] == "true"


def test_spreadsheet_safe_leaves_plain_text_alone() -> None:
    assert spreadsheet_safe("le Pentagone") == "le Pentagone"
    assert spreadsheet_safe(-5) == -5


def test_markdown_escapes_pipes_and_newlines() -> None:
    out = io.StringIO()
    write_claims([record(sentence="a | b\nc")], "markdown", out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert "a \\| b c" in lines[2]
