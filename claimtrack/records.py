"""Read-side records: what the store returns to the CLI, the exports and the evaluation.

`ClaimRecord.export()` is the export contract documented in the README; other tools read it,
so keys are only ever added, never renamed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from claimtrack.model import Attribution, Claim, Figure

# What an editor may record about a cluster (`claimtrack review`).
REVIEW_STATUSES = ("confirmed", "disputed", "false", "unverified")

EXPORT_KEYS: tuple[str, ...] = (
    "claim_id",
    "cluster_id",
    "article",
    "title",
    "outlet",
    "published",
    "lang",
    "kind",
    "polarity",
    "sentence",
    "start",
    "end",
    "source",
    "source_canonical",
    "value",
    "value_low",
    "value_high",
    "unit",
    "unit_canonical",
    "approx",
    "hedged",
    "in_conflict",
    "copy_of",
    "review_status",
    "review_note",
    "accused",
    "accused_canonical",
)


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """One stored claim with its article and cluster, flattened."""

    claim_id: int
    cluster_id: int | None
    article: str
    title: str | None
    outlet: str | None
    published: str | None
    lang: str
    kind: str
    polarity: str
    sentence: str
    start: int
    end: int
    source: str
    source_canonical: str
    value: float | None
    value_low: float | None
    value_high: float | None
    unit: str | None
    unit_canonical: str | None
    approx: bool
    hedged: bool
    in_conflict: bool
    copy_of: int | None = None
    review_status: str | None = None
    review_note: str | None = None
    source_anonymous: bool = False
    figure_text: str | None = None
    figure_start: int | None = None
    figure_end: int | None = None
    cluster_label: str | None = None
    # Accusations: whom they accuse, as the sentence writes it and as the entity (like
    # `source`); both None when the sentence names no party and for every other kind;
    # `accused` alone None for reciprocal blame ("each side accuses the other").
    accused: str | None = None
    accused_canonical: str | None = None

    def export(self) -> dict[str, Any]:
        """The export-contract dict (numbers as int when whole, so 10000 not 10000.0)."""
        data = asdict(self)
        out = {key: data[key] for key in EXPORT_KEYS}
        for key in ("value", "value_low", "value_high"):
            out[key] = tidy_number(out[key])
        return out


@dataclass(frozen=True, slots=True)
class ClusterRecord:
    """A cluster with its members, sorted chronologically."""

    cluster_id: int
    label: str | None
    summary: str | None
    in_conflict: bool
    severity: float
    independent_sources: int
    review_status: str | None
    review_note: str | None
    reviewed_by: str | None
    reviewed_at: str | None
    members: list[ClaimRecord] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SourceCount:
    canonical: str
    anonymous: bool
    claims: int
    articles: int
    by_kind: dict[str, int]
    spellings: list[str]


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    claims: int
    sources: int
    clusters: int
    conflicts: int
    by_kind: dict[str, int]
    by_lang: dict[str, int]


def tidy_number(value: float | None) -> float | int | None:
    """10000.0 → 10000; keeps real decimals."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def claim_of(record: ClaimRecord) -> Claim:
    """Rebuild the pipeline's `Claim` from a stored record (for the conflict rules)."""
    figure = None
    if record.figure_text is not None:
        figure = Figure(
            value=record.value,
            low=record.value_low,
            high=record.value_high,
            unit=record.unit,
            unit_canonical=record.unit_canonical,
            approx=record.approx,
            text=record.figure_text,
            start=record.figure_start if record.figure_start is not None else record.start,
            end=record.figure_end if record.figure_end is not None else record.end,
        )
    return Claim(
        sentence=record.sentence,
        start=record.start,
        end=record.end,
        kind=record.kind,  # type: ignore[arg-type]
        polarity=record.polarity,  # type: ignore[arg-type]
        hedged=record.hedged,
        attribution=Attribution(
            source=record.source,
            canonical=record.source_canonical,
            anonymous=record.source_anonymous,
        ),
        figure=figure,
        extras=_accused_extras(record),
    )


def _accused_extras(record: ClaimRecord) -> dict[str, str]:
    """The `Claim.extras` extraction gave the claim's accused party. A party stored without
    the words naming it comes from reciprocal blame, the only accusation whose sentence
    does not write its party (see `extract.claims`)."""
    if record.accused_canonical is None:
        return {}
    if record.accused is None:
        return {"reciprocal": "true", "accused": record.accused_canonical}
    return {"accused": record.accused_canonical, "accused_text": record.accused}
