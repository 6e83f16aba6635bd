"""Shared helpers for the per-language extraction tables (not a test module)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from claimtrack.cluster import ClaimProfile, follow_targets, profile_article
from claimtrack.extract import claims as claim_rules
from claimtrack.extract import extract_claims
from claimtrack.model import Article, Attribution, Claim, Figure
from claimtrack.normalise import SourceResolver


@dataclass(frozen=True)
class Expect:
    """One claim expected in a text; `source` is the canonical name (a leading "~" means
    "contains"), `value` the figure's value or lower bound, `hedged` None to skip the check."""

    kind: str
    source: str
    value: float | None = None
    polarity: str = "affirm"
    hedged: bool | None = False


def figure_value(claim: Claim) -> float | None:
    if claim.figure is None:
        return None
    return claim.figure.value if claim.figure.value is not None else claim.figure.low


def matches(claim: Claim, expect: Expect) -> bool:
    name = claim.attribution.canonical
    if expect.source.startswith("~"):
        source_ok = expect.source[1:].lower() in name.lower()
    else:
        source_ok = name == expect.source
    return (
        claim.kind == expect.kind
        and claim.polarity == expect.polarity
        and source_ok
        and figure_value(claim) == expect.value
        and (expect.hedged is None or claim.hedged == expect.hedged)
    )


def describe(claims: list[Claim]) -> list[tuple[object, ...]]:
    return [
        (c.kind, c.polarity, c.attribution.canonical, figure_value(c), c.hedged) for c in claims
    ]


def check(text: str, lang: str, expected: list[Expect]) -> None:
    """Every expected claim is found; with no expectation, no claim at all."""
    claims = extract_claims(text, lang)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.sentence
    if not expected:
        assert claims == [], describe(claims)
        return
    for expect in expected:
        assert any(matches(c, expect) for c in claims), (expect, describe(claims))


def sentence_figure_claims(
    sentence: str,
    figures: list[tuple[str, float, str | None, str | None]],
    source: str = "x",
) -> list[Claim]:
    """Figure claims of one article sentence (offset 0), one per (figure text, value, unit as
    written, canonical unit), all by `source`: the clusterer's input without the extractor."""
    claims = []
    for text, value, unit, canonical in figures:
        at = sentence.index(text)
        figure = Figure(value, None, None, unit, canonical, False, text, at, at + len(text))
        claims.append(
            Claim(
                sentence=sentence,
                start=0,
                end=len(sentence),
                kind="figure",
                polarity="affirm",
                hedged=False,
                attribution=Attribution(source, source),
                figure=figure,
            )
        )
    return claims


def kinds_at(text: str, lang: str, opening: str) -> set[str]:
    """The kinds of the claims of the sentence that opens with `opening` in `text`."""
    start = text.index(opening)
    return {claim.kind for claim in extract_claims(text, lang) if claim.start == start}


def opening_claims(text: str, lang: str, opening: str) -> list[Claim]:
    """The claims of the sentence of `text` that opens with `opening` (at least one)."""
    found = [c for c in extract_claims(text, lang) if c.sentence.startswith(opening)]
    assert found, f"no claim in the sentence opening {opening!r}"
    return found


def canonicals_at(text: str, lang: str, opening: str) -> set[str]:
    """The canonical sources of the claims of the sentence that opens with `opening`."""
    return {c.attribution.canonical for c in opening_claims(text, lang, opening)}


def sources_at(text: str, lang: str, opening: str) -> set[str]:
    """The sources as written of the claims of the sentence that opens with `opening`."""
    return {c.attribution.source for c in opening_claims(text, lang, opening)}


def switch_on(monkeypatch: pytest.MonkeyPatch, **settings: int) -> None:
    """Turn on extraction.yaml switches for one test, whatever they ship as: the rows of a
    switched rule check the rule itself."""
    on = replace(claim_rules.tuning(), **settings)
    monkeypatch.setattr(claim_rules, "tuning", lambda: on)


def article_profile(
    lang: str, name: str, body: str, kind: str, published: str = "2026-07-15"
) -> ClaimProfile:
    """The clustering profile of the article's first claim of `kind`, extracted and profiled
    as in production."""
    article = Article(
        name=name, text=body, lang=lang, content_hash=name, title="", published=published
    )
    claims = extract_claims(body, lang, SourceResolver.default())
    profiles = profile_article(article, claims, follow_targets(claims, lang))
    return next(p for c, p in zip(claims, profiles, strict=True) if c.kind == kind)
