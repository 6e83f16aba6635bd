"""Export stage: the claims table and the conflicts as CSV, JSON Lines, JSON or Markdown.

The claims table's columns are the export contract (`records.EXPORT_KEYS`, documented in the
README): the claim, its article, its source (`source`, `source_canonical`), its figure, its
cluster and, for an accusation, whom it accuses (`accused` as written, `accused_canonical`).
Every text cell is neutralised the same way, the accused party included: a CSV cell a
spreadsheet would run as a formula starts with `'`; a Markdown cell has its pipes escaped.

Writers take plain records and a text stream, so they stream a million claims in constant
memory (except `json`, which is one document by definition).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimtrack.records import EXPORT_KEYS, ClaimRecord, tidy_number

CLAIM_FORMATS = ("csv", "jsonl", "json", "markdown")
# Cells a spreadsheet would run as a formula; a leading apostrophe makes them plain text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MARKDOWN_COLUMNS = (
    "claim_id",
    "cluster_id",
    "article",
    "kind",
    "source_canonical",
    "accused_canonical",
    "figure",
)


def write_claims(records: Iterable[ClaimRecord], fmt: str, out: TextIO) -> int:
    """Write the claims table; returns the number of claims written."""
    if fmt == "csv":
        return _write_csv((r.export() for r in records), out)
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(record.export(), ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "json":
        rows = [r.export() for r in records]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    if fmt == "markdown":
        return _write_markdown(records, out)
    raise ValueError(f"unknown format {fmt!r}")


def _write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(EXPORT_KEYS), lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
        count += 1
    return count


def spreadsheet_safe(value: Any) -> Any:
    """Neutralise text a spreadsheet would evaluate as a formula; booleans as true/false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def figure_label(record: ClaimRecord) -> str:
    """A figure as an editor reads it: "≈10 000 soldiers", "2 100–7 000", "≥1 000"."""
    value, low, high = record.value, record.value_low, record.value_high
    if value is None and low is None and high is None:
        return ""
    if value is not None:
        mark = "≥" if low == value and high is None and record.approx else ""
        mark = mark or ("≤" if high == value and low is None and record.approx else "")
        mark = mark or ("≈" if record.approx else "")
        text = mark + format_number(value)
    elif low is not None and high is not None:
        text = f"{format_number(low)}–{format_number(high)}"
    else:
        text = f"≥{format_number(low)}" if low is not None else f"≤{format_number(high)}"
    unit = record.unit_canonical or record.unit
    return f"{text} {unit}" if unit else text


def format_number(value: float | None) -> str:
    """10000 → "10 000" (thin groups read the same in French and English)."""
    number = tidy_number(value)
    if number is None:
        return ""
    if isinstance(number, int):
        return f"{number:,}".replace(",", " ")
    return f"{number:,.2f}".replace(",", " ").rstrip("0").rstrip(".")


def markdown_cell(text: Any) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _write_markdown(records: Iterable[ClaimRecord], out: TextIO) -> int:
    out.write("| " + " | ".join((*MARKDOWN_COLUMNS, "sentence")) + " |\n")
    out.write("|" + "---|" * (len(MARKDOWN_COLUMNS) + 1) + "\n")
    count = 0
    for r in records:
        cells = [
            r.claim_id,
            r.cluster_id or "",
            r.article,
            r.kind + (" (deny)" if r.polarity == "deny" else ""),
            r.source_canonical,
            r.accused_canonical or "",
            figure_label(r),
            r.sentence,
        ]
        out.write("| " + " | ".join(markdown_cell(c) for c in cells) + " |\n")
        count += 1
    return count


def position_label(record: ClaimRecord) -> str:
    """What a claim holds: its figure, or its stance for claims without one."""
    figure = figure_label(record)
    if record.polarity == "deny":
        return f"denies {figure}".strip() if figure else "denies"
    return figure or ("accuses" if record.kind == "accusation" else "affirms")


def stance_label(record: ClaimRecord) -> str:
    """`position_label` with the party an accusation accuses, for editors: "accuses
    Optivel" (the JSON `position` stays the bare label; the party is in `accused`)."""
    label = position_label(record)
    if record.kind == "accusation" and record.accused_canonical and label == "accuses":
        return f"{label} {record.accused_canonical}"
    return label


def conflicts_json(views: Iterable[Any], out: TextIO) -> int:
    """Conflicting clusters as one JSON document (a list of clusters with their positions)."""
    data = []
    for view in views:
        c = view.cluster
        data.append(
            {
                "cluster_id": c.cluster_id,
                "label": c.label,
                "summary": c.summary,
                "severity": round(c.severity, 3),
                "independent_sources": c.independent_sources,
                "review_status": c.review_status,
                "review_note": c.review_note,
                "positions": [p.to_json() for p in view.analysis.positions],
                "updates": [u.to_json() for u in view.analysis.updates],
                "claims": [{**m.export(), "position": position_label(m)} for m in c.members],
            }
        )
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(data)


def conflicts_markdown(views: Iterable[Any], out: TextIO) -> int:
    """One section per conflicting cluster, one table row per position, side by side."""
    count = 0
    for view in views:
        c = view.cluster
        by_id = {m.claim_id: m for m in c.members}
        count += 1
        title = c.label or c.summary or f"Cluster {c.cluster_id}"
        out.write(f"## Cluster {c.cluster_id}: {markdown_cell(title)}\n\n")
        if c.review_status:
            note = f" — {c.review_note}" if c.review_note else ""
            out.write(f"Review: **{c.review_status}**{markdown_cell(note)}\n\n")
        out.write("| position | source | as written | outlet | date | article | sentence |\n")
        out.write("|---|---|---|---|---|---|---|\n")
        for position in view.analysis.positions:
            shown = [by_id[i] for i in position.claim_ids if i in by_id]
            if not shown:
                continue
            first = shown[0]
            marks = " (hedged)" if first.hedged else ""
            marks += f" (+{len(shown) - 1} more)" if len(shown) > 1 else ""
            cells = [
                stance_label(first) + marks,
                position.source_canonical,
                "; ".join(dict.fromkeys(position.sources)),
                first.outlet or "",
                first.published or "",
                first.article,
                first.sentence,
            ]
            out.write("| " + " | ".join(markdown_cell(x) for x in cells) + " |\n")
        for update in view.analysis.updates:
            out.write(
                f"\nUpdate: {markdown_cell(update.source_canonical)} went from "
                f"{update.before.label()} to {update.after.label()} "
                "(its own revision, not a conflict).\n"
            )
        out.write("\n")
    return count
