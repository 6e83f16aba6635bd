"""The bundled corpus, claim by claim: what issue 'end to end' requires, hand-checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.records import ClaimRecord
from claimtrack.store import ClaimQuery

from .conftest import CORPUS


@pytest.fixture
def corpus_claims(corpus_tracker) -> list[ClaimRecord]:  # type: ignore[no-untyped-def]
    return corpus_tracker.claims(ClaimQuery())


def find(claims: list[ClaimRecord], article: str, **fields: object) -> list[ClaimRecord]:
    return [
        c
        for c in claims
        if c.article.startswith(article) and all(getattr(c, k) == v for k, v in fields.items())
    ]


@pytest.mark.parametrize(
    ("article", "source_canonical", "source", "value", "unit", "approx", "hedged"),
    [
        ("002", "Pentagon", "le Pentagone", 10000, "soldiers", True, True),
        ("002", "Volodymyr Zelensky", None, 12000, "soldiers", False, True),
        ("004", "South Korea", "le gouvernement Sud Coréen", 7000, "containers", False, False),
    ],
)
def test_figures_with_their_source(
    corpus_claims: list[ClaimRecord],
    article: str,
    source_canonical: str,
    source: str | None,
    value: int,
    unit: str,
    approx: bool,
    hedged: bool,
) -> None:
    [claim] = find(corpus_claims, article, kind="figure", value=value)
    assert claim.source_canonical == source_canonical
    if source:
        assert claim.source == source
    assert (claim.unit_canonical, claim.approx, claim.hedged) == (unit, approx, hedged)


def test_vague_figure_from_anonymous_sources(corpus_claims: list[ClaimRecord]) -> None:
    thousands = find(corpus_claims, "002", kind="figure", value=None, value_low=1000)
    assert any(
        c.source_canonical == "anonymous" and c.unit_canonical == "soldiers" for c in thousands
    )


@pytest.mark.parametrize(
    ("article", "source_canonical", "written"),
    [("001", "North Korea", "Pyongyang"), ("000", None, "les deux nations")],
)
def test_denials(
    corpus_claims: list[ClaimRecord], article: str, source_canonical: str | None, written: str
) -> None:
    denials = find(corpus_claims, article, kind="denial", polarity="deny")
    assert any(
        c.source == written and (source_canonical is None or c.source_canonical == source_canonical)
        for c in denials
    ), [(c.source, c.source_canonical) for c in denials]


def test_passive_accusation_by_the_united_states_and_south_korea(
    corpus_claims: list[ClaimRecord],
) -> None:
    [claim] = find(corpus_claims, "001", kind="accusation")
    assert "a été accusée par les États-Unis et la Corée du Sud" in claim.sentence
    assert "United States" in claim.source_canonical and "South Korea" in claim.source_canonical


def test_putins_quoted_statement(corpus_claims: list[ClaimRecord]) -> None:
    quoted = [c for c in find(corpus_claims, "004") if c.sentence.startswith("« Nous apprécions")]
    assert [(c.source, c.source_canonical) for c in quoted] == [
        ("Vladimir Poutine", "Vladimir Putin")
    ]
    assert quoted[0].sentence.endswith(
        "a martelé Vladimir Poutine dans la presse officielle de la Corée du Nord."
    )


def test_doubled_body_and_reader_comments_give_nothing(corpus_claims: list[ClaimRecord]) -> None:
    text = (CORPUS / "001-renforcement-ou-deal-politique.txt").read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2].strip()
    second_copy = body.index("L’engagement croissant", body.index("L’engagement croissant") + 1)
    claims_001 = find(corpus_claims, "001")
    assert claims_001
    assert all(c.end <= second_copy for c in claims_001)
    comments_004 = (CORPUS / "004-visite-de-poutine-en-coree-du-nord.txt").read_text("utf-8")
    body_004 = comments_004.split("---\n", 2)[2].strip()
    assert all(
        c.end <= body_004.index("Texte : Lamy Toussaint") for c in find(corpus_claims, "004")
    )


def test_every_sentence_is_where_its_offsets_say(corpus_claims: list[ClaimRecord]) -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("---\n", 2)[2].strip()
        for claim in find(corpus_claims, Path(path).name):
            assert body[claim.start : claim.end] == claim.sentence
