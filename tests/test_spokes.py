"""Who speaks for whom: a body named through its place, a document read through to its issuer."""

from __future__ import annotations

import pytest

from claimtrack.extract.claims import extract_claims
from claimtrack.normalise import SourceResolver


@pytest.mark.parametrize(
    ("source", "lang", "canonical"),
    [
        # The place's own article goes: the préfète speaks for her prefecture.
        ("la préfète de la Corrèze", "fr", "Corrèze prefecture"),
        ("la préfecture de la Manche", "fr", "Manche prefecture"),
        ("le préfet de l'Ain", "fr", "Ain prefecture"),
        ("la procureure de la République de Tulle", "fr", "Tulle prosecutor's office"),
        # A capitalised article is part of the town's name.
        ("le parquet de La Roche-sur-Yon", "fr", "La Roche-sur-Yon prosecutor's office"),
        # "de la République" is part of the title, no place.
        ("le procureur de la République", "fr", "prosecutor's office"),
    ],
)
def test_a_local_body_is_named_by_its_place(source: str, lang: str, canonical: str) -> None:
    assert SourceResolver.default().canonical(source, lang) == (canonical, False)


def _sources_by_figure(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (claim.figure.text, claim.attribution.canonical)
        for claim in extract_claims(text, lang)
        if claim.figure is not None
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Le bilan est désormais de sept morts, selon le dernier point communiqué dimanche "
            "midi par la préfète de la Corrèze.",
            "fr",
            [("sept morts", "Corrèze prefecture")],
            id="fr-latest-update-by-the-prefect",
        ),
        pytest.param(
            "Le chômage a reculé à 7,1 %, selon les chiffres publiés le 14 février par l'Insee.",
            "fr",
            [("7,1 %", "INSEE")],
            id="fr-figures-published-on-a-date-by",
        ),
        pytest.param(
            "Selon la mise à jour publiée mardi par le ministère de l'Intérieur, 1 200 "
            "personnes ont été évacuées.",
            "fr",
            [("1 200 personnes", "French Interior Ministry")],
            id="fr-update-published-by",
        ),
    ],
)
def test_a_document_is_read_through_to_its_issuer(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources_by_figure(text, lang) == expected
