"""Typed records passed between pipeline stages.

Data flows one way: ingest → segment → extract → normalise → cluster → conflicts → export.
These dataclasses are the only things the stages hand each other; none of them knows about
the database or the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["figure", "denial", "accusation", "statement"]
Polarity = Literal["affirm", "deny"]

KINDS: tuple[Kind, ...] = ("figure", "denial", "accusation", "statement")
POLARITIES: tuple[Polarity, ...] = ("affirm", "deny")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk, front matter removed; `text` is what offsets point into."""

    name: str
    text: str
    lang: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    # ISO 8601 as precise as the source gives it: "2024-10-04", "2023-09" or "2023".
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or heading) of an article body, with its character span in `Article.text`."""

    text: str
    start: int
    end: int
    paragraph: int
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    """A normalised quantity: a point value, a range, or a bound (`approx` marks vagueness)."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    unit_canonical: str | None
    approx: bool
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts a claim: the words of the article and the canonical entity they name."""

    source: str
    canonical: str
    anonymous: bool = False
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed assertion found in one sentence of one article."""

    sentence: str
    start: int
    end: int
    kind: Kind
    polarity: Polarity
    hedged: bool
    attribution: Attribution
    figure: Figure | None = None
    # Index, in the same article's claim list, of the claim this denial points back to
    # ("Pyongyang nie ces accusations" → the accusation it answers), when the text says so.
    denies: int | None = None
    extras: dict[str, str] = field(default_factory=dict)
